"""Staff text is text: a page's title and description as Material must receive them (pure).

Material's templates treat ``page.title``, ``page.meta.title``, ``page.meta.description`` and
``page.meta.subtitle`` as HTML and print them unescaped: in ``<title>``, in ``<meta name="description"
content="...">``, in the header, the menu, the footer links and the search index; and where there is
no ``meta.title`` it prints ``page.title | striptags``, which *un*escapes entities. A post titled
``x </title><script>...`` ran its script, and a ``"`` in a description cut the meta tag short.

The one mechanism: every part of the site keeps these values as **plain text** in ``page.meta`` (front
matter read by hooks/lib/content/frontmatter.py, data-page front matter, news descriptions...), and
hooks/hook_content.py turns them into :class:`markupsafe.Markup` of the escaped text right before
templates print them (``on_env`` for every page's title, which every page's menu shows; the last
``on_page_context`` for the page being rendered). ``Markup`` prints as it is where Material prints raw,
and ``| e`` leaves it alone, so nothing is escaped twice. Every non-home page gets ``meta.title``, so
``<title>`` never takes Material's ``striptags`` branch. Code that needs plain text again (JSON-LD,
feeds, CSV, ICS) reads the data or the post, not page.meta; :func:`plain` undoes the escaping.
"""
from __future__ import annotations

import html
import re

from markupsafe import Markup, escape

PRINTED_KEYS = ("title", "description", "subtitle")

_TAG = re.compile(r"<[^>]*>")


def as_html(value: object) -> Markup:
    """Plain text -> escaped HTML text; already escaped (Markup) stays as it is."""
    return value if isinstance(value, Markup) else escape(" ".join(str(value).split()))


def plain(value: object) -> str:
    """The plain text of a value of page.meta / page.title, escaped (Markup) or not."""
    return value.unescape() if isinstance(value, Markup) else str(value)


def heading_title(title: str) -> str:
    """Plain text of a title MkDocs took from the page's first ``# heading`` (HTML: tags, entities)."""
    return " ".join(html.unescape(_TAG.sub("", title)).split())


__all__ = ["Markup", "PRINTED_KEYS", "as_html", "heading_title", "plain"]

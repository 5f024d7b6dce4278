"""A "Skip to content" link on every page, not only on pages written with a Markdown heading - pure.

Material prints its skip link only when the page's table of contents has a first entry, i.e. when the
page's Markdown has a ``#`` heading. Data pages (their heading is in the template's HTML) and news posts
(title from the front matter) have none, so keyboard and screen-reader users lost the link on most pages.
:func:`title_anchor` gives such a page's first ``<h1>`` an id, which becomes the table of contents' one
entry, and Material's skip link leads to it. The id goes first in the tag: Material then leaves the
heading itself out of the sidebar's contents (it tests for ``<h1 id=``).
"""
from __future__ import annotations

import html as html_lib
import re

from hooks.lib.i18n.slugs import slugify

_H1 = re.compile(r"<h1(?P<attrs>(?:\s[^>]*)?)>(?P<text>.*?)</h1>", re.S | re.I)
_ID = re.compile(r"""\sid\s*=\s*(["'])(?P<id>.*?)\1""", re.I)
_TAG = re.compile(r"<[^>]*>")


def title_anchor(page_html: str, title: str | None = None) -> tuple[str, str, str] | None:
    """``(html, id, title text)`` with the page's first ``<h1>`` given an id (its own, if it has one). A page
    without one (Material would print ``title`` as its heading) gets ``<h1 id=...>title</h1>`` first; with
    neither, ``None``."""
    match = _H1.search(page_html)
    if match is None:
        if not title or not title.strip():
            return None
        page_html = f"<h1>{html_lib.escape(' '.join(title.split()), quote=False)}</h1>\n" + page_html
        match = _H1.search(page_html)
    text = " ".join(html_lib.unescape(_TAG.sub("", match.group("text"))).split())
    attrs = match.group("attrs") or ""
    own = _ID.search(attrs)
    if own:
        return page_html, own.group("id"), text
    anchor = slugify(text) or "title"
    while f'id="{anchor}"' in page_html:
        anchor += "-1"
    tag = f'<h1 id="{anchor}"{attrs}>'
    return page_html[:match.start()] + tag + page_html[match.start() + len(f"<h1{attrs}>"):], anchor, text

"""Memory at province scale: a page's Markdown and HTML are not held while other pages are converted.

MkDocs converts every page (``on_page_content``) before it renders the first one into its template
(``on_page_context`` ... ``on_post_page``), and keeps every page's Markdown and HTML to the end of the
build. Between the two phases nothing reads them: the HTML is read again only by the page's own
template and by Material's search plugin for that page; the Markdown not at all (a page's title
comes from its front matter or its first heading, both taken at conversion). So, for every page:

* after every other hook's ``on_page_content``: the HTML goes to a compressed store
  (hooks/lib/core/pagestore.py) and the Markdown is dropped;
* before every other ``on_page_context``: the HTML comes back, byte for byte;
* after every other ``on_post_page``: the written page's HTML is dropped.

The built site is the same bytes; the peak memory of a build is not the sum of all its pages' text
(measured by scripts/benchmark.py). The store lives on the config object: nothing outlives a build.
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.plugins import event_priority

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.lib.core.pagestore import PageStore  # noqa: E402

_KEY = "_pagestore"


def on_config(config):
    config.extra[_KEY] = PageStore()
    return config


@event_priority(-1000)  # last: after every hook that changes the HTML (search spacing, print links, news)
def on_page_content(html, page, config, files):
    config.extra[_KEY].put(page.file.src_uri, html)
    page.markdown = ""  # not None: MkDocs reads None as "page not read yet"
    return ""


@event_priority(1000)  # first: every other hook and Material's search plugin see the real HTML
def on_page_context(context, page, config, nav):
    html = config.extra[_KEY].take(page.file.src_uri)
    if html is not None:
        page.content = html
    return context


@event_priority(-1000)  # last: the page is written right after this event
def on_post_page(output, page, config):
    page.content = ""
    return output

"""Accessibility of every page's frame: a "Skip to content" link on every page (not only on pages with a
Markdown heading). Runs once per language; the logic is hooks/lib/content/skiplink.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.toc import get_toc

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.lib.content import pagetext  # noqa: E402
from hooks.lib.content.skiplink import title_anchor  # noqa: E402


@event_priority(-40)  # after hooks that add a page's heading (news posts: 0); before search (-50) and pagestore
def on_page_content(html, page, config, files):
    if page.toc and list(page.toc):
        return html
    found = title_anchor(html, pagetext.plain(page.title) if page.title else None)
    if found is None:
        return html
    html, anchor, text = found
    page.toc = get_toc([{"level": 1, "id": anchor, "name": text, "children": []}])
    return html

"""What kind of page each search result is (pure: no MkDocs import).

The worker shows a short label before each result page's title ("Phường", "Tài nguyên"...), so a
reader can tell the ward's own page from a section of a list that mentions the ward. The kind comes
from the page itself, never from its URL: generated record pages say it in their front matter
(``kind:``, see hooks/lib/data/refs.py), news posts are the posts of the news folder, and every other
page is a plain page. The labels are UI strings (``search.kinds`` in overrides/locales/<lang>.yml).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hooks.lib.data.refs import RecordKind
from hooks.lib.news.posts import is_post_path

NEWS = "news"
PAGE = "page"  # the default: not stored in the index
KINDS = (*(kind.value for kind in RecordKind), NEWS, PAGE)


def page_kind(lang: str, src_uri: str, meta: Mapping[str, Any]) -> str:
    """The kind of the page built from ``src_uri`` (relative to docs/<lang>) with front matter ``meta``."""
    kind = meta.get("kind")
    if kind in KINDS and kind not in (NEWS, PAGE):
        return str(kind)
    return NEWS if is_post_path(lang, src_uri) else PAGE


def kind_labels(ui_kinds: Mapping[str, str]) -> dict[str, str]:
    """``{kind: label}`` for every kind, from the language's ``search.kinds`` UI strings."""
    return {kind: str(ui_kinds[kind]) for kind in KINDS}

"""Pages' HTML kept compressed between their conversion and their writing (pure: no MkDocs import).

MkDocs converts every page before it writes the first one, and keeps each page's Markdown and HTML
until the build ends. At 3,000 resources that is ~90 MiB per language of text nobody reads in
between: a page's HTML is read again only when that page itself is written. zlib at level 1 shrinks
it about 8x in a fraction of a second per build; see hooks/hook_pagestore.py for when it is used.
"""
from __future__ import annotations

import zlib

_LEVEL = 1  # fastest: HTML still shrinks ~8x, and the build is not slowed measurably


class PageStore:
    """Compressed HTML of the pages of one build, by source path, until each page is written."""

    def __init__(self) -> None:
        self._pages: dict[str, bytes] = {}

    def put(self, src_uri: str, html: str) -> None:
        self._pages[src_uri] = zlib.compress(html.encode("utf-8"), _LEVEL)

    def take(self, src_uri: str) -> str | None:
        """The page's HTML exactly as it was put (``None`` if it was never put), and forget it."""
        packed = self._pages.pop(src_uri, None)
        return None if packed is None else zlib.decompress(packed).decode("utf-8")

    def __len__(self) -> int:
        return len(self._pages)

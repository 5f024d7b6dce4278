"""QR codes as inline SVG, generated at build time (pure Python, no network, no system libraries).

The matrix comes from ``segno`` (a tested QR encoder); the SVG is written here so its markup is small,
accessible (``role="img"`` + ``<title>``) and stable: one ``<path>`` whose sub-paths are the dark runs of
each row, ``M{x} {y}h{w}v1h-{w}z`` in module units, inside a 4-module quiet zone on a white square.
No MkDocs import.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from html import escape
from pathlib import Path

import segno

QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004 minimum)
ERROR_LEVEL = "m"  # 15 % recovery: survives a crease or a smudge on a printed poster
# Page QR codes use one fixed mask pattern. Choosing the "best" of the 8 masks (segno's default)
# scores every mask and costs 5x the encoding (3.6 ms vs 0.7 ms per code: seconds at thousands of
# pages); any mask gives a valid, decodable symbol (every page's code is decoded back in the tests).
# Mask 5 is the one segno picks most often for our URLs. Banners (few, printed large) keep the search.
PAGE_MASK = 5


def qr_matrix(url: str, mask: int | None = None) -> list[list[bool]]:
    """The QR symbol for ``url`` as rows of booleans (True = dark module), without quiet zone.

    ``mask=None`` lets the encoder pick the best mask pattern (slower); see PAGE_MASK.
    """
    if not url:
        raise ValueError("a QR code needs a non-empty URL")
    code = segno.make(url, error=ERROR_LEVEL, micro=False, boost_error=False, mask=mask)
    return [[bool(v) for v in row] for row in code.matrix]


_DARK_RUN = re.compile("1+")


def _path_of_rows(rows: list[str], offset: int) -> str:
    """SVG path data for rows written as "0"/"1" strings (one rectangle per horizontal run of "1")."""
    return "".join(f"M{run.start() + offset} {y + offset}h{len(run[0])}v1h-{len(run[0])}z"
                   for y, row in enumerate(rows) for run in _DARK_RUN.finditer(row))


def qr_path(matrix: list[list[bool]], offset: int = QUIET_ZONE) -> str:
    """SVG path data drawing the dark modules of ``matrix`` (one rectangle per horizontal run)."""
    return _path_of_rows(["".join("1" if dark else "0" for dark in row) for row in matrix], offset)


def _pack(matrix: list[list[bool]]) -> str:
    """The modules of a square matrix as one hex number (row by row, dark = 1): ~20x smaller than its path."""
    return format(int("".join("1" if dark else "0" for row in matrix for dark in row), 2), "x")


def _unpack(modules: int, packed: str) -> list[str]:
    bits = format(int(packed, 16), "b").zfill(modules * modules)
    return [bits[y * modules:(y + 1) * modules] for y in range(modules)]


class QrCache:
    """Page QR symbols (size + modules packed as hex) by URL, kept in one JSON file between builds.

    Page URLs are permanent, so the same symbols are encoded again by every build and every
    `mkdocs serve` rebuild: ~1 ms each, seconds at thousands of pages. The file is only a cache - keyed
    by everything that shapes a symbol, pruned to the URLs of the last build, rebuilt when missing or
    unreadable - so a fresh checkout builds the same site, just slower. It holds the modules, not the
    SVG path drawn from them: the cache of every page of a language stays in memory for the whole build,
    and at 3,000 pages the paths would be ~17 MiB, the packed modules under 2 MiB.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.key = (f"segno {segno.__version__}; error {ERROR_LEVEL}; mask {PAGE_MASK}; quiet {QUIET_ZONE}; "
                    "packed modules")
        self.symbols: dict[str, list] = {}
        self.used: set[str] = set()
        self.dirty = False
        if path is not None and path.is_file():
            try:
                stored = json.loads(path.read_text(encoding="utf-8"))
                if stored.get("key") == self.key:
                    self.symbols = stored["symbols"]
            except (OSError, ValueError, KeyError, TypeError):
                self.symbols = {}

    def symbol(self, url: str) -> tuple[int, str]:
        """``(modules per side without quiet zone, SVG path data)`` of the page QR code for ``url``."""
        self.used.add(url)
        cached = self.symbols.get(url)
        if cached is None:
            matrix = qr_matrix(url, mask=PAGE_MASK)
            cached = self.symbols[url] = [len(matrix), _pack(matrix)]
            self.dirty = True
        return cached[0], _path_of_rows(_unpack(cached[0], cached[1]), QUIET_ZONE)

    def save(self) -> None:
        """Write the symbols used by this build (atomically; a failure only loses the cache)."""
        if self.path is None or not (self.dirty or set(self.symbols) - self.used):
            return
        data = {"key": self.key, "symbols": {url: self.symbols[url] for url in sorted(self.used)}}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=self.path.parent, delete=False) as tmp:
                json.dump(data, tmp, separators=(",", ":"))
            os.replace(tmp.name, self.path)
        except OSError:
            return
        self.dirty = False


def qr_svg(url: str, alt: str, css_class: str = "qr-code", display_size: int = 160,
           cache: QrCache | None = None) -> str:
    """Inline SVG of the QR code for ``url``; ``alt`` is its accessible name (``<title>``, aria-label)."""
    modules, path = (cache or QrCache(None)).symbol(url)
    size = modules + 2 * QUIET_ZONE
    label = escape(alt, quote=True)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{escape(css_class, quote=True)}" viewBox="0 0 {size} {size}" '
        f'width="{display_size}" height="{display_size}" role="img" aria-label="{label}" shape-rendering="crispEdges" data-qr-url="{escape(url, quote=True)}">'
        f"<title>{escape(alt)}</title>"
        f'<rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path fill="#000" d="{path}"/></svg>'
    )


def qr_group(url: str, x: float, y: float, size: float) -> str:
    """The QR code for ``url`` as an SVG ``<g>`` (white square with quiet zone) placed at ``x, y``,
    ``size`` units wide - for embedding in a larger SVG such as a banner."""
    matrix = qr_matrix(url)
    modules = len(matrix) + 2 * QUIET_ZONE
    scale = size / modules
    return (
        f'<g transform="translate({x:g} {y:g}) scale({scale:.6g})" shape-rendering="crispEdges">'
        f'<rect width="{modules}" height="{modules}" fill="#fff"/>'
        f'<path fill="#000" d="{qr_path(matrix)}"/></g>'
    )


_RUN = re.compile(r"M(\d+) (\d+)h(\d+)v1h-\3z")


def matrix_from_svg(svg: str) -> list[list[bool]]:
    """Read back the module matrix (quiet zone included) from SVG written by :func:`qr_svg` /
    :func:`qr_group` - lets tests rasterise and decode the exact markup the site publishes."""
    # Tolerant of re-serialisation (an HTML parser reorders attributes, lower-cases names, closes tags).
    size = re.search(r'<rect\b(?=[^>]*fill="#fff")[^>]*\bwidth="(\d+)"', svg)
    path = re.search(r'<path\b[^>]*\sd="([^"]*)"', svg)
    if not size or not path:
        raise ValueError("not a QR code written by hooks/lib/opendata/qrcodes.py")
    n = int(size.group(1))
    matrix = [[False] * n for _ in range(n)]
    for x, y, width in _RUN.findall(path.group(1)):
        for dx in range(int(width)):
            matrix[int(y)][int(x) + dx] = True
    return matrix

"""The fictional locality of tests/fixtures/locality/ (another district running the same code), and reading
every output file as text a person could find a name in."""

from __future__ import annotations

import html
import re
import shutil
import zlib
from pathlib import Path

from tests.support.project import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "locality"
# Ngô Quyền's own names, which nothing of the code may bring into another locality's site.
NGO_QUYEN_NAMES = (
    "Ngô Quyền",
    "Hải Phòng",
    "11/HD-VHTT",
    "Nguyễn Hồng Đại",
    "Cầu Đất",
    "Cầu Tre",
    "Đằng Giang",
    "Đông Khê",
    "Đổng Quốc Bình",
    "Gia Viên",
    "Lạc Viên",
    "Lạch Tray",
    "Lê Lợi",
    "Máy Chai",
    "Máy Tơ",
    "Vạn Mỹ",
)


def make_locality_project(dest: Path) -> Path:
    """The fixture with the real code: hooks/, overrides/, the data schemas and mkdocs.yml (as the
    mkdocs.base.yml the fixture's own mkdocs.yml inherits). No file of the code is changed."""
    shutil.copytree(FIXTURE, dest, ignore=shutil.ignore_patterns("README.md"))
    for part in ("hooks", "overrides"):
        shutil.copytree(ROOT / part, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "data" / "schemas", dest / "data" / "schemas")
    shutil.copy2(ROOT / "mkdocs.yml", dest / "mkdocs.base.yml")
    return dest


def readable_text(path: Path) -> str:
    """A file's text as its reader gets it: HTML entities and JSON ``\\uXXXX`` escapes decoded, iCalendar
    lines unfolded, PDF streams inflated and UTF-16 metadata (title, subject, author) decoded - a PDF's
    printed text is glyph numbers of an embedded font, so its SVG twin (same layout) is what shows it;
    images give nothing."""
    data = path.read_bytes()
    if path.suffix == ".pdf":
        parts = [data]
        for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
            try:
                parts.append(zlib.decompress(stream))
            except zlib.error:
                pass
        text = "\n".join(p.decode("latin-1") for p in parts)
        for hex_text in re.findall(r"<(?i:feff)([0-9A-Fa-f]+)>", text):
            text += "\n" + bytes.fromhex(hex_text).decode("utf-16-be", "replace")
        for raw in re.findall(rb"\(\xfe\xff((?:[^)\\]|\\.)*)\)", b"\n".join(parts), re.S):
            text += "\n" + raw.decode("utf-16-be", "replace")
        return text
    if path.suffix in (".png", ".jpg", ".jpeg", ".webp", ".gz", ".ico", ".woff", ".woff2"):
        return ""
    text = data.decode("utf-8", "replace")
    if path.suffix == ".ics":
        text = text.replace("\r\n ", "").replace("\n ", "")
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return html.unescape(text)

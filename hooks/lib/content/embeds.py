"""``!video`` and ``!map`` lines: the one vetted way to put a video or a map on a page (pure).

Staff may not paste a YouTube or Google Maps ``<iframe>`` (hooks/lib/content/rawhtml.py): a frame loads
a third-party host on every visit, tells it who reads the page, and does not work offline. Instead a
line of its own, in the form of a Markdown link::

    !video[Lễ phát động Tuần lễ](https://www.youtube.com/watch?v=...)
    !map[Thư viện quận Ngô Quyền](https://www.openstreetmap.org/...)

becomes a link card (kind, title, host name): one click opens the video or the map on its own site;
loading our page makes no request anywhere else. Only ``https://`` addresses are accepted.

:func:`check_embeds` reads the Markdown source first, so a line meant as one but mistyped stops the
build with its line; :class:`EmbedExtension` (a Python-Markdown block processor, so code blocks are left
alone) builds the card with ElementTree, which escapes the title and the address. The words on the card
are UI strings (overrides/locales/<lang>.yml, ``content``).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Mapping
from urllib.parse import urlsplit

from markdown import Extension
from markdown.blockprocessors import BlockProcessor
from markdown.util import AtomicString

KINDS = ("video", "map")
EMBED_LINE = re.compile(r"^!(?P<kind>video|map)\[(?P<title>[^\[\]\n]*\S[^\[\]\n]*)\]\((?P<url>[^()\s]+)\)[ \t]*$")
_MEANT_AS_EMBED = re.compile(r"^\s*!(?:video|map|vide|maps|youtube|iframe)\b", re.I)
_EXAMPLE = "!video[Lễ phát động Tuần lễ](https://www.youtube.com/watch?v=...)"


def embed_url_host(url: str) -> str | None:
    """The host an embed line may link to, or ``None`` when the address is not a plain https:// one."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or "@" in parts.netloc:
        return None
    return parts.hostname.removeprefix("www.")


def check_embeds(body: str, first_line: int = 1) -> tuple[int, str, str, str, str] | None:
    """The first mistyped embed line of a page body: ``(line, vi problem, vi fix, en problem, en fix)``."""
    fenced = ""
    for number, text in enumerate(body.split("\n"), start=first_line):
        stripped = text.lstrip()
        if fenced:
            fenced = "" if stripped.startswith(fenced) else fenced
            continue
        if stripped.startswith(("```", "~~~")):
            fenced = stripped[:3]
            continue
        if not _MEANT_AS_EMBED.match(text):
            continue
        match = EMBED_LINE.match(stripped)
        if match is None:
            return (number, "dòng này giống một dòng nhúng video/bản đồ nhưng viết chưa đúng",
                    f"Viết đúng dạng `{_EXAMPLE}` (hoặc `!map[...](...)`), một mình trên một dòng",
                    "this line looks like a video/map line but is not written as one",
                    f"Write it as `{_EXAMPLE}` (or `!map[...](...)`), alone on its line")
        if embed_url_host(match.group("url")) is None:
            return (number, f"địa chỉ `{match.group('url')}` không phải địa chỉ https:// đầy đủ",
                    "Dán địa chỉ đầy đủ của video hoặc bản đồ, bắt đầu bằng https://",
                    f"`{match.group('url')}` is not a full https:// address",
                    "Paste the full address of the video or map, starting with https://")
    return None


class _EmbedProcessor(BlockProcessor):
    def __init__(self, parser, labels: Mapping[str, str]) -> None:
        super().__init__(parser)
        self.labels = labels

    def test(self, parent, block: str) -> bool:
        return EMBED_LINE.match(block.split("\n", 1)[0]) is not None

    def run(self, parent, blocks: list[str]) -> None:
        first, _, rest = blocks.pop(0).partition("\n")
        if rest:
            blocks.insert(0, rest)
        match = EMBED_LINE.match(first)
        kind, url = match.group("kind"), match.group("url")
        host = embed_url_host(url)
        if host is None:  # check_embeds stops the build first; never link an unchecked address
            paragraph = etree.SubElement(parent, "p")
            paragraph.text = AtomicString(first)
            return
        card = etree.SubElement(parent, "p", {"class": f"embed-card embed-card--{kind}"})
        link = etree.SubElement(card, "a", {"class": "embed-card__link", "href": url})
        for part, text in (("kind", self.labels[kind]), ("title", match.group("title").strip()),
                           ("host", self.labels["opens_on"].format(host=host))):
            span = etree.SubElement(link, "span", {"class": f"embed-card__{part}"})
            span.text = AtomicString(text)  # shown as typed: no Markdown inside


class EmbedExtension(Extension):
    """Registers the ``!video`` / ``!map`` block processor; ``labels``: video, map, opens_on ({host})."""

    def __init__(self, labels: Mapping[str, str]) -> None:
        super().__init__()
        self.labels = dict(labels)

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's name)
        # Above paragraphs (10), below code blocks (80) and lists: an indented line stays code.
        md.parser.blockprocessors.register(_EmbedProcessor(md.parser, self.labels), "embed_card", 15)


__all__ = ["EMBED_LINE", "EmbedExtension", "KINDS", "check_embeds", "embed_url_host"]

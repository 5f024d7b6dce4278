"""Link-preview cards: a 1200×630 PNG with the page title, the week's name and dates (pure, Pillow).

A page without a photo still gets an image when its link is shared (Zalo, Facebook, messaging apps):
this card, drawn at build time, no network. The text is set in Roboto (Apache 2.0, from the pinned
``font-roboto`` package, also used by the PDF banners), whose version 2.138 has every precomposed
Vietnamese letter, stacked diacritics included (ệ, ữ, ặ, Ẫ); text is NFC-normalised so each letter
is one glyph, and Pillow's basic layout (no system text-shaping libraries) sets it the same on every
machine. The card is drawn in grey levels and stored as a 16-colour PNG whose palette runs from the
site's indigo to white: about 15 kB, ~10 ms to draw. Cached on disk by a hash of the text.
"""
from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import font_roboto
from PIL import Image, ImageDraw, ImageFont

from hooks.lib.media import diskcache, limits

FONT_DIR = Path(font_roboto.font_directory)
BOLD, REGULAR = FONT_DIR / "Roboto-Bold.ttf", FONT_DIR / "Roboto-Regular.ttf"
BACKGROUND = (0x40, 0x51, 0xB5)   # Material's indigo, the site's primary colour (mkdocs.yml palette)
FOREGROUND = (0xFF, 0xFF, 0xFF)
LEVELS = 16                       # grey levels kept: 4-bit PNG
MARGIN = 80
TITLE_SIZES = (68, 60, 52, 46, 40)
TITLE_MAX_LINES = 4
SMALL_SIZE = 32
DIM = 0.82                        # the week line and the footer: slightly dimmer than the title
VERSION = 1                       # bump when the drawing changes: part of the cache key


@dataclass(frozen=True)
class CardText:
    title: str
    edition: str    # the week's name, e.g. "Tuần lễ hưởng ứng học tập suốt đời năm 2022"
    dates: str      # e.g. "01–07/10/2022"
    host: str       # the site's address, e.g. "hoctapsuotdoi.example"

    def normalised(self) -> CardText:
        return CardText(*(" ".join(unicodedata.normalize("NFC", part).split()) for part in
                          (self.title, self.edition, self.dates, self.host)))

    @property
    def alt(self) -> str:
        """The card's text, for og:image:alt."""
        return f"{self.title} – {self.edition}, {self.dates}"


def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """``text`` broken into lines no wider than ``width`` px, at spaces (a too-long word stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _ellipsize(line: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    while line and font.getlength(line + "…") > width:
        line = line[:-1].rstrip()
    return line + "…"


def fit_title(title: str, width: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest title size at which ``title`` fits in ``TITLE_MAX_LINES`` lines; cut with "…" if none."""
    for size in TITLE_SIZES:
        font = _font(BOLD, size)
        lines = wrap(title, font, width)
        if len(lines) <= TITLE_MAX_LINES and all(font.getlength(line) <= width for line in lines):
            return font, lines
    lines = wrap(title, font, width)
    kept = [line if font.getlength(line) <= width else _ellipsize(line, font, width)
            for line in lines[:TITLE_MAX_LINES]]
    if len(lines) > TITLE_MAX_LINES:
        kept[-1] = _ellipsize(kept[-1], font, width)
    return font, kept


def _palette() -> list[int]:
    values = []
    for level in range(LEVELS):
        share = level / (LEVELS - 1)
        values += [round(b + (f - b) * share) for b, f in zip(BACKGROUND, FOREGROUND, strict=True)]
    return values


def render_card(text: CardText) -> bytes:
    """The PNG bytes of the card for ``text``."""
    text = text.normalised()
    width, height = limits.CARD_SIZE
    inner = width - 2 * MARGIN
    image = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(image)
    small = _font(REGULAR, SMALL_SIZE)
    dim = round(255 * DIM)
    draw.rectangle((MARGIN, 72, MARGIN + 72, 79), fill=255)
    edition = text.edition if small.getlength(text.edition) <= inner else _ellipsize(text.edition, small, inner)
    draw.text((MARGIN, 100), edition, font=small, fill=dim)
    font, lines = fit_title(text.title, inner)
    line_height = round(font.size * 1.22)
    top, bottom = 170, height - 120
    y = top + max(0, (bottom - top - line_height * len(lines)) // 2)
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=255)
        y += line_height
    footer = f"{text.dates} · {text.host}" if text.host else text.dates
    draw.text((MARGIN, height - 72 - SMALL_SIZE), footer, font=small, fill=dim)
    levels = image.point([(v * (LEVELS - 1) + 127) // 255 for v in range(256)])
    levels.putpalette(_palette())
    buffer = io.BytesIO()
    levels.save(buffer, "PNG", bits=4, compress_level=6)
    return buffer.getvalue()


class CardCache:
    """Rendered cards in ``folder`` (``<key>.png``), with counts for this build."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.rendered = 0
        self.reused = 0

    @staticmethod
    def key(text: CardText) -> str:
        fonts = [f"{p.name}:{p.stat().st_size}" for p in (BOLD, REGULAR)]
        return diskcache.content_key({"version": VERSION, "size": limits.CARD_SIZE, "fonts": fonts},
                                     *text.normalised().__dict__.values())

    def get(self, text: CardText) -> tuple[str, Path]:
        """``(key, path of the PNG)`` for ``text``, drawn now if it is not in the cache."""
        key = self.key(text)
        path = self.folder / f"{key}.png"
        if path.is_file():
            self.reused += 1
        else:
            diskcache.write_file(path, render_card(text))
            self.rendered += 1
        return key, path

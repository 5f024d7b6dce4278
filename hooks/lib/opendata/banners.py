"""Printable banner kit: one SVG banner per slogan of section III of guidance 11/HD-VHTT.

Section IV.3 asks the District Centre for Culture, Information and Sports and the 12 ward People's
Committees to hang banners with the Week's slogans in public places and cultural houses. Each banner is
a 5 m x 0.8 m SVG (the common "băng rôn" size, proportion 25:4; 1 SVG unit = 1 mm, so the file opens
at print size), red with yellow text, the slogan in upper case with its Vietnamese diacritics, the
Week's name and a QR code to the site. No MkDocs import; QR codes from hooks/lib/opendata/qrcodes.py.
``banner_layout`` (wording, line breaks, positions) is shared with the print-ready PDF of each banner,
written by hooks/lib/opendata/banner_pdf.py.
"""
from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from hooks.lib.data.model import Slogan
from hooks.lib.i18n import format_date_range
from hooks.lib.opendata import qrcodes

WIDTH_MM, HEIGHT_MM = 5000, 800
BACKGROUND, TEXT_COLOUR, LIGHT = "#c8102e", "#ffde00", "#ffffff"
FONT = "Arial, 'Liberation Sans', 'Noto Sans', 'DejaVu Sans', Helvetica, sans-serif"

# Layout (mm): text block on the left, QR code on the right.
_TEXT_LEFT, _TEXT_RIGHT = 140, 4140
_QR_X, _QR_Y, _QR_SIZE = 4230, 50, 640
_SLOGAN_TOP, _SLOGAN_BOTTOM = 190, 660
_MAX_ONE_LINE, _MAX_TWO_LINES = 250, 185


def filename(number: int, ext: str = "svg") -> str:
    return f"bang-ron-khau-hieu-{number}.{ext}"


def banner_src(kit_src: str, number: int, ext: str = "svg") -> str:
    """Source path of a banner file (``ext`` "svg" or "pdf"), next to its edition's banner-kit page ``kit_src``."""
    folder = kit_src.rsplit("/", 1)[0] + "/" if "/" in kit_src else ""
    return folder + filename(number, ext)


def banner_title(number: int, slogan, lang: str, template: str) -> str:
    """The banner's description in ``lang`` from the UI string ``template`` (``opendata.banner_alt``): the
    banner is printed in Vietnamese, an English reader is told so and given the slogan's meaning."""
    return template.format(number=number, slogan=display_text(slogan.get(lang)))


def display_text(slogan_vi: str) -> str:
    """The slogan as printed: no final full stop (a banner is not a sentence), otherwise unchanged."""
    return slogan_vi.strip().rstrip(".").strip()


def text_width_em(text: str) -> float:
    """Rough advance width of upper-case bold sans text, in em (Arial Bold-like metrics).

    Only used to choose a font size with a safety margin; Vietnamese diacritics do not change widths.
    """
    width = 0.0
    for ch in text:
        if ch == " ":
            width += 0.28
        elif ch in ".,;:-–!'’":
            width += 0.34
        elif ch.isdigit():
            width += 0.56
        elif ch in "MWƯỪỨỬỮỰ":
            width += 0.86
        elif ch in "IÍÌỈĨỊ":
            width += 0.28
        else:
            width += 0.74
    return width


def split_lines(text: str, first_line_words: int | None = None) -> list[str]:
    """The slogan's lines: at ``first_line_words`` when given, else one line if it fits large enough,
    else two lines of balanced width."""
    words = text.split()
    if first_line_words and 0 < first_line_words < len(words):
        return [" ".join(words[:first_line_words]), " ".join(words[first_line_words:])]
    width = _TEXT_RIGHT - _TEXT_LEFT
    if width / text_width_em(text) >= 150:
        return [text]
    best = None
    for cut in range(1, len(words)):
        lines = [" ".join(words[:cut]), " ".join(words[cut:])]
        widest = max(text_width_em(line) for line in lines)
        if best is None or widest < best[0]:
            best = (widest, lines)
    return best[1] if best else [text]


def font_size(lines: list[str]) -> int:
    width = _TEXT_RIGHT - _TEXT_LEFT
    widest = max(text_width_em(line) for line in lines)
    cap = _MAX_ONE_LINE if len(lines) == 1 else _MAX_TWO_LINES
    return int(min(cap, width / widest))


BORDER_INSET, BORDER_WIDTH = 20, 8


def week_dates(week, strings) -> str:
    """The Week's dates as printed on the banner, e.g. ``01–07/10/2022`` (``strings``: Vietnamese UI)."""
    return format_date_range(week.start, week.end, strings)


def slogan_baselines(size: float, count: int) -> list[float]:
    """Baselines (mm from the top) of ``count`` slogan lines at font size ``size``, centred in the slogan band."""
    line_height = round(size * 1.28)
    block = line_height * (count - 1)
    middle = (_SLOGAN_TOP + _SLOGAN_BOTTOM) / 2
    first_baseline = middle - block / 2 + size * 0.36  # centre of caps on the middle line
    return [first_baseline + i * line_height for i in range(count)]


def banner_layout(number: int, slogan: Slogan, week, site_url: str, strings) -> dict:
    """Wording and positions (mm) of one banner, shared by the SVG and the PDF (hooks/lib/opendata/banner_pdf.py).

    Banners are printed in Vietnamese on both sites: ``strings`` is the Vietnamese UI table.
    """
    lines = split_lines(display_text(slogan.vi).upper(), slogan.banner_break)
    host = urlsplit(site_url).hostname or site_url
    week_name_vi = week.name.vi
    heading = strings.banner.heading.format(week_name=week_name_vi, locality=week.locality.vi,
                                            dates=week_dates(week, strings)).upper()
    return {
        "lines": lines, "size": font_size(lines), "centre": (_TEXT_LEFT + _TEXT_RIGHT) / 2,
        "text_width": _TEXT_RIGHT - _TEXT_LEFT,
        "heading": heading, "heading_y": 125,
        "heading_size": int(min(78, (_TEXT_RIGHT - _TEXT_LEFT) / text_width_em(heading))),
        "footer": strings.banner.footer.format(host=host), "footer_y": 745, "footer_size": 56,
        "qr_label": strings.banner.qr_label, "qr_label_size": 52, "qr": (_QR_X, _QR_Y, _QR_SIZE),
        "title": f"{display_text(slogan.vi)} – {week_name_vi}", "slogan": display_text(slogan.vi),
    }


def banner_svg(number: int, slogan: Slogan, week, site_url: str, strings) -> str:
    """The SVG banner for one slogan; ``site_url`` is the Vietnamese home page the QR code opens."""
    lay = banner_layout(number, slogan, week, site_url, strings)
    lines, size, centre = lay["lines"], lay["size"], lay["centre"]
    qr_x, qr_y, qr_size = lay["qr"]
    tspans = "".join(
        f'<tspan x="{centre:g}" y="{baseline:.0f}">{escape(line)}</tspan>'
        for line, baseline in zip(lines, slogan_baselines(size, len(lines)), strict=True)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" xml:lang="vi" width="{WIDTH_MM}mm" height="{HEIGHT_MM}mm" '
        f'viewBox="0 0 {WIDTH_MM} {HEIGHT_MM}" role="img" aria-labelledby="title-{number}">\n'
        f'<title id="title-{number}">{escape(lay["title"])}</title>\n'
        f'<rect width="{WIDTH_MM}" height="{HEIGHT_MM}" fill="{BACKGROUND}"/>\n'
        f'<rect x="{BORDER_INSET}" y="{BORDER_INSET}" width="{WIDTH_MM - 2 * BORDER_INSET}" '
        f'height="{HEIGHT_MM - 2 * BORDER_INSET}" fill="none" stroke="{TEXT_COLOUR}" stroke-width="{BORDER_WIDTH}"/>\n'
        f'<g font-family="{escape(FONT, quote=True)}" font-weight="700" text-anchor="middle">\n'
        f'<text x="{centre:g}" y="{lay["heading_y"]}" font-size="{lay["heading_size"]}" fill="{LIGHT}">'
        f'{escape(lay["heading"])}</text>\n'
        f'<text class="slogan" font-size="{size}" fill="{TEXT_COLOUR}">{tspans}</text>\n'
        f'<text x="{centre:g}" y="{lay["footer_y"]}" font-size="{lay["footer_size"]}" font-weight="400" '
        f'fill="{LIGHT}">{escape(lay["footer"])}</text>\n'
        f'<text x="{qr_x + qr_size / 2:g}" y="{lay["footer_y"]}" font-size="{lay["qr_label_size"]}" '
        f'fill="{LIGHT}">{escape(lay["qr_label"])}</text>\n'
        "</g>\n"
        f"{qrcodes.qr_group(site_url, qr_x, qr_y, qr_size)}\n"
        "</svg>\n"
    )


def banner_kit(week, site_url: str, strings) -> list[dict]:
    """Every banner of an edition (``week``): number, slogan, file name and SVG text (``strings``: Vietnamese UI)."""
    return [
        {"number": n, "slogan": slogan, "filename": filename(n),
         "svg": banner_svg(n, slogan, week, site_url, strings)}
        for n, slogan in enumerate(week.slogans, start=1)
    ]

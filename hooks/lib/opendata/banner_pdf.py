"""The banner kit's print-ready PDFs: the same design as the SVG banners of hooks/lib/opendata/banners.py.

A print shop can print the PDF as it is: the page is the banner's real size (5000 x 800 mm), the
Roboto fonts (Apache 2.0, from the ``font-roboto`` package) are embedded as subsets, so the Vietnamese
diacritics print whatever fonts the shop has, and the QR code is vector rectangles. Pure Python
(fpdf2), no system dependencies, no MkDocs import. The wording, line breaks and positions come from
``banners.banner_layout``; only the font sizes are checked here against Roboto's real widths (shrunk
if a line would be wider than the text area, never enlarged). The output is deterministic: the
creation date is the guidance document's date, so the same data gives the same bytes.
"""
from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import font_roboto
from fpdf import FPDF

from hooks.lib.data.model import Slogan
from hooks.lib.opendata import banners, qrcodes

FONT_DIR = Path(font_roboto.font_directory)
FONT_FILES = {"": FONT_DIR / "Roboto-Regular.ttf", "B": FONT_DIR / "Roboto-Bold.ttf"}
FONT = "Roboto"
PT_PER_MM = 72 / 25.4
# PDF 1.x viewers and RIPs limit a page side to 14,400 pt (200 in = 5080 mm) at the default user unit;
# the banner's 5000 mm (14,173 pt) fits, so no UserUnit scaling is needed.
MAX_PAGE_PT = 14_400
assert banners.WIDTH_MM * PT_PER_MM <= MAX_PAGE_PT and banners.HEIGHT_MM * PT_PER_MM <= MAX_PAGE_PT


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


def _fit_size(pdf: FPDF, lines: list[str], size_mm: float, width_mm: float, style: str) -> float:
    """``size_mm`` (an SVG font size: em in mm), made smaller if the widest line is wider than ``width_mm``."""
    pdf.set_font(FONT, style, size_mm * PT_PER_MM)
    widest = max(pdf.get_string_width(line) for line in lines)
    return size_mm if widest <= width_mm else size_mm * width_mm / widest * 0.995


def _centred(pdf: FPDF, text: str, x_centre: float, baseline: float, size_mm: float, style: str) -> None:
    pdf.set_font(FONT, style, size_mm * PT_PER_MM)
    pdf.text(x_centre - pdf.get_string_width(text) / 2, baseline, text)


def _qr(pdf: FPDF, url: str, x: float, y: float, size: float) -> None:
    """The QR code as filled rectangles (one per dark run of a row) on a white square with quiet zone."""
    matrix = qrcodes.qr_matrix(url)  # same symbol as the SVG banner (best mask)
    modules = len(matrix) + 2 * qrcodes.QUIET_ZONE
    scale = size / modules
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x, y, size, size, style="F")
    pdf.set_fill_color(0, 0, 0)
    for row_index, row in enumerate(matrix):
        top = y + (row_index + qrcodes.QUIET_ZONE) * scale
        start = None
        for col, dark in enumerate(row + [False]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                left = x + (start + qrcodes.QUIET_ZONE) * scale
                pdf.rect(left, top, (col - start) * scale, scale, style="F")
                start = None


def banner_pdf(number: int, slogan: Slogan, week, site_url: str, strings) -> bytes:
    """The PDF banner for one slogan (``week``: the Week record; ``site_url``: the page the QR code opens;
    ``strings``: the Vietnamese UI table)."""
    lay = banners.banner_layout(number, slogan, week, site_url, strings)
    pdf = FPDF(orientation="landscape", unit="mm", format=(banners.HEIGHT_MM, banners.WIDTH_MM))
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    issued = week.document.date if week.document else week.start  # before the guidance: the week's first day
    pdf.set_creation_date(datetime.combine(issued, time(8, 0), tzinfo=week.tzinfo))
    pdf.set_title(lay["slogan"])
    pdf.set_subject(lay["title"])
    pdf.set_author(week.issuer.vi)
    pdf.set_creator("hooks/lib/opendata/banner_pdf.py")
    pdf.set_lang("vi")
    for style, path in FONT_FILES.items():
        pdf.add_font(FONT, style, str(path))
    pdf.add_page()

    pdf.set_fill_color(*_rgb(banners.BACKGROUND))
    pdf.rect(0, 0, banners.WIDTH_MM, banners.HEIGHT_MM, style="F")
    inset = banners.BORDER_INSET
    pdf.set_draw_color(*_rgb(banners.TEXT_COLOUR))
    pdf.set_line_width(banners.BORDER_WIDTH)
    pdf.rect(inset, inset, banners.WIDTH_MM - 2 * inset, banners.HEIGHT_MM - 2 * inset, style="D")

    centre, width = lay["centre"], lay["text_width"]
    pdf.set_text_color(*_rgb(banners.LIGHT))
    size = _fit_size(pdf, [lay["heading"]], lay["heading_size"], width, "B")
    _centred(pdf, lay["heading"], centre, lay["heading_y"], size, "B")

    pdf.set_text_color(*_rgb(banners.TEXT_COLOUR))
    lines = lay["lines"]
    size = _fit_size(pdf, lines, lay["size"], width, "B")
    for line, baseline in zip(lines, banners.slogan_baselines(size, len(lines)), strict=True):
        _centred(pdf, line, centre, baseline, size, "B")

    pdf.set_text_color(*_rgb(banners.LIGHT))
    size = _fit_size(pdf, [lay["footer"]], lay["footer_size"], width, "")
    _centred(pdf, lay["footer"], centre, lay["footer_y"], size, "")
    qr_x, qr_y, qr_size = lay["qr"]
    _centred(pdf, lay["qr_label"], qr_x + qr_size / 2, lay["footer_y"], lay["qr_label_size"], "B")
    _qr(pdf, site_url, qr_x, qr_y, qr_size)
    return bytes(pdf.output())

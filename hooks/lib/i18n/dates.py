"""The site's date formats in each language - pure, no MkDocs import."""
from __future__ import annotations

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")



def format_date(day, lang: str) -> str:
    """The site's date format: ``01/10/2022`` in Vietnamese, ``1 October 2022`` in English."""
    if lang == "vi":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def format_date_range(start, end, lang: str) -> str:
    """``01–07/10/2022`` / ``1–7 October 2022`` within one month; both dates in full otherwise."""
    if (start.year, start.month) != (end.year, end.month):
        return f"{format_date(start, lang)} – {format_date(end, lang)}"
    return (f"{start.day:02d}" if lang == "vi" else str(start.day)) + "–" + format_date(end, lang)

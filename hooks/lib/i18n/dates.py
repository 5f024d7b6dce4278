"""The site's date formats, from each language's UI table (``ui.dates``) - pure, no MkDocs import.

Formats and month/weekday names live in overrides/locales/<lang>.yml, so these functions take that
language's :class:`~hooks.lib.i18n.strings.UiStrings` (or just its ``dates`` section) instead of a
language code.
"""
from __future__ import annotations

import datetime as dt
from typing import Any


def _dates(ui: Any) -> Any:
    return ui.dates if "dates" in ui else ui


def _parts(day: dt.date, ui: Any) -> dict[str, Any]:
    d = _dates(ui)
    return {"day": day.day, "month": day.month, "year": day.year, "month_name": d.months[day.month - 1],
            "month_short": d.months_short[day.month - 1]}


def format_date(day: dt.date, ui: Any) -> str:
    """``01/10/2022`` in Vietnamese, ``1 October 2022`` in English."""
    return _dates(ui).date.format(**_parts(day, ui))


def format_short_date(day: dt.date, ui: Any) -> str:
    """``01/10`` / ``1 Oct``."""
    return _dates(ui).short_date.format(**_parts(day, ui))


def format_weekday_date(day: dt.date, ui: Any) -> str:
    """``Thứ Bảy, 01/10/2022`` / ``Saturday 1 October 2022``."""
    d = _dates(ui)
    return d.weekday_date.format(weekday=d.weekdays[day.weekday()], date=format_date(day, ui))


def format_weekday_short_date(day: dt.date, ui: Any) -> str:
    """``Thứ Bảy, 01/10`` / ``Saturday 1 Oct``: a day within a known week (the schedule's day links)."""
    d = _dates(ui)
    return d.weekday_date.format(weekday=d.weekdays[day.weekday()], date=format_short_date(day, ui))


def format_month(year: int, month: int, ui: Any) -> str:
    """``tháng 10/2022`` / ``October 2022``."""
    return _dates(ui).month_year.format(**_parts(dt.date(year, month, 1), ui))


def format_date_range(start: dt.date, end: dt.date, ui: Any) -> str:
    """``01–07/10/2022`` / ``1–7 October 2022`` within one month; both dates in full otherwise."""
    d = _dates(ui)
    if (start.year, start.month) != (end.year, end.month):
        return d.range.format(start=format_date(start, ui), end=format_date(end, ui))
    return d.range_same_month.format(start_day=start.day, end=format_date(end, ui))

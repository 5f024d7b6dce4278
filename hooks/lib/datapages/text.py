"""Formatting and small helpers of the data pages (pure, no MkDocs import).

The words themselves are UI strings (overrides/locales/<lang>.yml, section ``data``); functions here take
that language's table (:class:`~hooks.lib.i18n.strings.UiStrings`).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from hooks.lib import i18n
from hooks.lib.data.model import Activity
from hooks.lib.data.refs import RecordKind
from hooks.lib.i18n import routes

# --- Catalogue facets: the only paths decided outside routes.py (they exist only for these pages) ---

FACETS = ("subject", "audience", "format", "language")
_FACET_LABEL_KEY = {"subject": "subject", "audience": "audience", "format": "resource_format", "language": "languages"}

DESCRIPTION_LIMIT = 160


def page_link(src: str) -> str:
    """URL of a page relative to its language's site root."""
    return i18n.src_to_url(src)


def alias_redirect_path(alias: str, lang: str) -> str:
    """Output file (relative to the language's site_dir) of the redirect page at a former resource URL."""
    return page_link(routes.record_src(RecordKind.RESOURCE, alias, lang)) + "index.html"


# --- Formatting ------------------------------------------------------------------------------------

def format_date(day: date, ui: Any) -> str:
    """``Thứ Bảy, 01/10/2022`` / ``Saturday 1 October 2022``: the site's date format with the weekday."""
    return i18n.format_weekday_date(day, ui)


def format_time_range(activity: Activity, ui: Any) -> str:
    """``08:00–11:00``; an activity over several days: ``01/10 07:00 – 07/10 17:00``."""
    if activity.start.date() == activity.end.date() or len(activity.days) == 1:
        return f"{activity.start:%H:%M}–{activity.end:%H:%M}"
    return (f"{i18n.format_short_date(activity.start.date(), ui)} {activity.start:%H:%M} – "
            f"{i18n.format_short_date(activity.end.date(), ui)} {activity.end:%H:%M}")


def format_when(activity: Activity, ui: Any) -> str:
    """Full date and time: ``Thứ Bảy, 01/10/2022, 08:00–11:00`` (or a range of days)."""
    if len(activity.days) == 1:
        return f"{format_date(activity.start.date(), ui)}, {activity.start:%H:%M}–{activity.end:%H:%M}"
    return (f"{format_date(activity.start.date(), ui)}, {activity.start:%H:%M} – "
            f"{format_date(activity.end.date(), ui)}, {activity.end:%H:%M}")


def day_anchor(day: date) -> str:
    """Anchor of a day on the schedule page (same in both languages)."""
    return f"ngay-{day.isoformat()}"


def ward_anchor(ward_id: str) -> str:
    """Anchor of a ward's part of the schedule page (same in both languages)."""
    return f"phuong-{ward_id}"


def format_anchor(format_key: str) -> str:
    """Anchor of one activity format's part of the schedule page (``hinh-thuc-in-person``, both languages)."""
    return "hinh-thuc-" + format_key.replace("_", "-")


def language_name(code: str, ui: Any) -> str:
    """Name of a content language (BCP 47 code) in the page's language; unknown codes show the code."""
    return ui.content_languages.get(code.split("-")[0].lower(), code)


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """One line of at most ``limit`` characters, cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.–-") + "…"


def meta_text(text: str) -> str:
    """Front-matter ``title``/``description`` of a data page: plain text on one line.

    Like every page's front matter, it stays plain text; hooks/hook_content.py escapes it for HTML
    where Material prints it (hooks/lib/content/pagetext.py), once for all pages.
    """
    return " ".join(text.split())

"""Links that add one activity to a web calendar (Google, Outlook) - pure, no MkDocs import.

The .ics file (ical.py) is the standard way, but Google Calendar on Android does not open a downloaded
.ics: these links open the calendar's own "new event" form, filled in. Same title, notes and place as the
.ics (one wording, ical.summary/description/location). Times are given in UTC (``Z``), so the calendar
shows the right moment in any time zone. Plain links: nothing is loaded from those sites until clicked.
"""
from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import quote, urlencode

from hooks.lib.opendata import ical

GOOGLE = "https://calendar.google.com/calendar/render"
OUTLOOK = "https://outlook.live.com/calendar/0/deeplink/compose"


def _query(params: list[tuple[str, str]]) -> str:
    # %20 for spaces (some calendars show a literal "+"); "/" and ":" stay readable, as calendars expect.
    return urlencode(params, quote_via=quote, safe="/:")


def _utc(moment: datetime, pattern: str) -> str:
    return moment.astimezone(UTC).strftime(pattern)


def google_calendar_url(activity, edition, data, root_url: str, lang: str, strings) -> str:
    """``https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=<start>/<end>&…`` (UTC)."""
    dates = f"{_utc(activity.start, '%Y%m%dT%H%M%SZ')}/{_utc(activity.end, '%Y%m%dT%H%M%SZ')}"
    return GOOGLE + "?" + _query([
        ("action", "TEMPLATE"),
        ("text", ical.summary(activity, lang, strings)),
        ("dates", dates),
        ("details", ical.description(activity, edition, data, root_url, lang, strings)),
        ("location", ical.location(activity, edition, data, lang, strings)),
    ])


def outlook_calendar_url(activity, edition, data, root_url: str, lang: str, strings) -> str:
    """Outlook on the web's "new event" form (personal accounts; work accounts are asked to sign in)."""
    return OUTLOOK + "?" + _query([
        ("path", "/calendar/action/compose"),
        ("rru", "addevent"),
        ("subject", ical.summary(activity, lang, strings)),
        ("startdt", _utc(activity.start, "%Y-%m-%dT%H:%M:%SZ")),
        ("enddt", _utc(activity.end, "%Y-%m-%dT%H:%M:%SZ")),
        ("body", ical.description(activity, edition, data, root_url, lang, strings)),
        ("location", ical.location(activity, edition, data, lang, strings)),
    ])

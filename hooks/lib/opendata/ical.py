"""iCalendar (RFC 5545) files of the Week's activities - one VEVENT per activity - no MkDocs import.

Written by hand (the format is small) and checked in the tests with the ``icalendar`` parser. Times are
local times with the edition's ``TZID`` (data: Asia/Ho_Chi_Minh) and a VTIMEZONE (UTC+7, no daylight saving), so a phone in
any time zone shows the right moment. UIDs are ``<activity id>@<site host>``: stable across builds and
the same in both languages (it is the same event), so re-importing updates instead of duplicating.
Sample activities say so three ways: ``[Dữ liệu mẫu]`` / ``[Sample data]`` before the SUMMARY (what a
calendar app shows), a sentence in the DESCRIPTION, and ``STATUS:TENTATIVE``.
"""
from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

from hooks.lib.data.checks import fixed_utc_offset
from hooks.lib.data.refs import RecordKind
from hooks.lib.data.status import sample_title
from hooks.lib.i18n import LANGUAGE_ROOT, routes

# The whole week's calendar, relative to each language's site root.
FILES = {"vi": "lich-hoat-dong.ics", "en": "schedule.ics"}
MEDIA_TYPE = "text/calendar"
# Zones whose history we state exactly: Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975.
# Any other zone of an edition (data) gets a one-offset definition when it has no daylight saving.
_VTIMEZONE = {
    "Asia/Ho_Chi_Minh": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Ho_Chi_Minh", "BEGIN:STANDARD", "DTSTART:19750613T000000",
        "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:+07", "END:STANDARD", "END:VTIMEZONE",
    ],
}


def calendar_src(lang: str, prefix: str = "") -> str:
    """Path (relative to the language's site root) of a whole week's calendar: the root one is the current
    edition's; each edition also has its own under its year (``prefix`` ``"2022/"``)."""
    return prefix + FILES[lang]


def calendar_url(root_url: str, lang: str, prefix: str = "") -> str:
    return routes.absolute_url(root_url, LANGUAGE_ROOT[lang] + calendar_src(lang, prefix))


def activity_ics_src(activity_id: str, lang: str, prefix: str = "") -> str:
    """Path (relative to the language's site root) of one activity's own .ics, next to its page."""
    return routes.record_src(RecordKind.ACTIVITY, activity_id, lang, prefix)[: -len(".md")] + ".ics"


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""
    out, current, size = [], "", 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def _local(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def uid(activity_id: str, root_url: str, prefix: str = "") -> str:
    """Stable across builds and the same in both languages (one event); ids repeat across years, so an
    edition under its year adds it (2022's, at the root, keep the UIDs they were published with)."""
    return f"{prefix.replace('/', '-')}{activity_id}@{urlsplit(root_url).hostname}"


def prodid(root_url: str, lang: str) -> str:
    """The calendar's product id (RFC 5545 3.7.3): this site, by its host, and the language."""
    return f"-//{urlsplit(root_url).hostname}//Calendar//{lang.upper()}"


def location(activity, edition, data, lang: str, strings) -> str:
    ward = data.wards_by_id.get(activity.ward)
    parts = [activity.venue.get(lang)]
    if ward:
        parts.append(ward.full_name.get(lang))
    parts += [edition.locality.get(lang), edition.city.get(lang), strings.country]
    return ", ".join(parts)


def activity_url(activity, edition, root_url: str, lang: str) -> str:
    """The absolute address of the activity's page."""
    return routes.absolute_url(root_url, routes.record_url(RecordKind.ACTIVITY, activity.id, lang,
                                                           edition.records_prefix))


def summary(activity, lang: str, strings) -> str:
    """The event's title in a calendar (sample activities say so first)."""
    return sample_title(activity.title.get(lang), strings.data.sample, activity.sample)


def description(activity, edition, data, root_url: str, lang: str, strings) -> str:
    """The event's notes in a calendar: what it is, who organises it, how, and where to read more."""
    labels = strings.calendar
    lines = [activity.description.get(lang), "",
             f"{labels.organiser}: {activity.organiser.get(lang)}",
             f"{labels.format}: {data.vocabularies.formats.label(activity.format, lang)}"]
    if activity.link:
        lines.append(activity.link)
    if activity.sample:
        lines.append(labels.sample)
    lines.append(f"{labels.more}: {activity_url(activity, edition, root_url, lang)}")
    return "\n".join(lines)


def event_lines(activity, edition, data, root_url: str, lang: str, dtstamp: datetime, strings) -> list[str]:
    prefix = edition.records_prefix
    url = activity_url(activity, edition, root_url, lang)
    tzid = edition.timezone
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid(activity.id, root_url, prefix)}",
        f"DTSTAMP:{_utc(dtstamp)}",
        f"DTSTART;TZID={tzid}:{_local(activity.start.astimezone(edition.tzinfo))}",
        f"DTEND;TZID={tzid}:{_local(activity.end.astimezone(edition.tzinfo))}",
        f"SUMMARY;LANGUAGE={lang}:{escape_text(summary(activity, lang, strings))}",
        f"DESCRIPTION;LANGUAGE={lang}:{escape_text(description(activity, edition, data, root_url, lang, strings))}",
        f"LOCATION;LANGUAGE={lang}:{escape_text(location(activity, edition, data, lang, strings))}",
        f"URL;VALUE=URI:{url}",
        f"CATEGORIES;LANGUAGE={lang}:{escape_text(data.vocabularies.activity_types.label(activity.type, lang))}",
        "STATUS:TENTATIVE" if activity.sample else "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return lines


def calendar(activities, edition, data, root_url: str, lang: str, dtstamp: datetime, strings,
             name: str | None = None, url: str | None = None) -> str:
    """A complete VCALENDAR with one VEVENT per activity of ``edition`` (CRLF line ends, folded lines)."""
    tzid = edition.timezone
    title = name or f"{edition.name.get(lang)} – {strings.calendar.name}"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid(root_url, lang)}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(title)}", f"X-WR-TIMEZONE:{tzid}",
        f"NAME:{escape_text(title)}",
        f"URL;VALUE=URI:{url or calendar_url(root_url, lang)}",
        *vtimezone(edition),
    ]
    for activity in activities:
        lines += event_lines(activity, edition, data, root_url, lang, dtstamp, strings)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def vtimezone(edition) -> list[str]:
    """The VTIMEZONE of the edition's time zone (from its data): stated above, or one fixed offset."""
    tzid = edition.timezone
    if tzid in _VTIMEZONE:
        return _VTIMEZONE[tzid]
    # data/editions/<year>/edition.yml is refused with its line when the zone has daylight saving
    # (hooks/lib/data/records.py); this guard keeps hand-built editions (tests, scripts) honest too.
    offset_delta = fixed_utc_offset(edition.tzinfo, edition.year)
    if offset_delta is None:
        raise ValueError(f"the time zone {tzid!r} has daylight saving, which the calendars do not support; "
                         "use a zone without it (Vietnam: Asia/Ho_Chi_Minh)")
    minutes = int(offset_delta.total_seconds() // 60)
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    offset = f"{sign}{minutes // 60:02d}{minutes % 60:02d}"
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}", f"TZNAME:{offset.removesuffix('00')}", "END:STANDARD",
            "END:VTIMEZONE"]

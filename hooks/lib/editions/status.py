"""Where an edition stands on the day a page is built: upcoming, running or ended - pure, no MkDocs import.

A static page says what was true when it was built: the moment is the build's, settable from outside
with ``SOURCE_DATE_EPOCH`` (reproducible builds, tests), read in the *edition's* time zone (data), never
a fixed offset. The publishing guide tells staff to rebuild daily while a week runs.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hooks.lib.i18n.dates import format_date

UPCOMING, RUNNING, ENDED = "upcoming", "running", "ended"


@dataclass(frozen=True)
class EditionStatus:
    state: str                  # upcoming | running | ended
    day: int | None = None      # running: which day of the week it is (1 = the first)
    days_left: int | None = None  # upcoming: days until the first day


def build_moment(environ: Mapping[str, str]) -> dt.datetime:
    """The moment of this build (UTC): ``SOURCE_DATE_EPOCH`` when set (a Unix time), else now."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def edition_status(edition: Any, moment: dt.datetime) -> EditionStatus:
    """The status of ``edition`` at ``moment``, on the calendar of the edition's own time zone."""
    today = moment.astimezone(edition.tzinfo).date()
    if today < edition.start:
        return EditionStatus(UPCOMING, days_left=(edition.start - today).days)
    if today <= edition.end:
        return EditionStatus(RUNNING, day=(today - edition.start).days + 1)
    return EditionStatus(ENDED)


def activity_state(activity: Any, moment: dt.datetime) -> str:
    """Whether ``activity`` (timezone-aware ``start``/``end``) is upcoming, running or ended at ``moment``:
    the home page features the current edition's launch ceremony until it has ended."""
    if moment < activity.start:
        return UPCOMING
    return RUNNING if moment < activity.end else ENDED


def plural(forms: Any, count: int) -> str:
    """The form of a UI string for ``count``: a plain string, or ``{one, other}`` (Vietnamese has only ``other``)."""
    if isinstance(forms, str):
        return forms
    return forms["one"] if count == 1 and "one" in forms else forms["other"]


def plural_count(forms: Any, count: int) -> str:
    """``plural`` with ``{count}`` filled: ``"1 activity"``, ``"3 hoạt động"``."""
    return plural(forms, count).format(count=count)


def status_text(status: EditionStatus, edition: Any, ui: Any) -> str:
    """The sentence shown at the top of an edition's home and schedule, in ``ui``'s language."""
    words = ui.edition
    if status.state == UPCOMING:
        return plural(words.status_upcoming, status.days_left).format(
            days=status.days_left, start=format_date(edition.start, ui))
    if status.state == RUNNING:
        return words.status_running.format(day=status.day, days=len(edition.days), end=format_date(edition.end, ui))
    return words.status_ended.format(end=format_date(edition.end, ui))

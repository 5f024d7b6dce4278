"""An edition's schedule as a phone reads it (pure, no MkDocs import).

Each activity is listed once in the week: under its day, or - when it lasts several days - once among
those, with "all week" or its dates, instead of again under every day it runs (a week-long activity
listed seven times made the phone schedule ~15 screens long). While the week runs, the page is read on
the day: today comes first, then the days to come, then the days gone (the build moment is the
build's, see editions/status.py; the publishing guide asks for a daily rebuild during the week). The
same activities grouped by ward and by format are the filters that work without JavaScript (anchors).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from hooks.lib import i18n
from hooks.lib.data.model import Activity, Edition
from hooks.lib.datapages.text import day_anchor, format_anchor, format_date, ward_anchor
from hooks.lib.datapages.views import ActivityGroup, ActivityView, Day, ScheduleView, WardRef


def build_schedule(edition: Edition, views: Sequence[ActivityView], wards: Mapping[str, WardRef],
                   formats: Iterable[tuple[str, str]], ui: Any, moment: dt.datetime) -> ScheduleView:
    """``views``: the views of ``edition.activities``, in the same order; ``formats``: (key, label) of every
    activity format, in vocabulary order; ``ui``: the page language's UI table; ``moment``: the build's."""
    pairs = sorted(zip(edition.activities, views, strict=True), key=lambda pair: (pair[0].start, pair[0].id))
    by_day: dict[dt.date, list[ActivityView]] = {day: [] for day in edition.days}
    several: list[ActivityView] = []
    for activity, view in pairs:
        if _several_days(activity):
            several.append(view)
        else:
            by_day.setdefault(activity.start.date(), []).append(view)
    today = moment.astimezone(edition.tzinfo).date()
    running = edition.start <= today <= edition.end
    calendar = tuple(
        Day(date=day, label=format_date(day, ui), anchor=day_anchor(day), activities=tuple(items),
            short_label=i18n.format_weekday_short_date(day, ui), today=day == today, past=running and day < today)
        for day, items in sorted(by_day.items()))
    first = next((index for index, day in enumerate(calendar) if day.today), 0)
    ordered = [view for _, view in pairs]
    return ScheduleView(
        several_days=tuple(several),
        days=calendar[first:] + calendar[:first],
        calendar=calendar,
        wards=tuple(ActivityGroup(ward_id, wards[ward_id].full_name, ward_anchor(ward_id),
                                  tuple(v for v in ordered if v.ward.id == ward_id), wards[ward_id].url)
                    for ward_id in edition.ward_ids),
        formats=tuple(group for group in (
            ActivityGroup(key, label, format_anchor(key), tuple(v for v in ordered if v.format.key == key))
            for key, label in formats) if group.activities),
        count=len(ordered))


def _several_days(activity: Activity) -> bool:
    return len(activity.days) > 1


def span_label(activity: Activity, edition: Edition, ui: Any) -> str | None:
    """``Cả tuần`` / ``All week`` for an activity running every day of its week, else its dates
    (``03–05/10/2022``); None for an activity of one day."""
    if not _several_days(activity):
        return None
    if activity.days == edition.days:
        return ui.data.all_week
    return i18n.format_date_range(activity.days[0], activity.days[-1], ui)

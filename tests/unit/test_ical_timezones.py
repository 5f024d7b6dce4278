"""The calendars' VTIMEZONE comes from the edition's time zone (data), not from a zone written in code."""

from __future__ import annotations

from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from hooks.lib.opendata.ical import vtimezone


def _edition(tz: str):
    return SimpleNamespace(timezone=tz, tzinfo=ZoneInfo(tz), year=2024)


def test_vietnam_keeps_its_stated_history() -> None:
    assert vtimezone(_edition("Asia/Ho_Chi_Minh"))[3:6] == [
        "DTSTART:19750613T000000",
        "TZOFFSETFROM:+0700",
        "TZOFFSETTO:+0700",
    ]


@pytest.mark.parametrize(
    "tz, offset, name",
    [("Asia/Bangkok", "+0700", "+07"), ("Asia/Kolkata", "+0530", "+0530"), ("America/Lima", "-0500", "-05")],
)
def test_another_zone_without_daylight_saving(tz, offset, name) -> None:
    assert vtimezone(_edition(tz)) == [
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        f"TZOFFSETFROM:{offset}",
        f"TZOFFSETTO:{offset}",
        f"TZNAME:{name}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def test_daylight_saving_is_refused_in_words() -> None:
    with pytest.raises(ValueError, match="'Europe/Paris' has daylight saving"):
        vtimezone(_edition("Europe/Paris"))

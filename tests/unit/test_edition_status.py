"""Where an edition stands on the day a page is built (hooks/lib/editions/status.py): the moment is
injected, read in the edition's own time zone (data: Asia/Ho_Chi_Minh), never today's date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from hooks.lib.editions.status import build_moment, edition_status, status_text
from tests.support.strings import ui_strings

VIETNAM = timezone(timedelta(hours=7))  # the moments below, as a person in Hải Phòng reads the clock


@pytest.mark.parametrize(
    "moment, vi, en",
    [
        (
            datetime(2022, 9, 20, 10, 0, tzinfo=VIETNAM),
            "Còn 11 ngày nữa là đến Tuần lễ (bắt đầu ngày 01/10/2022).",
            "11 days to go: the week starts on 1 October 2022.",
        ),
        (
            datetime(2022, 9, 30, 9, 0, tzinfo=VIETNAM),
            "Còn 1 ngày nữa là đến Tuần lễ (bắt đầu ngày 01/10/2022).",
            "1 day to go: the week starts on 1 October 2022.",
        ),
        (
            datetime(2022, 10, 3, 9, 0, tzinfo=VIETNAM),
            "Tuần lễ đang diễn ra: hôm nay là ngày thứ 3 trong 7 ngày, đến hết ngày 07/10/2022.",
            "The week is on: today is day 3 of 7, until 7 October 2022.",
        ),
        (
            datetime(2022, 10, 7, 23, 59, tzinfo=VIETNAM),
            "Tuần lễ đang diễn ra: hôm nay là ngày thứ 7 trong 7 ngày, đến hết ngày 07/10/2022.",
            "The week is on: today is day 7 of 7, until 7 October 2022.",
        ),
        (
            datetime(2022, 10, 8, 0, 0, tzinfo=VIETNAM),
            "Tuần lễ đã kết thúc ngày 07/10/2022.",
            "The week ended on 7 October 2022.",
        ),
    ],
)
def test_status_before_during_after(site_data, moment, vi, en) -> None:
    edition = site_data.editions_by_year[2022]
    status = edition_status(edition, moment.astimezone(UTC))
    assert status_text(status, edition, ui_strings("vi")) == vi
    assert status_text(status, edition, ui_strings("en")) == en


def test_the_day_is_the_editions_not_utcs(site_data) -> None:
    """00:30 on 1 October in Vietnam is still 30 September in UTC: the week has begun all the same."""
    edition = site_data.editions_by_year[2022]
    status = edition_status(edition, datetime(2022, 9, 30, 17, 30, tzinfo=UTC))
    assert (status.state, status.day) == ("running", 1)
    status = edition_status(edition, datetime(2022, 10, 7, 16, 59, tzinfo=UTC))  # 23:59 on the 7th
    assert (status.state, status.day) == ("running", 7)
    assert edition_status(edition, datetime(2022, 10, 7, 17, 0, tzinfo=UTC)).state == "ended"


def test_build_moment_from_source_date_epoch() -> None:
    assert build_moment({"SOURCE_DATE_EPOCH": "1664586000"}) == datetime(2022, 10, 1, 1, 0, tzinfo=UTC)
    now = build_moment({})
    assert now.tzinfo is not None and abs(now - datetime.now(UTC)) < timedelta(minutes=1)

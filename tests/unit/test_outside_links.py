"""Links to other sites built from the data: "add to calendar" (Google, Outlook) and directions (maps).

hooks/lib/opendata/calendarlinks.py and hooks/lib/datapages/maps.py, no MkDocs. The expected times are
worked out by hand: 07:30-09:00 in Hải Phòng (UTC+7) is 00:30-02:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from hooks.lib.data.model import Coordinates
from hooks.lib.datapages import maps
from hooks.lib.datapages import pages as datapages
from hooks.lib.opendata.calendarlinks import google_calendar_url, outlook_calendar_url
from tests.support.strings import ui_strings

SITE = "https://example.org/"
LAUNCH_VI = {
    "text": "[Dữ liệu mẫu] Lễ phát động Tuần lễ hưởng ứng học tập suốt đời năm 2022",
    "location": "Trung tâm học tập cộng đồng phường Cầu Đất, Phường Cầu Đất, quận Ngô Quyền, Hải Phòng, Việt Nam",
}


def _query(url: str) -> dict[str, str]:
    values = parse_qs(urlsplit(url).query, strict_parsing=True)
    assert all(len(v) == 1 for v in values.values()), values
    return {key: value[0] for key, value in values.items()}


def test_google_calendar_link_has_the_activitys_utc_times_title_and_place(site_data):
    launch = site_data.activity(2022, "le-phat-dong-cau-dat")
    url = google_calendar_url(launch, site_data.current, site_data, SITE, "vi", ui_strings("vi"))
    assert url.startswith("https://calendar.google.com/calendar/render?action=TEMPLATE&text=%5BD%E1%BB%AF%20li")
    assert "&dates=20221001T003000Z/20221001T020000Z&" in url and "+" not in url  # spaces as %20
    query = _query(url)
    assert query["action"] == "TEMPLATE" and query["dates"] == "20221001T003000Z/20221001T020000Z"
    assert query["text"] == LAUNCH_VI["text"] and query["location"] == LAUNCH_VI["location"]
    assert query["details"].startswith("Phát động Tuần lễ với đại diện chính quyền")
    assert query["details"].endswith("\nChi tiết: https://example.org/lich-hoat-dong/le-phat-dong-cau-dat/")
    english = _query(google_calendar_url(launch, site_data.current, site_data, SITE, "en", ui_strings("en")))
    assert english["text"] == "[Sample data] Launch ceremony of Lifelong Learning Week 2022"
    assert english["details"].endswith("\nDetails: https://example.org/en/schedule/le-phat-dong-cau-dat/")
    assert english["dates"] == "20221001T003000Z/20221001T020000Z"


def test_outlook_link_has_the_same_event(site_data):
    week_long = site_data.activity(2022, "bang-ron-khau-hieu-lach-tray")
    url = outlook_calendar_url(week_long, site_data.current, site_data, SITE, "en", ui_strings("en"))
    assert url.startswith(
        "https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose&rru=addevent&subject="
    )
    query = _query(url)
    assert (query["startdt"], query["enddt"]) == ("2022-10-01T00:00:00Z", "2022-10-07T10:00:00Z")
    assert query["subject"] == "[Sample data] Banners and slogans for the Week"
    assert query["location"].startswith("Main streets and cultural houses of Lạch Tray Ward, Lạch Tray Ward, ")


def test_map_query_drops_notes_in_brackets_and_repeats():
    assert (
        maps.map_query(["Phường Cầu Đất, quận Ngô Quyền, Hải Phòng (địa chỉ cụ thể chưa xác minh)"])
        == "Phường Cầu Đất, quận Ngô Quyền, Hải Phòng"
    )
    assert (
        maps.map_query(["Nhà văn hóa  tổ 5", "phường Máy Tơ", "Phường Máy Tơ", " ", "Hải Phòng"])
        == "Nhà văn hóa tổ 5, phường Máy Tơ, Hải Phòng"
    )


def test_directions_search_the_address_or_point_at_the_coordinates():
    by_address = maps.directions("Phường Cầu Đất, Hải Phòng")
    assert (
        by_address.openstreetmap
        == "https://www.openstreetmap.org/search?query=Ph%C6%B0%E1%BB%9Dng%20C%E1%BA%A7u%20%C4%90%E1%BA%A5t,%20H%E1%BA%A3i%20Ph%C3%B2ng"
    )
    assert (
        by_address.google_maps
        == "https://www.google.com/maps/search/?api=1&query=Ph%C6%B0%E1%BB%9Dng%20C%E1%BA%A7u%20%C4%90%E1%BA%A5t,%20H%E1%BA%A3i%20Ph%C3%B2ng"
    )
    at_point = maps.directions("ignored when the place is known", Coordinates(lat=20.8586, lon=106.6978))
    assert at_point.openstreetmap == "https://www.openstreetmap.org/?mlat=20.8586&mlon=106.6978#map=18/20.8586/106.6978"
    assert at_point.google_maps == "https://www.google.com/maps/search/?api=1&query=20.8586,106.6978"


@pytest.fixture(scope="module")
def views(site_data):
    return datapages.DataPages(site_data, "vi", SITE, ui_strings("vi"), datetime(2026, 11, 28, tzinfo=UTC)).views


def test_activity_views_carry_their_calendar_and_directions_links(views):
    by_id = {view.id: view for view in views.activities[2022]}
    launch = by_id["le-phat-dong-cau-dat"]
    assert launch.ics_url == "lich-hoat-dong/le-phat-dong-cau-dat.ics"
    assert [link.label for link in launch.calendar_links] == ["Google Lịch", "Outlook"]
    # Searched in Vietnamese on both languages' pages: map sites know the place by its Vietnamese name.
    assert launch.directions.openstreetmap.startswith("https://www.openstreetmap.org/search?query=Trung%20t%C3%A2m%20")
    assert launch.directions.openstreetmap.endswith(
        ",%20qu%E1%BA%ADn%20Ng%C3%B4%20Quy%E1%BB%81n,%20H%E1%BA%A3i%20Ph%C3%B2ng"
    )
    assert by_id["gioi-thieu-hoc-lieu-mo-dang-giang"].directions is None  # online only: nowhere to go
    assert by_id["ky-nang-so-phu-huynh-dong-quoc-binh"].directions is not None  # hybrid: a place too


def test_library_views_search_their_address_without_the_note(views):
    library = next(lib for lib in views.libraries if lib.id == "tthtcd-cau-dat")
    assert library.directions.google_maps == (
        "https://www.google.com/maps/search/?api=1&query="
        "Ph%C6%B0%E1%BB%9Dng%20C%E1%BA%A7u%20%C4%90%E1%BA%A5t,%20"
        "qu%E1%BA%ADn%20Ng%C3%B4%20Quy%E1%BB%81n,%20H%E1%BA%A3i%20Ph%C3%B2ng"
    )

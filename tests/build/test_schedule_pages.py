"""Build tests of the citizen's pages on a phone: the schedule (each activity once, filters without
JavaScript, today first during the week), an activity's "add to calendar" and directions, the libraries'
directions. Addresses, anchors and texts are spelt out; the pages are parsed with BeautifulSoup."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.support.project import run_build, small_project

WARDS = [
    "cau-dat",
    "cau-tre",
    "dang-giang",
    "dong-khe",
    "dong-quoc-binh",
    "gia-vien",
    "lac-vien",
    "lach-tray",
    "le-loi",
    "may-chai",
    "may-to",
    "van-my",
]


def article(site: Path, path: str) -> BeautifulSoup:
    page = BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")
    return page.select_one("article.md-content__inner")


def text(el) -> str:
    return " ".join(el.get_text(" ").split())


def target(site: Path, page: str, href: str) -> Path:
    path = urlsplit(href).path
    resolved = ((site / page).parent / path).resolve()
    return resolved / "index.html" if path.endswith("/") else resolved


# The root schedule (current edition) and the 2022 edition's own, in both languages.
SCHEDULES = [
    ("lich-hoat-dong/index.html", "vi"),
    ("2022/lich-hoat-dong/index.html", "vi"),
    ("en/schedule/index.html", "en"),
    ("en/2022/schedule/index.html", "en"),
]


@pytest.mark.parametrize("path, lang", SCHEDULES)
def test_schedule_lists_each_activity_once_and_filters_by_anchor(built_site, path, lang):
    page = article(built_site, path)
    items = page.select("[data-schedule-items] li.activity-item")
    shown = [target(built_site, path, li.select_one(".activity-item__title a")["href"]).parent.name for li in items]
    assert len(shown) == len(set(shown)) == 14  # each activity once
    several = page.select_one("section[aria-labelledby=nhieu-ngay]")
    assert [li["id"] for li in several.select("li.activity-item")] == ["nhieu-ngay-bang-ron-khau-hieu-lach-tray"]
    assert text(several.select_one(".activity-item__span")) == {"vi": "Cả tuần", "en": "All week"}[lang]
    assert [h.get("id") for h in page.select("section.schedule-day > h2")] == ["nhieu-ngay"] + [
        f"ngay-2022-10-0{n}" for n in range(1, 8)
    ]
    # Anchors other pages link to, and the links that filter without JavaScript.
    assert [h["id"] for h in page.select("section.schedule-wards h3")] == [f"phuong-{w}" for w in WARDS]
    assert [h["id"] for h in page.select("section.schedule-formats h3")] == [
        "hinh-thuc-in-person",
        "hinh-thuc-online",
        "hinh-thuc-hybrid",
    ]
    links = [a["href"] for a in page.select("details[data-filter-links] a")]
    assert links == [f"#phuong-{w}" for w in WARDS] + ["#hinh-thuc-in-person", "#hinh-thuc-online", "#hinh-thuc-hybrid"]
    online = page.find(id="hinh-thuc-online").find_next_sibling("ul")
    assert [target(built_site, path, a["href"]).parent.name for a in online.select("a")] == [
        "gioi-thieu-hoc-lieu-mo-dang-giang",
        "cau-lac-bo-doc-sach-truc-tuyen-lac-vien",
    ]
    cau_tre = page.find(id="phuong-cau-tre").find_next_sibling("ul")
    assert [target(built_site, path, a["href"]).parent.name for a in cau_tre.select("a")] == [
        "luan-chuyen-sach-cau-tre",
        "gioi-thieu-thu-vien-so-cau-tre",
    ]
    # Every activity link leads to a built page (2022's activities live at /lich-hoat-dong/<id>/ forever).
    assert all(target(built_site, path, a["href"]).is_file() for a in page.select("li.activity-item a"))
    # With JavaScript: the form (hidden until schedule.js shows it), from an external file.
    form = page.select_one("form[data-schedule-filter]")
    assert form.has_attr("hidden")
    assert [o["value"] for o in form.select("#filter-ward option")] == [""] + WARDS
    assert [o["value"] for o in form.select("#filter-format option")] == ["", "in_person", "online", "hybrid"]
    assert form.select_one("#filter-ward option[value=cau-tre]")["data-anchor"] == "phuong-cau-tre"
    assert [s["src"].rsplit("/", 1)[1] for s in page.select("script")] == ["schedule.js"]


@pytest.mark.parametrize(
    "path, lang, ics",
    [
        ("lich-hoat-dong/le-phat-dong-cau-dat/index.html", "vi", "../le-phat-dong-cau-dat.ics"),
        ("en/schedule/le-phat-dong-cau-dat/index.html", "en", "../le-phat-dong-cau-dat.ics"),
    ],
)
def test_activity_page_puts_calendar_and_directions_before_the_details(built_site, path, lang, ics):
    page = article(built_site, path)
    actions = page.select_one(".activity-actions")
    # Before the description and the other facts: in the first screen of a phone (checked in a browser too).
    assert actions.find_next("p", class_="data-lead") is not None
    download = actions.select_one("a[download]")
    assert download["href"] == ics and download["type"] == "text/calendar"
    assert target(built_site, path, ics).is_file()
    google, outlook = actions.select('a[href^="https://calendar.google.com/"], a[href^="https://outlook.live.com/"]')
    assert google["rel"] == ["noopener", "external"] and outlook["rel"] == ["noopener", "external"]
    assert parse_qs(urlsplit(google["href"]).query)["dates"] == ["20221001T003000Z/20221001T020000Z"]
    assert parse_qs(urlsplit(outlook["href"]).query)["startdt"] == ["2022-10-01T00:30:00Z"]
    assert [text(a) for a in actions.select("a")] == {
        "vi": ["Ứng dụng lịch (tệp .ics)", "Google Lịch", "Outlook", "OpenStreetMap", "Google Maps"],
        "en": ["Calendar app (.ics file)", "Google Calendar", "Outlook", "OpenStreetMap", "Google Maps"],
    }[lang]
    osm, maps = actions.select("a")[3:]
    assert osm["href"].startswith("https://www.openstreetmap.org/search?query=Trung%20t%C3%A2m%20h%E1%BB%8Dc%20t")
    assert maps["href"].startswith("https://www.google.com/maps/search/?api=1&query=Trung%20t%C3%A2m%20")
    assert not page.select(".od-calendar")  # the old button under the page is gone: one place only


def test_an_online_activity_has_no_directions(built_site):
    actions = article(built_site, "lich-hoat-dong/gioi-thieu-hoc-lieu-mo-dang-giang/index.html").select_one(
        ".activity-actions"
    )
    assert [text(a) for a in actions.select("a")] == ["Ứng dụng lịch (tệp .ics)", "Google Lịch", "Outlook"]


@pytest.mark.parametrize("path", ["thu-vien/index.html", "en/libraries/index.html", "phuong/cau-dat/index.html"])
def test_libraries_have_directions_links(built_site, path):
    items = article(built_site, path).select("li.library-item")
    assert items
    for item in items:
        osm, maps = item.select("dd.directions a")
        # Ward libraries' addresses start "Phường …"; the district library's is "Quận Ngô Quyền, Hải Phòng".
        query = (
            "Qu%E1%BA%ADn%20Ng%C3%B4%20Quy%E1%BB%81n,%20H%E1%BA%A3i%20Ph%C3%B2ng"
            if item["id"] == "thu-vien-quan"
            else "Ph%C6%B0%E1%BB%9Dng%20"
        )
        assert osm["href"].startswith("https://www.openstreetmap.org/search?query=" + query)
        assert maps["href"].startswith("https://www.google.com/maps/search/?api=1&query=" + query)
        assert "%28" not in osm["href"]  # "(địa chỉ cụ thể chưa xác minh)" is a note, not part of the address
        assert osm["rel"] == maps["rel"] == ["noopener", "external"]


# A week-long activity on days 2-4, with coordinates, added to the small data set; built on day 3.
EXTRA = """  - id: three-days
    title: {vi: "Triển lãm sách", en: "Book fair"}
    type: launch_ceremony
    start: 2022-10-02T08:00
    end: 2022-10-04T17:00
    ward: cau-dat
    venue: {vi: "Nhà văn hóa", en: "Cultural house"}
    format: in_person
    organiser: {vi: "UBND phường Cầu Đất", en: "Cầu Đất Ward People's Committee"}
    description: {vi: "Hoạt động mẫu.", en: "Sample activity."}
    coordinates: {lat: 20.8586, lon: 106.6978}
    sample: true
"""


@pytest.fixture(scope="module")
def week_site(tmp_path_factory):
    """The small project built at 10:00 on 3 October 2022 in Hải Phòng (03:00 UTC), during its week."""
    root = tmp_path_factory.mktemp("during-week")
    project = small_project(root / "proj")
    activities = project / "data" / "editions" / "2022" / "activities.yml"
    activities.write_text(activities.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SOURCE_DATE_EPOCH", "1664766000")  # 2022-10-03T03:00:00Z
        result = run_build(project, root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


@pytest.mark.parametrize(
    "path, today, past, several",
    [
        ("lich-hoat-dong/index.html", "Hôm nay Thứ Hai, 03/10/2022", "Đã qua:", "02–04/10/2022"),
        ("en/schedule/index.html", "Today Monday 3 October 2022", "Past:", "2–4 October 2022"),
    ],
)
def test_during_the_week_today_comes_first(week_site, path, today, past, several):
    page = article(week_site, path)
    headings = page.select("section.schedule-day > h2")
    assert [h["id"] for h in headings] == [
        "ngay-2022-10-03",
        "nhieu-ngay",
        "ngay-2022-10-04",
        "ngay-2022-10-05",
        "ngay-2022-10-06",
        "ngay-2022-10-07",
        "ngay-2022-10-01",
        "ngay-2022-10-02",
    ]
    assert text(headings[0]) == today
    assert [text(h).startswith(past) for h in headings] == [False] * 6 + [True, True]
    assert text(page.select_one("#nhieu-ngay-three-days .activity-item__span")) == several
    # The day links keep the calendar's order, today marked.
    days = page.select("nav.schedule-jump a")
    assert [a["href"] for a in days] == ["#nhieu-ngay"] + [f"#ngay-2022-10-0{n}" for n in range(1, 8)]
    assert [a["href"] for a in days if a.get("aria-current") == "date"] == ["#ngay-2022-10-03"]


def test_coordinates_point_the_directions_at_the_place(week_site):
    actions = article(week_site, "2022/lich-hoat-dong/three-days/index.html").select_one(".activity-actions")
    assert [a["href"] for a in actions.select('a[href*="openstreetmap"], a[href*="google.com/maps"]')] == [
        "https://www.openstreetmap.org/?mlat=20.8586&mlon=106.6978#map=18/20.8586/106.6978",
        "https://www.google.com/maps/search/?api=1&query=20.8586,106.6978",
    ]

"""What a citizen on a phone came for, in the first screen: the home's week status and task links, the
schedule short enough to read (each activity once, filters with and without JavaScript), an activity's
"add to calendar" and directions. Real Chromium, the site's CSP enforced; texts and addresses spelt out."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.browser import NARROW, PHONE

pytestmark = pytest.mark.browser

TASKS = {
    "vi": [
        "Lịch hoạt động",
        "Hoạt động ở phường của bạn",
        "Tài nguyên học tập miễn phí",
        "Thư viện, trung tâm học tập cộng đồng",
        "Bộ băng rôn (cho cán bộ phường)",
    ],
    "en": [
        "Schedule of activities",
        "Activities in your ward",
        "Free learning resources",
        "Libraries and community learning centres",
        "Banner kit (for ward officers)",
    ],
}
WEEK = {  # name, status (the 2022 week has ended by any build date of these tests), theme, dates
    "vi": [
        "Tuần lễ hưởng ứng học tập suốt đời năm 2022",
        "Tuần lễ đã kết thúc ngày 07/10/2022.",
        "Thúc đẩy chuyển đổi số phục vụ cho học tập suốt đời sau đại dịch COVID-19",
        "01–07/10/2022",
    ],
    "en": [
        "Lifelong Learning Week 2022",
        "The week ended on 7 October 2022.",
        "Promoting digital transformation for lifelong learning after the COVID-19 pandemic",
        "1–7 October 2022",
    ],
}


def in_first_screen(locator, viewport) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]


@pytest.fixture
def phone(browser, request):
    """A page at the viewport given by the test's ``viewport`` parameter (phone by default)."""
    viewport = getattr(request, "param", PHONE)
    context = browser.new_context(viewport=viewport, service_workers="block")
    yield context.new_page(), viewport
    context.close()


@pytest.mark.parametrize("phone", [PHONE, NARROW], ids=["390x844", "320x640"], indirect=True)
@pytest.mark.parametrize("path, lang", [("", "vi"), ("en/", "en")])
def test_home_shows_the_week_and_large_task_links_in_the_first_screen(phone, site_url, path, lang):
    page, viewport = phone
    page.goto(site_url + path)
    block = page.locator(".edition-glance")
    for words in WEEK[lang]:
        assert in_first_screen(page.locator(".home-edition").get_by_text(words, exact=False).first, viewport), words
    status = block.locator(".edition-status")
    assert status.inner_text() == WEEK[lang][1]
    tasks = block.locator(".task-link")
    assert [t.strip() for t in tasks.all_inner_texts()] == TASKS[lang]
    previous = status.bounding_box()
    for index in range(tasks.count()):
        task = tasks.nth(index)
        box = task.bounding_box()
        assert in_first_screen(task, viewport), TASKS[lang][index]
        assert box["height"] >= 44 and box["width"] >= viewport["width"] - 2 * 20, (TASKS[lang][index], box)
        assert box["y"] > previous["y"]  # in this order, under the status
        previous = box
    # The guidance and its sections come after the tasks.
    assert page.locator("#van-ban-nam-nay").bounding_box()["y"] > previous["y"] + previous["height"]


def test_ward_picker_works_without_javascript(browser, site_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url)
    page.get_by_text("Hoạt động ở phường của bạn").click()
    page.get_by_role("link", name="Phường Cầu Tre", exact=True).click()
    page.wait_for_url(site_url + "lich-hoat-dong/#phuong-cau-tre")
    heading = page.locator("#phuong-cau-tre")
    assert in_first_screen(heading, PHONE)
    assert heading.locator("xpath=following-sibling::ul[1]/li/a").all_inner_texts() == [
        "Luân chuyển sách giữa thư viện nhà trường và trung tâm học tập cộng đồng",
        "Giới thiệu thư viện số cho giáo viên và học sinh",
    ]
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_vietnamese_schedule_fits_6000_px_at_390_px(browser, site_url, javascript):
    """Without JavaScript the page also carries the lists by ward and by format (the filters): still short."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript, service_workers="block")
    page = context.new_page()
    page.goto(site_url + "lich-hoat-dong/")
    page.wait_for_load_state("load")
    height = page.evaluate("document.documentElement.scrollHeight")
    context.close()
    assert height <= 6000, height


@pytest.mark.parametrize("path", ["lich-hoat-dong/", "en/schedule/", "2022/lich-hoat-dong/"])
def test_a_week_long_activity_is_shown_once(phone, site_url, path):
    page, _ = phone
    page.goto(site_url + path)
    page.wait_for_load_state("load")
    links = page.locator('article a[href$="bang-ron-khau-hieu-lach-tray/"]:visible')
    expect(links).to_have_count(1)
    span = page.locator("#nhieu-ngay-bang-ron-khau-hieu-lach-tray .activity-item__span")
    assert (
        span.inner_text()
        == {"lich-hoat-dong/": "Cả tuần", "en/schedule/": "All week", "2022/lich-hoat-dong/": "Cả tuần"}[path]
    )


def visible_activities(page) -> list[str]:
    return [i.get_attribute("id") for i in page.locator("[data-schedule-items] li[data-ward]:visible").all()]


def test_filters_by_ward_and_format_instantly_with_javascript(phone, site_url):
    page, _ = phone
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(site_url + "lich-hoat-dong/")
    page.locator("form[data-schedule-filter]").wait_for(state="visible")
    assert not page.locator("details[data-filter-links]").is_visible()  # the form does the links' job
    assert not page.locator("#phuong").is_visible() and len(visible_activities(page)) == 14
    page.select_option("#filter-ward", "cau-tre")
    assert visible_activities(page) == [
        "ngay-2022-10-02-luan-chuyen-sach-cau-tre",
        "ngay-2022-10-07-gioi-thieu-thu-vien-so-cau-tre",
    ]
    assert page.url == site_url + "lich-hoat-dong/?ward=cau-tre"
    assert page.locator("[data-filter-status]").inner_text() == "Đang hiện 2/14 hoạt động"
    assert not page.locator("#ngay-2022-10-01").is_visible()  # a day left with nothing is hidden
    page.select_option("#filter-format", "online")
    assert visible_activities(page) == []
    empty = page.locator("[data-filter-empty]")
    expect(empty).to_be_visible()
    empty.get_by_role("button", name="Bỏ lọc để xem cả 14 hoạt động").click()
    expect(page.locator("[data-schedule-items] li[data-ward][hidden]")).to_have_count(0)
    page.select_option("#filter-format", "online")
    assert visible_activities(page) == [
        "ngay-2022-10-03-gioi-thieu-hoc-lieu-mo-dang-giang",
        "ngay-2022-10-04-cau-lac-bo-doc-sach-truc-tuyen-lac-vien",
    ]
    assert errors == []  # in particular, no CSP violation


@pytest.mark.parametrize(
    "path", ["lich-hoat-dong/#phuong-may-to", "2022/lich-hoat-dong/#phuong-may-to", "en/schedule/#phuong-may-to"]
)
def test_a_wards_anchor_sets_the_filter(phone, site_url, path):
    """Ward pages and the home's ward picker link to #phuong-<ward>: with JavaScript it filters the days."""
    page, _ = phone
    page.goto(site_url + path)
    page.locator("form[data-schedule-filter]").wait_for(state="visible")
    expect(page.locator("#filter-ward")).to_have_value("may-to")
    assert visible_activities(page) == ["ngay-2022-10-06-chia-se-lien-the-he-may-to"]
    assert in_first_screen(page.locator("#ngay-2022-10-06"), PHONE)


def test_filters_work_without_javascript_as_links_to_anchors(browser, site_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "lich-hoat-dong/")
    assert not page.locator("form[data-schedule-filter]").is_visible()
    page.get_by_text("Lọc theo phường hoặc hình thức").click()
    page.locator("details[data-filter-links]").get_by_role("link", name="Trực tuyến", exact=True).click()
    page.wait_for_url(site_url + "lich-hoat-dong/#hinh-thuc-online")
    heading = page.locator("#hinh-thuc-online")
    assert in_first_screen(heading, PHONE)
    assert heading.locator("xpath=following-sibling::ul[1]/li/a").all_inner_texts() == [
        "Giới thiệu tài nguyên giáo dục mở bằng tiếng Việt",
        "Câu lạc bộ đọc sách trực tuyến",
    ]
    context.close()


@pytest.mark.parametrize(
    "path, names",
    [
        (
            "lich-hoat-dong/le-phat-dong-cau-dat/",
            ["Ứng dụng lịch (tệp .ics)", "Google Lịch", "Outlook", "OpenStreetMap", "Google Maps"],
        ),
        (
            "en/schedule/le-phat-dong-cau-dat/",
            ["Calendar app (.ics file)", "Google Calendar", "Outlook", "OpenStreetMap", "Google Maps"],
        ),
    ],
)
def test_activity_page_has_calendar_and_directions_in_the_first_screen(phone, site_url, path, names):
    page, viewport = phone
    page.goto(site_url + path)
    time = page.locator(".activity-key time")
    assert in_first_screen(time, viewport)
    for name in names:
        link = page.locator(".activity-actions").get_by_role("link", name=name, exact=True)
        assert in_first_screen(link, viewport), name
        assert link.bounding_box()["height"] >= 44, name
    ics = page.locator(".activity-actions a[download]")
    assert ics.get_attribute("href") == "../le-phat-dong-cau-dat.ics"
    google = page.locator('.activity-actions a[href^="https://calendar.google.com/"]').get_attribute("href")
    assert "&dates=20221001T003000Z/20221001T020000Z&" in google
    with page.expect_download() as download:  # the .ics really downloads (not an error page)
        ics.click()
    assert download.value.suggested_filename == "le-phat-dong-cau-dat.ics"

"""The narrowest phones: no page kind scrolls sideways at 320 px, in either language, and a short site name
fits whole in the header beside its buttons."""

from __future__ import annotations

import pytest

from tests.support.browser import NARROW

pytestmark = pytest.mark.browser

# One page of every kind, both languages (spelled out: these are the addresses people use).
PAGES = [
    "",
    "van-ban/",
    "muc-dich-yeu-cau/",
    "khau-hieu/",
    "lich-hoat-dong/",
    "lich-hoat-dong/le-phat-dong-cau-dat/",
    "tai-nguyen/",
    "tai-nguyen/chu-de/mathematics/",
    "tai-nguyen/khan-academy-vi/",
    "tai-nguyen/thu-vien-quoc-gia-viet-nam/",
    "phuong/",
    "phuong/dong-quoc-binh/",
    "thu-vien/",
    "tin-tuc/",
    "tin-tuc/2022-10-03-huong-dan-tuyen-truyen-tuan-le/",
    "bo-bang-ron/",
    "huong-dan-bien-tap/",
    "404.html",
    "offline.html",
    "en/",
    "en/document/",
    "en/purpose-and-requirements/",
    "en/slogans/",
    "en/schedule/",
    "en/schedule/le-phat-dong-cau-dat/",
    "en/resources/",
    "en/resources/subject/mathematics/",
    "en/resources/khan-academy-vi/",
    "en/resources/thu-vien-quoc-gia-viet-nam/",
    "en/wards/",
    "en/wards/dong-quoc-binh/",
    "en/libraries/",
    "en/news/",
    "en/news/2022-10-03-publicity-guidance/",
    "en/banner-kit/",
    "en/staff-guide/",
    "en/404.html",
    "en/offline.html",
]

# What sticks out on the right, to name it when the test fails.
WIDE = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > innerWidth + 0.5 && e.getClientRects().length)
  .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : ''))"""


@pytest.fixture(scope="module")
def narrow_page(browser):
    context = browser.new_context(viewport=NARROW, service_workers="block")
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("path", PAGES)
def test_no_sideways_scrolling_at_320_px(narrow_page, site_url, path):
    response = narrow_page.goto(site_url + path)
    assert response.status == 200
    narrow_page.wait_for_load_state("load")  # scripts (the catalogue's filter form) have run
    width, inner = narrow_page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    assert width <= inner, f"{path or '/'}: {width} px wide at {inner} px: {narrow_page.evaluate(WIDE)}"


@pytest.mark.parametrize(
    "path, name",
    [
        ("", "Học tập suốt đời · Ngô Quyền"),
        ("en/", "Lifelong Learning · Ngô Quyền"),
    ],
)
def test_a_short_site_name_fits_the_header_at_320_px(narrow_page, site_url, path, name):
    """The short name from data/site.yml: shown whole, not cut with an ellipsis."""
    narrow_page.goto(site_url + path)
    title = narrow_page.locator(".md-header__topic:first-child .md-ellipsis")
    assert title.inner_text().strip() == name
    box, header = title.bounding_box(), narrow_page.locator(".md-header").bounding_box()
    # Whole: as many lines as the header shows (two) once nothing cuts it, and no word cut sideways.
    lines, wide = title.evaluate("""e => { e.style.webkitLineClamp = 'none';
        const lines = e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight);
        return [Math.round(lines), e.scrollWidth > e.clientWidth]; }""")
    assert lines <= 2 and not wide, (lines, wide)
    assert header["y"] <= box["y"] and box["y"] + box["height"] <= header["y"] + header["height"]
    # Every header button is still there, none pushed off the screen.
    buttons = narrow_page.locator(
        ".md-header__inner > label.md-header__button, .md-header__option label, "
        ".md-header__option button, label[for=__search]"
    )
    assert buttons.count() >= 4
    for index in range(buttons.count()):
        button = buttons.nth(index).bounding_box()
        if button:
            assert button["x"] >= 0 and button["x"] + button["width"] <= NARROW["width"]

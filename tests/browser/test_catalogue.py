"""The resource catalogue filter in a real browser (catalogue.js), with the site's CSP enforced."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def visible_items(page) -> int:
    return page.locator("[data-catalogue-items] > li:visible").count()


@pytest.mark.parametrize("path", ["tai-nguyen/", "en/resources/"])
def test_filters_hide_non_matching_items_instantly(page, site_url, site_data, path):
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(site_url + path)
    form = page.locator("form[data-catalogue-filter]")
    form.wait_for(state="visible")  # shown by the script, hidden without it
    total = len(site_data.resources)
    assert visible_items(page) == total

    maths = sum("mathematics" in r.subject for r in site_data.resources)
    page.select_option("select[data-facet=subject]", "mathematics")
    assert visible_items(page) == maths
    status = page.locator("[data-filter-status]").inner_text()
    assert str(maths) in status and str(total) in status
    assert "subject=mathematics" in page.url

    both = sum("mathematics" in r.subject and "vi" in r.language for r in site_data.resources)
    page.select_option("select[data-facet=language]", "vi")
    assert visible_items(page) == both < maths

    page.click("form[data-catalogue-filter] button[type=reset]")
    expect(page.locator("[data-catalogue-items] > li[hidden]")).to_have_count(0)  # no eval: the CSP forbids it
    assert visible_items(page) == total
    assert errors == []  # in particular, no CSP violation


def test_filter_state_is_read_from_the_address(page, site_url, site_data):
    page.goto(site_url + "en/resources/?format=video")
    page.locator("form[data-catalogue-filter]").wait_for(state="visible")
    assert visible_items(page) == sum(r.format == "video" for r in site_data.resources)
    assert page.locator("select[data-facet=format]").input_value() == "video"


def test_without_javascript_the_list_and_facet_links_work(browser, site_url, site_data):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "tai-nguyen/")
    assert not page.locator("form[data-catalogue-filter]").is_visible()
    assert visible_items(page) == len(site_data.resources)
    page.locator("details.facet-details summary").click()
    page.locator("nav.facet-nav a[href$='chu-de/mathematics/']").click()
    page.wait_for_url(site_url + "tai-nguyen/chu-de/mathematics/")
    assert page.locator("ul.resource-list > li").count() == sum("mathematics" in r.subject for r in site_data.resources)
    context.close()


@pytest.mark.parametrize(
    "path, says, clear",
    [
        (
            "tai-nguyen/?format=video&subject=teaching",
            "Không có tài nguyên nào khớp với bộ lọc đã chọn.",
            "Bỏ lọc để xem cả 27 tài nguyên",
        ),
        (
            "en/resources/?format=video&subject=teaching",
            "No resource matches the filters you chose.",
            "Clear the filters to see all 27 resources",
        ),
    ],
)
def test_no_result_says_so_and_offers_to_clear_the_filters(browser, site_url, site_data, path, says, clear):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(site_url + path)
    page.locator("form[data-catalogue-filter]").wait_for(state="visible")
    assert visible_items(page) == 0
    empty = page.locator("[data-filter-empty]")
    expect(empty).to_be_visible()
    assert empty.locator("p").first.inner_text() == says
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")  # the long button wraps
    empty.get_by_role("button", name=clear).click()
    expect(empty).to_be_hidden()
    assert visible_items(page) == len(site_data.resources)
    context.close()


@pytest.mark.parametrize(
    "path, url, copied",
    [
        ("tai-nguyen/khan-academy-vi/", "https://hoctapsuotdoi.example/tai-nguyen/khan-academy-vi/", "Đã sao chép"),
        ("en/resources/khan-academy-vi/", "https://hoctapsuotdoi.example/en/resources/khan-academy-vi/", "Copied"),
    ],
)
def test_copy_button_copies_the_permanent_address(browser, site_url, path, url, copied):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    page.goto(site_url + path)
    button = page.locator("button[data-copy-target=permanent-url]")
    button.click()  # shown by copy.js (hidden without JavaScript)
    expect(page.locator(".copy-button__status")).to_have_text(copied)
    assert page.evaluate("navigator.clipboard.readText()") == url
    # On the narrowest phone the address (beside the copy button and under the QR code) wraps between its
    # parts, never inside one: each part is one line high, and the parts do not all fit on one line.
    for selector in ("#permanent-url", ".od-qr__url"):
        parts = page.evaluate(
            """selector => [...document.querySelectorAll(selector + ' > span')].map(s => {
            const box = s.getBoundingClientRect(); return [s.textContent, box.height, box.top]; })""",
            selector,
        )
        line = page.locator(selector).evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")
        assert "".join(text for text, _, _ in parts) == url
        assert all(height < 1.5 * line for _, height, _ in parts), (selector, line, parts)
        assert len({top for _, _, top in parts}) > 1, parts  # it did wrap, at 320 px
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    context.close()


def test_without_javascript_the_address_is_plain_text_and_no_button(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(site_url + "tai-nguyen/khan-academy-vi/")
    assert not page.locator("button[data-copy-target]").is_visible()
    assert (
        page.locator("#permanent-url").inner_text().replace("\n", "")
        == "https://hoctapsuotdoi.example/tai-nguyen/khan-academy-vi/"
    )
    context.close()

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

"""What only a browser shows: the language switcher keeps the reader on the equivalent page."""

from __future__ import annotations

import pytest

from tests.support.browser import DESKTOP

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "start, expected, target_lang",
    [
        ("van-ban/", "en/document/", "en"),
        ("en/time-and-scope/", "thoi-gian-pham-vi/", "vi"),
    ],
)
def test_switcher_lands_on_equivalent_deep_page(page, site_url, start, expected, target_lang):
    page.goto(site_url + start)
    page.click(".md-header .md-select button")  # opens the menu on touch screens too
    page.click(f'.md-select__link[hreflang="{target_lang}"]')
    page.wait_for_url(site_url + expected)
    assert page.locator("html").get_attribute("lang") == target_lang


def test_switcher_on_desktop_hover(browser, site_url):
    context = browser.new_context(viewport=DESKTOP)
    pg = context.new_page()
    pg.goto(site_url + "khau-hieu/")
    pg.hover(".md-header .md-select")
    pg.click('.md-select__link[hreflang="en"]')
    pg.wait_for_url(site_url + "en/slogans/")
    assert "Slogans" in pg.title() or "slogan" in pg.title().lower()
    context.close()

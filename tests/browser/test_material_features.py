"""Material's scripts, now loaded from files (no inline script), work with the policy enforced."""

from __future__ import annotations

import pytest

from tests.support.browser import PHONE, RECORD_CSP

pytestmark = pytest.mark.browser


@pytest.fixture
def csp_page(browser):
    context = browser.new_context(viewport=PHONE)
    context.add_init_script(RECORD_CSP)
    page = context.new_page()
    yield page
    assert page.evaluate("window.__csp") == []
    context.close()


@pytest.mark.parametrize(
    "path, root",
    [
        ("", "/"),
        ("khau-hieu/", "/"),
        ("tai-nguyen/chu-de/mathematics/", "/"),
        ("en/", "/en/"),
        ("en/resources/subject/computing/", "/en/"),
    ],
)
def test_storage_scope_is_the_site_root_at_every_depth(csp_page, site_url, path, root):
    # Material keys what it remembers (palette, search) by this scope: it must not change with depth.
    csp_page.goto(site_url + path)
    assert csp_page.evaluate("__md_scope.pathname") == root


def test_back_to_top_button(csp_page, site_url):
    csp_page.goto(site_url + "van-ban/")
    csp_page.mouse.wheel(0, 4000)
    csp_page.wait_for_function("window.scrollY > 1000")
    csp_page.mouse.wheel(0, -300)  # Material shows the button when the reader scrolls back up
    button = csp_page.locator("[data-md-component=top]")
    button.wait_for(state="visible")
    button.click()
    csp_page.wait_for_function("window.scrollY === 0")

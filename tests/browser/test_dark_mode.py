"""Dark mode: a phone set to dark gets the dark scheme, the header toggle switches it in the page's
language, and a record page's QR code still scans from a screenshot of the dark page."""

from __future__ import annotations

import io

import pytest

from tests.support.browser import PHONE

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path, url",
    [
        ("tai-nguyen/khan-academy-vi/", "https://hoctapsuotdoi.example/tai-nguyen/khan-academy-vi/"),
        ("en/wards/cau-dat/", "https://hoctapsuotdoi.example/en/wards/cau-dat/"),
    ],
)
def test_qr_code_scans_from_a_dark_page(browser, site_url, path, url):
    import zxingcpp
    from PIL import Image

    context = browser.new_context(viewport=PHONE, color_scheme="dark", service_workers="block")
    page = context.new_page()
    page.goto(site_url + path)
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    figure = page.locator("figure.od-qr")
    figure.scroll_into_view_if_needed()
    # The whole figure, dark page around the code included, as a phone camera would see it.
    shot = Image.open(io.BytesIO(figure.screenshot())).convert("L")
    assert shot.getpixel((2, 2)) < 60  # the dark page really is around the code
    assert [code.text for code in zxingcpp.read_barcodes(shot)] == [url]
    context.close()


@pytest.mark.parametrize(
    "path, to_light, to_dark",
    [
        ("", "Chuyển sang giao diện sáng", "Chuyển sang giao diện tối"),
        ("en/", "Switch to light mode", "Switch to dark mode"),
    ],
)
def test_toggle_switches_the_scheme_and_speaks_the_pages_language(browser, site_url, path, to_light, to_dark):
    context = browser.new_context(viewport=PHONE, color_scheme="dark", service_workers="block")
    page = context.new_page()
    page.goto(site_url + path)
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    page.locator(f"label[title='{to_light}']").click()
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    assert page.locator(f"label[title='{to_dark}']").is_visible()
    # The choice holds on the next page.
    page.goto(site_url + path + ("khau-hieu/" if path == "" else "slogans/"))
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    context.close()


def test_light_phone_gets_the_light_scheme(browser, site_url):
    context = browser.new_context(viewport=PHONE, color_scheme="light", service_workers="block")
    page = context.new_page()
    page.goto(site_url)
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    context.close()

"""The share button of posts and activities (overrides/assets/javascripts/share.js) in Chromium, with the
site's Content-Security-Policy enforced: the phone's share sheet where the browser has one, else "copy link"
and a plain Facebook link; without JavaScript, the plain link only. No request to another host."""

from __future__ import annotations

import pytest

from tests.support.browser import PHONE

pytestmark = pytest.mark.browser

SITE = "https://hoctapsuotdoi.example/"
FACEBOOK = "https://www.facebook.com/sharer/sharer.php?u="
PAGES = [  # (address, its permanent URL encoded for Facebook, "copied" in the page's language)
    (
        "lich-hoat-dong/le-phat-dong-cau-dat/",
        "https%3A%2F%2Fhoctapsuotdoi.example%2Flich-hoat-dong%2Fle-phat-dong-cau-dat%2F",
        "Đã sao chép liên kết",
    ),
    (
        "en/news/2022-10-03-publicity-guidance/",
        "https%3A%2F%2Fhoctapsuotdoi.example%2Fen%2Fnews%2F2022-10-03-publicity-guidance%2F",
        "Link copied",
    ),
]
# A browser with the Web Share API: records what it was asked to share.
FAKE_SHARE = "navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };"


def _requests_stay_home(page, site_url) -> list[str]:
    outside: list[str] = []
    page.on(
        "request",
        lambda request: outside.append(request.url) if not request.url.startswith((site_url, "data:")) else None,
    )
    return outside


@pytest.mark.parametrize("path, encoded, copied", PAGES)
def test_without_web_share_copy_link_and_facebook_link(browser, site_url, path, encoded, copied):
    context = browser.new_context(viewport=PHONE, service_workers="block")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    outside = _requests_stay_home(page, site_url)
    page.goto(site_url + path)
    assert page.evaluate("typeof navigator.share") == "undefined"  # Chromium on Linux has no share sheet
    box = page.locator("[data-share]")
    copy = box.locator("[data-share-copy]")
    copy.wait_for(state="visible")
    assert not box.locator("[data-share-native]").is_visible()
    facebook = box.locator("[data-share-facebook]")
    assert facebook.is_visible() and facebook.get_attribute("href") == FACEBOOK + encoded
    copy.click()
    box.locator("[role=status]", has_text=copied).wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == SITE + path
    assert outside == [] and errors == []
    context.close()


@pytest.mark.parametrize("path, encoded, copied", PAGES[:1])
def test_with_web_share_the_phones_own_sheet(browser, site_url, path, encoded, copied):
    context = browser.new_context(viewport=PHONE, service_workers="block")
    context.add_init_script(FAKE_SHARE)
    page = context.new_page()
    page.goto(site_url + path)
    native = page.locator("[data-share-native]")
    native.wait_for(state="visible")
    assert not page.locator("[data-share-copy]").is_visible()
    assert not page.locator("[data-share-facebook]").is_visible()  # the sheet has Facebook (and Zalo...)
    native.click()
    page.wait_for_function("window.__shared !== undefined")
    shared = page.evaluate("window.__shared")
    assert shared["url"] == SITE + path
    assert shared["title"] == "Lễ phát động Tuần lễ hưởng ứng học tập suốt đời năm 2022"
    context.close()


def test_without_javascript_a_plain_facebook_link(browser, site_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + PAGES[0][0])
    box = page.locator("[data-share]")
    assert box.locator("a:visible").count() == 1 and box.locator("button:visible").count() == 0
    assert box.locator("a").get_attribute("href") == FACEBOOK + PAGES[0][1]
    context.close()

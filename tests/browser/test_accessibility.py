"""axe-core on one page of every kind, both languages, phone and desktop, light and dark: zero violations.

Rules: WCAG 2.0/2.1/2.2 A and AA plus axe's best practices. Material's own templates are included
(header, search dialog, footer): fixes live in overrides/. The dark scheme is the one a phone set to dark
gets (prefers-color-scheme: dark, Material's "slate"): checked on every kind too, for the phone and the
phone, after checking the page really is dark (the desktop's extra parts - sidebars - are Material's own
colours in both schemes; one more full run would double this module's time).
"""

from __future__ import annotations

import pytest

from hooks.lib.i18n import routes
from tests.support import params
from tests.support.browser import DESKTOP, PHONE

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]


def _page_kinds() -> list[str]:
    """One page of every kind; record pages take the first record of data/ (read at collection)."""
    data = params.site_data()
    kinds = [
        "",
        "van-ban/",
        "khau-hieu/",
        "hoat-dong/",
        "tuyen-bo-tiep-can/",
        "tin-tuc/",
        "404.html",
        "offline.html",
        "bo-bang-ron/",
        "2022/",
        "cac-nam-truoc/",
    ]
    kinds.append("tin-tuc/" + params.news_posts("vi/tin-tuc")[0] + "/")
    for section in routes.SECTIONS:
        kinds.append(routes.section_index_src(section, "vi")[: -len("index.md")])
    kinds.append(routes.record_url("resource", data.resources[0].id, "vi"))
    kinds.append(routes.record_url("activity", data.activities[0].id, "vi"))
    kinds.append(routes.record_url("ward", data.wards[0].id, "vi"))
    english = {
        "": "en/",
        "van-ban/": "en/document/",
        "khau-hieu/": "en/slogans/",
        "hoat-dong/": "en/activities/",
        "tuyen-bo-tiep-can/": "en/accessibility/",
        "tin-tuc/": "en/news/",
        "404.html": "en/404.html",
        "offline.html": "en/offline.html",
        "bo-bang-ron/": "en/banner-kit/",
    }
    english_kinds = [english[k] for k in kinds if k in english]
    for section in routes.SECTIONS:
        english_kinds.append("en/" + routes.section_index_src(section, "en")[: -len("index.md")])
    english_kinds.append(routes.record_url("resource", data.resources[0].id, "en"))
    english_kinds.append(routes.record_url("activity", data.activities[0].id, "en"))
    english_kinds.append(routes.record_url("ward", data.wards[0].id, "en"))
    return kinds + english_kinds


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


# Material's backgrounds: light "default" #ffffff, dark "slate" hsl(232, 15%, 14%) = rgb(30, 33, 41).
BACKGROUND = {"light": ("default", "rgb(255, 255, 255)"), "dark": ("slate", "rgb(30, 33, 41)")}


@pytest.mark.parametrize(
    "viewport, scheme", [(PHONE, "light"), (DESKTOP, "light"), (PHONE, "dark")], ids=["phone", "desktop", "phone-dark"]
)
@pytest.mark.parametrize("path", _page_kinds())
def test_no_axe_violations(browser, site_url, axe, path, viewport, scheme):
    context = browser.new_context(viewport=viewport, color_scheme=scheme, service_workers="block")
    page = context.new_page()
    response = page.goto(site_url + path)
    assert response.status == 200  # 404.html is requested by name here, so it is served with 200
    page.wait_for_load_state("load")
    body = page.evaluate("[document.body.dataset.mdColorScheme, getComputedStyle(document.body).backgroundColor]")
    assert tuple(body) == BACKGROUND[scheme], path
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    context.close()
    violations = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]}" for v in results.response["violations"]
    ]
    assert violations == [], f"{path or '/'}: {violations}"


def _open_ward_picker(page):
    page.locator("details.ward-picker > summary").click()


def _without_schedule_script(page):
    """The schedule as a browser without JavaScript shows it: links to anchors, lists by ward and format."""
    assert page.locator("details[data-filter-links]").is_visible() and page.locator("#phuong").is_visible()


# Page states the plain page loads above do not show: the home's ward picker open, the schedule's filter
# with no match (the "clear the filters" offer), the schedule without its script, the light and dark.
STATES = [
    ("", _open_ward_picker, None),
    ("en/", _open_ward_picker, None),
    ("lich-hoat-dong/?ward=lac-vien&format=in_person", None, None),
    ("lich-hoat-dong/", _without_schedule_script, "**/schedule.js"),
    ("en/schedule/le-phat-dong-cau-dat/", None, None),
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "path, act, blocked",
    STATES,
    ids=["home-picker", "en-home-picker", "schedule-no-match", "schedule-no-js", "activity-one-day"],
)
def test_no_axe_violations_in_interactive_states(browser, site_url, axe, path, act, blocked, scheme):
    context = browser.new_context(viewport=PHONE, color_scheme=scheme, service_workers="block")
    page = context.new_page()
    if blocked:
        page.route(blocked, lambda route: route.abort())
    page.goto(site_url + path)
    page.wait_for_load_state("load")
    if act:
        act(page)
    if "ward=" in path:
        assert page.locator("[data-filter-empty]").is_visible()
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    context.close()
    violations = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]}" for v in results.response["violations"]
    ]
    assert violations == [], f"{path}: {violations}"

"""The site as a browser sees it: no third-party requests, no CSP violations, page weight budget."""

from __future__ import annotations

import gzip
from urllib.parse import urlsplit

import pytest

from tests.support.browser import DESKTOP, PHONE, RECORD_CSP

pytestmark = pytest.mark.browser

# One page of each kind, both languages. Generated kinds are added when they exist (see PAGE_KINDS).
CORE_PAGES = [
    "",
    "hoat-dong/",
    "van-ban/",
    "khau-hieu/",
    "404.html",
    "en/",
    "en/activities/",
    "en/document/",
    "en/slogans/",
    "en/404.html",
]
HOME_BUDGET_BYTES = 100_000  # 100 kB gzip-compressed: everything loaded until the network is idle


def _visit(browser, url, viewport):
    context = browser.new_context(viewport=viewport)
    context.add_init_script(RECORD_CSP)
    page = context.new_page()
    responses, errors = [], []
    page.on("response", lambda r: responses.append(r))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.goto(url, wait_until="networkidle")
    page.wait_for_load_state("networkidle")
    violations = page.evaluate("window.__csp")
    return context, page, responses, errors, violations


@pytest.mark.parametrize("path", CORE_PAGES)
def test_page_loads_only_own_host_and_violates_no_csp(browser, site_url, path):
    own = urlsplit(site_url).netloc
    context, page, responses, errors, violations = _visit(browser, site_url + path, DESKTOP)
    foreign = [r.url for r in responses if urlsplit(r.url).netloc not in (own, "")]
    assert foreign == []
    assert violations == []
    assert not [e for e in errors if "Content Security Policy" in e]
    context.close()


@pytest.mark.parametrize("home", ["", "en/"])
def test_home_page_weight_within_budget(browser, site_url, home):
    context, page, responses, errors, violations = _visit(browser, site_url + home, PHONE)
    total = 0
    for response in responses:
        if response.status == 200 and response.request.method == "GET":
            total += len(gzip.compress(response.body(), compresslevel=6))
    context.close()
    print(f"home page {home or '/'}: {total} bytes gzip over {len(responses)} responses")
    assert total <= HOME_BUDGET_BYTES, f"{home or '/'}: {total} bytes gzip > {HOME_BUDGET_BYTES}"

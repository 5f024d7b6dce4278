"""Staff text is text, in a real browser with the Content-Security-Policy OFF: the hostile post title of
tests/support/content.py shows as literal text in the tab and runs no script. (With the policy on, the
script could not run anyway; switching it off proves the escaping, not the policy.)"""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.support.content import HOSTILE_TITLE, SITE_NAME

pytestmark = pytest.mark.browser

ORIGIN = "http://staff-text.test"
_META_CSP = re.compile(rb'<meta http-equiv="Content-Security-Policy"[^>]*>')


def _serve_without_csp(site: Path, served: list[str]):
    """Playwright route handler: files of ``site``, with the page's <meta> CSP removed (no CSP header either)."""

    def handle(route):
        path = unquote(urlsplit(route.request.url).path).lstrip("/")
        file = site / path
        if file.is_dir():
            file = file / "index.html"
        if not file.is_file():
            return route.fulfill(status=404, body=b"")
        body = file.read_bytes()
        if file.suffix == ".html":
            body, count = _META_CSP.subn(b"", body)
            served.append(f"{path} csp-tags-removed={count}")
        route.fulfill(status=200, body=body, content_type=mimetypes.guess_type(file.name)[0] or "text/html")

    return handle


def test_hostile_title_is_the_tab_title_and_runs_nothing(browser, staff_content_site):
    site, _ = staff_content_site
    context = browser.new_context()
    served: list[str] = []
    context.route(f"{ORIGIN}/**", _serve_without_csp(site, served))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{ORIGIN}/tin-tuc/2022-10-06-tieu-de-doc/", wait_until="load")
    assert served[0] == "tin-tuc/2022-10-06-tieu-de-doc/ csp-tags-removed=1"  # the policy really is off
    assert page.title() == f"{HOSTILE_TITLE} - {SITE_NAME}"
    assert page.evaluate("document.querySelectorAll('title').length") == 1
    assert not page.evaluate("[...document.scripts].some(s => s.text.includes('PWNED'))")
    assert page.locator("article h1").inner_text() == HOSTILE_TITLE
    assert errors == []
    context.close()

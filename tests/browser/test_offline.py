"""Offline in Chromium: after a first visit (service workers run on localhost, as on HTTPS), a visited page
and the schedule still load with no network, and a page never opened shows the offline page of its
language.

"No network" is made two ways at once: the context is set offline (the page's own requests fail), and the
site's server is stopped (the service worker's requests fail too - Playwright's offline switch does not
reach service workers). Each test has its own server on 127.0.0.1 for that reason.
"""

from __future__ import annotations

import functools
import http.server
import socketserver
import threading
import time

import pytest

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, PHONE

pytestmark = pytest.mark.browser

# Every page and file the worker keeps for one language after a first visit (site-relative).
KEPT = """async (wanted) => {
  const names = (await caches.keys()).filter(n => n.startsWith('offline ' + location.origin + '/'));
  if (names.length !== 1) return false;
  const cache = await caches.open(names[0]);
  for (const path of wanted) if (!(await cache.match(location.origin + '/' + path))) return false;
  return true;
}"""


class _Server:
    def __init__(self, site):
        handler = functools.partial(_Quiet, directory=str(site))
        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def visit_then_go_offline(browser, built_site):
    servers, contexts = [], []

    def run(first_page: str, kept: list[str]):
        server = _Server(built_site)
        servers.append(server)
        context = browser.new_context(viewport=PHONE)
        contexts.append(context)
        page = context.new_page()
        page.goto(server.url + first_page)
        # Polled from Python: page.evaluate awaits the promise (wait_for_function would not).
        deadline = time.monotonic() + 30
        while not page.evaluate(KEPT, [first_page] + kept):
            assert time.monotonic() < deadline, f"not kept within 30 s after visiting {first_page}"
            page.wait_for_timeout(100)
        context.set_offline(True)
        server.stop()
        return page, server.url

    yield run
    for context in contexts:
        context.close()


@pytest.mark.parametrize(
    "first, kept, schedule, unvisited, offline_title, titles",
    [
        (
            "tai-nguyen/khan-academy-vi/",
            ["", "lich-hoat-dong/", "tai-nguyen/", "offline.html"],
            "lich-hoat-dong/",
            "phuong/cau-dat/",
            "Không có kết nối mạng",
            ("Khan Academy tiếng Việt", "Lịch hoạt động"),
        ),
        (
            "en/resources/khan-academy-vi/",
            ["en/", "en/schedule/", "en/resources/", "en/offline.html"],
            "en/schedule/",
            "en/wards/cau-dat/",
            "You are offline",
            ("Khan Academy in Vietnamese", "Schedule"),
        ),
    ],
)
def test_visited_page_and_schedule_load_offline_unvisited_shows_offline_page(
    visit_then_go_offline, first, kept, schedule, unvisited, offline_title, titles
):
    page, base = visit_then_go_offline(first, kept)
    for path, heading in ((first, titles[0]), (schedule, titles[1])):
        response = page.goto(base + path)
        assert response.ok
        assert page.locator("article h1").first.inner_text() == heading
        # Styled from the cache too: Material's stylesheet applied (its header is fixed-height).
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    page.goto(base + unvisited)
    assert page.locator("article h1").inner_text() == offline_title
    assert page.url == base + unvisited  # the address stays: reloading later, online, gets the page


def test_filtered_catalogue_offline_is_the_catalogue(visit_then_go_offline):
    page, base = visit_then_go_offline("", ["tai-nguyen/", "assets/javascripts/catalogue.js"])
    page.goto(base + "tai-nguyen/?format=video")
    page.locator("form[data-catalogue-filter]").wait_for(state="visible")
    assert page.locator("select[data-facet=format]").input_value() == "video"


def test_plain_http_site_has_no_worker_and_works_as_before(browser, built_site):
    """On plain http at a real host name (not localhost) browsers offer no service worker: the site works
    as before, with no error. A Chromium of its own maps the name to 127.0.0.1."""
    server = _Server(built_site)
    port = server.httpd.server_address[1]
    try:
        other = browser.browser_type.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS + ["--host-resolver-rules=MAP hoctap.test 127.0.0.1"]
        )
        try:
            page = other.new_page(viewport=PHONE)
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            response = page.goto(f"http://hoctap.test:{port}/tai-nguyen/khan-academy-vi/", wait_until="networkidle")
            assert response.status == 200
            assert page.evaluate("[window.isSecureContext, 'serviceWorker' in navigator]") == [False, False]
            assert page.locator("article h1").inner_text() == "Khan Academy tiếng Việt"
            assert page.locator("script[src$='assets/javascripts/offline.js']").count() == 1  # loaded, did nothing
            assert errors == []
        finally:
            other.close()
    finally:
        server.stop()

"""A post with a phone photo, opened in Chromium as a 390×844 phone at device pixel ratio 3 (the
phone hooks/lib/media/limits.py designs for): which version it downloads, and how much."""

from __future__ import annotations

import functools
import socketserver
import threading

import pytest

from tests.support.server import StaticHostHandler as _StaticHostHandler

pytestmark = pytest.mark.browser
POST = "tin-tuc/2022-10-06-lop-tin-hoc/"


@pytest.fixture(scope="module")
def photo_site_url(photo_build):
    from hooks.lib.site.headers import parse_netlify_headers

    site = photo_build["site"]
    headers = parse_netlify_headers((site / "_headers").read_text(encoding="utf-8"))
    handler = functools.partial(type("Handler", (_StaticHostHandler,), {"extra_headers": headers}), directory=str(site))
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_a_dpr3_phone_downloads_the_1200px_webp_under_200_kB(browser, photo_site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=3)
    page = context.new_page()
    downloads = {}
    page.on(
        "response",
        lambda r: downloads.__setitem__(r.url.rsplit("/", 1)[-1], len(r.body())) if "/media/" in r.url else None,
    )
    page.goto(photo_site_url + POST)
    page.wait_for_load_state("networkidle")
    photo = page.locator("article picture img").first
    assert photo.evaluate("img => img.complete")
    assert photo.evaluate("img => img.currentSrc").endswith("-1200.webp")
    # The content column the `sizes` attribute assumes: 390 px minus 16 px on each side.
    assert round(photo.evaluate("img => img.getBoundingClientRect().width")) == 358
    assert downloads and max(downloads.values()) <= 200_000, downloads
    context.close()

"""The preview a staff member runs (`scripts/serve`, the README's command) in Chromium: a mistake in a data
file shows, in the open page, as a page naming the file, the line and the fix - at both languages'
addresses, never a request left waiting - and once it is fixed the open page reloads to the site.
The site's Content-Security-Policy holds throughout (the live-reload script is a file), and the preview
writes no site/ folder.

The waits (20 s for the error page) are the test's patience, not a timing target: the preview's speed is
measured by scripts/benchmark.py.
"""

from __future__ import annotations

import signal
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from tests.support.browser import DESKTOP, PHONE, RECORD_CSP
from tests.support.project import ROOT, small_project

pytestmark = pytest.mark.browser

BROKEN_LINE = "    licence: khong-ro\n"  # line 8 of the small data set's data/resources.yml
FIXED_LINE = "    licence: free_to_use\n"
SHOWS_ERROR_MS = 20_000
RELOADS_MS = 120_000  # a full rebuild of both languages on a loaded machine


def _get(url: str, timeout: float = 60) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    """`scripts/serve` on a small copy of the project, at a port of its own; stopped (Ctrl+C) at the end."""
    root = tmp_path_factory.mktemp("serve")
    project = small_project(root / "proj")
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = (root / "serve.log").open("w", encoding="utf-8")
    process = subprocess.Popen(
        [str(ROOT / "scripts" / "serve"), "-f", str(project / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 600
    while True:
        try:
            if _get(url, timeout=5)[0] == 200:
                break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            log.close()
            pytest.fail("scripts/serve did not start:\n" + (root / "serve.log").read_text(encoding="utf-8")[-5000:])
        time.sleep(0.5)
    yield project, url
    process.send_signal(signal.SIGINT)
    process.wait(timeout=60)
    log.close()


def test_a_data_mistake_shows_located_in_the_open_page_and_its_fix_reloads_the_site(preview, browser, tmp_path):
    project, url = preview
    data = project / "data" / "resources.yml"
    good = data.read_text(encoding="utf-8")
    assert good.splitlines(keepends=True)[7] == FIXED_LINE

    context = browser.new_context(viewport=PHONE)
    context.add_init_script(RECORD_CSP)
    page = context.new_page()
    page.goto(url + "khau-hieu/", wait_until="load")
    assert page.locator(".md-header").count() == 1 and page.evaluate("window.__csp") == []

    data.write_text(good.replace(FIXED_LINE, BROKEN_LINE, 1), encoding="utf-8")
    try:
        where = page.locator(".preview-where code")
        where.first.wait_for(timeout=SHOWS_ERROR_MS)  # the open page reloaded by itself to the error page
        assert where.all_inner_texts() == ["data/resources.yml:8"]
        text = page.locator("main").inner_text()
        assert "khong-ro" in text
        assert "Bản xem trước đang có lỗi" in text and "The preview has a problem" in text
        assert "không ghi vào thư mục site/" in text
        assert page.evaluate("window.__csp") == []  # its style and live-reload script are files
        page.screenshot(path=str(tmp_path / "preview-error-phone.png"), full_page=True)

        # Every address of both languages answers at once with the same page: no request waits for a fix.
        for address in ("", "en/", "en/slogans/", "tai-nguyen/khan-academy-vi/", "no-such-page/"):
            started = time.monotonic()
            status, body = _get(url + address, timeout=20)
            assert (status, "data/resources.yml:8" in body) == (500, True), address
            assert time.monotonic() - started < 15, address
        desktop = browser.new_context(viewport=DESKTOP)
        desktop_page = desktop.new_page()
        desktop_page.goto(url + "en/", wait_until="load")
        assert desktop_page.locator(".preview-where code").all_inner_texts() == ["data/resources.yml:8"]
        desktop_page.screenshot(path=str(tmp_path / "preview-error-desktop.png"), full_page=True)
        desktop.close()
    finally:
        data.write_text(good, encoding="utf-8")

    page.locator(".md-header").wait_for(timeout=RELOADS_MS)  # reloaded to the site, at the same address
    assert page.url == url + "khau-hieu/"
    assert page.locator(".preview-where").count() == 0
    assert page.evaluate("window.__csp") == []
    context.close()
    assert not (project / "site").exists()  # the preview builds elsewhere: site/ is the published build's

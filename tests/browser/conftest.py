"""Browser fixtures: Playwright driving Debian's Chromium (never a downloaded browser)."""
from __future__ import annotations

import os

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-quic",
]
PHONE = {"width": 390, "height": 844}
NARROW = {"width": 320, "height": 640}   # the narrowest phones in use: nothing may scroll sideways
DESKTOP = {"width": 1366, "height": 768}  # the most common laptop screen


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run the README's test command, which installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=PHONE)
    pg = context.new_page()
    yield pg
    context.close()

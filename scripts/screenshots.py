"""Screenshots of built pages at phone and desktop sizes, for a person to look at.

Usage: python scripts/screenshots.py SITE_DIR OUT_DIR [path ...]   (default paths: both home pages)
Serves SITE_DIR on 127.0.0.1 and drives Debian's /usr/bin/chromium through Playwright.
"""

from __future__ import annotations

import functools
import http.server
import socketserver
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 768}}


def main(site: Path, out: Path, paths: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            for name, viewport in VIEWPORTS.items():
                page = browser.new_page(viewport=viewport)
                for path in paths:
                    page.goto(base + path)
                    stem = path.strip("/").replace("/", "_") or "home"
                    target = out / f"{stem}-{name}.png"
                    page.screenshot(path=str(target), full_page=False)
                    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
                    print(f"{target}  horizontal overflow: {overflow}")
                page.close()
            browser.close()
        server.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:] or ["", "en/"])

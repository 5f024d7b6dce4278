"""Serve a built site as a production static host would: gzip, the headers from ``_headers``, and the
cache rules of the nginx recipe (pages and the service worker ``no-cache``).

The headers, Content-Security-Policy included, are the same for every build (hooks/lib/site/headers.py):
no page adds anything to them. The production recipe for nginx is hosting/nginx.conf.template.

Usage: .venv/bin/python scripts/static_server.py [SITE_DIR] [PORT]    (defaults: site 8080)
For measuring (Lighthouse, page weight) and for checking the Content-Security-Policy by hand;
`mkdocs serve` is the editing preview.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from hooks.lib.site.headers import parse_netlify_headers  # noqa: E402

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".ics", ".csv", ".webmanifest")
# The cache rules of hosting/nginx.conf.template: pages and the service worker are checked on every visit
# (no-cache), so after a rebuild no reader - and no service worker's network-first fetch - gets an old page.
FINGERPRINTED = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)(\.map)?$")
NO_CACHE = re.compile(r"(\.html|/|(^|/)(sw|service-worker)\.js)$")


def cache_control(url_path: str) -> str:
    if FINGERPRINTED.search(url_path):
        return "public, max-age=31536000, immutable"
    return "no-cache" if NO_CACHE.search(url_path) else "public, max-age=600"


class StaticHost(http.server.SimpleHTTPRequestHandler):
    extra_headers: dict[str, str] = {}

    def send_head(self):
        raw = Path(self.translate_path(self.path))
        if raw.is_dir() and not self.path.split("?")[0].endswith("/"):
            return super().send_head()  # the base class redirects /dir to /dir/
        path = raw / "index.html" if raw.is_dir() else raw
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.suffix in COMPRESSIBLE and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)

    def end_headers(self):
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        self.send_header("Cache-Control", cache_control(self.path.split("?")[0]))
        super().end_headers()

    def log_message(self, *args):
        pass


def main(site: Path, port: int) -> None:
    headers_file = site / "_headers"
    headers = parse_netlify_headers(headers_file.read_text(encoding="utf-8")) if headers_file.is_file() else {}
    handler = functools.partial(type("Host", (StaticHost,), {"extra_headers": headers}), directory=str(site))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"Serving {site} at http://127.0.0.1:{port}/ (gzip, {len(headers)} headers from _headers)")
        server.serve_forever()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "site"), int(sys.argv[2]) if len(sys.argv) > 2 else 8080)

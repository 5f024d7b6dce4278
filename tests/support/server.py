"""A local HTTP server that serves a built site the way a static host configured from its ``_headers``
file would (so browser tests run with the Content-Security-Policy enforced)."""

from __future__ import annotations

import http.server


class StaticHostHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site as a static host configured from its ``_headers`` file would (CSP enforced)."""

    extra_headers: dict[str, str] = {}

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args) -> None:  # keep test output readable
        pass

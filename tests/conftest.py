"""Shared fixtures: one real build of the whole bilingual site per test session, served on localhost.

Build tests and browser tests read the same build, so the (slow) build runs once. Tests that need to
break the project build their own copy in ``tmp_path`` with ``copy_project`` and ``run_build``
(tests/support/project.py). Helpers live in tests/support/; this file holds fixtures only.
"""
from __future__ import annotations

import functools
import http.server
import socketserver
import threading
from pathlib import Path

import pytest

from hooks.lib.data.load import SiteData
from tests.support import params
from tests.support.project import ROOT, run_build


@pytest.fixture(scope="session")
def site_data() -> SiteData:
    """The project's data/ (validated), loaded once per session when a test first asks for it."""
    return params.site_data()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site built from the real project into a temporary folder (Vietnamese at /, English at /en/)."""
    site = tmp_path_factory.mktemp("built") / "site"
    result = run_build(ROOT, site)
    assert result.returncode == 0, f"build failed:\n{result.stdout}\n{result.stderr}"
    return site


class _StaticHostHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site as a static host configured from its ``_headers`` file would (CSP enforced)."""

    extra_headers: dict[str, str] = {}

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args) -> None:  # keep test output readable
        pass


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """Base URL (with trailing slash) of the built site served over HTTP on 127.0.0.1.

    Every response carries the security headers the build wrote to ``_headers`` - so every browser
    test runs with the Content-Security-Policy enforced.
    """
    from hooks.lib.headers import parse_netlify_headers

    headers = parse_netlify_headers((built_site / "_headers").read_text(encoding="utf-8"))
    handler_class = type("Handler", (_StaticHostHandler,), {"extra_headers": headers})
    handler = functools.partial(handler_class, directory=str(built_site))
    socketserver.ThreadingTCPServer.allow_reuse_address = True
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()

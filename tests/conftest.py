"""Shared fixtures: one real build of the whole bilingual site per test session, served on localhost.

Build tests and browser tests read the same build, so the (slow) build runs once. Tests that need to
break the project build their own copy in ``tmp_path`` with ``copy_project`` and ``run_build``
(tests/support/project.py). Helpers live in tests/support/; this file holds fixtures only.
"""

from __future__ import annotations

import functools
import socketserver
import threading
from pathlib import Path

import pytest

from hooks.lib.data.load import SiteData
from tests.support import params
from tests.support.project import ROOT, copy_project, run_build
from tests.support.server import StaticHostHandler


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


@pytest.fixture(scope="session")
def staff_content_site(tmp_path_factory) -> tuple[Path, str]:
    """The project with hostile staff text, a hidden page and stray files (tests/support/content.py), built
    as `mkdocs serve` builds (not strict: the stray files must be skipped with a warning each).

    Returns the site and the build's output (for the warnings).
    """
    from tests.support.content import make_staff_project

    project = copy_project(tmp_path_factory.mktemp("content") / "proj")
    make_staff_project(project)
    site = project.parent / "site"
    result = run_build(project, site, strict=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return site, result.stdout + result.stderr


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """Base URL (with trailing slash) of the built site served over HTTP on 127.0.0.1.

    Every response carries the security headers the build wrote to ``_headers`` - so every browser
    test runs with the Content-Security-Policy enforced.
    """
    from hooks.lib.site.headers import parse_netlify_headers

    headers = parse_netlify_headers((built_site / "_headers").read_text(encoding="utf-8"))
    handler_class = type("Handler", (StaticHostHandler,), {"extra_headers": headers})
    handler = functools.partial(handler_class, directory=str(built_site))
    socketserver.ThreadingTCPServer.allow_reuse_address = True
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def photo_build(tmp_path_factory) -> dict:
    """A copy of the project with a post showing a phone photo (tests/support/photos.py), built twice
    with ``-v`` (the second build must take every photo from the cache). Shared by the build and
    browser tests of photos; tests that break it restore it and must leave ``site`` untouched."""
    from tests.support.photos import make_photo_project

    root = tmp_path_factory.mktemp("photos")
    project = make_photo_project(root / "proj")
    site = root / "site"
    first = run_build(project, site, "-v")
    assert first.returncode == 0, f"build failed:\n{first.stdout[-3000:]}\n{first.stderr[-3000:]}"
    second = run_build(project, site, "-v")
    assert second.returncode == 0, f"build failed:\n{second.stdout[-3000:]}\n{second.stderr[-3000:]}"
    return {
        "project": project,
        "site": site,
        "first": first.stdout + first.stderr,
        "second": second.stdout + second.stderr,
    }

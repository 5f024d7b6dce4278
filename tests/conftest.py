"""Shared fixtures: one real build of the whole bilingual site per test session, served on localhost.

Build tests and browser tests read the same build, so the (slow) build runs once. Tests that need to
break the project build their own copy in ``tmp_path`` with :func:`copy_project` and :func:`run_build`.
"""
from __future__ import annotations

import functools
import hashlib
import http.server
import os
import shutil
import socketserver
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What a copy of the project needs in order to build; site/ and caches are left behind.
PROJECT_PARTS = ("mkdocs.yml", "docs", "hooks", "data", "overrides")
# Except the link-preview cards the real build drew (hooks/hook_media.py): named by a hash of their
# text, they are right for any copy, and drawing ~200 of them again costs every test build seconds.
SHARED_CACHE = ".cache/images/cards"


def copy_project(dest: Path) -> Path:
    """Copy the buildable parts of the project into ``dest`` (for tests that edit or break it)."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / part)
    if (ROOT / SHARED_CACHE).is_dir():
        shutil.copytree(ROOT / SHARED_CACHE, dest / SHARED_CACHE)
    return dest


def run_build(project: Path, site_dir: Path | None = None, *extra: str, strict: bool = True,
              timeout: float = 600) -> subprocess.CompletedProcess:
    """Run ``mkdocs build --strict`` exactly as staff would, in a subprocess; returns the finished process.

    ``strict=False`` builds as `mkdocs serve` does (warnings do not stop it); ``timeout`` (seconds) makes
    a build that should stop at once fail its test quickly instead of running away.
    """
    cmd = [sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else []), "-f", str(project / "mkdocs.yml")]
    if site_dir is not None:
        cmd += ["-d", str(site_dir)]
    cmd += list(extra)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=project.parent, timeout=timeout)


def site_snapshot(site: Path) -> dict[str, str]:
    """Every file of a built site with a hash of its bytes: compare two to prove nothing changed.

    ``site`` is what a web server serves: since hooks/hook_site.py a symlink to the published release
    (``site.releases/<id>/``), read through the link.
    """
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def assert_site_untouched(site: Path, before: dict[str, str]) -> None:
    """A failed build left the previous site exactly as it was, and nothing of its own behind.

    Same files and bytes; and, if the site is a published release, that release is still the newest
    one (the failed build's release was removed), beside at most one previous release; no temporary
    symlink, no staging folder of the former layout.
    """
    assert site_snapshot(site) == before
    assert not site.with_name(site.name + ".building").exists()
    assert not os.path.lexists(site.with_name(site.name + ".new"))
    if site.is_symlink():
        folder, published = os.readlink(site).split("/")
        assert folder == site.name + ".releases"
        releases = sorted(entry.name for entry in (site.parent / folder).iterdir())
        assert releases[-1] == published and len(releases) <= 2, releases


def decode_qr(matrix: list[list[bool]], scale: int = 4) -> list[str]:
    """Rasterise a QR module matrix (quiet zone included) and decode it with zxing-cpp."""
    import zxingcpp

    width = len(matrix) * scale
    pixels = bytearray([255]) * (width * width)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                for dy in range(scale):
                    start = (y * scale + dy) * width + x * scale
                    pixels[start:start + scale] = bytes(scale)
    return [b.text for b in zxingcpp.read_barcodes(memoryview(bytes(pixels)).cast("B", (width, width)))]


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


@pytest.fixture(scope="session")
def photo_build(tmp_path_factory) -> dict:
    """A copy of the project with a post showing a phone photo (tests/photo_project.py), built twice
    with ``-v`` (the second build must take every photo from the cache). Shared by the build and
    browser tests of photos; tests that break it restore it and must leave ``site`` untouched."""
    from tests.photo_project import make_photo_project

    root = tmp_path_factory.mktemp("photos")
    project = make_photo_project(root / "proj")
    site = root / "site"
    first = run_build(project, site, "-v")
    assert first.returncode == 0, f"build failed:\n{first.stdout[-3000:]}\n{first.stderr[-3000:]}"
    second = run_build(project, site, "-v")
    assert second.returncode == 0, f"build failed:\n{second.stdout[-3000:]}\n{second.stderr[-3000:]}"
    return {"project": project, "site": site, "first": first.stdout + first.stderr,
            "second": second.stdout + second.stderr}

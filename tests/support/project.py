"""Copy the project, build it as staff would, and compare built sites byte for byte."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
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


def run_build(
    project: Path,
    site_dir: Path | None = None,
    *extra: str,
    strict: bool = True,
    timeout: float = 600,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    """Run ``mkdocs build --strict`` exactly as staff would, in a subprocess; returns the finished process.

    ``strict=False`` builds as `mkdocs serve` does (warnings do not stop it); ``timeout`` (seconds) makes
    a build that should stop at once fail its test quickly instead of running away; ``env`` adds
    variables (e.g. ``SOURCE_DATE_EPOCH``).
    """
    cmd = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        *(["--strict"] if strict else []),
        "-f",
        str(project / "mkdocs.yml"),
    ]
    if site_dir is not None:
        cmd += ["-d", str(site_dir)]
    cmd += list(extra)
    variables = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", **(env or {}))
    return subprocess.run(cmd, capture_output=True, text=True, env=variables, cwd=project.parent, timeout=timeout)


def site_snapshot(site: Path) -> dict[str, str]:
    """Every file of a built site with a hash of its bytes: compare two to prove nothing changed.

    ``site`` is what a web server serves: since hooks/hook_site.py a symlink to the published release
    (``site.releases/<id>/``), read through the link.
    """
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


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


VALID_BASE = ROOT / "tests" / "fixtures" / "bad_data" / "valid_base"


def use_small_data(project: Path) -> None:
    """Replace the project's data with the small valid data set (2 wards, 2 activities, 2 resources...),
    editions included, and drop the sample news posts (they name wards that set does not have)."""
    shutil.rmtree(project / "data" / "editions", ignore_errors=True)
    for path in VALID_BASE.rglob("*.yml"):
        target = project / "data" / path.relative_to(VALID_BASE)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    for post_dir in ("docs/vi/tin-tuc", "docs/en/news"):
        for post in (project / post_dir).glob("*.md"):
            post.unlink()


def small_project(dest: Path) -> Path:
    """A copy of the project with the small data set."""
    project = copy_project(dest)
    use_small_data(project)
    return project

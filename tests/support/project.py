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


def copy_project(dest: Path) -> Path:
    """Copy the buildable parts of the project into ``dest`` (for tests that edit or break it)."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest


def run_build(project: Path, site_dir: Path | None = None, *extra: str) -> subprocess.CompletedProcess:
    """Run ``mkdocs build --strict`` exactly as staff would, in a subprocess; returns the finished process."""
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")]
    if site_dir is not None:
        cmd += ["-d", str(site_dir)]
    cmd += list(extra)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=project.parent, timeout=600)


def site_snapshot(site: Path) -> dict[str, str]:
    """Every file of a built site with a hash of its bytes: compare two to prove nothing changed."""
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def assert_site_untouched(site: Path, before: dict[str, str]) -> None:
    """A failed build left the previous site exactly as it was, and no staging folder behind."""
    assert site_snapshot(site) == before
    assert not site.with_name(site.name + ".building").exists()

"""Small copies of the project for build tests that need many quick builds."""
from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import copy_project

ROOT = Path(__file__).resolve().parents[2]
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

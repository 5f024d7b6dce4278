"""Last-updated dates in a shallow clone (hooks/lib/content/lastupdated.py), read from real git repositories.

A full clone knows every file's newest commit. In ``git clone --depth N`` the oldest fetched commit
stands in for the history cut off and shows every file as added in it: those files' dates are
unknown (None), never that commit's date.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hooks.lib.content import lastupdated
from tests.support.git import NEW, git


@pytest.fixture(scope="module")
def origin(tmp_path_factory) -> Path:
    """docs/a.md and docs/b.md committed in 2020; docs/b.md changed in 2022."""
    repo = tmp_path_factory.mktemp("origin")
    git(repo, "init", "-q", "-b", "main")
    (repo / "docs").mkdir()
    (repo / "docs" / "a.md").write_text("a\n")
    (repo / "docs" / "b.md").write_text("b\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "first")
    (repo / "docs" / "b.md").write_text("b, edited\n")
    git(repo, "commit", "-q", "-am", "second", date=NEW)
    return repo


def dates(repo: Path) -> dict[str, int | None]:
    shallow = git(repo, *lastupdated.GIT_SHALLOW_ARGS)
    boundary = lastupdated.parse_shallow(shallow, lambda rel: (repo / rel).read_text(encoding="ascii"))
    return lastupdated.parse_git_log(git(repo, *lastupdated.GIT_LOG_ARGS, "--", "docs"), boundary)


def test_full_history_gives_every_file_its_date(origin):
    assert dates(origin) == {"docs/a.md": 1577844000, "docs/b.md": 1663207200}


def test_depth_one_clone_knows_no_date(origin, tmp_path):
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{origin}", "clone")
    assert dates(tmp_path / "clone") == {"docs/a.md": None, "docs/b.md": None}


def test_deeper_clone_knows_the_dates_inside_its_history(origin, tmp_path):
    git(tmp_path, "clone", "-q", "--depth", "2", f"file://{origin}", "clone")
    # b.md changed in the second commit, which the clone has whole; a.md only in the cut-off one.
    assert dates(tmp_path / "clone") == {"docs/a.md": None, "docs/b.md": 1663207200}


def test_parse_shallow_ignores_full_clones():
    assert lastupdated.parse_shallow("false\n.git/shallow\n", lambda rel: pytest.fail("read")) == frozenset()
    assert lastupdated.parse_shallow("true\n.git/shallow\n", lambda rel: "abc\ndef\n") == {"abc", "def"}

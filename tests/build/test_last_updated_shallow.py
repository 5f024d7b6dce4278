"""A build from a real shallow clone (`git clone --depth 1`, CI's default checkout) shows no wrong dates.

In such a clone git gives its one commit's date to every file, and file times are the checkout time:
both would be wrong on every page. The pages show no "last updated" line instead, the build stays
strict-clean, and one info message says why and what CI must do (README: fetch the full history).
"""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from tests.support.git import NEW, git
from tests.support.project import run_build, small_project


def updated_line(page: Path):
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one(".page-updated")


def test_shallow_clone_shows_no_date_and_says_why(tmp_path):
    origin = small_project(tmp_path / "origin")
    git(origin, "init", "-q", "-b", "main")
    git(origin, "add", "-A")
    git(origin, "commit", "-q", "-m", "first")
    slogans = origin / "docs" / "vi" / "khau-hieu.md"
    slogans.write_text(slogans.read_text(encoding="utf-8") + "\nThêm một dòng.\n", encoding="utf-8")
    git(origin, "commit", "-q", "-am", "second", date=NEW)
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{origin}", "clone")
    clone = tmp_path / "clone"

    result = run_build(clone, tmp_path / "site")
    assert result.returncode == 0, result.stderr  # --strict: an info message, not a warning
    assert "bản sao git nông (shallow clone)" in result.stderr
    assert "CI must fetch the full history (actions/checkout: fetch-depth: 0)" in result.stderr
    site = tmp_path / "site"
    for page in ("khau-hieu/index.html", "muc-dich-yeu-cau/index.html", "en/slogans/index.html"):
        assert updated_line(site / page) is None, page  # neither the clone's date nor the checkout time


def test_full_clone_shows_each_page_its_own_date_in_each_language(tmp_path):
    """The same project as a full clone: dates from git, written the site's way in each language."""
    origin = small_project(tmp_path / "origin")
    git(origin, "init", "-q", "-b", "main")
    git(origin, "add", "-A")
    git(origin, "commit", "-q", "-m", "first")  # tests/support/git.py OLD: 2020-01-01 09:00 +07:00
    slogans = origin / "docs" / "vi" / "khau-hieu.md"
    slogans.write_text(slogans.read_text(encoding="utf-8") + "\nThêm một dòng.\n", encoding="utf-8")
    git(origin, "commit", "-q", "-am", "second", date=NEW)  # 2022-09-15 09:00 +07:00
    result = run_build(origin, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    assert updated_line(site / "khau-hieu/index.html").get_text(" ", strip=True) == "Cập nhật lần cuối: 15/09/2022"
    assert (
        updated_line(site / "muc-dich-yeu-cau/index.html").get_text(" ", strip=True) == "Cập nhật lần cuối: 01/01/2020"
    )
    assert updated_line(site / "en/slogans/index.html").get_text(" ", strip=True) == "Last updated: 1 January 2020"

"""scripts/build and scripts/publish to a folder on this computer, run in a fresh terminal."""

from __future__ import annotations

import json
import re
import subprocess

from tests.support.publish import REAL_URL, fresh_terminal, make_project, seed_release, shell_site_hash, snapshot

RELEASE = re.compile(r"\d{6}-\d{8}T\d{6}Z-[0-9a-f]{8}")


def test_scripts_build_makes_both_languages_in_a_fresh_terminal(built_by_script):
    for page in ("index.html", "en/index.html", "search/search_index.json", "en/search/search_index.json"):
        assert (built_by_script / page).is_file(), page
    assert '<html lang="en"' in (built_by_script / "en" / "index.html").read_text(encoding="utf-8")


def test_publish_switches_keeps_records_and_rolls_back_byte_identical(
    publish_project, built_by_script, fresh_home, tmp_path
):
    dest = tmp_path / "srv" / "hoctapsuotdoi"
    seed_release(dest, built_by_script, tmp_path, "oldest")
    earlier = seed_release(dest, built_by_script, tmp_path, "earlier")
    oldest, previous = sorted(p.name for p in (dest / "releases").iterdir())

    result = fresh_terminal(f"scripts/publish --keep 2 {dest}", fresh_home, publish_project)
    assert result.returncode == 0, result.stdout + result.stderr
    releases = sorted(p.name for p in (dest / "releases").iterdir())
    assert len(releases) == 2 and releases[0] == previous  # the oldest one was pruned (--keep 2)
    new = releases[1]
    assert RELEASE.fullmatch(new) and new.startswith("000003-")
    assert (dest / "current").is_symlink() and str((dest / "current").readlink()) == f"releases/{new}"
    assert f"đã đăng. current → releases/{new}" in result.stdout and "(EN: published." in result.stdout

    live = dest / "current"
    assert (live / "index.html").is_file() and (live / "en" / "index.html").is_file()
    assert "oldest" not in (live / "index.html").read_text(encoding="utf-8")
    record = json.loads((live / ".release.json").read_text(encoding="utf-8"))
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=publish_project, capture_output=True, text=True, check=True
    ).stdout.strip()
    files = [p for p in live.rglob("*") if p.is_file() and p.name != ".release.json"]
    assert record == {
        "release": new,
        "published_at": record["published_at"],
        "site_url": REAL_URL,
        "source_commit": head,
        "uncommitted_changes": False,
        "site_sha256": shell_site_hash(live),
        "files": len(files),
        "bytes": sum(p.stat().st_size for p in files),
    }
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", record["published_at"])
    assert oldest not in (dest / "publish.log").read_text(encoding="utf-8").splitlines()[-1]

    result = fresh_terminal(f"scripts/publish --rollback {dest}", fresh_home, publish_project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert str((dest / "current").readlink()) == f"releases/{previous}"
    assert snapshot(dest / "current/") == earlier  # byte for byte the release published before
    assert sorted(p.name for p in (dest / "releases").iterdir()) == [previous, f"{new}.rolled-back"]
    log = (dest / "publish.log").read_text(encoding="utf-8").splitlines()
    assert [line.split()[1] for line in log] == ["publish", "publish", "publish", "rollback"]
    assert f"rollback {previous} from={new}" in log[-1]

    result = fresh_terminal(f"scripts/publish --rollback {dest}", fresh_home, publish_project)
    assert result.returncode == 1 and "không có bản nào trước bản đang chạy" in result.stderr
    assert str((dest / "current").readlink()) == f"releases/{previous}"


def test_publish_refuses_the_example_site_url_before_building(fresh_home, tmp_path):
    project = make_project(tmp_path / "project", site_url=None, git=False)  # mkdocs.yml as in the repository
    line = next(
        i
        for i, row in enumerate((project / "mkdocs.yml").read_text(encoding="utf-8").splitlines(), 1)
        if row.startswith("site_url:")
    )
    dest = tmp_path / "srv"
    result = fresh_terminal(f"scripts/publish {dest}", fresh_home, project, timeout=120)
    assert result.returncode == 1
    assert result.stderr.startswith(
        f"mkdocs.yml:{line}: site_url vẫn là địa chỉ ví dụ (https://hoctapsuotdoi.example/), không phải địa chỉ thật."
    )
    assert "(EN: site_url is still an example address (https://hoctapsuotdoi.example/)" in result.stderr
    assert "Đang dựng" not in result.stdout  # refused before building
    assert not dest.exists() and not (project / "site").exists()

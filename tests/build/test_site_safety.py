"""One build at a time, and always a whole site (hooks/hook_site.py), with real `mkdocs build` processes.

Concurrent builds into one site folder, builds killed with SIGKILL at named points (test-only pause
points, hooks/lib/site/pause.py, so each window is hit every time) and at random moments: the site
is always one complete site - the same files as a clean build - and no build process outlives its
killed parent by 5 s. A small copy of the project (the unit tests' small data set, no news posts)
keeps each build to a couple of seconds.
"""

from __future__ import annotations

import fcntl
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hooks.lib.site import sitemaps
from tests.support.project import assert_site_untouched, run_build, site_snapshot, small_project

WAITING = "this build waits for it to finish"
LEFTOVER = "removing what an interrupted build left"


def file_list(site: Path) -> list[str]:
    return sorted(site_snapshot(site))


def sitemap(site: Path) -> list[str]:
    return sitemaps.sitemap_locations((site / "sitemap.xml").read_text(encoding="utf-8"))


def start_build(project: Path, site: Path, log: Path, **env: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    with log.open("w", encoding="utf-8") as out:
        return subprocess.Popen(
            cmd,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=project.parent,
            env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1", **env),
        )


def processes_of(project: Path) -> list[str]:
    """Live processes whose command line names the project (zombies have none), found through /proc."""
    needle = str(project).encode()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:  # ended meanwhile
                continue
            if needle in cmdline:
                found.append(entry.name + ": " + cmdline.replace(b"\0", b" ").decode(errors="replace"))
    return found


def assert_no_process_left(project: Path, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while (left := processes_of(project)) and time.monotonic() < deadline:
        time.sleep(0.1)
    for process in left:  # do not leave them running after the test fails
        os.kill(int(process.split(":")[0]), signal.SIGKILL)
    assert not left, f"still running {seconds:.0f} s after the build was killed: {left}"


def releases(site: Path) -> list[str]:
    return sorted(entry.name for entry in site.with_name(site.name + ".releases").iterdir())


@pytest.fixture(scope="module")
def stress(tmp_path_factory):
    """A small project and its site built once, cleanly: the reference every later state is held to."""
    root = tmp_path_factory.mktemp("site-safety")
    project = small_project(root / "proj")
    site = root / "out" / "site"
    result = run_build(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return project, site, file_list(site), sitemap(site)


def test_concurrent_builds_wait_for_each_other_and_publish_whole_sites(stress, tmp_path):
    project, site, clean_files, clean_sitemap = stress
    waited = 0
    for round_ in range(4):
        logs = [tmp_path / f"round{round_}-{n}.log" for n in (1, 2)]
        builds = [start_build(project, site, log) for log in logs]
        codes = [build.wait(timeout=300) for build in builds]
        outputs = [log.read_text(encoding="utf-8") for log in logs]
        assert codes == [0, 0], outputs
        assert all("Traceback" not in out and "ERROR" not in out for out in outputs), outputs
        waited += sum(WAITING in out and "đang ghi vào" in out for out in outputs)
        assert file_list(site) == clean_files
        assert sitemap(site) == clean_sitemap  # not doubled, not cut
        assert len(releases(site)) == 2 and not os.path.lexists(site.with_name("site.new"))
    assert waited >= 1, "no build ever had to wait: the builds did not overlap, or there is no lock"


def _at_pause(site: Path, point: str) -> None:
    """What the paused build sees: the previous kills' leftovers are gone (it cleaned them under the lock)."""
    published = os.readlink(site).split("/")[1]
    newer = [name for name in releases(site) if name > published]
    if point == "after-swap":  # switched: its own release is published, the two before are not pruned yet
        assert newer == [] and len(releases(site)) <= 3, releases(site)
    else:  # its own release, being built, is the only one newer than the published one
        assert len(newer) == 1 and len(releases(site)) <= 3, releases(site)
    new_link = site.with_name(site.name + ".new")
    assert os.path.lexists(new_link) == (point == "inside-swap")


@pytest.mark.parametrize("point", ["english-build", "before-swap", "inside-swap", "after-swap"])
def test_build_killed_at_a_named_point_leaves_a_whole_site_and_no_process(stress, tmp_path, point):
    project, site, clean_files, clean_sitemap = stress
    marker = tmp_path / "paused"
    build = start_build(
        project,
        site,
        tmp_path / "build.log",
        HOCTAP_TEST_PAUSE_AT=point,
        HOCTAP_TEST_PAUSE_MARKER=str(marker),
        HOCTAP_TEST_PAUSE_SECONDS="120",
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert build.poll() is None, (tmp_path / "build.log").read_text(encoding="utf-8")
            assert time.monotonic() < deadline, "the build never reached the pause point"
            time.sleep(0.05)
        reached, pid = marker.read_text(encoding="ascii").split()
        assert reached == point
        # The English build pauses in the forked child; every other point in the parent.
        assert (int(pid) != build.pid) == (point == "english-build")
        _at_pause(site, point)
    finally:  # kill it even when an assertion failed, so it does not hold the lock for the next test
        build.send_signal(signal.SIGKILL)
        build.wait()
    assert file_list(site) == clean_files
    assert sitemap(site) == clean_sitemap
    assert_no_process_left(project)


@pytest.mark.parametrize("attempt", [1, 2])
def test_build_killed_at_a_random_moment_leaves_a_whole_site_and_no_process(stress, tmp_path, attempt):
    project, site, clean_files, clean_sitemap = stress
    delay = random.uniform(0.3, 2.5)
    build = start_build(project, site, tmp_path / "build.log")
    time.sleep(delay)
    build.send_signal(signal.SIGKILL)
    build.wait()
    assert file_list(site) == clean_files, f"killed after {delay:.2f} s"
    assert sitemap(site) == clean_sitemap, f"killed after {delay:.2f} s"
    assert_no_process_left(project)


def test_next_build_removes_what_killed_builds_left(stress, tmp_path):
    project, site, clean_files, clean_sitemap = stress
    new_link = site.with_name(site.name + ".new")
    if len(releases(site)) <= 2 and not os.path.lexists(new_link):  # run alone: leave something first
        test_build_killed_at_a_named_point_leaves_a_whole_site_and_no_process(stress, tmp_path, "inside-swap")
    result = run_build(project, site)
    assert result.returncode == 0, result.stderr
    assert LEFTOVER in result.stderr and "xóa phần còn lại của một bản dựng bị dừng giữa chừng" in result.stderr
    assert file_list(site) == clean_files
    assert len(releases(site)) == 2 and not os.path.lexists(new_link)
    assert os.readlink(site) == f"site.releases/{releases(site)[-1]}"


def test_a_build_waits_for_the_lock_then_stops_with_a_message(stress):
    project, site, _, _ = stress
    before = site_snapshot(site)
    with open(site.with_name(site.name + ".lock"), "a+") as held:  # another build, as the kernel sees it
        fcntl.flock(held, fcntl.LOCK_EX)
        started = time.monotonic()
        result = run_build_with_env(project, site, HOCTAP_BUILD_LOCK_TIMEOUT="1")
        took = time.monotonic() - started
    output = result.stdout + result.stderr
    assert result.returncode != 0
    lock = site.with_name("site.lock")
    assert f"{lock}: một bản dựng khác" in output and WAITING in output
    assert f"ERROR   -  {lock}: một bản dựng khác" in output and f"is still writing to {site} after 1 s" in output
    assert "Traceback" not in output
    assert took < 60
    assert_site_untouched(site, before)


def run_build_with_env(project: Path, site: Path, **env: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    return subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        cwd=project.parent,
        timeout=300,
        env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1", **env),
    )

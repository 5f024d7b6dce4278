"""A read-only disk, a full disk, a folder the build may not change: one located sentence, site untouched.

The tests run as root, which ignores file permissions, so the cases are made with what binds root
too: a small tmpfs mounted for the test (remounted read-only, or shrunk to just above what the
published site uses) and the immutable flag (``chattr +i``). Mounting needs root with
CAP_SYS_ADMIN (true in CI's Debian and in a privileged container); where that is impossible the tests
fail, unless HOCTAP_NO_MOUNT_TESTS=1 says to skip them.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.support.project import assert_site_untouched, run_build, site_snapshot, small_project


def _sh(*cmd: str) -> None:
    subprocess.run(cmd, check=True, capture_output=True, text=True)


@pytest.fixture(scope="module")
def mounted(tmp_path_factory):
    """A small project, and its site built on a 64 MB tmpfs of its own."""
    if os.environ.get("HOCTAP_NO_MOUNT_TESTS") == "1":
        pytest.skip("HOCTAP_NO_MOUNT_TESTS=1: read-only and full-disk builds not tested")
    root = tmp_path_factory.mktemp("os-errors")
    project = small_project(root / "proj")
    disk = root / "disk"
    disk.mkdir()
    try:
        _sh("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(disk))
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.fail(
            f"cannot mount a tmpfs ({getattr(exc, 'stderr', exc)}): run the tests as root with "
            "CAP_SYS_ADMIN, or set HOCTAP_NO_MOUNT_TESTS=1 to skip these cases"
        )
    try:
        site = disk / "site"
        result = run_build(project, site)
        assert result.returncode == 0, result.stderr
        yield project, disk, site
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _assert_failed_cleanly(result: subprocess.CompletedProcess, located: str, vi: str, en: str) -> None:
    """Non-zero exit, no traceback, and an error line starting with the path ``located``, Vietnamese first."""
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith("ERROR")]
    assert errors and errors[0].startswith(f"ERROR   -  {located}"), output[-3000:]
    line = errors[0]
    assert vi in line and en in line and line.index(vi) < line.index(en)
    assert "trang đang đăng vẫn giữ nguyên" in line and "the published site was left as it was" in line


def test_read_only_disk(mounted):
    project, disk, site = mounted
    before = site_snapshot(site)
    _sh("mount", "-o", "remount,ro", str(disk))
    try:
        result = run_build(project, site)
    finally:
        _sh("mount", "-o", "remount,rw", str(disk))
    _assert_failed_cleanly(result, f"{site}: ", "thư mục nằm trên ổ chỉ đọc", "read-only file system")
    assert_site_untouched(site, before)


def test_full_disk(mounted):
    project, disk, site = mounted
    before = site_snapshot(site)
    stat = os.statvfs(disk)
    used_kib = (stat.f_blocks - stat.f_bfree) * stat.f_frsize // 1024
    # Room for a fraction of a new release (the site is several MB): the build runs out half-way.
    _sh("mount", "-o", f"remount,size={used_kib + 1024}k", str(disk))
    try:
        result = run_build(project, site)
    finally:
        _sh("mount", "-o", "remount,size=64m", str(disk))
    _assert_failed_cleanly(result, f"{site}: ", "ổ đĩa đã đầy", "the disk is full")
    assert_site_untouched(site, before)
    stat = os.statvfs(disk)
    assert (stat.f_blocks - stat.f_bfree) * stat.f_frsize // 1024 <= used_kib + 64  # its release removed


def test_folder_the_build_may_not_change(mounted):
    project, disk, site = mounted
    before = site_snapshot(site)
    releases = site.with_name("site.releases")
    _sh("chattr", "+i", str(releases))
    try:
        result = run_build(project, site)
    finally:
        _sh("chattr", "-i", str(releases))
    # The new release cannot be created in the immutable folder: the message names it.
    _assert_failed_cleanly(result, f"{releases}: ", "không có quyền ghi", "permission denied")
    assert "chattr -i" in result.stderr
    assert_site_untouched(site, before)

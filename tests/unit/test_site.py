"""Unit tests of hooks/lib/site/ (releases, build lock, messages, pause points, sitemaps, Material patch).

Plain folders in tmp_path, no MkDocs. Whole builds (concurrent, killed, on a full or read-only
disk) are in tests/build/test_site_safety.py.
"""

from __future__ import annotations

import datetime as dt
import errno
import gzip
import os
from pathlib import Path

import pytest

from hooks.lib.site import buildlock, material_patch, messages, pause, release, sitemaps

NOW = dt.datetime(2022, 10, 1, 8, 30, 5, tzinfo=dt.timezone(dt.timedelta(hours=7)))
NO_PAUSE = lambda point: None  # noqa: E731


def _release(layout: release.Layout, content: str) -> Path:
    folder = release.new_release(layout, NOW)
    (folder / "index.html").write_text(content, encoding="utf-8")
    return folder


# ------------------------------------------------------------------------------------------ release


def test_layout_names_sit_beside_the_site_and_do_not_follow_the_symlink(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "site").symlink_to("elsewhere")
    layout = release.Layout.for_site(tmp_path / "sub" / ".." / "site")
    assert layout.site == tmp_path / "site"
    assert layout.releases == tmp_path / "site.releases"
    assert layout.lock == tmp_path / "site.lock"
    assert layout.new_link == tmp_path / "site.new"


def test_releases_are_numbered_after_every_existing_one(tmp_path):
    layout = release.Layout(tmp_path / "site")
    first = release.new_release(layout, NOW)
    assert first.name == "000001-20221001T013005Z"  # UTC in the name
    (layout.releases / "000041-20221001T000000Z").mkdir()
    assert release.new_release(layout, NOW).name == "000042-20221001T013005Z"


@pytest.mark.parametrize(
    "names, published, keep",
    [
        (["000003-a", "000004-b", "000005-c"], "000004-b", {"000004-b", "000003-a"}),  # 000005: killed build
        (["000001-a", "000002-b", "000003-c"], "000003-c", {"000003-c", "000002-b"}),
        (["000007-a"], "000007-a", {"000007-a"}),
        (["000001-a", "000002-b"], None, set()),  # nothing published: every folder is a leftover
        (["000002-b", "notes", "000001-a"], "000002-b", {"000002-b", "000001-a"}),
    ],
)
def test_releases_to_keep_are_the_published_one_and_the_one_before(names, published, keep):
    assert release.releases_to_keep(names, published) == keep


def test_first_publish_makes_the_site_a_relative_symlink(tmp_path):
    layout = release.Layout(tmp_path / "site")
    folder = _release(layout, "one")
    assert release.publish(layout, folder, NO_PAUSE) is True
    assert os.readlink(tmp_path / "site") == "site.releases/000001-20221001T013005Z"
    assert (tmp_path / "site" / "index.html").read_text(encoding="utf-8") == "one"
    assert not os.path.lexists(tmp_path / "site.new")


def test_publish_switches_and_leftovers_keep_one_previous_release(tmp_path):
    layout = release.Layout(tmp_path / "site")
    for content in ("one", "two", "three"):
        release.publish(layout, _release(layout, content), NO_PAUSE)
    assert (tmp_path / "site" / "index.html").read_text(encoding="utf-8") == "three"
    assert release.leftovers(layout) == [tmp_path / "site.releases" / "000001-20221001T013005Z"]
    half_built = release.new_release(layout, NOW)  # a build killed before it published
    (tmp_path / "site.new").symlink_to("site.releases/000004-20221001T013005Z")
    (tmp_path / "site.building").mkdir()  # the former layout's staging folder
    assert sorted(release.leftovers(layout)) == sorted(
        [
            tmp_path / "site.building",
            tmp_path / "site.new",
            tmp_path / "site.releases" / "000001-20221001T013005Z",
            half_built,
        ]
    )
    for path in release.leftovers(layout):
        release.remove(path)
    assert sorted(p.name for p in layout.releases.iterdir()) == ["000002-20221001T013005Z", "000003-20221001T013005Z"]
    assert (tmp_path / "site" / "index.html").read_text(encoding="utf-8") == "three"


def test_pause_points_are_passed_in_order(tmp_path):
    layout = release.Layout(tmp_path / "site")
    seen: list[tuple[str, bool]] = []
    release.publish(
        layout, _release(layout, "one"), lambda point: seen.append((point, os.path.lexists(tmp_path / "site")))
    )
    assert seen == [("before-swap", False), ("inside-swap", False), ("after-swap", True)]


def test_a_real_site_folder_is_exchanged_atomically_and_kept_as_previous(tmp_path):
    old = tmp_path / "site"
    old.mkdir()
    (old / "index.html").write_text("old layout", encoding="utf-8")
    layout = release.Layout(old)
    assert release.leftovers(layout) == []
    assert release.publish(layout, _release(layout, "new"), NO_PAUSE) is True
    assert os.readlink(old) == "site.releases/000001-20221001T013005Z"
    kept = tmp_path / "site.releases" / "000000-before-releases" / "index.html"
    assert kept.read_text(encoding="utf-8") == "old layout"
    assert release.leftovers(layout) == []  # 000000 is the previous release, kept for rollback


def test_without_exchange_the_conversion_says_it_was_not_atomic(tmp_path, monkeypatch):
    monkeypatch.setattr(release, "exchange", lambda a, b: False)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("old layout", encoding="utf-8")
    layout = release.Layout(tmp_path / "site")
    assert release.publish(layout, _release(layout, "new"), NO_PAUSE) is False
    assert (tmp_path / "site" / "index.html").read_text(encoding="utf-8") == "new"
    assert (tmp_path / "site.releases" / "000000-before-releases" / "index.html").is_file()


def test_exchange_swaps_two_paths(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").symlink_to("a")
    assert release.exchange(tmp_path / "b", tmp_path / "a") is True
    assert (tmp_path / "a").is_symlink() and (tmp_path / "b").is_dir()


@pytest.mark.parametrize(
    "make, target, vi, en",
    [
        (lambda p: p.write_text("x"), None, "nó là một tệp.", "it is a file."),
        (
            lambda p: p.symlink_to("/srv/www"),
            "/srv/www",
            "nó là liên kết tới /srv/www, không phải tới site.releases/.",
            "it is a symlink to /srv/www, not into site.releases/.",
        ),
    ],
)
def test_a_site_that_is_not_ours_is_refused(tmp_path, make, target, vi, en):
    make(tmp_path / "site")
    with pytest.raises(release.SiteLayoutError) as err:
        release.leftovers(release.Layout(tmp_path / "site"))
    assert err.value.target == target
    text = messages.site_layout(err.value.site, err.value.target, tmp_path / "site.releases")
    assert text.startswith(f"{tmp_path}/site: không thay được thư mục trang: {vi}")
    assert f"cannot replace the site folder: {en}" in text


# --------------------------------------------------------------------------------------- build lock


def test_second_lock_waits_then_times_out_naming_the_holder(tmp_path):
    first, second = buildlock.BuildLock(tmp_path / "site.lock"), buildlock.BuildLock(tmp_path / "site.lock")
    first.acquire(1, NO_PAUSE)
    waits: list[str] = []
    with pytest.raises(buildlock.LockTimeout) as err:
        second.acquire(0.3, waits.append, poll=0.05)
    assert waits == [f"pid {os.getpid()}"]  # told once, not at every poll
    assert err.value.holder == f"pid {os.getpid()}" and not second.held
    first.release()
    second.acquire(0.3, waits.append)
    assert second.held and len(waits) == 1
    second.release()
    assert (tmp_path / "site.lock").exists()  # never deleted (see buildlock's docstring)


def test_lock_is_free_again_when_its_holder_exits(tmp_path):
    pid = os.fork()
    if pid == 0:  # a build that takes the lock and dies without releasing it
        buildlock.BuildLock(tmp_path / "site.lock").acquire(1, NO_PAUSE)
        os._exit(0)
    os.waitpid(pid, 0)
    lock = buildlock.BuildLock(tmp_path / "site.lock")
    lock.acquire(0.5, lambda who: pytest.fail(f"had to wait for {who}"))
    lock.release()


# ----------------------------------------------------------------------------------------- messages


def test_disk_full_names_the_site_and_what_to_do():
    exc = OSError(errno.ENOSPC, "No space left on device")
    exc.filename, exc.filename2 = "/venv/material/x.js", "/srv/site.releases/000002-x/x.js"
    assert messages.os_error(exc, Path("/srv/site")) == (
        "/srv/site: ổ đĩa đã đầy (No space left on device). Giải phóng dung lượng, hoặc xây dựng vào "
        "thư mục khác với `mkdocs build -d <thư mục>`, rồi chạy lại; trang đang đăng vẫn giữ nguyên. "
        "(EN: the disk is full (No space left on device). Free some space, or build elsewhere with "
        "`mkdocs build -d <folder>`, and run the build again; the published site was left as it was.)"
    )


@pytest.mark.parametrize(
    "code, where, vi, en",
    [
        (errno.EROFS, "/srv/site:", "ổ chỉ đọc", "read-only file system"),
        (errno.EACCES, "/srv/site.releases:", "không có quyền ghi", "permission denied"),  # could not create
        (errno.EPERM, "/srv/site.releases:", "chattr -i", "clear the immutable flag"),
        (errno.EBUSY, "/srv/site.releases/000002-x:", "điểm gắn kết", "mount point"),
        (errno.EIO, "/srv/site.releases/000002-x:", "lỗi hệ điều hành", "Check this path"),
    ],
)
def test_os_errors_are_one_located_sentence_vietnamese_first(code, where, vi, en):
    text = messages.os_error(OSError(code, os.strerror(code), "/srv/site.releases/000002-x"), Path("/srv/site"))
    assert text.startswith(where + " ")
    assert vi in text and en in text and text.index(vi) < text.index("(EN: ")
    assert "\n" not in text and os.strerror(code) in text


def test_permission_error_on_an_existing_path_names_that_path(tmp_path):
    text = messages.os_error(OSError(errno.EACCES, "Permission denied", str(tmp_path)), Path("/srv/site"))
    assert text.startswith(f"{tmp_path}: không có quyền ghi (Permission denied).")


def test_lock_messages_say_who_and_how_long():
    waiting = messages.lock_waiting(Path("/srv/site.lock"), Path("/srv/site"), "pid 42", 600)
    assert waiting.startswith("/srv/site.lock: một bản dựng khác (pid 42) đang ghi vào /srv/site;")
    assert "(at most 600 s)" in waiting
    timeout = messages.lock_timeout(Path("/srv/site.lock"), Path("/srv/site"), "pid 42", 600)
    assert "sau 600 giây chờ" in timeout and "still writing to /srv/site after 600 s" in timeout


# -------------------------------------------------------------------------------------- pause points


def test_pause_point_does_nothing_unless_named(tmp_path):
    marker = tmp_path / "marker"
    pause.pause_at("before-swap", {})
    pause.pause_at("before-swap", {"HOCTAP_TEST_PAUSE_AT": "inside-swap", "HOCTAP_TEST_PAUSE_MARKER": str(marker)})
    assert not marker.exists()
    pause.pause_at(
        "before-swap",
        {
            "HOCTAP_TEST_PAUSE_AT": "english-build,before-swap",
            "HOCTAP_TEST_PAUSE_MARKER": str(marker),
            "HOCTAP_TEST_PAUSE_SECONDS": "0",
        },
    )
    assert marker.read_text(encoding="ascii") == f"before-swap {os.getpid()}\n"


# ------------------------------------------------------------------------- sitemaps, Material patch


def test_patch_material_bundle_narrows_alternate_lookup(tmp_path):
    js = tmp_path / "assets" / "javascripts"
    js.mkdir(parents=True)
    (js / "bundle.abc.min.js").write_text('x;e.pipe(b(()=>M("link[rel=alternate]")),m(r=>r))', encoding="utf-8")
    material_patch.patch_material_bundle(tmp_path)
    material_patch.patch_material_bundle(tmp_path)  # idempotent (serve rebuilds, nested builds)
    text = (js / "bundle.abc.min.js").read_text(encoding="utf-8")
    assert 'M("link[rel=alternate][data-md-sitemap]")' in text and 'M("link[rel=alternate]")' not in text


def test_patch_material_bundle_fails_loudly_when_material_changes(tmp_path):
    js = tmp_path / "assets" / "javascripts"
    js.mkdir(parents=True)
    (js / "bundle.new.min.js").write_text("nothing to patch", encoding="utf-8")
    with pytest.raises(material_patch.SiteOutputError, match="MATERIAL_ALTERNATE_NEEDLE"):
        material_patch.patch_material_bundle(tmp_path)


def test_merge_sitemaps_lists_both_languages(tmp_path):
    ns = "http://www.sitemaps.org/schemas/sitemap/0.9"
    (tmp_path / "en").mkdir()
    (tmp_path / "sitemap.xml").write_text(f'<urlset xmlns="{ns}"><url><loc>https://x/</loc></url></urlset>')
    (tmp_path / "en" / "sitemap.xml").write_text(f'<urlset xmlns="{ns}"><url><loc>https://x/en/</loc></url></urlset>')
    sitemaps.merge_sitemaps(tmp_path, [tmp_path / "en"])
    merged = (tmp_path / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemaps.sitemap_locations(merged) == ["https://x/", "https://x/en/"]
    assert gzip.decompress((tmp_path / "sitemap.xml.gz").read_bytes()).decode() == merged

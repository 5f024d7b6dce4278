"""Unit tests of the publishing decisions (hooks/lib/publish/rules.py) and of the destination
operations on a plain local folder (hooks/lib/publish/destination.py): no build, no server."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from hooks.lib.publish import cli, destination, messages, rules
from tests.support.publish import shell_site_hash

A = "000001-20221001T080000Z-aaaaaaaa"
B = "000002-20221001T090000Z-bbbbbbbb"
C = "000003-20221002T080000Z-cccccccc"
D = "000004-20221003T080000Z-dddddddd"


@pytest.mark.parametrize(
    "url, problem",
    [
        ("https://hoctapsuotdoi.example/", "example"),
        ("https://www.example.com/hoc-tap/", "example"),
        ("https://example.org/", "example"),
        ("https://site.invalid/", "example"),
        ("http://hoctap.test/", "example"),
        ("http://localhost:8000/", "example"),
        ("http://a.localhost/", "example"),
        ("https://127.0.0.1/", "example"),
        ("https://HOCTAP.EXAMPLE./", "example"),
        ("ftp://hoctap.vn/", "not-http"),
        ("hoctap.vn", "not-http"),
        ("", "missing"),
        (None, "missing"),
        ("https://hoctapsuotdoi-ngoquyen.vn/", None),
        ("https://example.gov.vn/", None),  # only the reserved names are examples
        ("http://10.0.0.5/hoc-tap/", None),  # an intranet address is a real one
    ],
)
def test_site_url_problem(url, problem):
    assert rules.site_url_problem(url) == problem


def test_site_url_setting_reads_value_and_line_and_tolerates_mkdocs_tags():
    text = "site_name: X\nextra:\n  a: !!python/name:material.extensions.emoji.twemoji\n\nsite_url: https://a.vn/\n"
    assert rules.site_url_setting(text) == ("https://a.vn/", 5)
    assert rules.site_url_setting("site_url: !ENV [SITE_URL]\n") == (None, 1)
    assert rules.site_url_setting("site_name: X\n") == (None, 0)


def test_the_project_site_url_is_refused_with_its_line():
    text = (Path(__file__).resolve().parents[2] / "mkdocs.yml").read_text(encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith("site_url:"))
    url, found = rules.site_url_setting(text)
    assert (url, found) == ("https://hoctapsuotdoi.example/", line)
    message = messages.site_url_refused(found, url, rules.site_url_problem(url))
    assert message.startswith(f"mkdocs.yml:{line}: site_url vẫn là địa chỉ ví dụ (https://hoctapsuotdoi.example/)")
    assert "(EN: site_url is still an example address" in message and "Nothing was published." in message


@pytest.mark.parametrize(
    "text, path, host, port",
    [
        ("/srv/hoctapsuotdoi", "/srv/hoctapsuotdoi", None, None),
        ("web/site", "/home/bientap/web/site", None, None),
        ("./a:b", "/home/bientap/a:b", None, None),
        ("bientap@may-chu-web:/srv/hoctapsuotdoi", "/srv/hoctapsuotdoi", "bientap@may-chu-web", None),
        ("may-chu-web:/srv/hoctapsuotdoi/", "/srv/hoctapsuotdoi", "may-chu-web", None),
        ("may-chu-web:web", "web", "may-chu-web", None),
        ("may-chu-web:~/web", "web", "may-chu-web", None),
        ("may-chu-web:~", ".", "may-chu-web", None),
        ("ssh://bientap@may-chu-web:2222/srv/hoctapsuotdoi", "/srv/hoctapsuotdoi", "bientap@may-chu-web", 2222),
    ],
)
def test_parse_destination(text, path, host, port):
    dest = rules.parse_destination(text, Path("/home/bientap"))
    assert (dest.path, dest.host, dest.port, dest.is_remote) == (path, host, port, host is not None)


@pytest.mark.parametrize("text", ["", "host:", ":/srv", "user@:/srv", "ssh://host", "ssh://host:99999/x"])
def test_parse_destination_refuses_what_it_cannot_read(text):
    with pytest.raises(rules.DestinationError):
        rules.parse_destination(text, Path("/home/bientap"))


def test_release_names_follow_every_existing_entry():
    now = dt.datetime(2022, 10, 1, 15, 30, 5, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert rules.new_release_name([], now, "1a2b3c4d" * 8) == "000001-20221001T083005Z-1a2b3c4d"
    entries = [A, "000007-20221001T090000Z-bbbbbbbb.rolled-back", "000005-20221001T090000Z-cccccccc.1f2e.partial"]
    assert rules.new_release_name(entries, now, "ff" * 32) == "000008-20221001T083005Z-ffffffff"
    assert rules.new_release_name(["notes.txt"], now, "ab" * 32).startswith("000001-")


def test_previous_release_is_the_newest_one_before_current():
    entries = [C, A, B + rules.ROLLED_BACK_SUFFIX, D + ".0a0b.partial"]
    assert rules.previous_release(entries, C) == A  # B was rolled back: never put back by a rollback
    assert rules.previous_release(entries, A) is None
    assert rules.previous_release(entries, None) is None
    assert rules.previous_release([A, B, C], B) == A
    assert rules.previous_release([C, B, A], C) == B


def test_releases_to_prune_keeps_newest_and_current_and_drops_rolled_back():
    entries = [A, B, C, D, "000000-20220901T080000Z-eeeeeeee.rolled-back", D + ".0a0b.partial"]
    assert rules.releases_to_prune(entries, D, keep=2) == [A, B, "000000-20220901T080000Z-eeeeeeee.rolled-back"]
    assert rules.releases_to_prune(entries, A, keep=2) == [B, "000000-20220901T080000Z-eeeeeeee.rolled-back"]
    assert rules.releases_to_prune([A, B], B, keep=5) == []


def test_site_hash_matches_sha256sum_on_the_server(tmp_path):
    site = tmp_path / "site"
    (site / "en" / "tìm").mkdir(parents=True)
    (site / "index.html").write_text("<p>Xin chào</p>", encoding="utf-8")
    (site / "en" / "index.html").write_text("<p>Hello</p>", encoding="utf-8")
    (site / "en" / "tìm" / "a b.json").write_bytes(b"{}")
    (site / "Z.txt").write_bytes(b"")
    (site / rules.RECORD_NAME).write_text("{}", encoding="utf-8")  # not part of the content
    shell = shell_site_hash(site)
    assert rules.site_hash(site) == (shell, 4, len("<p>Xin chào</p>".encode()) + len("<p>Hello</p>") + 2)


def test_state_parse():
    state = destination.State.parse(f"has-rsync\nother index.html\ncurrent releases/{A}\nentry {A}\nentry x.partial\n")
    assert (state.has_rsync, state.current, state.entries, state.other) == (True, A, [A, "x.partial"], ["index.html"])
    assert destination.State.parse("current /var/www/old\n").current is None
    assert destination.State.parse("absent\n").absent
    assert destination.State.parse("absent\nnot-writable\n").not_writable


def _local(path: Path) -> destination.Transport:
    return destination.open_transport(rules.parse_destination(str(path), path.parent))


def test_local_operations_layout_switch_and_refusals(tmp_path):
    site = tmp_path / "site"
    umask = os.umask(0o077)  # a private umask: the web server must still read what is published
    try:
        (site / "en").mkdir(parents=True)
        (site / "index.html").write_text("một", encoding="utf-8")
        (site / "en" / "index.html").write_text("one", encoding="utf-8")
    finally:
        os.umask(umask)
    dest = tmp_path / "dest"
    transport = _local(dest)
    assert transport.inspect().absent
    name, digest, commit = cli.release(transport, transport.inspect(), site, "https://hoctap.vn/", 5, (None, False))
    assert name.startswith("000001-") and commit is None
    assert dest.joinpath("current").is_symlink() and str(dest.joinpath("current").readlink()) == f"releases/{name}"
    assert dest.joinpath("current", "index.html").read_text(encoding="utf-8") == "một"
    for path, mode in (("", 0o755), ("en", 0o755), ("index.html", 0o644), ("en/index.html", 0o644)):
        assert dest.joinpath("releases", name, path).stat().st_mode & 0o777 == mode, path
    assert sorted(p.name for p in dest.iterdir()) == ["current", "publish.log", "releases"]
    (dest / "lost+found").mkdir()  # the destination is a file system of its own
    assert cli.inspect(transport).current == name

    (dest / "index.html").write_text("x", encoding="utf-8")  # someone copied a site there by hand
    with pytest.raises(cli.Refused, match=r"dest: thư mục này đã có tệp khác \(index.html\)"):
        cli.inspect(transport)
    (dest / "index.html").unlink()
    (dest / "current").unlink()
    (dest / "current").mkdir()
    with pytest.raises(cli.Refused, match="current: đây là một thư mục thường"):
        cli.inspect(transport)


def test_inspect_reports_a_folder_this_account_may_not_write():
    base = Path(tempfile.mkdtemp(prefix="publish-ro-"))
    try:
        base.chmod(0o755)
        (base / "releases").mkdir()
        (base / "releases").chmod(0o555)
        (base / "ro").mkdir()
        (base / "ro").chmod(0o555)
        as_other = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.getuid() == 0 else []
        for folder, expected in ((base, "not-writable"), (base / "ro" / "new" / "site", "absent\nnot-writable")):
            out = subprocess.run(
                [*as_other, "sh", "-c", destination.INSPECT, "sh", str(folder)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            assert expected in out and destination.State.parse(out).not_writable
        with pytest.raises(cli.Refused, match=r"tài khoản đang dùng không được ghi vào thư mục này.*\(EN: the account"):
            cli.inspect(
                type(
                    "T",
                    (),
                    {
                        "dest": rules.parse_destination(str(base), base),
                        "inspect": lambda self: destination.State(not_writable=True),
                    },
                )()
            )
    finally:
        for folder in (base / "releases", base / "ro"):
            folder.chmod(0o755)
        shutil.rmtree(base)

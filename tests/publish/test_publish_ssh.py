"""scripts/publish over SSH (rsync) to an sshd the tests run on 127.0.0.1, in a fresh terminal."""

from __future__ import annotations

import json

from tests.support.publish import fresh_terminal, make_project, seed_release, shell_site_hash, snapshot


def test_publish_over_ssh_failed_build_and_rollback(publish_project, built_by_script, fresh_home, ssh_server, tmp_path):
    server_dir = tmp_path / "server" / "hoctapsuotdoi"  # "the server's disk": sshd runs on this machine
    first = seed_release(server_dir, built_by_script, tmp_path, "first")
    target = f"root@{ssh_server.host_alias}:{server_dir}"

    result = fresh_terminal(f"scripts/publish {target}", fresh_home, publish_project)
    assert result.returncode == 0, result.stdout + result.stderr
    releases = sorted(p.name for p in (server_dir / "releases").iterdir())
    assert len(releases) == 2 and releases[1].startswith("000002-")
    live = server_dir / "current"
    assert str(live.readlink()) == f"releases/{releases[1]}"
    record = json.loads((live / ".release.json").read_text(encoding="utf-8"))
    assert record["release"] == releases[1] and record["site_sha256"] == shell_site_hash(live)
    assert (live / "en" / "index.html").is_file() and (live / "en" / "search" / "search_index.json").is_file()
    assert oct((live / "index.html").stat().st_mode & 0o777) == "0o644"  # readable by the web server

    broken = make_project(tmp_path / "broken", git=False)
    activities = broken / "data" / "editions" / "2022" / "activities.yml"
    activities.write_text(activities.read_text(encoding="utf-8").replace("start:", "start: [", 1), encoding="utf-8")
    before = snapshot(server_dir)
    result = fresh_terminal(f"scripts/publish {target}", fresh_home, broken)
    assert result.returncode == 1
    assert "data/editions/2022/activities.yml:" in result.stdout + result.stderr  # the build's located message
    assert f"{target}: trang có lỗi (xem các dòng ở trên), nên chưa chép gì lên đây" in result.stderr
    assert snapshot(server_dir) == before  # not one file, link or log line changed on the server

    result = fresh_terminal(f"scripts/publish --rollback {target}", fresh_home, publish_project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{target}: đã quay lại bản {releases[0]}" in result.stdout
    assert str(live.readlink()) == f"releases/{releases[0]}"
    assert snapshot(server_dir / "current/") == first


def test_unknown_server_key_is_refused_with_what_to_do(publish_project, fresh_home, ssh_server, tmp_path):
    # Our sshd, under a name ~/.ssh/known_hosts does not list (it names [127.0.0.1]:port only).
    target = f"ssh://root@localhost:{ssh_server.port}{tmp_path / 'srv'}"
    result = fresh_terminal(f"scripts/publish {target}", fresh_home, publish_project, timeout=120)
    assert result.returncode == 1
    assert result.stderr.startswith(f"{target}: máy này chưa nhận diện máy chủ root@localhost.")
    assert "[ssh: Host key verification failed.]" in result.stderr
    assert not (tmp_path / "srv").exists()

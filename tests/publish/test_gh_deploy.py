"""`mkdocs gh-deploy` against a local bare git repository: it stops before building, pointing to
scripts/publish, and pushes nothing (hooks/hook_publish.py says why it is not used)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.support.publish import make_project


def test_gh_deploy_stops_with_a_message_and_pushes_nothing(tmp_path):
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    project = make_project(tmp_path / "project")
    subprocess.run(["git", "remote", "add", "origin", str(remote)], cwd=project, check=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="true", PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "gh-deploy", "--force"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "mkdocs gh-deploy: trang này không đăng bằng lệnh này" in result.stderr
    assert "scripts/publish THƯ_MỤC_ĐÍCH" in result.stderr and "scripts/publish DEST" in result.stderr
    assert "hosting/ci/" in result.stderr
    branches = subprocess.run(["git", "ls-remote", "--heads", str(remote)], capture_output=True, text=True, check=True)
    assert branches.stdout == ""  # no gh-pages branch
    assert not (project / "site").exists() and not list(project.glob("site.*"))  # stopped before building

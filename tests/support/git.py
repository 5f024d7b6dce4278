"""Real git repositories for the tests of "last updated" dates (full and shallow clones)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

OLD = "2020-01-01T09:00:00+07:00"  # 1577844000
NEW = "2022-09-15T09:00:00+07:00"  # 1663207200


def git(cwd: Path, *args: str, date: str = OLD) -> str:
    env = dict(os.environ, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    return subprocess.run(
        [
            "git",
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.invalid",
            "-c",
            "protocol.file.allow=always",
            *args,
        ],
        cwd=cwd,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout

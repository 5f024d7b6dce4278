"""Helpers of the publish tests: a project copy that runs its own scripts, a fresh terminal, checks of
published folders (fixtures are in tests/publish/conftest.py)."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.support.project import ROOT, copy_project

REAL_URL = "https://hoctapsuotdoi-ngoquyen.vn/"  # never contacted: only written into the built pages


CLEAN_PATH = "/usr/bin:/bin"


def make_project(dest: Path, site_url: str | None = REAL_URL, git: bool = True) -> Path:
    """A copy of the project that runs its own scripts (sharing .venv), optionally a git checkout."""
    copy_project(dest)
    shutil.copytree(ROOT / "scripts", dest / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("requirements.txt", "requirements-test.txt", ".gitignore"):
        shutil.copy2(ROOT / name, dest / name)
    (dest / ".venv").symlink_to((ROOT / ".venv").resolve())
    if site_url:
        config = dest / "mkdocs.yml"
        text = config.read_text(encoding="utf-8").replace("https://hoctapsuotdoi.example/", site_url)
        config.write_text(text, encoding="utf-8")
    if git:
        run = dict(cwd=dest, check=True, capture_output=True)
        subprocess.run(["git", "init", "-q", "-b", "main"], **run)
        subprocess.run(["git", "add", "-A"], **run)
        subprocess.run(
            ["git", "-c", "user.name=Test", "-c", "user.email=test@localhost", "commit", "-q", "-m", "site"], **run
        )
    return dest


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and symlink under ``folder`` (symlinks by target, files by sha256), not following links."""
    result = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            result[rel] = "-> " + os.readlink(path)
        elif path.is_file():
            result[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def shell_site_hash(site: Path) -> str:
    """The documented check of ``site_sha256``, run by the shell on the published folder."""
    out = subprocess.run(
        "find . -type f ! -name .release.json -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum",
        shell=True,
        cwd=site,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split()[0]


def fresh_terminal(command: str, home: Path, cwd: Path, timeout: float = 600, **popen) -> subprocess.CompletedProcess:
    """Run ``command`` with bash in a clean environment, ``home`` being the user's home for ssh too.

    A new session has no terminal, as in CI: ssh cannot ask a question, it fails and says why.
    """
    return subprocess.run(
        _fresh_argv(command, home, cwd),
        capture_output=True,
        text=True,
        timeout=timeout,
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        **popen,
    )


def _fresh_argv(command: str, home: Path, cwd: Path) -> list[str]:
    inner = 'mount --bind "$1" /etc/passwd && cd "$2" && exec env -i PATH="$3" HOME="$4" bash -c "$5"'
    return [
        "unshare",
        "--mount",
        "--propagation",
        "private",
        "sh",
        "-c",
        inner,
        "sh",
        str(home.parent / f"{home.name}.passwd"),
        str(cwd),
        CLEAN_PATH,
        str(home),
        command,
    ]


def start_fresh_terminal(command: str, home: Path, cwd: Path) -> subprocess.Popen:
    """Like ``fresh_terminal`` for a command that keeps running (its own process group, to stop it).

    Its output goes to a file (``output_of(process)`` reads it): a pipe nobody reads while the test
    polls would fill up (64 kB) and block the command."""
    log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
    process = subprocess.Popen(
        _fresh_argv(command, home, cwd),
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    process.log = log
    return process


def output_of(process: subprocess.Popen) -> str:
    """What a command started by ``start_fresh_terminal`` has printed so far."""
    process.log.seek(0)
    return process.log.read()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class SshServer:
    host_alias: str
    port: int


def seed_release(dest: Path, site: Path, tmp: Path, marker: str) -> dict[str, str]:
    """Publish a copy of ``site`` with ``marker`` in its home page (no build), as an earlier release.

    Returns the snapshot of that release as published (what a rollback must restore byte for byte).
    """
    from hooks.lib.publish import cli, destination, rules

    copy = tmp / f"seed-{marker}"
    shutil.copytree(site, copy)
    index = copy / "index.html"
    index.write_text(
        index.read_text(encoding="utf-8").replace("</body>", f"<!-- {marker} --></body>"), encoding="utf-8"
    )
    transport = destination.open_transport(rules.parse_destination(str(dest), tmp))
    try:
        name, _, _ = cli.release(transport, cli.inspect(transport), copy, REAL_URL, 5, (None, False))
    finally:
        transport.close()
    return snapshot(dest / "releases" / name)

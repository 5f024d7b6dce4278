"""Fixtures for the publish tests: a git checkout of the project with a real-looking site_url, a fresh
terminal to run commands in, and an SSH server on 127.0.0.1.

* ``fresh_terminal`` runs a command line with bash as a new terminal would: ``env -i
  PATH=/usr/bin:/bin HOME=<tmp home>``. ssh finds ``~/.ssh`` through the password database, not $HOME,
  so the command runs in a private mount namespace (``unshare --mount``) where a copy of /etc/passwd
  giving the user the tmp home is bind-mounted over it: the machine's own files are never read or
  changed, and nothing else moves (the Python of .venv may live in the real home).
* ``ssh_server`` is Debian's ``/usr/sbin/sshd`` on a free port of 127.0.0.1 with its own config, host key
  and authorized key in tmp; the client key, ``~/.ssh/config`` (host alias ``may-chu-web``) and
  ``~/.ssh/known_hosts`` (so the host key is checked, never accepted blindly) are in the tmp home.
"""
from __future__ import annotations

import hashlib
import os
import pwd
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_project

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
        subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@localhost", "commit", "-q", "-m", "site"],
                       **run)
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
    out = subprocess.run("find . -type f ! -name .release.json -printf '%P\\0' | LC_ALL=C sort -z | "
                         "xargs -0 sha256sum | sha256sum", shell=True, cwd=site, capture_output=True, text=True,
                         check=True).stdout
    return out.split()[0]


@pytest.fixture(scope="session")
def fresh_home(tmp_path_factory) -> Path:
    """An empty home with ~/.ssh, and beside it the password file that names it as the user's home."""
    if shutil.which("unshare") is None or subprocess.run(["unshare", "--mount", "true"],
                                                         capture_output=True).returncode != 0:
        pytest.skip("needs root and `unshare --mount` (util-linux) to give commands a home of their own")
    home = tmp_path_factory.mktemp("home")
    (home / ".ssh").mkdir(mode=0o700)
    me = pwd.getpwuid(os.getuid())
    rows = []
    for row in Path("/etc/passwd").read_text(encoding="utf-8").splitlines():
        fields = row.split(":")
        if len(fields) == 7 and fields[0] == me.pw_name:
            fields[5] = str(home)
        rows.append(":".join(fields))
    (home.parent / f"{home.name}.passwd").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return home


def fresh_terminal(command: str, home: Path, cwd: Path, timeout: float = 600, **popen) -> subprocess.CompletedProcess:
    """Run ``command`` with bash in a clean environment, ``home`` being the user's home for ssh too.

    A new session has no terminal, as in CI: ssh cannot ask a question, it fails and says why.
    """
    return subprocess.run(_fresh_argv(command, home, cwd), capture_output=True, text=True, timeout=timeout,
                          start_new_session=True, stdin=subprocess.DEVNULL, **popen)


def _fresh_argv(command: str, home: Path, cwd: Path) -> list[str]:
    inner = 'mount --bind "$1" /etc/passwd && cd "$2" && exec env -i PATH="$3" HOME="$4" bash -c "$5"'
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", inner, "sh",
            str(home.parent / f"{home.name}.passwd"), str(cwd), CLEAN_PATH, str(home), command]


def start_fresh_terminal(command: str, home: Path, cwd: Path) -> subprocess.Popen:
    """Like ``fresh_terminal`` for a command that keeps running (its own process group, to stop it)."""
    return subprocess.Popen(_fresh_argv(command, home, cwd), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, start_new_session=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class SshServer:
    host_alias: str
    port: int


@pytest.fixture(scope="session")
def ssh_server(tmp_path_factory, fresh_home) -> SshServer:
    if os.getuid() != 0 or not Path("/usr/sbin/sshd").exists():
        pytest.skip("needs root and Debian's openssh-server (scripts/test installs it)")
    work = tmp_path_factory.mktemp("sshd")
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(work / "host_key")], check=True)
    key = fresh_home / ".ssh" / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    shutil.copy(key.with_suffix(".pub"), work / "authorized_keys")
    port = free_port()
    (work / "sshd_config").write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {work}/host_key\nPidFile {work}/sshd.pid\n"
        f"AuthorizedKeysFile {work}/authorized_keys\nPubkeyAuthentication yes\nPasswordAuthentication no\n"
        "KbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\nStrictModes no\nUsePAM no\n"
        "MaxSessions 50\nMaxStartups 50\n", encoding="utf-8")
    host_key = (work / "host_key.pub").read_text(encoding="utf-8").split()[:2]
    (fresh_home / ".ssh" / "known_hosts").write_text(f"[127.0.0.1]:{port} {' '.join(host_key)}\n", encoding="utf-8")
    (fresh_home / ".ssh" / "config").write_text(
        f"Host may-chu-web\n  HostName 127.0.0.1\n  Port {port}\n  User root\n  StrictHostKeyChecking yes\n",
        encoding="utf-8")
    Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # sshd's privilege-separation directory
    log = open(work / "sshd.log", "w")
    server = subprocess.Popen(["/usr/sbin/sshd", "-D", "-e", "-f", str(work / "sshd_config")], stderr=log)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    else:
        server.kill()
        pytest.fail(f"sshd did not start: {(work / 'sshd.log').read_text()}")
    yield SshServer("may-chu-web", port)
    server.terminate()
    server.wait(timeout=10)
    log.close()


@pytest.fixture(scope="session")
def publish_project(tmp_path_factory) -> Path:
    """The project as a git checkout with a real-looking site_url: it may be published."""
    return make_project(tmp_path_factory.mktemp("publish") / "project")


@pytest.fixture(scope="session")
def built_by_script(publish_project, fresh_home) -> Path:
    """``scripts/build`` run in a fresh terminal: the strict build of the publish project, in its site/."""
    result = fresh_terminal("scripts/build", fresh_home, publish_project)
    assert result.returncode == 0, result.stdout + result.stderr
    return (publish_project / "site").resolve()


def seed_release(dest: Path, site: Path, tmp: Path, marker: str) -> dict[str, str]:
    """Publish a copy of ``site`` with ``marker`` in its home page (no build), as an earlier release.

    Returns the snapshot of that release as published (what a rollback must restore byte for byte).
    """
    from hooks.lib.publish import cli, destination, rules

    copy = tmp / f"seed-{marker}"
    shutil.copytree(site, copy)
    index = copy / "index.html"
    index.write_text(index.read_text(encoding="utf-8").replace("</body>", f"<!-- {marker} --></body>"),
                     encoding="utf-8")
    transport = destination.open_transport(rules.parse_destination(str(dest), tmp))
    try:
        name, _, _ = cli.release(transport, cli.inspect(transport), copy, REAL_URL, 5, (None, False))
    finally:
        transport.close()
    return snapshot(dest / "releases" / name)

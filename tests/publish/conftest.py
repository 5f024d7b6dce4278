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

import os
import pwd
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.support.publish import (  # noqa: F401
    CLEAN_PATH,
    REAL_URL,
    SshServer,
    _fresh_argv,
    free_port,
    fresh_terminal,
    make_project,
    seed_release,
    shell_site_hash,
    snapshot,
    start_fresh_terminal,
)


@pytest.fixture(scope="session")
def fresh_home(tmp_path_factory) -> Path:
    """An empty home with ~/.ssh, and beside it the password file that names it as the user's home."""
    if (
        shutil.which("unshare") is None
        or subprocess.run(["unshare", "--mount", "true"], capture_output=True).returncode != 0
    ):
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
        "MaxSessions 50\nMaxStartups 50\n",
        encoding="utf-8",
    )
    host_key = (work / "host_key.pub").read_text(encoding="utf-8").split()[:2]
    (fresh_home / ".ssh" / "known_hosts").write_text(f"[127.0.0.1]:{port} {' '.join(host_key)}\n", encoding="utf-8")
    (fresh_home / ".ssh" / "config").write_text(
        f"Host may-chu-web\n  HostName 127.0.0.1\n  Port {port}\n  User root\n  StrictHostKeyChecking yes\n",
        encoding="utf-8",
    )
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

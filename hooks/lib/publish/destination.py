"""The file operations on a publish destination, the same for a local folder and an SSH server.

Each operation is one short POSIX shell snippet, run by ``sh`` on this computer or by ``sh`` on the
server through ``ssh`` (one connection, shared by every step and by rsync, so a password is asked
once). The server needs only ``sh``, GNU coreutils (``mv -T``, which every Debian/Ubuntu has) and
rsync. Layout::

    DEST/current            -> releases/<release>   (symlink: the web server's root)
    DEST/releases/<release>/   one complete site each, with its .release.json
    DEST/publish.log           one line per publish or rollback

The switch makes a new symlink ``DEST/.current.new`` and renames it over ``DEST/current``:
``rename(2)`` replaces the link in one step, so a reader gets the old site or the new one.
"""
from __future__ import annotations

import shlex
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hooks.lib.publish import rules

INSPECT = r"""
d=$1
if [ ! -e "$d" ]; then
  p=$d; while [ ! -e "$p" ]; do p=$(dirname -- "$p"); done
  echo absent; if [ ! -w "$p" ]; then echo not-writable; fi; exit 0
fi
if [ ! -d "$d" ]; then echo not-dir; exit 0; fi
cd "$d" || exit 1
if [ ! -w . ] || { [ -d releases ] && [ ! -w releases ]; }; then echo not-writable; fi
if command -v rsync >/dev/null 2>&1; then echo has-rsync; fi
for e in * .[!.]* ..?*; do
  if [ -e "$e" ] || [ -L "$e" ]; then
    case $e in releases|current|publish.log|.current.new|lost+found) ;; *) printf 'other %s\n' "$e" ;; esac
  fi
done
if [ -L current ]; then printf 'current %s\n' "$(readlink current)"; elif [ -e current ]; then echo current-not-link; fi
if [ -d releases ]; then
  for e in releases/* releases/.[!.]*; do if [ -e "$e" ]; then printf 'entry %s\n' "${e#releases/}"; fi; done
fi
"""
PREPARE = 'mkdir -p -- "$1/releases"'
# $2 = release, $3 = the upload folder to rename into it ("" for a rollback to an existing release).
SWITCH = r"""
set -e
cd "$1"
if [ -n "$3" ]; then mv -T -- "releases/$3" "releases/$2"; fi
ln -sfn -- "releases/$2" .current.new
mv -Tf -- .current.new current
"""
REMOVE = r"""
set -e
cd "$1/releases"
shift
for n in "$@"; do rm -rf -- "$n"; done
find . -maxdepth 1 -name '*.partial' -mmin +60 -exec rm -rf -- {} + 2>/dev/null || true
"""
RENAME = 'cd "$1/releases" && mv -T -- "$2" "$3"'
LOG = 'printf "%s\\n" "$2" >> "$1/publish.log"'
READ_RECORD = 'cat -- "$1/releases/$2/.release.json"'


class DestinationFailed(RuntimeError):
    """An operation on the destination failed; ``detail`` is the last line the system printed."""

    def __init__(self, detail: str, connection: bool = False) -> None:
        super().__init__(detail)
        self.detail, self.connection = detail, connection


@dataclass
class State:
    """What is at the destination now."""

    absent: bool = False
    not_dir: bool = False
    not_writable: bool = False  # this account may not create the release or switch the link
    has_rsync: bool = False
    current: str | None = None  # the release name ``current`` points to
    current_not_link: bool = False
    entries: list[str] = field(default_factory=list)  # names in releases/
    other: list[str] = field(default_factory=list)  # names beside our layout

    @classmethod
    def parse(cls, output: str) -> State:
        state = cls()
        for line in output.splitlines():
            key, _, value = line.partition(" ")
            if key == "absent":
                state.absent = True
            elif key == "not-dir":
                state.not_dir = True
            elif key == "not-writable":
                state.not_writable = True
            elif key == "has-rsync":
                state.has_rsync = True
            elif key == "current-not-link":
                state.current_not_link = True
            elif key == "current":
                target = value.rstrip("/")
                name = target.removeprefix("releases/")
                state.current = name if name != target and "/" not in name else None
            elif key == "entry":
                state.entries.append(value)
            elif key == "other":
                state.other.append(value)
        return state


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "?"


class Transport:
    """Runs the snippets and rsync for a destination on this computer; ``Ssh`` runs them on a server."""

    def __init__(self, dest: rules.Destination) -> None:
        self.dest = dest

    def command(self, snippet: str, args: list[str]) -> list[str]:
        return ["sh", "-c", snippet, "sh", *args]

    def rsync_options(self) -> list[str]:
        return []

    def rsync_path(self, path: str) -> str:
        return path

    def open(self) -> None:
        pass

    def _lost(self, returncode: int) -> bool:
        """ssh exits with 255 when the connection (not the command) failed."""
        return self.dest.is_remote and returncode == 255

    def close(self) -> None:
        pass

    def run(self, snippet: str, *args: str) -> str:
        result = subprocess.run(self.command(snippet, [self.dest.path, *args]), capture_output=True, text=True,
                                stdin=subprocess.DEVNULL)
        if result.returncode != 0:
            raise DestinationFailed(_last_line(result.stderr), connection=self._lost(result.returncode))
        return result.stdout

    def inspect(self) -> State:
        return State.parse(self.run(INSPECT))

    def upload(self, site: Path, folder: str, link_dest: str | None, progress: bool) -> None:
        """Copy ``site`` to ``releases/<folder>/``; files equal to the live release's are hard links to them."""
        self.run(PREPARE)
        # Readable by the web server whatever the umask; no times or owners kept, so that files equal in
        # content (--checksum) to the live release's qualify as hard links (--link-dest).
        cmd = ["rsync", "--recursive", "--links", "--perms", "--chmod=D755,F644", "--checksum",
               *self.rsync_options()]
        if link_dest:
            cmd.append(f"--link-dest=../{link_dest}")  # relative to the new folder
        if progress:
            cmd.append("--info=progress2")
        cmd += [f"{site}/", self.rsync_path(f"{self.dest.path}/releases/{folder}/")]
        result = subprocess.run(cmd, stdout=None if progress else subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True, stdin=subprocess.DEVNULL)
        if result.returncode != 0:
            raise DestinationFailed(_last_line(result.stderr), connection=self._lost(result.returncode))

    def switch(self, release: str, upload_folder: str = "") -> None:
        self.run(SWITCH, release, upload_folder)

    def remove(self, names: list[str]) -> None:
        self.run(REMOVE, *names)

    def rename(self, old: str, new: str) -> None:
        self.run(RENAME, old, new)

    def log(self, line: str) -> None:
        self.run(LOG, line)

    def read_record(self, release: str) -> str:
        return self.run(READ_RECORD, release)


class Ssh(Transport):
    """One SSH connection (a control master) for every step; closed by ``close``."""

    def __init__(self, dest: rules.Destination) -> None:
        super().__init__(dest)
        self._socket_dir = tempfile.mkdtemp(prefix="publish-ssh-")  # short path: a socket name is limited
        base = ["ssh"]
        if dest.port:
            base += ["-p", str(dest.port)]
        self.ssh = base + ["-o", f"ControlPath={self._socket_dir}/%C", "-o", "ServerAliveInterval=15"]

    def open(self) -> None:
        """Log in once (the password or the host key question, if any, is asked here)."""
        with tempfile.TemporaryFile(mode="w+") as errors:  # a file, not a pipe: the master lives on
            result = subprocess.run([*self.ssh, "-o", "ControlMaster=yes", "-o", "ControlPersist=600", "-f", "-N",
                                     self.dest.host], stdout=subprocess.DEVNULL, stderr=errors)
            errors.seek(0)
            if result.returncode != 0:
                raise DestinationFailed(_last_line(errors.read()), connection=True)

    def close(self) -> None:
        subprocess.run([*self.ssh, "-O", "exit", self.dest.host], capture_output=True, stdin=subprocess.DEVNULL)
        shutil.rmtree(self._socket_dir, ignore_errors=True)

    def command(self, snippet: str, args: list[str]) -> list[str]:
        remote = "sh -c " + shlex.quote(snippet) + " sh " + " ".join(shlex.quote(a) for a in args)
        return [*self.ssh, "-o", "ControlMaster=no", self.dest.host, remote]

    def rsync_options(self) -> list[str]:
        return ["-e", shlex.join([*self.ssh, "-o", "ControlMaster=no"])]

    def rsync_path(self, path: str) -> str:
        return f"{self.dest.host}:{path}"


def open_transport(dest: rules.Destination) -> Transport:
    transport = Ssh(dest) if dest.is_remote else Transport(dest)
    try:
        transport.open()
    except BaseException:
        transport.close()
        raise
    return transport

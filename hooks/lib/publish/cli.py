"""``scripts/publish``: build strictly into a temporary folder, copy it to the destination as a new
release, switch ``DEST/current`` to it; or put the previous release back (``--rollback``).

Usage (the shell wrapper scripts/publish runs ``python -m hooks.lib.publish`` from the project root):
    scripts/publish DEST                 DEST = /srv/folder, user@host:/srv/folder or ssh://user@host:port/srv/folder
    scripts/publish --rollback DEST
    scripts/publish --check              only check site_url (for CI before a Pages deploy)
    scripts/publish --keep N DEST        keep N releases (default 5)

The order guarantees "nothing is copied when the build fails": check site_url, connect and look at the
destination (read only), build, and only then copy and switch.
"""
from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from hooks.lib.publish import destination as destination_ops
from hooks.lib.publish import messages, rules
from hooks.lib.publish.destination import DestinationFailed, Transport

PROJECT = Path(__file__).resolve().parents[3]
SOURCE_PARTS = ("mkdocs.yml", "docs", "data", "hooks", "overrides")


class Refused(Exception):
    """Stop with this message (already worded for staff) and a non-zero exit (2: the command was mistyped)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def parse_args(argv: list[str]) -> dict:
    options = {"rollback": False, "check": False, "keep": rules.DEFAULT_KEEP, "dest": None, "help": False}
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in ("-h", "--help"):
            options["help"] = True
        elif arg == "--rollback":
            options["rollback"] = True
        elif arg == "--check":
            options["check"] = True
        elif arg == "--keep" or arg.startswith("--keep="):
            value = arg.partition("=")[2] or (args.pop(0) if args else "")
            if not value.isdigit() or int(value) < 1:
                raise Refused(messages.usage(f"--keep cần một số từ 1 trở lên, không phải '{value}'.",
                                             f"--keep needs a number of 1 or more, not '{value}'."), 2)
            options["keep"] = int(value)
        elif arg.startswith("-") and arg != "-":
            raise Refused(messages.usage(f"không có tùy chọn '{arg}'.", f"there is no option '{arg}'."), 2)
        elif options["dest"] is None:
            options["dest"] = arg
        else:
            raise Refused(messages.usage(f"chỉ ghi một thư mục đích ('{arg}' là thừa).",
                                         f"give one destination only ('{arg}' is extra)."), 2)
    if not options["help"] and not options["check"] and options["dest"] is None:
        raise Refused(messages.usage("thiếu thư mục đích.", "the destination is missing."), 2)
    return options


def checked_site_url(project: Path) -> str:
    url, line = rules.site_url_setting((project / "mkdocs.yml").read_text(encoding="utf-8"))
    problem = rules.site_url_problem(url)
    if problem:
        raise Refused(messages.site_url_refused(line, url, problem))
    return str(url).strip()


def require_tools(dest: rules.Destination, rsync: bool) -> None:
    for tool in (["rsync"] if rsync else []) + (["ssh"] if dest.is_remote else []):
        if shutil.which(tool) is None:
            raise Refused(messages.tool_missing(tool))


def connect(dest: rules.Destination) -> Transport:
    try:
        return destination_ops.open_transport(dest)
    except DestinationFailed as exc:
        raise Refused(messages.ssh_failed(dest.text, dest.host or "", exc.detail)) from None


def inspect(transport: Transport) -> destination_ops.State:
    dest = transport.dest
    try:
        state = transport.inspect()
    except DestinationFailed as exc:
        if exc.connection:
            raise Refused(messages.ssh_failed(dest.text, dest.host or "", exc.detail)) from None
        raise Refused(messages.destination_error(dest.text, exc.detail)) from None
    if state.not_dir:
        raise Refused(messages.not_a_folder(dest.text))
    if state.not_writable:
        raise Refused(messages.not_writable(dest.text))
    if state.other:
        raise Refused(messages.foreign_content(dest.text, state.other))
    if state.current_not_link:
        raise Refused(messages.current_not_link(dest.text))
    return state


def git_source(project: Path) -> tuple[str | None, bool]:
    """(commit, uncommitted changes in the site's sources) - (None, False) outside a git checkout."""
    def git(*args: str) -> subprocess.CompletedProcess | None:
        try:
            return subprocess.run(["git", "-C", str(project), *args], capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            return None

    head = git("rev-parse", "--verify", "HEAD")
    if head is None or head.returncode != 0:
        return None, False
    status = git("status", "--porcelain", "--", *SOURCE_PARTS)
    return head.stdout.strip(), bool(status and status.stdout.strip())


def build(project: Path, out: Path) -> bool:
    """The strict build, its messages shown as they come. Returns True when it succeeded."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="true")
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(out)]
    return subprocess.run(cmd, cwd=project, env=env, stdin=subprocess.DEVNULL).returncode == 0


def who() -> str:
    try:
        return f"{getpass.getuser()}@{socket.gethostname()}"
    except (OSError, KeyError):
        return "?"


def publish(project: Path, dest: rules.Destination, keep: int) -> None:
    require_tools(dest, rsync=True)
    site_url = checked_site_url(project)
    transport = connect(dest)
    work = Path(tempfile.mkdtemp(prefix="publish-build-"))
    try:
        state = inspect(transport)
        if dest.is_remote and not state.has_rsync:
            raise Refused(messages.remote_rsync_missing(dest.text))
        print(messages.building(str(work)), flush=True)
        if not build(project, work / "site"):
            raise Refused(messages.build_failed(dest.text))
        site = (work / "site").resolve()  # the build may publish its output folder as a symlink
        name, digest, commit = release(transport, state, site, site_url, keep, git_source(project))
        print(messages.published(dest.text, name, digest, commit, keep))
    finally:
        transport.close()
        shutil.rmtree(work, ignore_errors=True)


def release(transport: Transport, state: destination_ops.State, site: Path, site_url: str, keep: int,
            source: tuple[str | None, bool]) -> tuple[str, str, str | None]:
    """Copy a built ``site`` to the destination as a new release, switch ``current`` to it, prune.

    Returns (release name, content hash, source commit). ``site`` gets its ``.release.json``.
    """
    dest = transport.dest
    commit, uncommitted = source
    now = dt.datetime.now(dt.UTC)
    digest, files, size = rules.site_hash(site)
    name = rules.new_release_name(state.entries, now, digest)
    record = rules.release_record(name, now, site_url, digest, files, size, commit, uncommitted)
    (site / rules.RECORD_NAME).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    upload = f"{name}.{secrets.token_hex(4)}{rules.PARTIAL_SUFFIX}"
    print(messages.uploading(dest.text, name, files, size), flush=True)
    try:
        live = state.current if state.current in state.entries else None  # a link to a removed release
        transport.upload(site, upload, live, progress=sys.stdout.isatty())
    except DestinationFailed as exc:
        _discard(transport, upload)
        raise Refused(messages.upload_failed(dest.text, exc.detail)) from None
    try:
        transport.switch(name, upload)
    except DestinationFailed as exc:
        _discard(transport, upload)
        raise Refused(messages.switched_by_someone_else(dest.text, exc.detail)) from None
    try:
        transport.log(f"{record['published_at']} publish {name} commit={commit or '-'}"
                      f"{'+changes' if uncommitted else ''} sha256={digest} by={who()}")
        transport.remove(rules.releases_to_prune(state.entries + [name], name, keep))
    except DestinationFailed as exc:
        print(messages.prune_failed(dest.text, exc.detail), file=sys.stderr)
    return name, digest, commit


def _discard(transport: Transport, upload: str) -> None:
    try:
        transport.remove([upload])
    except DestinationFailed:
        pass  # the next publish removes it once it is an hour old


def rollback(dest: rules.Destination) -> None:
    require_tools(dest, rsync=False)
    transport = connect(dest)
    try:
        state = inspect(transport)
        if state.absent or not rules.releases_in_order(state.entries):
            raise Refused(messages.nothing_published(dest.text))
        previous = rules.previous_release(state.entries, state.current)
        if previous is None:
            raise Refused(messages.no_previous(dest.text, state.current))
        try:
            transport.switch(previous)
        except DestinationFailed as exc:
            raise Refused(messages.destination_error(dest.text, exc.detail)) from None
        try:
            transport.rename(state.current, state.current + rules.ROLLED_BACK_SUFFIX)
            transport.log(f"{dt.datetime.now(dt.UTC):%Y-%m-%dT%H:%M:%SZ} rollback {previous} "
                          f"from={state.current} by={who()}")
            record = json.loads(transport.read_record(previous))
        except (DestinationFailed, ValueError):
            record = {}
        print(messages.rolled_back(dest.text, previous, record, state.current))
    finally:
        transport.close()


def main(argv: list[str] | None = None) -> int:
    try:
        options = parse_args(sys.argv[1:] if argv is None else argv)
        if options["help"]:
            print(messages.usage())
            return 0
        if options["check"]:
            print(messages.site_url_ok(checked_site_url(PROJECT)))
            return 0
        caller = Path(os.environ.get("PUBLISH_CALLER_DIR") or os.getcwd())
        try:
            dest = rules.parse_destination(options["dest"], caller)
        except rules.DestinationError:
            raise Refused(messages.bad_destination(options["dest"]), 2) from None
        if options["rollback"]:
            rollback(dest)
        else:
            publish(PROJECT, dest, options["keep"])
        return 0
    except Refused as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print(messages.bilingual(None, "Đã dừng (Ctrl+C).", "Stopped (Ctrl+C)."), file=sys.stderr)
        return 130

"""Pure decisions of publishing: is ``site_url`` a real address, what the destination is, how a release
is named, which releases to prune, which one a rollback puts back, and the site's content hash.

No file is written here and nothing runs: each function takes plain values (or reads a folder for the
hash) so it is unit-tested without a server.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

# RFC 2606 / RFC 6761 names that can never be a public site: the example address in mkdocs.yml is one.
RESERVED_TLDS = ("example", "invalid", "test", "localhost")
RESERVED_DOMAINS = ("example.com", "example.net", "example.org")
RECORD_NAME = ".release.json"
# <sequence>-<UTC time>-<first 8 hex digits of the content hash>, e.g. 000003-20221001T083000Z-1a2b3c4d.
# The sequence (not the clock, which differs between staff computers) orders releases.
RELEASE_NAME = re.compile(r"(?P<seq>\d{6})-\d{8}T\d{6}Z-[0-9a-f]{8}")
ROLLED_BACK_SUFFIX = ".rolled-back"
PARTIAL_SUFFIX = ".partial"
DEFAULT_KEEP = 5


@dataclass(frozen=True)
class Destination:
    """Where to publish: ``host`` is None for a folder on this computer."""

    text: str  # as the user typed it, for messages
    path: str
    host: str | None = None  # user@host or host, as ssh takes it
    port: int | None = None

    @property
    def is_remote(self) -> bool:
        return self.host is not None


class DestinationError(ValueError):
    pass


def parse_destination(text: str, caller_dir: Path) -> Destination:
    """``/srv/x`` or ``dir`` (this computer), ``[user@]host:/path`` or ``ssh://[user@]host[:port]/path``.

    As for rsync and scp, a colon before the first slash makes it a remote destination.
    """
    text = text.strip()
    if not text:
        raise DestinationError(text)
    if text.startswith("ssh://"):
        parts = urlsplit(text)
        try:
            port = parts.port
        except ValueError:
            raise DestinationError(text) from None
        if not parts.hostname or not parts.path or parts.path == "/":
            raise DestinationError(text)
        host = f"{parts.username}@{parts.hostname}" if parts.username else parts.hostname
        return Destination(text, parts.path, host, port)
    head, colon, tail = text.partition(":")
    if colon and "/" not in head:
        if not head or not tail or head.endswith("@"):
            raise DestinationError(text)
        # Commands run in the account's home folder, where "~/web" is "web" (no shell expands "~" for us).
        path = "." if tail in ("~", "~/") else tail.removeprefix("~/")
        return Destination(text, path.rstrip("/") or "/", head)
    path = Path(os.path.expanduser(text))
    return Destination(text, str(path if path.is_absolute() else (caller_dir / path)))


def site_url_setting(mkdocs_yml: str) -> tuple[object, int]:
    """The ``site_url`` value of mkdocs.yml and its 1-based line (0 when absent).

    MkDocs' own tags (``!ENV``, ``!!python/name``) are read as "no plain value" rather than failing.
    """
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    loader = Loader(mkdocs_yml)
    try:
        document = loader.get_single_node()
        if isinstance(document, yaml.MappingNode):
            for key, value in document.value:
                if isinstance(key, yaml.ScalarNode) and key.value == "site_url":
                    return loader.construct_object(value, deep=True), value.start_mark.line + 1
    finally:
        loader.dispose()
    return None, 0


def site_url_problem(url: object) -> str | None:
    """None when ``url`` can be the public address; else "missing", "not-http" or "example"."""
    if not isinstance(url, str) or not url.strip():
        return "missing"
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not-http"
    host = parts.hostname.rstrip(".").lower()
    labels = host.split(".")
    if labels[-1] in RESERVED_TLDS or any(host == d or host.endswith("." + d) for d in RESERVED_DOMAINS):
        return "example"
    try:
        if ipaddress.ip_address(host).is_loopback:
            return "example"
    except ValueError:
        pass
    return None


def release_sequence(name: str) -> int | None:
    """The sequence number of a release folder name (also ``<release>.rolled-back``), else None."""
    match = RELEASE_NAME.match(name)
    return int(match["seq"]) if match else None


def is_release(name: str) -> bool:
    return RELEASE_NAME.fullmatch(name) is not None


def new_release_name(entries: list[str], now: dt.datetime, site_hash: str) -> str:
    """A name after every release, rolled-back release or upload already in ``releases/``."""
    sequences = [s for s in map(release_sequence, entries) if s is not None]
    sequence = max(sequences, default=0) + 1
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{sequence:06d}-{stamp}-{site_hash[:8]}"


def releases_in_order(entries: list[str]) -> list[str]:
    return sorted((e for e in entries if is_release(e)), key=lambda e: release_sequence(e))


def previous_release(entries: list[str], current: str | None) -> str | None:
    """The newest complete release published before ``current`` (what a rollback puts back)."""
    releases = releases_in_order(entries)
    if current not in releases:
        return None
    older = releases[: releases.index(current)]
    return older[-1] if older else None


def releases_to_prune(entries: list[str], current: str | None, keep: int) -> list[str]:
    """Complete releases beyond the newest ``keep`` (never the current one) and rolled-back releases.

    Uploads in progress (``*.partial``) are left alone: the destination removes those older than an
    hour itself, so a publish running at the same time from another computer is not cut short.
    """
    releases = releases_in_order(entries)
    kept = set(releases[-keep:]) if keep > 0 else set()
    if current:
        kept.add(current)
    old = [r for r in releases if r not in kept]
    rolled_back = sorted(e for e in entries if e.endswith(ROLLED_BACK_SUFFIX) and release_sequence(e) is not None)
    return old + rolled_back


def site_hash(site: Path) -> tuple[str, int, int]:
    """(sha256 hex, file count, total bytes) of a built site, without its ``.release.json``.

    The hash is the sha256 of the lines ``<sha256 of the file>  <path>`` (sorted by path, as
    ``sha256sum`` prints them), so anyone can recompute it on the server with
    ``cd DEST/current && find . -type f ! -name .release.json -printf '%P\\0' | LC_ALL=C sort -z |
    xargs -0 sha256sum | sha256sum``.
    """
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    files = [f for f in files if f != RECORD_NAME]
    total = hashlib.sha256()
    size = 0
    for rel in files:
        data = (site / rel).read_bytes()
        size += len(data)
        total.update(f"{hashlib.sha256(data).hexdigest()}  {rel}\n".encode())
    return total.hexdigest(), len(files), size


def release_record(name: str, now: dt.datetime, site_url: str, digest: str, files: int, size: int,
                   commit: str | None, uncommitted: bool) -> dict:
    """What ``DEST/releases/<name>/.release.json`` says about a release (served with the site)."""
    return {
        "release": name,
        "published_at": now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "site_url": site_url,
        "source_commit": commit,
        "uncommitted_changes": uncommitted,
        "site_sha256": digest,
        "files": files,
        "bytes": size,
    }

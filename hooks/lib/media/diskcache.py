"""The on-disk cache of processed photos and link-preview cards (``.cache/images/`` of the project).

Entries are named by a hash of everything that determines their bytes (the photo's own bytes and the
processing settings; the card's text), so an entry is either right or absent and never needs
invalidating. The Vietnamese and English builds may run at the same time in two processes: every
entry is written under a temporary name and renamed into place, so a reader never sees half a file.
The cache outlives `mkdocs serve` rebuilds on disk only; the objects using it belong to one build.
Pure: no MkDocs import.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path


def content_key(*parts: bytes | str | dict) -> str:
    """A hex key from ``parts`` (dicts as canonical JSON)."""
    digest = hashlib.sha256()
    for part in parts:
        if isinstance(part, dict):
            part = json.dumps(part, sort_keys=True, ensure_ascii=True)
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()[:32]


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def write_folder(path: Path, files: dict[str, bytes]) -> None:
    """Create the folder ``path`` holding ``files`` atomically; if another process made it first, keep theirs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir()
    for name, data in files.items():
        (temporary / name).write_bytes(data)
    try:
        os.rename(temporary, path)
    except OSError:  # the same entry was finished by the other language's build meanwhile
        shutil.rmtree(temporary, ignore_errors=True)
        if not path.is_dir():
            raise

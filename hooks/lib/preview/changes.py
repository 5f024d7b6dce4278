"""What changed in the project since the preview's last rebuild, and what must be rebuilt for it (pure).

Before each rebuild the preview (hooks/preview/) takes a :func:`snapshot` of the files it watches -
size and modification time of each, and for Markdown pages a hash of the text too, since editors
also save files they did not change - and asks :func:`plan` what to rebuild:

* ``pages``: only saved pages of ``docs/<lang>/`` changed - no new or deleted file, no news post. Each
  is rebuilt alone on the last build of its language (hooks/preview/pageonly.py) if its front matter
  is the same as before; the preview checks that with :func:`front_matter` and its title once read.
  Other pages show a page's front matter and title (menu, lists, search), never its text.
* ``full``: anything else - data, templates, hooks, ``mkdocs.yml``, a new or deleted file, a photo (the
  other language's pages may show it), a news post (lists, feeds and the home of both languages show
  posts). Both languages are built again, as ``mkdocs build`` would.
* ``none``: nothing the site is made from changed (an editor's lock or backup file, Python's caches).
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from hooks.lib.content.frontmatter import FRONT_MATTER
from hooks.lib.content.published import BACKUP_SUFFIXES
from hooks.lib.news.posts import is_post_path

PAGE_SUFFIX = ".md"


@dataclass(frozen=True)
class Stamp:
    """One file as last seen: size and modification time; for a page, also a hash of its bytes."""

    size: int
    mtime_ns: int
    digest: str | None = None


Snapshot = Mapping[str, Stamp]  # path relative to the project root (posix) -> stamp


@dataclass(frozen=True)
class Changes:
    added: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    modified: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.modified)


@dataclass(frozen=True)
class Plan:
    """What to rebuild: ``kind`` "none", "pages" (``pages``: language -> source paths) or "full"."""

    kind: str
    pages: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    reason: str = ""  # why a full rebuild (the first path that needs one), for the terminal


def is_ignored(rel: str) -> bool:
    """Files that are never part of the site: hidden ones, editors' backups and lock files, Python caches."""
    path = PurePosixPath(rel)
    name = path.name
    return (any(part.startswith(".") or part == "__pycache__" for part in path.parts)
            or name.endswith(BACKUP_SUFFIXES) or (name.startswith("#") and name.endswith("#")))


def snapshot(root: Path, watched: Iterable[Path]) -> dict[str, Stamp]:
    """Every file under the ``watched`` files and folders (those inside ``root``), as stamps."""
    found: dict[str, Stamp] = {}
    root = root.resolve()
    for top in watched:
        top = Path(top).resolve()
        if not top.is_relative_to(root):
            continue
        paths = [top] if top.is_file() else (Path(folder) / name for folder, _dirs, names in os.walk(top)
                                             for name in names)
        for path in paths:
            rel = path.relative_to(root).as_posix()
            if rel in found or is_ignored(rel):
                continue
            try:
                info = path.stat()
                digest = hashlib.sha256(path.read_bytes()).hexdigest() if rel.endswith(PAGE_SUFFIX) else None
            except OSError:  # deleted while we looked: the next look sees it gone
                continue
            found[rel] = Stamp(info.st_size, info.st_mtime_ns, digest)
    return found


def compare(before: Snapshot, after: Snapshot) -> Changes:
    modified = {rel for rel in before.keys() & after.keys() if _differs(before[rel], after[rel])}
    return Changes(frozenset(after.keys() - before.keys()), frozenset(before.keys() - after.keys()),
                   frozenset(modified))


def _differs(old: Stamp, new: Stamp) -> bool:
    if old.digest is not None and new.digest is not None:
        return old.digest != new.digest  # a page saved unchanged is not a change
    return (old.size, old.mtime_ns) != (new.size, new.mtime_ns)


def plan(changes: Changes, docs_dirs: Mapping[str, str]) -> Plan:
    """What to rebuild for ``changes``; ``docs_dirs``: language -> its pages' folder ("docs/vi")."""
    if not changes:
        return Plan("none")
    if changes.added or changes.removed:
        return Plan("full", reason=sorted(changes.added | changes.removed)[0])
    pages: dict[str, list[str]] = {}
    for rel in sorted(changes.modified):
        lang, src = _page_of(rel, docs_dirs)
        if lang is None or is_post_path(lang, src):
            return Plan("full", reason=rel)
        pages.setdefault(lang, []).append(src)
    return Plan("pages", {lang: tuple(srcs) for lang, srcs in pages.items()})


def _page_of(rel: str, docs_dirs: Mapping[str, str]) -> tuple[str | None, str]:
    """``(language, source path)`` of a Markdown page of ``docs/<lang>/``, else ``(None, "")``."""
    if not rel.endswith(PAGE_SUFFIX):
        return None, ""
    for lang, folder in docs_dirs.items():
        prefix = folder.rstrip("/") + "/"
        if rel.startswith(prefix):
            return lang, rel[len(prefix):]
    return None, ""


def front_matter(text: str) -> str:
    """The front matter block of a page as written (``""`` without one): the part other pages may show."""
    match = FRONT_MATTER.match(text.lstrip("\ufeff").replace("\r\n", "\n"))
    return match.group(0) if match else ""

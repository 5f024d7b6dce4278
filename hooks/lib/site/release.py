"""Releases: build into a new folder, publish it with one rename, keep one for rollback (no MkDocs import).

Layout beside the output folder ``<site>`` (``site`` by default, or ``mkdocs build -d <site>``)::

    <site>            -> <site>.releases/000042-20221001T080000Z   (symlink: what a web server serves)
    <site>.releases/  000041-…  (previous release, kept for rollback)   000042-…  (published)
    <site>.lock       the build lock (buildlock.py)
    <site>.new        for an instant: the new symlink, renamed over <site>

Why a symlink switched by ``rename``: ``rename(2)`` replaces ``<site>`` in one step, so a web server
reading through it sees the previous complete site or the new complete one - never a mix, never
nothing (the former two-rename swap left a moment with no site at all). The symlink is relative,
so the project folder can be moved or copied as a whole.

Everything here runs under the build lock: whatever is in ``<site>.releases/`` besides the published
release and the one before it is what a killed build left, and is removed.
"""
from __future__ import annotations

import ctypes
import datetime as dt
import errno
import os
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

_RELEASE_NAME = re.compile(r"(?P<number>\d{6,})(?:-[0-9A-Za-z.-]+)?")
# Folders of the former layout (build into <site>.building, swap by two renames via <site>.previous).
LEGACY_SUFFIXES = (".building", ".previous")
# The release number given to a pre-existing real <site>/ folder when it becomes the previous release.
CONVERTED_NAME = "000000-before-releases"


class SiteLayoutError(Exception):
    """``<site>`` is something this build must not replace: a file (``target`` None) or a symlink to elsewhere."""

    def __init__(self, site: Path, target: str | None) -> None:
        super().__init__(f"{site}: " + (f"a symlink to {target}" if target else "a file"))
        self.site, self.target = site, target


@dataclass(frozen=True)
class Layout:
    site: Path  # absolute, symlink not resolved

    @classmethod
    def for_site(cls, site_dir: str | os.PathLike) -> Layout:
        # Resolve the parent only: resolving <site> itself would follow the published symlink.
        path = Path(os.path.abspath(site_dir))
        return cls(path.parent.resolve() / path.name)

    @property
    def releases(self) -> Path:
        return self.site.with_name(self.site.name + ".releases")

    @property
    def lock(self) -> Path:
        return self.site.with_name(self.site.name + ".lock")

    @property
    def new_link(self) -> Path:
        return self.site.with_name(self.site.name + ".new")

    def link_target(self, release: str) -> str:
        return f"{self.releases.name}/{release}"


def release_number(name: str) -> int | None:
    match = _RELEASE_NAME.fullmatch(name)
    return int(match["number"]) if match else None


def published_release(layout: Layout) -> str | None:
    """Name of the release ``<site>`` points at; None when there is no site yet or it is a real folder."""
    site = layout.site
    if site.is_symlink():
        target = os.readlink(site)
        prefix = layout.link_target("")
        name = target[len(prefix):] if target.startswith(prefix) else ""
        if "/" in name or release_number(name) is None:
            raise SiteLayoutError(site, target)
        return name
    if site.is_dir() or not os.path.lexists(site):
        return None
    raise SiteLayoutError(site, None)


def releases_to_keep(names: Iterable[str], published: str | None) -> set[str]:
    """The published release and the newest one before it (the rollback); nothing if none is published."""
    if published is None:
        return set()
    number = release_number(published)
    older = [n for n in names if (k := release_number(n)) is not None and number is not None and k < number]
    return {published} | ({max(older, key=release_number)} if older else set())


def leftovers(layout: Layout) -> list[Path]:
    """What a killed build left: half-built or superseded releases, the temporary symlink, old-layout folders.

    Raises SiteLayoutError first if ``<site>`` is something a build must not replace.
    """
    published = published_release(layout)
    found = [layout.site.with_name(layout.site.name + s) for s in LEGACY_SUFFIXES]
    found = [p for p in found if os.path.lexists(p)]
    if os.path.lexists(layout.new_link):
        found.append(layout.new_link)
    if layout.releases.is_dir():
        names = [entry.name for entry in layout.releases.iterdir()]
        keep = releases_to_keep(names, published)
        found += [layout.releases / name for name in sorted(names) if name not in keep]
    return found


def remove(path: Path) -> None:
    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path)


def remove_quietly(path: Path) -> None:
    """Best effort, for a failed build's own release (on a full or read-only disk removal may fail too;
    the next build removes what is left)."""
    try:
        remove(path)
    except OSError:
        pass


def new_release(layout: Layout, now: dt.datetime) -> Path:
    """Create the empty folder of the next release (numbered after every existing one)."""
    layout.releases.mkdir(exist_ok=True)
    numbers = [k for entry in layout.releases.iterdir() if (k := release_number(entry.name)) is not None]
    name = f"{max(numbers, default=0) + 1:06d}-{now.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"
    path = layout.releases / name
    path.mkdir()
    return path


def publish(layout: Layout, release: Path, pause: Callable[[str], None]) -> bool:
    """Point ``<site>`` at ``release`` by renaming a new symlink over it. False if it took a non-atomic step.

    A real ``<site>/`` folder (the former layout, first build after the upgrade) is exchanged with
    the new symlink in one ``renameat2(RENAME_EXCHANGE)`` and then kept as the previous release.
    Where the kernel or file system cannot exchange, it is moved aside first: the one moment
    without a site, once, and the caller says so.
    """
    pause("before-swap")
    if os.path.lexists(layout.new_link):
        remove(layout.new_link)
    os.symlink(layout.link_target(release.name), layout.new_link)
    pause("inside-swap")
    atomic = True
    if layout.site.is_symlink() or not os.path.lexists(layout.site):
        os.replace(layout.new_link, layout.site)
    else:  # published_release() already refused anything but a real folder
        converted = layout.releases / CONVERTED_NAME
        if exchange(layout.new_link, layout.site):
            try:
                os.rename(layout.new_link, converted)
            except OSError:  # published all the same; the former folder, left at <site>.new, goes next time
                pass
        else:
            atomic = False
            os.rename(layout.site, converted)
            os.replace(layout.new_link, layout.site)
    pause("after-swap")
    return atomic


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2). False where unsupported; other failures raise OSError."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):  # not glibc >= 2.28 / not Linux
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))

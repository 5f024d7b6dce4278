"""Which file an image of a page means, checked the way a web server would (pure, no MkDocs).

Where photos live: beside the page that shows them (``![…](IMG_2041.JPG)`` next to the post's .md
file). A page may show any photo under the project's ``docs/`` folder by its relative path, which is
how the English twin of a post shows the Vietnamese post's photo without a second copy
(``![…](../../vi/tin-tuc/IMG_2041.JPG)``). Each language builds from its own docs folder, so such a
file is outside the English build's docs_dir: it is read from disk here, and only the resized
versions made from it are published, as generated files of the language that shows them.

Letter case is checked component by component even on case-insensitive disks (Windows, macOS), so a
page that works on the editor's laptop also works on the Linux server; a near miss gets a "did you
mean" with the path to write.
"""
from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

from hooks.lib.media import limits, messages
from hooks.lib.media.markdown_images import ImageRef

_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


def kind_of(ref: ImageRef, own_host: str = "") -> str:
    """``photo`` (to process), ``refused`` (a format to convert), ``external``, ``html`` or ``other``
    (left to MkDocs as written: SVG, GIF, the site's own absolute URLs, data: URIs)."""
    src = ref.src.strip()
    if _SCHEME.match(src):
        host = re.sub(r"^[a-z][a-z0-9+.-]*:", "", src, flags=re.IGNORECASE)
        if host.startswith("//") and not host[2:].lower().startswith(own_host.lower() or "\0"):
            return "external"
        return "other"
    suffix = os.path.splitext(ref.path)[1].lower()
    if suffix in limits.PROCESSED_SUFFIXES:
        return "html" if ref.html else "photo"
    if suffix in limits.REFUSED_SUFFIXES:
        return "refused"
    return "other"


def _real_path(target: Path, docs_root: Path) -> tuple[Path | None, bool]:
    """``(the file as named on disk, True if only the letter case differs)``; ``(None, False)`` if missing."""
    current, case_differs = docs_root, False
    for part in target.relative_to(docs_root).parts:
        try:
            names = os.listdir(current)
        except OSError:
            return None, False
        if part in names:
            current = current / part
            continue
        folded = [name for name in names if name.casefold() == part.casefold()]
        if not folded:
            return None, False
        current, case_differs = current / folded[0], True
    return (current, case_differs) if current.is_file() else (None, False)


def _images_under(docs_root: Path) -> list[Path]:
    suffixes = limits.PROCESSED_SUFFIXES + limits.REFUSED_SUFFIXES
    found = []
    for folder, dirs, files in os.walk(docs_root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(folder, f) for f in sorted(files) if os.path.splitext(f)[1].lower() in suffixes]
    return found


def suggest(target: Path, page_dir: Path, docs_root: Path) -> str | None:
    """The path to write for the image most likely meant: the same name anywhere under docs/ (a twin's
    photo), else a close name in the folder the page points to."""
    images = _images_under(docs_root)
    same_name = [p for p in images if p.name.casefold() == target.name.casefold()]
    same_name.sort(key=lambda p: (p.parent != target.parent, len(p.parts)))
    if same_name:
        return Path(os.path.relpath(same_name[0], page_dir)).as_posix()
    nearby = {p.name: p for p in images if p.parent == target.parent}
    close = difflib.get_close_matches(target.name, list(nearby), n=1, cutoff=0.6)
    if not close:
        lowered = {name.casefold(): name for name in nearby}
        close = [lowered[m] for m in difflib.get_close_matches(target.name.casefold(), list(lowered), n=1, cutoff=0.6)]
    return Path(os.path.relpath(nearby[close[0]], page_dir)).as_posix() if close else None


def resolve(ref: ImageRef, where: str, page_file: Path, docs_root: Path, site_root: Path) -> Path:
    """The file a photo reference names. ``docs_root`` is the project's docs/ folder, ``site_root``
    the language's docs folder (what ``/`` means). Raises :class:`messages.MediaError`."""
    written = ref.path
    base = site_root if written.startswith("/") else page_file.parent
    target = Path(os.path.normpath(base / written.lstrip("/")))
    if not target.is_relative_to(docs_root):
        raise messages.outside_docs(where, ref.src)
    real, case_differs = _real_path(target, docs_root)
    folder = Path(os.path.relpath(target.parent, docs_root.parent)).as_posix() + "/"
    if real is None:
        raise messages.not_found(where, ref.src, folder, suggest(target, page_file.parent, docs_root), False)
    if case_differs:
        written_form = Path(os.path.relpath(real, page_file.parent)).as_posix()
        raise messages.not_found(where, ref.src, folder, written_form, True)
    return real


def check_alt(ref: ImageRef, where: str) -> None:
    """Alt text is required and must say something: not empty, not the file's own name."""
    if not ref.alt.strip():
        raise messages.missing_alt(where, ref.src)
    name = os.path.basename(ref.path)
    if ref.alt.strip().casefold() in (name.casefold(), os.path.splitext(name)[0].casefold()):
        raise messages.alt_is_file_name(where, ref.src, ref.alt)

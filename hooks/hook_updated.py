""""Last updated" date on every page: newest git commit of the page's source file, else its file time.

One ``git log`` call per build (both languages) reads the dates of every file (never one call per page). Pages that are
not in git (a copy of the project, a new uncommitted file) use the file's modification time; generated
pages (listings, catalogues) have no source file and show no date. Shown by overrides/partials/last-updated.html.
In a shallow clone (CI's default checkout) the history is cut: a page whose newest commit is beyond the
cut shows no date (its file time would only be the checkout time), and one info message says so.
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.context import build_context  # noqa: E402
from hooks.lib.content import lastupdated  # noqa: E402

log = logging.getLogger("mkdocs.hooks.updated")


def on_pre_build(config):
    context = build_context(config)
    if context.git_dates is None:  # one `git log` for both languages: the dates of all of docs/
        context.git_dates = _git_dates(context.root)
    config.extra["_updated"] = {"root": context.root, "git": context.git_dates}


def _git_dates(root: Path) -> dict[str, int | None]:
    dates = _git(root, *lastupdated.GIT_LOG_ARGS, "--", "docs")
    if dates is None:  # not a git checkout (e.g. a copy of the project): file times are used
        return {}
    shallow = _git(root, *lastupdated.GIT_SHALLOW_ARGS) or ""
    boundary = lastupdated.parse_shallow(shallow, lambda rel: _read(root / rel))
    result = lastupdated.parse_git_log(dates, boundary)
    if unknown := sum(stamp is None for stamp in result.values()):
        log.info(lastupdated.shallow_message(unknown))
    return result


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", "-C", str(root), *args],
                                capture_output=True, text=True, timeout=60, encoding="utf-8")
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii")
    except OSError:
        return ""


def on_page_context(context, page, config, nav):
    info = config.extra.get("_updated")
    file = page.file
    if info is None or file.generated_by is not None or not file.abs_src_path:
        return context
    path = Path(file.abs_src_path)
    try:
        rel = path.resolve().relative_to(info["root"]).as_posix()
    except ValueError:
        rel = None
    if rel in info["git"]:
        stamp = info["git"][rel]
        if stamp is None:  # beyond a shallow clone's history: no date rather than a wrong one
            return context
    else:
        try:
            stamp = os.path.getmtime(path)
        except OSError:
            return context
    build = build_context(config)
    context["page_updated"] = lastupdated.updated_info(stamp, build.ui(config.theme["language"]),
                                                       build.site_data().current.tzinfo)
    return context

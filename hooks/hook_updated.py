""""Last updated" date on every page: newest git commit of the page's source file, else its file time.

One ``git log`` call per build (both languages) reads the dates of every file (never one call per page). Pages that are
not in git (a copy of the project, a new uncommitted file) use the file's modification time; generated
pages (listings, catalogues) have no source file and show no date. Shown by overrides/partials/last-updated.html.
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


def _git_dates(root: Path) -> dict[str, int]:
    try:
        result = subprocess.run(["git", "-C", str(root), *lastupdated.GIT_LOG_ARGS, "--", "docs"],
                                capture_output=True, text=True, timeout=60, encoding="utf-8")
    except (OSError, subprocess.SubprocessError):
        return {}
    if result.returncode != 0:  # not a git checkout (e.g. a copy of the project): file times are used
        return {}
    return lastupdated.parse_git_log(result.stdout)


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
    stamp = info["git"].get(rel) if rel else None
    if stamp is None:
        try:
            stamp = os.path.getmtime(path)
        except OSError:
            return context
    build = build_context(config)
    context["page_updated"] = lastupdated.updated_info(stamp, build.ui(config.theme["language"]),
                                                       build.site_data().week.tzinfo)
    return context

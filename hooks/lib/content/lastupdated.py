""""Last updated" dates from git history (file time as fallback) - no MkDocs import."""
from __future__ import annotations

import datetime as dt

from hooks.lib.i18n import format_date

# ---------------------------------------------------------------------------------- last updated

GIT_LOG_ARGS = ("log", "--format=%x00%ct %H", "--name-only", "--relative", "--no-renames")
# One call answers both: is this a shallow clone, and where git lists the commits it was cut at.
GIT_SHALLOW_ARGS = ("rev-parse", "--is-shallow-repository", "--git-path", "shallow")


def parse_git_log(text: str, boundary: frozenset[str] = frozenset()) -> dict[str, int | None]:
    """Newest commit time (Unix seconds) of each path in ``git log --format='%x00%ct %H' --name-only`` output.

    ``boundary``: in a shallow clone (``git clone --depth N``, CI's default checkout) the oldest
    fetched commits stand in for all the history cut off, and show every file as added in them. A
    file whose newest commit is one of those has no known date: it maps to None (show no date rather
    than a wrong one). Without ``boundary`` (a full clone) every path has its date.
    """
    latest: dict[str, int | None] = {}
    stamp, commit = None, ""
    for line in text.splitlines():
        if line.startswith("\x00"):
            stamp_text, _, commit = line[1:].strip().partition(" ")
            stamp = int(stamp_text)
        elif line.strip() and stamp is not None:
            # git log is newest first: the first time a path appears is its newest commit.
            latest.setdefault(line.strip(), None if commit in boundary else stamp)
    return latest


def parse_shallow(rev_parse_output: str, read_text) -> frozenset[str]:
    """The boundary commits from ``git rev-parse --is-shallow-repository --git-path shallow`` output.

    ``read_text(path)`` reads the file git names (relative to the project root); empty for a full clone.
    """
    lines = rev_parse_output.splitlines()
    if len(lines) < 2 or lines[0].strip() != "true":
        return frozenset()
    return frozenset(line.strip() for line in read_text(lines[1].strip()).splitlines() if line.strip())


def shallow_message(unknown: int) -> str:
    """Info (not a warning: the build is right to go on) when a shallow clone hides some pages' dates."""
    return (f"docs/: bản sao git nông (shallow clone) nên không biết ngày cập nhật của {unknown} tệp; "
            "các trang đó không hiện ngày. CI cần lấy toàn bộ lịch sử (actions/checkout: fetch-depth: 0). "
            f"(EN: shallow git clone: the last-updated date of {unknown} files is unknown, so those pages "
            "show none. CI must fetch the full history (actions/checkout: fetch-depth: 0).)")


def updated_info(timestamp: float, strings, tz: dt.tzinfo) -> dict:
    """Template data for the "last updated" line; the date is taken in the site's time zone (``tz``)."""
    day = dt.datetime.fromtimestamp(timestamp, tz).date()
    return {"iso": day.isoformat(), "text": format_date(day, strings), "label": strings.news.updated}

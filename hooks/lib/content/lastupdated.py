""""Last updated" dates from git history (file time as fallback) - no MkDocs import."""
from __future__ import annotations

import datetime as dt

from hooks.lib.i18n import format_date

# ---------------------------------------------------------------------------------- last updated

GIT_LOG_ARGS = ("log", "--format=%x00%ct", "--name-only", "--relative", "--no-renames")



def parse_git_log(text: str) -> dict[str, int]:
    """Newest commit time (Unix seconds) of each path in ``git log --format=%x00%ct --name-only`` output."""
    latest: dict[str, int] = {}
    stamp = None
    for line in text.splitlines():
        if line.startswith("\x00"):
            stamp = int(line[1:].strip())
        elif line.strip() and stamp is not None:
            latest.setdefault(line.strip(), stamp)  # git log is newest first
    return latest


def updated_info(timestamp: float, strings, tz: dt.tzinfo) -> dict:
    """Template data for the "last updated" line; the date is taken in the site's time zone (``tz``)."""
    day = dt.datetime.fromtimestamp(timestamp, tz).date()
    return {"iso": day.isoformat(), "text": format_date(day, strings), "label": strings.news.updated}

"""Test-only pause points, so a test can kill a build inside an exact window (no MkDocs import).

With ``HOCTAP_TEST_PAUSE_AT=<point>[,<point>…]`` in its environment, a build that reaches a named
point writes its pid to the file named by ``HOCTAP_TEST_PAUSE_MARKER`` and sleeps
(``HOCTAP_TEST_PAUSE_SECONDS``, default 60), giving the test time to send ``kill -9``. Without the
variable (every real build) ``pause_at`` returns at once. Points: ``english-build`` (the English
build, done, before it exits), ``before-swap`` (new release complete, nothing published),
``inside-swap`` (new symlink made, not yet renamed over the site), ``after-swap`` (site switched,
old releases not yet pruned).
"""
from __future__ import annotations

import os
import time
from collections.abc import Mapping
from pathlib import Path

PAUSE_AT_ENV = "HOCTAP_TEST_PAUSE_AT"
MARKER_ENV = "HOCTAP_TEST_PAUSE_MARKER"
SECONDS_ENV = "HOCTAP_TEST_PAUSE_SECONDS"
POINTS = ("english-build", "before-swap", "inside-swap", "after-swap")


def pause_at(point: str, environ: Mapping[str, str] = os.environ) -> None:
    wanted = environ.get(PAUSE_AT_ENV, "")
    if not wanted or point not in wanted.split(","):
        return
    if marker := environ.get(MARKER_ENV):
        # Written then renamed, so a test polling for the file never reads it half-written.
        partial = Path(f"{marker}.{os.getpid()}.part")
        partial.write_text(f"{point} {os.getpid()}\n", encoding="ascii")
        os.replace(partial, marker)
    time.sleep(float(environ.get(SECONDS_ENV, "60")))

"""Run a build function in a forked child process (MkDocs-aware glue for hook_i18n; not registered).

The English site does not depend on the Vietnamese output, so on a machine with more than one core
it is built at the same time as the Vietnamese one, in a child process forked after MkDocs cleaned
the staging folder. The child inherits the loaded data and configuration (nothing is pickled) and
writes only under site/en/. Its messages go to the same terminal; its exit code says whether it
succeeded. Not used by `mkdocs serve` (which runs threads: forking them is unsafe) or where fork is
unavailable; there the English build runs after the Vietnamese one in the same process.
"""
from __future__ import annotations

import gc
import logging
import os
import signal
import sys
from typing import Callable

from mkdocs.exceptions import Abort

log = logging.getLogger("mkdocs.hooks.i18n")


def can_fork() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "fork") and (os.cpu_count() or 1) > 1


def start(build: Callable[[], None], before: Callable[[], None]) -> int:
    """Fork; the child runs ``before()`` then ``build()`` and exits 0 (ok) or 1 (failed). Returns its pid."""
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    # Every object so far is shared with the child until one process writes to its memory page; the
    # garbage collector writes to every object it scans, so it leaves them alone from here on (both
    # processes end with the build). Measured by scripts/benchmark.py: ~12 MiB less at 3,000 resources.
    gc.freeze()
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        before()
        build()
    except Abort as exc:  # MkDocs already logged why (strict warnings, a BuildError)
        log.error(f"English site: {exc}")
        code = 1
    except BaseException:  # never let the child fall back into the parent's code
        log.exception("English site: unexpected error")
        code = 1
    finally:
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        os._exit(code)


def wait(pid: int) -> int:
    """Exit code of the child (0 = built)."""
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def stop(pid: int) -> None:
    """End a child whose parent build failed, and reap it."""
    try:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass

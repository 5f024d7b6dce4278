"""Run a build function in a forked child process (MkDocs-aware glue for hook_i18n; not registered).

The English site does not depend on the Vietnamese output, so on a machine with more than one core
it is built at the same time as the Vietnamese one, in a child process forked after MkDocs cleaned
the output folder. The child inherits the loaded data and configuration (nothing is pickled) and
writes only under site/en/. Its messages go to the same terminal; its exit code says whether it
succeeded. Not used by `mkdocs serve` (which runs threads: forking them is unsafe) or where fork is
unavailable; there the English build runs after the Vietnamese one in the same process.

The child dies with its parent: ``kill -9`` of the build must not leave the English build running
as an orphan that keeps writing into the release folder (and holds the build lock, whose descriptor
it inherits). It stays in the parent's process group (Ctrl-C in a terminal stops both) and asks the
kernel for SIGKILL when its parent dies (Linux ``PR_SET_PDEATHSIG``).
"""
from __future__ import annotations

import ctypes
import gc
import logging
import os
import signal
import sys
from collections.abc import Callable

from mkdocs.exceptions import Abort

log = logging.getLogger("mkdocs.hooks.i18n")


def can_fork() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "fork") and (os.cpu_count() or 1) > 1


def start(build: Callable[[], None]) -> int:
    """Fork; the child runs ``build()`` and exits 0 (ok) or 1 (failed). Returns its pid."""
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    parent = os.getpid()
    # Every object so far is shared with the child until one process writes to its memory page; the
    # garbage collector writes to every object it scans, so it leaves them alone from here on (both
    # processes end with the build). Measured by scripts/benchmark.py: ~12 MiB less at 3,000 resources.
    gc.freeze()
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        die_with_parent(parent)
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


_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """In a forked child: be killed when ``parent`` dies; exit now if it already has."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    # The parent may have died between fork() and prctl(): then no signal will come, and we are
    # already someone else's child.
    if os.getppid() != parent:
        os._exit(1)


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

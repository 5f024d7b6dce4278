"""One build at a time per output folder: an exclusive ``flock`` on ``<site>.lock`` (no MkDocs import).

Why next to the output and not on the project: what two builds fight over is the output folder. Two
copies of the project (or a project and its test copy) building into the same folder must wait for
each other, while builds into different folders (the test suite's temporary sites) need not. The
lock file lives beside ``<site>`` rather than inside it because ``<site>`` is replaced by each build.

The kernel drops an ``flock`` when the last descriptor of it is closed, which happens on any exit,
``kill -9`` included: no stale lock to clear by hand. The lock file itself is never deleted (deleting
it while another build waits on it would let a third build lock a new file beside them). The
forked English build inherits the descriptor, so the lock is held while it still writes; it only
closes it (never ``LOCK_UN``, which would release the parent's lock too).
"""
from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable
from pathlib import Path


class LockTimeout(Exception):
    """Another build held the lock for longer than we were willing to wait."""

    def __init__(self, path: Path, holder: str, waited: float) -> None:
        super().__init__(f"{path}: held by {holder or 'another build'} after {waited:.0f} s")
        self.path, self.holder, self.waited = path, holder, waited


class BuildLock:
    """``acquire()`` waits for the lock (calling ``on_wait`` once if it has to); ``release()`` frees it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, timeout: float, on_wait: Callable[[str], None], poll: float = 0.1) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        deadline = time.monotonic() + timeout
        waiting = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _holder(fd)
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LockTimeout(self.path, holder, timeout) from None
                if not waiting:
                    on_wait(holder)
                    waiting = True
                time.sleep(poll)
            except BaseException:
                os.close(fd)
                raise
        # Who holds it, for the message of a build that has to wait (informative only).
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)


def _holder(fd: int) -> str:
    try:
        return os.pread(fd, 64, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""

"""Peak memory of a build, for scripts/benchmark.py: the most physical memory its processes hold at once.

Our build is two processes at the same time: the English site is built by a child forked from the
Vietnamese build (hooks/childbuild.py), and after the fork the two share every memory page until one
of them writes to it. Adding up each process's own peak (``ru_maxrss``) counts those shared pages
twice, and adds two peaks that need not fall at the same moment. So the build runs in a subprocess
and, every 0.1 s, the proportional set size (PSS) of that process and of every process it started is
read from /proc/<pid>/smaps_rollup and summed - a page shared by two processes counts half in each,
once in the sum - and the peak is the largest sum seen. Bare Material builds each language in a
process of its own, one after the other, measured the same way; its peak is the larger of the two.

``ru_maxrss`` of each process is reported beside it, for reference. Needs Linux (/proc).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

INTERVAL_S = 0.1  # a build's memory rises and falls over seconds; sampling costs a few ms of one core
# Runs `mkdocs` in the measured process and reports ru_maxrss (KiB) of it and of its largest child.
MKDOCS = (
    "import resource, runpy, sys\n"
    "sys.argv = ['mkdocs'] + sys.argv[1:]\n"
    "code = 0\n"
    "try:\n"
    "    runpy.run_module('mkdocs', run_name='__main__')\n"
    "except SystemExit as exc:\n"
    "    code = exc.code or 0\n"
    "print('MAXRSS_KIB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,\n"
    "      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_bytes: int  # largest sum of PSS over the build's processes
    maxrss_bytes: tuple[int, int]  # ru_maxrss of the build process and of its largest child (0: none)


def _processes(root: int) -> list[int]:
    """``root`` and every process below it."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as stat:
                    fields = stat.read().rpartition(")")[2].split()
            except OSError:
                continue  # ended meanwhile
            children.setdefault(int(fields[1]), []).append(int(name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure_mkdocs(args: list[str], env: dict) -> Measured:
    """Run ``mkdocs <args>`` in a subprocess; exits with the build's messages if it fails."""
    if not os.path.exists(f"/proc/{os.getpid()}/smaps_rollup"):
        raise SystemExit("scripts/benchmark.py measures memory from /proc/<pid>/smaps_rollup: run it on Linux")
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", MKDOCS, *args], stdout=subprocess.DEVNULL, stderr=err, env=env)
        peak_kib = 0
        while proc.poll() is None:
            peak_kib = max(peak_kib, sum(_pss_kib(pid) for pid in _processes(proc.pid)))
            time.sleep(INTERVAL_S)
        seconds = time.perf_counter() - start
        err.seek(0)
        stderr = err.read().decode("utf-8", errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"mkdocs {' '.join(args)} failed:\n{stderr[-3000:]}")
    report = next(line.split() for line in stderr.splitlines() if line.startswith("MAXRSS_KIB"))
    return Measured(seconds, peak_kib * 1024, (int(report[1]) * 1024, int(report[2]) * 1024))

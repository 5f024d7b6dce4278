"""Preview latency, for scripts/benchmark.py: from saving a file to its new HTML being served by scripts/serve.

The preview server (scripts/preview.py, as `scripts/serve` starts it) runs on a copy of the project at
a free port of 127.0.0.1. Each run then, in turn:
  * page: appends a sentence with a unique marker to one Vietnamese page (docs/vi/khau-hieu.md) and
    asks for that page every 20 ms until the served HTML holds the marker;
  * data: writes a unique marker into the Vietnamese description of the first resource of
    data/resources.yml and asks for that resource's page until it holds the marker.
The time counts from just before the file is written to the answer that holds the marker: the file
watcher's poll, MkDocs' wait for more changes, the rebuild and the answer itself - what a staff
member waits for. The median of the runs is reported; scripts/benchmark.py divides it by the median
of a full `mkdocs build` of the same project.
"""

from __future__ import annotations

import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PAGE = "docs/vi/khau-hieu.md"
PAGE_PATH = "khau-hieu/"
RESOURCES = "data/resources.yml"
RESOURCE_PATH = "tai-nguyen/{id}/"
POLL_S = 0.02
START_TIMEOUT_S = 900  # the first build of N = 3000 resources on a loaded machine
CHANGE_TIMEOUT_S = 300


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=CHANGE_TIMEOUT_S) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def _wait_for(url: str, marker: str, timeout: float) -> float:
    """Seconds until ``url`` answers 200 with ``marker`` in it (measured by the caller's clock)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status, body = _get(url)
        if status == 200 and marker in body:
            return time.monotonic()
        time.sleep(POLL_S)
    raise TimeoutError(f"{url} did not show {marker!r} within {timeout:.0f} s")


def _save_page(project: Path, marker: str) -> None:
    page = project / PAGE
    page.write_text(page.read_text(encoding="utf-8") + f"\nCâu thử {marker}.\n", encoding="utf-8")


def _save_record(project: Path, marker: str) -> str:
    """Write ``marker`` into the first resource's Vietnamese description; returns that resource's id."""
    path = project / RESOURCES
    text = path.read_text(encoding="utf-8")
    header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    doc = yaml.safe_load(text)
    first = doc["resources"][0]
    first["description"]["vi"] = first["description"]["vi"].split(" [thử ")[0] + f" [thử {marker}]"
    path.write_text(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return first["id"]


def measure(project: Path, runs: int, env: dict) -> dict:
    """Median seconds from a save to the new HTML served, for a page and for a data record."""
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    mount = urllib.parse.urlsplit(config.get("site_url") or "/").path or "/"
    port = _free_port()
    base = f"http://127.0.0.1:{port}{mount.rstrip('/')}/"
    log = (project / "preview-bench.log").open("w", encoding="utf-8")
    server = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "scripts" / "preview.py"),
            "-f",
            str(project / "mkdocs.yml"),
            "-a",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    page_s: list[float] = []
    data_s: list[float] = []
    try:
        _wait_for(base, "<html", START_TIMEOUT_S)
        for run in range(runs):
            marker = f"m{run}x{time.time_ns()}"
            started = time.monotonic()
            _save_page(project, marker)
            page_s.append(_wait_for(base + PAGE_PATH, marker, CHANGE_TIMEOUT_S) - started)
            marker = f"d{run}x{time.time_ns()}"
            started = time.monotonic()
            resource_id = _save_record(project, marker)
            data_s.append(_wait_for(base + RESOURCE_PATH.format(id=resource_id), marker, CHANGE_TIMEOUT_S) - started)
    finally:
        server.send_signal(signal.SIGINT)  # as Ctrl+C: the server removes its temporary build folder
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
    return {
        "page_s": statistics.median(page_s),
        "data_s": statistics.median(data_s),
        "page_all": page_s,
        "data_all": data_s,
    }

"""Run the search worker's JavaScript in node (Debian's nodejs), for parity with the Python folding."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.support.project import ROOT

WORKER = ROOT / "overrides" / "assets" / "javascripts" / "workers" / "search-vi.js"


def run_node(script: str, payload, *args: str):
    """Run ``script`` with ``payload`` as JSON on stdin; return its stdout parsed as JSON."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to test the search worker: apt-get install nodejs")
    done = subprocess.run(
        [node, "-e", script, *args], input=json.dumps(payload), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)

"""The preview (hooks/preview/) in tests: its builder driven step by step in a process of its own, and
the full build `mkdocs serve` makes, to compare with.

Run as a script, this module is that process: ``python tests/support/preview.py CONFIG SITE_DIR URL``
builds once, then rebuilds for each line read from stdin and answers each time with one JSON line:
what was rebuilt (``full`` | ``pages`` | ``none``) and the problems of a failed build.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVE_URL = "http://127.0.0.1:8000/"
# Both builds at the same moment: the catalogues and calendars say when they were made.
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1664582400", NO_MKDOCS_2_WARNING="true", PYTHONDONTWRITEBYTECODE="1")

MKDOCS_SERVE_BUILD = (
    "import sys\n"
    "from mkdocs.config import load_config\n"
    "from mkdocs.commands.build import build\n"
    "cfg = load_config(sys.argv[1], site_dir=sys.argv[2])\n"
    "cfg.plugins.on_startup(command='serve', dirty=False)\n"
    "cfg.site_url = sys.argv[3]\n"
    "build(cfg, serve_url=sys.argv[3])\n"
)


def serve_build(project: Path, site: Path, url: str = SERVE_URL) -> subprocess.CompletedProcess:
    """What `mkdocs serve` builds (its steps exactly: on_startup("serve"), site_url, build with serve_url)."""
    return subprocess.run(
        [sys.executable, "-c", MKDOCS_SERVE_BUILD, str(project / "mkdocs.yml"), str(site), url],
        capture_output=True,
        text=True,
        timeout=600,
        env=ENV,
        cwd=ROOT,
    )


class PreviewProcess:
    """The preview's builder in a process of its own (hook modules keep process-wide facts)."""

    def __init__(self, project: Path, site: Path, url: str = SERVE_URL) -> None:
        # The log goes to a file, not a pipe: nobody reads a pipe while the test waits on stdout, and a
        # build's log is larger than a pipe's buffer (64 kB), so the child would block writing it.
        self.log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, __file__, str(project / "mkdocs.yml"), str(site), url],
            cwd=ROOT,
            env=ENV,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
        )
        self.first = self._answer()

    def rebuild(self) -> dict:
        self.process.stdin.write("rebuild\n")
        self.process.stdin.flush()
        return self._answer()

    def _answer(self) -> dict:
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError("the preview process stopped:\n" + self._log()[-5000:])
        return json.loads(line)

    def close(self) -> str:
        """Stop the process; returns what it wrote to stderr (its log)."""
        self.process.stdin.close()
        self.process.wait(timeout=60)
        return self._log()

    def _log(self) -> str:
        self.log.seek(0)
        return self.log.read()


def _main(config_file: str, site_dir: str, url: str) -> None:
    import logging

    sys.path.insert(0, str(ROOT))
    from hooks.preview.builder import PreviewBuilder

    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    builder = PreviewBuilder(Path(config_file), Path(site_dir), url)
    builder.watched += [builder.root / part for part in ("docs", "data", "overrides", "hooks")]

    def answer() -> None:
        failure = builder.failure
        print(
            json.dumps(
                {
                    "rebuilt": builder.last_rebuild,
                    "problems": [p.__dict__ for p in failure.problems] if failure else None,
                }
            ),
            flush=True,
        )

    builder()
    answer()
    for _line in sys.stdin:
        builder()
        answer()


if __name__ == "__main__":
    _main(*sys.argv[1:4])

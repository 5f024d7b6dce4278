"""Benchmark-only MkDocs hook (never registered in mkdocs.yml): dumps every generated page.

scripts/benchmark.py adds it to a copy of the config so that the bare-Material baseline builds
exactly the pages our hooks generate. Target folder: $BENCH_DUMP_DIR/<language>/<src_uri>.
"""
from __future__ import annotations

import os
from pathlib import Path

from mkdocs.plugins import event_priority


@event_priority(-200)  # after every generator
def on_files(files, config):
    target = Path(os.environ["BENCH_DUMP_DIR"]) / config.theme["language"]
    for file in files.documentation_pages():
        if file.generated_by is not None:
            path = target / file.src_uri
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(file.content_string, encoding="utf-8")
    return files

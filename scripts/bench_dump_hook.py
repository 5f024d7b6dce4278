"""Benchmark-only MkDocs hook (never registered in mkdocs.yml): records what the baseline needs.

scripts/benchmark.py adds it to a copy of the config for its first, untimed build, so that the
bare-Material baseline builds exactly the pages our hooks generate, and so that our search index can
be compared with Material's own index of the same pages. Writes under $BENCH_DUMP_DIR:
  <language>/<src_uri>            every generated page, with its front matter - dumped when MkDocs
                                  reads it, since a data page's body is rendered then (hooks/hook_data.py);
  search-index-<language>.json    Material's search index, before hooks/hook_search.py replaces it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority


def _dump_dir() -> Path:
    return Path(os.environ["BENCH_DUMP_DIR"])


@event_priority(-200)  # after every hook that fills in or changes the Markdown
def on_page_markdown(markdown, page, config, files):
    if page.file.generated_by is not None:
        path = _dump_dir() / config.theme["language"] / page.file.src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        front = yaml.safe_dump(dict(page.meta), allow_unicode=True, sort_keys=False)
        path.write_text(f"---\n{front}---\n\n{markdown}", encoding="utf-8")
    return markdown


@event_priority(-25)  # after Material's search plugin wrote its index, before hook_search (-50) rewrites it
def on_post_build(config):
    target = _dump_dir() / f"search-index-{config.theme['language']}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(Path(config.site_dir) / "search" / "search_index.json", target)

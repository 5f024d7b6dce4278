"""Search bytes for scripts/benchmark.py: what a phone downloads before its first search result.

Ours: the stub index every page fetches + the full index our worker fetches on the first query + our
worker. Material's: its own index for the same pages (recorded during the benchmark's first build by
scripts/bench_dump_hook.py, moments before hooks/hook_search.py replaces it) + its lunr worker and
language support. Benchmark-only: nothing here is part of the built site.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from hooks.lib.search.index import FULL_FILE, WORKER

NONE = {"raw": 0, "gzip": 0}


def gzip_size(data: bytes) -> int:
    # Level 6 is what common web servers and CDNs use for on-the-fly gzip; mtime=0 for repeatability.
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def sizes(data: bytes) -> dict:
    return {"raw": len(data), "gzip": gzip_size(data)}


def _add(*parts: dict) -> dict:
    return {"raw": sum(p["raw"] for p in parts), "gzip": sum(p["gzip"] for p in parts)}


def material_worker_files(lang_site: Path, langs: list[str]) -> list[Path]:
    """Files Material's own worker loads before its first result (worker + lunr language support)."""
    js = lang_site / "assets" / "javascripts"
    files = sorted((js / "workers").glob("search.*.min.js"))
    extra = [f"lunr.{lang}.min.js" for lang in langs if lang != "en"]
    if len(langs) > 1:
        extra.append("lunr.multi.min.js")
    if extra:
        files += [js / "lunr" / "min" / name for name in ["lunr.stemmer.support.min.js", *extra]]
    return [f for f in files if f.is_file()]


def index_sizes(site_dir: str | Path, material_indexes: dict[str, bytes]) -> dict:
    """Bytes before the first search result, per language, ours vs Material's.

    ``material_indexes`` holds Material's own ``search_index.json`` per language for the same pages.
    Returns ``{lang: {"index", "page_load", "material_index", "worker", "material_worker",
    "first_result", "material_first_result"}}``, each ``{"raw": bytes, "gzip": bytes}``. ``index`` is
    the stub every page fetches plus the full index the worker fetches on the first query;
    ``page_load`` is the stub alone. Languages are found from the ``search/search_index.json`` files
    under ``site_dir`` (Vietnamese at /, English at /en/).
    """
    result: dict = {}
    for index_file in sorted(Path(site_dir).rglob("search/search_index.json")):
        lang_site = index_file.parent.parent
        data = index_file.read_bytes()
        lang = json.loads(data)["config"]["lang"]
        page_load = sizes(data)
        ours = _add(page_load, sizes((index_file.parent / FULL_FILE).read_bytes()))
        worker = sizes((lang_site / WORKER).read_bytes())
        material_index = sizes(material_indexes[lang])
        material_worker = _add(NONE, *(sizes(f.read_bytes()) for f in material_worker_files(lang_site, [lang])))
        result[lang] = {
            "index": ours,
            "page_load": page_load,
            "material_index": material_index,
            "worker": worker,
            "material_worker": material_worker,
            "first_result": _add(ours, worker),
            "material_first_result": _add(material_index, material_worker),
        }
    return result

"""The search worker run in node over a compact index: helpers shared by the search tests."""

from __future__ import annotations

import json
from pathlib import Path

from hooks.lib.search import index as search_index
from tests.support.node import WORKER, run_node


def material_doc(location, title, text, **extra):
    return {"location": location, "title": title, "text": text, **extra}


def material_index(*docs, lang="vi"):
    return {
        "config": {
            "lang": [lang],
            "separator": "[\\s\\-]+",
            "pipeline": ["stopWordFilter"],
            "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}},
        },
        "docs": list(docs),
    }


NODE_SEARCH = """
const w = require(process.argv[1]);
const {index, queries, suggest} = JSON.parse(require("fs").readFileSync(0, "utf8"));
w.setup({config: index.config, docs: index.docs, options: {suggest: !!suggest}});
process.stdout.write(JSON.stringify(queries.map(q => w.search(q))));
"""


def search(material: dict, *queries: str, lang="vi", suggest=False) -> list[dict]:
    index = search_index.compact(material, lang)
    return run_node(NODE_SEARCH, {"index": index, "queries": list(queries), "suggest": suggest}, str(WORKER))


def pages(result: dict) -> list[str]:
    """Pages in result order (each group's first item is its best)."""
    return [group[0]["location"].split("#")[0] for group in result["items"]]


def page(path, title, text):
    return material_doc(path, title, f"<p>{text}</p>")


def built_index(lang_site: Path) -> dict:
    """The full compact index (the worker's), after checking the stub every page fetches points to it."""
    stub = json.loads((lang_site / "search" / "search_index.json").read_text("utf-8"))
    pointer = stub["config"].pop("full")
    assert stub["docs"] == [] and pointer == f"search/{search_index.FULL_FILE}"
    full = json.loads((lang_site / pointer).read_text("utf-8"))
    # The full index also carries the kind labels, which only the worker needs
    assert {k: v for k, v in full["config"].items() if k != "kinds"} == stub["config"]
    return full

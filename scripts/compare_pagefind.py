"""By-hand measurement: our search beside Pagefind (no configuration) on the same built site.

Usage (from the repo root, after `scripts/build` or `mkdocs build -d SITE`):
    .venv/bin/python scripts/compare_pagefind.py SITE [--pagefind PATH] [query ...]

Pagefind indexes a copy of SITE (`npx --yes pagefind@1.6.0`, from the npm registry, unless --pagefind
names a pagefind binary), and is queried in Debian's Chromium through its own pagefind.js; our worker
(overrides/assets/javascripts/workers/search-vi.js) is queried in node over SITE's own index. Prints
the first three pages of each, per language. Not a test: it downloads Pagefind and its numbers are
for people (issue 14 asked for this comparison).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import shlex
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKER = ROOT / "overrides" / "assets" / "javascripts" / "workers" / "search-vi.js"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
QUERIES = {
    "vi": [
        "lach tray",
        "may to",
        "bang ronn",
        "thuvien",
        "khanacademy",
        "thu vein",
        "khan acadamy",
        "thu vien",
        "dong khe",
        "khau hieu",
    ],
    "en": ["lach tray", "may to", "banner kt", "khanacademy", "khan acadamy", "libary", "lifelong learning"],
}
LANG_ROOT = {"vi": "", "en": "en/"}
OURS = """
const w = require(process.argv[1]);
const {index, queries} = JSON.parse(require("fs").readFileSync(0, "utf8"));
w.setup({config: index.config, docs: index.docs, options: {}});
process.stdout.write(JSON.stringify(queries.map(q => w.search(q).items.slice(0, 3).map(g => g[0].location))));
"""
# Queried from a page of our own (lang set, no Content-Security-Policy: Pagefind's WebAssembly needs
# 'wasm-unsafe-eval', which the site's policy rightly does not allow).
HARNESS = """<!doctype html><html lang="{lang}"><meta charset="utf-8"><title>pagefind</title>
<script type="module">
const pagefind = await import("/pagefind/pagefind.js");
await pagefind.init();
const out = {{}};
for (const q of {queries}) {{
  const found = await pagefind.search(q);
  out[q] = await Promise.all(found.results.slice(0, 3).map(async r => (await r.data()).url));
}}
window.__results = out;
</script></html>"""


def ours(site: Path, lang: str, queries: list[str]) -> dict[str, list[str]]:
    index = json.loads((site / LANG_ROOT[lang] / "search" / "search_index.full.json").read_text("utf-8"))
    done = subprocess.run(
        ["node", "-e", OURS, str(WORKER)],
        input=json.dumps({"index": index, "queries": queries}),
        capture_output=True,
        text=True,
        check=True,
    )
    prefix = LANG_ROOT[lang]
    return {q: [prefix + loc.split("#")[0] for loc in r] for q, r in zip(queries, json.loads(done.stdout), strict=True)}


def pagefind(site: Path, command: list[str], queries: dict[str, list[str]]) -> dict[str, dict[str, list[str]]]:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "site"
        shutil.copytree(site, copy, symlinks=False)
        subprocess.run([*command, "--site", str(copy)], check=True, stdout=subprocess.DEVNULL)
        for lang, qs in queries.items():
            (copy / f"__pagefind_{lang}.html").write_text(
                HARNESS.format(lang=lang, queries=json.dumps(qs, ensure_ascii=False)), "utf-8"
            )

        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

        from playwright.sync_api import sync_playwright

        out = {}
        handler = functools.partial(Quiet, directory=str(copy))
        with socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler) as server:
            threading.Thread(target=server.serve_forever, daemon=True).start()
            base = f"http://127.0.0.1:{server.server_address[1]}/"
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                page = browser.new_page()
                for lang in queries:
                    page.goto(f"{base}__pagefind_{lang}.html")
                    page.wait_for_function("() => window.__results", timeout=60_000)
                    out[lang] = {
                        q: [u.lstrip("/") for u in urls] for q, urls in page.evaluate("window.__results").items()
                    }
                browser.close()
            server.shutdown()
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--pagefind", help="a pagefind binary (default: npx --yes pagefind@1.6.0)")
    parser.add_argument("queries", nargs="*", help="queries for both languages (default: issue 14's)")
    args = parser.parse_args()
    site = args.site.resolve()
    queries = {lang: args.queries or qs for lang, qs in QUERIES.items()}
    command = shlex.split(args.pagefind) if args.pagefind else ["npx", "--yes", "pagefind@1.6.0"]
    theirs = pagefind(site, command, queries)
    for lang, qs in queries.items():
        mine = ours(site, lang, qs)
        print(f"\n## {lang}\n\n| query | ours: top 3 | Pagefind 1.6: top 3 |\n| --- | --- | --- |")
        for q in qs:
            cell = lambda urls: "<br>".join(f"`/{u}`" for u in urls) or "(nothing)"  # noqa: E731
            print(f"| {q} | {cell(mine[q])} | {cell(theirs[lang][q])} |")


if __name__ == "__main__":
    sys.exit(main())

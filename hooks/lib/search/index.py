"""Compact search index for the Vietnamese-aware worker (pure: no MkDocs).

Material's search plugin writes ``search/search_index.json`` as
``{"config": {lang, separator, pipeline, fields}, "docs": [{location, title, text, tags?, boost?}]}``
where ``text`` is escaped HTML with <p>/<li>/<code>... kept. Material's bundle fetches that file,
posts ``{config, docs}`` to the worker named in ``__config.search``, and its on-page highlighter reads
``config.separator``. Our worker (overrides/assets/javascripts/workers/search-vi.js) tokenises and
folds in the browser, so the index only has to carry the text once, in the smallest form that still
rebuilds every field the UI shows:

* ``config`` keeps only ``lang`` (the worker's language rules) and ``separator`` (Material's page
  highlighter splits the ``?h=`` words with it); ``pipeline``/``fields`` only configure lunr.
* each document is an array ``[location, title, text]`` (+ ``{"tags", "boost", "kind"}`` when the
  page has them) instead of an object with repeated keys; a section of the page before it stores
  ``#anchor`` instead of repeating the page URL and inherits the page's tags, boost and kind.
* the kind of page (hooks/lib/search/kinds.py) is stored only when it is not a plain page, and its
  labels (``config.kinds``) only in the full index: the stub every page fetches does not carry them.
* text is plain: block tags become one newline (the worker shows matching blocks as teasers), inline
  tags are dropped, entities unescaped (the worker escapes what it renders), whitespace collapsed.
* UTF-8 instead of Material's ``\\uXXXX`` escapes (a Vietnamese letter is 2-3 bytes, not 6).
* nothing derived is stored (no folded copy, no token lists, no positions): folding in the worker
  takes milliseconds for this site (about 10 ms to set up, 1-3 ms a query, measured in node) and
  would otherwise double the download.

No sharding: one language's whole index is about 20 KB gzipped with all data pages (2022 content),
below Material's own index; a second request would cost a phone more in latency than it saves.
Compression is left to the web server (gzip/brotli on the fly), which every static host does.
"""
from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping

from hooks.lib.search.kinds import PAGE

# Keys the compact index keeps from Material's config (see module docstring for why).
KEPT_CONFIG = ("separator",)
# Tags Material's indexer keeps in `text`; block ones separate teaser blocks.
_BLOCK_TAG = re.compile(r"\s*</?(?:p|li|ol|ul|pre|table|tr|td|th|dl|dt|dd|div)>\s*", re.I)
_ANY_TAG = re.compile(r"</?[a-z][a-z0-9]*>", re.I)
_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"\s*\n\s*")

# Block-level elements: text on either side of their tags is never one word on screen.
_BLOCK_TAGS = ("address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|"
               "h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul")
# Only *outside* elements: before an opening block tag, after a closing one (and after <br>), so no
# element's own text changes ("<h1>Title</h1>" keeps its exact text).
_BLOCK_EDGE = re.compile(rf"(?P<open><(?:{_BLOCK_TAGS})\b)|(?P<close></(?:{_BLOCK_TAGS})\s*>|<br\s*/?>)", re.I)


def _space_outside(match: re.Match) -> str:
    return " " + match.group("open") if match.group("open") else match.group("close") + " "

# Material's bundle fetches search/search_index.json on *every* page load. We make that file a stub
# (config + the name of this file) and the worker fetches the full index on the first query: the
# index then costs nothing to the many visitors who never search (home page budget: 100 kB), and
# nothing more than before to those who do.
FULL_FILE = "search_index.full.json"
WORKER = "assets/javascripts/workers/search-vi.js"


def separate_blocks(html: str) -> str:
    """Page HTML with a space at every block boundary (layout is unchanged by it).

    Material's indexer joins text across tags unless the HTML has whitespace there, so generated
    markup like ``<dt>Ward</dt><dd>Cầu Đất</dd>`` was indexed as "WardCầu Đất" and neither word could
    be found.
    """
    spaced = _BLOCK_EDGE.sub(_space_outside, html)
    # Not before the first tag: text there would open a preface section Material would not have.
    return spaced[1:] if spaced[:1] == " " and html[:1] != " " else spaced


def plain_text(value: str, *, blocks: bool) -> str:
    """Material's escaped-HTML field -> plain text (one "\\n" between blocks when ``blocks``)."""
    if blocks:
        value = _BLOCK_TAG.sub("\n", value)
    value = html.unescape(_ANY_TAG.sub("", value))
    value = _SPACES.sub(" ", value)
    value = _NEWLINES.sub("\n" if blocks else " ", value)
    return value.strip()


def compact(material: dict, lang: str, kinds: Mapping[str, str] | None = None,
            labels: Mapping[str, str] | None = None) -> dict:
    """Material's index dict -> the compact index our worker reads (see module docstring).

    ``kinds`` maps a page's URL path (Material's ``location`` without ``#anchor``) to its kind; pages
    not in it are plain pages. ``labels`` (``{kind: label}``) is what the worker shows for each kind.
    """
    kinds = kinds or {}
    config: dict = {"lang": lang}
    config.update({k: material["config"][k] for k in KEPT_CONFIG if k in material.get("config", {})})
    if labels:
        config["kinds"] = dict(labels)
    docs: list[list] = []
    page, page_extra = None, {}  # URL path and tags/boost/kind of the page the previous entry belongs to
    for entry in material.get("docs", []):
        location = entry["location"]
        path, _, anchor = location.partition("#")
        section = page == path and "#" in location
        stored = f"#{anchor}" if section else location
        if not section and stored.startswith("#"):
            # The home page (URL "") whose first section is excluded from search: "./#x" is the same
            # link and cannot be mistaken for a section of the previous page.
            stored = f"./{stored}"
        row: list = [stored, plain_text(entry.get("title", ""), blocks=False),
                     plain_text(entry.get("text", ""), blocks=True)]
        # Material copies a page's tags and boost onto every section; store them (and the kind) once per page.
        extra = {k: entry[k] for k in ("tags", "boost") if entry.get(k) not in (None, [])}
        if kinds.get(path, PAGE) != PAGE:
            extra["kind"] = kinds[path]
        if extra and not (section and extra == page_extra):
            row.append(extra)
        if not section:
            page, page_extra = path, extra
        docs.append(row)
    return {"config": config, "docs": docs}


def stub(index: dict) -> dict:
    """What Material's bundle fetches at page load: the config, with where the worker finds the docs.

    The pointer lives inside ``config``: the bundle posts only ``{config, docs, options}`` to the worker.
    The kind labels stay in the full index, which the worker reads them from.
    """
    config = {k: v for k, v in index["config"].items() if k != "kinds"}
    return {"config": {**config, "full": f"search/{FULL_FILE}"}, "docs": []}


def expand(index: dict) -> list[dict]:
    """Compact index -> Material-shaped documents (what the worker reconstructs; used by tests)."""
    out: list[dict] = []
    page, page_extra = "", {}
    for row in index["docs"]:
        location, extra = row[0], (row[3] if len(row) > 3 else None)
        if location.startswith("#"):
            location = page + location
            extra = page_extra if extra is None else extra
        else:
            page, page_extra = location.partition("#")[0], extra or {}
        out.append({"location": location, "title": row[1], "text": row[2], **(extra or {})})
    return out


def dumps(index: dict) -> bytes:
    # ensure_ascii=False: Vietnamese letters are 2-3 bytes in UTF-8 but 6-12 as \u escapes.
    return json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

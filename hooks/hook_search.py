"""Vietnamese-aware search: our worker under Material's search UI, fed a compact per-language index.

Material's lunr worker cannot search Vietnamese well (no diacritic folding, a word-character range
that splits "ố", any-word semantics for phrases). We keep Material's whole UI (search box, result
list, keyboard, highlighting, suggestions) and replace only what is underneath:

* ``on_env`` tells ``overrides/main.html`` (block ``config``) which worker URL to swap in
  Material's ``__config``; the rest of ``__config`` is Material's own ``super()`` output, untouched.
* ``on_page_content`` notes each page's kind (record, news post or plain page: the label the worker
  shows before a result's title) and puts a space at every block boundary of the page HTML, so
  Material's own indexer (same sections, same ``search.exclude`` / ``data-search-exclude`` rules) does not index
  ``<dt>Ward</dt><dd>Cầu Đất</dd>`` as "WardCầu Đất". White space between block elements does not
  change the layout, and text copied from the page no longer glues words either. (Indexing a spaced
  copy a second time instead cost ~20 % of the build at 1,000 resources.)
* ``on_post_page`` fails the build if a page still points at Material's worker (e.g. after a Material
  upgrade renamed it), because Material's worker cannot read our index and search would silently die.
* ``on_post_build`` rewrites this language's ``search/search_index.json`` (written by Material's
  search plugin moments before) into the compact form of ``hooks/lib/search/index.py`` (with the
  pages' kinds and this language's kind labels from overrides/locales), stored in
  ``search/search_index.full.json`` and fetched by the worker on the first query; the file every
  page fetches becomes a stub pointing to it.

Runs once per language (Vietnamese build, then the English child build of hook_i18n); the language
is ``config.theme["language"]``, and each build only ever sees its own pages, so each index holds
one language.
"""
from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.context import build_context  # noqa: E402
from hooks.lib.core.errors import bilingual_text  # noqa: E402
from hooks.lib.search import index as search_index  # noqa: E402
from hooks.lib.search import kinds as search_kinds  # noqa: E402

log = logging.getLogger("mkdocs.hooks.search")

_CONFIG_SCRIPT = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)


@dataclass
class SearchState:
    kinds: dict[str, str] = field(default_factory=dict)  # page URL -> kind (hooks/lib/search/kinds.py)


def _state(config) -> SearchState:
    return config.extra["_search"]


def on_config(config):
    config.extra["_search"] = SearchState()  # per build (and per language): nothing outlives a rebuild
    return config


def _search_plugin(config):
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    if plugin is None or not getattr(plugin, "config", {}).get("enabled", True):
        return None
    return plugin


def _search_enabled(config) -> bool:
    return _search_plugin(config) is not None


def _material_worker(config) -> str:
    """Theme-relative path of Material's search worker (its name carries a content hash)."""
    for theme_dir in config.theme.dirs:
        found = sorted(Path(theme_dir).glob("assets/javascripts/workers/search.*.min.js"))
        if found:
            return found[0].relative_to(theme_dir).as_posix()
    raise PluginError("mkdocs.yml: " + bilingual_text(
        "không tìm thấy bộ tìm kiếm của giao diện Material (assets/javascripts/workers/search.*.min.js)",
        "Kiểm tra `theme: name: material` và cài lại các gói bằng scripts/serve",
        "Material's assets/javascripts/workers/search.*.min.js not found",
        "Check `theme: name: material` and reinstall the packages with scripts/serve"))


def on_env(env, config, files):
    if not _search_enabled(config):
        return env
    if files.get_file_from_path(search_index.WORKER) is None:
        raise PluginError(f"overrides/{search_index.WORKER}: " + bilingual_text(
            "thiếu tệp này", "Lấy lại tệp từ lịch sử git", "the file is missing", "Restore it from git"))
    env.globals["vn_search_worker"] = {"material": _material_worker(config), "ours": search_index.WORKER}
    return env


@event_priority(-50)  # after other hooks add content; Material indexes page.content later (on_page_context)
def on_page_content(html, page, config, files):
    if not _search_enabled(config):
        return html
    _state(config).kinds[page.url] = search_kinds.page_kind(config.theme["language"], page.file.src_uri, page.meta)
    return search_index.separate_blocks(html)


def on_post_page(output, page, config):
    if not _search_enabled(config):
        return output
    match = _CONFIG_SCRIPT.search(output)
    if match is not None:
        worker = json.loads(match.group(1)).get("search", "")
        if not worker.endswith(search_index.WORKER.rsplit("/", 1)[1]):
            raise PluginError("overrides/main.html: " + bilingual_text(
                f"trang {page.file.src_uri} dùng bộ tìm kiếm {worker!r}, không phải bộ tìm kiếm tiếng Việt của trang",
                "Giữ `{% block config %}` thay vn_search_worker trong overrides/main.html",
                f"{page.file.src_uri} loads search worker {worker!r}, not ours",
                "overrides/main.html must keep `{% block config %}` swapping vn_search_worker"))
    return output


@event_priority(-50)  # after Material's search plugin wrote its index; before hook_site publishes the site
def on_post_build(config):
    if not _search_enabled(config):
        return
    lang = config.theme["language"]
    folder = Path(config.site_dir) / "search"
    path = folder / "search_index.json"
    if not path.is_file():
        raise PluginError(f"{path}: " + bilingual_text(
            "phần tìm kiếm của MkDocs chưa ghi tệp này", "Kiểm tra `plugins: - search` trong mkdocs.yml",
            "the search plugin did not write this file", "Check `plugins: - search` in mkdocs.yml"))
    raw_size = path.stat().st_size
    labels = search_kinds.kind_labels(build_context(config).ui(lang).search.kinds)
    compact = search_index.compact(json.loads(path.read_bytes()), lang, _state(config).kinds, labels)
    data = search_index.dumps(compact)
    (folder / search_index.FULL_FILE).write_bytes(data)
    path.write_bytes(search_index.dumps(search_index.stub(compact)))  # fetched by every page
    log.debug("search index %s: %d docs, %d -> %d bytes", lang, len(compact["docs"]), raw_size, len(data))


def preview_pages_rebuilt(config):
    """`scripts/serve` rebuilt pages alone (hooks/preview/pageonly.py): both indexes again, from every page."""
    if (plugin := _search_plugin(config)) is not None:
        plugin.on_post_build(config=config)  # Material's index: the rebuilt pages' entries are in place
        on_post_build(config)

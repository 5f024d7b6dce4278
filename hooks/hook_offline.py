"""Offline reading and "add to home screen": a service worker, an offline page, a web app manifest.

* ``offline.html`` (overrides/offline.html) is rendered in each language like 404.html, with links from
  the language's root, since the worker shows it at whatever address could not be reached.
* Each language gets ``manifest.webmanifest`` (hooks/lib/offline/manifest.py).
* Once both languages are built (priority -95: after hook_i18n awaited the English build, before
  hook_site publishes), the Vietnamese build writes ``sw.js`` at the site root: the build's facts
  (content version, offline pages, pages to keep ready) and the code of overrides/assets/javascripts/sw.js
  (hooks/lib/offline/worker.py). Pages load overrides/assets/javascripts/offline.js, which registers it.
* ``mkdocs serve`` previews register no worker: the pages there do not load offline.js, and ``sw.js`` is
  overrides/assets/javascripts/sw-retire.js, which removes a worker left by a real build at the same address.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.context import build_context  # noqa: E402
from hooks.lib import i18n  # noqa: E402
from hooks.lib.offline import manifest, worker  # noqa: E402

log = logging.getLogger("mkdocs.hooks.offline")

# Worker code, published at the site root by on_post_build only (never under assets/ of each language).
WORKER_SOURCE = "assets/javascripts/sw.js"
PREVIEW_WORKER_SOURCE = "assets/javascripts/sw-retire.js"


def on_config(config):
    config.theme.static_templates.add(worker.OFFLINE_TEMPLATE)
    return config


def on_files(files, config):
    for src in (WORKER_SOURCE, PREVIEW_WORKER_SOURCE):
        if (file := files.get_file_from_path(src)) is not None:
            files.remove(file)
    return files


def on_env(env, config, files):
    lang = config.theme["language"]
    # Real builds only: a preview must never register a worker that could serve a stale page.
    env.globals["offline_worker"] = None if build_context(config).serve else {
        "path": _site_root(lang) + worker.WORKER_NAME, "lang": lang}
    return env


def on_template_context(context, template_name, config):
    if template_name == worker.OFFLINE_TEMPLATE:
        context["base_url"] = urlsplit(config.site_url).path  # as MkDocs does for 404.html
    return context


@event_priority(-95)  # after hook_i18n (-90) awaited the English build; before hook_site (-100) publishes
def on_post_build(config):
    lang, site_dir = config.theme["language"], Path(config.site_dir)
    ui = build_context(config).ui(lang)
    (site_dir / manifest.MANIFEST_NAME).write_text(manifest.web_manifest(
        lang=lang, name=config.site_name, short_name=ui.app.short_name,
        description=config.site_description or "", site_root=_site_root(lang)), encoding="utf-8")
    if lang != i18n.DEFAULT_LANGUAGE:
        return
    sources = Path(config.theme.custom_dir)
    if build_context(config).serve:
        code = (sources / PREVIEW_WORKER_SOURCE).read_text(encoding="utf-8")
    else:
        code = _worker(site_dir, (sources / WORKER_SOURCE).read_text(encoding="utf-8"))
    (site_dir / worker.WORKER_NAME).write_text(code, encoding="utf-8")


def _worker(site_dir: Path, code: str) -> str:
    warm = {}
    for lang in i18n.LANGUAGES:
        ready = worker.warm_list(site_dir, worker.warm_pages(lang))
        warm[lang] = list(ready.urls)
        if ready.left_out:
            log.info(f"Offline ({lang}): {', '.join(ready.left_out)} not kept ready offline after a first visit: "
                     f"over the {worker.WARM_BUDGET // 1000} kB budget ({ready.size // 1000} kB kept).")
    return worker.worker_script(
        code, version=worker.site_version(site_dir), languages=dict(i18n.LANGUAGE_ROOT),
        default=i18n.DEFAULT_LANGUAGE, offline_pages={lang: worker.offline_page(lang) for lang in i18n.LANGUAGES},
        warm=warm)


def _site_root(lang: str) -> str:
    """The whole site's root from ``lang``'s root: the English site is the sub-site en/."""
    return "../" * i18n.LANGUAGE_ROOT[lang].count("/")

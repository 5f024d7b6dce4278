"""The preview (``scripts/serve``, hooks/preview/): what it needs from a build, and what only it serves.

* While the preview builds, ``build_context(config).preview`` is its recorder (hooks/preview/record.py):
  each language's build hands it what a later one-page rebuild reuses - the files, the menu, the
  template environment, each page's title and its share of the search entries. In any other build the
  recorder is ``None`` and these events do nothing.
* The preview's own script and style sheet (``overrides/assets/*/preview-*``) are never published: a
  real build drops them; previews (``mkdocs serve`` and ``scripts/serve``) keep them.
* ``mkdocs serve``: MkDocs writes its live-reload script inline into every page, which the site's
  Content-Security-Policy (``script-src 'self'``, in a ``<meta>`` tag of every page) blocks, so pages never
  reloaded. It loads the same script from the file instead - the policy stays as it is.
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.plugins import event_priority

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.context import build_context  # noqa: E402
from hooks.preview import livereload  # noqa: E402


def _recorder(config):
    return build_context(config).preview


@event_priority(-1000)  # last: every hook has added its generated files
def on_files(files, config):
    if not build_context(config).serve:
        for src in livereload.PREVIEW_ASSETS:
            if (file := files.get_file_from_path(src)) is not None:
                files.remove(file)
    if (recorder := _recorder(config)) is not None:
        recorder.files(config, files)
    return files


@event_priority(-1000)
def on_nav(nav, config, files):
    if (recorder := _recorder(config)) is not None:
        recorder.nav(config, nav)
    return nav


@event_priority(-1000)
def on_env(env, config, files):
    if (recorder := _recorder(config)) is not None:
        recorder.env(config, env)
    return env


@event_priority(-2000)  # after hook_pagestore (-1000): the page is read, its title final
def on_page_content(html, page, config, files):
    if (recorder := _recorder(config)) is not None:
        recorder.page_read(config, page)
    return html


@event_priority(900)  # after hook_pagestore gave the HTML back (1000), before Material's search indexes it (0)
def on_page_context(context, page, config, nav):
    if (recorder := _recorder(config)) is not None:
        recorder.page_indexing(config, page)
    return context


@event_priority(-2000)
def on_post_page(output, page, config):
    if (recorder := _recorder(config)) is not None:
        recorder.page_written(config, page)
    return output


@event_priority(-1000)  # last: the language is built (the Vietnamese build has awaited the English one)
def on_post_build(config):
    if (recorder := _recorder(config)) is not None:
        recorder.built(config)


def on_serve(server, config, builder):
    livereload.load_from_file(server)
    return server

"""Rebuild saved pages alone, on the last build of their language (MkDocs-aware glue).

A staff member saves ``docs/vi/khau-hieu.md``: only that page's HTML and the language's search index
change, unless its front matter or title did - the menu, lists and search of every other page show
those. So the preview re-runs, for that page only, exactly the steps MkDocs' ``build()`` runs for each
page (``_populate_page``: read, every hook's page events, Markdown; ``_build_page``: template, write), on
the files, menu and template environment the last full build left (record.py), then rewrites what is
made from every page's text (the search index). The other language is not touched, nor any generated
page, QR code or photo. The result is the bytes a full build makes (tests/build/test_preview_build.py).

Hooks that read a page's file in ``on_files`` re-read it in ``preview_page_saved(file, config, files)``
(hook_content: the checked source MkDocs reads; hook_media: the photos it shows), which returns
``False`` when the page cannot be rebuilt alone (it shows other photos); hooks that write one
output from every page's text rewrite it in ``preview_pages_rebuilt(config)`` (hook_search). A page
whose front matter or title changed raises :class:`NeedsFullBuild`, as does anything the last build
did not record.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from mkdocs.commands import build as mkdocs_build
from mkdocs.exceptions import BuildError
from mkdocs.structure.files import InclusionLevel

from hooks.preview.record import LanguageBuild, Recorder, page_front_matter

log = logging.getLogger("mkdocs.preview")


class NeedsFullBuild(Exception):
    """The saved pages cannot be rebuilt alone (the message says why, for the terminal)."""


def rebuild_pages(recorder: Recorder, pages: Mapping[str, Sequence[str]]) -> None:
    """Rebuild ``pages`` (language -> source paths) on ``recorder``'s last build, or raise NeedsFullBuild."""
    for lang, srcs in pages.items():
        build = recorder.languages.get(lang)
        if build is None or not build.built:
            raise NeedsFullBuild(f"no earlier build of {lang}")
        for src in srcs:
            _check_alone(build, src)
    for lang, srcs in pages.items():
        build = recorder.languages[lang]
        try:
            _rebuild(build, srcs)
        except BuildError as error:  # as MkDocs' build(): hooks hear of it, the message is logged
            build.config.plugins.on_build_error(error=error)
            log.error(str(error))
            raise


def _check_alone(build: LanguageBuild, src: str) -> None:
    file = build.files.get_file_from_path(src)
    if file is None or file.page is None or file.generated_by is not None or not file.abs_src_path:
        raise NeedsFullBuild(f"{src} is not a page of the last build")
    if src not in build.front_matter or page_front_matter(Path(file.abs_src_path)) != build.front_matter[src]:
        raise NeedsFullBuild(f"the front matter of {src} changed")


def _rebuild(build: LanguageBuild, srcs: Sequence[str]) -> None:
    config, files, nav, env = build.config, build.files, build.nav, build.env
    build.activate()
    known = set(files.src_uris)
    for src in srcs:
        file = files.get_file_from_path(src)
        for refresh in _hook_functions(config, "preview_page_saved"):
            if refresh(file, config, files) is False:
                raise NeedsFullBuild(f"{src}: {refresh.__module__} needs a full build")
        file.page.__dict__.pop("title", None)  # hook_content set the escaped title: read it again, as new
        mkdocs_build._populate_page(file.page, config, files)
        if src in build.changed_titles:
            raise NeedsFullBuild(f"the title of {src} changed")
    config.plugins.on_env(env, config=config, files=files)  # as build(): after reading, before writing
    doc_files = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
    for src in srcs:
        file = files.get_file_from_path(src)
        mkdocs_build._build_page(file.page, config, doc_files, nav, env, excluded=file.inclusion.is_excluded())
        build.splice_entries(src)
    for file in files:  # what the pages added (a photo's versions, a link-preview card)
        if file.src_uri not in known and not file.is_documentation_page():
            file.copy_file()
    for rewrite in _hook_functions(config, "preview_pages_rebuilt"):
        rewrite(config)
    for file in doc_files:  # the same warnings as a full build: links into the saved pages' headings
        file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)


def _hook_functions(config, name: str) -> list:
    return [function for plugin in config.plugins.values() if callable(function := getattr(plugin, name, None))]

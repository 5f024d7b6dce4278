"""Staff content: what of docs/ is published, strict front matter, the raw HTML policy, text stays text.

Runs once per language (see ARCHITECTURE.md). The rules live in pure modules of hooks/lib/content/;
this file only connects them to MkDocs:

* ``on_files`` (before other hooks add generated pages, and before the English build starts): every
  file of docs/<lang>/ passes the publishing rules (published.py: symbolic links, file types, backups,
  hidden files), then every hand-written page is read strictly (frontmatter.py: size, UTF-8, front
  matter YAML through the one strict reader, invisible characters), its ``!video``/``!map`` lines are
  checked (embeds.py), and it must be listed or ``hidden: true``; a title still unfinished or a post
  without text is refused (unfinished.py). The first problem stops the build with
  ``docs/<lang>/<page>.md:<line>:``.
* ``on_page_read_source``: MkDocs reads the checked, normalised source, never the raw front matter -
  so an alias bomb or broken YAML is never handed to MkDocs' own YAML loader.
* ``on_page_content`` (first): the HTML made from the page's Markdown must pass the raw HTML policy
  (rawhtml.py) and hold no unfinished text (unfinished.py: the new-post template sentence, TODO...),
  located at the source line.
* ``on_env`` and the last ``on_page_context``: titles and descriptions become escaped HTML text where
  Material prints them raw (pagetext.py explains the one mechanism).
"""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import InclusionLevel

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.context import build_context  # noqa: E402
from hooks.lib.content import embeds, frontmatter, pagetext, published, rawhtml, unfinished  # noqa: E402
from hooks.lib.core.errors import LocatedError, bilingual  # noqa: E402

log = logging.getLogger("mkdocs.hooks.content")


@dataclass
class ContentState:
    """Per-build state, kept on the config object so nothing survives a `mkdocs serve` rebuild."""

    docs_display: str                                   # "docs/vi", as messages name the folder
    sources: dict[str, frontmatter.PageSource] = field(default_factory=dict)  # hand-written pages, checked


def _state(config) -> ContentState:
    return config.extra["_content"]


def on_config(config):
    labels = build_context(config).ui(config.theme["language"]).content
    config.markdown_extensions.append(embeds.EmbedExtension(
        {"video": labels.video, "map": labels.map, "opens_on": labels.opens_on}))
    return config


@event_priority(50)  # before hooks add generated pages (0) and before hook_i18n forks the English build (-100)
def on_files(files, config):
    context = build_context(config)
    lang = config.theme["language"]
    docs_dir = os.path.abspath(config.docs_dir)
    state = ContentState(docs_display=_display(docs_dir, context.root))
    config.extra["_content"] = state
    staff_files = [f for f in files if f.generated_by is None and f.src_dir
                   and os.path.abspath(f.src_dir) == docs_dir]  # not the theme's files
    skipped = set()
    for file in staff_files:
        display = f"{state.docs_display}/{file.src_uri}"
        if reason := published.skip_reason(file.src_uri):  # first: an editor's lock file is a dangling link
            log.warning(published.skip_message(display, reason))
            files.remove(file)
            skipped.add(file.src_uri)
        elif problem := published.link_target_problem(file.abs_src_path, str(context.root / "docs")):
            raise PluginError(str(LocatedError(display, 1, *_fix_link(problem))))
    listed = context.listed_pages(lang)
    for file in [f for f in staff_files if f.is_documentation_page() and f.src_uri not in skipped]:
        page = _read(file, f"{state.docs_display}/{file.src_uri}")
        if not published.is_listed_page(file.src_uri, lang, listed):
            if not page.hidden:
                raise _error(page.display, 1, published.unlisted_message(page.display, lang))
            file.inclusion = InclusionLevel.NOT_IN_NAV
        if _published(page, file.src_uri, lang):
            _check_finished(page, file.src_uri, lang)
        state.sources[file.src_uri] = page
    return files


def _read(file, display: str) -> frontmatter.PageSource:
    try:
        raw = Path(file.abs_src_path).read_bytes()
    except OSError as exc:
        raise _error(display, 1, (f"không đọc được tệp ({exc.strerror})", "Kiểm tra quyền đọc tệp",
                                  f"the file could not be read ({exc.strerror})", "Check that you may read it")) from None
    try:
        page = frontmatter.read_page(raw, display)
    except LocatedError as err:
        raise PluginError(str(err)) from None
    if mistake := embeds.check_embeds(page.body, page.body_line):
        raise _error(display, mistake[0], mistake[1:])
    return page


def preview_page_saved(file, config, files):
    """`scripts/serve` rebuilds a saved page alone (hooks/preview/pageonly.py): read and check it again."""
    state = _state(config)
    state.sources[file.src_uri] = _read(file, f"{state.docs_display}/{file.src_uri}")


def on_page_read_source(page, config):
    source = _state(config).sources.get(page.file.src_uri) if page.file.generated_by is None else None
    return source.normalised() if source is not None else None


@event_priority(100)  # first: only the HTML of the page's own Markdown, before other hooks add theirs
def on_page_content(html, page, config, files):
    source = _state(config).sources.get(page.file.src_uri) if page.file.generated_by is None else None
    if source is not None and (found := rawhtml.forbidden_html(html)):
        line = rawhtml.source_line(source.text, found[0], source.body_line)
        raise _error(source.display, line, rawhtml.finding_message(found[0]))
    lang = config.theme["language"]
    if source is not None and _published(source, page.file.src_uri, lang) and (left := unfinished.find_in_html(html)):
        line = unfinished.locate(source.text, left, source.body_line)
        raise _error(source.display, line, unfinished.message(left, published.is_post_path(lang, page.file.src_uri)))
    return html


def _published(page: frontmatter.PageSource, src_uri: str, lang: str) -> bool:
    """Is this page published by a real build? Everything but a news post marked `draft: true`."""
    return not (page.meta.get("draft") is True and published.is_post_path(lang, src_uri))


def _check_finished(page: frontmatter.PageSource, src_uri: str, lang: str) -> None:
    """A published page's title and description, and a post's body, must not be unfinished."""
    is_post = published.is_post_path(lang, src_uri)
    if found := unfinished.find_in_meta(page.meta, page.lines):
        raise _error(page.display, found[0], unfinished.message(found[1], is_post))
    if is_post and unfinished.body_is_empty(page.body):
        raise _error(page.display, page.body_line, unfinished.message(unfinished.EMPTY, True))


def on_env(env, config, files):
    # Every page's menu shows every other page's title: escape them all before any page renders.
    for file in files.documentation_pages():
        if file.page is not None:
            _printed_as_html(file.page)
    return env


@event_priority(-100)  # last: values other hooks set for this page (e.g. a record's description) too
def on_page_context(context, page, config, nav):
    if not page.meta.get("description") and config.site_description:
        page.meta["description"] = config.site_description
    _printed_as_html(page)
    return context


def _printed_as_html(page) -> None:
    """Title, description, subtitle of ``page`` as escaped HTML (Markup) for Material (see pagetext.py)."""
    if "title" in page.meta:
        title = pagetext.as_html(page.meta["title"])
    elif page.title:  # from the first "# heading": HTML already (tags, entities); back to text first
        title = page.title if isinstance(page.title, pagetext.Markup) else \
            pagetext.as_html(pagetext.heading_title(page.title))
    else:
        title = None
    if title is not None:
        page.title = title  # MkDocs' title is a weak property: this value wins from now on
        if "title" in page.meta or not page.is_homepage:  # so <title> never takes the `striptags` branch
            page.meta["title"] = title
    for key in ("description", "subtitle"):
        if page.meta.get(key):
            page.meta[key] = pagetext.as_html(page.meta[key])


def _error(display: str, line: int, message: tuple[str, str, str, str]) -> PluginError:
    return PluginError(str(frontmatter.error(display, line, message[:2], message[2:])))


def _fix_link(problem: tuple[str, str]) -> tuple[str, str]:
    return bilingual(problem[0], "Thay liên kết bằng một bản sao thật của tệp trong docs/, hoặc xóa nó",
                     problem[1], "Replace the link with a real copy of the file inside docs/, or delete it")


def _display(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix()

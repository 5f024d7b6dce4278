"""Pages generated from data/*.yml: schedule, activities, resource catalogue and facets, wards, libraries.

Runs once per language (see ARCHITECTURE.md). on_config loads and validates the data (a bad file
stops the build with ``data/<file>.yml:<line>: ...`` before anything is written); on_files adds every
page with ``File.generated`` (its front matter); on_page_markdown renders the page's body from its
template in overrides/data/ when MkDocs reads that page - one page's HTML at a time, not 3,000 pages'
held from on_files to the end of the build (see scripts/benchmark.py, memory); on_post_build writes
redirect pages at the former URLs of renamed resources. The page models live in
hooks/lib/datapages/pages.py (pure); this file only connects them to MkDocs.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils import get_relative_url

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.context import build_context  # noqa: E402
from hooks.generated import add_generated  # noqa: E402
from hooks.lib import i18n  # noqa: E402
from hooks.lib.core.errors import LocatedError  # noqa: E402
from hooks.lib.datapages import pages as datapages  # noqa: E402
from hooks.lib.datapages.programme_pages import ProgrammePages, generated_pages  # noqa: E402
from hooks.render import render, strict_env  # noqa: E402


@dataclass
class DataState:
    """Per-build state, kept on the config object so nothing survives a `mkdocs serve` rebuild."""

    lang: str
    pages: datapages.DataPages
    programmes: ProgrammePages   # the guidance's programmes: pages, banner table, launch block
    env: jinja2.Environment | None = None  # our strict template environment, created in on_files
    unread: dict = field(default_factory=dict)  # src -> PageSpec of the pages whose body is still to render


def _state(config) -> DataState:
    return config.extra["_data"]


def on_config(config):
    lang = config.theme["language"]
    context = build_context(config)
    data = context.site_data()
    try:
        datapages.check_record_ids(data)
    except LocatedError as err:
        raise PluginError(str(err)) from None
    generated = generated_pages(data, lang, i18n.site_root_url(lang, config.site_url), context.ui_table(lang),
                                context.moment)
    config.extra["_data"] = DataState(lang=lang, pages=generated.data, programmes=generated.programmes)
    return config


def on_files(files, config):
    state = _state(config)
    state.env = strict_env(config)
    for spec in state.pages.pages() + state.programmes.pages():
        inclusion = InclusionLevel.UNDEFINED if spec.in_nav else InclusionLevel.NOT_IN_NAV
        # The body is rendered when MkDocs reads the page (on_page_markdown): holding every page's HTML
        # from here to there cost most of the build's memory at 3,000 resources (scripts/benchmark.py).
        add_generated(files, config, spec.src, spec.markdown(""), owner="data/", inclusion=inclusion)
        state.unread[spec.src] = spec
    return files


@event_priority(100)  # first: other hooks see the page's real Markdown
def on_page_markdown(markdown, page, config, files):
    spec = _state(config).unread.pop(page.file.src_uri, None)
    if spec is None:
        return markdown
    return datapages.body_markdown(_render(_state(config), spec.template, spec.url, spec=spec, **spec.context))


_H2 = re.compile(r'<h2 id="(?P<id>[^"]+)">(?P<title>[^<]*)</h2>')


def on_page_content(html, page, config, files):
    """The home page: the current edition's block right after its heading (the tasks people come for).
    An edition's banner-kit page: the district table of banner reports before its first section."""
    state = _state(config)
    if page.file.src_uri != "index.md":
        table = state.programmes.banner_table(page.file.src_uri)
        if table is None:
            return html
        at = html.find("<h2")
        at = at if at >= 0 else len(html)
        block = _render(state, "data/banner-reports.html", page.url, table=table)
        heading = _H2.search(block)   # the table's section joins the page's table of contents, first
        if heading and page.toc is not None:
            items = page.toc.items   # under the page's title when the table of contents has it
            items = items[0].children if items and items[0].level == 1 else items
            items.insert(0, AnchorLink(heading["title"], heading["id"], 2))
        return html[:at] + block + html[at:]
    pages = state.pages
    current = pages.data.current.year
    earlier = sorted((e for e in pages.editions.values() if e.year < current), key=lambda e: e.year, reverse=True)
    block = _render(state, "data/home.html", page.url, edition=pages.editions[current], earlier=earlier,
                    nav=pages.nav_links(), launches=state.programmes.launch())
    heading_end = html.find("</h1>")
    at = heading_end + len("</h1>") if heading_end >= 0 else 0
    return html[:at] + block + html[at:]


def on_post_build(config):
    state = _state(config)
    site_dir = Path(config.site_dir)
    for redirect in state.pages.redirects():
        html = _render(state, "data/redirect.html", redirect.url, redirect=redirect, config=config)
        out = site_dir / redirect.path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")


def _render(state: DataState, template: str, page_url: str, **context) -> str:
    def href(target: str) -> str:
        """A link to ``target`` (URL relative to this language's root, maybe with #anchor) from this page."""
        path, hash_, anchor = target.partition("#")
        return get_relative_url(path or page_url, page_url) + hash_ + anchor

    context.update(href=href, ui=state.pages.strings, lang=state.lang)
    return render(state.env, template, **context)

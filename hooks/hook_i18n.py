"""Bilingual build: Vietnamese at /, English at /en/, from one plain ``mkdocs build``.

Why a nested build and not mkdocs-static-i18n or one build with both languages: Material takes its UI
strings, its search language and its search index from ``theme.language``, which is one value per build.
Running ``mkdocs.commands.build.build()`` a second time on a derived config (docs/en, site/en,
``theme.language: en``) gives each language its own UI, its own search index and its own 404 page,
and costs the same as building the pages once each (measured by scripts/benchmark.py).

The Vietnamese build is the "parent": it starts the English build (a forked child process where
possible) and waits for it. Where both go and how the finished site is published is hook_site's
concern (one build at a time, a new release folder, one atomic switch).
"""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import InclusionLevel

# MkDocs loads hook files by path; make the project root importable so `hooks.lib` resolves the same
# way here and in the unit tests.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks import childbuild  # noqa: E402
from hooks.context import CONTEXT_KEY, build_context, project_root  # noqa: E402
from hooks.lib import i18n  # noqa: E402
from hooks.lib.core.errors import bilingual_text  # noqa: E402
from hooks.render import add_filters  # noqa: E402

log = logging.getLogger("mkdocs.hooks.i18n")

# The one process-wide fact hooks need: is this `mkdocs serve`? It is set once by on_startup and never
# changes during the process (serve rebuilds reuse it), so it is not per-build state.
_PROCESS = {"serve": False}


@dataclass
class BuildState:
    """Per-build state, kept on the config object so nothing survives a `mkdocs serve` rebuild."""

    lang: str
    root: Path
    pairs: list[i18n.PagePair]
    docs_dirs: dict[str, str]
    english_pid: int | None = None  # the English build, while it runs in parallel


def _state(config) -> BuildState:
    return config.extra["_i18n"]


def on_startup(command: str, dirty: bool) -> None:
    _PROCESS["serve"] = command == "serve"


@event_priority(100)  # first: other hooks read the language and the page pairs
def on_config(config):
    lang = config.theme["language"]
    if lang not in i18n.LANGUAGES:
        supported = ", ".join(i18n.LANGUAGES)
        raise PluginError("mkdocs.yml: " + bilingual_text(
            f"theme.language là '{lang}', nhưng trang web chỉ có các ngôn ngữ {supported}", "Ghi `language: vi`",
            f"theme.language is '{lang}'; this site supports {supported}", "Write `language: vi`"))
    if not config.site_url:
        raise PluginError("mkdocs.yml: " + bilingual_text(
            "thiếu dòng site_url", "Ghi địa chỉ công khai của trang, ví dụ 'site_url: https://hoctapsuotdoi.example/' (địa chỉ ví dụ: ghi địa chỉ thật) "
            "- mọi liên kết tuyệt đối, sơ đồ trang và liên kết giữa hai ngôn ngữ dùng địa chỉ này",
            "site_url is missing", "Set it to the public address of the site, e.g. "
            "'site_url: https://hoctapsuotdoi.example/' (an example: write the real one) - every absolute link, the sitemap and hreflang use it"))
    root = project_root(config)
    context = build_context(config)
    context.serve = _PROCESS["serve"]
    data = context.site_data()
    try:
        site_pairs = i18n.load_page_pairs(root / "data" / "pages.yml")
        pairs = i18n.all_page_pairs(site_pairs, data.editions)
    except i18n.PagesFileError as exc:
        raise PluginError(str(exc)) from None
    docs_dirs = {"vi": "docs/vi", "en": "docs/en"}  # as shown in messages; _english_config uses the same
    config.extra["_i18n"] = BuildState(lang=lang, root=root, pairs=pairs, docs_dirs=docs_dirs)
    # The site's names come from data/site.yml (one place for another locality to change them).
    config.site_name = data.site.name.get(lang)
    config.site_description = data.site.description.get(lang)
    config.nav = i18n.menu(lang, site_pairs, data.current)
    # Heading anchors fold diacritics and "đ" (the toc default drops "đ").
    config.mdx_configs.setdefault("toc", {})["slugify"] = i18n.slugify
    # The heading anchors' tooltip, in the page's language (Python-Markdown's default is English).
    config.mdx_configs["toc"]["permalink_title"] = build_context(config).ui(lang).page.permalink
    # `true` (not a list) makes Material's header show our switcher partial while its base.html, which
    # would print site-wide hreflang links to the home pages, skips them: ours are per page.
    config.extra["alternate"] = True
    return config


@event_priority(-100)  # last: after every hook has added its generated pages
def on_files(files, config):
    state = _state(config)
    for file in files.documentation_pages():
        if file.generated_by is None and (problem := i18n.check_source_name(file.src_uri)):
            log.warning(i18n.source_name_warning(f"{state.docs_dirs[state.lang]}/{file.src_uri}", problem))
    for pair in state.pairs:
        if files.get_file_from_path(pair.src(state.lang)) is None:
            log.warning(i18n.missing_translation_message(state.lang, pair, state.docs_dirs))
    data = build_context(config).site_data()
    for src in i18n.archived_pages(state.lang, data.editions, data.current):  # earlier years: out of the menu
        if (file := files.get_file_from_path(src)) is not None:
            file.inclusion = InclusionLevel.NOT_IN_NAV
    if state.lang == i18n.DEFAULT_LANGUAGE and not _PROCESS["serve"] and childbuild.can_fork():
        # Start the English build now, beside this one: MkDocs has cleaned the output folder
        # (after on_pre_build) and the English site only writes under en/. Measured by
        # scripts/benchmark.py: the two languages then take about as long as the larger one.
        # (Not under `mkdocs serve`, whose threads make forking unsafe.)
        state.english_pid = childbuild.start(lambda: _build_english(config))
        build_context(config).output_writers.append(state.english_pid)  # hook_site stops it on failure
    return files


def on_env(env, config, files):
    # Every template (Material's and ours) can say {{ ui.news.latest }}: the language's UI strings.
    context = build_context(config)
    env.globals["ui"] = context.ui(config.theme["language"])
    # The header shows the short name (overrides/partials/header.html): the full one is cut on phones.
    env.globals["site_short_name"] = context.site_data().site.short_name.get(config.theme["language"])
    add_filters(env)
    return env


def on_page_context(context, page, config, nav):
    context["i18n"] = _language_context(config, page.file.src_uri, page.meta, with_href=True)
    return context


def on_template_context(context, template_name, config):
    # Static templates (404.html) have no page: their twin is the other language's home.
    context.setdefault("i18n", _language_context(config, "index.md", {}))
    return context


def _language_context(config, src_uri: str, meta: dict, with_href: bool = False) -> dict:
    state = _state(config)
    lang = state.lang
    twin = i18n.twin_source(lang, src_uri, state.pairs, meta)
    switch = [
        {"lang": code, "name": build_context(config).ui(code).language_name, "current": code == lang,
         "link": i18n.src_to_url(src_uri) if code == lang else i18n.twin_link(lang, twin),
         # pages link to their twin relatively (see i18n.switch_href); static templates (404) have no page
         "href": ("./" if code == lang else i18n.switch_href(lang, src_uri, twin)) if with_href else None}
        for code in i18n.LANGUAGES
    ]
    return {"lang": lang, "switch": switch,
            "hreflang": i18n.hreflang_links(lang, src_uri, twin, config.site_url)}


@event_priority(-90)  # late: the English build sees every other hook's output; hook_site (-100) then publishes
def on_post_build(config):
    state = _state(config)
    if state.lang != i18n.DEFAULT_LANGUAGE:
        return  # the English build is a child: it never builds further languages (no recursion)
    if state.english_pid is not None:
        pid, state.english_pid = state.english_pid, None
        code = childbuild.wait(pid)
        build_context(config).output_writers.remove(pid)
        if code != 0:
            raise PluginError("docs/en: " + bilingual_text(
                "bản tiếng Anh của trang không dựng được", "Xem các thông báo ở trên",
                "the English site did not build", "See the messages above"))
    else:
        _build_english(config)


def _build_english(config) -> None:
    from mkdocs.commands.build import build

    english = _english_config(config)
    build(english, serve_url=english.site_url if _PROCESS["serve"] else None)


def on_serve(server, config, builder):
    root = _state(config).root
    for part in ("docs/en", "data", "overrides", "hooks"):
        if (root / part).exists():
            server.watch(str(root / part))
    return server


def _english_config(config):
    root = _state(config).root
    english = load_config(
        config_file=config.config_file_path,
        docs_dir=str(root / "docs" / "en"),
        site_dir=str(Path(config.site_dir) / "en"),
        site_url=config.site_url.rstrip("/") + "/en/",
        strict=config.strict,
    )
    english.theme["language"] = "en"
    # One set of shared values (e.g. the loaded data) for both languages of this build.
    english.extra[CONTEXT_KEY] = build_context(config)
    return english

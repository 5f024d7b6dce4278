"""News: posts, generated listing pages (pagination, categories, monthly archive), home block, RSS feed.

Runs once per language (see ARCHITECTURE.md). Each build reads the posts of *both* languages, so the
English site can list Vietnamese posts that are not translated yet, and the switcher of each post goes
to its twin. The logic lives in hooks/lib/news/; this file only connects it to MkDocs.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import InclusionLevel
from mkdocs.utils import get_relative_url

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.context import build_context, project_root  # noqa: E402
from hooks.generated import add_generated  # noqa: E402
from hooks.lib.core.errors import bilingual  # noqa: E402
from hooks.lib.data.status import removed_page_meta  # noqa: E402
from hooks.lib.data.wardnames import ward_forms  # noqa: E402
from hooks.lib.datapages.removed import removed_view  # noqa: E402
from hooks.lib.i18n import format_date, format_month, other_language, src_to_url  # noqa: E402
from hooks.lib.news import changes as news_changes  # noqa: E402
from hooks.lib.news import feed as news_feed
from hooks.lib.news import listing as news
from hooks.lib.news import model as news_model
from hooks.lib.news import posts as news_posts  # noqa: E402
from hooks.render import render, strict_env  # noqa: E402


@dataclass
class Listing:
    kind: str                 # "page" | "category" | "archive"
    key: object               # page number, category id or "YYYY-MM"
    title: str
    entries: list
    page_count: int = 1


@dataclass
class NewsState:
    lang: str
    root: Path
    categories: dict
    wards: dict
    posts: dict = field(default_factory=dict)      # src_uri -> Post (this language, visible)
    withdrawn: dict = field(default_factory=dict)  # src_uri -> Post (this language, withdrawn: a removed page)
    entries: list = field(default_factory=list)    # this language's list (visible), newest first
    listings: dict = field(default_factory=dict)   # src_uri -> Listing
    env: object = None
    ui: object = None       # this language's UI strings (hooks/lib/i18n/strings.py)


def _state(config) -> NewsState:
    return config.extra["_news"]


def on_files(files, config):
    lang = config.theme["language"]
    root = project_root(config)
    context = build_context(config)
    try:
        categories = news.load_categories(root / "data" / "news-categories.yml")
        wards = {w.id: {"vi": w.full_name.vi, "en": w.full_name.en} for w in context.site_data().wards}
        ward_names = ward_forms(context.site_data().wards)  # `ward: Máy Tơ` is answered with its id
        all_posts = {code: _read_posts(root, code, categories, ward_names) for code in ("vi", "en")}
        for code in ("vi", "en"):
            other = {p.src_uri: p for p in all_posts[other_language(code)]}
            news_posts.check_posts(all_posts[code], other)
    except news_model.NewsError as exc:
        raise PluginError(str(exc)) from None
    news_posts.pair_twins(all_posts["vi"], all_posts["en"])

    # Pages are rendered to HTML (on_page_content) before MkDocs' own env exists (on_env): use a strict
    # overlay of the theme's environment (same loaders, `url` filter and overrides/), once per build.
    state = NewsState(lang=lang, root=root, categories=categories, wards=wards, env=strict_env(config),
                      ui=context.ui(lang))
    config.extra["_news"] = state
    for post in all_posts[lang]:
        file = files.get_file_from_path(post.src_uri)
        if file is not None:
            file.inclusion = InclusionLevel.DRAFT if post.draft else InclusionLevel.NOT_IN_NAV

    serve = context.serve  # drafts are listed only in `mkdocs serve`

    def published(posts):
        return [p for p in posts if serve or not p.draft]

    def visible(posts):  # in lists, the feed and search: published and not withdrawn
        return [p for p in published(posts) if p.withdrawn is None]

    entries = {code: news.entries_for(code, visible(all_posts[code]), visible(all_posts[other_language(code)]))
               for code in ("vi", "en")}
    state.posts = {p.src_uri: p for p in visible(all_posts[lang])}
    state.withdrawn = {p.src_uri: p for p in published(all_posts[lang]) if p.withdrawn is not None}
    state.entries = entries[lang]
    listings = {code: _listings(code, entries[code], categories, context.ui(code)) for code in ("vi", "en")}
    state.listings = listings[lang]
    other_srcs = set(listings[other_language(lang)])
    for src, listing in state.listings.items():
        twin = _twin_listing(lang, listing, other_srcs)
        meta = {"title": listing.title, "alternate": twin}
        is_index = src == news.listing_src(lang, "index")
        if not is_index:
            # Category, month and later pages only repeat posts: search finds each post once, itself.
            meta["search"] = {"exclude": True}
        content = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n"
        inclusion = InclusionLevel.UNDEFINED if is_index else InclusionLevel.NOT_IN_NAV
        add_generated(files, config, src, content, owner="docs/*/news posts", inclusion=inclusion)
    return files


def _read_posts(root: Path, lang: str, categories, wards) -> list:
    folder = root / "docs" / lang / news_model.NEWS_DIR[lang]
    posts = []
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        if path.name == "index.md":
            continue
        src = f"{news_model.NEWS_DIR[lang]}/{path.name}"
        display = f"docs/{lang}/{src}"
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise news_model.NewsError(display, 1, *bilingual(
                "tệp không được lưu theo mã UTF-8", "Lưu lại tệp theo mã UTF-8 trong trình soạn thảo",
                "the file is not saved as UTF-8", "Save it as UTF-8 in your editor")) from None
        posts.append(news_posts.parse_post(text, lang, src, display, categories, wards))
    return posts


def _listings(lang: str, entries: list, categories: dict, strings) -> dict:
    ui = strings.news
    out = {}
    pages = news.paginate(entries)
    for number, chunk in enumerate(pages, start=1):
        title = ui.news if number == 1 else ui.page_title.format(n=number)
        out[news.listing_src(lang, "page", number)] = Listing("page", number, title, chunk, len(pages))
    for cat in categories.values():
        chunk = [e for e in entries if cat.id in e.post.categories]
        out[news.listing_src(lang, "category", cat.id)] = Listing(
            "category", cat.id, ui.category_title.format(label=cat.label(lang)), chunk)
    for month, _count in news.months(entries):
        year, mon = (int(x) for x in month.split("-"))
        chunk = [e for e in entries if e.post.date.year == year and e.post.date.month == mon]
        out[news.listing_src(lang, "archive", month)] = Listing(
            "archive", month, ui.archive_title.format(month=format_month(year, mon, strings)), chunk)
    return out


def _twin_listing(lang: str, listing: Listing, other_srcs: set) -> str:
    other = other_language(lang)
    src = news.listing_src(other, listing.kind, listing.key)
    return src if src in other_srcs else news.listing_src(other, "index")


def on_page_markdown(markdown, page, config, files):
    state = _state(config)
    gone = state.withdrawn.get(page.file.src_uri)
    if gone is not None:  # only a "removed" page: no title, no text, no photo of the post is published
        page.meta.update(removed_page_meta(gone.withdrawn, state.ui.withdrawn.title))
        page.meta["description"] = state.ui.withdrawn.title
        page.meta["alternate"] = gone.alternate or news.listing_src(other_language(state.lang), "index")
        return ""
    post = state.posts.get(page.file.src_uri)
    if post is not None:
        other = other_language(state.lang)
        page.meta["alternate"] = post.alternate or news.listing_src(other, "index")
        page.meta.setdefault("description", post.description)
    return markdown


def on_page_content(html, page, config, files):
    state = _state(config)
    src = page.file.src_uri
    if src in state.withdrawn:
        view = removed_view(state.withdrawn[src].withdrawn, state.lang, state.ui, state.ui.news.all_news,
                            src_to_url(news.listing_src(state.lang, "index")))
        return _render(state, "data/withdrawn.html", page, removed=view)
    if src in state.posts:
        header = _render(state, "partials/news-post.html", page, post=state.posts[src], has_h1="<h1" in html)
        return header + html
    if src in state.listings:
        return html + _render(state, "partials/news-list.html", page, listing=state.listings[src])
    return html


def on_page_context(context, page, config, nav):
    state = _state(config)
    context["news"] = _template_data(state)
    return context


def on_post_build(config):
    state = _state(config)
    data = news_feed.build_rss(state.lang, config.site_url, f"{config.site_name} – {state.ui.news.news}",
                               state.entries, state.ui)
    (Path(config.site_dir) / news_model.FEED_FILE).write_bytes(data)
    _write_redirects(state, config)


def _write_redirects(state: NewsState, config) -> None:
    """A redirect page (no script: meta refresh + canonical) at the address of every former name of a post."""
    posts = list(state.posts.values()) + list(state.withdrawn.values())
    for old_url, redirect in news_changes.alias_redirects(posts, config.site_url, state.ui.withdrawn.title):
        html = render(state.env, "data/redirect.html", redirect=redirect, ui=state.ui, lang=state.lang,
                      config=config, href=lambda target, old=old_url: get_relative_url(target, old))
        out = Path(config.site_dir) / old_url / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")


def _template_data(state: NewsState) -> dict:
    lang = state.lang
    counts = {c: sum(1 for e in state.entries if c in e.post.categories) for c in state.categories}
    return {
        "lang": lang,
        "latest": state.entries[: news_model.LATEST_COUNT],
        "index_link": src_to_url(news.listing_src(lang, "index")),
        "feed_link": news_model.FEED_FILE,
        "categories": [
            {"id": c.id, "label": c.label(lang), "count": counts[c.id],
             "link": src_to_url(news.listing_src(lang, "category", c.id))}
            for c in state.categories.values()
        ],
        "months": [
            {"key": m, "count": n, "label": format_month(int(m[:4]), int(m[5:]), state.ui),
             "link": src_to_url(news.listing_src(lang, "archive", m))}
            for m, n in news.months(state.entries)
        ],
        "category_label": {c.id: c.label(lang) for c in state.categories.values()},
        "category_link": {c.id: src_to_url(news.listing_src(lang, "category", c.id)) for c in state.categories.values()},
        "ward_name": {w: names[lang] for w, names in state.wards.items()},
        "format_date": lambda d: format_date(d, state.ui),
        "page_link": lambda n: src_to_url(news.listing_src(lang, "page", n)),
    }


def _render(state: NewsState, template: str, page, **extra) -> str:
    def href(target: str) -> str:  # a URL relative to this language's root, from this page
        return get_relative_url(target, page.url)

    context = {"page": page, "base_url": get_relative_url(".", page.url), "news": _template_data(state),
               "ui": state.ui, "href": href, **extra}
    return render(state.env, template, **context)

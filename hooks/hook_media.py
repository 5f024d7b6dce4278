"""Photos and link-preview images (see hooks/lib/media/ for what is done and why).

Runs once per language (see ARCHITECTURE.md). on_files: every photo a page shows is checked (located
errors), processed or taken from the cache (.cache/images/), its versions registered as generated
files, and the originals under this language's docs folder are dropped from the site (never
published). on_page_markdown: each photo becomes overrides/partials/picture.html. on_page_content:
the page's link-preview image - its first photo, else a card with its title - goes into
``page.meta["social_image"]`` for hooks/hook_opendata.py's og:image meta. A card is registered as a
generated file there, not in on_files, because a page's title is only final once it is rendered (a
"# heading" may give it); MkDocs copies files after every page is rendered, so the card is published.
"""
from __future__ import annotations

import html
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.utils import get_relative_url

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.context import build_context, project_root  # noqa: E402
from hooks.lib import i18n  # noqa: E402
from hooks.lib.datapages import record_photos  # noqa: E402
from hooks.lib.media import cards, markdown_images, pages, records  # noqa: E402
from hooks.lib.media.messages import MediaError  # noqa: E402
from hooks.lib.media.photos import PhotoCache  # noqa: E402

log = logging.getLogger("mkdocs.hooks.media")


@dataclass
class MediaState:
    """Per-build state, kept on the config object: nothing survives a `mkdocs serve` rebuild."""

    lang: str
    photos: PhotoCache
    cards: cards.CardCache
    edition: tuple[str, str]                     # the week's name and dates, in this language
    env: object = None
    page_photos: dict = field(default_factory=dict)   # src_uri -> [PagePhoto], reading order
    published: set = field(default_factory=set)       # generated file paths already registered


def _state(config) -> MediaState:
    return config.extra["_media"]


def _edition(config, lang: str) -> tuple[str, str]:
    """The week's name and dates shown on link-preview cards. The one place that reads them, so the
    data may move (e.g. per-year editions) without touching the rest."""
    context = build_context(config)
    week = context.site_data().current
    return week.name.get(lang), i18n.format_date_range(week.start, week.end, context.ui(lang))


def on_config(config):
    lang = config.theme["language"]
    cache = project_root(config) / ".cache" / "images"
    config.extra["_media"] = MediaState(lang=lang, photos=PhotoCache(cache / "photos"),
                                        cards=cards.CardCache(cache / "cards"), edition=_edition(config, lang))
    return config


def _publish(state: MediaState, files, config, path: str, cached: Path) -> None:
    if path not in state.published:
        state.published.add(path)
        files.append(File.generated(config, path, abs_src_path=str(cached), inclusion=InclusionLevel.NOT_IN_NAV))


def on_files(files, config):
    state = _state(config)
    docs_dir = Path(config.docs_dir).resolve()
    for file in list(files):  # originals are never published; only the versions made below are
        if file.generated_by is None and pages.is_original(file.abs_src_path, docs_dir):
            files.remove(file)
    state.env = config.theme.get_env()
    for file in files.documentation_pages():
        if file.generated_by is None:
            _add_page_photos(file, config, state, files)
    # Photos of data records (honour roll, banner reports) shown on generated pages.
    record_found = _record_photos(config, state)
    state.page_photos.update(record_found)
    for found in record_found.values():
        _publish_photos(state, files, config, found)
    return files


def _record_photos(config, state: MediaState) -> dict:
    """The photos of data records (honour roll, banner reports), by the generated page that shows them:
    their Markdown image is in the page's body, rendered by hooks/hook_data.py from the same list."""
    docs = project_root(config) / "docs"
    try:
        return {src: [records.record_photo(view, docs, state.photos) for view in views]
                for src, views in record_photos.page_photos(build_context(config).site_data(), state.lang).items()}
    except MediaError as err:
        raise PluginError(str(err)) from None


def preview_page_saved(file, config, files):
    """`scripts/serve` rebuilds a saved page alone (hooks/preview/pageonly.py): the same photos, or a full build."""
    state = _state(config)
    before = state.page_photos.pop(file.src_uri, [])
    after = _add_page_photos(file, config, state, files)
    # A photo no longer shown must leave the site, which only a full build knows: ask for one.
    return {out for photo in before for out in photo.outputs()} == {out for photo in after for out in photo.outputs()}


def _add_page_photos(file, config, state: MediaState, files) -> list:
    found = _page_photos(file, config, state)
    if found:
        state.page_photos[file.src_uri] = found
        _publish_photos(state, files, config, found)
    return found


def _publish_photos(state: MediaState, files, config, found: list) -> None:
    for photo in found:
        for path, cached in photo.outputs():
            _publish(state, files, config, path, cached)


def _page_photos(file, config, state: MediaState) -> list:
    root = project_root(config)
    page_file = Path(file.abs_src_path).resolve()
    display = page_file.relative_to(root).as_posix() if page_file.is_relative_to(root) else file.src_uri
    try:
        source = file.content_string
    except UnicodeDecodeError:
        return []  # MkDocs itself reports a page that is not UTF-8 when it reads it
    try:
        return pages.collect(source, display, page_file, root / "docs", Path(config.docs_dir).resolve(),
                             state.photos, urlsplit(config.site_url or "").netloc)
    except MediaError as err:
        raise PluginError(str(err)) from None


def on_page_markdown(markdown, page, config, files):
    state = _state(config)
    found = state.page_photos.get(page.file.src_uri)
    if not found:
        return markdown
    by_src = {photo.ref.src: photo for photo in found}
    context = {"page": page, "base_url": get_relative_url(".", page.url)}
    shown = []

    def render(ref, index):
        photo = by_src.get(ref.src)
        if photo is None:  # not a photo (SVG, GIF...): MkDocs handles it as written
            return None
        shown.append(ref)
        html_text = state.env.get_template("partials/picture.html").render(
            context, photo=photo.picture(lazy=len(shown) > 1))
        return html_text.strip().replace("\n", "")

    return markdown_images.replace_images(markdown, render)


def on_page_content(html_text, page, config, files):
    state = _state(config)
    found = state.page_photos.get(page.file.src_uri)
    if found:
        page.meta["social_image"] = found[0].social(config.site_url)
        return html_text
    title = config.site_name if page.file.src_uri == "index.md" else (page.title or config.site_name)
    text = cards.CardText(html.unescape(title), *state.edition, urlsplit(config.site_url).netloc)
    key, cached = state.cards.get(text)
    _publish(state, files, config, pages.card_path(key), cached)
    page.meta["social_image"] = pages.card_social(config.site_url, key, text)
    return html_text


def on_post_build(config):
    state = _state(config)
    # Read by tests (mkdocs build -v) to prove an unchanged photo costs nothing on the next build.
    log.debug(f"media ({state.lang}): photos processed {state.photos.processed}, from cache "
              f"{state.photos.reused}; cards drawn {state.cards.rendered}, from cache {state.cards.reused}")


def on_serve(server, config, builder):
    # A page may show a photo from any folder of docs/; the language folders are watched already.
    docs = project_root(config) / "docs"
    for folder in sorted(docs.iterdir()) if docs.is_dir() else []:
        if folder.is_dir() and folder.name not in i18n.LANGUAGES:
            server.watch(str(folder))
    return server

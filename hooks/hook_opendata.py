"""Open data and print: resource catalogue (JSON, CSV, OPDS), iCalendar, JSON-LD, social meta, QR codes,
banner kit. Runs once per language (see ARCHITECTURE.md); the logic lives in pure modules of hooks/lib/
(catalogue_export, icalendar_export, structured_data, qrcodes, banners) - this file only connects them to
MkDocs. Every output is a generated file registered in ``on_files``, so `mkdocs serve` serves it too.

Outputs (relative to the site root; English under en/):
  tai-nguyen.json, tai-nguyen.csv, opds.xml          en/resources.json, en/resources.csv, en/opds.xml
  lich-hoat-dong.ics, lich-hoat-dong/<id>.ics        en/schedule.ics, en/schedule/<id>.ics
  bo-bang-ron/bang-ron-khau-hieu-<n>.svg             en/banner-kit/bang-ron-khau-hieu-<n>.svg
  bo-bang-ron/bang-ron-khau-hieu-<n>.pdf             en/banner-kit/bang-ron-khau-hieu-<n>.pdf
  guong-dien-hinh.json (honour roll)                 en/honour-roll.json
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.exceptions import PluginError

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.context import build_context  # noqa: E402
from hooks.generated import add_generated  # noqa: E402
from hooks.lib import i18n  # noqa: E402
from hooks.lib.content import pagetext  # noqa: E402
from hooks.lib.core.errors import bilingual_text  # noqa: E402
from hooks.lib.data.refs import RecordKind, RecordRef, find_record  # noqa: E402
from hooks.lib.data.status import is_sample, sample_title  # noqa: E402
from hooks.lib.datapages.views import url_parts  # noqa: E402
from hooks.lib.i18n import routes  # noqa: E402
from hooks.lib.news.posts import is_post_path  # noqa: E402
from hooks.lib.opendata import banner_pdf, banners, catalogue, honours, ical, qrcodes, share  # noqa: E402
from hooks.lib.opendata import jsonld as sd  # noqa: E402

_RELATIVE_LINK = re.compile(r'<a\s(?P<attrs>[^>]*?)href="(?P<href>[^"#][^"]*)"')


@dataclass
class OpenDataState:
    lang: str
    data: object
    root_url: str        # the whole site's root URL (Vietnamese site_url)
    generated: datetime
    qr_cache: qrcodes.QrCache
    ui: object           # this language's UI strings (hooks/lib/i18n/strings.py)


def _state(config) -> OpenDataState:
    return config.extra["_opendata"]


def _generated_at() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():  # reproducible builds
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(UTC).replace(microsecond=0)


def on_config(config):
    lang = config.theme["language"]
    context = build_context(config)
    data = context.site_data()
    if lang not in context.qr_caches:  # one file per language: the two may build in parallel processes
        context.qr_caches[lang] = qrcodes.QrCache(context.root / ".cache" / f"qrcodes-{lang}.json")
    config.extra["_opendata"] = OpenDataState(
        lang=lang, data=data, root_url=i18n.site_root_url(lang, config.site_url), generated=_generated_at(),
        qr_cache=context.qr_caches[lang], ui=context.ui(lang))
    return config


def _add(files, config, src: str, content) -> None:
    if isinstance(content, str):  # UTF-8 bytes: half the memory of Vietnamese text in a str, same file
        content = content.encode("utf-8")
    add_generated(files, config, src, content, owner="data/ (open data, banner kit)")


def on_files(files, config):
    state = _state(config)
    lang, data, root_url = state.lang, state.data, state.root_url
    publisher = data.site.publisher.get(lang)
    title = state.ui.opendata.catalogue_title
    entries = catalogue.resource_entries(data, root_url, lang)
    names = catalogue.FILES[lang]
    _add(files, config, names["json"], catalogue.to_json(
        entries, lang=lang, root_url=root_url, publisher=publisher, generated=state.generated, title=title))
    _add(files, config, names["csv"], catalogue.to_csv(entries))
    _add(files, config, names["opds"], catalogue.to_opds(
        entries, lang=lang, root_url=root_url, publisher=publisher, generated=state.generated, title=title,
        sample_label=state.ui.data.sample))
    for src, content in _calendars(state):
        _add(files, config, src, content)
    _add(files, config, honours.FILES[lang], honours.to_json(
        honours.honour_entries(data, root_url, lang, state.ui.programmes.honour_kinds), lang=lang,
        root_url=root_url, publisher=publisher, generated=state.generated, title=state.ui.programmes.honours))
    home_vi = routes.absolute_url(root_url, i18n.LANGUAGE_ROOT["vi"])
    for edition in data.editions:
        kit = edition.page("banner_kit")
        if kit is None:
            continue
        for number, svg, pdf in _banner_files(config, state, edition, home_vi):
            _add(files, config, banners.banner_src(kit.src(lang), number), svg)
            _add(files, config, banners.banner_src(kit.src(lang), number, "pdf"), pdf)
    return files


def _calendars(state: OpenDataState) -> list[tuple[str, str]]:
    """The root calendar (the current edition's), each edition's own, and one per activity."""
    lang, data, root_url, ui, stamp = state.lang, state.data, state.root_url, state.ui, state.generated
    current = data.current
    out = [(ical.calendar_src(lang), ical.calendar(current.activities, current, data, root_url, lang, stamp, ui))]
    for edition in data.editions:
        prefix = edition.home_prefix
        # An edition's time zone without daylight saving is checked, with its line, when data/ is read.
        out.append((ical.calendar_src(lang, prefix), ical.calendar(
            edition.activities, edition, data, root_url, lang, stamp, ui,
            url=ical.calendar_url(root_url, lang, prefix))))
        for activity in edition.activities:
            out.append((ical.activity_ics_src(activity.id, lang, edition.records_prefix), ical.calendar(
                [activity], edition, data, root_url, lang, stamp, ui, name=activity.title.get(lang))))
    return out


def _banner_files(config, state: OpenDataState, edition, home_vi: str) -> list[tuple[int, str, bytes]]:
    """``(number, SVG, PDF)`` per slogan of ``edition``, made once per build: the banners are Vietnamese
    in both languages, so both get the same files."""
    context = build_context(config)
    cache = context.banner_files
    key = f"{edition.year} {home_vi}"
    if key not in cache:
        # Vietnamese words, with {week_name}, {locality}... of this edition (not the current one's).
        words = context.ui_table("vi").filled(state.data.facts("vi", edition))
        cache[key] = [
            (banner["number"], banner["svg"],
             banner_pdf.banner_pdf(banner["number"], banner["slogan"], edition, home_vi, words))
            for banner in banners.banner_kit(edition, home_vi, words)
        ]
    return cache[key]


def on_page_content(html, page, config, files):
    """Give every relative link of the page's text its absolute URL, for print CSS (``a[data-print-href]``)."""
    base = page.canonical_url
    if not base:
        return html

    def absolute(match):
        href = match.group("href")
        if re.match(r"^[a-z][a-z0-9+.-]*:", href):  # http:, mailto:, tel: ... already shown as they are
            return match.group(0)
        return f'<a {match.group("attrs")}data-print-href="{urljoin(base, href)}" href="{href}"'

    return _RELATIVE_LINK.sub(absolute, html)


def on_page_context(context, page, config, nav):
    state = _state(config)
    src = page.file.src_uri
    ref, record = _page_record(state, page)
    if record is not None and not page.meta.get("description"):
        page.meta["description"] = sd.record_description(ref.kind, record, state.data, state.lang, state.ui)
    context["opendata"] = {
        "jsonld": _jsonld(state, src, ref, record),
        "meta": _social_meta(state, config, page),
        "alternates": _discovery_links(state),
        "qr": _qr_code(state, ref, record),
        "downloads": _downloads(state, src),
        "banners": _banner_gallery(state, src),
        "share": _share(state, config, page, ref, record),
    }
    return context


def _is_sample_item(state: OpenDataState, page, record) -> bool:
    """Is the page one sample record or one sample news post (not a list that holds some)?"""
    if record is not None:
        return is_sample(record)
    return (is_post_path(state.lang, page.file.src_uri) and page.meta.get("sample") is True
            and not page.meta.get("withdrawn"))


def _share(state: OpenDataState, config, page, ref, record) -> dict | None:
    """The share button's links, on activities and news posts (not on a withdrawn post's removed page)."""
    is_activity = ref is not None and ref.kind == RecordKind.ACTIVITY and record is not None
    is_post = is_post_path(state.lang, page.file.src_uri) and not page.meta.get("withdrawn")
    if not (is_activity or is_post) or not page.canonical_url:
        return None
    return share.share_links(page.canonical_url, page.title or config.site_name)


def _page_record(state: OpenDataState, page):
    """The record a generated page shows (its front matter), checked against the data."""
    try:
        ref = RecordRef.from_meta(page.meta)
    except ValueError:
        ref = None
    record = find_record(state.data, ref)
    if page.meta.get("kind") and record is None:
        kind, record_id = page.meta.get("kind"), page.meta.get("record_id")
        raise PluginError(f"{i18n.LANGUAGE_ROOT[state.lang] or ''}{page.file.src_uri}: " + bilingual_text(
            f"phần đầu trang ghi kind `{kind}` và record_id `{record_id}`, nhưng trong data/ không có mục nào như vậy",
            "Sửa phần đầu trang hoặc tệp dữ liệu",
            f"front matter says kind `{kind}` and record_id `{record_id}`, but there is no such record in data/",
            "Fix the page's front matter or the data file"))
    return ref, record


def _jsonld(state: OpenDataState, src: str, ref, record) -> str | None:
    data, root_url, lang = state.data, state.root_url, state.lang
    edition = _edition_home(state, src)
    if src == "index.md":
        nodes = [sd.government_organization(data, root_url, lang), sd.week_event(data.current, data, root_url, lang)]
    elif edition is not None:
        nodes = [sd.week_event(edition, data, root_url, lang)]
    elif record is not None:
        nodes = sd.record_nodes(ref.kind, record, data, root_url, lang)
    else:
        nodes = []
    return sd.to_script_json(sd.graph(*nodes)) if nodes else None


def _edition_home(state: OpenDataState, src: str):
    """The edition whose own page (``<year>/index.md``) ``src`` is, if it is one."""
    return next((e for e in state.data.editions if routes.edition_home_src(e.year) == src), None)


def _social_meta(state: OpenDataState, config, page) -> list:
    src = page.file.src_uri
    page_url = page.canonical_url or routes.absolute_url(state.root_url, i18n.page_url(state.lang, src))
    title = config.site_name if src == "index.md" else (page.title or config.site_name)
    description = page.meta.get("description") or config.site_description or ""
    # Link previews of an activity say when and where first (hooks/hook_media.py sets social_image).
    ref, record = _page_record(state, page)
    if ref is not None and ref.kind == RecordKind.ACTIVITY and record is not None:
        description = sd.activity_preview(record, state.data, state.lang, state.ui)
    # A link preview (Zalo, Facebook) of a sample activity or post says so before its title.
    if _is_sample_item(state, page, record):
        title = sample_title(pagetext.plain(title), state.ui.data.sample, True)
    return sd.social_meta(title=title, description=description, url=page_url, site_name=config.site_name,
                          lang=state.lang, is_home=src == "index.md", image=page.meta.get("social_image"))


def _discovery_links(state: OpenDataState) -> list[dict]:
    """``<link rel="alternate">`` to the open-data files, so tools find them from any page."""
    labels, root_url, lang = state.ui.opendata, state.root_url, state.lang
    return [{"type": catalogue.MEDIA_TYPES[k], "title": labels[k], "href": catalogue.file_url(root_url, lang, k)}
            for k in ("json", "csv", "opds")] + [
        {"type": ical.MEDIA_TYPE, "title": labels.ics, "href": ical.calendar_url(root_url, lang)}]


def _qr_code(state: OpenDataState, ref, record) -> dict | None:
    if record is None:
        return None
    edition = state.data.editions_by_year.get(ref.edition) if ref.edition is not None else None
    prefix = routes.record_prefix(ref.kind, edition)  # a later edition's activity, any honour-roll entry
    permanent = routes.absolute_url(state.root_url, routes.record_url(ref.kind, record.id, state.lang, prefix))
    svg = qrcodes.qr_svg(permanent, state.ui.opendata.qr_alt.format(url=permanent), cache=state.qr_cache)
    return {"svg": svg, "url": permanent, "url_parts": url_parts(permanent), "kind": ref.kind.value,
            "record_id": record.id}


def _downloads(state: OpenDataState, src: str) -> list[dict] | None:
    labels, lang = state.ui.opendata, state.lang
    if src == routes.section_index_src("resources", lang):
        return [{"path": catalogue.FILES[lang][k], "label": labels[k], "type": catalogue.MEDIA_TYPES[k]}
                for k in ("json", "csv", "opds")]
    if src == routes.section_index_src("schedule", lang):
        return [{"path": ical.calendar_src(lang), "label": labels.ics, "type": ical.MEDIA_TYPE}]
    for edition in state.data.editions:
        if src == routes.section_index_src("schedule", lang, edition.home_prefix):
            return [{"path": ical.calendar_src(lang, edition.home_prefix), "label": labels.ics,
                     "type": ical.MEDIA_TYPE}]
    return None


def _banner_gallery(state: OpenDataState, src: str) -> list[dict] | None:
    lang = state.lang
    for edition in state.data.editions:
        kit = edition.page("banner_kit")
        if kit is not None and kit.src(lang) == src:
            return [{"number": n, "slogan_vi": banners.display_text(s.vi), "slogan_en": banners.display_text(s.en),
                     "path": banners.banner_src(src, n), "pdf": banners.banner_src(src, n, "pdf"),
                     "alt": banners.banner_title(n, s, lang, state.ui.opendata.banner_alt)}
                    for n, s in enumerate(edition.slogans, start=1)]
    return None


def on_post_build(config):
    _state(config).qr_cache.save()

"""Pages generated from ``data/*.yml``: schedule, activities, resources, facets, wards, libraries.

Pure Python (no MkDocs import): this module turns a validated :class:`SiteData` into a list of
:class:`PageSpec` - one per generated page of one language - each with its front matter, the Jinja
template (``overrides/data/*.html``) that renders its body and the template's context. The hook
(``hooks/hook_data.py``) only renders them and hands them to MkDocs.

Every grouping (by day, by ward, by facet value) is computed once per build in a single pass over the
records, and every record's view (labels, formatted dates, links) is built once and shared by every
page that shows it, so the work is linear in the number of records (3,000 resources must stay fast).

Links in the views are URLs relative to *this language's* site root (``tai-nguyen/khan-academy-vi/``,
``lich-hoat-dong/#ngay-2022-10-01``); the hook makes them relative to the page being rendered.
Paths come from :mod:`hooks.lib.i18n.routes`; the only paths decided here are the facet folders of the
catalogue (``tai-nguyen/chu-de/<subject>.md`` ...), which exist only for these pages.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from hooks.lib import i18n
from hooks.lib.core.errors import DataError, bilingual
from hooks.lib.data.model import Edition
from hooks.lib.data.refs import RecordKind, RecordRef
from hooks.lib.data.status import Withdrawal, any_sample, removed_page_meta
from hooks.lib.datapages.builder import ViewBuilder
from hooks.lib.datapages.removed import back_link, record_addresses, removed_view

# Words, formatting and views live beside this module; tests and templates reach them through it.
from hooks.lib.datapages.text import (  # noqa: F401
    _FACET_LABEL_KEY,
    FACETS,
    alias_redirect_path,
    day_anchor,
    format_date,
    format_time_range,
    format_when,
    language_name,
    meta_text,
    page_link,
    shorten,
    ward_anchor,
)
from hooks.lib.datapages.views import (  # noqa: F401
    ActivityView,
    Day,
    EditionView,
    FacetValue,
    LibraryView,
    ResourceView,
    Term,
    WardRef,
    WardView,
)
from hooks.lib.editions.status import plural
from hooks.lib.i18n import routes
from hooks.lib.i18n.strings import UiStrings

# --- Pages -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PageSpec:
    """One generated page: where it lives, its front matter, and how its body is rendered."""

    src: str
    template: str
    title: str
    description: str
    alternate: str
    context: dict[str, Any]
    record: RecordRef | None = None
    sample: bool = False
    in_nav: bool = False  # the four section indexes (listed in data/pages.yml)
    removed: Withdrawal | None = None  # the "removed" page at a withdrawn record's address

    @property
    def url(self) -> str:
        return page_link(self.src)

    def front_matter(self) -> dict[str, Any]:
        meta: dict[str, Any] = {"title": meta_text(self.title),
                                "description": meta_text(shorten(self.description)),
                                "alternate": self.alternate}
        if self.removed:
            meta.update(removed_page_meta(self.removed, meta["title"]))
        if self.record:
            meta.update(self.record.to_meta())
        if self.sample:
            meta["sample"] = True
        return meta

    def markdown(self, body_html: str) -> str:
        """The page's Markdown: YAML front matter, then :func:`body_markdown` of the rendered HTML."""
        # JSON values are valid YAML flow scalars, and json is ~50x faster than yaml.safe_dump (which
        # matters at 3,000 resources); ASCII escapes keep U+2028 and friends from breaking a line.
        front = "".join(f"{key}: {json.dumps(value)}\n" for key, value in self.front_matter().items())
        return f"---\n{front}---\n\n{body_markdown(body_html)}"


@dataclass(frozen=True)
class Redirect:
    """A page at a resource's former URL, sending visitors to its current one."""

    path: str            # output file relative to the language's site_dir
    url: str             # the old page's URL (relative to the language's site root)
    target: str          # the current page's URL (relative to the language's site root)
    canonical: str       # absolute URL of the current page
    title: str
    alternates: tuple[tuple[str, str], ...]  # (hreflang, absolute URL of a redirect page)


def body_markdown(body_html: str) -> str:
    """A page's Markdown after its front matter: the rendered HTML as one raw block."""
    return raw_html_block(body_html) + "\n"


def raw_html_block(body_html: str) -> str:
    """Make rendered HTML one raw block for Python-Markdown: no blank lines, no indentation.

    A blank line or four leading spaces could end the raw block and turn the rest into Markdown
    (a ``<pre>`` or an indented code block); the templates wrap everything in one ``<div>``.
    """
    return "\n".join(line.strip() for line in body_html.splitlines() if line.strip())


def check_record_ids(data) -> None:
    """Reject record ids (and resource aliases) that would take a generated page's address."""
    reserved_resources = {"index"} | {routes.FACET_DIRS[f][lang] for f in FACETS for lang in i18n.LANGUAGES}
    for activity in data.activities:
        if activity.id == "index":
            raise DataError(activity.source, *bilingual(
                "mã hoạt động `index` trùng với địa chỉ của trang lịch hoạt động", "Chọn một mã khác",
                "the activity id `index` is the address of the schedule page", "Choose another id"))
    for record in data.withdrawn:  # a removed page keeps the address: the same names are reserved
        reserved = reserved_resources if record.kind == RecordKind.RESOURCE else {"index"}
        if record.id in reserved:
            raise DataError(record.source, *bilingual(
                f"mã `{record.id}` trùng với địa chỉ của một trang mục lục", "Chọn một mã khác",
                f"the id `{record.id}` is the address of a section page", "Choose another id"))
    for resource in data.resources:
        for value, what in [(resource.id, ("mã", "id"))] + [(alias, ("bí danh", "alias")) for alias in resource.aliases]:
            if value in reserved_resources:
                reserved = ", ".join(f"`{r}`" for r in sorted(reserved_resources))
                raise DataError(resource.source, *bilingual(
                    f"{what[0]} tài nguyên `{value}` trùng với địa chỉ của một trang danh mục (các tên dành riêng: "
                    f"{reserved})", "Chọn một mã khác",
                    f"the resource {what[1]} `{value}` is the address of a catalogue page (reserved: {reserved})",
                    "Choose another id"))


class DataPages:
    """All generated pages of one language, computed once per build.

    Shared by every edition: the resource catalogue (and facets, resource pages), the ward register (index
    and one page per ward), the library directory and the "past years" page. Per edition: its own home
    (``<year>/``), its own schedule (``<year>/lich-hoat-dong/``) and one page per activity (in the edition's
    records folder). The current edition's schedule is also the root schedule (``lich-hoat-dong/``).
    """

    def __init__(self, data, lang: str, site_root_url: str, table: UiStrings, moment: dt.datetime) -> None:
        """``table``: the language's UI strings as written (placeholders unfilled): each edition's pages
        fill ``{week_name}``, ``{locality}``... with that edition's facts."""
        self.data, self.lang, self.site_root_url = data, lang, site_root_url
        self.other = i18n.other_language(lang)
        self.by_year = {e.year: table.filled(data.facts(lang, e)) for e in data.editions}
        self.strings = ui = self.by_year[data.current.year]  # shared pages speak of the current edition
        self.ui = ui.data      # the data pages' own words
        self.views = ViewBuilder(data, lang, site_root_url, ui, moment)
        self.wards = self.views.wards
        self.resources = self.views.resources
        self.libraries = self.views.libraries
        self.facets = self.views.facets
        self.editions = self.views.editions

    @property
    def activities(self) -> list[ActivityView]:
        """Every activity view, oldest edition first."""
        return [view for edition in self.data.editions for view in self.views.activities[edition.year]]

    def _twin(self, kind: RecordKind, record_id: str, prefix: str = "") -> str:
        return routes.record_src(kind, record_id, self.other, prefix)

    def _index_twin(self, section: str, prefix: str = "") -> str:
        return routes.section_index_src(section, self.other, prefix)

    def pages(self) -> list[PageSpec]:
        """Every generated page of this language (section indexes first)."""
        return self._section_pages() + self._edition_pages() + self._record_pages() + self._removed_pages()

    def _section_pages(self) -> list[PageSpec]:
        ui, lang, nav = self.ui, self.lang, self.nav_links()
        current = self.data.current
        editions = sorted(self.editions.values(), key=lambda e: e.year, reverse=True)
        return [
            self._schedule_page(current, routes.section_index_src("schedule", lang), in_nav=True),
            PageSpec(src=routes.section_index_src("resources", lang), template="data/catalogue.html",
                     title=ui.resources, description=ui.resources_desc,
                     alternate=self._index_twin("resources"), in_nav=True, sample=any_sample(self.resources),
                     context={"resources": self.resources, "facets": self._facet_groups(), "nav": nav}),
            PageSpec(src=routes.section_index_src("wards", lang), template="data/wards.html",
                     title=ui.wards, description=ui.wards_desc, alternate=self._index_twin("wards"),
                     in_nav=True, sample=self.editions[current.year].sample,
                     context={"wards": list(self.wards.values()), "nav": nav}),
            PageSpec(src=routes.section_index_src("libraries", lang), template="data/libraries.html",
                     title=ui.libraries, description=ui.libraries_desc,
                     alternate=self._index_twin("libraries"), in_nav=True,
                     sample=any(lib.sample for lib in self.libraries),
                     context={"wards": [w for w in self.wards.values() if w.libraries], "nav": nav,
                              "district": [lib for lib in self.libraries if lib.ward is None]}),
            PageSpec(src=routes.PAST_YEARS[lang], template="data/past-years.html",
                     title=self.strings.edition.past_years, description=self.strings.edition.past_years_desc,
                     alternate=routes.PAST_YEARS[self.other], in_nav=True,
                     context={"editions": editions, "nav": nav}),
        ]

    def _schedule_page(self, edition: Edition, src: str, in_nav: bool = False) -> PageSpec:
        """The schedule of ``edition``: at its own address, and at the root for the current edition."""
        strings = self.by_year[edition.year]
        ui = strings.data
        own = routes.section_index_src("schedule", self.lang, edition.home_prefix)
        twin = self._index_twin("schedule", "" if src != own else edition.home_prefix)
        intro = ui.schedule_intro.format(start=format_date(edition.start, strings), end=format_date(edition.end, strings))
        return PageSpec(
            src=src, template="data/schedule.html", title=ui.schedule if src != own else ui.schedule_of,
            description=ui.schedule_desc, alternate=twin, in_nav=in_nav,
            sample=self.editions[edition.year].sample,
            context={"schedule": self.views.schedule(edition), "edition": self.editions[edition.year],
                     "nav": self.nav_links(), "intro": intro})

    def _edition_pages(self) -> list[PageSpec]:
        pages = []
        for edition in self.data.editions:
            view = self.editions[edition.year]
            pages.append(PageSpec(
                src=routes.edition_home_src(edition.year), template="data/edition.html", title=view.name,
                description=view.summary or view.theme, alternate=routes.edition_home_src(edition.year),
                sample=view.sample, context={"edition": view, "nav": self.nav_links()}))
            pages.append(self._schedule_page(
                edition, routes.section_index_src("schedule", self.lang, edition.home_prefix)))
        return pages

    def _record_pages(self) -> list[PageSpec]:
        ui, lang, nav = self.ui, self.lang, self.nav_links()
        pages = []
        for edition in self.data.editions:
            prefix = edition.records_prefix
            for view in self.views.activities[edition.year]:
                pages.append(PageSpec(
                    src=routes.record_src(RecordKind.ACTIVITY, view.id, lang, prefix), template="data/activity.html",
                    title=view.title, description=view.description,
                    alternate=self._twin(RecordKind.ACTIVITY, view.id, prefix),
                    record=RecordRef(RecordKind.ACTIVITY, view.id, edition.year), sample=view.sample,
                    context={"activity": view, "edition": self.editions[edition.year], "nav": nav}))
        for view in self.resources:
            pages.append(PageSpec(
                src=routes.record_src(RecordKind.RESOURCE, view.id, lang), template="data/resource.html",
                title=view.title, description=view.description, alternate=self._twin(RecordKind.RESOURCE, view.id),
                record=RecordRef(RecordKind.RESOURCE, view.id), sample=view.sample,
                context={"resource": view, "nav": nav}))
        for facet in FACETS:
            for value in self.facets[facet]:
                facet_name = ui[_FACET_LABEL_KEY[facet]]
                pages.append(PageSpec(
                    src=value.src, template="data/facet.html",
                    title=ui.facet_title.format(facet=facet_name, value=value.label),
                    description=plural(ui.facet_desc, value.count).format(
                        count=value.count, facet=facet_name.lower(), value=value.label),
                    alternate=routes.facet_src(facet, value.key, self.other), sample=any_sample(value.resources),
                    context={"value": value, "facet_name": facet_name, "siblings": self.facets[facet], "nav": nav}))
        for ward in self.wards.values():
            pages.append(PageSpec(
                src=routes.record_src(RecordKind.WARD, ward.ref.id, lang), template="data/ward.html",
                title=ward.ref.full_name, description=ui.ward_desc.format(ward=ward.ref.full_name),
                alternate=self._twin(RecordKind.WARD, ward.ref.id), record=RecordRef(RecordKind.WARD, ward.ref.id),
                sample=ward.sample, context={"ward": ward, "nav": nav}))
        return pages

    def _removed_pages(self) -> list[PageSpec]:
        """A "removed" page at every address of every withdrawn record (its id's and its former ids')."""
        pages, title = [], self.strings.withdrawn.title
        for record in self.data.withdrawn:
            label, url = back_link(record, self.lang, self.strings)
            view = removed_view(record.withdrawal, self.lang, self.strings, label, url)
            for src, twin in zip(record_addresses(record, self.lang), record_addresses(record, self.other), strict=True):
                pages.append(PageSpec(src=src, template="data/withdrawn.html", title=title, description=title,
                                      alternate=twin, removed=record.withdrawal, context={"removed": view}))
        return pages

    def _facet_groups(self) -> list[dict[str, Any]]:
        return [{"facet": facet, "name": self.ui[_FACET_LABEL_KEY[facet]], "terms": self.facets[facet]}
                for facet in FACETS]

    def nav_links(self) -> dict[str, str]:
        """Section index URLs, for the links between sections (plus the past years page)."""
        links = {section: page_link(routes.section_index_src(section, self.lang)) for section in routes.SECTIONS}
        links["past_years"] = page_link(routes.PAST_YEARS[self.lang])
        return links

    def redirects(self) -> list[Redirect]:
        """A redirect page for every former id (alias) of every resource."""
        out = []
        by_id = {view.id: view for view in self.resources}
        for resource in self.data.resources:
            for alias in resource.aliases:
                alternates = tuple(
                    (code, routes.absolute_url(self.site_root_url, routes.record_url(RecordKind.RESOURCE, alias, code)))
                    for code in i18n.LANGUAGES)
                out.append(Redirect(
                    path=alias_redirect_path(alias, self.lang),
                    url=page_link(routes.record_src(RecordKind.RESOURCE, alias, self.lang)),
                    target=self.views.link(RecordKind.RESOURCE, resource.id),
                    canonical=by_id[resource.id].permanent_url, title=by_id[resource.id].title,
                    alternates=alternates + (("x-default", alternates[0][1]),)))
        return out


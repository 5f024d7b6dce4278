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

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Optional

from hooks.lib import i18n
from hooks.lib.i18n import routes
from hooks.lib.data.refs import RecordKind, RecordRef
from hooks.lib.core.errors import DataError
from hooks.lib.i18n.strings import UiStrings
from hooks.lib.data.model import Activity, Library, Resource, Ward
# Words, formatting and views live beside this module; tests and templates reach them through it.
from hooks.lib.datapages.text import (  # noqa: F401
    _FACET_LABEL_KEY, FACETS, alias_redirect_path, day_anchor, format_date, format_time_range, format_when,
    language_name, meta_text, page_link, shorten, ward_anchor,
)
from hooks.lib.datapages.views import (  # noqa: F401
    ActivityView, Day, FacetValue, LibraryView, ResourceView, Term, WardRef, WardView, display_domain,
)


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
    record: Optional[RecordRef] = None
    sample: bool = False
    in_nav: bool = False  # the four section indexes (listed in data/pages.yml)

    @property
    def url(self) -> str:
        return page_link(self.src)

    def front_matter(self) -> dict[str, Any]:
        meta: dict[str, Any] = {"title": meta_text(self.title),
                                "description": meta_text(shorten(self.description)),
                                "alternate": self.alternate}
        if self.record:
            meta.update(self.record.to_meta())
        if self.sample:
            meta["sample"] = True
        return meta

    def markdown(self, body_html: str) -> str:
        """The page's Markdown: YAML front matter, then the rendered HTML as one raw block."""
        # JSON values are valid YAML flow scalars, and json is ~50x faster than yaml.safe_dump (which
        # matters at 3,000 resources); ASCII escapes keep U+2028 and friends from breaking a line.
        front = "".join(f"{key}: {json.dumps(value)}\n" for key, value in self.front_matter().items())
        return f"---\n{front}---\n\n{raw_html_block(body_html)}\n"


@dataclass(frozen=True)
class Redirect:
    """A page at a resource's former URL, sending visitors to its current one."""

    path: str            # output file relative to the language's site_dir
    url: str             # the old page's URL (relative to the language's site root)
    target: str          # the current page's URL (relative to the language's site root)
    canonical: str       # absolute URL of the current page
    title: str
    alternates: tuple[tuple[str, str], ...]  # (hreflang, absolute URL of a redirect page)


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
            raise DataError(activity.source, "the activity id `index` is the address of the schedule page",
                            "Choose another id")
    for resource in data.resources:
        for value, what in [(resource.id, "id")] + [(alias, "alias") for alias in resource.aliases]:
            if value in reserved_resources:
                raise DataError(resource.source,
                                f"the resource {what} `{value}` is the address of a catalogue page "
                                f"(reserved: {', '.join(f'`{r}`' for r in sorted(reserved_resources))})",
                                "Choose another id")


class DataPages:
    """All generated pages of one language, computed once per build."""

    def __init__(self, data, lang: str, site_root_url: str, ui: UiStrings) -> None:
        self.data, self.lang, self.site_root_url = data, lang, site_root_url
        self.other = i18n.other_language(lang)
        self.strings = ui      # the language's whole UI table (dates, content language names...)
        self.ui = ui.data      # the data pages' own words
        self.wards = {w.id: self._ward_view(w) for w in data.wards}
        self.activities = [self._activity_view(a) for a in data.activities]
        self.facet_values = self._facet_skeleton(data.resources)
        self.resources = sorted((self._resource_view(r) for r in data.resources),
                                key=lambda r: (i18n.slugify(r.title), r.id))
        self.libraries = [self._library_view(lib) for lib in data.libraries]
        # Groupings: one pass each.
        by_day: dict[date, list[ActivityView]] = {day: [] for day in data.week.days}
        for activity, view in zip(data.activities, self.activities):
            for day in activity.days:
                by_day.setdefault(day, []).append(view)
            self.wards[activity.ward].activities.append(view)
        order = {a.id: (a.start, a.id) for a in data.activities}
        for ward in self.wards.values():
            ward.activities.sort(key=lambda v: order[v.id])
        self.days = tuple(
            Day(date=day, label=format_date(day, ui), anchor=day_anchor(day),
                activities=tuple(sorted(items, key=lambda v: order[v.id])))
            for day, items in sorted(by_day.items())
        )
        for view in self.libraries:
            self.wards[view.ward.id].libraries.append(view)
        members: dict[tuple[str, str], list[ResourceView]] = defaultdict(list)
        for view in self.resources:
            for facet in FACETS:
                for key in view.keys(facet).split():
                    members[(facet, key)].append(view)
        self.facets: dict[str, tuple[FacetValue, ...]] = {
            facet: tuple(FacetValue(facet, key, label, page_link(routes.facet_src(facet, key, lang)),
                                    routes.facet_src(facet, key, lang), tuple(members[(facet, key)]))
                         for key, label in self.facet_values[facet] if members[(facet, key)])
            for facet in FACETS
        }

    # Views -------------------------------------------------------------------------------------------

    def _link(self, kind: RecordKind, record_id: str) -> str:
        return page_link(routes.record_src(kind, record_id, self.lang))

    def _ward_view(self, ward: Ward) -> WardView:
        ref = WardRef(ward.id, ward.name, ward.full_name.get(self.lang), self._link(RecordKind.WARD, ward.id))
        schedule = page_link(routes.section_index_src("schedule", self.lang)) + "#" + ward_anchor(ward.id)
        return WardView(ref=ref, note=ward.note.get(self.lang) if ward.note else None, schedule_url=schedule)

    def _activity_view(self, a: Activity) -> ActivityView:
        lang, vocab = self.lang, self.data.vocabularies
        return ActivityView(
            id=a.id, url=self._link(RecordKind.ACTIVITY, a.id), title=a.title.get(lang),
            description=a.description.get(lang),
            type=Term(a.type, vocab.activity_types.label(a.type, lang)), ward=self.wards[a.ward].ref,
            venue=a.venue.get(lang), format=Term(a.format, vocab.formats.label(a.format, lang)),
            organiser=a.organiser.get(lang), link=a.link, sample=a.sample,
            when=format_when(a, self.strings), time=format_time_range(a, self.strings),
            start_iso=a.start.isoformat(timespec="minutes"), end_iso=a.end.isoformat(timespec="minutes"))

    def _facet_skeleton(self, resources: Iterable[Resource]) -> dict[str, list[tuple[str, str]]]:
        """Every facet's possible values (key, label), in vocabulary order (languages: first seen)."""
        vocab, lang = self.data.vocabularies, self.lang
        codes: dict[str, None] = {}
        for r in resources:
            for code in r.language:
                codes.setdefault(code, None)
        return {
            "subject": [(t.id, t.label.get(lang)) for t in vocab.subjects],
            "audience": [(t.id, t.label.get(lang)) for t in vocab.audiences],
            "format": [(t.id, t.label.get(lang)) for t in vocab.resource_formats],
            "language": [(code, language_name(code, self.strings)) for code in codes],
        }

    def _term(self, facet: str, key: str, label: str) -> Term:
        return Term(key, label, page_link(routes.facet_src(facet, key, self.lang)))

    def _resource_view(self, r: Resource) -> ResourceView:
        lang, vocab = self.lang, self.data.vocabularies
        url = self._link(RecordKind.RESOURCE, r.id)
        return ResourceView(
            id=r.id, url=url, title=r.title.get(lang), description=r.description.get(lang),
            provider=r.provider, licence=r.licence_label(vocab.licences, lang),
            licence_url=vocab.licences.by_id[r.licence].url, link=r.url, domain=display_domain(r.url),
            languages=tuple(self._term("language", c, language_name(c, self.strings)) for c in r.language),
            audiences=tuple(self._term("audience", k, vocab.audiences.label(k, lang)) for k in r.audience),
            subjects=tuple(self._term("subject", k, vocab.subjects.label(k, lang)) for k in r.subject),
            format=self._term("format", r.format, vocab.resource_formats.label(r.format, lang)),
            sample=r.sample,
            permanent_url=routes.absolute_url(self.site_root_url, routes.record_url(RecordKind.RESOURCE, r.id, lang)),
            former_urls=tuple(routes.absolute_url(self.site_root_url, routes.record_url(RecordKind.RESOURCE, alias, lang))
                              for alias in r.aliases),
        )

    def _library_view(self, lib: Library) -> LibraryView:
        lang = self.lang
        return LibraryView(
            id=lib.id, anchor_url=page_link(routes.section_index_src("libraries", lang)) + "#" + lib.id,
            name=lib.name.get(lang), kind=Term(lib.kind, self.data.vocabularies.library_kinds.label(lib.kind, lang)),
            ward=self.wards[lib.ward].ref, address=lib.address.get(lang), hours=lib.opening_hours.get(lang),
            phone=lib.contact.phone, email=lib.contact.email, website=lib.contact.url, sample=lib.sample)

    # Pages -------------------------------------------------------------------------------------------

    def _twin(self, kind: RecordKind, record_id: str) -> str:
        return routes.record_src(kind, record_id, self.other)

    def _index_twin(self, section: str) -> str:
        return routes.section_index_src(section, self.other)

    def pages(self) -> list[PageSpec]:
        """Every generated page of this language (section indexes first)."""
        ui, lang, week = self.ui, self.lang, self.data.week
        nav = self.nav_links()
        pages = [
            PageSpec(src=routes.section_index_src("schedule", lang), template="data/schedule.html",
                     title=ui["schedule"], description=ui["schedule_desc"],
                     alternate=self._index_twin("schedule"), in_nav=True,
                     sample=any(a.sample for a in self.activities),
                     context={"days": self.days, "wards": list(self.wards.values()), "nav": nav,
                              "intro": ui["schedule_intro"].format(start=format_date(week.start, self.strings),
                                                                   end=format_date(week.end, self.strings))}),
            PageSpec(src=routes.section_index_src("resources", lang), template="data/catalogue.html",
                     title=ui["resources"], description=ui["resources_desc"],
                     alternate=self._index_twin("resources"), in_nav=True,
                     context={"resources": self.resources, "facets": self._facet_groups(), "nav": nav}),
            PageSpec(src=routes.section_index_src("wards", lang), template="data/wards.html",
                     title=ui["wards"], description=ui["wards_desc"], alternate=self._index_twin("wards"),
                     in_nav=True, context={"wards": list(self.wards.values()), "nav": nav}),
            PageSpec(src=routes.section_index_src("libraries", lang), template="data/libraries.html",
                     title=ui["libraries"], description=ui["libraries_desc"],
                     alternate=self._index_twin("libraries"), in_nav=True,
                     sample=any(lib.sample for lib in self.libraries),
                     context={"wards": [w for w in self.wards.values() if w.libraries], "nav": nav}),
        ]
        for view in self.activities:
            pages.append(PageSpec(
                src=routes.record_src(RecordKind.ACTIVITY, view.id, lang), template="data/activity.html",
                title=view.title, description=view.description, alternate=self._twin(RecordKind.ACTIVITY, view.id),
                record=RecordRef(RecordKind.ACTIVITY, view.id), sample=view.sample, context={"activity": view, "nav": nav}))
        for view in self.resources:
            pages.append(PageSpec(
                src=routes.record_src(RecordKind.RESOURCE, view.id, lang), template="data/resource.html",
                title=view.title, description=view.description, alternate=self._twin(RecordKind.RESOURCE, view.id),
                record=RecordRef(RecordKind.RESOURCE, view.id), sample=view.sample, context={"resource": view, "nav": nav}))
        for facet in FACETS:
            for value in self.facets[facet]:
                facet_name = ui[_FACET_LABEL_KEY[facet]]
                pages.append(PageSpec(
                    src=value.src, template="data/facet.html",
                    title=ui["facet_title"].format(facet=facet_name, value=value.label),
                    description=ui["facet_desc"].format(count=value.count, facet=facet_name.lower(),
                                                        value=value.label),
                    alternate=routes.facet_src(facet, value.key, self.other),
                    context={"value": value, "facet_name": facet_name, "siblings": self.facets[facet],
                             "nav": nav}))
        for ward in self.wards.values():
            pages.append(PageSpec(
                src=routes.record_src(RecordKind.WARD, ward.ref.id, lang), template="data/ward.html",
                title=ward.ref.full_name, description=ui["ward_desc"].format(ward=ward.ref.full_name),
                alternate=self._twin(RecordKind.WARD, ward.ref.id), record=RecordRef(RecordKind.WARD, ward.ref.id),
                sample=ward.sample, context={"ward": ward, "nav": nav}))
        return pages

    def _facet_groups(self) -> list[dict[str, Any]]:
        return [{"facet": facet, "name": self.ui[_FACET_LABEL_KEY[facet]], "terms": self.facets[facet]}
                for facet in FACETS]

    def nav_links(self) -> dict[str, str]:
        """Section index URLs, for the links between sections."""
        return {section: page_link(routes.section_index_src(section, self.lang)) for section in routes.SECTIONS}

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
                    target=self._link(RecordKind.RESOURCE, resource.id),
                    canonical=by_id[resource.id].permanent_url, title=by_id[resource.id].title,
                    alternates=alternates + (("x-default", alternates[0][1]),)))
        return out

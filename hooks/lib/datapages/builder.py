"""Build the view models of one language from the data, once per build (pure, no MkDocs import).

Every record's view (labels, formatted dates, links) is built once and shared by every page that shows it,
and every grouping (by edition, day, ward, facet value) is one pass over the records, so the work is linear
in the number of records (3,000 resources must stay fast). Links are URLs relative to *this language's*
site root; the hook makes them relative to the page being rendered.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from hooks.lib import i18n
from hooks.lib.data.model import Activity, Edition, Library, Resource, Ward
from hooks.lib.data.refs import RecordKind
from hooks.lib.datapages.maps import PLACE_FORMATS, directions, map_query
from hooks.lib.datapages.programme_links import programme_link
from hooks.lib.datapages.schedule import build_schedule, span_label
from hooks.lib.datapages.text import FACETS, format_time_range, format_when, language_name, page_link, ward_anchor
from hooks.lib.datapages.views import (
    ActivityView,
    EditionView,
    FacetValue,
    LibraryView,
    LinkView,
    ResourceView,
    ScheduleView,
    Term,
    WardRef,
    WardView,
    WardYear,
    display_domain,
)
from hooks.lib.editions.status import edition_status, status_text
from hooks.lib.i18n import routes
from hooks.lib.i18n.strings import UiStrings
from hooks.lib.opendata import ical
from hooks.lib.opendata.calendarlinks import google_calendar_url, outlook_calendar_url


class ViewBuilder:
    """Views of every record of one language; ``strings`` is that language's whole UI table."""

    def __init__(self, data, lang: str, site_root_url: str, strings: UiStrings, moment: dt.datetime) -> None:
        self.data, self.lang, self.site_root_url, self.strings = data, lang, site_root_url, strings
        self.moment = moment
        self.current = data.current
        self.prefixes = {e.year: e.records_prefix for e in data.editions}
        current_wards = set(self.current.ward_ids)
        self.wards = {w.id: self._ward_view(w, w.id in current_wards) for w in data.wards}
        self.activities = {year: [self._activity_view(a) for a in data.editions_by_year[year].activities]
                           for year in data.editions_by_year}
        self.editions = {e.year: self._edition_view(e, moment) for e in data.editions}
        self._group_wards()
        self.resources = sorted((self._resource_view(r) for r in data.resources),
                                key=lambda r: (i18n.slugify(r.title), r.id))
        self.libraries = [self._library_view(lib) for lib in data.libraries]
        for view in self.libraries:
            if view.ward is not None:  # a district-level library belongs to no ward
                self.wards[view.ward.id].libraries.append(view)
        self.facets = self._facets()

    # Records ------------------------------------------------------------------------------------------

    def link(self, kind: RecordKind, record_id: str, prefix: str = "") -> str:
        return page_link(routes.record_src(kind, record_id, self.lang, prefix))

    def _ward_view(self, ward: Ward, in_current: bool) -> WardView:
        ref = WardRef(ward.id, ward.name, ward.full_name.get(self.lang), self.link(RecordKind.WARD, ward.id))
        schedule = page_link(routes.section_index_src("schedule", self.lang)) + "#" + ward_anchor(ward.id)
        return WardView(ref=ref, note=ward.note.get(self.lang) if ward.note else None, schedule_url=schedule,
                        in_current=in_current)

    def _activity_view(self, a: Activity) -> ActivityView:
        lang, vocab, ui = self.lang, self.data.vocabularies, self.strings
        edition = self.data.editions_by_year[a.edition]
        span, time = span_label(a, edition, ui), format_time_range(a, ui)
        return ActivityView(
            id=a.id, url=self.link(RecordKind.ACTIVITY, a.id, self.prefixes[a.edition]), title=a.title.get(lang),
            description=a.description.get(lang),
            type=Term(a.type, vocab.activity_types.label(a.type, lang)), ward=self.wards[a.ward].ref,
            venue=a.venue.get(lang), format=Term(a.format, vocab.formats.label(a.format, lang)),
            organiser=a.organiser.get(lang), link=a.link, sample=a.sample,
            when=format_when(a, ui), time=time,
            start_iso=a.start.isoformat(timespec="minutes"), end_iso=a.end.isoformat(timespec="minutes"),
            edition=a.edition, span=span,
            short_when=span or f"{i18n.format_weekday_short_date(a.start.date(), ui)}, {time}",
            ics_url=ical.activity_ics_src(a.id, lang, edition.records_prefix),
            calendar_links=tuple(
                LinkView(label, make(a, edition, self.data, self.site_root_url, lang, ui))
                for label, make in ((ui.data.calendar_google, google_calendar_url),
                                    (ui.data.calendar_outlook, outlook_calendar_url))),
            directions=self._activity_directions(a, edition), library=self._library_link(a.library),
            programmes=tuple(programme_link(self.data.programme_data.programmes_by_id[p], lang) for p in a.programmes))

    def _library_link(self, library_id: str | None) -> LinkView | None:
        library = self.data.libraries_by_id.get(library_id) if library_id else None
        return LinkView(library.name.get(self.lang), self.link(RecordKind.LIBRARY, library.id)) if library else None

    def _activity_directions(self, a: Activity, edition):
        """Where it happens (in Vietnamese, see maps.py); None for an activity held online only."""
        if a.format not in PLACE_FORMATS:
            return None
        ward = self.data.wards_by_id[a.ward]
        return directions(map_query([a.venue.vi, ward.full_name.vi, edition.locality.vi, edition.city.vi]),
                          a.coordinates)

    def _group_wards(self) -> None:
        """Each ward's activities: the current edition's, then each earlier edition's (newest first)."""
        for edition in sorted(self.data.editions, key=lambda e: e.year, reverse=True):
            views = sorted(zip(edition.activities, self.activities[edition.year], strict=True), key=lambda p: (p[0].start, p[0].id))
            for activity, view in views:
                ward = self.wards[activity.ward]
                if edition.year == self.current.year:
                    ward.activities.append(view)
                    continue
                if not ward.past or ward.past[-1].year != edition.year:
                    info = self.editions[edition.year]
                    ward.past.append(WardYear(edition.year, info.name, info.home_url))
                ward.past[-1].activities.append(view)

    def _resource_view(self, r: Resource) -> ResourceView:
        lang, vocab = self.lang, self.data.vocabularies
        return ResourceView(
            id=r.id, url=self.link(RecordKind.RESOURCE, r.id), title=r.title.get(lang),
            description=r.description.get(lang), provider=r.provider,
            licence=r.licence_label(vocab.licences, lang), licence_url=vocab.licences.by_id[r.licence].url,
            link=r.url, domain=display_domain(r.url),
            languages=tuple(self._term("language", c, language_name(c, self.strings)) for c in r.language),
            audiences=tuple(self._term("audience", k, vocab.audiences.label(k, lang)) for k in r.audience),
            subjects=tuple(self._term("subject", k, vocab.subjects.label(k, lang)) for k in r.subject),
            format=self._term("format", r.format, vocab.resource_formats.label(r.format, lang)),
            sample=r.sample,
            permanent_url=self._absolute(routes.record_url(RecordKind.RESOURCE, r.id, lang)),
            former_urls=tuple(self._absolute(routes.record_url(RecordKind.RESOURCE, alias, lang))
                              for alias in r.aliases),
        )

    def _library_view(self, lib: Library) -> LibraryView:
        lang = self.lang
        return LibraryView(
            id=lib.id, anchor_url=page_link(routes.section_index_src("libraries", lang)) + "#" + lib.id,
            name=lib.name.get(lang), kind=Term(lib.kind, self.data.vocabularies.library_kinds.label(lib.kind, lang)),
            ward=self.wards[lib.ward].ref if lib.ward else None, address=lib.address.get(lang),
            hours=lib.opening_hours.get(lang), phone=lib.contact.phone, email=lib.contact.email,
            website=lib.contact.url, sample=lib.sample, url=self.link(RecordKind.LIBRARY, lib.id),
            note=lib.note.get(lang) if lib.note else None,
            directions=directions(map_query([lib.address.vi]), lib.coordinates))

    def _absolute(self, site_relative_url: str) -> str:
        return routes.absolute_url(self.site_root_url, site_relative_url)

    # Editions -----------------------------------------------------------------------------------------

    def _edition_view(self, edition: Edition, moment: dt.datetime) -> EditionView:
        lang, ui = self.lang, self.strings
        status = edition_status(edition, moment)
        if edition.document is not None:
            document = ui.edition.document.format(number=edition.document.number,
                                                  date=i18n.format_date(edition.document.date, ui))
        else:  # a new edition before its guidance is issued (scripts/new-edition)
            document = ui.edition.document_pending.format(year=edition.year)
        signer = edition.document.signer if edition.document else None
        kit, document_page = edition.page("banner_kit"), edition.page("document")
        return EditionView(
            year=edition.year, name=edition.name.get(lang), theme=edition.theme.get(lang),
            dates=i18n.format_date_range(edition.start, edition.end, ui),
            status=status_text(status, edition, ui), state=status.state, issuer=edition.issuer.get(lang),
            locality=edition.locality.get(lang), document=document,
            document_url=page_link(document_page.src(lang)) if document_page else None,
            signer=f"{signer.title.get(lang)}: {signer.name}" if signer else None,
            summary=edition.summary.get(lang) if edition.summary else None,
            home_url=page_link(routes.edition_home_src(edition.year)),
            schedule_url=page_link(routes.section_index_src("schedule", lang, edition.home_prefix)),
            pages=tuple(LinkView(ui.edition.roles[page.role], page_link(page.src(lang))) for page in edition.pages),
            banner_kit_url=page_link(kit.src(lang)) if kit else None,
            wards=tuple(self.wards[w].ref for w in edition.ward_ids),
            activity_count=len(edition.activities), sample=any(a.sample for a in edition.activities),
            current=edition.year == self.current.year)

    def schedule(self, edition: Edition) -> ScheduleView:
        """``edition``'s schedule: each activity once, by day (today first while the week runs), by ward, by
        format."""
        formats = [(term.id, term.label.get(self.lang)) for term in self.data.vocabularies.formats]
        return build_schedule(edition, self.activities[edition.year], {w: v.ref for w, v in self.wards.items()},
                              formats, self.strings, self.moment)

    # Catalogue facets ---------------------------------------------------------------------------------

    def _term(self, facet: str, key: str, label: str) -> Term:
        return Term(key, label, page_link(routes.facet_src(facet, key, self.lang)))

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

    def _facets(self) -> dict[str, tuple[FacetValue, ...]]:
        members: dict[tuple[str, str], list[ResourceView]] = defaultdict(list)
        for view in self.resources:
            for facet in FACETS:
                for key in view.keys(facet).split():
                    members[(facet, key)].append(view)
        skeleton = self._facet_skeleton(self.data.resources)
        return {
            facet: tuple(FacetValue(facet, key, label, page_link(routes.facet_src(facet, key, self.lang)),
                                    routes.facet_src(facet, key, self.lang), tuple(members[(facet, key)]))
                         for key, label in skeleton[facet] if members[(facet, key)])
            for facet in FACETS
        }

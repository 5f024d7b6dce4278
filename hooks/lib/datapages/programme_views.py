"""Views of the guidance's programmes for one language (pure, no MkDocs import).

Built once per build from :class:`~hooks.lib.data.programmes.ProgrammeData` on top of the record views of
:class:`~hooks.lib.datapages.builder.ViewBuilder` (activities, resources, libraries, wards), whose ward
views get their honour-roll entries and banner reports here. Links are relative to this language's site
root, like every data page's.
A data record's photo goes through the image pipeline as a page's photo does (see record_photos.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hooks.lib import i18n
from hooks.lib.data.programmes import Honour, Programme
from hooks.lib.data.refs import RecordKind
from hooks.lib.datapages.programme_links import HONOUR_ROLL, programme_url
from hooks.lib.datapages.record_photos import PhotoView, honour_src, photo_view
from hooks.lib.datapages.text import page_link
from hooks.lib.datapages.views import ActivityView, LibraryView, LinkView, ResourceView, Term, WardRef
from hooks.lib.editions.status import ENDED, activity_state
from hooks.lib.i18n import routes

LAUNCH_TYPE = "launch_ceremony"  # the activity type (data/vocabularies.yml) the home page features


@dataclass(frozen=True)
class QuoteView:
    text: str
    citation: str           # "Hướng dẫn số 11/HD-VHTT ngày 03/10/2022, mục II.3"
    url: str                # the document's page
    translated: bool        # the English text of a Vietnamese document
    year: int


@dataclass(frozen=True)
class SourceView:
    source: str
    text: str
    url: str | None


@dataclass(frozen=True)
class HonourView:
    id: str
    url: str
    permanent_url: str
    name: str
    kind: Term
    is_person: bool
    ward: WardRef | None
    model: LinkView | None
    achievement: str
    honoured_by: str | None
    date: str | None
    year: int
    edition_name: str
    list_url: str            # the edition's honour roll
    sample: bool
    photo: PhotoView | None


@dataclass(frozen=True)
class BannerView:
    ward: WardRef
    place: str
    slogan: int
    slogan_text: str
    count: int
    dates: str
    year: int
    sample: bool
    photo: PhotoView | None   # relative to the ward's page


@dataclass(frozen=True)
class BannerRow:
    """One ward's line in an edition's district table (banner-kit page)."""

    ward: WardRef
    count: int
    slogans: tuple[int, ...]
    places: int
    sample: bool


@dataclass(frozen=True)
class RotationView:
    source: LinkView
    target: LinkView
    date: str
    date_iso: str
    what: str
    year: int
    sample: bool


@dataclass(frozen=True)
class ReadingModelView:
    id: str
    name: str
    libraries: tuple[LinkView, ...]
    description: str
    sample: bool


@dataclass
class ProgrammeView:
    id: str
    kind: str
    name: str
    url: str
    quotes: tuple[QuoteView, ...]
    assessment: tuple[SourceView, ...]
    activities: list[ActivityView] = field(default_factory=list)
    honours: list[HonourView] = field(default_factory=list)
    resources: list[ResourceView] = field(default_factory=list)

    @property
    def is_learning_model(self) -> bool:
        return self.kind == "learning_model"

    @property
    def sample(self) -> bool:
        return any(item.sample for item in [*self.activities, *self.honours])


@dataclass
class LibraryPageView:
    library: LibraryView
    activities: list[ActivityView] = field(default_factory=list)
    rotations: list[RotationView] = field(default_factory=list)
    reading_models: list[ReadingModelView] = field(default_factory=list)

    @property
    def sample(self) -> bool:
        return any(item.sample for item in [self.library, *self.activities, *self.rotations, *self.reading_models])


@dataclass
class HonourYear:
    """One edition's honour roll: its guidance, its entries by ward (district-level entries first)."""

    year: int
    name: str
    url: str
    quotes: tuple[QuoteView, ...]
    groups: list[tuple[WardRef | None, list[HonourView]]]

    @property
    def sample(self) -> bool:
        return any(h.sample for _, items in self.groups for h in items)

    @property
    def count(self) -> int:
        return sum(len(items) for _, items in self.groups)


class ProgrammeViews:
    """Every programme view of one language; ``views`` is that language's ViewBuilder."""

    def __init__(self, data, lang: str, strings, views, moment: dt.datetime) -> None:
        self.data, self.lang, self.ui, self.views, self.moment = data, lang, strings, views, moment
        self.pd = data.programme_data
        self.libraries = {view.id: view for view in views.libraries}
        activities = {(a.edition, a.id): v for e in data.editions
                      for a, v in zip(e.activities, views.activities[e.year], strict=True)}
        self._activities = activities
        self.programmes = {p.id: self._programme(p) for p in self.pd.programmes}
        self.honours = [self._honour(h) for h in self.pd.honours]
        for view, honour in zip(self.honours, self.pd.honours, strict=True):
            if honour.model:
                self.programmes[honour.model].honours.append(view)
        newest_first = sorted(zip(data.activities, [activities[(a.edition, a.id)] for a in data.activities], strict=True),
                              key=lambda pair: (-pair[0].edition, pair[0].start, pair[0].id))
        for activity, view in newest_first:
            for programme_id in activity.programmes:
                self.programmes[programme_id].activities.append(view)
        self.rotations = sorted((self._rotation(r) for r in self.pd.rotations), key=lambda r: r.date_iso, reverse=True)
        self.reading_models = [self._reading_model(m) for m in self.pd.reading_models]
        self.library_pages = {lib.id: self._library_page(lib) for lib in views.libraries}
        self.banners = [self._banner(b, i) for i, b in enumerate(self.pd.banners)]
        for view, honour in sorted(zip(self.honours, self.pd.honours, strict=True), key=lambda p: -p[1].edition):
            if honour.ward:
                views.wards[honour.ward].honours.append(view)
        for view in sorted(self.banners, key=lambda b: -b.year):
            views.wards[view.ward.id].banners.append(view)

    # Records ---------------------------------------------------------------------------------------

    def _quote(self, quote) -> QuoteView:
        edition = self.data.editions_by_year[quote.edition]
        document = edition.page("document")
        url = page_link(document.src(self.lang)) if document else page_link(routes.edition_home_src(edition.year))
        citation = self.ui.programmes.citation.format(document=self.views.editions[edition.year].document,
                                                      section=quote.section)
        return QuoteView(text=quote.text.get(self.lang), citation=citation, url=url,
                         translated=self.lang != i18n.DEFAULT_LANGUAGE, year=quote.edition)

    def quotes(self, programme: Programme, year: int | None = None) -> tuple[QuoteView, ...]:
        """What the guidance says about ``programme`` (one edition's, or every edition's newest first)."""
        chosen = [q for q in programme.guidance if year is None or q.edition == year]
        return tuple(self._quote(q) for q in sorted(chosen, key=lambda q: -q.edition))

    def _programme(self, p: Programme) -> ProgrammeView:
        resources = {view.id: view for view in self.views.resources}
        return ProgrammeView(
            id=p.id, kind=p.kind, name=p.name.get(self.lang), url=programme_url(p, self.lang), quotes=self.quotes(p),
            assessment=tuple(SourceView(a.source.get(self.lang), a.text.get(self.lang), a.url) for a in p.assessment),
            resources=[resources[r] for r in p.resources])

    def _honour(self, h: Honour) -> HonourView:
        lang, ui = self.lang, self.ui
        edition = self.data.editions_by_year[h.edition]
        src = honour_src(h, self.data, lang)
        model = self.programmes.get(h.model) if h.model else None
        return HonourView(
            id=h.id, url=page_link(src), permanent_url=routes.absolute_url(self.views.site_root_url,
                                                                           i18n.page_url(lang, src)),
            name=h.name.get(lang), kind=Term(h.kind, ui.programmes.honour_kinds[h.kind]), is_person=h.is_person,
            ward=self.views.wards[h.ward].ref if h.ward else None,
            model=LinkView(model.name, model.url) if model else None, achievement=h.achievement.get(lang),
            honoured_by=h.honoured_by.get(lang) if h.honoured_by else None,
            date=i18n.format_date(h.date, ui) if h.date else None, year=h.edition,
            edition_name=edition.name.get(lang),
            list_url=page_link(routes.section_index_src("honours", lang, edition.home_prefix)),
            sample=h.sample, photo=photo_view(h.photo, src, lang))

    def _banner(self, b, index: int) -> BannerView:
        edition = self.data.editions_by_year[b.edition]
        ui = self.ui
        start = i18n.format_date(b.start, ui)
        dates = (ui.programmes.banner_dates.format(start=start, end=i18n.format_date(b.end, ui)) if b.end
                 else ui.programmes.banner_from.format(start=start))
        ward_src = routes.record_src(RecordKind.WARD, b.ward, self.lang)
        return BannerView(ward=self.views.wards[b.ward].ref, place=b.place.get(self.lang), slogan=b.slogan,
                          slogan_text=edition.slogans[b.slogan - 1].get(self.lang).rstrip("."), count=b.count,
                          dates=dates, year=b.edition, sample=b.sample,
                          photo=photo_view(b.photo, ward_src, self.lang))

    def _library_link(self, library_id: str) -> LinkView:
        view = self.libraries[library_id]
        return LinkView(view.name, view.url)

    def _rotation(self, r) -> RotationView:
        return RotationView(source=self._library_link(r.from_library), target=self._library_link(r.to_library),
                            date=i18n.format_date(r.date, self.ui), date_iso=r.date.isoformat(),
                            what=r.what.get(self.lang), year=r.edition, sample=r.sample)

    def _reading_model(self, m) -> ReadingModelView:
        return ReadingModelView(id=m.id, name=m.name.get(self.lang),
                                libraries=tuple(self._library_link(i) for i in m.libraries),
                                description=m.description.get(self.lang), sample=m.sample)

    def _library_page(self, library: LibraryView) -> LibraryPageView:
        mine = {library.url}
        return LibraryPageView(
            library=library,
            activities=[self._activities[(a.edition, a.id)] for a in self.data.activities_at_library(library.id)],
            rotations=[r for r in self.rotations if {r.source.url, r.target.url} & mine],
            reading_models=[m for m in self.reading_models if any(link.url in mine for link in m.libraries)])

    # Groupings -------------------------------------------------------------------------------------

    def honour_year(self, edition) -> HonourYear:
        order = {ward_id: n for n, ward_id in enumerate(edition.ward_ids)}
        mine = [v for v in self.honours if v.year == edition.year]
        groups: dict[str | None, list[HonourView]] = {}
        for view in sorted(mine, key=lambda v: -1 if v.ward is None else order.get(v.ward.id, len(order))):
            groups.setdefault(view.ward.id if view.ward else None, []).append(view)
        quotes = tuple(q for p in self.pd.programmes if p.kind == HONOUR_ROLL for q in self.quotes(p, edition.year))
        return HonourYear(year=edition.year, name=self.views.editions[edition.year].name,
                          url=page_link(routes.section_index_src("honours", self.lang, edition.home_prefix)),
                          quotes=quotes, groups=[(self.views.wards[w].ref if w else None, items)
                                                 for w, items in groups.items()])

    def banner_rows(self, edition) -> list[BannerRow]:
        """Every ward of ``edition`` with the banners it reported (none: count 0)."""
        rows = []
        for ward_id in edition.ward_ids:
            mine = [b for b in self.banners if b.year == edition.year and b.ward.id == ward_id]
            rows.append(BannerRow(ward=self.views.wards[ward_id].ref, count=sum(b.count for b in mine),
                                  slogans=tuple(sorted({b.slogan for b in mine})), places=len(mine),
                                  sample=any(b.sample for b in mine)))
        return rows

    def launches(self) -> list[dict]:
        """The current edition's launch ceremonies that have not ended at the build's moment, each with its
        state (upcoming or running)."""
        current = self.data.current
        launches = [a for a in sorted(current.activities, key=lambda a: (a.start, a.id)) if a.type == LAUNCH_TYPE]
        return [{"activity": self._activities[(current.year, a.id)], "state": activity_state(a, self.moment)}
                for a in launches if activity_state(a, self.moment) != ENDED]

"""View models of data records: labels, formatted dates and links built once per record per build.

Shared by every page that shows the record (pure, no MkDocs import); see datapages.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from hooks.lib.datapages.maps import Directions


def url_parts(url: str) -> tuple[str, ...]:
    """``https://host/a-b/c/`` -> ``("https://host/", "a-b/", "c/")``: the pieces a long address may wrap
    between on a phone (never inside the host name, nor at a hyphen inside a part)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    pieces = [piece + "/" for piece in rest.split("/")]
    pieces[-1] = pieces[-1][:-1]
    head = (scheme + sep if sep else "") + pieces[0]
    return tuple(part for part in (head, *pieces[1:]) if part)


def display_domain(url: str) -> str:
    """The host a link leads to, as people write it: ``https://www.geogebra.org/x`` -> ``geogebra.org``."""
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


# --- Views (built once per record per build, shared by every page that shows the record) ------------

@dataclass(frozen=True)
class Term:
    key: str
    label: str
    url: str | None = None  # facet page, if any


@dataclass(frozen=True)
class WardRef:
    id: str
    name: str
    full_name: str
    url: str


@dataclass(frozen=True)
class ActivityView:
    id: str
    url: str
    title: str
    description: str
    type: Term
    ward: WardRef
    venue: str
    format: Term
    organiser: str
    link: str | None
    sample: bool
    when: str          # full date(s) and time
    time: str          # time (or short range) as shown in a day's list
    start_iso: str
    end_iso: str
    edition: int       # the year of its edition
    span: str | None = None        # runs over several days: "Cả tuần" / "All week", or its dates
    short_when: str = ""              # "Thứ Bảy, 01/10, 07:30–09:00", or its span: in the schedule's indexes
    ics_url: str = ""                 # its own .ics ("add to calendar"), next to its page
    calendar_links: tuple[LinkView, ...] = ()   # web calendars' "new event" forms (Google, Outlook)
    directions: Directions | None = None      # None when it happens online only
    library: LinkView | None = None           # the library it takes place at (its page)
    programmes: tuple[LinkView, ...] = ()        # related programmes (their pages)


@dataclass(frozen=True)
class ResourceView:
    id: str
    url: str
    title: str
    description: str
    provider: str
    licence: str                 # in the page's language, with its note
    licence_url: str | None   # the standard licence text, if any
    link: str
    domain: str                  # the outside site the "open" button leads to, e.g. vi.khanacademy.org
    languages: tuple[Term, ...]
    audiences: tuple[Term, ...]
    subjects: tuple[Term, ...]
    format: Term
    sample: bool
    permanent_url: str
    former_urls: tuple[str, ...]

    @property
    def permanent_url_parts(self) -> tuple[str, ...]:
        return url_parts(self.permanent_url)

    def keys(self, facet: str) -> str:
        """Space-separated keys of one facet, for the ``data-*`` attributes the filter script reads."""
        terms = {"subject": self.subjects, "audience": self.audiences, "language": self.languages,
                 "format": (self.format,)}[facet]
        return " ".join(term.key for term in terms)


@dataclass(frozen=True)
class LibraryView:
    id: str
    anchor_url: str   # its entry in the library directory
    name: str
    kind: Term
    ward: WardRef | None   # None: a district-level library
    address: str
    hours: str
    phone: str | None
    email: str | None
    website: str | None
    sample: bool
    directions: Directions | None = None
    url: str = ""     # its own page (thu-vien/<id>/)
    note: str | None = None


@dataclass
class WardYear:
    """A ward's activities in one earlier edition (shown below the current edition's on its page)."""

    year: int
    name: str          # the edition's name, e.g. "Tuần lễ ... năm 2022"
    url: str           # the edition's own home
    activities: list[ActivityView] = field(default_factory=list)


@dataclass
class WardView:
    ref: WardRef
    note: str | None
    schedule_url: str                                   # its part of the current edition's schedule
    in_current: bool = True                             # takes part in the current edition
    activities: list[ActivityView] = field(default_factory=list)   # current edition
    past: list[WardYear] = field(default_factory=list)             # earlier editions, newest first
    libraries: list[LibraryView] = field(default_factory=list)
    # The guidance's programmes in the ward (hooks/lib/datapages/programme_views.py): honour-roll entries
    # and banner reports of every edition, newest first.
    honours: list = field(default_factory=list)
    banners: list = field(default_factory=list)

    @property
    def sample(self) -> bool:
        """True when anything listed on the ward's page is sample data."""
        return (any(a.sample for a in self.activities) or any(lib.sample for lib in self.libraries)
                or any(a.sample for year in self.past for a in year.activities)
                or any(item.sample for item in self.honours + self.banners))


@dataclass(frozen=True)
class FacetValue:
    facet: str
    key: str
    label: str
    url: str
    src: str
    resources: tuple[ResourceView, ...]

    @property
    def count(self) -> int:
        return len(self.resources)


@dataclass(frozen=True)
class Day:
    date: date
    label: str
    anchor: str
    activities: tuple[ActivityView, ...]
    short_label: str = ""   # "Thứ Bảy, 01/10": the day's link in the schedule's day list
    today: bool = False     # the day of the build, while the week runs
    past: bool = False      # a day gone, while the week runs (listed after the days to come)


@dataclass(frozen=True)
class LinkView:
    label: str
    url: str


@dataclass(frozen=True)
class ActivityGroup:
    """Activities under one heading of the schedule (a ward, a format), for reading without JavaScript."""

    key: str
    label: str
    anchor: str
    activities: tuple[ActivityView, ...]
    url: str | None = None   # the ward's own page


@dataclass(frozen=True)
class ScheduleView:
    """An edition's schedule as the page shows it: each activity once under its day, or once among those
    lasting several days; days in reading order (while the week runs: today first, then the days to come,
    then the days gone); then the same activities by ward and by format (the filters without JavaScript)."""

    several_days: tuple[ActivityView, ...]
    days: tuple[Day, ...]              # reading order
    calendar: tuple[Day, ...]          # calendar order (the day links)
    wards: tuple[ActivityGroup, ...]   # every ward taking part, in the edition's order
    formats: tuple[ActivityGroup, ...]  # formats that have activities, in vocabulary order
    count: int


@dataclass(frozen=True)
class EditionView:
    """One edition as its pages show it (home block, edition home, past years list)."""

    year: int
    name: str
    theme: str
    dates: str                    # "01–07/10/2022"
    status: str                   # "Tuần lễ đã kết thúc ngày 07/10/2022."
    state: str                    # upcoming | running | ended
    issuer: str
    locality: str
    document: str                 # "Hướng dẫn số 11/HD-VHTT ngày 03/10/2022", or "… sẽ được đăng tại đây"
    document_url: str | None   # the edition's document page (role: document), if it has one
    signer: str | None
    summary: str | None
    home_url: str                 # the edition's own home (2022/)
    schedule_url: str             # the edition's own schedule (2022/lich-hoat-dong/)
    pages: tuple[LinkView, ...]   # the edition's hand-written pages
    banner_kit_url: str | None
    wards: tuple[WardRef, ...]
    activity_count: int
    sample: bool                  # any of its activities is sample data
    current: bool

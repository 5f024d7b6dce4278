"""Typed, immutable records for the site's data (week, wards, activities, ...).

Hooks and templates receive these instead of raw YAML dictionaries, so a
misspelt field is an ``AttributeError`` during development rather than a blank
spot on the published page, and nothing a hook does can change the data another
hook sees (every record is a frozen dataclass holding tuples, not lists).

Pure Python: no MkDocs, YAML or jsonschema imports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import MappingProxyType
from zoneinfo import ZoneInfo

from hooks.lib.core.errors import SourceRef
from hooks.lib.data.status import Withdrawal

__all__ = [
    "LANGUAGES", "Text", "Site", "Edition", "EditionPage", "Document", "Signer", "Slogan", "Ward", "Term", "Vocabulary", "Vocabularies",
    "Activity", "Resource", "Contact", "Library", "Coordinates",
]

LANGUAGES = ("vi", "en")
"""Site languages, main language first (matches ``config.theme["language"]``)."""

_NOWHERE = SourceRef("<unknown>", 0)


def source_field() -> SourceRef:
    """Where a record was written; excluded from equality so hand-built records compare equal.

    Shared by every record dataclass (here and in programmes.py)."""
    return field(default=_NOWHERE, compare=False, repr=False)  # type: ignore[return-value]


@dataclass(frozen=True)
class Text:
    """Human text in both site languages; both are required and non-blank."""

    vi: str
    en: str

    def get(self, lang: str) -> str:
        """The text for ``lang`` ("vi" or "en"); any other code is a programming error."""
        if lang == "vi":
            return self.vi
        if lang == "en":
            return self.en
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")


@dataclass(frozen=True)
class Site:
    """The site itself (data/site.yml): its names, who runs it, the locality it serves, the edition it shows."""

    name: Text
    short_name: Text
    description: Text
    publisher: Text
    locality: Text      # as written mid-sentence: "quận Ngô Quyền" / "Ngô Quyền district"
    city: Text
    current_edition: int
    source: SourceRef = source_field()


@dataclass(frozen=True)
class Signer:
    name: str
    title: Text


@dataclass(frozen=True)
class Document:
    """The guidance document that announced an edition of the week."""

    number: str
    date: date
    signer: Signer | None = None


@dataclass(frozen=True)
class Slogan:
    vi: str
    en: str
    banner_break: int | None = None  # words on the banner's first line

    def get(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


@dataclass(frozen=True)
class EditionPage:
    """One of an edition's hand-written pages, in both languages (paths relative to each docs_dir)."""

    vi: str
    en: str
    role: str           # document | purpose | suggested_activities | slogans | scope | banner_kit | page
    line: int = 0       # line in the edition file, for messages

    def src(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


@dataclass(frozen=True)
class Edition:
    """One year's week and the guidance document that announced it (data/editions/<year>/)."""

    year: int
    name: Text
    theme: Text
    start: date
    end: date
    issuer: Text
    locality: Text      # as written mid-sentence: "quận Ngô Quyền" / "Ngô Quyền district"
    city: Text
    timezone: str
    document: Document | None    # None until the year's guidance is issued (scripts/new-edition)
    summary: Text | None
    slogans: tuple[Slogan, ...]
    ward_ids: tuple[str, ...]
    pages: tuple[EditionPage, ...]
    records_at_root: bool
    activities: tuple[Activity, ...] = ()
    source: SourceRef = source_field()

    @property
    def records_prefix(self) -> str:
        """URL folder of this edition's record pages: "" for the first edition (published before
        editions existed, its addresses never change), ``"<year>/"`` for every later one."""
        return "" if self.records_at_root else f"{self.year}/"

    @property
    def home_prefix(self) -> str:
        """URL folder of this edition's own pages (home, schedule, calendar): always ``"<year>/"``."""
        return f"{self.year}/"

    def page(self, role: str) -> EditionPage | None:
        """The edition's first page with ``role`` (e.g. "banner_kit"), if it has one."""
        return next((page for page in self.pages if page.role == role), None)

    @property
    def tzinfo(self) -> ZoneInfo:
        """Time zone of every activity time (validated when the data was loaded)."""
        return ZoneInfo(self.timezone)

    @property
    def days(self) -> tuple[date, ...]:
        """Every day of the Week, first to last."""
        return tuple(self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1))


@dataclass(frozen=True)
class Ward:
    """A ward (phường) of Ngô Quyền district; ``id`` is used in page addresses."""

    id: str
    name: str
    full_name: Text
    note: Text | None = None
    source: SourceRef = source_field()


@dataclass(frozen=True)
class Term:
    """One entry of a controlled vocabulary: a stable key and its bilingual label."""

    id: str
    label: Text
    description: Text | None = None
    url: str | None = None       # licences only: the canonical licence text (e.g. Creative Commons)
    source: SourceRef = source_field()


@dataclass(frozen=True)
class Vocabulary:
    """An ordered list of terms (e.g. activity types) with lookup by key."""

    name: str
    terms: tuple[Term, ...]
    by_id: Mapping[str, Term] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", MappingProxyType({term.id: term for term in self.terms}))

    def __contains__(self, key: object) -> bool:
        return key in self.by_id

    def __iter__(self):
        return iter(self.terms)

    def label(self, key: str, lang: str) -> str:
        """The label of ``key`` in ``lang``; raises ``KeyError`` for unknown keys."""
        return self.by_id[key].label.get(lang)


@dataclass(frozen=True)
class Vocabularies:
    """All controlled vocabularies of ``data/vocabularies.yml``."""

    activity_types: Vocabulary
    formats: Vocabulary
    subjects: Vocabulary
    audiences: Vocabulary
    resource_formats: Vocabulary
    library_kinds: Vocabulary
    licences: Vocabulary


@dataclass(frozen=True)
class Coordinates:
    """A place on the map (WGS 84 degrees, as map sites show them): where the directions links point."""

    lat: float
    lon: float


@dataclass(frozen=True)
class Activity:
    """An event of the Week.  Times are timezone-aware, in the Week's time zone."""

    id: str
    title: Text
    type: str
    start: datetime
    end: datetime
    ward: str
    venue: Text
    format: str
    organiser: Text
    description: Text
    link: str | None
    sample: bool
    edition: int = 0        # the year of the edition it belongs to
    withdrawn: Withdrawal | None = None   # taken down: only a "removed" page stays (data/status.py)
    coordinates: Coordinates | None = None   # the venue, when the data gives it
    source: SourceRef = source_field()
    library: str | None = None           # the library it takes place at (data/libraries.yml), if any
    programmes: tuple[str, ...] = ()        # related programmes (data/programmes.yml)

    @property
    def days(self) -> tuple[date, ...]:
        """Each calendar day the activity runs on (an end at exactly midnight does not count)."""
        last = (self.end - timedelta(microseconds=1)).date() if self.end > self.start else self.start.date()
        first = self.start.date()
        return tuple(first + timedelta(days=n) for n in range((last - first).days + 1))


@dataclass(frozen=True)
class Resource:
    """A free or open learning resource.  ``id`` is permanent: it is part of the URL."""

    id: str
    title: Text
    description: Text
    url: str
    provider: str
    licence: str                    # a key of the `licences` vocabulary
    language: tuple[str, ...]
    audience: tuple[str, ...]
    subject: tuple[str, ...]
    format: str
    aliases: tuple[str, ...] = ()
    sample: bool = False
    licence_note: Text | None = None   # shown after the licence's name, e.g. "rights vary by book"
    withdrawn: Withdrawal | None = None   # taken down: only a "removed" page stays (data/status.py)
    source: SourceRef = source_field()

    def licence_label(self, licences: Vocabulary, lang: str) -> str:
        """The licence as a reader sees it in ``lang``: its name, then the note in brackets, if any."""
        label = licences.label(self.licence, lang)
        return f"{label} ({self.licence_note.get(lang)})" if self.licence_note else label


@dataclass(frozen=True)
class Contact:
    """Verified contact details of a library; every part is optional."""

    phone: str | None = None
    email: str | None = None
    url: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.phone or self.email or self.url)


@dataclass(frozen=True)
class Library:
    """A library, community learning centre or cultural house in a ward (no ward: a district-level library)."""

    id: str
    name: Text
    kind: str
    ward: str | None
    address: Text
    opening_hours: Text
    contact: Contact
    sample: bool
    coordinates: Coordinates | None = None
    source: SourceRef = source_field()
    note: Text | None = None     # shown on its page, e.g. what is not verified

"""Typed records of the guidance's programmes: what section II.3 and IV.3 ask units to *do*.

* :class:`Programme` - a learning model ("Gia đình học tập"...), the "tủ sách lớp học" movement or library
  cooperation (data/programmes.yml): what each year's guidance says about it, word for word, and how the
  district and the Association for Encouraging Learning assess it - only from a source staff add.
* :class:`Honour` - one entry of an edition's honour roll (data/editions/<year>/honours.yml).
* :class:`BannerReport` - banners a ward hung (data/editions/<year>/banners.yml, section IV.3).
* :class:`Rotation` and :class:`ReadingModel` - library cooperation (data/library-cooperation.yml).

Frozen dataclasses holding tuples, like hooks/lib/data/model.py; pure Python.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from hooks.lib.core.errors import SourceRef
from hooks.lib.data.model import Text, source_field
from hooks.lib.data.status import Withdrawal

__all__ = ["Photo", "Quote", "SourceQuote", "Programme", "Honour", "BannerReport", "Rotation", "ReadingModel",
           "ProgrammeData", "PERSON_KINDS", "LEARNING_MODEL"]

LEARNING_MODEL = "learning_model"
# Honour-roll kinds that name people: published only with their written consent (`consent: true`).
PERSON_KINDS = ("individual", "family")

@dataclass(frozen=True)
class Photo:
    """A photo of a data record: a file under the project's docs/ folder (``anh/...``) and what it shows."""

    file: str       # relative to docs/, e.g. "anh/2022/IMG_2041.JPG"
    alt: Text
    source: SourceRef = source_field()   # the `photo:` line, for messages about the file


@dataclass(frozen=True)
class Quote:
    """What one year's guidance says, word for word (``vi``) and translated (``en``), with its section."""

    edition: int
    section: str    # "II.3"
    text: Text


@dataclass(frozen=True)
class SourceQuote:
    """What another source staff entered says (an assessment's criteria): the source, then its words."""

    source: Text
    text: Text
    url: str | None = None


@dataclass(frozen=True)
class Programme:
    id: str
    kind: str                           # learning_model | classroom_bookshelf | library_cooperation
    name: Text
    guidance: tuple[Quote, ...]
    assessment: tuple[SourceQuote, ...] = ()
    resources: tuple[str, ...] = ()     # resource ids (data/resources.yml)
    source: SourceRef = source_field()

    @property
    def is_learning_model(self) -> bool:
        return self.kind == LEARNING_MODEL


@dataclass(frozen=True)
class Honour:
    """An exemplary person or group honoured in one edition. Never any contact data."""

    id: str
    edition: int
    name: Text
    kind: str
    achievement: Text
    sample: bool
    ward: str | None = None
    model: str | None = None         # a programme id
    honoured_by: Text | None = None
    date: date | None = None
    photo: Photo | None = None
    consent: bool = False
    withdrawn: Withdrawal | None = None   # taken down: only a "removed" page stays (data/status.py)
    source: SourceRef = source_field()

    @property
    def is_person(self) -> bool:
        """One person (else a group: a family, a clan, a unit...)."""
        return self.kind == "individual"

    @property
    def names_people(self) -> bool:
        """About a person or a family: published only with their written consent."""
        return self.kind in PERSON_KINDS


@dataclass(frozen=True)
class BannerReport:
    """Banners carrying one slogan of the edition, hung at one place of a ward."""

    edition: int
    ward: str
    place: Text
    slogan: int                         # 1-based number in the edition's `slogans`
    start: date
    sample: bool
    count: int = 1
    end: date | None = None
    photo: Photo | None = None
    source: SourceRef = source_field()


@dataclass(frozen=True)
class Rotation:
    """Books, newspapers or documents (print or digital) passed from one library to another."""

    from_library: str
    to_library: str
    date: date
    edition: int
    what: Text
    sample: bool
    source: SourceRef = source_field()


@dataclass(frozen=True)
class ReadingModel:
    """A reading-promotion model run by one or more libraries."""

    id: str
    name: Text
    libraries: tuple[str, ...]
    description: Text
    sample: bool
    source: SourceRef = source_field()


@dataclass(frozen=True)
class ProgrammeData:
    """Everything above, validated; empty when the optional files are absent."""

    programmes: tuple[Programme, ...] = ()
    honours: tuple[Honour, ...] = ()            # every edition's, oldest edition first, file order
    banners: tuple[BannerReport, ...] = ()
    rotations: tuple[Rotation, ...] = ()
    reading_models: tuple[ReadingModel, ...] = ()
    programmes_by_id: Mapping[str, Programme] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "programmes_by_id", MappingProxyType({p.id: p for p in self.programmes}))

    def honours_of(self, year: int) -> tuple[Honour, ...]:
        return tuple(h for h in self.honours if h.edition == year)

    def honour(self, year: int, honour_id: str) -> Honour | None:
        return next((h for h in self.honours if h.edition == year and h.id == honour_id), None)

    def banners_of(self, year: int) -> tuple[BannerReport, ...]:
        return tuple(b for b in self.banners if b.edition == year)

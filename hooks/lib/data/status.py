"""Whether a record or a post may pass for real: sample data and withdrawals - pure, shared by every kind.

Two marks any kind of content can carry (activities, resources, libraries, news posts, and every new kind
of record: give it the same two fields and use these helpers, so the rules stay one):

* ``sample: true`` - an illustration, not from an official source. Its page and every list item show
  "Dữ liệu mẫu / Sample data"; a list or count made of sample items carries one page-level note
  (``overrides/data/sample-note.html``); machine-readable outputs flag it (a ``sample`` field in JSON and
  CSV, a ``[Dữ liệu mẫu]`` / ``[Sample data]`` prefix on the title of ICS, OPDS and RSS items, see
  :func:`sample_title`); it never becomes search-engine metadata (JSON-LD).
* ``withdrawn: <date>`` (and optionally ``withdrawn_reason``) - taken down after it was published. Its
  address keeps a "removed" page (``overrides/data/withdrawn.html``: the date, the reason if given,
  no title, no body, no personal data) instead of a 404, and it leaves every list, count, search,
  sitemap, feed and open-data file. Data loading splits withdrawn records out (:func:`split_withdrawn`),
  so code that lists records never meets them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeVar

from hooks.lib.data.refs import RecordKind

__all__ = ["Withdrawal", "WithdrawnRecord", "is_sample", "any_sample", "is_withdrawn", "split_withdrawn",
           "withdrawn_record", "sample_title", "removed_page_meta"]

T = TypeVar("T")


@dataclass(frozen=True)
class Withdrawal:
    """When something was taken down and, if staff said so, why - in each language it is shown in."""

    date: dt.date
    reason: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # language -> text

    def reason_in(self, lang: str) -> str | None:
        """The reason in ``lang``, if staff gave one in that language."""
        text = self.reason.get(lang)
        return text.strip() if text and text.strip() else None


@dataclass(frozen=True)
class WithdrawnRecord:
    """A data record taken down: what is left of it is its kind, its id and its address."""

    kind: RecordKind
    id: str
    withdrawal: Withdrawal
    prefix: str = ""                 # the records folder of its edition (activities); "" otherwise
    aliases: tuple[str, ...] = ()    # former ids (resources): their addresses lead to the removed page too
    source: Any = field(default=None, compare=False, repr=False)   # where it is written (a SourceRef)


def is_sample(item: Any) -> bool:
    """``sample: true`` on a record, a post or a view of one."""
    return getattr(item, "sample", False) is True


def any_sample(items: Iterable[Any]) -> bool:
    """Is anything in ``items`` sample data? (Then a list or count made of them gets the page note.)"""
    return any(is_sample(item) for item in items)


def is_withdrawn(item: Any) -> bool:
    return getattr(item, "withdrawn", None) is not None


def split_withdrawn(items: Sequence[T]) -> tuple[tuple[T, ...], tuple[T, ...]]:
    """``(published, withdrawn)``, each in the original order."""
    return (tuple(item for item in items if not is_withdrawn(item)),
            tuple(item for item in items if is_withdrawn(item)))


def withdrawn_record(kind: RecordKind, record: Any, prefix: str = "") -> WithdrawnRecord:
    """What the site keeps of a withdrawn record (``record.withdrawn`` is its :class:`Withdrawal`)."""
    return WithdrawnRecord(kind=kind, id=record.id, withdrawal=record.withdrawn, prefix=prefix,
                           aliases=tuple(getattr(record, "aliases", ())), source=getattr(record, "source", None))


def sample_title(title: str, label: str, sample: bool) -> str:
    """``[Dữ liệu mẫu] title`` for sample data (``label`` = the output language's "Sample data"), else ``title``.

    The one form every machine-readable output uses where a reader shows a title (ICS SUMMARY, OPDS and
    RSS ``<title>``), so a calendar, a library's catalogue or a feed reader never shows sample data as real.
    """
    return f"[{label}] {title}" if sample else title


def removed_page_meta(withdrawal: Withdrawal, title: str) -> dict[str, Any]:
    """Front matter of a "removed" page: a generic ``title`` (never the record's: it may name a person),
    out of the menu, search and sitemap (``hidden``), asking search engines not to list it (noindex)."""
    return {"title": title, "hidden": True, "search": {"exclude": True}, "withdrawn": withdrawal.date.isoformat()}

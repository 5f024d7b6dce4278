"""The "removed" page left at the address of a withdrawn record or post (pure, no MkDocs import).

A withdrawn record (``withdrawn:`` in data/, see hooks/lib/data/status.py) or news post keeps its address,
so links people saved or printed do not end in "page not found", but the page says only that something was
removed, when, and why if staff said so: never the title, the text or anything about a person. Rendered by
``overrides/data/withdrawn.html`` for data records (hooks/hook_data.py) and news posts (hooks/hook_news.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hooks.lib import i18n
from hooks.lib.data.status import Withdrawal, WithdrawnRecord
from hooks.lib.i18n import routes


@dataclass(frozen=True)
class RemovedView:
    """What a removed page shows, in one language."""

    date: str              # "05/10/2022" / "5 October 2022"
    date_iso: str          # "2022-10-05"
    reason: str | None  # in the page's language, if staff gave one
    back_label: str        # the list the item was in: schedule, catalogue, news...
    back_url: str          # that list's URL, relative to the language's site root


def removed_view(withdrawal: Withdrawal, lang: str, ui: Any, back_label: str, back_url: str) -> RemovedView:
    return RemovedView(date=i18n.format_date(withdrawal.date, ui), date_iso=withdrawal.date.isoformat(),
                       reason=withdrawal.reason_in(lang), back_label=back_label, back_url=back_url)


def record_addresses(record: WithdrawnRecord, lang: str) -> list[str]:
    """Source paths of every address the withdrawn record had in ``lang``: its id's, then its former ids'."""
    return [routes.record_src(record.kind, record_id, lang, record.prefix) for record_id in (record.id, *record.aliases)]


def back_link(record: WithdrawnRecord, lang: str, ui: Any) -> tuple[str, str]:
    """``(label, url)`` of the section the record was listed in (its index page)."""
    section = routes.KIND_SECTION[record.kind]
    return ui.data[section], i18n.src_to_url(routes.section_index_src(section, lang))

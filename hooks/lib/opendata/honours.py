"""The honour roll as open data: one JSON file per language (pure, no MkDocs import).

Each entry: id, edition (year), permanent page URL in both languages, name, kind (id and label), holder
(``person`` or ``collective``), ward, related programme, what they did, who honoured them and when, and ``sample``
(true: an illustration, not a real entry). There is no contact field to export: the data has none.
File names are stable, like the resource catalogue's (see ``FILES``).
"""
from __future__ import annotations

from datetime import datetime

from hooks.lib.data.refs import RecordKind
from hooks.lib.i18n import LANGUAGE_ROOT, LANGUAGES, routes
from hooks.lib.opendata.catalogue import json_document

FILES = {"vi": "guong-dien-hinh.json", "en": "honour-roll.json"}
MEDIA_TYPE = "application/json"


def file_url(root_url: str, lang: str) -> str:
    return routes.absolute_url(root_url, LANGUAGE_ROOT[lang] + FILES[lang])


def honour_entries(data, root_url: str, lang: str, kind_labels) -> list[dict]:
    """One dict per honour-roll entry of every edition (oldest edition first, file order)."""
    entries = []
    programmes = data.programme_data.programmes_by_id
    for h in data.programme_data.honours:
        prefix = routes.record_prefix(RecordKind.HONOUR, data.editions_by_year[h.edition])
        ward = data.wards_by_id[h.ward] if h.ward else None
        model = programmes[h.model] if h.model else None
        entries.append({
            "id": h.id,
            "edition": h.edition,
            "page_url": {code: routes.absolute_url(root_url, routes.record_url(RecordKind.HONOUR, h.id, code, prefix))
                         for code in LANGUAGES},
            "name": h.name.get(lang),
            "kind": {"id": h.kind, "label": kind_labels[h.kind]},
            "holder": "person" if h.is_person else "collective",
            "ward": {"id": ward.id, "name": ward.full_name.get(lang)} if ward else None,
            "model": {"id": model.id, "name": model.name.get(lang)} if model else None,
            "achievement": h.achievement.get(lang),
            "honoured_by": h.honoured_by.get(lang) if h.honoured_by else None,
            "date": h.date.isoformat() if h.date else None,
            "sample": h.sample,
        })
    return entries


def to_json(entries: list[dict], *, lang: str, root_url: str, publisher: str, generated: datetime, title: str) -> str:
    return json_document(entries, "honours", lang=lang, url=file_url(root_url, lang), publisher=publisher,
                         generated=generated, title=title)

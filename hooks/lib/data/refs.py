"""Typed references to data records, shared by the hooks that meet them on pages - pure, no MkDocs import.

A generated record page says which record it shows in its front matter (``kind:`` and ``record_id:``),
so other hooks (open data, QR codes, JSON-LD) find the record without parsing the page. The kinds are
spelt here once; :class:`RecordRef` is what code passes around instead of two loose strings.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class RecordKind(StrEnum):
    """Kinds of records that have one page each (values are what front matter and URLs use)."""

    ACTIVITY = "activity"
    RESOURCE = "resource"
    WARD = "ward"
    LIBRARY = "library"
    HONOUR = "honour"      # an entry of an edition's honour roll (data/editions/<year>/honours.yml)


@dataclass(frozen=True)
class RecordRef:
    kind: RecordKind
    id: str
    edition: int | None = None  # activities, honours: the year of their edition (ids repeat across years)

    def to_meta(self) -> dict[str, object]:
        meta: dict[str, object] = {"kind": self.kind.value, "record_id": self.id}
        if self.edition is not None:
            meta["edition"] = self.edition
        return meta

    @classmethod
    def from_meta(cls, meta: Mapping[str, Any]) -> RecordRef | None:
        """The record a page's front matter names, ``None`` if it names none; an unknown kind is a ValueError."""
        kind, record_id = meta.get("kind"), meta.get("record_id")
        if not kind or not record_id:
            return None
        edition = meta.get("edition")
        return cls(RecordKind(kind), str(record_id), int(edition) if edition is not None else None)


def find_record(data, ref: RecordRef | None):
    """The record ``ref`` names in ``data`` (a :class:`~hooks.lib.data.load.SiteData`), or ``None``."""
    if ref is None:
        return None
    if ref.kind == RecordKind.ACTIVITY:
        return data.activity(ref.edition if ref.edition is not None else data.current.year, ref.id)
    if ref.kind == RecordKind.HONOUR:
        return data.programme_data.honour(ref.edition if ref.edition is not None else data.current.year, ref.id)
    table = {RecordKind.RESOURCE: data.resources_by_id, RecordKind.WARD: data.wards_by_id,
             RecordKind.LIBRARY: data.libraries_by_id}[ref.kind]
    return table.get(ref.id)

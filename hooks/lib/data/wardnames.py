"""A ward written by its name where its id belongs: find the id it means (pure, no MkDocs import).

Staff know wards by name: ``ward: Máy Tơ``, ``ward: may to`` or ``ward: "Phường Máy Tơ"`` in an activity,
a library or a news post mean the ward whose id is ``may-to``. The site still wants the id (it is part
of page addresses), so these are errors - but the message names the id to write. A written value and
every form of each ward in data/wards.yml (its id, name and full names in both languages) are compared
folded: diacritics and "đ" removed, case, spaces and punctuation ignored. Nothing here knows any
ward: the forms come from the register.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from hooks.lib.i18n.slugs import slugify

__all__ = ["fold", "match_ward", "ward_forms", "ward_hint", "ward_ref_hint"]


def fold(text: str) -> str:
    """``"Phường Máy Tơ"`` -> ``"phuongmayto"``: how a written name is compared (no diacritics, case, spaces)."""
    return re.sub(r"[^a-z0-9]", "", slugify(text))


def ward_forms(wards: Iterable) -> dict[str, tuple[str, ...]]:
    """id -> every way staff may write that ward (id, name, full names), from :class:`~.model.Ward` records."""
    return {ward.id: (ward.id, ward.name, ward.full_name.vi, ward.full_name.en) for ward in wards}


def match_ward(written: object, wards: Mapping[str, Iterable[str]]) -> str | None:
    """The id of the ward ``written`` names (by id, name or full name, folded), or ``None``.

    ``wards`` maps each id to its forms (:func:`ward_forms`); an id alone (empty forms) matches by itself.
    """
    if not isinstance(written, str) or not fold(written):
        return None
    wanted = fold(written)
    for ward_id, forms in wards.items():
        if wanted in {fold(form) for form in (ward_id, *forms)}:
            return ward_id
    return None


def ward_hint(written: object, wards: Mapping[str, Iterable[str]],
              field: str | None = "ward") -> tuple[str, str, str, str] | None:
    """``(vi problem, vi fix, en problem, en fix)`` when ``written`` is a ward's name, not its id; else ``None``.

    ``field``: the key the value was written after (``ward``), or ``None`` for an item of a list.
    """
    ward_id = match_ward(written, wards)
    if ward_id is None or written == ward_id:
        return None
    shown = f"{field}: {ward_id}" if field else ward_id
    return (f"`{written}` là tên phường, không phải mã phường",
            f"Viết mã phường: `{shown}` (dòng `id:` của phường đó trong data/wards.yml)",
            f"`{written}` is the ward's name, not its id",
            f"Write the ward's id: `{shown}` (the ward's `id:` line in data/wards.yml)")


def ward_ref_hint(wards: Iterable) -> Callable[[tuple, Any], tuple[str, str, str, str] | None]:
    """A schema hint (hooks/lib/data/schema.py) for the fields that hold a ward id: ``ward:`` of an activity,
    a library or a post, and the items of an edition's ``wards:`` list."""
    forms = ward_forms(wards)

    def hint(path: tuple, value: Any) -> tuple[str, str, str, str] | None:
        if path and path[-1] == "ward":
            return ward_hint(value, forms)
        if len(path) == 2 and path[0] == "wards" and isinstance(path[1], int):
            return ward_hint(value, forms, None)
        return None
    return hint

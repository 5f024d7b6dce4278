"""The checks the data builders share: dates that exist, unique ids, references, web addresses (pure).

Each raises a located, bilingual :class:`DataError` (hooks/lib/core/errors.py) naming the field the way
staff think of it (schemamessages.describe) and, for a reference to something not defined, the
closest known value - or, for a ward written by its name, its id (wardnames.py).
"""
from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from hooks.lib.core.errors import DataError, bilingual, did_you_mean, quote_list
from hooks.lib.core.yamlload import Path_, YamlDocument

from .model import Vocabulary, Ward
from .schema import describe
from .wardnames import ward_forms, ward_hint

__all__ = ["date_at", "fail", "in_vocabularies", "local_datetime_at", "ref", "unique", "url", "value_at"]


def fail(doc: YamlDocument, path: Path_, vi_problem: str, vi_fix: str, en_problem: str, en_fix: str) -> DataError:
    """A located, bilingual error at ``path`` (see hooks/lib/core/errors.py for the shape)."""
    return doc.error(path, *bilingual(vi_problem, vi_fix, en_problem, en_fix))


def value_at(doc: YamlDocument, path: Path_) -> Any:
    value = doc.data
    for part in path:
        value = value[part]
    return value


def date_at(doc: YamlDocument, path: Path_) -> date:
    """A ``YYYY-MM-DD`` value (format already checked) that must exist in the calendar."""
    text = value_at(doc, path)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _impossible_date(doc, path, text) from None


def local_datetime_at(doc: YamlDocument, path: Path_, tz: ZoneInfo) -> datetime:
    """A ``YYYY-MM-DDTHH:MM`` local time (format already checked) made timezone-aware."""
    text = value_at(doc, path)
    try:
        return datetime.fromisoformat(text).replace(tzinfo=tz)
    except ValueError:
        raise _impossible_date(doc, path, text) from None


def _impossible_date(doc: YamlDocument, path: Path_, text: str) -> DataError:
    year, month = int(text[0:4]), int(text[5:7])
    days = calendar.monthrange(year, month)[1]
    return fail(doc, path, f"{describe(path, doc.data, 'vi')} là `{text}`, không phải ngày có thật "
                           f"(tháng {month} năm {year} có {days} ngày)", "Kiểm tra lại ngày và tháng",
                f"{describe(path, doc.data)} is `{text}`, which is not a real date "
                f"({calendar.month_name[month]} {year} has {days} days)", "Check the day and the month")


_FIELD_WORDS = {"id": "mã", "name": "tên"}


def unique(doc: YamlDocument, list_key: str, field: str, noun: tuple[str, str]) -> dict[str, int]:
    """Map each value of ``field`` in ``doc.data[list_key]`` to its line; reject repeats.

    ``noun``: what one entry is, ``(Vietnamese, English)`` (e.g. ``("hoạt động", "activity")``).
    """
    first: dict[str, int] = {}
    field_vi = _FIELD_WORDS.get(field, f"`{field}`")
    for index, item in enumerate(doc.data[list_key]):
        value, line = item[field], doc.lines.line((list_key, index, field))
        if value in first:
            raise fail(doc, (list_key, index, field),
                       f"{field_vi} `{value}` được dùng hai lần (lần đầu ở dòng {first[value]})",
                       f"Mỗi {noun[0]} cần một {field_vi} riêng",
                       f"the {field} `{value}` is used twice (first on line {first[value]})",
                       f"Give each {noun[1]} its own {field}")
        first[value] = line
    return first


def in_vocabularies(name: str) -> tuple[str, str]:
    """Where the terms of vocabulary ``name`` are listed, in words for both languages."""
    return f"`{name}` của data/vocabularies.yml", f"`{name}` in data/vocabularies.yml"


def ref(doc: YamlDocument, path: Path_, known: Iterable[str] | Mapping[str, Any] | Vocabulary,
        noun: tuple[str, str], listed_in: tuple[str, str], wards: Mapping[str, Ward] | None = None) -> None:
    """Reject a reference to something that is not defined, suggesting the closest name.

    ``noun``/``listed_in``: what is referred to and where those are listed, ``(Vietnamese, English)``.
    ``wards``: the ward register, when the value is a ward id - a ward written by its name
    (``Máy Tơ``) is then answered with its id (hooks/lib/data/wardnames.py).
    """
    value = value_at(doc, path)
    keys = list(known.by_id) if isinstance(known, Vocabulary) else list(known)
    if value in keys:
        return
    field = path[-1] if isinstance(path[-1], str) else None
    if wards is not None and (hint := ward_hint(value, ward_forms(wards.values()), field)):
        raise fail(doc, path, *hint)
    raise fail(doc, path, f"`{value}` không có trong danh sách {noun[0]} (ở {describe(path, doc.data, 'vi')})",
               f"{did_you_mean(value, keys, 'vi')}Các giá trị có trong {listed_in[0]}: {quote_list(keys, lang='vi')}",
               f"`{value}` is not a known {noun[1]} (in {describe(path, doc.data)})",
               f"{did_you_mean(value, keys)}Known values are listed in {listed_in[1]}: {quote_list(keys)}")


def url(doc: YamlDocument, path: Path_) -> None:
    """Only absolute http(s) addresses may become links on the public site."""
    value = value_at(doc, path)
    parts = urlsplit(value)
    if (parts.scheme not in ("http", "https") or not parts.hostname or "@" in parts.netloc
            or any(char.isspace() for char in value)):
        raise fail(doc, path, f"{describe(path, doc.data, 'vi')} là `{value}`, không phải địa chỉ web http(s) đầy đủ",
                   "Dùng địa chỉ web đầy đủ, bắt đầu bằng https:// (hoặc http://)",
                   f"{describe(path, doc.data)} is `{value}`, which is not a full http(s) web address",
                   "Use a full web address that starts with https:// (or http://)")


def fixed_utc_offset(zone: ZoneInfo, year: int) -> timedelta | None:
    """The one UTC offset ``zone`` keeps all through ``year``, or None when it has daylight saving (which the
    calendars, .ics, do not support). Checked at noon on the 1st of each month."""
    moments = [datetime(year, month, 1, 12, tzinfo=zone) for month in range(1, 13)]
    offsets = {moment.utcoffset() for moment in moments}
    return offsets.pop() if len(offsets) == 1 and not any(moment.dst() for moment in moments) else None

"""The site's UI strings: one table per language (``overrides/locales/<lang>.yml``), strict on lookup.

Every word the site itself says (labels, headings, notes, date formats, feed titles) lives in those two
files, never in hooks/ code, so a wording fix or another locality's terms need no programmer, and a
test can prove both languages have the same keys. Content (the week's theme, slogans, place names)
is not here: it is data of each edition.

A table is read into nested read-only :class:`UiStrings` sections. Looking up a key that does not
exist raises :class:`UiKeyError` naming the full key (``ui.data.shedule``) - in Python and in Jinja
templates alike (Jinja only swallows ``AttributeError``/``KeyError`` as "undefined"; ours is neither),
so a misspelt key fails the build instead of rendering a blank. Pure Python, no MkDocs import.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from hooks.lib.core.errors import DataError, SourceRef, bilingual, bilingual_text
from hooks.lib.core.yamlload import load_yaml_file

PLURAL_FORMS = {"zero", "one", "two", "few", "many", "other"}  # CLDR plural categories
LOCALES_DIR = "locales"  # inside the theme's custom_dir (overrides/); MkDocs never publishes locales/*


class UiKeyError(LookupError):
    """A UI string that does not exist (a typo in a template or in code)."""


class UiStrings(Mapping):
    """One section of a language's UI table; ``section.key`` and ``section["key"]`` both work."""

    __slots__ = ("_values", "_path")

    def __init__(self, values: Mapping[str, Any], path: str = "ui") -> None:
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_values", {
            key: UiStrings(value, f"{path}.{key}") if isinstance(value, Mapping) else
            tuple(value) if isinstance(value, list) else value
            for key, value in values.items()
        })

    def __getitem__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise UiKeyError(bilingual_text(
                f"{self._path}.{key} không có trong bảng chữ giao diện",
                "Thêm nó vào mọi tệp overrides/locales/*.yml, hoặc sửa lỗi chính tả",
                f"{self._path}.{key} is not a UI string",
                "Add it to every overrides/locales/*.yml or fix the spelling")) from None

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):  # copy/pickle/Jinja probes for dunder attributes: not UI strings
            raise AttributeError(key)
        return self[key]

    def __setattr__(self, key: str, value: Any) -> None:
        raise TypeError("UI strings are read-only")

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"<UiStrings {self._path}: {len(self)} keys>"

    def filled(self, facts: Mapping[str, object]) -> UiStrings:
        """A copy with the site-wide placeholders (``{week_name}``, ``{locality}``...) filled from ``facts``.

        Only those names are replaced: per-use placeholders (``{count}``, ``{ward}``) and date format
        fields (``{day:02d}``) stay for the code that formats them.
        """
        pattern = re.compile(r"\{(" + "|".join(re.escape(name) for name in facts) + r")\}") if facts else None

        def fill(value: Any) -> Any:
            if isinstance(value, UiStrings):
                return {key: fill(item) for key, item in value._values.items()}
            if isinstance(value, str) and pattern is not None:
                return pattern.sub(lambda m: str(facts[m.group(1)]), value)
            return list(value) if isinstance(value, tuple) else value

        return UiStrings(fill(self), self._path)

    @property
    def is_plural(self) -> bool:
        """A string with plural forms (``{one: ..., other: ...}``; Vietnamese needs only ``other``)."""
        return "other" in self._values and set(self._values) <= PLURAL_FORMS

    def keys_flat(self, prefix: str = "") -> set[str]:
        """Every leaf key as a dotted path (``data.schedule``), for the same-keys test; a string with
        plural forms counts as one key, since languages have different forms."""
        out: set[str] = set()
        for key, value in self._values.items():
            name = f"{prefix}{key}"
            leaf = not isinstance(value, UiStrings) or value.is_plural
            out |= {name} if leaf else value.keys_flat(name + ".")
        return out


def load_ui_strings(locales_dir: Path, lang: str, display_dir: str = "overrides/locales") -> UiStrings:
    """Read ``<locales_dir>/<lang>.yml``; a missing or broken file is a located error."""
    doc = load_yaml_file(Path(locales_dir) / f"{lang}.yml", f"{display_dir}/{lang}.yml")
    if not isinstance(doc.data, dict):
        raise DataError(SourceRef(doc.rel_path, 1), *bilingual(
            "tệp chữ giao diện phải là các dòng `tên: chữ`", "Lấy lại tệp từ lịch sử git",
            "the UI strings file must be a block of `key: text` lines", "Restore it from git history"))
    return UiStrings(doc.data)


def missing_keys(tables: Mapping[str, UiStrings]) -> dict[str, set[str]]:
    """Per language, the keys other languages have and it lacks (empty sets when all agree)."""
    every = set().union(*(table.keys_flat() for table in tables.values()))
    return {lang: every - table.keys_flat() for lang, table in tables.items()}

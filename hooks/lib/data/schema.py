"""Validate a parsed data file against its JSON Schema, in words staff understand.

The schemas in ``data/schemas/`` serve two readers: the VS Code YAML extension
(autocomplete and squiggles while editing) and this module (the build).  Raw
jsonschema messages such as ``'titel' was unexpected`` or a Python repr of the
instance are not fit for staff, so the most useful error of a file is translated
(schemamessages.py) into a located, bilingual :class:`DataError`, with "did you
mean" hints for typos.  The schema's own ``patternErrorMessage`` (which VS Code
also shows) is reused so the editor and the build say the same thing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, ValidationError
from jsonschema.exceptions import SchemaError
from referencing import Registry, Resource

from hooks.lib.core.errors import DataError, SourceRef, bilingual
from hooks.lib.core.yamlload import YamlDocument

from .schemamessages import Hint, describe, translate, unknown_keys

__all__ = ["Hint", "SchemaSet", "describe", "load_schemas"]

# When one entry has several problems, report the one that best explains the others:
# an unknown field `titel` also causes "missing `title`", so unknown fields go first.
_PRIORITY = {"additionalProperties": 0, "type": 1, "required": 3}


@dataclass(frozen=True)
class SchemaSet:
    """The compiled validators for every data file, keyed by file stem (``"week"``)."""

    validators: Mapping[str, Draft202012Validator]
    schema_paths: Mapping[str, str]

    def validate(self, stem: str, doc: YamlDocument, hint: Hint | None = None) -> None:
        """Raise a translated :class:`DataError` for the most useful schema error in ``doc``.

        ``hint(path, value)`` may word the message for a value better than the rule it broke.
        """
        validator = self.validators[stem]
        errors = list(validator.iter_errors(doc.data))
        if errors:
            first = min(errors, key=lambda error: _rank(error, doc))
            raise translate(first, doc, self.schema_paths[stem], hint)


def load_schemas(schema_dir: Path, stems: tuple[str, ...], rel_dir: str) -> SchemaSet:
    """Read ``<stem>.schema.json`` for each stem plus every shared schema in ``schema_dir``.

    Relative ``$ref`` such as ``common.schema.json#/$defs/text`` are resolved
    from the same folder, exactly as the VS Code extension resolves them.
    """
    contents: dict[str, Any] = {}
    for path in sorted(schema_dir.glob("*.schema.json")):
        contents[path.name] = _read_json(path, f"{rel_dir}/{path.name}")
    registry = Registry().with_resources(
        (name, Resource.from_contents(schema)) for name, schema in contents.items()
    )
    validators: dict[str, Draft202012Validator] = {}
    paths: dict[str, str] = {}
    for stem in stems:
        name = f"{stem}.schema.json"
        paths[stem] = f"{rel_dir}/{name}"
        if name not in contents:
            raise DataError(SourceRef(paths[stem], 1), *bilingual(
                "tệp lược đồ (schema) không có", "Lấy lại tệp từ lịch sử git; lệnh dựng trang cần nó để kiểm tra dữ liệu",
                "the schema file is missing", "Restore it from git; the build needs it to check the data"))
        try:
            Draft202012Validator.check_schema(contents[name])
        except SchemaError as exc:
            where = "/".join(map(str, exc.absolute_path)) or "top level"
            raise DataError(SourceRef(paths[stem], 1), *bilingual(
                f"tệp lược đồ không đúng chuẩn JSON Schema (chỗ sai: {where})",
                "Sửa lược đồ; kiểm tra bằng một công cụ JSON Schema draft 2020-12",
                f"the schema is not valid JSON Schema (problem at {where})",
                "Fix the schema; check it with a JSON Schema draft 2020-12 validator")) from None
        validators[stem] = Draft202012Validator(contents[name], registry=registry)
    return SchemaSet(validators=validators, schema_paths=paths)


def _read_json(path: Path, rel_path: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise DataError(SourceRef(rel_path, 1), *bilingual(
            "tệp lược đồ không được lưu theo mã UTF-8", "Lưu lại tệp theo mã UTF-8",
            "the schema file is not saved as UTF-8", "Re-save it with UTF-8 encoding")) from None
    except json.JSONDecodeError as exc:
        raise DataError(SourceRef(rel_path, exc.lineno), *bilingual(
            f"tệp lược đồ viết sai cú pháp JSON ({exc.msg})", "Sửa dấu phẩy, dấu ngoặc kép và dấu ngoặc",
            f"the schema is not valid JSON ({exc.msg})", "Fix the JSON syntax (commas, quotes, brackets)")) from None


def _rank(error: ValidationError, doc: YamlDocument) -> tuple[int, int, int]:
    """Sort key: earliest entry first, then the most explanatory kind of error, then line."""
    path = tuple(error.absolute_path)
    entry = path[:2] if len(path) >= 2 and isinstance(path[1], int) else path[:1]
    return (doc.lines.line(entry), _PRIORITY.get(str(error.validator), 2), _error_line(error, doc))


def _error_line(error: ValidationError, doc: YamlDocument) -> int:
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        extras = unknown_keys(error)
        if extras:
            return doc.lines.line(path + (extras[0],))
    return doc.lines.line(path)


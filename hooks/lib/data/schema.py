"""Validate a parsed data file against its JSON Schema, in words staff understand.

The schemas in ``data/schemas/`` serve two readers: the VS Code YAML extension
(autocomplete and squiggles while editing) and this module (the build).  Raw
jsonschema messages such as ``'titel' was unexpected`` or a Python repr of the
instance are not fit for staff, so each error is translated here into a
located :class:`DataError`, with "did you mean" hints for typos.  Messages from
the schema's own ``patternErrorMessage`` (which VS Code also shows) are reused
so the editor and the build say the same thing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from jsonschema import Draft202012Validator, ValidationError
from jsonschema.exceptions import SchemaError
from referencing import Registry, Resource

from hooks.lib.core.errors import DataError, SourceRef, did_you_mean, quote_list, show_value
from hooks.lib.core.yamlload import Path_, YamlDocument

__all__ = ["SchemaSet", "describe", "load_schemas"]

# Singular nouns for the top-level lists, used as "activity `launch-cau-dat`".
_ITEM_NOUNS = {
    "wards": "ward", "activities": "activity", "resources": "resource", "libraries": "library",
    "activity_types": "activity type", "formats": "format", "subjects": "subject",
    "audiences": "audience", "resource_formats": "resource format", "library_kinds": "library kind",
}
_TYPE_WORDS = {
    "object": "a block of fields", "array": "a list", "string": "text", "boolean": "`true` or `false`",
    "integer": "a whole number", "number": "a number", "null": "empty",
}
# When one entry has several problems, report the one that best explains the others:
# an unknown field `titel` also causes "missing `title`", so unknown fields go first.
_PRIORITY = {"additionalProperties": 0, "type": 1, "required": 3}


@dataclass(frozen=True)
class SchemaSet:
    """The compiled validators for every data file, keyed by file stem (``"week"``)."""

    validators: Mapping[str, Draft202012Validator]
    schema_paths: Mapping[str, str]

    def validate(self, stem: str, doc: YamlDocument) -> None:
        """Raise a translated :class:`DataError` for the most useful schema error in ``doc``."""
        validator = self.validators[stem]
        errors = list(validator.iter_errors(doc.data))
        if errors:
            first = min(errors, key=lambda error: _rank(error, doc))
            raise _translate(first, doc, self.schema_paths[stem])


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
            raise DataError(SourceRef(paths[stem], 1), "the schema file is missing",
                            "Restore it from git; the build needs it to check the data")
        try:
            Draft202012Validator.check_schema(contents[name])
        except SchemaError as exc:
            raise DataError(SourceRef(paths[stem], 1),
                            f"the schema is not valid JSON Schema (problem at {'/'.join(map(str, exc.absolute_path)) or 'top level'})",
                            "Fix the schema; check it with a JSON Schema draft 2020-12 validator") from None
        validators[stem] = Draft202012Validator(contents[name], registry=registry)
    return SchemaSet(validators=validators, schema_paths=paths)


def _read_json(path: Path, rel_path: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise DataError(SourceRef(rel_path, 1), "the schema file is not saved as UTF-8",
                        "Re-save it with UTF-8 encoding") from None
    except json.JSONDecodeError as exc:
        raise DataError(SourceRef(rel_path, exc.lineno), f"the schema is not valid JSON ({exc.msg})",
                        "Fix the JSON syntax (commas, quotes, brackets)") from None


def _rank(error: ValidationError, doc: YamlDocument) -> tuple[int, int, int]:
    """Sort key: earliest entry first, then the most explanatory kind of error, then line."""
    path = tuple(error.absolute_path)
    entry = path[:2] if len(path) >= 2 and isinstance(path[1], int) else path[:1]
    return (doc.lines.line(entry), _PRIORITY.get(str(error.validator), 2), _error_line(error, doc))


def _error_line(error: ValidationError, doc: YamlDocument) -> int:
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        extras = _unknown_keys(error)
        if extras:
            return doc.lines.line(path + (extras[0],))
    return doc.lines.line(path)


def _unknown_keys(error: ValidationError) -> list[str]:
    allowed = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
    return [key for key in error.instance if key not in allowed]


def describe(path: Path_, data: Any) -> str:
    """Name a place in the data the way staff think of it: ``title.en of activity `x```."""
    if not path:
        return "the file"
    owner = ""
    rest: Path_ = path
    if len(path) >= 2 and isinstance(path[1], int) and isinstance(path[0], str):
        noun = _ITEM_NOUNS.get(path[0], "entry")
        item = _get(data, path[:2])
        item_id = item.get("id") if isinstance(item, dict) else None
        named = isinstance(item_id, str) and path[2:3] != ("id",)  # a bad id cannot name its owner
        owner = f"{noun} `{item_id}`" if named else f"{noun} number {path[1] + 1}"
        rest = path[2:]
    if not rest:
        return owner or "this entry"
    names = ".".join(part for part in rest if isinstance(part, str))
    items = "".join(f" (item {part + 1})" for part in rest if isinstance(part, int))
    field = (f"`{names}`" if names else "entry") + items
    return f"{field} of {owner}" if owner else field


def _get(data: Any, path: Path_) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _translate(error: ValidationError, doc: YamlDocument, schema_path: str) -> DataError:
    """One jsonschema error -> one located, plain-English :class:`DataError`."""
    path = tuple(error.absolute_path)
    where = describe(path, doc.data)
    value = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    kind = error.validator

    if kind == "additionalProperties":
        extra = _unknown_keys(error)[0]
        allowed = list(schema.get("properties", {}))
        return doc.error(path + (extra,), f"unknown field `{extra}` in {where}",
                         f"{did_you_mean(extra, allowed)}Allowed fields are: {quote_list(allowed)}")
    if kind == "required":
        missing = next(name for name in error.validator_value if name not in value)
        hint = _field_hint(schema, missing)
        return doc.error(path, f"{where} is missing the required field `{missing}`",
                         f"Add a line `{missing}:` to it{hint}")
    if kind == "type":
        expected = error.validator_value if isinstance(error.validator_value, str) else error.validator_value[0]
        return doc.error(path, f"{where} should be {_TYPE_WORDS.get(expected, expected)}, "
                               f"but it is {_kind_of(value)}", _type_fix(expected, schema))
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        words = [str(item) for item in allowed]
        return doc.error(path, f"{show_value(value)} is not an allowed value for {where}",
                         f"{did_you_mean(value, words)}Use one of: {quote_list(words)}")
    if kind == "pattern" and isinstance(value, str) and not value.strip():
        language = {"vi": "Vietnamese", "en": "English"}.get(str(path[-1]) if path else "")
        fix = (f"Write the {language} text; every text needs both `vi` and `en`" if language
               else "Fill it in, or remove the line if the field is optional")
        return doc.error(path, f"{where} is empty", fix)
    if kind == "pattern":
        fix = schema.get("patternErrorMessage") or f"Check the spelling against {schema_path}"
        return doc.error(path, f"{where} is {show_value(value)}, which is not valid", fix)
    if kind in ("minimum", "maximum"):
        side, limit = ("less", "smallest") if kind == "minimum" else ("more", "largest")
        hint = str(schema.get("description", "")).split(" / ", 1)[-1].strip()
        return doc.error(path, f"{where} is {show_value(value)}, {side} than {error.validator_value}, the {limit} "
                               "allowed value", hint or f"Check it against the description in {schema_path}")
    if kind == "minItems":
        return doc.error(path, f"{where} needs at least {error.validator_value} item(s)",
                         "Add the missing item(s) to the list")
    if kind == "uniqueItems":
        return doc.error(path, f"{where} lists the same value more than once", "Remove the repeated value")
    return doc.error(path, f"{where} is {show_value(value)}, which does not follow the rules in {schema_path} "
                           f"(rule `{kind}`)", f"Compare it with the description of this field in {schema_path}")


def _field_hint(schema: Mapping[str, Any], name: str) -> str:
    """The English half of a field's bilingual ``description``, as a sentence after the fix."""
    prop = schema.get("properties", {}).get(name, {})
    description = prop.get("description", "") if isinstance(prop, dict) else ""
    english = description.split(" / ", 1)[-1].strip() if " / " in description else ""
    return f". Expected: {english}" if english else ""


def _kind_of(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"`{'true' if value else 'false'}`"
    if isinstance(value, dict):
        return "a block of fields"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return f"the number {show_value(value)}"
    return f"the text {show_value(value)}"


def _type_fix(expected: str, schema: Mapping[str, Any]) -> str:
    if expected == "object" and set(schema.get("properties", {})) == {"vi", "en"}:
        return 'Write it as two indented lines `vi: "..."` and `en: "..."` (Vietnamese and English)'
    return {
        "object": "Write the fields as indented lines under it",
        "array": "Write a list, e.g. `[vi, en]`, or one `- item` per line",
        "string": 'Put the value in double quotes, e.g. "..."',
        "boolean": "Write `true` or `false` (without quotes)",
    }.get(expected, "Compare it with the other entries in this file")

"""JSON Schema errors in words staff understand: Vietnamese first, then English (pure).

Raw jsonschema messages such as ``'titel' was unexpected`` or a Python repr of the instance are not fit
for staff, so :func:`translate` turns each error into one located :class:`DataError` in the shape of
hooks/lib/core/errors.py, with "did you mean" hints for typos. A field's own words come from the
schema: its ``description`` and ``patternErrorMessage`` are written ``Vietnamese / English`` (the VS Code
YAML extension shows them whole while staff type), and the build shows each half in its place.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from jsonschema import ValidationError

from hooks.lib.core.errors import DataError, bilingual, did_you_mean, quote_list, show_value
from hooks.lib.core.yamlload import Path_, YamlDocument

__all__ = ["Hint", "describe", "halves", "translate"]

# A message for a value better than the rule it broke (e.g. a ward written by its name):
# ``hint(path, value)`` -> ``(vi problem, vi fix, en problem, en fix)`` or ``None``.
Hint = Callable[[Path_, Any], "tuple[str, str, str, str] | None"]

# Nouns for the entries of the top-level lists, used as "activity `launch-cau-dat`": (Vietnamese, English).
_ITEM_NOUNS = {
    "wards": ("phường", "ward"), "activities": ("hoạt động", "activity"), "resources": ("tài nguyên", "resource"),
    "libraries": ("thư viện", "library"), "activity_types": ("loại hoạt động", "activity type"),
    "formats": ("hình thức", "format"), "subjects": ("chủ đề", "subject"), "audiences": ("đối tượng", "audience"),
    "resource_formats": ("định dạng tài nguyên", "resource format"),
    "library_kinds": ("loại thư viện", "library kind"), "licences": ("giấy phép", "licence"),
    "slogans": ("khẩu hiệu", "slogan"), "pages": ("trang", "page"),
    "programmes": ("chương trình", "programme"), "honours": ("gương điển hình", "honour-roll entry"),
    "banners": ("băng rôn", "banner report"), "rotations": ("đợt luân chuyển", "rotation"),
    "reading_models": ("mô hình khuyến đọc", "reading model"),
}
_TYPE_WORDS = {
    "object": ("một nhóm trường (các dòng `tên: giá trị` thụt vào bên dưới)", "a block of fields"),
    "array": ("một danh sách", "a list"), "string": ("một đoạn chữ", "text"),
    "boolean": ("`true` hoặc `false`", "`true` or `false`"), "integer": ("một số nguyên", "a whole number"),
    "number": ("một số", "a number"), "null": ("để trống", "empty"),
}


def halves(text: str) -> tuple[str, str]:
    """``(Vietnamese, English)`` of a schema text written ``Vietnamese / English`` (both the whole if not)."""
    vi, sep, en = text.partition(" / ")
    return (vi.strip(), en.strip()) if sep else (text.strip(), text.strip())


def describe(path: Path_, data: Any, lang: str = "en") -> str:
    """Name a place in the data the way staff think of it: ``title.en of activity `x```
    (``title.en của hoạt động `x``` in Vietnamese)."""
    vi = lang == "vi"
    if not path:
        return "tệp" if vi else "the file"
    owner = ""
    rest: Path_ = path
    if len(path) >= 2 and isinstance(path[1], int) and isinstance(path[0], str):
        noun = _ITEM_NOUNS.get(path[0], ("mục", "entry"))[0 if vi else 1]
        item = _get(data, path[:2])
        item_id = item.get("id") if isinstance(item, dict) else None
        named = isinstance(item_id, str) and path[2:3] != ("id",)  # a bad id cannot name its owner
        number = path[1] + 1
        owner = f"{noun} `{item_id}`" if named else (f"{noun} thứ {number}" if vi else f"{noun} number {number}")
        rest = path[2:]
    if not rest:
        return owner or ("mục này" if vi else "this entry")
    names = ".".join(part for part in rest if isinstance(part, str))
    items = "".join((f" (mục {part + 1})" if vi else f" (item {part + 1})") for part in rest if isinstance(part, int))
    field = (f"`{names}`" if names else ("mục" if vi else "entry")) + items
    if not owner:
        return field
    return f"{field} của {owner}" if vi else f"{field} of {owner}"


def _get(data: Any, path: Path_) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def unknown_keys(error: ValidationError) -> list[str]:
    allowed = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
    return [key for key in error.instance if key not in allowed]


def translate(error: ValidationError, doc: YamlDocument, schema_path: str, hint: Hint | None = None) -> DataError:
    """One jsonschema error -> one located, bilingual :class:`DataError`."""
    path = tuple(error.absolute_path)
    where_vi, where = describe(path, doc.data, "vi"), describe(path, doc.data)
    value = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    kind = error.validator

    def fail(at: Path_, vi_problem: str, vi_fix: str, en_problem: str, en_fix: str) -> DataError:
        return doc.error(at, *bilingual(vi_problem, vi_fix, en_problem, en_fix))

    if hint is not None and kind != "additionalProperties" and (better := hint(path, value)):
        return fail(path, *better)
    if kind == "additionalProperties":
        extra = unknown_keys(error)[0]
        allowed = list(schema.get("properties", {}))
        return fail(path + (extra,), f"không có trường nào tên `{extra}` trong {where_vi}",
                    f"{did_you_mean(extra, allowed, 'vi')}Các trường dùng được: {quote_list(allowed, lang='vi')}",
                    f"unknown field `{extra}` in {where}",
                    f"{did_you_mean(extra, allowed)}Allowed fields are: {quote_list(allowed)}")
    if kind == "required":
        missing = next(name for name in error.validator_value if name not in value)
        vi_hint, en_hint = _field_hint(schema, missing)
        return fail(path, f"{where_vi} thiếu trường bắt buộc `{missing}`",
                    f"Thêm một dòng `{missing}:` vào đó" + (f". Cần ghi: {vi_hint}" if vi_hint else ""),
                    f"{where} is missing the required field `{missing}`",
                    f"Add a line `{missing}:` to it" + (f". Expected: {en_hint}" if en_hint else ""))
    if kind == "type":
        expected = error.validator_value if isinstance(error.validator_value, str) else error.validator_value[0]
        words = _TYPE_WORDS.get(expected, (expected, expected))
        vi_fix, en_fix = _type_fix(expected, schema)
        return fail(path, f"{where_vi} phải là {words[0]}, nhưng đang là {_kind_of(value, 'vi')}", vi_fix,
                    f"{where} should be {words[1]}, but it is {_kind_of(value)}", en_fix)
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        words = [str(item) for item in allowed]
        return fail(path, f"{show_value(value, lang='vi')} không phải giá trị được phép cho {where_vi}",
                    f"{did_you_mean(value, words, 'vi')}Dùng một trong: {quote_list(words, lang='vi')}",
                    f"{show_value(value)} is not an allowed value for {where}",
                    f"{did_you_mean(value, words)}Use one of: {quote_list(words)}")
    if kind == "pattern" and isinstance(value, str) and not value.strip():
        language = {"vi": ("tiếng Việt", "Vietnamese"), "en": ("tiếng Anh", "English")}.get(str(path[-1]) if path else "")
        if language:
            return fail(path, f"{where_vi} đang để trống",
                        f"Viết phần {language[0]}; mọi đoạn chữ cần cả `vi` (tiếng Việt) và `en` (tiếng Anh)",
                        f"{where} is empty", f"Write the {language[1]} text; every text needs both `vi` and `en`")
        return fail(path, f"{where_vi} đang để trống", "Điền nội dung, hoặc xóa dòng này nếu trường không bắt buộc",
                    f"{where} is empty", "Fill it in, or remove the line if the field is optional")
    if kind == "pattern":
        vi_fix, en_fix = halves(schema.get("patternErrorMessage") or
                                f"Kiểm tra lại cách viết theo {schema_path} / Check the spelling against {schema_path}")
        return fail(path, f"{where_vi} là {show_value(value, lang='vi')}, không hợp lệ", vi_fix,
                    f"{where} is {show_value(value)}, which is not valid", en_fix)
    if kind in ("minimum", "maximum"):
        limit = error.validator_value
        vi_rule, en_rule = (f"từ {limit} trở lên", f"at least {limit}") if kind == "minimum" else \
            (f"không quá {limit}", f"at most {limit}")
        # The field's own description says what the number is (e.g. "Latitude, -90 to 90 (Hải Phòng: about
        # 20.8)": latitude and longitude swapped is the likeliest slip when copying coordinates).
        description = str(schema.get("description", ""))
        vi_fix, en_fix = halves(description) if " / " in description else ("Sửa lại số này", "Correct the number")
        return fail(path, f"{where_vi} là {show_value(value, lang='vi')}, nhưng phải {vi_rule}", vi_fix,
                    f"{where} is {show_value(value)}, but it must be {en_rule}", en_fix)
    if kind == "minItems":
        return fail(path, f"{where_vi} cần ít nhất {error.validator_value} mục", "Thêm các mục còn thiếu vào danh sách",
                    f"{where} needs at least {error.validator_value} item(s)", "Add the missing item(s) to the list")
    if kind == "uniqueItems":
        return fail(path, f"{where_vi} có một giá trị được ghi hai lần", "Xóa giá trị lặp lại",
                    f"{where} lists the same value more than once", "Remove the repeated value")
    return fail(path, f"{where_vi} là {show_value(value, lang='vi')}, không đúng quy tắc `{kind}` trong {schema_path}",
                f"So sánh với mô tả của trường này trong {schema_path}",
                f"{where} is {show_value(value)}, which does not follow the rules in {schema_path} (rule `{kind}`)",
                f"Compare it with the description of this field in {schema_path}")


def _field_hint(schema: Mapping[str, Any], name: str) -> tuple[str, str]:
    """``(Vietnamese, English)`` of a field's bilingual ``description``, for the fix of a missing field."""
    prop = schema.get("properties", {}).get(name, {})
    description = prop.get("description", "") if isinstance(prop, dict) else ""
    return halves(description) if " / " in description else ("", "")


def _kind_of(value: Any, lang: str = "en") -> str:
    vi = lang == "vi"
    if value is None:
        return "để trống" if vi else "empty"
    if isinstance(value, bool):
        return f"`{'true' if value else 'false'}`"
    if isinstance(value, dict):
        return "một nhóm trường" if vi else "a block of fields"
    if isinstance(value, list):
        return "một danh sách" if vi else "a list"
    if isinstance(value, (int, float)):
        return f"số {show_value(value)}" if vi else f"the number {show_value(value)}"
    return f"đoạn chữ {show_value(value)}" if vi else f"the text {show_value(value)}"


def _type_fix(expected: str, schema: Mapping[str, Any]) -> tuple[str, str]:
    if expected == "object" and set(schema.get("properties", {})) == {"vi", "en"}:
        return ('Viết thành hai dòng thụt vào bên dưới: `vi: "..."` (tiếng Việt) và `en: "..."` (tiếng Anh)',
                'Write it as two indented lines `vi: "..."` and `en: "..."` (Vietnamese and English)')
    return {
        "object": ("Viết các trường thành những dòng thụt vào bên dưới nó", "Write the fields as indented lines under it"),
        "array": ("Viết một danh sách, ví dụ `[vi, en]`, hoặc mỗi mục một dòng bắt đầu bằng `- `",
                  "Write a list, e.g. `[vi, en]`, or one `- item` per line"),
        "string": ('Đặt giá trị trong dấu ngoặc kép, ví dụ "..."', 'Put the value in double quotes, e.g. "..."'),
        "boolean": ("Viết `true` (có) hoặc `false` (không), không có dấu ngoặc kép",
                    "Write `true` or `false` (without quotes)"),
    }.get(expected, ("So sánh với các mục khác trong tệp này", "Compare it with the other entries in this file"))

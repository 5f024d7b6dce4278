"""The YAML reader's messages: what went wrong in a hand-edited YAML text, in words staff know (pure).

Every message is located (``file:line:``) and bilingual, Vietnamese first (see errors.bilingual). The
English part of each keeps the wording the data files have always used, so people and tests who know
it still find it. Used by hooks/lib/core/yamlload.py for data files and page front matter alike.
"""
from __future__ import annotations

import re

import yaml

from .errors import DataError, SourceRef, bilingual
from .limits import DATA_FILE_MAX_BYTES, TEXT_MAX_CHARS, describe

_CHECK_LINE = (
    "Kiểm tra thụt lề (chỉ dùng dấu cách, thẳng hàng với các dòng xung quanh), dấu hai chấm, gạch đầu dòng "
    "và dấu ngoặc kép đóng ở dòng này và dòng trên",
    "Check indentation (spaces only, same depth as the lines around it), colons, dashes and closing quotes "
    "on this line and the line above",
)
# PyYAML's wording ("expected <block end>, but found '<block mapping start>'") is parser jargon; these
# are the usual causes in hand-edited files. (needle, (vi cause, en cause), (vi fix, en fix)); first wins.
_SYNTAX_HINTS = (
    ("'\\t'", ("có ký tự tab", "a tab character is used"),
     ("Chỉ thụt lề bằng dấu cách (VS Code: 'Convert Indentation to Spaces')",
      "Indent with spaces only (VS Code: 'Convert Indentation to Spaces')")),
    ("cannot start any token", ("giá trị bắt đầu bằng một ký tự dành riêng (như ` @ % hoặc |)",
                                "a value starts with a reserved character (such as ` @ % or |)"),
     ('Đặt giá trị trong dấu ngoặc kép, ví dụ "..."', 'Put the value in double quotes, e.g. "..."')),
    ("but found another document", ("tệp có thêm một dòng `---` ở giữa, chia tệp làm hai phần",
                                    "the file contains more than one YAML document (a second `---` line)"),
     ("Xóa dòng `---` thừa và gộp dữ liệu làm một", "Delete the `---` line and merge the data into one document")),
    ("found undefined alias", ("`*tên` trỏ tới một neo (`&tên`) không có",
                               "`*name` refers to an anchor that does not exist"),
     ("Viết đầy đủ giá trị thay cho `*tên`", "Write the value out in full instead of `*name`")),
    ("mapping values are not allowed", ("dấu hai chấm `:` nằm ở chỗ không đúng (thụt lề sai, hoặc chữ có `: ` "
                                        "cần đặt trong dấu ngoặc kép)",
                                        "a colon `:` is in an unexpected place (wrong indentation, or text "
                                        "containing `: ` that needs quotes)"), _CHECK_LINE),
    ("expected ',' or '}'", ("khối `{...}` chưa đóng bằng `}` hoặc thiếu dấu phẩy",
                             "a `{...}` block is not closed with `}` or is missing a comma"), _CHECK_LINE),
    ("expected ',' or ']'", ("danh sách `[...]` chưa đóng bằng `]` hoặc thiếu dấu phẩy",
                             "a `[...]` list is not closed with `]` or is missing a comma"), _CHECK_LINE),
    ("could not find expected ':'", ("tên trường thiếu dấu hai chấm, hoặc dấu ngoặc kép chưa đóng",
                                     "a field name is missing its colon, or a quote is not closed"), _CHECK_LINE),
    ("found unexpected end of stream", ("dấu ngoặc kép hoặc dấu ngoặc được mở nhưng không đóng",
                                        "a quote or bracket is opened but never closed"),
     ("Đóng dấu ngoặc mở ở dòng này", "Close the quote or bracket that starts on this line")),
    ("did not find expected '-' indicator", ("một mục danh sách (`- `) thụt lề khác các mục khác",
                                             "a list item (`- `) is indented differently from the others"),
     _CHECK_LINE),
    ("<block end>", ("dòng này thụt lề khác các dòng xung quanh",
                     "this line is indented differently from the lines around it"), _CHECK_LINE),
    ("did not find expected key", ("dòng này thụt lề khác các dòng xung quanh",
                                   "this line is indented differently from the lines around it"), _CHECK_LINE),
)
# How the Vietnamese half names the value of a well-known key ("tiêu đề" for `title`).
_FIELD_NAMES_VI = {"title": "tiêu đề", "description": "phần mô tả", "name": "tên", "subtitle": "tiêu đề phụ",
                   "venue": "địa điểm", "address": "địa chỉ"}
# `title: Khẩu hiệu: tuyên truyền` - a plain value with ": " in it, the commonest front matter mistake.
_KEY_VALUE_WITH_COLON = re.compile(r"^\s*(?:-\s+)?(?P<key>[\w-]+):\s+(?P<value>[^\"'\s].*?:(?:\s.*?)?)\s*$")


def error(rel_path: str, line: int, vi: tuple[str, str], en: tuple[str, str]) -> DataError:
    """A located error from ``(problem, fix)`` in Vietnamese and in English."""
    message, fix = bilingual(vi[0], vi[1], en[0], en[1])
    return DataError(SourceRef(rel_path, line), message, fix)


def syntax_error(exc: yaml.MarkedYAMLError, rel_path: str, text: str) -> DataError:
    """A PyYAML error as a located message (no traceback, no parser jargon)."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else 1
    problem = (exc.problem or exc.context or "invalid YAML").strip()
    if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in problem:
        return tag_error(rel_path, line)
    wording = f"{exc.context or ''} {exc.problem or ''}"
    if "mapping values are not allowed" in wording and (quoted := _quoted_line(text, line)):
        key, fixed = quoted
        what = _FIELD_NAMES_VI.get(key, "giá trị")
        return error(rel_path, line,
                     (f"{what} (`{key}`) có dấu hai chấm và dấu cách ở giữa (`: `), nên bị đọc nhầm thành một dòng "
                      "`tên: giá trị` mới", f"Khi {what} có dấu hai chấm, cần đặt cả {what} trong dấu ngoặc kép: "
                                           f"`{fixed}`"),
                     (f"the value of `{key}` contains a colon and a space (`: `), which YAML reads as a new field",
                      f"Put the whole value in double quotes: `{fixed}`"))
    cause, fix = next(((cause, fix) for needle, cause, fix in _SYNTAX_HINTS if needle in wording),
                      ((problem.replace("<", "").replace(">", ""),) * 2, _CHECK_LINE))
    column = mark.column + 1 if mark is not None else None
    vi_at, en_at = (f" ở cột {column}", f" at column {column}") if column else ("", "")
    return error(rel_path, line, (f"lỗi cách viết{vi_at}: {cause[0]}", fix[0]),
                 (f"YAML syntax error{en_at}: {cause[1]}", fix[1]))


def _quoted_line(text: str, line: int) -> tuple[str, str] | None:
    """``(key, the line with its value in double quotes)`` when line ``line`` is ``key: text: more``."""
    lines = text.split("\n")
    if not 0 < line <= len(lines):
        return None
    match = _KEY_VALUE_WITH_COLON.match(lines[line - 1])
    if match is None or " #" in match.group("value"):
        return None
    value = match.group("value").replace("\\", "\\\\").replace('"', '\\"')
    return match.group("key"), f'{match.group("key")}: "{value}"'


def tag_error(rel_path: str, line: int) -> DataError:
    return error(rel_path, line, ("không được dùng dấu `!` hoặc `!!` (thẻ YAML) ở đây",
                                  "Bỏ phần bắt đầu bằng `!`, chỉ viết giá trị"),
                 ("a YAML tag (`!` or `!!`) is not allowed here", "Remove the tag and write a plain value"))


def alias_error(rel_path: str, line: int) -> DataError:
    return error(rel_path, line,
                 ("không dùng được cách viết tắt `*tên` (bí danh YAML)",
                  "Viết đầy đủ giá trị ở đây và xóa dấu `&tên` ở chỗ được chép"),
                 ("YAML aliases (`*name`) are not supported here",
                  "Write the value out in full here and remove the `&name` anchor"))


def anchor_error(rel_path: str, line: int) -> DataError:
    return error(rel_path, line,
                 ("không dùng được dấu `&tên` (neo YAML)", "Xóa `&tên`, chỉ giữ giá trị"),
                 ("YAML anchors (`&name`) are not supported here", "Delete the `&name`, keep the value"))


def merge_key_error(rel_path: str, line: int) -> DataError:
    return error(rel_path, line, ("không dùng được dòng gộp `<<:` (khóa gộp YAML)", "Viết đầy đủ từng dòng"),
                 ("YAML merge keys (`<<:`) are not supported here", "Write every field out in full"))


def key_not_text_error(rel_path: str, line: int) -> DataError:
    return error(rel_path, line,
                 ("tên trường phải là chữ", "Viết tên trường là một từ, theo sau là dấu hai chấm, ví dụ `title:`"),
                 ("a field name must be plain text",
                  "Write field names as simple words followed by a colon, e.g. `title:`"))


def duplicate_key_error(rel_path: str, line: int, key: object, first: int) -> DataError:
    return error(rel_path, line,
                 (f"trường `{key}` được viết hai lần trong cùng một khối (lần đầu ở dòng {first})",
                  "Giữ một dòng, xóa dòng kia"),
                 (f"the field `{key}` is written twice in the same block (first on line {first})",
                  "Keep one of them and delete the other"))


def text_too_long_error(rel_path: str, line: int, length: int) -> DataError:
    limit = describe(TEXT_MAX_CHARS)
    vi_length, vi_limit = f"{length:,}".replace(",", "."), limit.replace(",", ".")  # 20.000 in Vietnamese
    return error(rel_path, line,
                 (f"giá trị này dài {vi_length} ký tự, quá giới hạn {vi_limit} ký tự cho một mục chữ",
                  "Rút gọn nó; nội dung dài hãy đưa vào một trang Markdown hoặc một tệp PDF rồi đặt liên kết"),
                 (f"this text is {length:,} characters long, over the limit of {limit} for one text",
                  "Shorten it; put long content in a Markdown page or a PDF file and link to it"))


def escaped_character_error(rel_path: str, line: int, code: str, name: str) -> DataError:
    char = f"{code} {name}".strip()
    return error(rel_path, line,
                 (f"giá trị ở dòng này chứa ký tự vô hình hoặc ký tự điều khiển {char} (viết bằng mã thoát "
                  "như `\\u202e`)", "Xóa mã thoát đó khỏi giá trị"),
                 (f"the value on this line contains the invisible or control character {char} (written as an "
                  "escape such as `\\u202e`)", "Delete that escape from the value"))


def control_character_error(rel_path: str, line: int, code: int) -> DataError:
    return error(rel_path, line,
                 (f"dòng này có một ký tự điều khiển vô hình (mã {code:#04x}) mà YAML không cho phép",
                  "Xóa nó, ví dụ bằng cách gõ lại dòng này"),
                 (f"the line contains an invisible control character (code {code:#04x}) that YAML does not allow",
                  "Delete it, e.g. by retyping the line"))


def generic_error(rel_path: str, kind: str) -> DataError:
    return error(rel_path, 1, ("không đọc được nội dung tệp", "Kiểm tra lỗi gõ trong tệp"),
                 ("the file could not be read as YAML", f"Check the file for typing mistakes ({kind})"))


def too_deep_error(rel_path: str) -> DataError:
    return error(rel_path, 1, ("dữ liệu lồng nhau quá sâu", "Đơn giản hóa cấu trúc của tệp"),
                 ("the data is nested too deeply", "Simplify the structure of the file"))


def missing_file_error(rel_path: str) -> DataError:
    return error(rel_path, 1, ("không có tệp này", f"Tạo {rel_path} (chép cấu trúc từ các tệp dữ liệu khác hoặc từ "
                                               "lịch sử git)"),
                 ("the file is missing", f"Create {rel_path} (copy the structure from the other data files or "
                                         "from git history)"))


def file_too_large_error(rel_path: str, size: int) -> DataError:
    mb, limit = f"{size / 1024 / 1024:.1f} MB", describe(DATA_FILE_MAX_BYTES)
    return error(rel_path, 1,
                 (f"tệp nặng {mb.replace('.', ',')}, quá giới hạn {limit} cho một tệp dữ liệu",
                  "Xem lại tệp: có thể đã dán nhầm một nội dung rất lớn"),
                 (f"the file is {mb}, over the limit of {limit} for a data file",
                  "Check the file: a very large text may have been pasted into it by mistake"))


def read_error(rel_path: str, reason: str) -> DataError:
    return error(rel_path, 1, (f"không đọc được tệp ({reason})", "Kiểm tra tệp có tồn tại và bạn có quyền đọc"),
                 (f"the file could not be read ({reason})", "Check that the file exists and that you may read it"))


def empty_file_error(rel_path: str) -> DataError:
    return error(rel_path, 1, ("tệp trống (không có dữ liệu, chỉ có chú thích hoặc dòng trống)",
                               "Khôi phục nội dung; tệp trống sẽ làm trang web mất phần dữ liệu này"),
                 ("the file is empty (it has no data, only comments or blank lines)",
                  "Restore its content; an empty file would publish a site without this data"))


def no_data_error(rel_path: str) -> DataError:
    return error(rel_path, 1, ("tệp không có dữ liệu", "Khôi phục nội dung của tệp"),
                 ("the file contains no data", "Restore its content"))


def not_utf8_error(rel_path: str, line: int, byte: int) -> DataError:
    return error(rel_path, line,
                 (f"tệp không được lưu theo mã UTF-8 (byte 0x{byte:02x} ở dòng này không phải UTF-8)",
                  "Lưu lại tệp theo mã UTF-8 (VS Code: bấm tên mã ở thanh trạng thái, 'Save with Encoding', "
                  "'UTF-8') và gõ lại những chữ có dấu bị lỗi"),
                 (f"the file is not saved as UTF-8 (byte 0x{byte:02x} on this line is not valid UTF-8)",
                  "Re-save the file with UTF-8 encoding (in VS Code: click the encoding in the status bar, "
                  "'Save with Encoding', 'UTF-8') and retype any Vietnamese letters that look wrong"))

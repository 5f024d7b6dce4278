"""Invisible format characters in staff text: found with their line and column (pure).

Unicode "format" characters (category Cf) print nothing, yet change what a reader sees or what a
program compares: a right-to-left override (U+202E) shows ``gpj.exe`` as ``exe.jpg`` and can make a
title, an id or a link read differently from what it is ("Trojan source"); a zero-width space (U+200B)
or a stray byte-order mark (U+FEFF) pasted from a web page or Word splits a word, so search no longer
finds it and two ids that look the same differ.

Decision: they are **refused** with the line, the column and the character's name, never removed
silently. Removing them would change what staff wrote without telling them (and a removed bidi
override could still have been meant to mislead); a located error costs one edit and keeps the text
exactly as published. A byte-order mark at the very start of a file is not text and stays allowed
(the readers strip it).

Where: every YAML text (data files, front matter) refuses every Cf character, names and ids included;
a page's Markdown body refuses the bidi controls (and control characters, which break the RSS feed's
XML) - the body may keep a zero-width joiner inside an emoji.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Every character of Unicode category Cf (Unicode 14, Python 3.11's unicodedata); a unit test checks
# this list against unicodedata so an upgrade that adds one fails loudly instead of letting it through.
_FORMAT_RANGES = (
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F),
    (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
    (0x110CD, 0x110CD), (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)
# The bidirectional embedding/override/isolate controls and the marks (LRM, RLM, ALM).
_BIDI_RANGES = ((0x200E, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069), (0x061C, 0x061C))


def _char_class(ranges) -> str:
    return "".join(f"\\U{a:08x}-\\U{b:08x}" if a != b else f"\\U{a:08x}" for a, b in ranges)


FORMAT_CHARACTERS = re.compile(f"[{_char_class(_FORMAT_RANGES)}]")
"""Any invisible format character (Cf): refused in YAML text (data files and front matter)."""

# In a YAML value (where an escape such as "\u202e" or "\x07" can write any character): every format
# character and every control character but tab and newline.
VALUE_FORBIDDEN = re.compile(f"[{_char_class(_FORMAT_RANGES)}\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]")

# In a page body: bidi controls, and C0/C1 control characters other than tab and newline.
BODY_FORBIDDEN = re.compile(f"[{_char_class(_BIDI_RANGES)}\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]")


@dataclass(frozen=True)
class Invisible:
    """One refused character: 1-based line and column in the text, and its Unicode code and name."""

    line: int
    column: int
    code: str       # "U+202E"
    name: str       # "RIGHT-TO-LEFT OVERRIDE"

    @property
    def is_bidi(self) -> bool:
        return any(a <= int(self.code[2:], 16) <= b for a, b in _BIDI_RANGES)


def find_invisible(text: str, pattern: re.Pattern = FORMAT_CHARACTERS, first_line: int = 1) -> Invisible | None:
    """The first character of ``text`` matching ``pattern``, located; ``None`` when there is none."""
    match = pattern.search(text)
    if match is None:
        return None
    start = match.start()
    line_start = text.rfind("\n", 0, start) + 1
    char = match.group()
    name = unicodedata.name(char, "")  # control characters have none
    return Invisible(line=first_line + text.count("\n", 0, start), column=start - line_start + 1,
                     code=f"U+{ord(char):04X}", name=name)


def invisible_message(found: Invisible) -> tuple[str, str, str, str]:
    """``(vi problem, vi fix, en problem, en fix)`` for a refused character (see errors.bilingual)."""
    point = int(found.code[2:], 16)
    if found.is_bidi:
        vi_what = "ký tự điều khiển hướng chữ (đảo chiều văn bản)"
        en_what = "a bidirectional control character (it reverses how text reads)"
    elif point < 0x20 or 0x7F <= point <= 0x9F:
        vi_what, en_what = "ký tự điều khiển", "a control character"
    else:
        vi_what, en_what = "ký tự vô hình", "an invisible formatting character"
    column, char = found.column, f"{found.code} {found.name}".strip()
    return (
        f"cột {column} có {char}, {vi_what}: không nhìn thấy được nhưng làm thay đổi cách đọc hoặc cách tìm chữ",
        f"Xóa ký tự này bằng cách gõ lại đoạn chữ quanh cột {column} (thường do dán từ trang web hoặc Word)",
        f"column {column} holds {char}, {en_what}: it cannot be seen but changes how the text reads or is "
        "searched",
        f"Delete it by retyping the text around column {column} (it usually comes from pasting from a web "
        "page or Word)",
    )


__all__ = ["BODY_FORBIDDEN", "FORMAT_CHARACTERS", "VALUE_FORBIDDEN", "Invisible", "find_invisible", "invisible_message"]

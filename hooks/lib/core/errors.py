"""Located, bilingual messages for everything staff can get wrong - the one shape they all share.

Staff edit ``data/*.yml`` and the pages in ``docs/`` by hand, and the first thing they see when
something is wrong is the message of one of these exceptions (the MkDocs hooks turn it into one
``PluginError`` line, never a Python traceback). Every such message reads::

    <file>:<line>: <Vietnamese: what is wrong>. <Vietnamese: how to fix it>. (EN: <English: what>. <how>.)

a location an editor can jump to, then Vietnamese first and English after ``(EN: ...)``, in plain
words (no parser jargon: "dấu hai chấm", "dấu ngoặc kép", "thụt lề", "trường" for a field). Build
:class:`LocatedError` (or a subclass) from :func:`bilingual` so every concern keeps this shape;
``scripts/publish`` and the output folder's messages (hooks/lib/publish/messages.py,
hooks/lib/site/messages.py) print the same ``(EN: ...)`` form.

Why the texts stay in code, next to the check that detects each problem, and not in a table such as
overrides/locales/: they are diagnostics, not content of the site. Each one names the field, the
value and the rule of the check that found it (a table would have to repeat those, and would let the
message and the check drift apart), and no reader of the published site ever sees them. The
Vietnamese words follow the glossary of the source material (/work/shared/seed/README.md): "phường"
(ward), "hoạt động" (activity), "tài nguyên" (resource), "thư viện" (library), "dữ liệu mẫu"
(sample data), "tin" (news post).

Pure Python: no MkDocs, no YAML, no jsonschema imports, so every layer can use it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["LocatedError", "DataError", "SourceRef", "bilingual", "bilingual_text", "closest", "did_you_mean",
           "english_part", "quote_list", "show_value"]


@dataclass(frozen=True)
class SourceRef:
    """Where something was written: a path relative to the project root and a 1-based line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


class LocatedError(Exception):
    """Base of every error staff can meet: the file, the line, what is wrong and how to fix it.

    ``str()`` is ``<file>:<line>: <message>. <fix>`` - a location an editor can jump to, then plain words;
    made with :func:`bilingual`, ``<message>. <fix>`` is Vietnamese, then ``(EN: ...)`` English.
    Hooks turn it into one MkDocs ``PluginError`` line (never a traceback). A subclass per concern
    (data, news, pages...) lets callers catch their own kind; all share these four attributes.
    A single preformatted ``"<file>:<line>: <text>"`` string is accepted too (split into its parts).
    """

    def __init__(self, file: str, line: int | None = None, message: str | None = None, fix: str = "") -> None:
        if line is None and message is None:  # one preformatted "<file>:<line>: <text>" string
            file, line, message, fix = _split_located(file)
        self.file, self.line = file, int(line or 1)
        self.message = (message or "").strip().rstrip(".")
        fix = fix.strip()
        self.fix = fix if not fix or fix.endswith((".", "?", "!", ")")) else fix + "."
        super().__init__(str(self))

    def __str__(self) -> str:
        whole = not self.fix and self.message.endswith(")") and "(EN: " in self.message  # preformatted, bilingual
        end = "" if self.message.endswith(("?", "!")) or whole else "."
        return f"{self.file}:{self.line}: {self.message}{end}" + (f" {self.fix}" if self.fix else "")

    def __reduce__(self):  # keep pickling (e.g. multiprocessing) working
        return (LocatedError._rebuild, (type(self), self.file, self.line, self.message, self.fix))

    @staticmethod
    def _rebuild(cls, file, line, message, fix):
        error = LocatedError.__new__(cls)
        LocatedError.__init__(error, file, line, message, fix)
        return error


def _split_located(text: str) -> tuple[str, int, str, str]:
    match = re.match(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+): (?P<rest>.*)$", text, re.S)
    if not match:
        return "<unknown>", 1, text, ""
    return match.group("file"), int(match.group("line")), match.group("rest"), ""


class DataError(LocatedError):
    """A problem in a data file, worded for the person who has to fix it.

    ``problem`` says what is wrong (no final full stop), ``fix`` says what to do (a full sentence).
    """

    def __init__(self, source: SourceRef, problem: str, fix: str) -> None:
        self.source = source
        super().__init__(source.path, source.line, problem, fix)

    @property
    def problem(self) -> str:
        return self.message

    def __reduce__(self):
        return (type(self), (self.source, self.message, self.fix))


def closest(word: object, choices: Iterable[str]) -> str | None:
    """The choice ``word`` was most likely meant to be (same letters but the case, or a close typo)."""
    if not isinstance(word, str):
        return None
    options = list(choices)
    lowered = {option.lower(): option for option in options}
    if word.lower() in lowered:  # only the case differs
        return lowered[word.lower()]
    matches = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return matches[0] if matches else None


def did_you_mean(word: object, choices: Iterable[str], lang: str = "en") -> str:
    """Return ``"Did you mean `x`? "`` (``"Có phải là `x`? "`` in Vietnamese) for the closest choice, or ``""``.

    Typos such as ``titel`` or ``dong-kh`` are the most common editing mistake;
    naming the intended word saves staff a trip to the schema.
    """
    match = closest(word, choices)
    if match is None:
        return ""
    return f"Có phải là `{match}`? " if lang == "vi" else f"Did you mean `{match}`? "


def quote_list(items: Iterable[object], limit: int = 15, lang: str = "en") -> str:
    """Format allowed values as ```a`, `b`, `c``` (shortened when very long)."""
    values = [f"`{item}`" for item in items]
    if len(values) > limit:
        more = len(values) - limit
        values = values[:limit] + [f"... (và {more} giá trị khác)" if lang == "vi" else f"... ({more} more)"]
    return ", ".join(values)


def show_value(value: object, limit: int = 60, lang: str = "en") -> str:
    """Render a value from the data for a message, shortened so one line stays readable."""
    if value is None:
        text = "trống" if lang == "vi" else "nothing"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = str(value).replace("\n", " ")
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return f"`{text}`"


def bilingual(vi_problem: str, vi_fix: str, en_problem: str, en_fix: str) -> tuple[str, str]:
    """``(message, fix)`` for a :class:`LocatedError` read by staff: Vietnamese first, then English.

    ``LocatedError(file, line, *bilingual(...))`` reads
    ``file:line: <vi problem>. <vi fix>. (EN: <en problem>. <en fix>.)``: the Vietnamese problem is the
    error's ``message``; its ``fix`` holds the Vietnamese fix and the English translation of both.
    Either fix may be empty when the problem says it all.
    """
    english = " ".join(_sentence(part) for part in (en_problem, en_fix) if part.strip())
    fix = " ".join(part for part in (_sentence(vi_fix) if vi_fix.strip() else "", f"(EN: {english})") if part)
    return vi_problem.strip(), fix


def bilingual_text(vi_problem: str, vi_fix: str, en_problem: str, en_fix: str) -> str:
    """The same sentence as :func:`bilingual`, as one string without a location (e.g. after ``file: ``)."""
    message, fix = bilingual(vi_problem, vi_fix, en_problem, en_fix)
    return f"{_sentence(message)} {fix}"


def english_part(text: str) -> str:
    """The English half of a bilingual message (what follows ``(EN: ``), or ``""``."""
    start = text.find("(EN: ")
    return text[start + 5:].rstrip().removesuffix(")") if start != -1 else ""


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."

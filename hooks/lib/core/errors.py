"""Located, human-readable errors for the YAML data files.

Staff edit ``data/*.yml`` by hand, and the first thing they see when something
is wrong is the message of this exception (the MkDocs hooks wrap it in a
``PluginError``).  It therefore always reads
``data/<file>.yml:<line>: <what is wrong>. <how to fix it>`` - a location an
editor can jump to, then plain English - and never a Python traceback.

Pure Python: no MkDocs, no YAML, no jsonschema imports, so every layer can use it.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Iterable

__all__ = ["LocatedError", "DataError", "SourceRef", "bilingual", "did_you_mean", "quote_list", "show_value"]


@dataclass(frozen=True)
class SourceRef:
    """Where something was written: a path relative to the project root and a 1-based line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


class LocatedError(Exception):
    """Base of every error staff can meet: the file, the line, what is wrong and how to fix it.

    ``str()`` is ``<file>:<line>: <message>. <fix>`` - a location an editor can jump to, then plain words.
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
        end = "" if self.message.endswith(("?", "!")) else "."
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


def did_you_mean(word: object, choices: Iterable[str]) -> str:
    """Return ``"Did you mean `x`? "`` for the closest choice, or ``""`` if none is close.

    Typos such as ``titel`` or ``dong-kh`` are the most common editing mistake;
    naming the intended word saves staff a trip to the schema.
    """
    if not isinstance(word, str):
        return ""
    options = list(choices)
    lowered = {option.lower(): option for option in options}
    if word.lower() in lowered:  # only the case differs
        return f"Did you mean `{lowered[word.lower()]}`? "
    matches = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f"Did you mean `{matches[0]}`? " if matches else ""


def quote_list(items: Iterable[object], limit: int = 15) -> str:
    """Format allowed values as ```a`, `b`, `c``` (shortened when very long)."""
    values = [f"`{item}`" for item in items]
    if len(values) > limit:
        values = values[:limit] + [f"... ({len(values) - limit} more)"]
    return ", ".join(values)


def show_value(value: object, limit: int = 60) -> str:
    """Render a value from the data for a message, shortened so one line stays readable."""
    if value is None:
        text = "nothing"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = str(value).replace("\n", " ")
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return f"`{text}`"


def bilingual(vi_problem: str, vi_fix: str, en_problem: str, en_fix: str) -> tuple[str, str]:
    """``(message, fix)`` for a :class:`LocatedError` read by staff: Vietnamese first, then English.

    ``str()`` of the error is then ``file:line: <vi problem>. <vi fix>. / <en problem>. <en fix>.``
    """
    return f"{_sentence(vi_problem)} {_sentence(vi_fix)} / {en_problem.strip().rstrip('.')}", en_fix


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."

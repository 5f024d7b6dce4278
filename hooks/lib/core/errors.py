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
from dataclasses import dataclass
from typing import Iterable

__all__ = ["DataError", "SourceRef", "did_you_mean", "quote_list", "show_value"]


@dataclass(frozen=True)
class SourceRef:
    """Where something was written: a path relative to the project root and a 1-based line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


class DataError(Exception):
    """A problem in a data file, worded for the person who has to fix it.

    ``problem`` says what is wrong (no final full stop), ``fix`` says what to do
    (a full sentence).  Both are kept as attributes so tools can re-format them.
    """

    def __init__(self, source: SourceRef, problem: str, fix: str) -> None:
        self.source = source
        self.problem = problem.strip().rstrip(".")
        fix = fix.strip()
        self.fix = fix if fix.endswith((".", "?", "!")) else fix + "."
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}. {self.fix}"

    def __reduce__(self):  # keep pickling (e.g. multiprocessing) working with 3 args
        return (type(self), (self.source, self.problem, self.fix))


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

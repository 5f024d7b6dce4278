"""The build's error lines as problems the preview's error page shows (pure).

A failed build logs its reasons as ERROR lines: located ones read ``<file>:<line>: <Vietnamese> /
<English>`` (hooks/lib/core/errors.py ``bilingual``), MkDocs' own are plain English. The page shows
each problem once, its place first (the file and line to open), then the Vietnamese and the English
text. MkDocs' bare "Error reading page 'x.md':" lines only announce the message that follows: they are
left out when another line says what is wrong.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_LOCATED = re.compile(r"^(?P<file>[^\s:][^:\n]*):(?P<line>\d+): (?P<rest>.*)$", re.S)
_ANNOUNCE = re.compile(r"^Error (?:reading|building) page '[^']*':$")
SEPARATOR = " / "  # between the Vietnamese and the English text of a bilingual message


@dataclass(frozen=True)
class Problem:
    location: str        # "data/resources.yml:12", or "" when the message names no place
    vi: str              # the message in Vietnamese (or the whole message when it is not bilingual)
    en: str = ""         # its English part, if any


def problems(lines: Iterable[str]) -> list[Problem]:
    """The distinct problems of a failed build's ERROR lines, in the order they were logged."""
    texts = list(dict.fromkeys(line.strip() for line in lines if line and line.strip()))
    if any(not _ANNOUNCE.match(text) for text in texts):
        texts = [text for text in texts if not _ANNOUNCE.match(text)]
    return [problem(text) for text in texts]


def problem(text: str) -> Problem:
    location, rest = "", text
    if match := _LOCATED.match(text):
        location, rest = f"{match['file']}:{match['line']}", match["rest"]
    vi, _, en = rest.partition(SEPARATOR)
    return Problem(location, vi.strip(), en.strip())

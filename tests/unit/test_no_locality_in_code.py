"""No string in hooks/ or overrides/ code names a year, the district, its city, its wards or how many wards
it has: they are data (data/site.yml, data/wards.yml, data/editions/) and words (overrides/locales/), so
the week of another year, or another district, needs no code change (issue 12).

Python: every string token (``tokenize``), docstrings and comments excepted. Templates: every piece of
template text and every string literal (jinja2's own lexer), template comments excepted.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import jinja2
import pytest

ROOT = Path(__file__).resolve().parents[2]

# What the code must never spell. Spelt literally: an oracle taken from data/ would miss the next district.
FORBIDDEN = re.compile(
    r"\b20\d\d\b"  # a year
    r"|Ngô Quyền|Ngo Quyen|Hải Phòng|Hai Phong"  # the district, the city
    r"|\b12\s+(?:phường|wards?)\b"  # the number of wards
    r"|Cầu Đất|Cầu Tre|Đằng Giang|Đông Khê|Đổng Quốc Bình|Gia Viên|Lạc Viên|Lạch Tray|Lê Lợi|Máy Chai"
    r"|Máy Tơ|Vạn Mỹ",  # the wards
    re.IGNORECASE,
)
# Standards whose names contain a year: XML namespaces (SVG 2000, Atom 2005, OPDS 2010), YAML's tags
# (tag:yaml.org,2002:...) and the JSON Schema draft the schemas are written in.
STANDARD_NAMES = re.compile(r"https?://[^\s\"'<>]+|tag:yaml\.org,2002:\w+|draft 2020-12")

PYTHON_FILES = sorted(ROOT.glob("hooks/**/*.py"))
TEMPLATE_FILES = sorted(
    p
    for p in ROOT.glob("overrides/**/*")
    if p.suffix in (".html", ".xml") and "assets" not in p.relative_to(ROOT).parts
)


def findings(text: str) -> list[str]:
    return [m.group(0) for m in FORBIDDEN.finditer(STANDARD_NAMES.sub(" ", text))]


def python_strings(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string token of ``source`` that is not a docstring."""
    docstrings = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                docstrings.add((first.lineno, first.col_offset))
    kinds = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}  # f-strings split from 3.12
    return [
        (tok.start[0], tok.string)
        for tok in tokenize.generate_tokens(io.StringIO(source).readline)
        if tok.type in kinds and tok.start not in docstrings
    ]


def template_texts(source: str) -> list[tuple[int, str]]:
    """(line, text) of every piece of template text and string literal (comments are not tokens)."""
    return [(line, value) for line, kind, value in jinja2.Environment().lex(source) if kind in ("data", "string")]


@pytest.mark.parametrize("path", PYTHON_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_python_strings_name_no_year_or_place(path: Path) -> None:
    found = [
        f"{line}: {hit!r} in {text[:80]!r}"
        for line, text in python_strings(path.read_text(encoding="utf-8"))
        for hit in findings(text)
    ]
    assert not found, "move these to data/ or overrides/locales/:\n" + "\n".join(found)


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_template_text_names_no_year_or_place(path: Path) -> None:
    found = [
        f"{line}: {hit!r} in {text.strip()[:80]!r}"
        for line, text in template_texts(path.read_text(encoding="utf-8"))
        for hit in findings(text)
    ]
    assert not found, "move these to data/ or overrides/locales/:\n" + "\n".join(found)


def test_the_scanners_see_strings_and_skip_comments_and_docstrings() -> None:
    python = (
        '"""Module docstring of 2022."""\n# a comment on Ngô Quyền\n'
        'def f():\n    """Docstring, Hải Phòng."""\n    return f"quận Ngô Quyền có 12 phường {x}"\n'
        "XMLNS = \"http://www.w3.org/2000/svg\"\nYEAR = '2023'\n"
    )
    hits = [(line, hit) for line, text in python_strings(python) for hit in findings(text)]
    assert hits == [(5, "Ngô Quyền"), (5, "12 phường"), (7, "2023")]
    template = '{#- made in 2022 for Ngô Quyền -#}<p>{{ ui.x }} Hải Phòng</p>{{ "2024" if y }}'
    hits = [hit for _, text in template_texts(template) for hit in findings(text)]
    assert hits == ["Hải Phòng", "2024"]
    assert len(PYTHON_FILES) > 50 and len(TEMPLATE_FILES) > 20

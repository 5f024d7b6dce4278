"""Material's inline scripts, moved into files (overrides/assets/javascripts/material/), still carry
Material's code: a Material upgrade that changes one fails here, naming the file to re-copy."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from tests.support.project import ROOT

PARTIALS = Path(material.__file__).parent / "templates" / "partials" / "javascripts"
OURS = ROOT / "overrides" / "assets" / "javascripts" / "material"


def material_scripts(partial: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", (PARTIALS / partial).read_text(encoding="utf-8"), re.S)


def code(name: str) -> str:
    """The file's code without its leading comment."""
    return re.sub(r"\A/\*.*?\*/\n", "", (OURS / name).read_text(encoding="utf-8"), flags=re.S).strip()


@pytest.mark.parametrize(
    "partial, index, ours",
    [
        ("palette.html", 0, "palette.js"),
        ("announce.html", 0, "announce.js"),
        ("consent.html", 0, "consent.js"),
        ("content.html", 0, "content-tabs.js"),
        ("content.html", 1, "content.js"),
    ],
)
def test_page_independent_scripts_are_copied_unchanged(partial, index, ours):
    assert code(ours) == material_scripts(partial)[index]


def test_scope_script_changes_only_how_the_site_root_is_found():
    (theirs,) = material_scripts("base.html")
    head = '__md_scope=new URL("{{ config.extra.scope | d(base_url) }}",location)'
    assert theirs.startswith(head)
    assert code("base.js") == (
        "__md_scope=function(s){return s.dataset.mdScope?new URL(s.dataset.mdScope,location)"
        ':new URL("../../..",s.src)}(document.currentScript)' + theirs[len(head) :]
    )


def test_outdated_script_changes_only_how_the_site_root_is_found():
    (theirs,) = material_scripts("outdated.html")
    assert code("outdated.js") == theirs.replace(
        'new URL("{{ base_url }}")', 'new URL("../../..",document.currentScript.src)'
    )


def test_every_material_inline_script_partial_is_overridden():
    with_scripts = sorted(p.name for p in PARTIALS.glob("*.html") if material_scripts(p.name))
    ours = sorted(p.name for p in (ROOT / "overrides" / "partials" / "javascripts").glob("*.html"))
    assert (
        with_scripts
        == ours
        == ["announce.html", "base.html", "consent.html", "content.html", "outdated.html", "palette.html"]
    )
    for name in ours:
        assert "<script>" not in (ROOT / "overrides" / "partials" / "javascripts" / name).read_text()

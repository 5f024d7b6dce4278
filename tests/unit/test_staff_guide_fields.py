"""The staff guides document every field staff can write: a new field cannot go undocumented.

Every property of every JSON Schema in data/schemas/ (the data files) and every front matter key of a
news post (hooks/lib/news/model.py) must be named, in backticks, in both staff guides; and every data
file with a schema must be named by its file name.
"""

from __future__ import annotations

import json
import re

import pytest

from hooks.lib.news.model import KNOWN_KEYS as POST_KEYS
from tests.support.project import ROOT

GUIDES = {"vi": ROOT / "docs/vi/huong-dan-bien-tap.md", "en": ROOT / "docs/en/staff-guide.md"}
SCHEMAS = sorted((ROOT / "data/schemas").glob("*.schema.json"))


def properties(node) -> set[str]:
    """Every name under a ``properties`` of a schema, at any depth (items, $defs, nested objects)."""
    found: set[str] = set()
    if isinstance(node, dict):
        found |= set(node.get("properties", {}))
        for value in node.values():
            found |= properties(value)
    elif isinstance(node, list):
        for value in node:
            found |= properties(value)
    return found


def named(text: str) -> set[str]:
    """The words a guide writes in backticks (`name`, `name:`, `name: value` all name `name`)."""
    return {match.group(1) for match in re.finditer(r"`([A-Za-z_][\w-]*)(?::[^`]*)?`", text)}


def test_the_schemas_are_read():
    everything = set().union(*(properties(json.loads(p.read_text(encoding="utf-8"))) for p in SCHEMAS))
    assert {"current_edition", "banner_break", "licence_note", "opening_hours", "full_name", "sample"} <= everything
    assert named("Ghi `sample: true` hoặc `ward:`, `may-to` và `[a, b]`") == {"sample", "ward", "may-to"}


@pytest.mark.parametrize("lang", sorted(GUIDES))
@pytest.mark.parametrize("schema", SCHEMAS, ids=[p.name for p in SCHEMAS])
def test_every_field_of_every_data_file_is_in_both_guides(lang, schema):
    text = GUIDES[lang].read_text(encoding="utf-8")
    missing = sorted(properties(json.loads(schema.read_text(encoding="utf-8"))) - named(text))
    assert missing == [], f"{GUIDES[lang].name} does not document {missing} of {schema.name}"
    stem = schema.name.removesuffix(".schema.json")
    assert stem == "common" or f"{stem}.yml`" in text, f"{GUIDES[lang].name} does not name {stem}.yml"


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_every_front_matter_key_of_a_post_is_in_both_guides(lang):
    text = GUIDES[lang].read_text(encoding="utf-8")
    assert sorted(set(POST_KEYS) - named(text)) == []
    assert "`data/news-categories.yml`" in text and "`data/pages.yml`" in text


# Commands staff type. Only the project's scripts/ work in a fresh terminal (each sets up .venv itself):
# `mkdocs build` was "command not found" there, so the guides may not name it (or pip, python...).
FENCE = re.compile(r"^```(?:sh|bash|shell|console)\n(.*?)^```", re.S | re.M)
SCRIPT = re.compile(r"(?<![\w./-])scripts/([\w-]+)")


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_every_command_in_the_guides_is_a_script_of_the_project(lang):
    text = GUIDES[lang].read_text(encoding="utf-8")
    lines = [line.strip() for block in FENCE.findall(text) for line in block.splitlines() if line.strip()]
    assert "scripts/serve" in lines and "scripts/publish --rollback /srv/hoctapsuotdoi" in lines
    assert [line for line in lines if not line.startswith("scripts/")] == []
    for name in set(SCRIPT.findall(text)):
        script = ROOT / "scripts" / name
        assert script.is_file() and script.stat().st_mode & 0o111, f"{GUIDES[lang].name} names scripts/{name}"
    assert re.findall(r"`(?:mkdocs|pip3?|python3?) [^`]*`", text) == []

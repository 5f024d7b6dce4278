"""Material's words come from our UI tables: every key of Material's English table exists in both of ours,
and our copy of Material's palette partial differs from Material's only in its labels. A Material upgrade
that adds a key or changes the partial fails here, naming what to add or re-copy."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from hooks.lib import i18n
from tests.support.project import ROOT
from tests.support.strings import ui_strings

TEMPLATES = Path(material.__file__).parent / "templates"
NOT_TEXT = {"language", "direction", "search.config.lang", "search.config.pipeline", "search.config.separator"}


def material_keys() -> set[str]:
    text = (TEMPLATES / "partials" / "languages" / "en.html").read_text(encoding="utf-8")
    return set(re.findall(r'^\s*"([a-z.]+)":', text, re.M))


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_material_text_is_in_our_table(lang):
    keys = material_keys()
    assert {"search.result.initializer", "top", "clipboard.copy"} <= keys
    ours = {key.replace("_", ".") for key in ui_strings(lang).material}
    assert ours == keys - NOT_TEXT


def test_vietnamese_material_texts_are_vietnamese():
    ui = ui_strings("vi").material
    assert ui.search_result_initializer == "Đang chuẩn bị tìm kiếm"
    assert ui.top == "Về đầu trang"
    english = ui_strings("en").material
    same = {key for key in ui if ui[key] == english[key]}
    assert same == set(), same  # no English left in the Vietnamese table


def test_palette_partial_changes_only_the_labels():
    theirs = (TEMPLATES / "partials" / "palette.html").read_text(encoding="utf-8")
    ours = (ROOT / "overrides" / "partials" / "palette.html").read_text(encoding="utf-8")
    body = ours.split("-#}\n", 1)[1]
    label_line = '    {% set label = ui.palette.to_light if scheme == "slate" else ui.palette.to_dark %}\n'
    assert label_line in body
    restored = body.replace(label_line, "").replace("{{ label }}", "{{ option.toggle.name }}")
    assert restored == theirs.split("-#}\n", 1)[1]

"""The UI strings tables (overrides/locales/<lang>.yml): same keys in every language, strict lookups."""

from __future__ import annotations

from datetime import date

import pytest

from hooks.lib import i18n
from hooks.lib.editions import status
from hooks.lib.i18n import UiKeyError, UiStrings, missing_keys
from tests.support.strings import LOCALES, ui_strings


def test_every_key_exists_in_both_languages():
    tables = {lang: ui_strings(lang) for lang in i18n.LANGUAGES}
    assert missing_keys(tables) == {"vi": set(), "en": set()}
    assert len(tables["vi"].keys_flat()) > 100


def test_a_key_missing_from_one_language_is_found(tmp_path):
    text = (LOCALES / "en.yml").read_text(encoding="utf-8")
    assert "  open_resource: Open the resource\n" in text
    (tmp_path / "en.yml").write_text(text.replace("  open_resource: Open the resource\n", ""), encoding="utf-8")
    (tmp_path / "vi.yml").write_text((LOCALES / "vi.yml").read_text(encoding="utf-8"), encoding="utf-8")
    tables = {lang: i18n.load_ui_strings(tmp_path, lang) for lang in i18n.LANGUAGES}
    assert missing_keys(tables) == {"vi": set(), "en": {"data.open_resource"}}


def test_lookups_are_strict_and_read_only():
    ui = UiStrings({"data": {"schedule": "Lịch"}})
    assert ui.data.schedule == ui["data"]["schedule"] == "Lịch"
    with pytest.raises(
        UiKeyError,
        match=r"^ui\.data\.shedule không có trong bảng chữ giao diện.*"
        r"\(EN: ui\.data\.shedule is not a UI string",
    ):
        _ = ui.data.shedule
    with pytest.raises(TypeError):
        ui.data.schedule = "x"


def test_site_placeholders_are_filled_and_others_kept():
    ui = UiStrings({"a": "{week_name} – {count}", "dates": {"date": "{day:02d}/{month:02d}/{year}"}})
    filled = ui.filled({"week_name": "Tuần lễ 2022", "ward_count": 12})
    assert filled.a == "Tuần lễ 2022 – {count}"
    assert filled.dates.date == "{day:02d}/{month:02d}/{year}"


def test_real_tables_use_only_known_site_placeholders():
    facts = {"week_name", "locality", "city", "ward_count", "week_year"}
    import string

    for lang in i18n.LANGUAGES:
        ui = ui_strings(lang)
        for key in ui.keys_flat():
            value = ui
            for part in key.split("."):
                value = value[part]
            for item in value if isinstance(value, tuple) else [value]:
                names = {f for _, f, _, _ in string.Formatter().parse(str(item)) if f}
                unknown = (
                    names
                    - facts
                    - {
                        "start",
                        "end",
                        "count",
                        "shown",
                        "total",
                        "facet",
                        "value",
                        "ward",
                        "label",
                        "month",
                        "n",
                        "url",
                        "activities",
                        "libraries",
                        "dates",
                        "host",
                        "day",
                        "year",
                        "month_name",
                        "month_short",
                        "weekday",
                        "date",
                        "start_day",
                        "days",
                        "number",
                        "slogan",
                        "document",
                        "section",
                    }
                )
                assert not unknown, (lang, key, unknown)


@pytest.mark.parametrize(
    "lang,expected",
    [
        ("vi", ("01/10/2022", "Thứ Bảy, 01/10/2022", "tháng 10/2022", "01/10")),
        ("en", ("1 October 2022", "Saturday 1 October 2022", "October 2022", "1 Oct")),
    ],
)
def test_date_formats_come_from_the_table(lang, expected):
    ui = ui_strings(lang)
    day = date(2022, 10, 1)
    assert (
        i18n.format_date(day, ui),
        i18n.format_weekday_date(day, ui),
        i18n.format_month(2022, 10, ui),
        i18n.format_short_date(day, ui),
    ) == expected


# --- Plural forms (hooks/lib/editions/status.py `plural`, `plural_count`; the `plural` template filter) ---------


def test_plural_picks_one_for_one_and_other_for_every_other_count():
    forms = {"one": "1 activity", "other": "{count} activities"}
    assert [status.plural_count(forms, n) for n in (0, 1, 2, 21)] == [
        "0 activities",
        "1 activity",
        "2 activities",
        "21 activities",
    ]
    # Vietnamese has one form only: the same words for every count.
    assert [status.plural_count({"other": "{count} hoạt động"}, n) for n in (1, 2)] == ["1 hoạt động", "2 hoạt động"]
    # A form with other placeholders is left for its caller to fill (the catalogue filter's script fills {shown}).
    assert (
        status.plural({"one": "Showing {shown} of 1 resource", "other": "Showing {shown} of {total} resources"}, 1)
        == "Showing {shown} of 1 resource"
    )
    assert status.plural("Lịch", 5) == "Lịch"


def _leaves(node, key=""):
    """(dotted key, UiStrings or str) for every value of a table, plural forms kept whole."""
    if isinstance(node, str):
        yield key, node
        return
    if isinstance(node, tuple):  # a list of strings (month names...)
        for item in node:
            yield from _leaves(item, key)
        return
    names = set(node.keys())
    if names and names <= {"one", "other"}:
        yield key, node
        return
    for name in names:
        yield from _leaves(node[name], f"{key}.{name}".lstrip("."))


def test_every_english_count_has_a_singular_form():
    """A count followed by a noun ("{count} activities") must be a {one, other} form: else "1 activities"."""
    import re

    counted = re.compile(r"\{(count|total|days|n)\}\s+[A-Za-z]")  # {activities}: already "1 activity"
    plain, forms = [], 0
    for key, value in _leaves(ui_strings("en")):
        if isinstance(value, str):
            if counted.search(value):
                plain.append(key)
        else:
            forms += 1
            assert "one" in value.keys(), key  # e.g. one: "1 activity" or "{count} banner"
    assert plain == [] and forms >= 8

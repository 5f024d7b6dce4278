"""The UI strings tables (overrides/locales/<lang>.yml): same keys in every language, strict lookups."""
from __future__ import annotations

from datetime import date

import pytest

from hooks.lib import i18n
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
    with pytest.raises(UiKeyError, match=r"^ui\.data\.shedule không có trong bảng chữ giao diện.*"
                                         r"\(EN: ui\.data\.shedule is not a UI string"):
        ui.data.shedule
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
            for item in (value if isinstance(value, tuple) else [value]):
                names = {f for _, f, _, _ in string.Formatter().parse(str(item)) if f}
                unknown = names - facts - {"start", "end", "count", "shown", "total", "facet", "value", "ward",
                                           "label", "month", "n", "url", "activities", "libraries", "dates",
                                           "host", "day", "year", "month_name", "month_short", "weekday", "date",
                                           "start_day", "days", "number", "slogan",
                                           "document", "section"}
                assert not unknown, (lang, key, unknown)


@pytest.mark.parametrize("lang,expected", [("vi", ("01/10/2022", "Thứ Bảy, 01/10/2022", "tháng 10/2022", "01/10")),
                                           ("en", ("1 October 2022", "Saturday 1 October 2022", "October 2022",
                                                   "1 Oct"))])
def test_date_formats_come_from_the_table(lang, expected):
    ui = ui_strings(lang)
    day = date(2022, 10, 1)
    assert (i18n.format_date(day, ui), i18n.format_weekday_date(day, ui), i18n.format_month(2022, 10, ui),
            i18n.format_short_date(day, ui)) == expected

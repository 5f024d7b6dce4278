"""Tests for hooks/lib/data/load.py: every bad input gives one located, plain-English message.

Each bad-input case copies the small valid data set in tests/fixtures/bad_data/valid_base/ to
``tmp_path/data``, applies ONE defect (a readable text replacement, a deletion or raw bytes) and
checks that loading fails with ``data/<file>.yml:<line>:`` plus a key phrase.  The real
``data/`` folder is then checked against the content rules of the site.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

import pytest
import yaml

from hooks.lib.data.load import DATA_FILES, DataError, SiteData, Text, load_site_data

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
SCHEMAS = DATA / "schemas"
BASE = ROOT / "tests" / "fixtures" / "bad_data" / "valid_base"

Patch = Callable[[Path], None]


def replace(old: str, new: str) -> Patch:
    """Replace the one occurrence of ``old`` (fails loudly if the base file changed)."""
    def apply(path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur exactly once in {path.name}"
        path.write_text(text.replace(old, new), encoding="utf-8")
    return apply


def replace_with_latin1(old: str, new: str) -> Patch:
    """Like :func:`replace`, but the new text is written in Latin-1, as an old editor would."""
    def apply(path: Path) -> None:
        raw = path.read_bytes()
        assert raw.count(old.encode("utf-8")) == 1
        path.write_bytes(raw.replace(old.encode("utf-8"), new.encode("latin-1")))
    return apply


def both(first: Patch, second: Patch) -> Patch:
    """Two edits that together make one defect."""
    def apply(path: Path) -> None:
        first(path)
        second(path)
    return apply


def delete(path: Path) -> None:
    path.unlink()


def empty(path: Path) -> None:
    path.write_text("", encoding="utf-8")


@dataclass(frozen=True)
class Case:
    name: str
    file: str        # data file the defect is in
    patch: Patch
    where: str       # exact start of the message
    phrase: str      # a key phrase the message must contain


CASES = [
    Case("yaml_syntax_error", "activities.yml",
         replace("    type: launch_ceremony\n", "    type: launch_ceremony\n   ward: cau-dat\n"),
         "data/activities.yml:6:", "YAML syntax error"),
    Case("tab_indentation", "wards.yml", replace('    name: "Cầu Đất"', '\tname: "Cầu Đất"'),
         "data/wards.yml:4:", "YAML syntax error at column 1: a tab character is used. Indent with spaces only"),
    Case("wrong_type_list", "resources.yml", replace("language: [en]", "language: en"),
         "data/resources.yml:20:", "`language` of resource `mit-opencourseware` should be a list"),
    Case("wrong_type_boolean_yes", "activities.yml",
         replace("    link: \"https://vi.khanacademy.org/\"\n    sample: true", "    link: \"https://vi.khanacademy.org/\"\n    sample: yes"),
         "data/activities.yml:25:", "should be `true` or `false`, but it is the text `yes`"),
    Case("missing_required_field", "activities.yml", replace("    ward: cau-dat\n", ""),
         "data/activities.yml:3:", "activity `launch` is missing the required field `ward`. Add a line `ward:` to it"),
    Case("missing_translation", "week.yml",
         replace('  en: "Promoting digital transformation for lifelong learning after the COVID-19 pandemic"\n', ""),
         "data/week.yml:3:", "`theme` is missing the required field `en`"),
    Case("text_not_bilingual", "activities.yml",
         replace('title: {vi: "Lễ phát động", en: "Launch ceremony"}', 'title: "Lễ phát động"'),
         "data/activities.yml:4:", "`title` of activity `launch` should be a block of fields, but it is the text `Lễ phát động`. "
         'Write it as two indented lines `vi: "..."` and `en: "..."`'),
    Case("language_key_typo", "wards.yml", replace('en: "Đông Khê Ward"', 'eng: "Đông Khê Ward"'),
         "data/wards.yml:8:", "unknown field `eng` in `full_name` of ward `dong-khe`. Did you mean `en`?"),
    Case("empty_translation", "activities.yml", replace('en: "Online session"', 'en: "  "'),
         "data/activities.yml:15:", "`title.en` of activity `online-session` is empty"),
    Case("unknown_key_typo", "activities.yml", replace('    title: {vi: "Lễ phát động"', '    titel: {vi: "Lễ phát động"'),
         "data/activities.yml:4:", "unknown field `titel` in activity `launch`. Did you mean `title`?"),
    Case("duplicate_id", "activities.yml", replace("  - id: online-session", "  - id: launch"),
         "data/activities.yml:14:", "the id `launch` is used twice (first on line 3)"),
    Case("duplicate_yaml_key", "activities.yml",
         replace("    sample: true\n  - id: online-session", "    sample: true\n    sample: false\n  - id: online-session"),
         "data/activities.yml:14:", "the field `sample` is written twice in the same block (first on line 13)"),
    Case("impossible_date", "week.yml", replace("document_date: 2022-10-03", "document_date: 2022-02-30"),
         "data/week.yml:10:", "`document_date` is `2022-02-30`, which is not a real date (February 2022 has 28 days)"),
    Case("badly_written_date", "week.yml", replace("start: 2022-10-01", "start: 1/10/2022"),
         "data/week.yml:6:", "Write the date as YYYY-MM-DD"),
    Case("end_before_start", "activities.yml", replace("end: 2022-10-01T09:30", "end: 2022-10-01T07:30"),
         "data/activities.yml:7:", "activity `launch` ends (2022-10-01T07:30) before it starts (2022-10-01T08:00)"),
    Case("activity_outside_week", "activities.yml",
         replace("start: 2022-10-03T19:30\n    end: 2022-10-03T21:00", "start: 2022-10-08T19:30\n    end: 2022-10-08T21:00"),
         "data/activities.yml:17:", "is outside the Week (2022-10-01 to 2022-10-07)"),
    Case("unknown_ward", "activities.yml", replace("ward: dong-khe", "ward: dong-kh"),
         "data/activities.yml:19:", "`dong-kh` is not an allowed value for `ward` of activity `online-session`. Did you mean `dong-khe`?"),
    Case("javascript_url", "resources.yml", replace('url: "https://ocw.mit.edu/"', 'url: "javascript:alert(1)"'),
         "data/resources.yml:17:", "`url` of resource `mit-opencourseware` is `javascript:alert(1)`, which is not valid. Use a full web address that starts with https://"),
    Case("data_url_link", "activities.yml",
         replace('link: "https://vi.khanacademy.org/"', 'link: "data:text/html;base64,PHNjcmlwdD4="'),
         "data/activities.yml:24:", "Use a full web address that starts with https://"),
    Case("not_utf8", "wards.yml", replace_with_latin1('name: "Đông Khê"', 'name: "Café"'),
         "data/wards.yml:7:", "the file is not saved as UTF-8"),
    Case("unknown_format_enum", "activities.yml", replace("format: online", "format: offline"),
         "data/activities.yml:21:", "`offline` is not an allowed value for `format` of activity `online-session`. Did you mean `online`?"),
    Case("unknown_activity_type", "activities.yml", replace("type: launch_ceremony", "type: launch-ceremony"),
         "data/activities.yml:5:", "`launch-ceremony` is not an allowed value for `type` of activity `launch`. Did you mean `launch_ceremony`?"),
    Case("type_missing_from_vocabulary", "vocabularies.yml",
         replace("  - id: online_learning\n    label: {vi: \"Học tập trực tuyến\", en: \"Online learning\"}\n", ""),
         "data/activities.yml:16:", "`online_learning` is not a known activity type"),
    Case("old_free_text_licence", "resources.yml",
         replace("licence: free_to_use", 'licence: "Miễn phí sử dụng / Free to use"'),
         "data/resources.yml:8:", "is not an allowed value for `licence` of resource `khan-academy-vi`"),
    Case("licence_missing_from_vocabulary", "vocabularies.yml",
         replace('  - id: free_to_use\n    label: {vi: "Miễn phí sử dụng", en: "Free to use"}\n', ""),
         "data/resources.yml:8:", "`free_to_use` is not a known licence"),
    Case("alias_collides_with_id", "resources.yml", replace("aliases: [mit-ocw]", "aliases: [khan-academy-vi]"),
         "data/resources.yml:14:", "the alias `khan-academy-vi` of resource `mit-opencourseware` is already the id of resource `khan-academy-vi` (line 3)"),
    Case("invalid_id", "resources.yml", replace("- id: khan-academy-vi", "- id: Khan Academy"),
         "data/resources.yml:3:", "`id` of resource number 1 is `Khan Academy`, which is not valid. Use only lowercase letters a-z"),
    Case("python_tag", "resources.yml", replace('provider: "MIT"', 'provider: !!python/object/apply:os.system ["echo hacked"]'),
         "data/resources.yml:18:", "a YAML tag (`!` or `!!`) is not allowed here"),
    Case("yaml_alias", "activities.yml",
         both(replace('venue: {vi: "Nhà văn hóa", en: "Cultural house"}', 'venue: &place {vi: "Nhà văn hóa", en: "Cultural house"}'),
              replace('venue: {vi: "Trực tuyến", en: "Online"}', "venue: *place")),
         "data/activities.yml:20:", "YAML aliases (`*name`) are not supported"),
    Case("control_character", "wards.yml", replace('name: "Đông Khê"', 'name: "Đông\x07Khê"'),
         "data/wards.yml:7:", "invisible control character (code 0x07)"),
    Case("missing_file", "libraries.yml", delete, "data/libraries.yml:1:", "the file is missing"),
    Case("empty_file", "resources.yml", empty, "data/resources.yml:1:", "the file is empty"),
    Case("top_level_list", "wards.yml", replace("wards:\n", "- wards:\n"),
         "data/wards.yml:2:", "the file should be a block of fields"),
]


def make_data_dir(tmp_path: Path) -> Path:
    """A fresh copy of the valid base data (with the real schemas) at ``tmp_path/data``."""
    data = tmp_path / "data"
    shutil.copytree(BASE, data)
    shutil.copytree(SCHEMAS, data / "schemas")
    return data


def test_valid_base_loads(tmp_path: Path) -> None:
    site = load_site_data(make_data_dir(tmp_path))
    assert [ward.id for ward in site.wards] == ["cau-dat", "dong-khe"]
    assert site.resolve_resource("mit-ocw") is site.resources_by_id["mit-opencourseware"]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_gives_located_message(case: Case, tmp_path: Path) -> None:
    data = make_data_dir(tmp_path)
    case.patch(data / case.file)
    with pytest.raises(DataError) as caught:
        load_site_data(data)
    message = str(caught.value)
    assert message.startswith(case.where + " "), message
    assert case.phrase in message, message
    # One readable line: no traceback, no Python reprs, no raw jsonschema wording.
    assert "\n" not in message and "Traceback" not in message
    assert "is not valid under any" not in message and "was unexpected" not in message
    assert re.match(r"^data/\w+\.yml:\d+: [a-zA-Z`].*[.?)]$", message), message


def test_urls_are_checked_even_if_the_schema_is_relaxed(tmp_path: Path) -> None:
    """The Python check stops `javascript:` links even if someone loosens the schema pattern."""
    data = make_data_dir(tmp_path)
    common = data / "schemas" / "common.schema.json"
    schema = json.loads(common.read_text(encoding="utf-8"))
    del schema["$defs"]["url"]["pattern"]
    common.write_text(json.dumps(schema), encoding="utf-8")
    replace('url: "https://ocw.mit.edu/"', 'url: "javascript:alert(1)"')(data / "resources.yml")
    with pytest.raises(DataError, match=r"^data/resources\.yml:17: .*which is not a full http\(s\) web address"):
        load_site_data(data)


def test_message_format_is_what_then_how(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path)
    replace("ward: dong-khe", "ward: dong-kh")(data / "activities.yml")
    with pytest.raises(DataError) as caught:
        load_site_data(data)
    error = caught.value
    assert (error.source.path, error.source.line) == ("data/activities.yml", 19)
    assert str(error) == f"data/activities.yml:19: {error.problem}. {error.fix}"


def test_root_argument_sets_message_path(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path)
    empty(data / "week.yml")
    with pytest.raises(DataError, match=rf"^{re.escape(tmp_path.name)}/data/week\.yml:1: "):
        load_site_data(data, root=tmp_path.parent)
    with pytest.raises(DataError, match=r"^data/week\.yml:1: "):
        load_site_data(data, root=tmp_path)


def test_yaml_defaults_of_other_code_are_untouched() -> None:
    """The strict loader must not change PyYAML's global SafeLoader (no global mutable state)."""
    assert yaml.safe_load("a: 2022-10-01\nb: yes") == {"a": date(2022, 10, 1), "b": True}


def test_sitedata_does_not_import_mkdocs() -> None:
    code = ("import sys, hooks.lib.data.load; "
            "bad = [m for m in sys.modules if m.split('.')[0] == 'mkdocs']; assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_text_get() -> None:
    text = Text(vi="Phường", en="Ward")
    assert (text.get("vi"), text.get("en")) == ("Phường", "Ward")
    with pytest.raises(ValueError):
        text.get("fr")


# --- the real data --------------------------------------------------------------------------

WARD_IDS = ["cau-dat", "cau-tre", "dang-giang", "dong-khe", "dong-quoc-binh", "gia-vien", "lac-vien",
            "lach-tray", "le-loi", "may-chai", "may-to", "van-my"]
WEEK_DAYS = [date(2022, 10, day) for day in range(1, 8)]


@pytest.fixture(scope="module")
def site() -> SiteData:
    return load_site_data(DATA)


def test_week_facts(site: SiteData) -> None:
    week = site.week
    assert week.theme == Text(
        vi="Thúc đẩy chuyển đổi số phục vụ cho học tập suốt đời sau đại dịch COVID-19",
        en="Promoting digital transformation for lifelong learning after the COVID-19 pandemic")
    assert (week.start, week.end, week.document_date) == (date(2022, 10, 1), date(2022, 10, 7), date(2022, 10, 3))
    assert week.document_number == "11/HD-VHTT" and week.timezone == "Asia/Ho_Chi_Minh"
    assert week.issuer.vi == "Phòng Văn hóa và Thông tin quận Ngô Quyền"
    assert week.issuer.en.startswith("District Division of Culture and Information")
    assert list(week.days) == WEEK_DAYS


def test_wards(site: SiteData) -> None:
    assert [ward.id for ward in site.wards] == WARD_IDS
    for ward in site.wards:
        assert ward.full_name == Text(vi=f"Phường {ward.name}", en=f"{ward.name} Ward")
    assert site.wards_by_id["dong-quoc-binh"].name == "Đổng Quốc Bình"
    note = site.wards_by_id["cau-dat"].note
    assert note is not None and "Lương Khánh Thiện" in note.vi and "1 February 2020" in note.en


def test_vocabularies_use_glossary_terms(site: SiteData) -> None:
    vocab = site.vocabularies
    assert [(t.id, t.label.vi, t.label.en) for t in vocab.formats] == [
        ("in_person", "Trực tiếp", "In person"), ("online", "Trực tuyến", "Online"),
        ("hybrid", "Trực tiếp kết hợp trực tuyến", "Hybrid")]
    assert [(t.id, t.label.en) for t in vocab.library_kinds] == [
        ("public_library", "Public library"), ("school_library", "School library"),
        ("community_learning_centre", "Community learning centre"), ("cultural_house", "Cultural house")]
    assert "Association for Encouraging Learning" in vocab.activity_types.label("learning_models", "en")
    assert "open educational resources (OER)" in vocab.activity_types.label("online_learning", "en")


def _enum(schema_name: str, *path: str) -> list[str]:
    node = json.loads((SCHEMAS / schema_name).read_text(encoding="utf-8"))
    for part in path:
        node = node[part]
    return node["enum"]


def test_schema_enums_match_the_data(site: SiteData) -> None:
    """Schemas repeat the controlled values for editor autocomplete; they must not drift."""
    item = ("properties", "activities", "items", "properties")
    assert _enum("activities.schema.json", *item, "type") == [t.id for t in site.vocabularies.activity_types]
    assert _enum("activities.schema.json", *item, "format") == [t.id for t in site.vocabularies.formats]
    res = ("properties", "resources", "items", "properties")
    assert _enum("resources.schema.json", *res, "audience", "items") == [t.id for t in site.vocabularies.audiences]
    assert _enum("resources.schema.json", *res, "subject", "items") == [t.id for t in site.vocabularies.subjects]
    assert _enum("resources.schema.json", *res, "format") == [t.id for t in site.vocabularies.resource_formats]
    assert _enum("resources.schema.json", *res, "licence") == [t.id for t in site.vocabularies.licences]
    lib = ("properties", "libraries", "items", "properties")
    assert _enum("libraries.schema.json", *lib, "kind") == [t.id for t in site.vocabularies.library_kinds]
    assert _enum("common.schema.json", "$defs", "wardId") == WARD_IDS


def test_activities_cover_every_day_and_ward(site: SiteData) -> None:
    activities = site.activities
    assert len(activities) >= 12
    assert {a.start.date() for a in activities} >= set(WEEK_DAYS)
    assert {a.ward for a in activities} == set(WARD_IDS)
    assert all(a.sample for a in activities), "activities are not from a real source: sample: true"
    for activity in activities:
        assert WEEK_DAYS[0] <= activity.start.date() and activity.end.date() <= WEEK_DAYS[-1]
        assert activity.start < activity.end and str(activity.start.tzinfo) == "Asia/Ho_Chi_Minh"
    by_day = site.activities_by_day()
    assert list(by_day) == WEEK_DAYS and all(by_day.values())


def test_resources(site: SiteData) -> None:
    resources = site.resources
    assert len(resources) >= 20
    assert not any(r.sample for r in resources), "the catalogue lists only real resources"
    assert all(r.url.startswith("https://") for r in resources)
    assert sum("vi" in r.language for r in resources) >= 10
    assert site.resolve_resource("khan-academy-vi").url == "https://vi.khanacademy.org/"
    assert any(r.aliases for r in resources)
    for alias, resource_id in site.resource_aliases.items():
        assert site.resolve_resource(alias).id == resource_id and alias not in site.resources_by_id


def test_libraries(site: SiteData) -> None:
    for ward_id in WARD_IDS:
        kinds = {library.kind for library in site.libraries_in_ward(ward_id)}
        assert "community_learning_centre" in kinds, ward_id
    for library in site.libraries:
        assert library.sample or not library.contact.is_empty, f"{library.id}: verified entries need a contact"


@pytest.mark.parametrize("stem", DATA_FILES)
def test_data_files_declare_their_schema(stem: str) -> None:
    first_line = (DATA / f"{stem}.yml").read_text(encoding="utf-8").splitlines()[0]
    assert first_line == f"# yaml-language-server: $schema=schemas/{stem}.schema.json"
    assert (SCHEMAS / f"{stem}.schema.json").is_file()

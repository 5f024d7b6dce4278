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
from datetime import date
from pathlib import Path

import pytest
import yaml

from hooks.lib.data.load import DataError, SiteData, Text, load_site_data
from tests.support.bad_data import BASE, CASES, Case, empty, replace
from tests.support.messages import halves
from tests.support.project import ROOT

DATA = ROOT / "data"
SCHEMAS = DATA / "schemas"


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
    vietnamese, english = halves(message, case.where + " ")  # Vietnamese first, then "(EN: ...)"
    assert case.vi in vietnamese, message
    assert case.en in english, message
    # One readable line: no traceback, no Python reprs, no raw jsonschema wording.
    assert "\n" not in message and "Traceback" not in message
    assert "is not valid under any" not in message and "was unexpected" not in message
    assert re.match(r"^data/(editions/\d{4}/)?[\w-]+\.yml:\d+: \S.*[.?]\)$", message), message


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
    replace("ward: dong-khe", "ward: dong-kh")(data / "editions" / "2022" / "activities.yml")
    with pytest.raises(DataError) as caught:
        load_site_data(data)
    error = caught.value
    assert (error.source.path, error.source.line) == ("data/editions/2022/activities.yml", 19)
    assert str(error) == f"data/editions/2022/activities.yml:19: {error.problem}. {error.fix}"


def test_root_argument_sets_message_path(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path)
    empty(data / "site.yml")
    with pytest.raises(DataError, match=rf"^{re.escape(tmp_path.name)}/data/site\.yml:1: "):
        load_site_data(data, root=tmp_path.parent)
    with pytest.raises(DataError, match=r"^data/site\.yml:1: "):
        load_site_data(data, root=tmp_path)


def test_yaml_defaults_of_other_code_are_untouched() -> None:
    """The strict loader must not change PyYAML's global SafeLoader (no global mutable state)."""
    assert yaml.safe_load("a: 2022-10-01\nb: yes") == {"a": date(2022, 10, 1), "b": True}


def test_sitedata_does_not_import_mkdocs() -> None:
    code = (
        "import sys, hooks.lib.data.load; "
        "bad = [m for m in sys.modules if m.split('.')[0] == 'mkdocs']; assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_text_get() -> None:
    text = Text(vi="Phường", en="Ward")
    assert (text.get("vi"), text.get("en")) == ("Phường", "Ward")
    with pytest.raises(ValueError):
        text.get("fr")


# --- the real data --------------------------------------------------------------------------

WARD_IDS = [
    "cau-dat",
    "cau-tre",
    "dang-giang",
    "dong-khe",
    "dong-quoc-binh",
    "gia-vien",
    "lac-vien",
    "lach-tray",
    "le-loi",
    "may-chai",
    "may-to",
    "van-my",
]
WEEK_DAYS = [date(2022, 10, day) for day in range(1, 8)]


@pytest.fixture(scope="module")
def site() -> SiteData:
    return load_site_data(DATA)


def test_week_facts(site: SiteData) -> None:
    week = site.editions_by_year[2022]
    assert site.current is week and week.records_at_root and week.records_prefix == ""
    assert week.theme == Text(
        vi="Thúc đẩy chuyển đổi số phục vụ cho học tập suốt đời sau đại dịch COVID-19",
        en="Promoting digital transformation for lifelong learning after the COVID-19 pandemic",
    )
    assert (week.start, week.end, week.document.date) == (date(2022, 10, 1), date(2022, 10, 7), date(2022, 10, 3))
    assert week.document.number == "11/HD-VHTT" and week.timezone == "Asia/Ho_Chi_Minh"
    assert week.document.signer.name == "Nguyễn Hồng Đại"
    assert week.ward_ids == tuple(WARD_IDS) and len(week.slogans) == 5
    assert [p.role for p in week.pages] == [
        "purpose",
        "suggested_activities",
        "slogans",
        "scope",
        "document",
        "banner_kit",
    ]
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
        ("in_person", "Trực tiếp", "In person"),
        ("online", "Trực tuyến", "Online"),
        ("hybrid", "Trực tiếp kết hợp trực tuyến", "Hybrid"),
    ]
    assert [(t.id, t.label.en) for t in vocab.library_kinds] == [
        ("public_library", "Public library"),
        ("school_library", "School library"),
        ("community_learning_centre", "Community learning centre"),
        ("cultural_house", "Cultural house"),
    ]
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


def test_activities_cover_every_day_and_ward(site: SiteData) -> None:
    activities = site.activities
    assert len(activities) >= 12
    assert {a.start.date() for a in activities} >= set(WEEK_DAYS)
    assert {a.ward for a in activities} == set(WARD_IDS)
    assert all(a.sample for a in activities), "activities are not from a real source: sample: true"
    for activity in activities:
        assert WEEK_DAYS[0] <= activity.start.date() and activity.end.date() <= WEEK_DAYS[-1]
        assert activity.start < activity.end and str(activity.start.tzinfo) == "Asia/Ho_Chi_Minh"


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


@pytest.mark.parametrize(
    "name,schema",
    [
        ("site.yml", "schemas/site.schema.json"),
        ("wards.yml", "schemas/wards.schema.json"),
        ("vocabularies.yml", "schemas/vocabularies.schema.json"),
        ("resources.yml", "schemas/resources.schema.json"),
        ("libraries.yml", "schemas/libraries.schema.json"),
        ("editions/2022/edition.yml", "../../schemas/edition.schema.json"),
        ("editions/2022/activities.yml", "../../schemas/activities.schema.json"),
    ],
)
def test_data_files_declare_their_schema(name: str, schema: str) -> None:
    first_line = (DATA / name).read_text(encoding="utf-8").splitlines()[0]
    assert first_line == f"# yaml-language-server: $schema={schema}"
    assert ((DATA / name).parent / schema).resolve().is_file()

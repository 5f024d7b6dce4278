"""The guidance's programmes without MkDocs: the data (programmes, honour roll, banner reports, library
cooperation, the district library), their checks, and the views and blocks the pages are made of.

Quotes of the guidance are checked against the verbatim copy of the source in tests/fixtures/seed/: the
programme pages state nothing official that is not the guidance's own words, with its section.
"""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hooks.lib.data.load import DataError, load_site_data
from hooks.lib.data.model import Text
from hooks.lib.data.programmes import Photo
from hooks.lib.data.refs import RecordKind, RecordRef, find_record
from hooks.lib.datapages.programme_pages import generated_pages
from hooks.lib.datapages.record_photos import page_photos, photo_view
from hooks.lib.editions.status import ENDED, RUNNING, UPCOMING, activity_state
from hooks.lib.i18n import routes
from hooks.lib.opendata import honours as honours_export
from tests.support.bad_data import BASE, PROGRAMME_UNIT_CASES, Case
from tests.support.project import ROOT
from tests.support.strings import ui_strings

SEED = ROOT / "tests" / "fixtures" / "seed" / "huong-dan-11-HD-VHTT-2022.txt"
SITE = "https://hoctapsuotdoi.example/"
AFTER = datetime(2026, 11, 28, tzinfo=UTC)


def _section(guidance: str, section: str) -> str:
    """The text of section ``II.3`` or ``IV.3`` of the guidance (from its heading to the next one)."""
    part, number = section.split(".")
    body = guidance[guidance.index(f"\n{part}. ") :]
    body = body[: body.index("\n", 1) + 1] + re.split(r"\n(?:[IVX]+)\. ", body[body.index("\n", 1) :])[0]
    start = re.search(rf"\n{number}\. ", body)
    rest = body[start.start() :]
    following = re.search(rf"\n{int(number) + 1}\. ", rest)
    return rest[: following.start()] if following else rest


# --- The real data ------------------------------------------------------------------------------------


def test_the_four_learning_models_carry_the_glossary_names(site_data):
    models = [p for p in site_data.programme_data.programmes if p.kind == "learning_model"]
    assert [(p.id, p.name.vi, p.name.en) for p in models] == [
        ("gia-dinh-hoc-tap", "Gia đình học tập", "Learning Family"),
        ("dong-ho-hoc-tap", "Dòng họ học tập", "Learning Clan"),
        ("cong-dong-hoc-tap", "Cộng đồng học tập", "Learning Community"),
        ("don-vi-hoc-tap", "Đơn vị học tập", "Learning Organisation"),
    ]
    kinds = {p.id: p.kind for p in site_data.programme_data.programmes}
    assert kinds["tu-sach-lop-hoc"] == "classroom_bookshelf" and kinds["hop-tac-thu-vien"] == "library_cooperation"
    # No assessment criteria until staff add a source: the pages show the staff block instead.
    assert all(p.assessment == () for p in models)


def test_every_quote_is_the_guidance_word_for_word_in_its_section(site_data):
    guidance = SEED.read_text(encoding="utf-8")
    quotes = [(p.id, q) for p in site_data.programme_data.programmes for q in p.guidance]
    assert len(quotes) >= 8
    for programme_id, quote in quotes:
        assert quote.edition == 2022
        assert quote.text.vi in _section(guidance, quote.section), (programme_id, quote.section)
    sections = {(p, q.section) for p, q in quotes}
    assert ("hop-tac-thu-vien", "IV.3") in sections and ("tu-sach-lop-hoc", "II.3") in sections


def test_the_section_finder_tells_sections_apart():
    guidance = SEED.read_text(encoding="utf-8")
    assert "thư viện của quận" in _section(guidance, "IV.3")
    assert "thư viện của quận" not in _section(guidance, "II.3")
    assert "tủ sách lớp học" in _section(guidance, "II.3") and "tủ sách lớp học" not in _section(guidance, "IV.3")


def test_the_district_library_of_iv3_is_in_the_directory_honestly(site_data):
    library = site_data.libraries_by_id["thu-vien-quan"]
    assert library.ward is None and library.kind == "public_library"
    assert library.sample, "its name, address and hours are not verified"
    assert "IV.3" in library.note.vi and "IV.3" in library.note.en and "chưa được xác minh" in library.note.vi
    assert library.contact.is_empty


def test_honour_roll_entries_about_people_have_consent_and_sample_entries_say_so(site_data):
    honours = site_data.programme_data.honours
    assert len(honours) >= 4 and {h.edition for h in honours} == {2022}
    for honour in honours:
        if honour.names_people:
            assert honour.consent, honour.id
        assert honour.sample and ("minh họa" in honour.name.vi or "minh họa" in honour.achievement.vi)


def test_activities_link_libraries_and_programmes(site_data):
    activity = site_data.activity(2022, "danh-gia-mo-hinh-hoc-tap-may-chai")
    assert activity.library == "tthtcd-may-chai"
    assert activity.programmes == ("gia-dinh-hoc-tap", "dong-ho-hoc-tap")
    assert [a.id for a in site_data.activities_at_library("tthtcd-cau-tre")] == [
        "luan-chuyen-sach-cau-tre",
        "gioi-thieu-thu-vien-so-cau-tre",
    ]


# --- Checks (cases the real builds do not repeat) --------------------------------------------------------


@pytest.mark.parametrize("case", PROGRAMME_UNIT_CASES, ids=[c.name for c in PROGRAMME_UNIT_CASES])
def test_more_bad_programme_data_gives_located_messages(case: Case, tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(BASE, data)
    shutil.copytree(ROOT / "data" / "schemas", data / "schemas")
    case.patch(data / case.file)
    with pytest.raises(DataError) as caught:
        load_site_data(data)
    message = str(caught.value)
    assert message.startswith(case.where + " "), message
    vietnamese, english = message.split(" (EN: ", 1)  # Vietnamese first, then the English half
    assert case.vi in vietnamese and case.en in english, message
    assert "\n" not in message


def test_programme_files_are_optional(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(BASE, data)
    shutil.copytree(ROOT / "data" / "schemas", data / "schemas")
    for name in ("programmes.yml", "library-cooperation.yml", "editions/2022/honours.yml", "editions/2022/banners.yml"):
        (data / name).unlink()
    loaded = load_site_data(data)
    assert loaded.programme_data.programmes == () and loaded.programme_data.honours == ()


# --- Addresses ------------------------------------------------------------------------------------------


def test_honour_roll_entries_live_under_their_year_and_are_found_from_front_matter(site_data):
    edition = site_data.editions_by_year[2022]
    assert routes.record_prefix(RecordKind.HONOUR, edition) == "2022/"
    assert routes.record_prefix(RecordKind.ACTIVITY, edition) == ""  # 2022's activities kept their addresses
    assert (
        routes.record_url(RecordKind.HONOUR, "to-dan-pho-lach-tray", "en", "2022/")
        == "en/2022/honour-roll/to-dan-pho-lach-tray/"
    )
    assert routes.record_url(RecordKind.LIBRARY, "thu-vien-quan", "vi") == "thu-vien/thu-vien-quan/"
    assert routes.programme_src("gia-dinh-hoc-tap", "en") == "programmes/gia-dinh-hoc-tap.md"
    ref = RecordRef.from_meta({"kind": "honour", "record_id": "to-dan-pho-lach-tray", "edition": 2022})
    assert find_record(site_data, ref).name.vi == "Một tổ dân phố phường Lạch Tray (ví dụ minh họa)"


def test_a_record_photo_is_reached_from_the_page_that_shows_it():
    photo = Photo("anh/2022/IMG_2041.JPG", Text("Gia đình đọc sách", "The family reading"))
    view = photo_view(photo, "2022/guong-dien-hinh/nguyen-van-a.md", "en")
    assert (view.src, view.alt, view.file) == (
        "../../../anh/2022/IMG_2041.JPG",
        "The family reading",
        "anh/2022/IMG_2041.JPG",
    )
    assert photo_view(photo, "phuong/lach-tray.md", "vi").src == "../../anh/2022/IMG_2041.JPG"
    assert photo_view(None, "phuong/lach-tray.md", "vi") is None


def test_the_real_data_has_no_photo_yet(site_data):
    assert page_photos(site_data, "vi") == {}


# --- Views ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def views(site_data):
    return {
        lang: generated_pages(site_data, lang, SITE, ui_strings(lang), AFTER).programmes.views for lang in ("vi", "en")
    }


def test_a_learning_model_gathers_its_activities_and_honours(views):
    model = views["en"].programmes["gia-dinh-hoc-tap"]
    assert model.url == "programmes/gia-dinh-hoc-tap/" and model.is_learning_model and model.sample
    assert [a.id for a in model.activities] == ["danh-gia-mo-hinh-hoc-tap-may-chai"]
    assert [h.id for h in model.honours] == ["gia-dinh-may-chai-1"]
    (quote,) = model.quotes
    assert quote.citation == "Guidance 11/HD-VHTT of 3 October 2022, section II.3" and quote.translated
    assert quote.url == "document/"
    vi = views["vi"].programmes["gia-dinh-hoc-tap"].quotes[0]
    assert vi.citation == "Hướng dẫn số 11/HD-VHTT ngày 03/10/2022, mục II.3" and not vi.translated
    assert views["vi"].programmes["bieu-duong-ton-vinh"].url == "guong-dien-hinh/"


def test_library_pages_and_cooperation(views):
    page = views["vi"].library_pages["tthtcd-cau-tre"]
    assert page.library.url == "thu-vien/tthtcd-cau-tre/" and page.library.anchor_url == "thu-vien/#tthtcd-cau-tre"
    assert [a.id for a in page.activities] == ["luan-chuyen-sach-cau-tre", "gioi-thieu-thu-vien-so-cau-tre"]
    assert [(r.date_iso, r.source.url, r.target.url) for r in page.rotations] == [
        ("2022-10-06", "thu-vien/tthtcd-cau-tre/", "thu-vien/tthtcd-dang-giang/"),
        ("2022-10-05", "thu-vien/thu-vien-quan/", "thu-vien/tthtcd-cau-tre/"),
    ]
    district = views["vi"].library_pages["thu-vien-quan"]
    assert district.library.ward is None
    assert [m.id for m in district.reading_models] == ["tu-sach-luan-chuyen-lach-tray"]


def test_the_district_table_of_banners(site_data, views):
    rows = {row.ward.id: row for row in views["vi"].banner_rows(site_data.editions_by_year[2022])}
    assert len(rows) == 12
    assert (rows["lach-tray"].count, rows["lach-tray"].slogans, rows["lach-tray"].places) == (3, (1, 5), 2)
    assert (rows["cau-tre"].count, rows["cau-tre"].slogans, rows["cau-tre"].sample) == (0, (), False)
    assert sum(row.count for row in rows.values()) == 6


def test_ward_views_get_their_honours_and_banners(views):
    ward = views["en"].views.wards["lach-tray"]
    assert [h.id for h in ward.honours] == ["to-dan-pho-lach-tray"]
    assert [(b.slogan, b.count, b.dates) for b in ward.banners] == [
        (1, 2, "4 October 2022 – 7 October 2022"),
        (5, 1, "4 October 2022 – 7 October 2022"),
    ]
    assert (
        ward.banners[0].slogan_text == "Join in Lifelong Learning Week 2022 with enthusiasm!"
    )  # slogan 1 (idiomatic English, issue 15)
    assert ward.sample


def test_honour_roll_year_groups_by_ward_in_the_edition_order(site_data, views):
    year = views["vi"].honour_year(site_data.editions_by_year[2022])
    assert [(w.id if w else None, [h.id for h in items]) for w, items in year.groups] == [
        ("dong-quoc-binh", ["ca-nhan-dong-quoc-binh-1", "tthtcd-dong-quoc-binh"]),
        ("lach-tray", ["to-dan-pho-lach-tray"]),
        ("may-chai", ["gia-dinh-may-chai-1"]),
    ]
    assert year.url == "2022/guong-dien-hinh/" and year.sample and year.count == 4
    assert [q.citation for q in year.quotes] == ["Hướng dẫn số 11/HD-VHTT ngày 03/10/2022, mục II.3"]


# --- The launch ceremony on the home page ---------------------------------------------------------------


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    "moment, state",
    [
        ("2022-09-30T23:00+07:00", UPCOMING),
        ("2022-10-01T07:30+07:00", RUNNING),
        ("2022-10-01T08:59+07:00", RUNNING),
        ("2022-10-01T09:00+07:00", ENDED),
        ("2022-10-01T01:00+00:00", RUNNING),
    ],
)
def test_activity_state_at_a_moment(site_data, moment, state):
    launch = site_data.activity(2022, "le-phat-dong-cau-dat")  # 07:30-09:00 Vietnam time
    assert activity_state(launch, _at(moment)) == state


def test_the_launch_is_featured_until_it_has_ended(site_data):
    def launches(moment):
        return generated_pages(site_data, "vi", SITE, ui_strings("vi"), _at(moment)).programmes.launch()

    before = launches("2022-09-28T12:00+07:00")
    assert [(item["activity"].id, item["state"]) for item in before] == [("le-phat-dong-cau-dat", "upcoming")]
    assert [item["state"] for item in launches("2022-10-01T08:00+07:00")] == ["running"]
    assert launches("2022-10-01T09:30+07:00") == [] and launches(AFTER.isoformat()) == []


# --- Open data ------------------------------------------------------------------------------------------


def test_honour_roll_open_data(site_data):
    entries = honours_export.honour_entries(site_data, SITE, "en", ui_strings("en").programmes.honour_kinds)
    assert [e["id"] for e in entries] == [
        "gia-dinh-may-chai-1",
        "ca-nhan-dong-quoc-binh-1",
        "to-dan-pho-lach-tray",
        "tthtcd-dong-quoc-binh",
    ]
    first = entries[0]
    assert first["page_url"] == {
        "vi": "https://hoctapsuotdoi.example/2022/guong-dien-hinh/gia-dinh-may-chai-1/",
        "en": "https://hoctapsuotdoi.example/en/2022/honour-roll/gia-dinh-may-chai-1/",
    }
    assert first["kind"] == {"id": "family", "label": "Family"} and first["holder"] == "collective"
    assert first["model"] == {"id": "gia-dinh-hoc-tap", "name": "Learning Family"}
    assert entries[1]["holder"] == "person" and all(e["sample"] is True for e in entries)
    assert set(first) == {
        "id",
        "edition",
        "page_url",
        "name",
        "kind",
        "holder",
        "ward",
        "model",
        "achievement",
        "honoured_by",
        "date",
        "sample",
    }  # nothing personal beyond what the page shows

"""Tests for hooks/lib/datapages/pages.py: page models, grouping by day/ward, facets, front matter (no MkDocs)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import yaml

from hooks.lib.data.load import DataError, load_site_data
from hooks.lib.data.refs import RecordKind, RecordRef
from hooks.lib.datapages import pages as datapages
from hooks.lib.datapages.programme_pages import generated_pages
from hooks.lib.i18n import routes
from tests.support.strings import ui_strings

ROOT = Path(__file__).resolve().parents[2]
SITE = "https://example.org/"


MOMENT = datetime(2026, 11, 28, tzinfo=UTC)  # a build after the 2022 week ended


@pytest.fixture(scope="module")
def data():
    return load_site_data(ROOT / "data", ROOT)


@pytest.fixture(scope="module")
def pages(data):
    return {lang: datapages.DataPages(data, lang, SITE, ui_strings(lang), MOMENT) for lang in ("vi", "en")}


def _front(markdown: str) -> dict:
    assert markdown.startswith("---\n")
    return yaml.safe_load(markdown.split("---\n", 2)[1])


# --- Formatting ------------------------------------------------------------------------------------


def test_dates_are_formatted_per_language():
    assert datapages.format_date(date(2022, 10, 1), ui_strings("vi")) == "Thứ Bảy, 01/10/2022"
    assert datapages.format_date(date(2022, 10, 2), ui_strings("vi")) == "Chủ Nhật, 02/10/2022"
    assert datapages.format_date(date(2022, 10, 1), ui_strings("en")) == "Saturday 1 October 2022"


def test_times(data):
    one = next(a for a in data.activities if len(a.days) == 1)
    assert datapages.format_time_range(one, ui_strings("vi")) == f"{one.start:%H:%M}–{one.end:%H:%M}"
    launch = data.activity(2022, "le-phat-dong-cau-dat")
    assert datapages.format_when(launch, ui_strings("vi")) == "Thứ Bảy, 01/10/2022, 07:30–09:00"
    assert datapages.format_when(launch, ui_strings("en")) == "Saturday 1 October 2022, 07:30–09:00"
    week_long = data.activity(2022, "bang-ron-khau-hieu-lach-tray")
    assert datapages.format_time_range(week_long, ui_strings("vi")) == "01/10 07:00 – 07/10 17:00"
    assert datapages.format_time_range(week_long, ui_strings("en")) == "1 Oct 07:00 – 7 Oct 17:00"


def test_shorten_keeps_descriptions_within_160_characters():
    text = "từ " * 100
    short = datapages.shorten(text)
    assert len(short) <= 160 and short.endswith("…") and not short.startswith(" ")
    assert datapages.shorten("  a\n b ") == "a b"


def test_meta_text_is_plain_text_on_one_line():
    # Escaping for HTML happens once for every page where Material prints it (hook_content; tested by
    # tests/build/test_content_build.py): the front matter keeps the text as written.
    assert datapages.meta_text(' "><img src=x>\n </title> & <script> ') == '"><img src=x> </title> & <script>'


def test_facet_paths_use_hyphens_and_routes_sections():
    assert routes.facet_src("subject", "general_knowledge", "vi") == "tai-nguyen/chu-de/general-knowledge.md"
    assert routes.facet_src("language", "en", "en") == "resources/language/en.md"
    assert datapages.alias_redirect_path("mit-ocw", "vi") == "tai-nguyen/mit-ocw/index.html"
    assert datapages.alias_redirect_path("mit-ocw", "en") == "resources/mit-ocw/index.html"


# --- Page models -----------------------------------------------------------------------------------


def test_every_page_kind_exists_in_both_languages_with_twins(data):
    every = {lang: generated_pages(data, lang, SITE, ui_strings(lang), MOMENT) for lang in ("vi", "en")}
    srcs = {lang: {p.src: p for p in every[lang].pages()} for lang in every}
    assert len(srcs["vi"]) == len(srcs["en"])
    for lang, other in (("vi", "en"), ("en", "vi")):
        for spec in srcs[lang].values():
            assert spec.alternate in srcs[other], spec.src
            assert srcs[other][spec.alternate].alternate == spec.src
    for activity in data.activities:
        assert routes.record_src("activity", activity.id, "vi") in srcs["vi"]
    for resource in data.resources:
        assert routes.record_src("resource", resource.id, "en") in srcs["en"]
    for ward in data.wards:
        assert routes.record_src("ward", ward.id, "vi") in srcs["vi"]
    for library in data.libraries:
        assert routes.record_src("library", library.id, "en") in srcs["en"]
    for section in routes.SECTIONS:
        spec = srcs["en"][routes.section_index_src(section, "en")]
        assert spec.in_nav
    # the section indexes and the past years page (data/pages.yml)
    assert sorted(p.src for p in srcs["vi"].values() if p.in_nav) == [
        "cac-nam-truoc.md",
        "chuong-trinh/index.md",
        "guong-dien-hinh/index.md",
        "lich-hoat-dong/index.md",
        "phuong/index.md",
        "tai-nguyen/index.md",
        "thu-vien/index.md",
    ]
    # each edition has its own page and schedule, kept for ever
    assert {"2022/index.md", "2022/lich-hoat-dong/index.md"} <= set(srcs["vi"])
    assert {"2022/index.md", "2022/schedule/index.md"} <= set(srcs["en"])


def test_record_front_matter(pages):
    spec = next(p for p in pages["en"].pages() if p.record and p.record.kind == "activity")
    meta = _front(spec.markdown("<div>x</div>"))
    assert meta["kind"] == "activity" and meta["record_id"] == spec.record.id
    assert meta["alternate"] == routes.record_src("activity", spec.record.id, "vi")
    assert meta["sample"] is True
    assert len(meta["description"]) <= 160 and meta["title"]
    index = next(p for p in pages["en"].pages() if p.src == "resources/index.md")
    assert "kind" not in _front(index.markdown("<div></div>"))


def test_markdown_body_is_one_raw_block():
    spec = datapages.PageSpec(src="x.md", template="t", title="T", description="D", alternate="y.md", context={})
    md = spec.markdown("<div>\n\n    <p>a</p>\n\n</div>\n")
    body = md.split("---\n", 2)[2].strip()
    assert body == "<div>\n<p>a</p>\n</div>"


def test_schedule_lists_each_activity_once_and_the_week_long_one_as_all_week(data, pages):
    schedule = pages["vi"].views.schedule(data.current)
    assert [a.id for a in schedule.several_days] == ["bang-ron-khau-hieu-lach-tray"]
    assert schedule.several_days[0].span == "Cả tuần"
    assert [d.anchor for d in schedule.days] == [f"ngay-2022-10-0{n}" for n in range(1, 8)]  # ended: calendar order
    assert schedule.days == schedule.calendar and not any(d.today or d.past for d in schedule.days)
    assert schedule.days[0].label == "Thứ Bảy, 01/10/2022" and schedule.days[0].short_label == "Thứ Bảy, 01/10"
    assert [a.id for a in schedule.days[0].activities] == ["le-phat-dong-cau-dat"]
    assert [a.id for a in schedule.days[1].activities] == [
        "luan-chuyen-sach-cau-tre",
        "khong-gian-doc-thieu-nhi-dong-khe",
    ]
    listed = [a.id for a in schedule.several_days] + [a.id for d in schedule.days for a in d.activities]
    assert sorted(listed) == sorted(a.id for a in data.current.activities) and len(listed) == schedule.count == 14
    english = pages["en"].views.schedule(data.current)
    assert english.several_days[0].span == "All week" and english.days[0].short_label == "Saturday 1 Oct"


@pytest.mark.parametrize(
    "moment, today",
    [
        (datetime(2022, 10, 3, 3, 0, tzinfo=UTC), "ngay-2022-10-03"),
        # 17:30 UTC on the 2nd is already the 3rd in Hải Phòng (UTC+7): the edition's time zone decides.
        (datetime(2022, 10, 2, 17, 30, tzinfo=UTC), "ngay-2022-10-03"),
        (datetime(2022, 10, 7, 16, 59, tzinfo=UTC), "ngay-2022-10-07"),
    ],
)
def test_schedule_puts_today_first_while_the_week_runs(data, moment, today):
    schedule = datapages.DataPages(data, "vi", SITE, ui_strings("vi"), moment).views.schedule(data.current)
    order = [d.anchor for d in schedule.days]
    assert order[0] == today and schedule.days[0].today
    expected = {
        "ngay-2022-10-03": [
            "ngay-2022-10-03",
            "ngay-2022-10-04",
            "ngay-2022-10-05",
            "ngay-2022-10-06",
            "ngay-2022-10-07",
            "ngay-2022-10-01",
            "ngay-2022-10-02",
        ],
        "ngay-2022-10-07": [
            "ngay-2022-10-07",
            "ngay-2022-10-01",
            "ngay-2022-10-02",
            "ngay-2022-10-03",
            "ngay-2022-10-04",
            "ngay-2022-10-05",
            "ngay-2022-10-06",
        ],
    }[today]
    assert order == expected
    assert [d.anchor for d in schedule.calendar] == sorted(order)  # the day links keep the calendar's order
    assert [d.anchor for d in schedule.days if d.past] == {
        "ngay-2022-10-03": ["ngay-2022-10-01", "ngay-2022-10-02"],
        "ngay-2022-10-07": expected[1:],
    }[today]


def test_schedule_groups_by_ward_and_by_format(data, pages):
    schedule = pages["en"].views.schedule(data.current)
    assert len(schedule.wards) == 12 and schedule.wards[0].anchor == "phuong-cau-dat"
    cau_tre = next(g for g in schedule.wards if g.key == "cau-tre")
    assert cau_tre.label == "Cầu Tre Ward" and cau_tre.url == "wards/cau-tre/"
    assert [a.id for a in cau_tre.activities] == ["luan-chuyen-sach-cau-tre", "gioi-thieu-thu-vien-so-cau-tre"]
    assert [(g.key, g.anchor, len(g.activities)) for g in schedule.formats] == [
        ("in_person", "hinh-thuc-in-person", 9),
        ("online", "hinh-thuc-online", 2),
        ("hybrid", "hinh-thuc-hybrid", 3),
    ]
    online = next(g for g in schedule.formats if g.key == "online")
    assert online.label == "Online"
    assert [a.id for a in online.activities] == [
        "gioi-thieu-hoc-lieu-mo-dang-giang",
        "cau-lac-bo-doc-sach-truc-tuyen-lac-vien",
    ]


def test_an_activity_over_some_days_shows_its_dates(data):
    from hooks.lib.datapages.schedule import span_label

    week_long = data.activity(2022, "bang-ron-khau-hieu-lach-tray")
    three_days = dataclasses.replace(week_long, end=week_long.start.replace(day=3, hour=17))
    assert span_label(three_days, data.current, ui_strings("vi")) == "01–03/10/2022"
    assert span_label(three_days, data.current, ui_strings("en")) == "1–3 October 2022"
    assert span_label(week_long, data.current, ui_strings("vi")) == "Cả tuần"
    assert span_label(data.activity(2022, "le-phat-dong-cau-dat"), data.current, ui_strings("vi")) is None


def test_wards_group_their_activities_and_libraries(data, pages):
    wards = pages["en"].wards
    assert len(wards) == 12
    for ward in data.wards:
        assert [a.id for a in wards[ward.id].activities] == [a.id for a in data.activities_in_ward(ward.id)]
        assert [lib.id for lib in wards[ward.id].libraries] == [lib.id for lib in data.libraries_in_ward(ward.id)]
    assert wards["cau-dat"].note and "Lương Khánh Thiện" in wards["cau-dat"].note
    assert wards["cau-dat"].schedule_url == "schedule/#phuong-cau-dat"


def test_facets_count_every_resource(data, pages):
    facets = pages["vi"].facets
    for facet in datapages.FACETS:
        assert facets[facet], facet
        for value in facets[facet]:
            assert value.count > 0
            assert all(value.key in r.keys(facet).split() for r in value.resources)
    assert sum(v.count for v in facets["format"]) == len(data.resources)
    maths = next(v for v in facets["subject"] if v.key == "mathematics")
    assert maths.count == sum("mathematics" in r.subject for r in data.resources)
    assert maths.url == "tai-nguyen/chu-de/mathematics/"
    assert {v.key for v in facets["language"]} == {c for r in data.resources for c in r.language}


def test_resource_view_has_permanent_and_former_urls(pages):
    view = next(r for r in pages["en"].resources if r.id == "mit-opencourseware")
    assert view.permanent_url == SITE + "en/resources/mit-opencourseware/"
    assert view.former_urls == (SITE + "en/resources/mit-ocw/",)


def test_redirects_for_aliases(pages):
    redirects = pages["en"].redirects()
    assert [r.path for r in redirects] == ["resources/mit-ocw/index.html"]
    assert redirects[0].target == "resources/mit-opencourseware/"
    assert redirects[0].canonical == SITE + "en/resources/mit-opencourseware/"
    assert dict(redirects[0].alternates)["vi"] == SITE + "tai-nguyen/mit-ocw/"


@pytest.mark.parametrize("bad_id", ["index", "chu-de", "subject"])
def test_resource_ids_that_take_a_catalogue_address_are_rejected(data, bad_id):
    first = dataclasses.replace(data.resources[0], id=bad_id)
    broken = dataclasses.replace(data, resources=(first,) + data.resources[1:])
    with pytest.raises(DataError, match=f"`{bad_id}`"):
        datapages.check_record_ids(broken)
    datapages.check_record_ids(data)  # the real data is fine


def test_alias_taking_a_facet_folder_is_rejected(data):
    first = dataclasses.replace(data.resources[0], aliases=("dinh-dang",))
    broken = dataclasses.replace(data, resources=(first,) + data.resources[1:])
    with pytest.raises(DataError, match="alias `dinh-dang`"):
        datapages.check_record_ids(broken)


def test_front_matter_survives_any_text():
    nasty = "a: \"b\" 'c' #d\n---\n\u2028 {e} [f] & <g> 100%"
    spec = datapages.PageSpec(
        src="x.md",
        template="t",
        title=nasty,
        description=nasty,
        alternate="y.md",
        context={},
        record=RecordRef(RecordKind.RESOURCE, "x"),
        sample=True,
    )
    meta = _front(spec.markdown("<div></div>"))
    assert meta == {
        "title": datapages.meta_text(nasty),
        "description": datapages.meta_text(datapages.shorten(nasty)),
        "alternate": "y.md",
        "kind": "resource",
        "record_id": "x",
        "sample": True,
    }

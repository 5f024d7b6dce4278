"""Unit tests of the open-data modules: catalogue exports, iCalendar, JSON-LD, QR codes, banners."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import icalendar
import pypdf
import pytest

from hooks.lib.data.load import load_site_data
from hooks.lib.data.refs import RecordKind, RecordRef, find_record
from hooks.lib.i18n import routes
from hooks.lib.opendata import banner_pdf, banners, qrcodes
from hooks.lib.opendata import catalogue as catalogue_export
from hooks.lib.opendata import ical as icalendar_export
from hooks.lib.opendata import jsonld as sd
from tests.support.project import ROOT
from tests.support.qr import decode_qr
from tests.support.strings import ui_strings

ROOT_URL = "https://hoctapsuotdoi.example/"
STAMP = datetime(2022, 9, 20, 8, 0, tzinfo=UTC)
ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/terms/}"


@pytest.fixture(scope="module")
def data():
    return load_site_data(ROOT / "data", ROOT)


# ---- QR codes --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        ROOT_URL,
        ROOT_URL + "tai-nguyen/khan-academy-vi/",
        ROOT_URL + "en/schedule/gioi-thieu-thu-vien-so-cau-tre/",
    ],
)
def test_qr_svg_decodes_to_its_url_and_has_alt_text(url):
    svg = qrcodes.qr_svg(url, f"QR: {url}")
    assert decode_qr(qrcodes.matrix_from_svg(svg)) == [url]
    assert f'aria-label="QR: {url}"' in svg and f"<title>QR: {url}</title>" in svg and 'role="img"' in svg
    ET.fromstring(svg)  # well-formed


def test_qr_group_decodes_and_quiet_zone_is_white():
    group = qrcodes.qr_group(ROOT_URL, 10, 20, 600)
    matrix = qrcodes.matrix_from_svg(group)
    assert decode_qr(matrix) == [ROOT_URL]
    q = qrcodes.QUIET_ZONE
    assert not any(
        matrix[y][x]
        for y in range(len(matrix))
        for x in range(len(matrix))
        if y < q or x < q or y >= len(matrix) - q or x >= len(matrix) - q
    )


def test_qr_needs_a_url():
    with pytest.raises(ValueError):
        qrcodes.qr_matrix("")


# ---- Catalogue ------------------------------------------------------------------------------------


def expected_entry(resource, data, lang):
    v = data.vocabularies
    return {
        "id": resource.id,
        "page_url": {code: ROOT_URL + routes.record_url("resource", resource.id, code) for code in ("vi", "en")},
        "title": resource.title.get(lang),
        "description": resource.description.get(lang),
        "resource_url": resource.url,
        "licence": resource.licence_label(v.licences, lang),
        "licence_id": resource.licence,
        "licence_url": v.licences.by_id[resource.licence].url,
        "language": list(resource.language),
        "audience": [{"id": a, "label": v.audiences.label(a, lang)} for a in resource.audience],
        "subject": [{"id": s, "label": v.subjects.label(s, lang)} for s in resource.subject],
        "format": {"id": resource.format, "label": v.resource_formats.label(resource.format, lang)},
        "provider": resource.provider,
        "sample": resource.sample,
    }


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_json_catalogue_equals_the_data(data, lang):
    entries = catalogue_export.resource_entries(data, ROOT_URL, lang)
    doc = json.loads(
        catalogue_export.to_json(
            entries,
            lang=lang,
            root_url=ROOT_URL,
            publisher="P",
            generated=STAMP,
            title=ui_strings(lang).opendata.catalogue_title,
        )
    )
    assert doc["count"] == len(data.resources) == len(doc["resources"])
    assert doc["resources"] == [expected_entry(r, data, lang) for r in data.resources]
    assert doc["generated"] == "2022-09-20T08:00:00Z"


def test_page_urls_are_permanent_record_urls(data):
    entry = catalogue_export.resource_entries(data, ROOT_URL, "vi")[0]
    assert entry["page_url"] == {
        "vi": ROOT_URL + "tai-nguyen/khan-academy-vi/",
        "en": ROOT_URL + "en/resources/khan-academy-vi/",
    }


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_csv_has_bom_and_one_row_per_resource(data, lang):
    raw = catalogue_export.to_csv(catalogue_export.resource_entries(data, ROOT_URL, lang))
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0].keys()) == catalogue_export.CSV_COLUMNS
    assert [row["id"] for row in rows] == [r.id for r in data.resources]
    for row, r in zip(rows, data.resources, strict=True):
        assert row["title"] == r.title.get(lang) and row["description"] == r.description.get(lang)
        assert row["resource_url"] == r.url and row["provider"] == r.provider
        assert row["licence"] == r.licence_label(data.vocabularies.licences, lang) and row["licence_id"] == r.licence
        assert row["language"].split("; ") == list(r.language)
        assert row["audience_ids"].split("; ") == list(r.audience)
        assert row["subject_ids"].split("; ") == list(r.subject)
        assert row["format_id"] == r.format
        assert row["page_url_vi"] == ROOT_URL + routes.record_url("resource", r.id, "vi")
        assert row["page_url_en"] == ROOT_URL + routes.record_url("resource", r.id, "en")


def test_csv_keeps_vietnamese_text(data):
    raw = catalogue_export.to_csv(catalogue_export.resource_entries(data, ROOT_URL, "vi"))
    assert "Khan Academy tiếng Việt".encode() in raw


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_opds_feed_is_an_acquisition_feed_with_every_resource(data, lang):
    entries = catalogue_export.resource_entries(data, ROOT_URL, lang)
    root = ET.fromstring(
        catalogue_export.to_opds(
            entries,
            lang=lang,
            root_url=ROOT_URL,
            publisher="Phòng",
            generated=STAMP,
            title="Danh mục",
            sample_label="Dữ liệu mẫu",
        )
    )
    assert root.tag == ATOM + "feed"
    self_link = root.find(f"{ATOM}link[@rel='self']")
    assert "profile=opds-catalog" in self_link.get("type")
    feed_entries = root.findall(ATOM + "entry")
    assert len(feed_entries) == len(data.resources)
    for entry, r in zip(feed_entries, data.resources, strict=True):
        assert entry.findtext(DC + "identifier") == r.id
        assert entry.findtext(ATOM + "title") == r.title.get(lang)
        assert entry.findtext(ATOM + "summary") == r.description.get(lang)
        assert entry.findtext(ATOM + "rights") == r.licence_label(data.vocabularies.licences, lang)
        assert entry.findtext(DC + "publisher") == r.provider
        assert [e.text for e in entry.findall(DC + "language")] == list(r.language)
        acquisition = entry.find(f"{ATOM}link[@rel='http://opds-spec.org/acquisition/open-access']")
        assert acquisition.get("href") == r.url
        alternates = {link.get("hreflang"): link.get("href") for link in entry.findall(f"{ATOM}link[@rel='alternate']")}
        assert alternates == {c: ROOT_URL + routes.record_url("resource", r.id, c) for c in ("vi", "en")}
        categories = {(c.get("scheme").rsplit("/", 1)[1], c.get("term")) for c in entry.findall(ATOM + "category")}
        assert categories == (
            {("audience", a) for a in r.audience}
            | {("about", s) for s in r.subject}
            | {("learningResourceType", r.format)}
        )


# ---- iCalendar ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_ics_has_one_vevent_per_activity_and_parses(data, lang):
    text = icalendar_export.calendar(data.activities, data.current, data, ROOT_URL, lang, STAMP, ui_strings(lang, data))
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    cal = icalendar.Calendar.from_ical(text)
    events = cal.walk("VEVENT")
    assert len(events) == len(data.activities)
    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    for event, activity in zip(events, data.activities, strict=True):
        assert str(event["UID"]) == f"{activity.id}@hoctapsuotdoi.example"
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert start == activity.start and end == activity.end
        assert start.utcoffset() == tz.utcoffset(start.replace(tzinfo=None))
        assert event["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
        assert str(event["URL"]) == ROOT_URL + routes.record_url("activity", activity.id, lang)
        assert activity.venue.get(lang) in str(event["LOCATION"])
        assert activity.title.get(lang) in str(event["SUMMARY"])
    assert len(cal.walk("VTIMEZONE")) == 1


def test_ics_lines_are_folded_at_75_octets_and_text_escaped(data):
    text = icalendar_export.calendar(data.activities, data.current, data, ROOT_URL, "vi", STAMP, ui_strings("vi"))
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert icalendar_export.escape_text("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne"
    folded = icalendar_export.fold("SUMMARY:" + "Tuần lễ học tập suốt đời " * 10)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "SUMMARY:" + "Tuần lễ học tập suốt đời " * 10


def test_uids_are_stable_and_equal_in_both_languages(data):
    a = data.activities[0]
    vi = icalendar.Calendar.from_ical(
        icalendar_export.calendar([a], data.current, data, ROOT_URL, "vi", STAMP, ui_strings("vi"))
    )
    en = icalendar.Calendar.from_ical(
        icalendar_export.calendar([a], data.current, data, ROOT_URL, "en", datetime.now(UTC), ui_strings("en"))
    )
    assert str(vi.walk("VEVENT")[0]["UID"]) == str(en.walk("VEVENT")[0]["UID"])


def test_sample_activities_are_marked_in_the_calendar(data):
    sample = next(a for a in data.activities if a.sample)
    event = icalendar.Calendar.from_ical(
        icalendar_export.calendar([sample], data.current, data, ROOT_URL, "vi", STAMP, ui_strings("vi"))
    ).walk("VEVENT")[0]
    assert str(event["SUMMARY"]).startswith("[Dữ liệu mẫu]") and str(event["STATUS"]) == "TENTATIVE"


def test_activity_ics_sits_next_to_its_page():
    assert icalendar_export.activity_ics_src("x", "vi") == "lich-hoat-dong/x.ics"
    assert icalendar_export.activity_ics_src("x", "en") == "schedule/x.ics"


# ---- JSON-LD ------------------------------------------------------------------------------------


def test_week_event_and_organisation(data):
    org = sd.government_organization(data, ROOT_URL, "vi")
    week = sd.week_event(data.current, data, ROOT_URL, "vi")
    assert org["@type"] == "GovernmentOrganization" and org["name"] == data.site.publisher.vi
    assert week["@type"] == "Event" and week["startDate"] == "2022-10-01" and week["endDate"] == "2022-10-07"
    assert week["organizer"] == {"@id": org["@id"]}
    # Every activity in data/ is sample data: none is published as a real sub-event, and the Week
    # claims no attendance mode derived from them.
    assert all(a.sample for a in data.activities)
    assert "subEvent" not in week and "eventAttendanceMode" not in week
    real = dataclasses.replace(data.activities[0], sample=False)
    edition = dataclasses.replace(data.current, activities=(real,) + data.current.activities[1:])
    week = sd.week_event(edition, data, ROOT_URL, "vi")
    assert week["@id"] == ROOT_URL + "2022/#event" and week["url"] == ROOT_URL + "2022/"
    assert week["subEvent"] == [{"@id": ROOT_URL + f"lich-hoat-dong/{real.id}/#event"}]
    assert week["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"


def test_sample_records_have_no_jsonld(data):
    sample = next(a for a in data.activities if a.sample)
    assert sd.record_nodes(RecordKind.ACTIVITY, sample, data, ROOT_URL, "vi") == []
    real = dataclasses.replace(sample, sample=False)
    assert [n["@type"] for n in sd.record_nodes(RecordKind.ACTIVITY, real, data, ROOT_URL, "vi")] == ["Event"]


def test_jsonld_text_cannot_end_its_script_element():
    text = sd.to_script_json({"name": "x </script><script>alert(1)</script> <!-- & -->"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"name": "x </script><script>alert(1)</script> <!-- & -->"}


@pytest.mark.parametrize("fmt,mode", [("in_person", "Offline"), ("online", "Online"), ("hybrid", "Mixed")])
def test_activity_event_location_and_attendance_mode(data, fmt, mode):
    activity = next(a for a in data.activities if a.format == fmt)
    node = sd.activity_event(activity, data, ROOT_URL, "en")
    assert node["eventAttendanceMode"] == f"https://schema.org/{mode}EventAttendanceMode"
    locations = node["location"] if isinstance(node["location"], list) else [node["location"]]
    types = {loc["@type"] for loc in locations}
    assert types == {"in_person": {"Place"}, "online": {"VirtualLocation"}, "hybrid": {"Place", "VirtualLocation"}}[fmt]
    assert node["startDate"].endswith("+07:00")
    assert node["superEvent"] == {"@id": sd.week_id(ROOT_URL, data.current)}


def test_learning_resource(data):
    resource = data.resources_by_id["wikipedia-tieng-viet"]
    node = sd.learning_resource(resource, data, ROOT_URL, "vi")
    assert node["@type"] == "LearningResource"
    assert node["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert node["inLanguage"] == ["vi"] and node["learningResourceType"] == "Tra cứu (bách khoa, từ điển)"
    assert {a["educationalRole"] for a in node["audience"]} == {"Mọi người dân", "Học sinh", "Sinh viên"}
    free = sd.learning_resource(data.resources_by_id["khan-academy-vi"], data, ROOT_URL, "en")
    assert free["license"] == "Free to use" and "conditionsOfAccess" not in free
    openstax = sd.learning_resource(data.resources_by_id["openstax"], data, ROOT_URL, "vi")
    assert openstax["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert openstax["conditionsOfAccess"] == "CC BY 4.0 (phần lớn sách; xem từng cuốn)"


@pytest.mark.parametrize(
    "lang, rid, label, licence_id, url",
    [
        ("vi", "khan-academy-vi", "Miễn phí sử dụng", "free_to_use", ""),
        ("en", "khan-academy-vi", "Free to use", "free_to_use", ""),
        ("vi", "open-library", "Miễn phí sử dụng (quyền tùy từng sách)", "free_to_use", ""),
        ("en", "open-library", "Free to use (rights vary by book)", "free_to_use", ""),
        (
            "en",
            "openstax",
            "CC BY 4.0 (most books; check each book)",
            "cc_by_4_0",
            "https://creativecommons.org/licenses/by/4.0/",
        ),
    ],
)
def test_licence_is_in_the_files_language_with_its_id_and_url(data, lang, rid, label, licence_id, url):
    entries = catalogue_export.resource_entries(data, ROOT_URL, lang)
    entry = next(e for e in entries if e["id"] == rid)
    assert (entry["licence"], entry["licence_id"], entry["licence_url"] or "") == (label, licence_id, url)
    row = next(
        r
        for r in csv.DictReader(io.StringIO(catalogue_export.to_csv(entries).decode("utf-8-sig"), newline=""))
        if r["id"] == rid
    )
    assert (row["licence"], row["licence_id"], row["licence_url"]) == (label, licence_id, url)
    # New columns last, in the order they came: positional readers keep working.
    assert list(row)[-3:] == ["licence_id", "licence_url", "sample"]
    feed = ET.fromstring(
        catalogue_export.to_opds(
            entries, lang=lang, root_url=ROOT_URL, publisher="P", generated=STAMP, title="T", sample_label="Sample data"
        )
    )
    entry_xml = next(e for e in feed.findall(ATOM + "entry") if e.findtext(DC + "identifier") == rid)
    assert entry_xml.findtext(ATOM + "rights") == label
    links = [link.get("href") for link in entry_xml.findall(f"{ATOM}link[@rel='license']")]
    assert links == ([url] if url else [])


@pytest.mark.parametrize("lang, label", [("vi", "[Dữ liệu mẫu] "), ("en", "[Sample data] ")])
def test_a_sample_resource_is_flagged_in_json_csv_and_opds(data, lang, label):
    sample = dataclasses.replace(data.resources_by_id["openstax"], sample=True)
    one = dataclasses.replace(data, resources=(data.resources_by_id["khan-academy-vi"], sample))
    entries = catalogue_export.resource_entries(one, ROOT_URL, lang)
    doc = json.loads(
        catalogue_export.to_json(entries, lang=lang, root_url=ROOT_URL, publisher="P", generated=STAMP, title="T")
    )
    assert [r["sample"] for r in doc["resources"]] == [False, True]
    rows = list(csv.DictReader(io.StringIO(catalogue_export.to_csv(entries).decode("utf-8-sig"), newline="")))
    assert [row["sample"] for row in rows] == ["false", "true"]
    feed = ET.fromstring(
        catalogue_export.to_opds(
            entries, lang=lang, root_url=ROOT_URL, publisher="P", generated=STAMP, title="T", sample_label=label[1:-2]
        )
    )
    titles = [e.findtext(ATOM + "title") for e in feed.findall(ATOM + "entry")]
    assert titles == [data.resources_by_id["khan-academy-vi"].title.get(lang), label + sample.title.get(lang)]


def test_script_json_cannot_close_the_script_element():
    text = sd.to_script_json({"name": "</script><script>alert(1)</script>"})
    assert "</" not in text and json.loads(text)["name"] == "</script><script>alert(1)</script>"


def test_find_record_and_descriptions(data):
    assert find_record(data, RecordRef(RecordKind.RESOURCE, "openstax")).id == "openstax"
    assert find_record(data, RecordRef(RecordKind.RESOURCE, "nope")) is None and find_record(data, None) is None
    ward = data.wards_by_id["cau-dat"]
    assert "Phường Cầu Đất" in sd.record_description(RecordKind.WARD, ward, data, "vi", ui_strings("vi", data))
    assert len(sd.shorten("từ " * 200)) <= 200


# ---- Banners ------------------------------------------------------------------------------------


def slogan_table(path):
    rows = re.findall(r"^\| (\d) \| ([^|]+?) \| ([^|{]+?)(?: \{[^}]*\})? \|$", path.read_text(encoding="utf-8"), re.M)
    return [(int(n), vi, en) for n, vi, en in rows]


def test_slogans_match_the_slogans_pages(data):
    vi_rows = slogan_table(ROOT / "docs/vi/khau-hieu.md")
    en_rows = slogan_table(ROOT / "docs/en/slogans.md")
    assert [(n, s.vi) for n, s in enumerate(data.current.slogans, 1)] == [(n, vi) for n, vi, _ in vi_rows]
    assert len(en_rows) == 5


def test_banner_svg_has_slogan_week_name_qr_and_banner_proportion(data):
    kit = banners.banner_kit(data.current, ROOT_URL, ui_strings("vi", data))
    assert [b["filename"] for b in kit] == [f"bang-ron-khau-hieu-{n}.svg" for n in range(1, 6)]
    for banner in kit:
        root = ET.fromstring(banner["svg"].encode("utf-8"))
        assert (root.get("width"), root.get("height")) == ("5000mm", "800mm")  # 25:4, 5 m x 0.8 m
        texts = " ".join(t for t in root.itertext() if t.strip())
        slogan = banners.display_text(banner["slogan"].vi).upper()
        lines = [t.text for t in root.iter("{http://www.w3.org/2000/svg}tspan")]
        assert " ".join(lines) == slogan
        assert "TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2022" in texts
        assert decode_qr(qrcodes.matrix_from_svg(banner["svg"])) == [ROOT_URL]
    assert "ĐẠI DỊCH COVID-19" in kit[1]["svg"] and "CHÌA KHÓA" in kit[4]["svg"]


def test_banner_lines_never_split_compound_words(data):
    for slogan in data.current.slogans:
        lines = banners.split_lines(banners.display_text(slogan.vi).upper(), slogan.banner_break)
        assert 1 <= len(lines) <= 2
        joined = " | ".join(lines)
        for compound in ("TUẦN | LỄ", "HỌC | TẬP", "SUỐT | ĐỜI", "THÀNH | CÔNG", "CHUYỂN | ĐỔI", "ĐẠI | DỊCH"):
            assert compound not in joined
        assert banners.font_size(lines) >= 120


def test_banner_pdf_is_deterministic_real_size_and_keeps_the_vietnamese_text(data):
    mm = 72 / 25.4
    for number, slogan in enumerate(data.current.slogans, 1):
        pdf = banner_pdf.banner_pdf(number, slogan, data.current, ROOT_URL, ui_strings("vi", data))
        assert pdf.startswith(b"%PDF-")
        assert pdf == banner_pdf.banner_pdf(
            number, slogan, data.current, ROOT_URL, ui_strings("vi", data)
        )  # same input, same bytes
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        assert (round(float(box.width) / mm), round(float(box.height) / mm)) == (5000, 800)
        assert float(box.width) <= 14_400  # PDF page size limit (200 in)
        text = unicodedata.normalize("NFC", reader.pages[0].extract_text())
        assert text == reader.pages[0].extract_text()  # already NFC: diacritics as precomposed letters
        lines = banners.split_lines(banners.display_text(slogan.vi).upper(), slogan.banner_break)
        for line in lines:  # same line breaks as the SVG
            assert unicodedata.normalize("NFC", line) in text.splitlines()
        assert "TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2022" in text
        assert "hoctapsuotdoi.example" in text
        assert reader.metadata.title == banners.display_text(slogan.vi)
        assert reader.trailer["/Root"]["/Lang"] == "vi"
        fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
        assert fonts and all("Roboto" in f for f in fonts)


def test_qr_cache_reuses_symbols_between_builds_and_prunes(tmp_path):
    from hooks.lib.opendata import qrcodes

    path = tmp_path / ".cache" / "qrcodes.json"
    first = qrcodes.QrCache(path)
    svg = qrcodes.qr_svg("https://example.org/a/", "QR", cache=first)
    qrcodes.qr_svg("https://example.org/b/", "QR", cache=first)
    first.save()
    assert svg == qrcodes.qr_svg("https://example.org/a/", "QR")  # same symbol with or without cache

    second = qrcodes.QrCache(path)
    assert set(second.symbols) == {"https://example.org/a/", "https://example.org/b/"}
    assert qrcodes.qr_svg("https://example.org/a/", "QR", cache=second) == svg
    assert not second.dirty  # served from the file, nothing encoded
    second.save()  # b was not used by this "build": pruned
    assert set(qrcodes.QrCache(path).symbols) == {"https://example.org/a/"}


def test_qr_cache_ignores_unreadable_or_foreign_files(tmp_path):
    from hooks.lib.opendata import qrcodes

    path = tmp_path / "qrcodes.json"
    path.write_text("{not json", encoding="utf-8")
    assert qrcodes.QrCache(path).symbols == {}
    path.write_text('{"key": "other segno", "symbols": {"https://x/": [21, "M0 0h1v1h-1z"]}}', encoding="utf-8")
    assert qrcodes.QrCache(path).symbols == {}


def test_csv_cells_that_spreadsheets_would_run_are_neutralised(data):
    hostile = dataclasses.replace(
        data.resources[0],
        title=data.resources[0].title.__class__(vi='=HYPERLINK("http://evil.example","bấm")', en="+1+1"),
        provider="@SUM(A1)",
    )
    entries = catalogue_export.resource_entries(dataclasses.replace(data, resources=(hostile,)), ROOT_URL, "vi")
    rows = list(csv.DictReader(io.StringIO(catalogue_export.to_csv(entries).decode("utf-8-sig"))))
    assert rows[0]["title"] == '\'=HYPERLINK("http://evil.example","bấm")'
    assert rows[0]["provider"] == "'@SUM(A1)"
    assert catalogue_export.spreadsheet_safe("-2+3") == "'-2+3" and catalogue_export.spreadsheet_safe("\tx") == "'\tx"
    assert catalogue_export.spreadsheet_safe("Khan Academy") == "Khan Academy"

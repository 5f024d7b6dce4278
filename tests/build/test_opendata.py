"""Build tests of open data and print: every output of hooks/hook_opendata.py, parsed, from a real build."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar
import pytest
from bs4 import BeautifulSoup

from hooks.lib.i18n import routes
from hooks.lib.opendata import banners, qrcodes
from tests.support.qr import decode_qr

SITE_URL = "https://hoctapsuotdoi.example/"
LANG_DIR = {"vi": "", "en": "en/"}
FILES = {
    "vi": ("tai-nguyen.json", "tai-nguyen.csv", "opds.xml", "lich-hoat-dong.ics"),
    "en": ("resources.json", "resources.csv", "opds.xml", "schedule.ics"),
}
ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/terms/}"


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def html_pages(site: Path) -> list[Path]:
    """Content pages (not the redirect stubs of renamed resources, which only carry a meta refresh)."""
    pages = [p for p in site.rglob("index.html") if "assets" not in p.parts and "search" not in p.parts]
    return [p for p in pages if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")[:2000]]


def jsonld(page: BeautifulSoup) -> list[dict]:
    nodes = []
    for script in page.find_all("script", type="application/ld+json"):
        doc = json.loads(script.string)
        nodes += doc.get("@graph", [doc])
    return nodes


@pytest.fixture(scope="module")
def records(site_data) -> list[tuple[str, str]]:
    """(kind, id) of every record that has its own page."""
    return (
        [("activity", a.id) for a in site_data.activities]
        + [("resource", r.id) for r in site_data.resources]
        + [("ward", w.id) for w in site_data.wards]
    )


def decode_svg(svg: str) -> list[str]:
    return decode_qr(qrcodes.matrix_from_svg(svg))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_json_and_csv_catalogues_equal_the_resources(built_site, lang, site_data):
    json_name, csv_name, _, _ = FILES[lang]
    doc = json.loads((built_site / LANG_DIR[lang] / json_name).read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["resources"]] == [r.id for r in site_data.resources]
    for entry, r in zip(doc["resources"], site_data.resources, strict=True):
        assert (entry["title"], entry["description"]) == (r.title.get(lang), r.description.get(lang))
        assert (entry["resource_url"], entry["licence_id"], entry["provider"]) == (r.url, r.licence, r.provider)
        assert entry["licence"] == r.licence_label(site_data.vocabularies.licences, lang)
        assert entry["language"] == list(r.language)
        assert [a["id"] for a in entry["audience"]] == list(r.audience)
        assert [s["id"] for s in entry["subject"]] == list(r.subject)
        assert entry["format"]["id"] == r.format
        assert entry["page_url"] == {c: SITE_URL + routes.record_url("resource", r.id, c) for c in ("vi", "en")}
    raw = (built_site / LANG_DIR[lang] / csv_name).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [(row["id"], row["title"], row["resource_url"]) for row in rows] == [
        (r.id, r.title.get(lang), r.url) for r in site_data.resources
    ]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_opds_catalogue_equals_the_resources(built_site, lang, site_data):
    root = ET.parse(built_site / LANG_DIR[lang] / "opds.xml").getroot()
    entries = root.findall(ATOM + "entry")
    assert [e.findtext(DC + "identifier") for e in entries] == [r.id for r in site_data.resources]
    assert [e.findtext(ATOM + "title") for e in entries] == [r.title.get(lang) for r in site_data.resources]
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == SITE_URL + LANG_DIR[lang] + "opds.xml"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_icalendar_has_one_event_per_activity(built_site, lang, site_data):
    cal = icalendar.Calendar.from_ical((built_site / LANG_DIR[lang] / FILES[lang][3]).read_bytes())
    events = cal.walk("VEVENT")
    assert sorted(str(e["UID"]).split("@")[0] for e in events) == sorted(a.id for a in site_data.activities)
    by_uid = {str(e["UID"]).split("@")[0]: e for e in events}
    for activity in site_data.activities:
        event = by_uid[activity.id]
        assert event.decoded("DTSTART") == activity.start and event.decoded("DTEND") == activity.end
        assert event["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
        assert str(event["URL"]) == SITE_URL + routes.record_url("activity", activity.id, lang)
        assert str(event["LOCATION"]).startswith(activity.venue.get(lang))
        single = built_site / LANG_DIR[lang] / (routes.record_src("activity", activity.id, lang)[:-3] + ".ics")
        one = icalendar.Calendar.from_ical(single.read_bytes()).walk("VEVENT")
        assert [str(e["UID"]) for e in one] == [str(event["UID"])]


def test_every_page_has_description_open_graph_twitter_and_discovery_links(built_site):
    pages = html_pages(built_site)
    assert len(pages) > 60
    for path in pages:
        page = soup(path)
        where = path.relative_to(built_site)
        description = page.find("meta", attrs={"name": "description"})
        assert description and description["content"].strip(), where
        for prop in (
            "og:title",
            "og:description",
            "og:url",
            "og:type",
            "og:locale",
            "og:site_name",
            "og:image",
            "og:image:width",
            "og:image:height",
            "og:image:alt",
        ):
            tag = page.find("meta", property=prop)
            assert tag and tag["content"].strip(), (where, prop)
        assert page.find("meta", property="og:url")["content"] == page.find("link", rel="canonical")["href"], where
        # Every page has a link-preview image (hooks/hook_media.py): its first photo or a title card.
        assert page.find("meta", property="og:image")["content"].startswith(SITE_URL), where
        assert page.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image", where
        types = {link.get("type") for link in page.find_all("link", rel="alternate")}
        assert {"application/json", "text/csv", "text/calendar"} <= types, where
        assert any(t and t.startswith("application/atom+xml;profile=opds-catalog") for t in types), where
        for link in page.find_all("link", rel="alternate"):
            if link.get("type") in ("application/json", "text/csv", "text/calendar"):
                assert link["href"].startswith(SITE_URL), where
                assert (built_site / link["href"][len(SITE_URL) :]).is_file(), (where, link["href"])


def test_every_jsonld_block_parses_and_home_pages_carry_week_and_organisation(built_site):
    for path in html_pages(built_site):
        jsonld(soup(path))  # raises on invalid JSON
    for lang in ("vi", "en"):
        nodes = jsonld(soup(built_site / LANG_DIR[lang] / "index.html"))
        types = {n["@type"] for n in nodes}
        assert {"Event", "GovernmentOrganization"} <= types
        week = next(n for n in nodes if n["@type"] == "Event")
        assert week["startDate"] == "2022-10-01" and week["location"]["@type"] == "Place"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_record_pages_carry_jsonld_and_a_qr_code_to_their_permanent_url(built_site, lang, records, site_data):
    for kind, record_id in records:
        url = SITE_URL + routes.record_url(kind, record_id, lang)
        path = built_site / routes.record_url(kind, record_id, lang) / "index.html"
        assert path.is_file(), f"missing record page {path}"
        page = soup(path)
        figure = page.select_one("figure.od-qr")
        assert figure is not None, path
        svg = figure.find("svg")
        assert svg["role"] == "img" and url in svg["aria-label"] and url in svg.title.string
        assert decode_svg(str(svg)) == [url], path
        caption_url = figure.select_one("figcaption .od-qr__url")
        assert caption_url.get_text("") == url and caption_url.find("wbr") is not None  # wraps between parts
        nodes = jsonld(page)
        expected = {"activity": "Event", "resource": "LearningResource", "ward": "AdministrativeArea"}[kind]
        record = {
            "activity": {a.id: a for a in site_data.current.activities},
            "resource": site_data.resources_by_id,
            "ward": site_data.wards_by_id,
        }[kind][record_id]
        if getattr(record, "sample", False):  # never published as real in machine-readable outputs
            assert nodes == [], path
            continue
        node = next(n for n in nodes if n["@type"] == expected)
        if kind == "activity":
            assert node["eventAttendanceMode"].startswith("https://schema.org/")
            assert node["location"] and node["startDate"].endswith("+07:00")
            link = page.select_one(".activity-actions a[download]")
            assert link["href"].endswith(f"{record_id}.ics") and link.get("type") == "text/calendar"
        if kind == "resource":
            for key in ("license", "inLanguage", "audience", "learningResourceType"):
                assert node[key], (path, key)


@pytest.mark.parametrize("lang,kit", [("vi", "bo-bang-ron"), ("en", "banner-kit")])
def test_banner_kit_has_one_banner_file_per_slogan_and_lists_them(built_site, lang, kit, site_data):
    folder = built_site / LANG_DIR[lang] / kit
    page = soup(folder / "index.html")
    images = page.select(".od-banner img")
    assert len(images) == len(site_data.current.slogans) == 5
    for number, (slogan, img) in enumerate(zip(site_data.current.slogans, images, strict=True), start=1):
        svg_file = folder / banners.filename(number)
        text = svg_file.read_text(encoding="utf-8")
        assert banners.display_text(slogan.vi).split()[0].upper() in text
        assert img["src"] == banners.filename(number)
        figure = page.select_one(f"#banner-{number}")
        quoted = figure.select_one("figcaption strong")
        assert banners.display_text(slogan.vi) in quoted.get_text()
        if lang == "vi":
            assert img["alt"] == f"Băng rôn khẩu hiệu {number}: {banners.display_text(slogan.vi)}"
            assert not quoted.has_attr("lang")
        else:  # the banner is Vietnamese: the English page says so and gives its meaning; the quote is marked
            assert img["alt"] == f"Banner {number}, in Vietnamese: {banners.display_text(slogan.en)}"
            assert quoted["lang"] == "vi"
        assert decode_svg(text) == [SITE_URL]
        pdf = (folder / banners.filename(number, "pdf")).read_bytes()
        assert pdf.startswith(b"%PDF-")  # Vietnamese banners in both languages: the same file
        assert pdf == (built_site / "bo-bang-ron" / banners.filename(number, "pdf")).read_bytes()
        links = {a["href"]: a.get("type") for a in figure.select("figcaption a[download]")}
        assert links == {banners.filename(number): "image/svg+xml", banners.filename(number, "pdf"): "application/pdf"}


def test_print_stylesheet_is_linked_for_print_and_hides_the_chrome(built_site):
    page = soup(built_site / "khau-hieu" / "index.html")
    link = next(tag for tag in page.find_all("link", rel="stylesheet") if "print.css" in tag["href"])
    assert link["media"] == "print"
    css = (built_site / "assets" / "stylesheets" / "print.css").read_text(encoding="utf-8")
    assert "size: A4" in css and ".md-header" in css and ".md-sidebar" in css and "attr(data-print-href)" in css
    assert "@media print" not in (built_site / "assets" / "stylesheets" / "site.css").read_text(encoding="utf-8")
    relative = [a for a in page.select("article a[href]") if a.get("data-print-href")]
    assert relative and all(a["data-print-href"].startswith(SITE_URL) for a in relative)

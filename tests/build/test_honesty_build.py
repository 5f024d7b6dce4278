"""Sample data never passes for real, withdrawn content leaves a "removed" page, corrections are dated, renamed
posts redirect, English counts agree with their numbers, every content page has a skip link.

Two builds: the real site (``built_site``: every 2022 activity, library and post is sample data) and one copy
with a sample resource, a withdrawn resource, activity and post pair, and a corrected post
(tests/support/honesty.py). Expected addresses and words are spelt out here.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.support.honesty import CORRECTION_NOTE, WITHDRAWN_TITLE_VI, make_honesty_project
from tests.support.project import ROOT, copy_project, run_build

SITE = "https://hoctapsuotdoi.example/"
ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/terms/}"
PREFIX = {"vi": "[Dữ liệu mẫu] ", "en": "[Sample data] "}
HONOURS_JSON = "guong-dien-hinh.json"  # the honour roll in open data (hooks/lib/opendata/honours.py)
NOTE = {"vi": "Các mục có nhãn “Dữ liệu mẫu” trên trang này", "en": "Items labelled “Sample data” on this page"}


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.parts)


@pytest.fixture(scope="module")
def honesty_site(tmp_path_factory) -> Path:
    project = make_honesty_project(copy_project(tmp_path_factory.mktemp("honesty") / "proj"))
    site = project.parent / "site"
    result = run_build(project, site)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return site


# --- No JSON-LD for sample records ----------------------------------------------------------------------


def _jsonld_strings(node) -> list[str]:
    if isinstance(node, dict):
        return [
            s
            for key, value in node.items()
            for s in ([value] if key in ("@id", "url") and isinstance(value, str) else _jsonld_strings(value))
        ]
    if isinstance(node, list):
        return [s for item in node for s in _jsonld_strings(item)]
    return []


@pytest.mark.parametrize("which", ["built_site", "honesty_site"])
def test_no_jsonld_node_describes_a_sample_record(request, which):
    site = request.getfixturevalue(which)
    sample_pages, described = set(), {}
    for path in pages(site):
        html = soup(path)
        record = html.select_one(".data-record")
        if record is not None and record.select_one("h1 + p > .sample-badge"):
            sample_pages.add(SITE + path.parent.relative_to(site).as_posix() + "/")
        for block in html.select('script[type="application/ld+json"]'):
            for ref in _jsonld_strings(json.loads(block.string)):
                described.setdefault(ref.split("#")[0], []).append(path.relative_to(site).as_posix())
    # The pages the test finds as sample records include these (spelt out: the scan can see them).
    assert {SITE + "lich-hoat-dong/le-phat-dong-cau-dat/", SITE + "en/schedule/le-phat-dong-cau-dat/"} <= sample_pages
    if which == "honesty_site":
        assert {SITE + "tai-nguyen/openstax/", SITE + "en/resources/openstax/"} <= sample_pages
    assert len(described) > 10  # the real records and the Week are described
    assert {url: described[url] for url in sample_pages if url in described} == {}


# --- Every open-data row of a sample record is flagged ---------------------------------------------------


@pytest.mark.parametrize(
    "lang, json_name, csv_name, opds_name",
    [
        ("vi", "tai-nguyen.json", "tai-nguyen.csv", "opds.xml"),
        ("en", "en/resources.json", "en/resources.csv", "en/opds.xml"),
    ],
)
def test_catalogues_flag_the_sample_resource_and_only_it(honesty_site, lang, json_name, csv_name, opds_name):
    resources = json.loads((honesty_site / json_name).read_text(encoding="utf-8"))["resources"]
    assert [r["id"] for r in resources if r["sample"] is True] == ["openstax"]
    assert all(r["sample"] is False for r in resources if r["id"] != "openstax")
    rows = list(csv.DictReader(io.StringIO((honesty_site / csv_name).read_text(encoding="utf-8-sig"), newline="")))
    assert {row["id"]: row["sample"] for row in rows if row["sample"] != "false"} == {"openstax": "true"}
    titles = {
        e.findtext(DC + "identifier"): e.findtext(ATOM + "title")
        for e in ET.parse(honesty_site / opds_name).getroot().iter(ATOM + "entry")
    }
    assert (
        titles["openstax"]
        == {"vi": "[Dữ liệu mẫu] OpenStax - Giáo trình mở", "en": "[Sample data] OpenStax open textbooks"}[lang]
    )
    assert [i for i, title in titles.items() if title.startswith("[")] == ["openstax"]


def _vevents(path: Path) -> list[dict]:
    """Each VEVENT as {property name: value} (parameters such as ``;LANGUAGE=vi`` dropped)."""
    text = path.read_bytes().decode("utf-8").replace("\r\n ", "")  # unfold (CRLF kept: not read_text)
    events = []
    for block in text.split("BEGIN:VEVENT")[1:]:
        lines = [line.split(":", 1) for line in block.split("END:VEVENT")[0].split("\r\n") if ":" in line]
        events.append({name.split(";")[0]: value for name, value in lines})
    return events


@pytest.mark.parametrize(
    "lang, calendar, one",
    [
        ("vi", "lich-hoat-dong.ics", "lich-hoat-dong/le-phat-dong-cau-dat.ics"),
        ("en", "en/schedule.ics", "en/schedule/le-phat-dong-cau-dat.ics"),
        ("vi", "2022/lich-hoat-dong.ics", "lich-hoat-dong/tu-sach-lop-hoc-gia-vien.ics"),
    ],
)
def test_every_sample_activity_is_flagged_in_every_calendar(built_site, lang, calendar, one):
    events = _vevents(built_site / calendar) + _vevents(built_site / one)
    assert len(events) == 15  # 14 activities, all sample data (data/editions/2022/activities.yml), and one
    for event in events:
        assert event["SUMMARY"].startswith(PREFIX[lang]), event["SUMMARY"]
        assert event["STATUS"] == "TENTATIVE"


@pytest.mark.parametrize("lang, feed", [("vi", "feed.xml"), ("en", "en/feed.xml")])
def test_every_sample_post_is_flagged_in_the_feed(built_site, lang, feed):
    items = list(ET.parse(built_site / feed).getroot().iter("item"))
    assert len(items) == {"vi": 4, "en": 4}[lang]  # every post of docs/ is a sample post
    assert [i.findtext("title") for i in items if not i.findtext("title").startswith(PREFIX[lang])] == []


def test_link_previews_of_sample_items_say_so(built_site):
    def og_title(path: str) -> str:
        return soup(built_site / path / "index.html").select_one('meta[property="og:title"]')["content"]

    assert (
        og_title("lich-hoat-dong/le-phat-dong-cau-dat")
        == "[Dữ liệu mẫu] Lễ phát động Tuần lễ hưởng ứng học tập suốt đời năm 2022"
    )
    assert (
        og_title("en/news/2022-10-04-may-chai-banners")
        == "[Sample data] Máy Chai ward hangs banners and slogans for the Week"
    )
    assert og_title("phuong/cau-dat") == "Phường Cầu Đất"  # a real ward, whose lists hold sample items


# --- One page-level note on every list made of sample items ------------------------------------------------


@pytest.mark.parametrize(
    "lang, path",
    [
        ("vi", ""),
        ("vi", "lich-hoat-dong/"),
        ("vi", "2022/lich-hoat-dong/"),
        ("vi", "2022/"),
        ("vi", "phuong/"),
        ("vi", "phuong/cau-dat/"),
        ("vi", "thu-vien/"),
        ("vi", "tin-tuc/"),
        ("vi", "tin-tuc/chuyen-muc/tuyen-truyen/"),
        ("vi", "tin-tuc/luu-tru/2022-10/"),
        ("en", "en/"),
        ("en", "en/schedule/"),
        ("en", "en/wards/"),
        ("en", "en/wards/may-chai/"),
        ("en", "en/libraries/"),
        ("en", "en/news/"),
        ("en", "en/2022/"),
    ],
)
def test_lists_of_sample_items_carry_one_note(built_site, lang, path):
    notes = soup(built_site / path / "index.html").select(".sample-note")
    assert len(notes) == 1 and NOTE[lang] in notes[0].get_text(" "), path


def test_catalogue_note_only_when_it_holds_sample_resources(built_site, honesty_site):
    assert soup(built_site / "tai-nguyen/index.html").select(".sample-note") == []
    assert len(soup(honesty_site / "tai-nguyen/index.html").select(".sample-note")) == 1
    assert len(soup(honesty_site / "en/resources/format/textbook/index.html").select(".sample-note")) == 1
    assert soup(honesty_site / "en/resources/format/video/index.html").select(".sample-note") == []


# --- Withdrawn records and posts ----------------------------------------------------------------------------

REMOVED = [  # (address, language, date shown, reason shown or None)
    ("tai-nguyen/mit-opencourseware/", "vi", "05/10/2022", "Trang web của tài nguyên đã đổi điều kiện sử dụng."),
    ("tai-nguyen/mit-ocw/", "vi", "05/10/2022", "Trang web của tài nguyên đã đổi điều kiện sử dụng."),
    ("en/resources/mit-opencourseware/", "en", "5 October 2022", "The resource's website changed its terms of use."),
    ("lich-hoat-dong/luan-chuyen-sach-cau-tre/", "vi", "02/10/2022", None),
    ("en/schedule/luan-chuyen-sach-cau-tre/", "en", "2 October 2022", None),
    ("tin-tuc/2022-10-04-luan-chuyen-sach-thu-vien/", "vi", "06/10/2022", "Tin đăng nhầm phường."),
    ("en/news/2022-10-04-library-book-rotation/", "en", "6 October 2022", None),
    ("2022/guong-dien-hinh/ca-nhan-dong-quoc-binh-1/", "vi", "08/10/2022", "Người được nêu tên đề nghị gỡ."),
    (
        "en/2022/honour-roll/ca-nhan-dong-quoc-binh-1/",
        "en",
        "8 October 2022",
        "The person asked for it to be taken down.",
    ),
]


@pytest.mark.parametrize("address, lang, date, reason", REMOVED)
def test_a_withdrawn_item_leaves_a_removed_page_with_its_date_only(honesty_site, address, lang, date, reason):
    path = honesty_site / address / "index.html"
    html = soup(path)
    article = html.select_one("article")
    assert article.select_one("h1").get_text() == {"vi": "Nội dung đã gỡ", "en": "Content removed"}[lang]
    assert article.select_one(".removed-date time").get_text() == date
    found = article.select_one(".removed-reason")
    assert (found.get_text(" ", strip=True).split(": ", 1)[1] if found else None) == reason
    assert html.select_one('meta[name="robots"]')["content"] == "noindex"
    assert html.select('script[type="application/ld+json"]') == [] and html.select(".share") == []
    raw = path.read_text(encoding="utf-8")
    for gone in (
        "MIT OpenCourseWare",
        "Massachusetts",
        "Luân chuyển sách giữa thư viện nhà trường",
        "Book rotation between",
        WITHDRAWN_TITLE_VI,
        "Books and newspapers rotate",
        "Nguyễn Thị B",
        "smartphone",
        "điện thoại thông minh",
    ):
        assert gone not in raw  # no title, text or description of what was removed, anywhere in the page


def test_withdrawn_items_are_in_no_list_search_sitemap_feed_or_open_data(honesty_site):
    names = (
        "mit-opencourseware",
        "mit-ocw",
        "luan-chuyen-sach-cau-tre",
        "2022-10-04-luan-chuyen-sach-thu-vien",
        "2022-10-04-library-book-rotation",
        "ca-nhan-dong-quoc-binh-1",
        "Nguyễn Thị B",
    )
    files = [
        "sitemap.xml",
        "feed.xml",
        "en/feed.xml",
        "tai-nguyen.json",
        "tai-nguyen.csv",
        "opds.xml",
        "en/resources.json",
        "lich-hoat-dong.ics",
        "en/schedule.ics",
        "search/search_index.full.json",
        "en/search/search_index.full.json",
        "lich-hoat-dong/index.html",
        "phuong/cau-tre/index.html",
        "tai-nguyen/index.html",
        "tin-tuc/index.html",
        "en/news/index.html",
        "index.html",
        "phuong/dong-quoc-binh/index.html",
        "2022/guong-dien-hinh/index.html",
        HONOURS_JSON,
    ]
    for name in files:
        text = (honesty_site / name).read_text(encoding="utf-8-sig")
        assert [n for n in names if n in text] == [], name
    assert not (honesty_site / "lich-hoat-dong/luan-chuyen-sach-cau-tre.ics").exists()
    # ...while the untouched neighbours are still there (the check can fail).
    assert "tu-sach-lop-hoc-gia-vien" in (honesty_site / "lich-hoat-dong.ics").read_text(encoding="utf-8")


def test_a_corrected_post_shows_the_dated_note_at_its_top_and_in_its_feed_item(honesty_site):
    article = soup(honesty_site / "tin-tuc/2022-10-05-hoc-truc-tuyen-nen-tang-so/index.html").select_one("article")
    box = article.select_one(".news-corrections")
    assert box.select_one(".admonition-title").get_text() == "Đính chính"
    assert box.select_one("time")["datetime"] == "2022-10-06"
    assert box.get_text(" ", strip=True) == f"Đính chính 06/10/2022 : {CORRECTION_NOTE}"
    assert article.select_one("h1").find_next("div") is box  # at the top: right after the title and date
    items = {
        i.findtext("link"): i.findtext("description")
        for i in ET.parse(honesty_site / "feed.xml").getroot().iter("item")
    }
    assert items[SITE + "tin-tuc/2022-10-05-hoc-truc-tuyen-nen-tang-so/"].startswith(
        f"Đính chính ngày 06/10/2022: {CORRECTION_NOTE} Trung tâm học tập cộng đồng"
    )


# --- Renamed posts: the old addresses redirect ---------------------------------------------------------------


@pytest.mark.parametrize(
    "old, new",
    [
        ("tin-tuc/2022-10-01-phat-dong-tuan-le/", "tin-tuc/2022-10-03-huong-dan-tuyen-truyen-tuan-le/"),
        ("tin-tuc/2022-10-02-may-chai-treo-bang-ron/", "tin-tuc/2022-10-04-may-chai-treo-bang-ron/"),
        ("en/news/2022-10-01-week-launched/", "en/news/2022-10-03-publicity-guidance/"),
        ("en/news/2022-10-02-may-chai-banners/", "en/news/2022-10-04-may-chai-banners/"),
    ],
)
def test_renamed_posts_redirect_from_their_old_address_without_script(built_site, old, new):
    html = soup(built_site / old / "index.html")
    assert html.select_one('link[rel="canonical"]')["href"] == SITE + new
    refresh = html.select_one('meta[http-equiv="refresh"]')["content"]
    assert refresh == "0; url=../" + new.rstrip("/").rsplit("/", 1)[1] + "/"
    assert html.select("script") == [] and html.select_one('meta[name="robots"]')["content"] == "noindex"
    assert (built_site / new / "index.html").is_file()
    assert SITE + old not in (built_site / "sitemap.xml").read_text(encoding="utf-8")


# --- English counts agree with their numbers ------------------------------------------------------------------

# The plural nouns the English UI counts (overrides/locales/en.yml `other` forms), and others a count could take.
PLURAL_NOUNS = (
    "activities",
    "resources",
    "learning resources",
    "libraries",
    "libraries/learning centres",
    "days",
    "posts",
    "wards",
    "results",
    "documents",
    "banners",
    "entries",
    "events",
)


def test_no_english_page_says_one_with_a_plural(built_site):
    one = re.compile(r"\b1 (" + "|".join(re.escape(n) for n in PLURAL_NOUNS) + r")\b")
    found, checked = [], 0
    for path in pages(built_site / "en"):
        html = soup(path)
        texts = [html.get_text(" ")] + [
            value for tag in html.find_all(True) for value in tag.attrs.values() if isinstance(value, str)
        ]
        checked += 1
        found += [
            f"{path.relative_to(built_site)}: {m.group(0)}"
            for text in texts
            for m in one.finditer(" ".join(text.split()))
        ]
    assert checked > 80 and found == []
    # The singular is used where the count is one (a facet value with one resource), in text and description.
    facet = soup(built_site / "en/resources/format/app/index.html")
    assert "1 resource ·" in " ".join(facet.select_one("article").get_text(" ").split())
    assert facet.select_one('meta[name="description"]')["content"].startswith("1 learning resource with format")


# --- A skip link on every page of content ----------------------------------------------------------------------


def test_every_content_page_starts_with_a_skip_link_to_its_heading(built_site):
    checked = 0
    for path in pages(built_site):
        if path.name in ("404.html", "offline.html"):  # one short paragraph each (the statement says so)
            continue
        html = soup(path)
        if html.select_one("article") is None:  # redirect pages
            continue
        skip = html.select_one("a.md-skip")
        assert skip is not None, path.relative_to(built_site)
        assert html.select_one(f'[id="{skip["href"].lstrip("#")}"]').name in ("h1", "h2"), path.relative_to(built_site)
        checked += 1
    assert checked > 200


# --- The accessibility statement says what is true ------------------------------------------------------------


@pytest.mark.parametrize(
    "path, needs, untrue",
    [
        ("tuyen-bo-tiep-can/index.html", "Tìm kiếm cần JavaScript.", "tìm kiếm được cả khi không bật JavaScript"),
        ("en/accessibility/index.html", "Search needs JavaScript.", "searched without JavaScript"),
    ],
)
def test_accessibility_statement_says_search_needs_javascript(built_site, path, needs, untrue):
    article = soup(built_site / path).select_one("article")
    heading = next(
        h
        for h in article.select("h2")
        if h.get_text(strip=True).rstrip("¶") in ("Hạn chế đã biết", "Known limitations")
    )
    limits = heading.find_next("ul")
    assert limits.select_one("li strong").get_text() == needs  # the first known limitation
    assert untrue not in " ".join(article.get_text(" ").split())


# --- English terms: the glossary's, one per Vietnamese term; slogans 1 and 4 ------------------------------------

# Words an earlier English text used (issue 15) for terms the glossary (or the guidance's English) fixes:
# tuyên truyền = publicity, cơ quan = agencies, biểu dương = commend, and the calques of slogans 1 and 4.
DRIFT = (
    "Awareness campaign",
    "Praising",
    "Communication",
    "Enthusiastically respond",
    "to successfully build a lifelong learning society",
    "Honouring good models",
)


def test_english_pages_keep_to_the_glossary(built_site):
    found, checked = [], 0
    for path in pages(built_site / "en"):
        text = " ".join(soup(path).get_text(" ").split())
        checked += 1
        found += [f"{path.relative_to(built_site)}: {word}" for word in DRIFT if word in text]
        # "offices" only in "agencies, offices and units" (cơ quan, công sở, đơn vị), never for cơ quan alone.
        found += [
            f"{path.relative_to(built_site)}: {m.group(0)}" for m in re.finditer(r"(?<!agencies, )\boffices\b", text)
        ]
    # Data texts not every page shows (activity type descriptions feed search and open data).
    for path in sorted((ROOT / "data").rglob("*.yml")):
        english = " ".join(re.findall(r"^\s*en: (.*)$", path.read_text(encoding="utf-8"), re.M))
        found += [f"{path.relative_to(ROOT)}: {word}" for word in DRIFT if word in english]
    assert checked > 80 and found == []
    # The right words are there (the scan reads the pages it should).
    activities = " ".join(soup(built_site / "en/activities/index.html").get_text(" ").split())
    assert "Commend, honour and reward exemplary groups and individuals" in activities
    assert "agencies, offices and units" in activities


def test_slogans_one_and_four_read_as_english_beside_the_vietnamese_originals(built_site):
    rows = [
        [cell for cell in row.select("td")] for row in soup(built_site / "en/slogans/index.html").select("table tr")[1:]
    ]
    assert [(r[0].get_text(), r[1].get("lang"), r[2].get_text()) for r in rows if r[0].get_text() in ("1", "4")] == [
        ("1", "vi", "Join in Lifelong Learning Week 2022 with enthusiasm!"),
        ("4", "vi", "Digital transformation for a successful lifelong learning society."),
    ]
    assert [r[1].get_text() for r in rows if r[0].get_text() in ("1", "4")] == [
        "Nhiệt liệt hưởng ứng Tuần lễ học tập suốt đời năm 2022.",
        "Chuyển đổi số để xây dựng thành công một xã hội học tập suốt đời.",
    ]

"""Build tests of the guidance's programmes: learning models, classroom bookshelves, library cooperation and
library pages, the honour roll, the wards' banners and the launch ceremony - parsed from the real build
(``built_site``) and from a small project with a photo and a build moment before the launch.

URLs and texts are spelt literally. Every official statement on a programme page must be the guidance's
own words with its section, a source staff entered, or a clearly marked staff block.
"""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from tests.support.programmes import BANNER_ALT, HONOUR_ALT, HONOUR_PHOTO_LINE, PHOTO_FILE, make_programme_photo_project
from tests.support.project import ROOT, assert_site_untouched, run_build, site_snapshot
from tests.support.strings import ui_strings

SEED = (ROOT / "tests" / "fixtures" / "seed" / "huong-dan-11-HD-VHTT-2022.txt").read_text(encoding="utf-8")
BADGE = {"vi": "Dữ liệu mẫu", "en": "Sample data"}
PROGRAMMES = {
    "vi": {
        "chuong-trinh/gia-dinh-hoc-tap/": "Gia đình học tập",
        "chuong-trinh/dong-ho-hoc-tap/": "Dòng họ học tập",
        "chuong-trinh/cong-dong-hoc-tap/": "Cộng đồng học tập",
        "chuong-trinh/don-vi-hoc-tap/": "Đơn vị học tập",
        "chuong-trinh/tu-sach-lop-hoc/": "Phong trào “tủ sách lớp học”",
        "chuong-trinh/hop-tac-thu-vien/": "Hợp tác thư viện, khuyến đọc",
    },
    "en": {
        "en/programmes/gia-dinh-hoc-tap/": "Learning Family",
        "en/programmes/dong-ho-hoc-tap/": "Learning Clan",
        "en/programmes/cong-dong-hoc-tap/": "Learning Community",
        "en/programmes/don-vi-hoc-tap/": "Learning Organisation",
        "en/programmes/tu-sach-lop-hoc/": "The “classroom bookshelf” movement",
        "en/programmes/hop-tac-thu-vien/": "Library cooperation and reading promotion",
    },
}
LEARNING_MODELS = [url for lang in PROGRAMMES for url in PROGRAMMES[lang] if "hoc-tap/" in url]


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def article(site: Path, url: str):
    return page(site, url).select_one("article")


def text(element) -> str:
    return " ".join(element.get_text(" ").split())


def target(site: Path, url: str, href: str) -> str:
    """The site-relative URL a relative link of the page at ``url`` leads to."""
    resolved = os.path.normpath(os.path.join("/" + url, href.split("#")[0]))
    return resolved.lstrip("/") + ("/" if href.split("#")[0].endswith("/") and resolved != "/" else "")


# --- Programme pages -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_programme_has_its_page_in_both_languages_listed_on_the_programmes_page(built_site, lang):
    index = "chuong-trinh/" if lang == "vi" else "en/programmes/"
    listed = [target(built_site, index, a["href"]) for a in article(built_site, index).select(".programme-item a")]
    assert listed[:6] == list(PROGRAMMES[lang])
    assert listed[6] == {"vi": "guong-dien-hinh/", "en": "en/honour-roll/"}[lang]  # the honouring programme
    for url, title in PROGRAMMES[lang].items():
        html = page(built_site, url)
        assert html.html["lang"] == lang and text(html.select_one("article h1")) == title


def test_the_menu_reaches_the_programmes_and_the_honour_roll(built_site):
    for home, urls in (("", ["chuong-trinh/", "guong-dien-hinh/"]), ("en/", ["en/programmes/", "en/honour-roll/"])):
        nav = page(built_site, home).select_one("nav.md-nav--primary")
        reached = {target(built_site, home, a["href"]) for a in nav.select("a.md-nav__link[href]")}
        assert set(urls) <= reached


@pytest.mark.parametrize(
    "url", [u for lang in PROGRAMMES for u in PROGRAMMES[lang]] + ["guong-dien-hinh/", "en/2022/honour-roll/"]
)
def test_official_statements_are_quotes_with_their_section_or_staff_blocks(built_site, url):
    body = article(built_site, url).select_one(".data-page")
    quotes = body.select("figure.guidance-quote")
    assert quotes
    for figure in quotes:
        cite = text(figure.find("cite"))
        assert re.search(r"11/HD-VHTT .*(mục|section) (II|IV)\.3$", cite), cite
        if not url.startswith("en/"):
            assert text(figure.find("blockquote")) in " ".join(SEED.split()), "not the guidance's own words"
    # No prose of its own: a paragraph straight in the page is one of the site's own UI strings (an
    # introduction, "none yet") or a link onward or back.
    words = ui_strings("en" if url.startswith("en/") else "vi").programmes
    own_words = {value for value in words.values() if isinstance(value, str)}
    for paragraph in body.find_all("p", recursive=False):
        if text(paragraph) not in own_words:
            assert paragraph.find("a") and text(paragraph) == text(paragraph.find("a")), text(paragraph)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_programme_page_is_in_search(built_site, lang):
    index = built_site / ("" if lang == "vi" else "en") / "search" / "search_index.full.json"
    locations = {doc[0] for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]}
    prefix = "" if lang == "vi" else "en/"
    expected = [url.removeprefix(prefix) for url in PROGRAMMES[lang]] + {
        "vi": [
            "chuong-trinh/",
            "guong-dien-hinh/",
            "2022/guong-dien-hinh/",
            "2022/guong-dien-hinh/to-dan-pho-lach-tray/",
            "thu-vien/thu-vien-quan/",
            "thu-vien/tthtcd-cau-tre/",
            "lich-hoat-dong/le-phat-dong-cau-dat/",
        ],
        "en": [
            "programmes/",
            "honour-roll/",
            "2022/honour-roll/",
            "2022/honour-roll/to-dan-pho-lach-tray/",
            "libraries/thu-vien-quan/",
            "libraries/tthtcd-cau-tre/",
            "schedule/le-phat-dong-cau-dat/",
        ],
    }[lang]
    assert [url for url in expected if url not in locations] == []
    assert "#bang-ron-cac-phuong" in locations  # the banner-kit page's district table


@pytest.mark.parametrize("url", LEARNING_MODELS)
def test_a_learning_models_assessment_is_left_to_staff_until_a_source_is_added(built_site, url):
    body = article(built_site, url)
    heading = body.find("h2", id="danh-gia")
    assert text(heading) in (
        "Cách quận và Hội Khuyến học đánh giá",
        "How the district and the Association for Encouraging Learning assess it",
    )
    block = heading.find_next_sibling()
    assert "staff-block" in block["class"]
    assert text(block.select_one(".admonition-title")) in ("Nội dung do cán bộ bổ sung", "To be completed by staff")
    assert block.find_next_sibling("h2")["id"] == "hoat-dong"  # nothing else says how it is assessed


def test_a_learning_model_lists_its_activities_and_honours_with_sample_labels(built_site):
    body = article(built_site, "chuong-trinh/gia-dinh-hoc-tap/")
    activities = body.select("ol.activity-list a")
    assert (
        target(built_site, "chuong-trinh/gia-dinh-hoc-tap/", activities[0]["href"])
        == "lich-hoat-dong/danh-gia-mo-hinh-hoc-tap-may-chai/"
    )
    honour = body.select_one("ul.honour-list li")
    assert (
        target(built_site, "chuong-trinh/gia-dinh-hoc-tap/", honour.a["href"])
        == "2022/guong-dien-hinh/gia-dinh-may-chai-1/"
    )
    assert BADGE["vi"] in text(honour)
    assert text(body.select_one(".sample-note .admonition-title")) == "Dữ liệu mẫu"


def test_classroom_bookshelves_and_library_cooperation_list_their_records(built_site):
    shelf = article(built_site, "en/programmes/tu-sach-lop-hoc/")
    assert "Continue to launch the movement to build a “classroom bookshelf”" in text(shelf)
    assert {
        target(built_site, "en/programmes/tu-sach-lop-hoc/", a["href"])
        for a in shelf.select(".activity-list .activity-item__title a")
    } == {"en/schedule/tu-sach-lop-hoc-gia-vien/", "en/schedule/khong-gian-doc-thieu-nhi-dong-khe/"}
    assert len(shelf.select(".resource-list .resource-item")) == 3
    coop = article(built_site, "chuong-trinh/hop-tac-thu-vien/")
    rows = [[text(td) for td in tr.find_all("td")] for tr in coop.select(".rotation-table tbody tr")]
    assert [row[:3] for row in rows] == [
        ["06/10/2022", "Trung tâm học tập cộng đồng phường Cầu Tre", "Trung tâm học tập cộng đồng phường Đằng Giang"],
        ["05/10/2022", "Thư viện quận Ngô Quyền", "Trung tâm học tập cộng đồng phường Cầu Tre"],
    ]
    assert all(row[3].endswith(BADGE["vi"]) for row in rows)
    assert [text(p.strong) for p in coop.select(".reading-model__name")] == [
        "Ông bà và cháu cùng đọc",
        "Tủ sách luân chuyển khu dân cư",
    ]
    district = coop.find("h2", id="thu-vien-quan").find_next_sibling("ul")
    assert target(built_site, "chuong-trinh/hop-tac-thu-vien/", district.a["href"]) == "thu-vien/thu-vien-quan/"


# --- Libraries -------------------------------------------------------------------------------------------


def test_libraries_have_their_own_pages_and_the_directory_keeps_its_anchors(built_site, site_data):
    directory = article(built_site, "thu-vien/")
    items = directory.select("li.library-item")
    assert [li["id"] for li in items][:2] == ["thu-vien-quan", "tthtcd-cau-dat"]  # district level first
    assert text(directory.find("h2", id="thu-vien-cap-quan")) == "Thư viện cấp quận"
    for item in items:
        assert (
            target(built_site, "thu-vien/", item.select_one(".library-item__name a")["href"])
            == f"thu-vien/{item['id']}/"
        )
    for library in site_data.libraries:
        for lang, url in (("vi", f"thu-vien/{library.id}/"), ("en", f"en/libraries/{library.id}/")):
            html = page(built_site, url)
            assert text(html.select_one("article h1")) == library.name.get(lang)
            assert html.find("figure", attrs={"data-record-kind": "library"}) is not None  # its QR code
    district = article(built_site, "en/libraries/thu-vien-quan/")
    assert "Section IV.3 of Guidance No. 11/HD-VHTT asks to “make effective use of the district library”" in text(
        district
    )
    assert "District level" in text(district.select_one("dl.data-facts")) and BADGE["en"] in text(district)


def test_a_library_page_lists_its_activities_and_rotations_and_an_activity_links_its_library(built_site):
    body = article(built_site, "thu-vien/tthtcd-cau-tre/")
    assert [
        target(built_site, "thu-vien/tthtcd-cau-tre/", a["href"])
        for a in body.select(".activity-list .activity-item__title a")
    ] == ["lich-hoat-dong/luan-chuyen-sach-cau-tre/", "lich-hoat-dong/gioi-thieu-thu-vien-so-cau-tre/"]
    assert len(body.select(".rotation-table tbody tr")) == 2
    activity = article(built_site, "en/schedule/luan-chuyen-sach-cau-tre/")
    link = activity.find("a", string="Cầu Tre Ward community learning centre")
    assert target(built_site, "en/schedule/luan-chuyen-sach-cau-tre/", link["href"]) == "en/libraries/tthtcd-cau-tre/"
    related = activity.find("dt", string="Related programmes").find_next_sibling("dd")
    assert (
        target(built_site, "en/schedule/luan-chuyen-sach-cau-tre/", related.a["href"])
        == "en/programmes/hop-tac-thu-vien/"
    )


# --- Honour roll -----------------------------------------------------------------------------------------


def test_honour_roll_lists_every_edition_and_ward_with_one_sample_note(built_site):
    body = article(built_site, "guong-dien-hinh/")
    assert text(body.select_one("h1")) == "Gương điển hình"
    assert target(built_site, "guong-dien-hinh/", body.select_one("h2#nam-2022 a")["href"]) == "2022/guong-dien-hinh/"
    assert [text(h) for h in body.select("h3")] == ["Phường Đổng Quốc Bình", "Phường Lạch Tray", "Phường Máy Chai"]
    assert len(body.select(".honour-item")) == 4 and len(body.select(".sample-note")) == 1
    assert all(BADGE["vi"] in text(item) for item in body.select(".honour-item"))
    assert (
        target(built_site, "guong-dien-hinh/", body.find("a", attrs={"type": "application/json"})["href"])
        == "guong-dien-hinh.json"
    )
    edition = page(built_site, "en/2022/honour-roll/")
    assert text(edition.select_one("article h1")) == "Honour roll – Lifelong Learning Week 2022"


def test_an_honour_roll_entry_has_a_permanent_page_without_contact_or_json_ld(built_site):
    for lang, url in (
        ("vi", "2022/guong-dien-hinh/gia-dinh-may-chai-1/"),
        ("en", "en/2022/honour-roll/gia-dinh-may-chai-1/"),
    ):
        html = page(built_site, url)
        body = html.select_one("article")
        assert (
            text(body.select_one("h1"))
            == {
                "vi": "Gia đình ông Nguyễn Văn A (tên minh họa)",
                "en": "The family of Mr Nguyễn Văn A (placeholder name)",
            }[lang]
        )
        assert BADGE[lang] in text(body)
        assert html.find("script", attrs={"type": "application/ld+json"}) is None  # sample: never as real
        assert not body.select('a[href^="tel:"], a[href^="mailto:"]')
        qr = html.find("figure", attrs={"data-record-kind": "honour"})
        assert "https://hoctapsuotdoi.example/" + url in text(qr).replace(" ", "")
        twin = html.find("link", attrs={"rel": "alternate", "hreflang": "en" if lang == "vi" else "vi"})
        assert twin["href"].endswith(
            {"vi": "en/2022/honour-roll/gia-dinh-may-chai-1/", "en": "/2022/guong-dien-hinh/gia-dinh-may-chai-1/"}[lang]
        )


def test_honour_roll_open_data(built_site):
    for file, lang in (("guong-dien-hinh.json", "vi"), ("en/honour-roll.json", "en")):
        document = json.loads((built_site / file).read_text(encoding="utf-8"))
        assert document["language"] == lang and document["count"] == 4
        assert all(entry["sample"] is True for entry in document["honours"])
        assert (
            document["honours"][2]["page_url"]["vi"]
            == "https://hoctapsuotdoi.example/2022/guong-dien-hinh/to-dan-pho-lach-tray/"
        )


# --- Wards and banners -----------------------------------------------------------------------------------


def test_a_ward_page_shows_its_honours_and_banners(built_site):
    body = article(built_site, "phuong/lach-tray/")
    honours = body.find("h2", id="guong-dien-hinh").find_next_sibling("ul")
    assert target(built_site, "phuong/lach-tray/", honours.a["href"]) == "2022/guong-dien-hinh/to-dan-pho-lach-tray/"
    items = body.find("h2", id="bang-ron").find_next_sibling("ul").find_all("li")
    assert [text(li.q) for li in items] == [
        "Nhiệt liệt hưởng ứng Tuần lễ học tập suốt đời năm 2022",
        "Học tập suốt đời là chìa khóa của sự thành công",
    ]
    assert text(items[0]).startswith("Khẩu hiệu 1: Nhiệt liệt") and BADGE["vi"] in text(items[0])
    assert "(địa điểm minh họa) · 2 băng rôn · 04/10/2022 – 07/10/2022 · 2022" in text(items[0])
    assert text(items[1]).startswith("Khẩu hiệu 5: Học tập suốt đời")
    english = text(article(built_site, "en/wards/lach-tray/").find("h2", id="bang-ron").find_next_sibling("ul"))
    assert "2 banners" in english and "1 banner ·" in english


def test_the_banner_kit_page_has_the_district_table(built_site):
    for url, no_report, total in (
        ("bo-bang-ron/", "Chưa có báo cáo", "Tổng"),
        ("en/banner-kit/", "No report yet", "Total"),
    ):
        body = article(built_site, url)
        table = body.select_one(".banner-reports table")
        rows = [
            [" ".join(cell.get_text("").split()) for cell in tr.find_all(["th", "td"])]
            for tr in table.select("tbody tr")
        ]
        assert len(rows) == 12
        lach_tray = next(row for row in rows if row[0].startswith(("Phường Lạch Tray", "Lạch Tray Ward")))
        assert lach_tray[1:] == ["3", "1, 5"]
        cau_tre = next(row for row in rows if row[0].startswith(("Phường Cầu Tre", "Cầu Tre Ward")))
        assert cau_tre[1:] == ["0", no_report]
        assert [text(cell) for cell in table.select("tfoot tr > *")][:2] == [total, "6"]
        links = table.select('a[href^="#banner-"]')
        assert len(links) == 5 and all(page(built_site, url).find(id=a["href"][1:]) for a in links)
        assert body.select_one(".banner-reports .sample-note") is not None
        toc = page(built_site, url).select("nav.md-nav--secondary a.md-nav__link")
        assert [(a["href"], text(a)) for a in toc][:2] == [
            ("#bang-ron-cac-phuong", {"Tổng": "Băng rôn đã treo ở các phường"}.get(total, "Banners hung in the wards")),
            {"Tổng": ("#huong-dan-in-bang-ron", "Hướng dẫn in băng rôn")}.get(
                total, ("#printing-the-banners", "Printing the banners")
            ),
        ]


def test_the_home_page_features_no_launch_once_it_has_ended(built_site):
    assert page(built_site, "").select_one(".home-launch") is None


# --- A small project: photos and a build before the launch -----------------------------------------------

LAUNCH_EVE = int(datetime(2022, 9, 30, tzinfo=UTC).timestamp())


@pytest.fixture(scope="module")
def photo_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("programmes")
    project = make_programme_photo_project(root / "proj")
    site = root / "site"
    os.environ["SOURCE_DATE_EPOCH"] = str(LAUNCH_EVE)
    try:
        result = run_build(project, site)
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return project, site


def test_the_launch_is_featured_on_the_home_page_before_it_happens(photo_site):
    _, site = photo_site
    for home, state in (("", "Sắp diễn ra"), ("en/", "Coming up")):
        block = page(site, home).select_one("section.home-launch")
        assert text(block.select_one(".home-launch__state")) == state
        assert (
            target(site, home, block.select_one(".activity-item__title a")["href"])
            == home + {"": "2022/lich-hoat-dong/launch/", "en/": "2022/schedule/launch/"}[home]
        )  # not at root: the
    # small data set's 2022 is an edition like any later one


def test_record_photos_go_through_the_image_pipeline(photo_site):
    _, site = photo_site
    for lang, url, ward in (
        ("vi", "2022/guong-dien-hinh/nguyen-van-a/", "phuong/cau-dat/"),
        ("en", "en/2022/honour-roll/nguyen-van-a/", "en/wards/cau-dat/"),
    ):
        html = page(site, url)
        img = html.select_one("article picture img")
        assert img["alt"] == HONOUR_ALT[lang]
        published = (site / url / img["src"]).resolve()
        assert published.is_file() and "/media/" in published.as_posix()
        assert not Image.open(published).getexif().get_ifd(0x8825)  # no GPS position
        og = html.find("meta", attrs={"property": "og:image"})["content"]
        assert og.startswith("https://hoctapsuotdoi.example/" + ("en/" if lang == "en" else "") + "media/img-0815-")
        assert page(site, ward).select_one("article .banner-list picture img")["alt"] == BANNER_ALT[lang]
    assert not list(site.rglob("IMG_0815*")), "the original photo is never published"


def test_a_missing_record_photo_stops_the_build_at_the_data_line(photo_site):
    project, site = photo_site
    before = site_snapshot(site)
    honours = project / "data" / "editions" / "2022" / "honours.yml"
    original = honours.read_text(encoding="utf-8")
    honours.write_text(original.replace(PHOTO_FILE, PHOTO_FILE.lower()), encoding="utf-8")
    try:
        result = run_build(project, site)
    finally:
        honours.write_text(original, encoding="utf-8")
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    assert (
        f"data/editions/2022/honours.yml:{HONOUR_PHOTO_LINE}: không tìm thấy ảnh `anh/2022/img_0815.jpg` "
        f"(tìm trong `docs/anh/2022/`). Có phải là `{PHOTO_FILE}`?"
    ) in output
    assert_site_untouched(site, before)

"""Build tests of the news hooks: posts, lists, home block, RSS feeds, last-updated, drafts, bad posts.

Builds are few and shared (module fixtures): the real site (``built_site``), one copy with an added post
and an added draft, one good copy whose site must survive each broken build.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.support.preview import serve_build
from tests.support.project import ROOT, assert_site_untouched, copy_project, run_build, site_snapshot

SITE_URL = "https://hoctapsuotdoi.example/"  # mkdocs.yml site_url
FIXTURES = ROOT / "tests" / "fixtures" / "bad_posts"

NEW_POST = """---
title: "Phường Vạn Mỹ mở lớp \\"Công dân số\\" <cho người cao tuổi>"
date: 2022-10-06
ward: van-my
categories: [hoc-truc-tuyen]
tags: [kỹ năng số]
sample: true
---

Đoạn tóm tắt của tin mới về lớp kỹ năng số.
"""
DRAFT_POST = """---
title: Tin nháp chưa đăng
date: 2022-10-07
draft: true
---

Bản nháp.
"""


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def built_file(site: Path, url: str) -> Path:
    """The built file an absolute site URL points to."""
    assert url.startswith(SITE_URL), url
    path = site / url[len(SITE_URL) :]
    return path / "index.html" if url.endswith("/") else path


def feed_items(site: Path, lang_dir: str = "") -> list[dict]:
    root = ET.parse(site / lang_dir / "feed.xml").getroot()  # raises on invalid XML
    assert root.tag == "rss" and root.get("version") == "2.0"
    return [{child.tag: child.text for child in item} for item in root.iter("item")]


@pytest.fixture(scope="module")
def with_new_post(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("news") / "proj")
    (project / "docs/vi/tin-tuc/2022-10-06-van-my-lop-cong-dan-so.md").write_text(NEW_POST, encoding="utf-8")
    (project / "docs/vi/tin-tuc/2022-10-07-tin-nhap.md").write_text(DRAFT_POST, encoding="utf-8")
    site = project.parent / "site"
    result = run_build(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


# ------------------------------------------------------------------------------ the real site


@pytest.mark.parametrize("lang_dir", ["", "en"])
def test_feeds_parse_and_every_item_resolves(built_site, lang_dir):
    items = feed_items(built_site, lang_dir)
    assert len(items) >= 3
    for item in items:
        assert item["title"] and item["pubDate"] and item["guid"] == item["link"]
        assert built_file(built_site, item["link"]).is_file(), item["link"]


def test_every_page_links_its_language_feed(built_site):
    pages = [p for p in built_site.rglob("index.html")]
    assert len(pages) > 20
    for page in pages:
        feed = "en/feed.xml" if page.relative_to(built_site).parts[0] == "en" else "feed.xml"
        links = soup(page).select('link[rel="alternate"][type="application/rss+xml"]')
        assert [link["href"] for link in links] == [SITE_URL + feed], page


def test_sample_posts_are_labelled(built_site):
    posts = list((built_site / "tin-tuc").glob("2022-*/index.html")) + list(
        (built_site / "en/news").glob("2022-*/index.html")
    )
    assert len(posts) >= 6
    redirects = 0
    for post in posts:
        html = soup(post)
        if html.select_one('meta[http-equiv="refresh"]') is not None:  # a renamed post's former address
            redirects += 1
            continue
        text = html.select_one("article").get_text(" ", strip=True)
        assert "Dữ liệu mẫu" in text or "Sample data" in text, post
    assert redirects == 4  # two renamed posts (`aliases:`), in both languages


def test_post_switcher_goes_to_twin(built_site):
    page = soup(built_site / "en/news/2022-10-04-may-chai-banners/index.html")
    hreflang = {link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]')}
    assert hreflang["vi"] == SITE_URL + "tin-tuc/2022-10-04-may-chai-treo-bang-ron/"


def _shallow_checkout() -> bool:
    done = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--is-shallow-repository"], capture_output=True, text=True
    )
    return done.returncode == 0 and done.stdout.strip() == "true"


def test_last_updated_is_localised(built_site):
    if _shallow_checkout():
        # CI may check out one commit only: then no page can know its date, and none may show a wrong one
        # (tests/build/test_last_updated_shallow.py checks the dates of a full clone in a repository of its own).
        assert soup(built_site / "muc-dich-yeu-cau/index.html").select_one(".page-updated") is None
        return
    vi = soup(built_site / "muc-dich-yeu-cau/index.html").select_one(".page-updated").get_text(" ", strip=True)
    en = (
        soup(built_site / "en/purpose-and-requirements/index.html")
        .select_one(".page-updated")
        .get_text(" ", strip=True)
    )
    assert re.fullmatch(r"Cập nhật lần cuối: \d{2}/\d{2}/\d{4}", vi), vi
    assert re.fullmatch(
        r"Last updated: \d{1,2} (January|February|March|April|May|June|July|August|September|"
        r"October|November|December) \d{4}",
        en,
    ), en
    # Generated listing pages have no source file, hence no date.
    assert soup(built_site / "tin-tuc/index.html").select_one(".page-updated") is None


# ------------------------------------------------------------------- adding one post file


def test_new_post_has_its_own_page(with_new_post):
    page = soup(with_new_post / "tin-tuc/2022-10-06-van-my-lop-cong-dan-so/index.html")
    assert (
        page.select_one("article h1").get_text(strip=True) == 'Phường Vạn Mỹ mở lớp "Công dân số" <cho người cao tuổi>'
    )
    meta = page.select_one(".news-meta").get_text(" ", strip=True)
    assert "06/10/2022" in meta and "Phường Vạn Mỹ" in meta and "Học tập trực tuyến" in meta


def test_new_post_is_first_on_news_list_and_home(with_new_post):
    for listing in ("tin-tuc/index.html", "index.html"):
        first = soup(with_new_post / listing).select_one(".news-items li a")
        target = ((with_new_post / listing).parent / first["href"] / "index.html").resolve()
        assert target == (with_new_post / "tin-tuc/2022-10-06-van-my-lop-cong-dan-so/index.html").resolve(), listing
        assert first.get_text(strip=True).startswith("Phường Vạn Mỹ mở lớp")
    page = with_new_post / "tin-tuc"
    assert (page / "chuyen-muc/hoc-truc-tuyen/index.html").read_text(encoding="utf-8").count("2022-10-06-van-my") >= 1


def test_untranslated_post_on_english_list(with_new_post):
    entry = soup(with_new_post / "en/news/index.html").select_one(".news-item--untranslated")
    title = entry.select_one("a[lang='vi']")
    assert title.get_text(strip=True).startswith("Phường Vạn Mỹ mở lớp")
    notice = entry.select_one(".news-untranslated a")
    assert notice.get_text(strip=True) == "Not yet translated – read the Vietnamese post"
    assert notice["href"] == "../../tin-tuc/2022-10-06-van-my-lop-cong-dan-so/"
    assert (with_new_post / "en/news" / notice["href"] / "index.html").resolve().is_file()


@pytest.mark.parametrize("lang_dir", ["", "en"])
def test_new_post_in_feed(with_new_post, lang_dir):
    items = feed_items(with_new_post, lang_dir)
    assert items[0]["link"] == SITE_URL + "tin-tuc/2022-10-06-van-my-lop-cong-dan-so/"
    # A sample post: its feed title says so in the feed's language (hooks/lib/data/status.py).
    prefix = {"": "[Dữ liệu mẫu] ", "en": "[Sample data] "}[lang_dir]
    assert items[0]["title"] == prefix + 'Phường Vạn Mỹ mở lớp "Công dân số" <cho người cao tuổi>'
    for item in items:
        assert built_file(with_new_post, item["link"]).is_file()


def test_draft_is_left_out_of_build(with_new_post):
    assert not (with_new_post / "tin-tuc/2022-10-07-tin-nhap").exists()
    everything = [
        (with_new_post / "tin-tuc/index.html"),
        (with_new_post / "index.html"),
        (with_new_post / "feed.xml"),
        (with_new_post / "en/feed.xml"),
        (with_new_post / "en/news/index.html"),
    ]
    for path in everything:
        assert "tin-nhap" not in path.read_text(encoding="utf-8"), path


# ------------------------------------------------------------------------- bad front matter


@pytest.fixture(scope="module")
def good_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("good") / "proj")
    site = project.parent / "site"
    result = run_build(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.mark.parametrize(
    "case, message",
    [
        (
            "no-date",
            "docs/vi/tin-tuc/2022-10-03-thieu-ngay.md:1: tin chưa có ngày đăng (`date:`). Thêm `date: 2022-10-03` "
            "(ngày đăng tin, dạng NĂM-THÁNG-NGÀY). (EN: the post has no `date:`. Add `date: 2022-10-03` (the "
            "publication date, YYYY-MM-DD).)",
        ),
        (
            "impossible-date",
            "docs/vi/tin-tuc/2022-02-30-ngay-khong-co.md:3: ngày `2022-02-30` không có thật. Viết một ngày "
            "có thật, dạng NĂM-THÁNG-NGÀY. (EN: the date `2022-02-30` does not exist. Write a real date as "
            "YYYY-MM-DD.)",
        ),
        (
            "unknown-category",
            "docs/vi/tin-tuc/2022-10-03-sai-chuyen-muc.md:6: không có chuyên mục `hoat-dongg`. Có phải là `hoat-dong`?",
        ),
        (
            "duplicate-slug",
            "docs/vi/tin-tuc/2022-10-06-may-chai-treo-bang-ron.md:1: tên tin `may-chai-treo-bang-ron` (phần "
            "sau ngày trong tên tệp) trùng với docs/vi/tin-tuc/2022-10-04-may-chai-treo-bang-ron.md.",
        ),
        (
            "bad-yaml",
            "docs/en/news/2022-10-03-bad-yaml.md:2: tiêu đề (`title`) có dấu hai chấm và dấu cách ở giữa (`: `), "
            "nên bị đọc nhầm thành một dòng `tên: giá trị` mới. Khi tiêu đề có dấu hai chấm, cần đặt cả tiêu đề "
            'trong dấu ngoặc kép: `title: "Lạch Tray: a title with a colon and no quotes"`. (EN: the value of '
            "`title` contains a colon",
        ),
    ],
)
def test_bad_post_fails_with_located_message(tmp_path, good_site, case, message):
    project = copy_project(tmp_path / "proj")
    shutil.copytree(FIXTURES / case, project, dirs_exist_ok=True)
    site = tmp_path / "site"
    shutil.copytree(good_site, site)
    before = site_snapshot(site)
    result = run_build(project, site)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert message in output, output
    assert "Traceback" not in output
    assert_site_untouched(site, before)
    assert not (tmp_path / "site.building").exists()


def test_draft_is_shown_by_serve(tmp_path):
    """What `mkdocs serve` builds (tests/support/preview.py runs its steps exactly, in a subprocess)."""
    project = copy_project(tmp_path / "proj")
    (project / "docs/vi/tin-tuc/2022-10-07-tin-nhap.md").write_text(DRAFT_POST, encoding="utf-8")
    site = tmp_path / "served"
    result = serve_build(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    page = soup(site / "tin-tuc/2022-10-07-tin-nhap/index.html")
    assert page.select_one("article h1").get_text(strip=True) == "Tin nháp chưa đăng"
    assert "tin-nhap" in (site / "tin-tuc/index.html").read_text(encoding="utf-8")

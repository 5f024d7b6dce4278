"""Staff content through real builds (hooks/hook_content.py): staff text is text, strict pages, the raw HTML
policy, only what is meant to be public, size limits.

One shared build (``staff_content_site``, not strict: it also holds stray files that must be skipped with a
warning) checks every output; each refused input then gets its own strict build, which must stop with
the located message, no traceback, and leave the previous site byte for byte as it was. The inputs are
the bad-input catalogue (tests/fixtures/bad_pages/, tests/fixtures/bad_posts/) plus the cases a fixture
folder cannot hold (symbolic links, 1 MB pages, Latin-1 bytes).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.support.content import DATA_TITLE, DRAFT_POST, HOSTILE_TITLE, NAV_TITLE, POST_DESCRIPTION, SITE_NAME, STRAY
from tests.support.project import ROOT, assert_site_untouched, copy_project, run_build, site_snapshot

SITE_URL = "https://hoctapsuotdoi.example/"
BAD_PAGES = ROOT / "tests" / "fixtures" / "bad_pages"
BAD_POSTS = ROOT / "tests" / "fixtures" / "bad_posts"


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


# ------------------------------------------------------------------------------------ text is text


def test_hostile_title_is_literal_text_everywhere(staff_content_site):
    site, _ = staff_content_site
    page = soup(site / "tin-tuc/2022-10-06-tieu-de-doc/index.html")
    assert page.title.get_text() == f"{HOSTILE_TITLE} - {SITE_NAME}"
    assert page.find_all("title") == [page.title] and page.find("script", string=re.compile("PWNED")) is None
    assert page.select_one(".md-header__topic:last-child .md-ellipsis").get_text(strip=True) == HOSTILE_TITLE
    assert page.select_one("article h1").get_text() == HOSTILE_TITLE
    assert page.find("meta", attrs={"name": "description"})["content"] == POST_DESCRIPTION
    # The post is `sample: true`: its link preview says so first (hooks/lib/data/status.py).
    assert page.find("meta", attrs={"property": "og:title"})["content"] == "[Dữ liệu mẫu] " + HOSTILE_TITLE
    listing = soup(site / "tin-tuc/index.html")
    assert HOSTILE_TITLE in [a.get_text(strip=True) for a in listing.select("article a")]


def test_hostile_title_in_feed_and_search_is_plain_text(staff_content_site):
    site, _ = staff_content_site
    import xml.etree.ElementTree as ET

    titles = [item.findtext("title") for item in ET.parse(site / "feed.xml").getroot().iter("item")]
    assert "[Dữ liệu mẫu] " + HOSTILE_TITLE in titles  # a sample post: its feed title says so
    index = json.loads((site / "search/search_index.full.json").read_text(encoding="utf-8"))
    assert ["tin-tuc/2022-10-06-tieu-de-doc/", HOSTILE_TITLE] in [row[:2] for row in index["docs"]]


def test_menu_titles_of_pages_are_text(staff_content_site):
    site, _ = staff_content_site
    home = soup(site / "index.html")
    links = {a.get_text(" ", strip=True): a["href"] for a in home.select("nav.md-nav--primary a.md-nav__link")}
    assert links[NAV_TITLE] == "khau-hieu/"
    page = soup(site / "khau-hieu/index.html")
    assert page.title.get_text() == f"{NAV_TITLE} - {SITE_NAME}"
    assert page.select("nav.md-nav--primary i") == []
    footer = soup(site / "hoat-dong/index.html").select_one(".md-footer__link--next")
    assert footer["aria-label"].endswith(NAV_TITLE) and NAV_TITLE in footer.get_text(" ", strip=True)


def test_data_title_is_text_in_title_meta_and_json_ld(staff_content_site):
    site, _ = staff_content_site
    page = soup(site / "tai-nguyen/khan-academy-vi/index.html")
    assert page.title.get_text() == f"{DATA_TITLE} - {SITE_NAME}"
    assert page.select_one("article h1").get_text() == DATA_TITLE
    (block,) = page.find_all("script", type="application/ld+json")
    assert "<" not in block.string  # escaped as \u003c: the text cannot end the <script> element
    nodes = json.loads(block.string)["@graph"]
    assert DATA_TITLE in [node.get("name") for node in nodes]


def test_heading_title_with_entities_stays_text_in_title(staff_content_site):
    site, _ = staff_content_site
    page = soup(site / "trang-an/index.html")
    assert page.title.get_text() == f"Lịch họp </title> nội bộ - {SITE_NAME}"
    assert len(page.find_all("title")) == 1


# ---------------------------------------------------------------------------- embeds, hidden pages


def test_video_and_map_lines_are_plain_link_cards(staff_content_site):
    site, _ = staff_content_site
    page = soup(site / "trang-an/index.html")
    cards = page.select("article .embed-card")
    assert [card["class"] for card in cards] == [["embed-card", "embed-card--video"], ["embed-card", "embed-card--map"]]
    video = cards[0].a
    assert video["href"] == "https://www.youtube.com/watch?v=abc123"
    assert [span.get_text() for span in video.find_all("span")] == [
        "Video",
        'Lễ phát động "Tuần lễ"',
        "Mở trên youtube.com",
    ]
    assert cards[1].a["href"] == "https://www.openstreetmap.org/#map=17/20.85/106.69"
    assert page.select("iframe, object, embed") == []
    for tag in page.find_all(src=True):
        assert not re.match(r"^(https?:)?//", tag["src"]), tag


def test_hidden_page_is_out_of_menu_search_and_sitemap(staff_content_site):
    site, _ = staff_content_site
    page = soup(site / "trang-an/index.html")
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert "trang-an/" not in [a["href"] for a in soup(site / "index.html").select("nav a[href]")]
    index = json.loads((site / "search/search_index.full.json").read_text(encoding="utf-8"))
    assert not [row for row in index["docs"] if row[0].startswith("trang-an/")]
    assert "tin-tuc/2022-10-06-tieu-de-doc/" in [row[0] for row in index["docs"]]  # the check can fail
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"{SITE_URL}trang-an/" not in sitemap and f"{SITE_URL}khau-hieu/" in sitemap
    assert soup(site / "khau-hieu/index.html").find("meta", attrs={"name": "robots"}) is None


# ------------------------------------------------------------------------- only what is public


def test_stray_files_are_skipped_with_a_warning_naming_them(staff_content_site):
    site, output = staff_content_site
    warnings = sorted(re.findall(r"WARNING +- +(docs/\S+): ", output))
    assert warnings == sorted(STRAY + ["docs/vi/.#khau-hieu.md"])
    assert "PUBLISHED_TYPES in hooks/lib/content/published.py" in output
    published = {p.relative_to(site).as_posix() for p in site.rglob("*")}
    for name in (
        "bang-tinh.xlsx",
        "khau-hieu.md~",
        ".ghi-chu",
        "nhap",
        "van-ban.md.bak",
        ".van-ban.md.swp",
        "notes.docx",
        ".#khau-hieu",
    ):
        assert not [p for p in published if name in p], name
    # An image is an allowed type, but its original is never published (hooks/hook_media.py publishes
    # resized copies without metadata, and only of images a page shows).
    assert "anh-le-phat-dong.png" not in published and "en/anh-le-phat-dong.png" not in published


def test_a_draft_and_marks_shown_as_code_do_not_stop_the_build(staff_content_site):
    site, _ = staff_content_site
    assert not (site / DRAFT_POST.removeprefix("vi/").removesuffix(".md")).exists()  # a draft: left out
    codes = [code.get_text() for code in soup(site / "khau-hieu/index.html").select("article p code")]
    assert codes[:3] == ["TODO", "XXX", "Viết nội dung tin ở đây"]


# ------------------------------------------------------------------ refused inputs: strict builds


@pytest.fixture(scope="module")
def previous(tmp_path_factory, built_site):
    """A project copy and a previous site (the session's build) that every failing build must leave alone."""
    root = tmp_path_factory.mktemp("refused")
    project = copy_project(root / "proj")
    site = root / "site"
    shutil.copytree(built_site, site)
    return project, site, site_snapshot(site)


def _refused(previous, setup, where: str, phrase: str, timeout: float = 600, level: str = "ERROR") -> float:
    """Apply ``setup(project)`` (returns what to remove afterwards), build strictly, check the refusal."""
    project, site, before = previous
    added = setup(project)
    started = time.monotonic()
    try:
        result = run_build(project, site, timeout=timeout)
    finally:
        for path in added:
            if path.is_symlink() or path.is_file():
                path.unlink()
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert re.search(rf"{level} +- +{re.escape(where)} ", output), output[-3000:]
    assert phrase in output, output[-3000:]
    assert "Traceback" not in output
    assert_site_untouched(site, before)
    return time.monotonic() - started


def _overlay(folder: Path):
    def setup(project: Path) -> list[Path]:
        files = [p for p in folder.rglob("*") if p.is_file()]
        for path in files:
            target = project / path.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
        return [project / path.relative_to(folder) for path in files]

    return setup


PAGE_CASES = [  # (fixture folder, exact start of the message, a phrase of it)
    ("unlisted-page", "docs/vi/ban-nhap.md:1:", "trang này không có trong danh sách trang (data/pages.yml)"),
    ("onclick-attribute", "docs/vi/trang-an-bam.md:9:", "the page contains the attribute onclick="),
    (
        "javascript-link",
        "docs/vi/trang-an-lien-ket.md:9:",
        "liên kết `javascript:alert(document.cookie)` là mã JavaScript",
    ),
    (
        "third-party-image",
        "docs/vi/trang-an-anh.md:8:",
        "the image `https://example.org/anh.png` comes from another website",
    ),  # hook_media sees it first
    (
        "bad-embed",
        "docs/vi/trang-an-video.md:8:",
        "`http://www.youtube.com/watch?v=abc` is not a full https:// address",
    ),
    ("bidi-body", "docs/vi/trang-an-dao-chieu.md:8:", "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("unfinished-title", "docs/vi/trang-an-chua-xong.md:2:", "trang còn chữ `FIXME`, dấu hiệu một phần chưa viết xong"),
]


@pytest.mark.parametrize("case, where, phrase", PAGE_CASES, ids=[c[0] for c in PAGE_CASES])
def test_bad_page_is_refused(previous, case, where, phrase):
    _refused(previous, _overlay(BAD_PAGES / case), where, phrase)


def test_broken_link_is_located_and_in_both_languages(previous):
    # MkDocs' own English warning ("Doc file ... contains a link ...", no line), reworded; --strict stops on it.
    _refused(
        previous,
        _overlay(BAD_PAGES / "broken-link"),
        "docs/en/broken-link.md:8:",
        "liên kết `slogan.md` trỏ tới một trang không có trong thư mục docs/. Ghi tên tệp .md của trang cần trỏ "
        "tới, tính từ thư mục của trang này (ví dụ `../khau-hieu.md`), hoặc xóa liên kết. (EN: the link "
        "`slogan.md` points to a page that is not in docs/.",
        level="WARNING",
    )


POST_CASES = [
    (
        "bidi-title",
        "docs/vi/tin-tuc/2022-10-03-dao-chieu.md:2:",
        "cột 22 có U+202E RIGHT-TO-LEFT OVERRIDE, ký tự điều khiển hướng chữ",
    ),
    ("yaml-tag", "docs/en/news/2022-10-03-yaml-tag.md:4:", "a YAML tag (`!` or `!!`) is not allowed here"),
    ("front-matter-too-large", "docs/vi/tin-tuc/2022-10-03-phan-dau-qua-dai.md:2:", "over the limit of 16 kB"),
    ("raw-iframe", "docs/vi/tin-tuc/2022-10-03-video-nhung.md:8:", "`!video[Tiêu đề](https://...)`"),
    (
        "todo-in-post",
        "docs/vi/tin-tuc/2022-10-03-con-viec.md:9:",
        "tin còn chữ `TODO`, dấu hiệu một phần chưa viết xong",
    ),
    (
        "empty-body",
        "docs/en/news/2022-10-03-empty.md:5:",
        "(EN: the post has no text (nothing below the second `---` line). Write the post below its front matter",
    ),
]


@pytest.mark.parametrize("case, where, phrase", POST_CASES, ids=[c[0] for c in POST_CASES])
def test_bad_post_front_matter_is_refused(previous, case, where, phrase):
    _refused(previous, _overlay(BAD_POSTS / case), where, phrase)


def test_a_new_post_published_without_its_text_is_refused(previous):
    """Exactly what scripts/new-post writes, with its `draft: true` line deleted but no text written."""
    from hooks.lib.news.newpost import new_post_text

    def setup(project: Path) -> list[Path]:
        post = project / "docs/vi/tin-tuc/2022-10-03-chua-viet.md"
        text = new_post_text("Tin chưa viết", dt.date(2022, 10, 3), "vi")
        post.write_text(text.replace("draft: true\n", ""), encoding="utf-8")
        return [post]

    _refused(
        previous,
        setup,
        "docs/vi/tin-tuc/2022-10-03-chua-viet.md:9:",
        "tin vẫn còn câu mẫu “Viết nội dung tin ở đây…” của lệnh scripts/new-post. Thay câu mẫu bằng nội dung "
        "tin. Tin chưa xong thì thêm dòng `draft: true` vào phần đầu tệp (tin nháp chỉ hiện khi xem trước). "
        "(EN: the post still holds the template sentence “Viết nội dung tin ở đây…” of scripts/new-post.",
    )


def test_alias_bomb_is_refused_before_it_grows(previous):
    elapsed = _refused(
        previous,
        _overlay(BAD_POSTS / "alias-bomb"),
        "docs/vi/tin-tuc/2022-10-03-bom-bi-danh.md:5:",
        "YAML aliases (`*name`) are not supported here",
        timeout=60,
    )
    assert elapsed < 60


def test_symlink_out_of_docs_is_refused(previous, tmp_path):
    secret = tmp_path / "secret.md"
    secret.write_text("---\ntitle: Bí mật\nhidden: true\n---\n\nmật khẩu\n", encoding="utf-8")

    def setup(project: Path) -> list[Path]:
        link = project / "docs/vi/bi-mat.md"
        os.symlink(secret, link)
        return [link]

    _refused(previous, setup, "docs/vi/bi-mat.md:1:", "this symbolic link leads outside docs/")


def test_stray_file_fails_a_strict_build(previous):
    def setup(project: Path) -> list[Path]:
        backup = project / "docs/vi/khau-hieu.md~"
        backup.write_text("cũ", encoding="utf-8")
        return [backup]

    project, site, before = previous
    added = setup(project)
    try:
        result = run_build(project, site)
    finally:
        added[0].unlink()
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    assert re.search(r"WARNING +- +docs/vi/khau-hieu\.md~: tệp sao lưu của trình soạn thảo không được đăng", output)
    assert_site_untouched(site, before)


def test_page_over_one_megabyte_is_refused(previous):
    def setup(project: Path) -> list[Path]:
        page = project / "docs/vi/trang-qua-lon.md"
        page.write_text("---\nhidden: true\n---\n\n" + "Một đoạn văn rất dài. " * 50_000, encoding="utf-8")
        return [page]

    _refused(previous, setup, "docs/vi/trang-qua-lon.md:1:", "over the limit of 1 MB for one page")


def test_page_not_in_utf8_is_refused(previous):
    def setup(project: Path) -> list[Path]:
        page = project / "docs/vi/trang-latin1.md"
        page.write_bytes("---\nhidden: true\n---\n\nCafé\n".encode("latin-1"))
        return [page]

    _refused(previous, setup, "docs/vi/trang-latin1.md:5:", "the file is not saved as UTF-8")

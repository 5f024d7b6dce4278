"""Build tests of the bilingual site: real `mkdocs build` output, inspected with an HTML parser."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hooks.lib import i18n
from hooks.lib.site import sitemaps
from tests.support import params
from tests.support.project import assert_site_untouched, copy_project, run_build, site_snapshot

SITE_URL = "https://hoctapsuotdoi.example/"
PAIRS = params.page_pairs()  # one test case per pair: read at collection (tests/support/params.py)


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def page_file(site: Path, lang: str, src: str) -> Path:
    return site / i18n.page_url(lang, src) / "index.html"


def all_pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("index.html") if "assets" not in p.parts and "search" not in p.parts]


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.vi)
def test_every_core_page_exists_in_both_languages_with_right_lang(built_site, pair):
    for lang in i18n.LANGUAGES:
        html = soup(page_file(built_site, lang, pair.src(lang)))
        assert html.html["lang"] == lang


def test_every_page_has_hreflang_alternates_that_resolve(built_site):
    pages = all_pages(built_site)
    assert len(pages) >= 2 * len(PAIRS)
    for path in pages:
        links = {link["hreflang"]: link["href"] for link in soup(path).select('link[rel="alternate"][hreflang]')}
        assert set(links) == {"vi", "en", "x-default"}, path
        rel = path.parent.relative_to(built_site).as_posix()
        own = SITE_URL + ("" if rel == "." else rel + "/")
        assert links[soup(path).html["lang"]] == own, path
        for href in links.values():
            assert href.startswith(SITE_URL)
            target = built_site / href[len(SITE_URL) :] / "index.html"
            assert target.is_file(), f"{path}: hreflang {href} does not resolve"
        assert links["x-default"] == links["vi"]


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.vi)
def test_language_switcher_links_to_equivalent_page(built_site, pair):
    for lang in i18n.LANGUAGES:
        path = page_file(built_site, lang, pair.src(lang))
        links = {a["hreflang"]: a for a in soup(path).select("a.md-select__link")}
        other = i18n.other_language(lang)
        target = (path.parent / links[other]["href"] / "index.html").resolve()
        assert target == page_file(built_site, other, pair.src(other)).resolve()
        assert links[lang].get("aria-current") == "page"


def test_material_ui_strings_follow_the_language(built_site):
    vi = soup(built_site / "index.html").select_one("input.md-search__input")
    en = soup(built_site / "en" / "index.html").select_one("input.md-search__input")
    assert vi["placeholder"] == "Tìm kiếm" and en["placeholder"] == "Search"


def test_each_language_has_its_own_404_and_search_index(built_site):
    assert soup(built_site / "404.html").html["lang"] == "vi"
    assert soup(built_site / "en" / "404.html").html["lang"] == "en"
    assert (built_site / "search" / "search_index.json").is_file()
    assert (built_site / "en" / "search" / "search_index.json").is_file()


def test_root_sitemap_lists_both_languages(built_site):
    locs = sitemaps.sitemap_locations((built_site / "sitemap.xml").read_text(encoding="utf-8"))
    for pair in PAIRS:
        for lang in i18n.LANGUAGES:
            assert SITE_URL + i18n.page_url(lang, pair.src(lang)) in locs


# Headings written in Markdown get their anchor from hooks/lib/i18n/slugs.py (wired into the toc
# extension by hook_i18n): diacritics folded and "đ" kept as "d". Python-Markdown's own slugify drops
# "đ" ("Mục đích" -> "muc-ich"), so each anchor with a "d" from "đ" here changes without the wiring.
HEADING_ANCHORS = [
    ("muc-dich-yeu-cau.md", "h1", "Mục đích, yêu cầu", "muc-dich-yeu-cau"),
    ("muc-dich-yeu-cau.md", "h3", "Mục đích", "muc-dich"),
    ("hoat-dong.md", "h3", "Đánh giá các mô hình học tập", "danh-gia-cac-mo-hinh-hoc-tap"),
    ("huong-dan-bien-tap.md", "h2", "Đăng một tin mới", "dang-mot-tin-moi"),
    ("thoi-gian-pham-vi.md", "h2", "12 phường của quận Ngô Quyền", "12-phuong-cua-quan-ngo-quyen"),
]


def _headings(html: BeautifulSoup, tag: str) -> dict[str, str]:
    """Heading text (without the "¶" permalink) -> id, for every ``tag`` heading of the article."""
    return {h.get_text(" ", strip=True).rstrip("¶").strip(): h.get("id") for h in html.select(f"article {tag}")}


@pytest.mark.parametrize("src, tag, heading, anchor", HEADING_ANCHORS, ids=[a[3] for a in HEADING_ANCHORS])
def test_heading_anchors_fold_vietnamese_and_keep_d(built_site, src, tag, heading, anchor):
    html = soup(page_file(built_site, "vi", src))
    headings = _headings(html, tag)
    assert headings.get(heading) == anchor, headings
    if tag != "h1":  # the page's table of contents links to the same anchor
        assert html.select_one(f'nav.md-nav--secondary a[href="#{anchor}"]') is not None


def test_ward_headings_of_the_schedule_have_anchors_from_the_ward_id(built_site):
    # Generated headings carry their id in the template (hooks/lib/datapages/text.py ward_anchor);
    # other pages link to them (the ward page's "schedule" link), so they are spelled out here.
    headings = _headings(soup(page_file(built_site, "vi", "lich-hoat-dong/index.md")), "h3")
    assert headings["Phường Đông Khê"] == "phuong-dong-khe"
    assert headings["Phường Đằng Giang"] == "phuong-dang-giang"


def test_no_page_references_a_third_party_host(built_site):
    """Static check of every page's sub-resources: only our own files (links to other sites are fine)."""
    for path in all_pages(built_site) + [built_site / "404.html"]:
        html = soup(path)
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
            for el in html.find_all(tag):
                url = el.get(attr)
                if not url or (tag == "link" and el.get("rel") in (["alternate"], ["canonical"])):
                    continue
                assert not url.startswith(("http:", "https:", "//")), f"{path}: {tag} {url}"


# --- Failures: clear messages, non-zero exit, previous site untouched ----------------------------------


@pytest.fixture
def project_with_site(tmp_path):
    project = copy_project(tmp_path / "proj")
    site = tmp_path / "site"
    first = run_build(project, site)
    assert first.returncode == 0, first.stderr
    return project, site, site_snapshot(site)


def test_missing_translation_fails_strict_naming_the_file(project_with_site):
    project, site, snapshot = project_with_site
    (project / "docs" / "en" / "slogans.md").unlink()
    result = run_build(project, site)
    assert result.returncode != 0
    assert (
        "docs/en/slogans.md: thiếu tệp này. Tạo tệp với bản tiếng Anh của docs/vi/khau-hieu.md" in result.stderr
        and "(EN: docs/en/slogans.md is missing. Create it with the English version of docs/vi/khau-hieu.md"
        in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert_site_untouched(site, snapshot)


def test_broken_link_keeps_previous_site(project_with_site):
    project, site, snapshot = project_with_site
    page = project / "docs" / "vi" / "khau-hieu.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[hỏng](khong-co-trang-nay.md)\n", encoding="utf-8")
    result = run_build(project, site)
    assert result.returncode != 0
    assert "khong-co-trang-nay.md" in result.stderr and "Traceback" not in result.stderr
    assert_site_untouched(site, snapshot)


def test_bad_pages_file_is_located(project_with_site):
    project, site, snapshot = project_with_site
    with (project / "data" / "pages.yml").open("a", encoding="utf-8") as fh:
        fh.write("- vi: trang-moi.md\n")
    result = run_build(project, site)
    assert result.returncode != 0
    assert "data/pages.yml:" in result.stderr and "thiếu tên tệp 'en:'" in result.stderr
    assert "(EN: missing 'en:' file name" in result.stderr
    assert "Traceback" not in result.stderr
    assert_site_untouched(site, snapshot)


def test_missing_site_url_is_a_clear_error(tmp_path):
    project = copy_project(tmp_path / "proj")
    cfg = project / "mkdocs.yml"
    cfg.write_text(
        "\n".join(line for line in cfg.read_text(encoding="utf-8").splitlines() if not line.startswith("site_url:")),
        encoding="utf-8",
    )
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "mkdocs.yml: thiếu dòng site_url" in result.stderr and "(EN: site_url is missing" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()

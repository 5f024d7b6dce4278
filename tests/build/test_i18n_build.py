"""Build tests of the bilingual site: real `mkdocs build` output, inspected with an HTML parser."""
from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hooks.lib import i18n
from hooks.lib.site import sitemaps
from tests.conftest import ROOT, assert_site_untouched, copy_project, run_build, site_snapshot

SITE_URL = "https://hoctapsuotdoi.example/"
PAIRS = i18n.load_page_pairs(ROOT / "data" / "pages.yml")


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
            target = built_site / href[len(SITE_URL):] / "index.html"
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


def test_heading_anchors_are_ascii_and_keep_d(built_site):
    ids = {h.get("id") for h in soup(page_file(built_site, "vi", "thoi-gian-pham-vi.md")).select("h2, h3")}
    assert ids and all(i and i.isascii() for i in ids)


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
    assert "docs/en/slogans.md is missing: create it" in result.stderr
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
    assert "data/pages.yml:" in result.stderr and "missing 'en:'" in result.stderr
    assert "Traceback" not in result.stderr
    assert_site_untouched(site, snapshot)


def test_missing_site_url_is_a_clear_error(tmp_path):
    project = copy_project(tmp_path / "proj")
    cfg = project / "mkdocs.yml"
    cfg.write_text("\n".join(l for l in cfg.read_text(encoding="utf-8").splitlines() if not l.startswith("site_url:")),
                   encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "site_url is missing" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()

"""Build tests of the pages generated from data/*.yml (hooks/hook_data.py), parsed with BeautifulSoup."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from hooks.lib import i18n
from hooks.lib.datapages import pages as datapages
from hooks.lib.datapages.programme_pages import generated_pages
from hooks.lib.i18n import routes
from tests.support.project import assert_site_untouched, copy_project, run_build, site_snapshot
from tests.support.strings import ui_strings

SITE_URL = "https://hoctapsuotdoi.example/"
MOMENT = datetime(2026, 11, 28, tzinfo=UTC)  # a build after the 2022 week ended
BADGE = {"vi": "Dữ liệu mẫu", "en": "Sample data"}  # in the page's language only


@pytest.fixture(scope="module")
def models(site_data) -> dict[str, datapages.DataPages]:
    """The generated pages' models of each language, for the lists of pages to look at."""
    return {lang: datapages.DataPages(site_data, lang, SITE_URL, ui_strings(lang), MOMENT) for lang in i18n.LANGUAGES}


@pytest.fixture(scope="module")
def specs(site_data) -> dict[str, list[datapages.PageSpec]]:
    """Every generated page (data pages and the programmes' pages), as hooks/hook_data.py adds them."""
    return {
        lang: generated_pages(site_data, lang, SITE_URL, ui_strings(lang), MOMENT).pages() for lang in i18n.LANGUAGES
    }


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def page_file(site: Path, lang: str, src: str) -> Path:
    return site / i18n.page_url(lang, src) / "index.html"


def content(site: Path, lang: str, src: str) -> BeautifulSoup:
    article = soup(page_file(site, lang, src)).select_one("article.md-content__inner")
    assert article is not None, src
    return article


def text(el) -> str:
    return " ".join(el.get_text(" ").split())


def resolve(site: Path, page: Path, href: str) -> Path | None:
    """The built file an internal link points to (None for links to other sites, mail, phone)."""
    parts = urlsplit(href)
    if parts.scheme or href.startswith("//"):
        return None
    if not parts.path:
        return page
    target = (page.parent / unquote(parts.path)).resolve()
    return target / "index.html" if parts.path.endswith("/") or target.is_dir() else target


# --- Every page exists, in both languages ------------------------------------------------------------


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_generated_page_is_built_with_its_language(built_site, lang, specs):
    assert len(specs[lang]) == len(specs[i18n.other_language(lang)])
    for spec in specs[lang]:
        html = soup(page_file(built_site, lang, spec.src))
        assert html.html["lang"] == lang, spec.src
        h1 = html.select("article h1")
        assert len(h1) == 1, spec.src


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_counts_of_record_pages_match_the_data(built_site, lang, site_data):
    def section(kind):
        return built_site / i18n.LANGUAGE_ROOT[lang] / routes.SECTIONS[routes.KIND_SECTION[kind]][lang]

    for kind, records in (
        ("activity", site_data.activities),
        ("resource", site_data.resources),
        ("ward", site_data.wards),
    ):
        for record in records:
            assert page_file(built_site, lang, routes.record_src(kind, record.id, lang)).is_file(), record.id
        assert section(kind).is_dir()
    assert len(site_data.wards) == 12


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_switcher_and_hreflang_point_to_the_twin(built_site, lang, specs):
    other = i18n.other_language(lang)
    for spec in specs[lang][:6] + [s for s in specs[lang] if s.template == "data/facet.html"][:3]:
        path = page_file(built_site, lang, spec.src)
        links = {link["hreflang"]: link["href"] for link in soup(path).select('link[rel="alternate"][hreflang]')}
        assert links[other] == SITE_URL + i18n.page_url(other, spec.alternate)
        switch = {a["hreflang"]: a["href"] for a in soup(path).select("a.md-select__link")}
        assert (path.parent / switch[other] / "index.html").resolve() == page_file(
            built_site, other, spec.alternate
        ).resolve()


def test_only_the_four_section_indexes_are_in_the_menu(built_site, site_data):
    for lang in i18n.LANGUAGES:
        nav = soup(built_site / i18n.LANGUAGE_ROOT[lang] / "index.html").select_one("nav.md-nav--primary")
        hrefs = [a["href"] for a in nav.select("a.md-nav__link[href]")]
        for section in routes.SECTIONS:
            assert any(h.rstrip("/").endswith(routes.SECTIONS[section][lang]) for h in hrefs), section
        record = routes.record_src("resource", site_data.resources[0].id, lang)[:-3]
        assert not any(h.rstrip("/").endswith(record) for h in hrefs)


# --- Links ---------------------------------------------------------------------------------------------


def test_every_internal_link_on_generated_pages_resolves(built_site, specs):
    checked = 0
    for lang in i18n.LANGUAGES:
        for spec in specs[lang]:
            path = page_file(built_site, lang, spec.src)
            article = soup(path).select_one("article")
            for a in article.select("a[href]"):
                href = a["href"]
                if href.startswith(("mailto:", "tel:")):
                    continue
                target = resolve(built_site, path, href)
                if target is None:
                    continue
                assert target.is_file(), f"{path.relative_to(built_site)}: {href} does not resolve"
                fragment = urlsplit(href).fragment
                if fragment:
                    assert soup(target).find(id=fragment), f"{path.relative_to(built_site)}: no #{fragment}"
                checked += 1
    assert checked > 500


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_catalogue_links_every_resource_and_every_facet_page(built_site, lang, site_data, models):
    src = routes.section_index_src("resources", lang)
    path = page_file(built_site, lang, src)
    article = content(built_site, lang, src)
    items = article.select("ul[data-catalogue-items] > li.resource-item")
    assert len(items) == len(site_data.resources)
    linked = {resolve(built_site, path, li.select_one("a")["href"]) for li in items}
    assert linked == {
        page_file(built_site, lang, routes.record_src("resource", r.id, lang)).resolve() for r in site_data.resources
    }
    facet_links = {resolve(built_site, path, a["href"]) for a in article.select("nav.facet-nav a[href]")}
    for facet in datapages.FACETS:
        for value in models[lang].facets[facet]:
            assert page_file(built_site, lang, value.src).resolve() in facet_links
    # the JavaScript filter: a hidden form, data-* attributes on items, an external script
    form = article.select_one("form[data-catalogue-filter]")
    assert form.has_attr("hidden") and len(form.select("select[data-facet]")) == 4
    khan = next(li for li in items if "Khan Academy" in text(li))
    assert "mathematics" in khan["data-subject"].split() and khan["data-language"] == "vi"
    scripts = article.select("script")
    assert [resolve(built_site, path, s["src"]).name for s in scripts] == ["catalogue.js"]
    assert all(resolve(built_site, path, s["src"]).is_file() for s in scripts)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_facet_pages_list_exactly_their_resources(built_site, lang, models):
    for facet in datapages.FACETS:
        for value in models[lang].facets[facet]:
            article = content(built_site, lang, value.src)
            titles = [text(a) for a in article.select("ul.resource-list > li .resource-item__title > a")]
            assert sorted(titles) == sorted(r.title for r in value.resources), value.src
            assert value.label in text(article.h1)


# --- Content of each page kind ---------------------------------------------------------------------------


def test_schedule_lists_seven_days_with_activities_and_sample_badges(built_site, site_data):
    for lang, first_day in (("vi", "Thứ Bảy, 01/10/2022"), ("en", "Saturday 1 October 2022")):
        article = content(built_site, lang, routes.section_index_src("schedule", lang))
        days = article.select("section.schedule-day:not(.schedule-several)")
        assert len(days) == 7
        assert text(days[0].h2) == first_day
        launch = days[0].select_one('li.activity-item[id$="le-phat-dong-cau-dat"]')
        assert "07:30–09:00" in text(launch)
        assert site_data.wards_by_id["cau-dat"].full_name.get(lang) in text(launch)
        assert site_data.activity(2022, "le-phat-dong-cau-dat").venue.get(lang) in text(launch)
        assert text(launch.select_one(".sample-badge")) == BADGE[lang]
        # the week-long activity is listed once, among those lasting several days, not under every day
        assert not any(d.select_one('li[id$="bang-ron-khau-hieu-lach-tray"]') for d in days)
        assert len(article.select('[data-schedule-items] li[id$="bang-ron-khau-hieu-lach-tray"]')) == 1
        assert len(article.select("section.schedule-wards h3[id^=phuong-]")) == 12


def test_activity_page_has_full_details(built_site, site_data):
    activity = site_data.activity(2022, "le-phat-dong-cau-dat")
    for lang, when in (("vi", "Thứ Bảy, 01/10/2022, 07:30–09:00"), ("en", "Saturday 1 October 2022, 07:30–09:00")):
        article = content(built_site, lang, routes.record_src("activity", activity.id, lang))
        body = text(article)
        assert text(article.h1) == activity.title.get(lang)
        for part in (
            when,
            activity.venue.get(lang),
            activity.organiser.get(lang),
            activity.description.get(lang),
            site_data.vocabularies.formats.label(activity.format, lang),
            BADGE[lang],
        ):
            assert part in body, part


def test_resource_page_has_open_link_and_permanent_url(built_site, site_data):
    resource = site_data.resources_by_id["khan-academy-vi"]
    for lang in i18n.LANGUAGES:
        article = content(built_site, lang, routes.record_src("resource", resource.id, lang))
        button = article.select_one("a.md-button--primary")
        assert button["href"] == resource.url and button["rel"] == ["noopener"] and not button.has_attr("target")
        assert text(button) == ui_strings(lang).data.open_resource
        permanent = SITE_URL + routes.record_url("resource", resource.id, lang)
        assert article.select_one("code.permanent-url").get_text("") == permanent
        body = text(article)
        for part in (
            resource.description.get(lang),
            resource.provider,
            {"vi": "Miễn phí sử dụng", "en": "Free to use"}[lang],
            site_data.vocabularies.subjects.label(resource.subject[0], lang),
            site_data.vocabularies.audiences.label(resource.audience[0], lang),
            site_data.vocabularies.resource_formats.label(resource.format, lang),
        ):
            assert part in body, part


@pytest.mark.parametrize(
    "lang, src, domain, parts, licence, licence_href",
    [
        (
            "vi",
            "tai-nguyen/khan-academy-vi.md",
            "vi.khanacademy.org",
            ["https://hoctapsuotdoi.example/", "tai-nguyen/", "khan-academy-vi/"],
            "Miễn phí sử dụng",
            None,
        ),
        (
            "en",
            "resources/geogebra.md",
            "geogebra.org",
            ["https://hoctapsuotdoi.example/", "en/", "resources/", "geogebra/"],
            "Free for non-commercial use",
            None,
        ),
        (
            "en",
            "resources/openstax.md",
            "openstax.org",
            ["https://hoctapsuotdoi.example/", "en/", "resources/", "openstax/"],
            "CC BY 4.0 (most books; check each book)",
            "https://creativecommons.org/licenses/by/4.0/",
        ),
    ],
)
def test_resource_page_names_the_outside_site_and_splits_its_address(
    built_site, lang, src, domain, parts, licence, licence_href
):
    article = content(built_site, lang, src)
    where = article.select_one("#resource-open-where")
    assert article.select_one("a.md-button--primary")["aria-describedby"] == "resource-open-where"
    assert where.select_one(".resource-open__domain").get_text() == domain
    assert text(where) == f"{domain} {ui_strings(lang).data.external_note}"
    code = article.select_one("code#permanent-url")
    assert [span.get_text() for span in code.find_all("span")] == parts
    assert len(code.find_all("wbr")) == len(parts) - 1  # wrap points between the parts only
    button = code.find_next_sibling("button")
    assert button["data-copy-target"] == "permanent-url" and button.has_attr("hidden")  # shown by copy.js
    assert text(button) == {"vi": "Sao chép", "en": "Copy"}[lang]
    assert button.find_next_sibling("span")["data-copied"] == {"vi": "Đã sao chép", "en": "Copied"}[lang]
    assert [s["src"].rsplit("/", 1)[1] for s in article.find_all("script")] == ["copy.js"]
    licence_dd = article.find("dt", string=ui_strings(lang).data.licence).find_next_sibling("dd")
    assert text(licence_dd) == licence
    link = licence_dd.find("a")
    assert (link["href"] if link else None) == licence_href


def test_ward_page_lists_activities_libraries_note_and_schedule_link(built_site, site_data):
    for lang in i18n.LANGUAGES:
        path = page_file(built_site, lang, routes.record_src("ward", "cau-dat", lang))
        article = soup(path).select_one("article")
        body = text(article)
        assert site_data.wards_by_id["cau-dat"].note.get(lang) in body
        for activity in site_data.activities_in_ward("cau-dat"):
            assert activity.title.get(lang) in body
        for library in site_data.libraries_in_ward("cau-dat"):
            assert library.name.get(lang) in body
        schedule = article.find("a", string=ui_strings(lang).data.ward_schedule_link)
        target = resolve(built_site, path, schedule["href"])
        assert target == page_file(built_site, lang, routes.section_index_src("schedule", lang)).resolve()
        assert urlsplit(schedule["href"]).fragment == "phuong-cau-dat"
    wards = content(built_site, "vi", routes.section_index_src("wards", "vi"))
    assert len(wards.select("ul.ward-list > li")) == 12


def test_library_directory_by_ward_with_sample_labels(built_site, site_data):
    for lang in i18n.LANGUAGES:
        article = content(built_site, lang, routes.section_index_src("libraries", lang))
        items = article.select("li.library-item")
        assert len(items) == len(site_data.libraries)
        ward_order = [None] + [ward.id for ward in site_data.wards]  # a district-level library (no ward) first
        for library, item in zip(
            sorted(site_data.libraries, key=lambda lib: ward_order.index(lib.ward)), items, strict=True
        ):
            assert item["id"] == library.id
            body = text(item)
            for part in (
                library.name.get(lang),
                library.address.get(lang),
                library.opening_hours.get(lang),
                site_data.vocabularies.library_kinds.label(library.kind, lang),
            ):
                assert part in body
            assert (BADGE[lang] in body) == library.sample


def test_search_index_has_generated_record_text(built_site, site_data):
    for lang in i18n.LANGUAGES:
        index = json.loads(
            (built_site / i18n.LANGUAGE_ROOT[lang] / "search" / "search_index.full.json").read_text("utf-8")
        )
        blob = json.dumps(index, ensure_ascii=False)
        resource = site_data.resources_by_id["khan-academy-vi"]
        assert resource.title.get(lang) in blob and resource.provider in blob


# --- Renamed resources ---------------------------------------------------------------------------------


def test_alias_redirects_in_both_languages(built_site, site_data):
    aliased = [(r, alias) for r in site_data.resources for alias in r.aliases]
    assert aliased
    for resource, alias in aliased:
        for lang in i18n.LANGUAGES:
            path = built_site / i18n.LANGUAGE_ROOT[lang] / datapages.alias_redirect_path(alias, lang)
            html = soup(path)
            assert html.html["lang"] == lang
            refresh = html.find("meta", attrs={"http-equiv": "refresh"})["content"]
            assert refresh.startswith("0; url=")
            target = page_file(built_site, lang, routes.record_src("resource", resource.id, lang)).resolve()
            assert resolve(built_site, path, refresh[len("0; url=") :]) == target
            assert html.find("link", rel="canonical")["href"] == SITE_URL + routes.record_url(
                "resource", resource.id, lang
            )
            visible = html.body.find("a")
            assert resolve(built_site, path, visible["href"]) == target and text(visible) == resource.title.get(lang)
            assert html.find("script") is None


# --- Hostile data and bad data -------------------------------------------------------------------------

PAYLOAD = '<script>alert(1)</script> "><img src=x onerror=alert(1)>'


def _inject(project: Path) -> None:
    """Put the payload into text fields of a resource, an activity, a library and a ward (vi and en)."""

    def edit(name: str, replacements: list[tuple[str, str]]) -> None:
        path = project / "data" / name
        source = path.read_text(encoding="utf-8")
        for old, new in replacements:
            assert source.count(old) == 1, old
            source = source.replace(old, new)
        path.write_text(source, encoding="utf-8")

    bad = json.dumps(PAYLOAD)  # a JSON string is a valid YAML double-quoted scalar
    edit(
        "resources.yml",
        [
            (
                'title: {vi: "Khan Academy tiếng Việt", en: "Khan Academy in Vietnamese"}',
                f"title: {{vi: {bad}, en: {bad}}}",
            ),
            ('provider: "Khan Academy"', f"provider: {bad}"),
        ],
    )
    resources = (project / "data" / "resources.yml").read_text(encoding="utf-8")
    start = resources.index("  - id: khan-academy-vi")
    desc = resources.index("    description:", start)
    end = resources.index("    url:", desc)
    resources = resources[:desc] + f"    description:\n      vi: {bad}\n      en: {bad}\n" + resources[end:]
    (project / "data" / "resources.yml").write_text(resources, encoding="utf-8")
    edit(
        "editions/2022/activities.yml",
        [
            (
                'vi: "Trung tâm học tập cộng đồng phường Cầu Đất"\n      en: "Cầu Đất Ward community learning centre"',
                f"vi: {bad}\n      en: {bad}",
            ),
        ],
    )
    edit(
        "libraries.yml",
        [
            (
                'vi: "Trung tâm học tập cộng đồng phường Cầu Đất"\n      en: "Cầu Đất Ward community learning centre"',
                f"vi: {bad}\n      en: {bad}",
            ),
        ],
    )
    edit(
        "wards.yml",
        [
            ('vi: "Phường Lương Khánh Thiện được sáp nhập vào phường Cầu Đất từ ngày 01/02/2020."', f"vi: {bad}"),
        ],
    )


def test_markup_in_data_is_shown_as_text_never_run(tmp_path):
    project = copy_project(tmp_path / "proj")
    _inject(project)
    site = tmp_path / "site"
    result = run_build(project, site)
    assert result.returncode == 0, result.stderr
    pages = {
        "vi": [
            "tai-nguyen/khan-academy-vi.md",
            "tai-nguyen/index.md",
            "tai-nguyen/chu-de/mathematics.md",
            "lich-hoat-dong/index.md",
            "lich-hoat-dong/le-phat-dong-cau-dat.md",
            "phuong/cau-dat.md",
            "thu-vien/index.md",
        ],
        "en": [
            "resources/khan-academy-vi.md",
            "resources/index.md",
            "resources/subject/mathematics.md",
            "schedule/index.md",
            "schedule/le-phat-dong-cau-dat.md",
            "wards/cau-dat.md",
            "libraries/index.md",
        ],
    }
    for lang, srcs in pages.items():
        for src in srcs:
            html = soup(page_file(site, lang, src))
            assert not html.find(attrs={"onerror": True}), src
            assert not html.find("img", src="x"), src
            article = html.select_one("article")
            assert [s for s in article.find_all("script") if not s.get("src")] == [], src
            assert [s for s in html.body.find_all("script") if "alert(1)" in s.get_text()] == [], src
            assert PAYLOAD in article.get_text(), src  # visible, as text
    # the record pages carry it in the title too, still as text
    page = soup(page_file(site, "en", "resources/khan-academy-vi.md"))
    assert page.select_one("article h1").get_text() == PAYLOAD
    assert "alert(1)" in page.title.get_text() and not page.head.find("img")
    assert "onerror" in page.find("meta", attrs={"name": "description"})["content"]


def test_bad_data_file_stops_build_with_located_message(tmp_path):
    project = copy_project(tmp_path / "proj")
    site = tmp_path / "site"
    first = run_build(project, site)
    assert first.returncode == 0, first.stderr
    snapshot = site_snapshot(site)
    path = project / "data" / "editions" / "2022" / "activities.yml"
    source = path.read_text(encoding="utf-8")
    assert source.count("    ward: cau-dat\n") == 1
    line = source[: source.index("    ward: cau-dat\n")].count("\n") + 1
    path.write_text(source.replace("    ward: cau-dat\n", "    ward: cau-dats\n"), encoding="utf-8")
    result = run_build(project, site)
    assert result.returncode != 0
    # Vietnamese first, the English after it: both name the value and the suggestion.
    assert (
        f"ERROR   -  data/editions/2022/activities.yml:{line}: `cau-dats` không có trong danh sách phường "
        "tham gia năm nay"
    ) in result.stderr
    assert "Có phải là `cau-dat`?" in result.stderr
    assert "(EN: `cau-dats` is not a known ward of this year" in result.stderr
    assert "Did you mean `cau-dat`?" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert_site_untouched(site, snapshot)

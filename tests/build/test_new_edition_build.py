"""Next year in minutes (issue 12): on a copy of the project, ``scripts/new-edition 2023 …`` as staff type it,
then the strict build. Everything the 2022 build published (the session's ``built_site``) still resolves
with the same heading and text, 2022's activities keep their titles, and the home pages show 2023 and
link to 2022. The moment of the build is fixed (SOURCE_DATE_EPOCH): 20 September 2023, 19:00 in Vietnam."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.support.project import ROOT, run_build
from tests.support.publish import make_project, snapshot

# As the staff guide shows it (both languages, checked below), typed in a shell.
TYPED = (
    'scripts/new-edition 2023 --start 2023-10-01 --end 2023-10-07 --theme "Học tập suốt đời trong kỷ nguyên số" '
    '--theme-en "Lifelong learning in the digital age"'
)
GUIDES = {
    "docs/vi/huong-dan-bien-tap.md": "## Chuẩn bị Tuần lễ năm mới",
    "docs/en/staff-guide.md": "## Preparing next year's week",
}
SEPTEMBER_20_2023 = "1695211200"  # 2023-09-20T12:00:00Z: 11 days before the 2023 week
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

# Pages that mean "the current edition" (issue 12): they now show 2023, so their text may change.
CURRENT_EDITION_PAGES = {
    "/",
    "/en/",  # the home pages: the current edition's block
    "/lich-hoat-dong/",
    "/en/schedule/",  # the root schedule is the current one's (2022's: /2022/lich-hoat-dong/)
    "/phuong/",
    "/en/wards/",  # the ward register: this year's wards and their counts first
    "/cac-nam-truoc/",
    "/en/past-years/",  # the past-years page lists 2023 too
}
# Each ward's page lists the current edition's activities first: the ward and every 2022 activity it
# listed stay (as "earlier years"), checked by title below.
WARD_PAGES = re.compile(r"^/(en/wards|phuong)/[a-z-]+/$")
# The honour roll of all years gains the new year's (empty) part: its heading and every 2022 entry stay.
LISTS_OF_ALL_YEARS = re.compile(r"^/(guong-dien-hinh|en/honour-roll)/$")
OPEN_FILES = (".ics", ".json", ".csv", ".pdf", ".svg")


@pytest.fixture(scope="module")
def edition_2023(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("edition2023")
    project = make_project(root / "proj", site_url=None, git=False)
    before = snapshot(project)
    refused = subprocess.run(
        ["bash", "-c", TYPED.replace("2023", "2022", 1)], cwd=project, capture_output=True, text=True, timeout=300
    )
    unchanged = snapshot(project) == before
    made = subprocess.run(["bash", "-c", TYPED], cwd=project, capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stdout + made.stderr
    site = root / "site"
    built = run_build(project, site, env={"SOURCE_DATE_EPOCH": SEPTEMBER_20_2023})
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    return {"project": project, "site": site, "refused": refused, "unchanged": unchanged}


def _file(site: Path, url_path: str) -> Path:
    path = site / url_path.lstrip("/")
    return path / "index.html" if url_path.endswith("/") else path


def _soup(site: Path, url_path: str) -> BeautifulSoup:
    return BeautifulSoup(_file(site, url_path).read_text(encoding="utf-8"), "html.parser")


def _heading_and_text(soup: BeautifulSoup) -> tuple[str, str]:
    """The page's <h1> and its article text, without the "last updated" line (git dates: the copy has none)."""
    article = soup.select_one("article")
    for element in article.select(".page-updated, .headerlink"):
        element.decompose()
    return article.h1.get_text(" ", strip=True), " ".join(article.get_text(" ").split())


def _followed(site: Path, url_path: str) -> tuple[str, BeautifulSoup]:
    """The page at ``url_path``, or the page a no-script redirect there sends to."""
    soup = _soup(site, url_path)
    refresh = soup.find("meta", attrs={"http-equiv": "refresh"})
    if refresh is not None:
        target = urlsplit(urljoin(url_path, refresh["content"].split("url=", 1)[1])).path
        return target, _soup(site, target)
    return url_path, soup


def test_the_staff_guides_show_the_command_the_test_runs() -> None:
    for path, heading in GUIDES.items():
        text = (ROOT / path).read_text(encoding="utf-8")
        section = text[text.index(f"\n{heading}\n") :]
        section = section[: section.find("\n## ", 1)]
        assert f"```sh\n{TYPED}\n```" in section, path


def test_a_year_that_exists_is_refused_and_nothing_changes(edition_2023) -> None:
    refused = edition_2023["refused"]
    assert refused.returncode != 0
    assert refused.stderr.startswith("scripts/new-edition: năm 2022 đã có: data/editions/2022/ đã tồn tại.")
    assert "(EN: the year 2022 already exists" in refused.stderr and "Traceback" not in refused.stderr
    assert edition_2023["unchanged"]


def test_every_address_of_the_2022_build_still_resolves(built_site: Path, edition_2023) -> None:
    site = edition_2023["site"]
    urls = [urlsplit(loc.text).path for loc in ET.parse(built_site / "sitemap.xml").getroot().iter(f"{SITEMAP}loc")]
    assert len(urls) > 200 and "/lich-hoat-dong/le-phat-dong-cau-dat/" in urls
    # Archived pages leave the menu, not the sitemap: harvesters and search engines still find them.
    listed = {urlsplit(loc.text).path for loc in ET.parse(site / "sitemap.xml").getroot().iter(f"{SITEMAP}loc")}
    assert [url for url in urls if url not in listed] == []
    assert {"/2023/", "/en/2023/", "/2023/van-ban/", "/en/2023/banner-kit/"} <= listed
    changed = []
    for url in urls:
        assert _file(site, url).is_file(), f"{url} is gone"
        if url in CURRENT_EDITION_PAGES:
            continue
        old = _heading_and_text(_soup(built_site, url))
        target, soup = _followed(site, url)
        new = _heading_and_text(soup)
        if WARD_PAGES.match(url) or LISTS_OF_ALL_YEARS.match(url):
            titles = [a.get_text(strip=True) for a in _soup(built_site, url).select("article li a")]
            if new[0] != old[0] or not all(title in new[1] for title in titles):
                changed.append(url)
        elif new != old:
            changed.append(f"{url} (-> {target})" if target != url else url)
    assert changed == []
    files = [p.relative_to(built_site).as_posix() for p in built_site.rglob("*") if p.suffix in OPEN_FILES]
    assert len(files) > 40 and "lich-hoat-dong/le-phat-dong-cau-dat.ics" in files
    assert [f for f in files if not (site / f).is_file()] == []


def test_2022_activities_keep_their_titles_calendars_and_banners(built_site: Path, edition_2023) -> None:
    site = edition_2023["site"]
    page = _soup(site, "/lich-hoat-dong/le-phat-dong-cau-dat/")
    assert page.h1.get_text(strip=True) == "Lễ phát động Tuần lễ hưởng ứng học tập suốt đời năm 2022"
    back = page.select_one("article .data-activity > p:last-child a")["href"]
    assert urljoin("/lich-hoat-dong/le-phat-dong-cau-dat/", back) == "/2022/lich-hoat-dong/"  # its own year
    english = _soup(site, "/en/schedule/le-phat-dong-cau-dat/")
    assert english.h1.get_text(strip=True) == "Launch ceremony of Lifelong Learning Week 2022"
    ics = (site / "lich-hoat-dong/le-phat-dong-cau-dat.ics").read_bytes().decode("utf-8")
    assert "UID:le-phat-dong-cau-dat@hoctapsuotdoi.example\r\n" in ics
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20221001T073000\r\n" in ics
    for banner in ("bo-bang-ron/bang-ron-khau-hieu-1.svg", "en/banner-kit/bang-ron-khau-hieu-5.svg"):
        assert (site / banner).read_bytes() == (built_site / banner).read_bytes()  # still 2022's heading
    assert "NĂM 2022 – QUẬN NGÔ QUYỀN – 01–07/10/2022" in (site / "bo-bang-ron/bang-ron-khau-hieu-1.svg").read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    "home, theme, status, none_yet, archive",
    [
        (
            "/",
            "Học tập suốt đời trong kỷ nguyên số",
            "Còn 11 ngày nữa là đến Tuần lễ (bắt đầu ngày 01/10/2023).",
            "Chưa có hoạt động nào.",
            "Tuần lễ hưởng ứng học tập suốt đời năm 2022",
        ),
        (
            "/en/",
            "Lifelong learning in the digital age",
            "11 days to go: the week starts on 1 October 2023.",
            "No activities yet.",
            "Lifelong Learning Week 2022",
        ),
    ],
)
def test_home_shows_2023_and_links_to_2022(edition_2023, home, theme, status, none_yet, archive) -> None:
    block = _soup(edition_2023["site"], home).select_one(".home-edition")
    assert block.select_one(".edition-theme q").get_text(strip=True) == theme
    assert block.select_one(".edition-status").get_text(strip=True) == status
    assert block.select_one(".edition-none").get_text(strip=True) == none_yet
    links = {a.get_text(strip=True): urljoin(home, a["href"]) for a in block.select(".home-archive a")}
    assert links[archive] == f"{home}2022/"
    assert archive not in block.select_one("h2").get_text()


def test_the_new_year_says_honestly_what_is_not_there_yet(edition_2023) -> None:
    site = edition_2023["site"]
    texts = {
        url: _heading_and_text(_soup(site, url))
        for url in ("/2023/van-ban/", "/en/2023/document/", "/2023/bo-bang-ron/", "/en/2023/banner-kit/")
    }
    assert texts["/2023/van-ban/"] == (
        "Văn bản hướng dẫn năm 2023",
        "Văn bản hướng dẫn năm 2023 Văn bản hướng dẫn năm 2023 sẽ được đăng tại đây.",
    )
    assert texts["/en/2023/document/"][1].endswith("The guidance document of 2023 will be published here.")
    assert texts["/2023/bo-bang-ron/"][1].endswith("Chưa có khẩu hiệu nào cho băng rôn năm nay.")
    assert texts["/en/2023/banner-kit/"][1].endswith("There are no slogans for this year's banners yet.")
    edition = _soup(site, "/2023/")
    facts = {
        dt.get_text(strip=True): dd.get_text(strip=True)
        for dt, dd in zip(edition.select(".data-facts dt"), edition.select(".data-facts dd"), strict=True)
    }
    assert facts["Văn bản hướng dẫn"] == "Văn bản hướng dẫn năm 2023 sẽ được đăng tại đây."
    assert facts["Lịch hoạt động"] == "Chưa có hoạt động nào."
    schedule = _soup(site, "/en/2023/schedule/").select_one("article").get_text(" ")
    assert "No activities yet." in schedule and "No activities on this day yet." in schedule
    for calendar in ("2023/lich-hoat-dong.ics", "lich-hoat-dong.ics", "en/schedule.ics"):
        text = (site / calendar).read_bytes().decode("utf-8")
        assert text.startswith("BEGIN:VCALENDAR\r\n") and "BEGIN:VEVENT" not in text
    # What staff must fill in stays in the stubs' front matter comments, never on the site.
    published = "".join(p.read_text(encoding="utf-8") for p in site.rglob("2023/**/index.html"))
    assert "data/editions/2023/edition.yml" not in published and "@year@" not in published


def test_site_yml_keeps_its_comments(edition_2023) -> None:
    text = (edition_2023["project"] / "data" / "site.yml").read_text(encoding="utf-8")
    assert (
        "\n# The edition (folder in data/editions/) the home page shows. `scripts/new-edition` changes this line.\n"
        "current_edition: 2023\n" in text
    )

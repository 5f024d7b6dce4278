"""Another district runs the same code from its own data (issue 12): the fictional Đồi Thông district of
tests/fixtures/locality/ (three communes, one edition, its own pages) builds strictly with the real
hooks/ and overrides/, unchanged, and none of Ngô Quyền's names reaches any file of its site."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.support.locality import NGO_QUYEN_NAMES, make_locality_project, readable_text
from tests.support.project import run_build


@pytest.fixture(scope="module")
def locality_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("locality")
    project = make_locality_project(root / "proj")
    site = root / "site"
    result = run_build(project, site, env={"SOURCE_DATE_EPOCH": "1727830800"})  # 2 October 2024, 08:00 there
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return site


def _page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url.lstrip("/") / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_nothing_of_ngo_quyen_in_any_output_file(locality_site: Path) -> None:
    files = [p for p in locality_site.rglob("*") if p.is_file()]
    assert len(files) > 100
    found = {}
    for path in files:
        text = readable_text(path).casefold()
        hits = [name for name in NGO_QUYEN_NAMES if name.casefold() in text]
        if hits:
            found[path.relative_to(locality_site).as_posix()] = hits
    assert found == {}


def test_the_site_speaks_of_its_own_locality(locality_site: Path) -> None:
    home = _page(locality_site, "/")
    assert home.title.get_text(strip=True).endswith("Tuần lễ hưởng ứng học tập suốt đời – huyện Đồi Thông")
    block = home.select_one(".home-edition")
    assert "Học tập suốt đời ở mọi làng quê" in block.get_text()
    assert "Tuần lễ đang diễn ra: hôm nay là ngày thứ 2 trong 7 ngày, đến hết ngày 07/10/2024." in block.get_text()
    graph = json.loads(home.find("script", type="application/ld+json").string)["@graph"]
    assert graph[0]["areaServed"]["name"] == "Huyện Đồi Thông, Hồ Xanh"
    wards = _page(locality_site, "/en/wards/")
    assert [a.get_text(strip=True) for a in wards.select(".ward-list a")] == [
        "Suối Bạc Commune",
        "Cánh Diều Commune",
        "Bến Lúa Commune",
    ]
    assert "3 wards of Đồi Thông district in 2024" in wards.get_text(" ")
    activity = _page(locality_site, "/2024/lich-hoat-dong/doc-sach-suoi-bac/")
    assert activity.h1.get_text(strip=True) == "Buổi đọc sách chung ở Suối Bạc"
    banner = (locality_site / "bo-bang-ron" / "bang-ron-khau-hieu-1.svg").read_text(encoding="utf-8")
    assert "TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2024 – HUYỆN ĐỒI THÔNG – 01–07/10/2024" in banner
    calendar = readable_text(locality_site / "en" / "schedule.ics")
    assert "SUMMARY;LANGUAGE=en:[Sample data] Online class in Bến Lúa" in calendar

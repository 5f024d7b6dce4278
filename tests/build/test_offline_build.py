"""Build tests of offline reading and "add to home screen" (hooks/hook_offline.py): the service worker at
the site root with the build's facts, the offline page and the manifest of each language, the worker's
registration on every page of a real build and never in a `mkdocs serve` preview, and a new content
version when a page changes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.support.preview import serve_build
from tests.support.project import ROOT, copy_project, run_build

FACTS = re.compile(r"^self\.SITE = (\{.*\});$", re.M)


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def worker_facts(site: Path) -> dict:
    return json.loads(FACTS.search((site / "sw.js").read_text(encoding="utf-8")).group(1))


def test_one_worker_at_the_site_root_with_the_builds_facts(built_site):
    code = (built_site / "sw.js").read_text(encoding="utf-8")
    assert code.startswith("/* Written by the build (hooks/hook_offline.py)")
    assert 'self.addEventListener("fetch"' in code
    facts = worker_facts(built_site)
    assert re.fullmatch(r"[0-9a-f]{16}", facts["version"])
    assert facts["languages"] == {"vi": "", "en": "en/"} and facts["default"] == "vi"
    assert facts["offline"] == {"vi": "offline.html", "en": "en/offline.html"}
    # Kept ready after a first visit: the offline page, home, schedule and catalogue, with what they load.
    for lang, pages in {
        "vi": ["offline.html", "", "lich-hoat-dong/", "tai-nguyen/"],
        "en": ["en/offline.html", "en/", "en/schedule/", "en/resources/"],
    }.items():
        warm = facts["warm"][lang]
        assert [u for u in warm if u.endswith("/") or u.endswith(".html") or u == ""] == pages
        prefix = "en/" if lang == "en" else ""
        for asset in ("assets/stylesheets/site.css", "assets/javascripts/catalogue.js"):
            assert prefix + asset in warm
        assert all((built_site / u).is_file() or (built_site / u / "index.html").is_file() for u in warm)
        size = sum(
            ((built_site / u) if (built_site / u).is_file() else built_site / u / "index.html").stat().st_size
            for u in warm
        )
        assert size <= 500_000, (lang, size)
    # Published at the root only: never a copy under assets/ (a worker there would have the wrong scope).
    assert not list(built_site.glob("**/assets/javascripts/sw*.js"))


@pytest.mark.parametrize(
    "lang, path, title, root",
    [
        ("vi", "offline.html", "Không có kết nối mạng", "/"),
        ("en", "en/offline.html", "You are offline", "/en/"),
    ],
)
def test_offline_page_in_its_language_with_links_from_the_root(built_site, lang, path, title, root):
    page = soup(built_site / path)
    assert page.html["lang"] == lang
    assert page.select_one("article h1").get_text() == title
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    # The worker shows it at any address: every link and file is from the root, never relative.
    for tag, attr in (("link", "href"), ("script", "src")):
        for element in page.find_all(tag, attrs={attr: True}):
            assert element[attr].startswith(("/", "https://")), element
    assert page.select_one("article a")["href"] in (root, root + ".")
    assert page.find("link", rel="stylesheet")["href"].startswith(root + "assets/stylesheets/")


@pytest.mark.parametrize(
    "path, lang, name, short_name, start, scope",
    [
        (
            "manifest.webmanifest",
            "vi",
            "Tuần lễ hưởng ứng học tập suốt đời – quận Ngô Quyền",
            "Học tập suốt đời",
            "./",
            "./",
        ),
        (
            "en/manifest.webmanifest",
            "en",
            "Lifelong Learning Week – Ngô Quyền District",
            "Lifelong Learning",
            "./",
            "../",
        ),
    ],
)
def test_manifest_per_language(built_site, path, lang, name, short_name, start, scope):
    manifest = json.loads((built_site / path).read_text(encoding="utf-8"))
    assert (manifest["lang"], manifest["name"], manifest["short_name"]) == (lang, name, short_name)
    assert (manifest["start_url"], manifest["scope"], manifest["display"]) == (start, scope, "standalone")
    folder = (built_site / path).parent
    sizes = set()
    for icon in manifest["icons"]:
        assert (folder / icon["src"]).is_file(), icon
        sizes.add(icon["sizes"])
    assert sizes == {"192x192", "512x512"}
    assert [i.get("purpose") for i in manifest["icons"]].count("maskable") == 1


@pytest.mark.parametrize(
    "page, manifest, worker",
    [
        ("index.html", "manifest.webmanifest", "sw.js"),
        ("tai-nguyen/khan-academy-vi/index.html", "../../manifest.webmanifest", "../../sw.js"),
        ("en/index.html", "manifest.webmanifest", "../sw.js"),
        ("en/resources/khan-academy-vi/index.html", "../../manifest.webmanifest", "../../../sw.js"),
        ("en/404.html", "/en/manifest.webmanifest", "/en/../sw.js"),
    ],
)
def test_every_page_links_its_manifest_and_registers_the_one_worker(built_site, page, manifest, worker):
    html = soup(built_site / page)
    assert html.find("link", rel="manifest")["href"] == manifest
    (script,) = [s for s in html.find_all("script", src=True) if s["src"].endswith("assets/javascripts/offline.js")]
    assert script["data-worker"] == worker and script.has_attr("defer")
    assert script["data-lang"] == ("en" if page.startswith("en/") else "vi")


def test_content_change_gives_a_new_worker_version(tmp_path):
    project = copy_project(tmp_path / "proj")
    site = tmp_path / "site"
    first = run_build(project, site)
    assert first.returncode == 0, first.stderr
    before = worker_facts(site)["version"]
    page = project / "docs" / "vi" / "khau-hieu.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nMột câu mới.\n", encoding="utf-8")
    second = run_build(project, site)
    assert second.returncode == 0, second.stderr
    after = worker_facts(site)["version"]
    assert re.fullmatch(r"[0-9a-f]{16}", after) and after != before


def test_serve_preview_registers_no_worker_and_retires_an_old_one(tmp_path):
    """What `mkdocs serve` builds (tests/support/preview.py runs its steps exactly, in a subprocess)."""
    project = copy_project(tmp_path / "proj")
    site = tmp_path / "served"
    result = serve_build(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    for page in ("index.html", "en/index.html", "tai-nguyen/index.html"):
        html = soup(site / page)
        assert not [s for s in html.find_all("script", src=True) if "offline.js" in s["src"]], page
        assert html.find("link", rel="manifest") is not None
    worker = (site / "sw.js").read_text(encoding="utf-8")
    assert "self.registration.unregister()" in worker and "self.SITE" not in worker
    assert worker == (ROOT / "overrides/assets/javascripts/sw-retire.js").read_text(encoding="utf-8")

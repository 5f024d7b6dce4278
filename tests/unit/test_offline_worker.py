"""Offline reading (hooks/lib/offline/): the content version, what a page loads, the pages kept ready within
the budget, the worker's facts, the manifest; and the resource page's address pieces and outside domain."""

from __future__ import annotations

import json
import re

from hooks.lib.datapages.views import display_domain, url_parts
from hooks.lib.offline import manifest, worker

PAGE = """<!doctype html><html><head>
<link rel="stylesheet" href="../assets/stylesheets/main.484c7ddc.min.css">
<link rel="stylesheet" href="../assets/stylesheets/print.css" media="print">
<link rel="icon" href="../assets/images/favicon.png">
<link rel="alternate" type="application/rss+xml" href="../feed.xml">
<link rel="stylesheet" href="https://cdn.example/x.css">
<script src="../assets/javascripts/bundle.79ae519e.min.js"></script>
<script type="application/ld+json">{"a": 1}</script>
</head><body><img src="../assets/images/a.png?v=1"><img src="pic.png">
<script src="../assets/javascripts/bundle.79ae519e.min.js"></script></body></html>"""


def make_site(root, files: dict[str, str]):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_page_loads_its_own_files_once_from_the_site_root():
    assert worker.page_loads(PAGE, "tai-nguyen/") == [
        "assets/stylesheets/main.484c7ddc.min.css",
        "assets/images/favicon.png",
        "assets/javascripts/bundle.79ae519e.min.js",
        "tai-nguyen/pic.png",
    ]


def test_version_follows_the_pages_and_their_files_not_the_build_time(tmp_path):
    site = make_site(
        tmp_path / "site",
        {
            "index.html": "<p>a</p>",
            "en/index.html": "<p>b</p>",
            "assets/site.css": "p{}",
            "tai-nguyen.json": '{"generated": "10:00"}',
            "lich.ics": "DTSTAMP:1000",
            "sw.js": "old worker",
        },
    )
    first = worker.site_version(site)
    assert re.fullmatch(r"[0-9a-f]{16}", first)
    # Downloads stamped with the build time, and the worker itself, do not change the version.
    (site / "tai-nguyen.json").write_text('{"generated": "11:00"}', encoding="utf-8")
    (site / "lich.ics").write_text("DTSTAMP:2000", encoding="utf-8")
    (site / "sw.js").write_text("new worker", encoding="utf-8")
    assert worker.site_version(site) == first
    # A page of either language, or a file pages load, does.
    for name, text in (("en/index.html", "<p>c</p>"), ("assets/site.css", "p{color:red}")):
        before = worker.site_version(site)
        (site / name).write_text(text, encoding="utf-8")
        assert worker.site_version(site) != before, name
    renamed = worker.site_version(site)
    (site / "assets/site.css").rename(site / "assets/other.css")
    assert worker.site_version(site) != renamed


def test_warm_list_keeps_pages_in_order_within_the_budget(tmp_path):
    site = make_site(
        tmp_path / "site",
        {
            "index.html": '<link rel="stylesheet" href="a.css">' + "x" * 100,
            "lich/index.html": '<link rel="stylesheet" href="../a.css"><script src="../b.js"></script>' + "x" * 300,
            "tai/index.html": '<link rel="stylesheet" href="../a.css">' + "x" * 100,
            "a.css": "y" * 1000,
            "b.js": "z" * 50,
        },
    )
    ready = worker.warm_list(site, ["", "lich/", "tai/", "missing/"], budget=1400)
    # home + a.css = 1135; the schedule would add its page (~370) and b.js (50): over 1400, so left out;
    # the catalogue adds only its page (a.css is counted once).
    assert ready.urls == ("", "a.css", "tai/")
    assert ready.left_out == ("lich/", "missing/")
    assert ready.size == sum((site / f).stat().st_size for f in ("index.html", "a.css", "tai/index.html"))


def test_warm_pages_are_the_offline_page_home_schedule_and_catalogue():
    assert worker.warm_pages("vi") == ["offline.html", "", "lich-hoat-dong/", "tai-nguyen/"]
    assert worker.warm_pages("en") == ["en/offline.html", "en/", "en/schedule/", "en/resources/"]


def test_worker_script_is_the_facts_then_the_code():
    script = worker.worker_script(
        "/* code */\n",
        version="0123456789abcdef",
        languages={"vi": "", "en": "en/"},
        default="vi",
        offline_pages={"vi": "offline.html", "en": "en/offline.html"},
        warm={"vi": [""], "en": ["en/"]},
    )
    head, facts_line, code = script.split("\n", 2)
    assert head.startswith("/* ") and code == "/* code */\n"
    assert facts_line.startswith("self.SITE = ") and facts_line.endswith(";")
    assert json.loads(facts_line[len("self.SITE = ") : -1]) == {
        "version": "0123456789abcdef",
        "languages": {"vi": "", "en": "en/"},
        "default": "vi",
        "offline": {"vi": "offline.html", "en": "en/offline.html"},
        "warm": {"vi": [""], "en": ["en/"]},
    }


def test_manifest_of_the_english_sub_site_covers_the_whole_site():
    data = json.loads(
        manifest.web_manifest(
            lang="en", name="Lifelong Learning Week", short_name="LLW", description="D", site_root="../"
        )
    )
    assert (data["lang"], data["name"], data["short_name"], data["description"]) == (
        "en",
        "Lifelong Learning Week",
        "LLW",
        "D",
    )
    assert (data["start_url"], data["scope"], data["display"]) == ("./", "../", "standalone")
    assert data["icons"][0] == {"src": "assets/images/icons/icon-192.png", "sizes": "192x192", "type": "image/png"}
    assert (
        json.loads(manifest.web_manifest(lang="vi", name="N", short_name="S", description="", site_root=""))["scope"]
        == "./"
    )


def test_permanent_address_splits_between_its_parts_only():
    assert url_parts("https://hoctapsuotdoi.example/tai-nguyen/khan-academy-vi/") == (
        "https://hoctapsuotdoi.example/",
        "tai-nguyen/",
        "khan-academy-vi/",
    )
    assert url_parts("https://x.example/en/resources/a-b") == ("https://x.example/", "en/", "resources/", "a-b")
    assert url_parts("https://x.example/") == ("https://x.example/",)
    assert "".join(url_parts("https://x.example/a/b/")) == "https://x.example/a/b/"


def test_outside_domain_as_people_write_it():
    assert display_domain("https://vi.khanacademy.org/") == "vi.khanacademy.org"
    assert display_domain("https://www.geogebra.org/classic?lang=vi") == "geogebra.org"
    assert display_domain("http://WWW.Example.ORG:8080/x") == "example.org"


def test_local_static_host_keeps_pages_and_the_worker_fresh():
    """scripts/static_server.py sends the nginx recipe's cache rules: a network-first worker never gets a
    page the browser kept from an older build."""
    from scripts.static_server import cache_control

    assert [cache_control(p) for p in ("/", "/en/resources/", "/404.html", "/offline.html", "/sw.js")] == [
        "no-cache"
    ] * 5
    assert cache_control("/assets/javascripts/bundle.79ae519e.min.js") == "public, max-age=31536000, immutable"
    assert cache_control("/assets/javascripts/offline.js") == "public, max-age=600"
    assert cache_control("/manifest.webmanifest") == "public, max-age=600"

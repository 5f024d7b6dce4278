"""The README's nginx recipe (hosting/nginx.conf.template), run for real by Debian's nginx on the built site.

Headers are compared with the build's own site/_headers file and checked on every kind of response -
pages, 404s, 403s, fingerprinted assets, open-data files - because nginx silently drops a server's
add_header lines in any location that sets one of its own.
"""

from __future__ import annotations

import gzip
import re

import pytest
from bs4 import BeautifulSoup

from hooks.lib.site.headers import parse_netlify_headers
from tests.support.nginx import SERVER_NAME

pytestmark = pytest.mark.nginx

HSTS = "max-age=31536000"
IMMUTABLE = "public, max-age=31536000, immutable"
SHORT = "public, max-age=600"

# Every text format the site publishes, with the Content-Type a reader's tool must get.
TEXT_FILES = [
    ("/", "text/html; charset=utf-8"),
    ("/khau-hieu/", "text/html; charset=utf-8"),
    ("/en/slogans/", "text/html; charset=utf-8"),
    ("/lich-hoat-dong.ics", "text/calendar; charset=utf-8"),
    ("/en/schedule.ics", "text/calendar; charset=utf-8"),
    ("/lich-hoat-dong/bang-ron-khau-hieu-lach-tray.ics", "text/calendar; charset=utf-8"),
    ("/tai-nguyen.csv", "text/csv; charset=utf-8"),
    ("/en/resources.csv", "text/csv; charset=utf-8"),
    ("/tai-nguyen.json", "application/json; charset=utf-8"),
    ("/search/search_index.json", "application/json; charset=utf-8"),
    ("/sitemap.xml", "text/xml; charset=utf-8"),
    ("/feed.xml", "application/rss+xml; charset=utf-8"),
    ("/en/feed.xml", "application/rss+xml; charset=utf-8"),
    ("/opds.xml", "application/atom+xml; charset=utf-8"),
    ("/en/opds.xml", "application/atom+xml; charset=utf-8"),
    ("/bo-bang-ron/bang-ron-khau-hieu-1.svg", "image/svg+xml; charset=utf-8"),
    ("/assets/stylesheets/site.css", "text/css; charset=utf-8"),
    ("/assets/javascripts/material/base.js", "application/javascript; charset=utf-8"),
    ("/sw.js", "application/javascript; charset=utf-8"),
    ("/manifest.webmanifest", "application/manifest+json; charset=utf-8"),
    ("/en/manifest.webmanifest", "application/manifest+json; charset=utf-8"),
]
BINARY_FILES = [
    ("/bo-bang-ron/bang-ron-khau-hieu-1.pdf", "application/pdf"),
    ("/en/banner-kit/bang-ron-khau-hieu-1.pdf", "application/pdf"),
    ("/assets/images/favicon.png", "image/png"),
]


def on_disk(site, path: str):
    file = site / path.lstrip("/")
    return file / "index.html" if path.endswith("/") else file


@pytest.fixture(scope="module")
def site_headers(built_site) -> dict[str, str]:
    headers = parse_netlify_headers((built_site / "_headers").read_text(encoding="utf-8"))
    assert len(headers) == 5 and "Content-Security-Policy" in headers
    return headers


def assert_security_headers(response, site_headers) -> None:
    for name, value in site_headers.items():
        assert response.header(name) == value, name
    assert response.header("Strict-Transport-Security") == HSTS


@pytest.mark.parametrize(
    "path, status",
    [
        ("/", 200),
        ("/khau-hieu/", 200),
        ("/en/", 200),
        ("/tai-nguyen/chu-de/mathematics/", 200),
        ("/khong-co-trang-nay/", 404),
        ("/en/no-such-page/", 404),
        ("/a/b/c/d", 404),
        ("/lich-hoat-dong.ics", 200),
        ("/feed.xml", 200),
        ("/opds.xml", 200),
        ("/bo-bang-ron/bang-ron-khau-hieu-1.pdf", 200),
        ("/_headers", 403),
        ("/khau-hieu", 301),
    ],
)
def test_every_response_carries_every_security_header(nginx, site_headers, path, status):
    response = nginx.get(path)
    assert response.status == status
    assert_security_headers(response, site_headers)


def test_fingerprinted_assets_carry_every_security_header(nginx, built_site, site_headers):
    assets = sorted(built_site.glob("assets/*/*.[0-9a-f]*.min.*"))
    assert len(assets) >= 3  # bundle.*.min.js, main.*.min.css, palette.*.min.css
    for asset in assets:
        response = nginx.get("/" + asset.relative_to(built_site).as_posix())
        assert response.status == 200
        assert_security_headers(response, site_headers)


@pytest.mark.parametrize("path, content_type", TEXT_FILES + BINARY_FILES)
def test_content_type(nginx, path, content_type):
    response = nginx.get(path)
    assert response.status == 200
    assert response.header("Content-Type") == content_type


@pytest.mark.parametrize("path", [path for path, _ in TEXT_FILES])
def test_every_text_type_is_gzipped(nginx, built_site, path):
    response = nginx.get(path, gzip=True)
    assert response.status == 200
    assert response.header("Content-Encoding") == "gzip"
    assert "Accept-Encoding" in response.header("Vary")
    assert gzip.decompress(response.body) == on_disk(built_site, path).read_bytes()


def test_pdf_is_sent_as_is(nginx, built_site):
    response = nginx.get("/bo-bang-ron/bang-ron-khau-hieu-1.pdf", gzip=True)
    assert response.header("Content-Encoding") is None
    assert response.body == (built_site / "bo-bang-ron" / "bang-ron-khau-hieu-1.pdf").read_bytes()


@pytest.mark.parametrize("path", ["/_headers", "/_headers.nginx.conf", "/en/_headers"])
def test_build_files_are_denied(nginx, path):
    response = nginx.get(path)
    assert response.status == 403
    assert b"Content-Security-Policy" not in response.body


@pytest.mark.parametrize(
    "path, lang, heading, assets",
    [
        ("/khong-co-trang-nay/", "vi", "404 – Không tìm thấy trang", "/assets/"),
        ("/tai-nguyen/khong-co/sau/hon/", "vi", "404 – Không tìm thấy trang", "/assets/"),
        ("/en/no-such-page/", "en", "404 – Page not found", "/en/assets/"),
        ("/en/resources/nothing/here", "en", "404 – Page not found", "/en/assets/"),
    ],
)
def test_404_page_in_the_language_of_the_address(nginx, path, lang, heading, assets):
    response = nginx.get(path)
    assert response.status == 404
    assert response.header("Cache-Control") == "no-cache"
    soup = BeautifulSoup(response.body, "html.parser")
    assert soup.html["lang"] == lang
    assert soup.h1.get_text(strip=True) == heading
    # Any depth: the page's stylesheets are absolute, so they load from a missing deep address too.
    stylesheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert stylesheets and all(href.startswith(assets) for href in stylesheets)
    assert nginx.get(stylesheets[0]).status == 200


def test_tls_is_verified_with_the_test_certificate_and_modern(nginx):
    response = nginx.get("/")  # the client context trusts only the certificate the test made
    assert response.status == 200
    assert response.tls_version in ("TLSv1.2", "TLSv1.3")


def test_plain_http_redirects_to_https_keeping_the_address(nginx):
    response = nginx.get("/khau-hieu/?q=khau+hieu", https=False)
    assert response.status == 301
    assert response.header("Location") == f"https://{SERVER_NAME}:{nginx.https_port}/khau-hieu/?q=khau+hieu"
    assert nginx.get("/", https=False).header("Location") == f"https://{SERVER_NAME}:{nginx.https_port}/"


def test_folder_without_slash_redirects_relative(nginx):
    response = nginx.get("/khau-hieu")
    assert response.status == 301
    assert response.header("Location") == "/khau-hieu/"


@pytest.mark.parametrize(
    "path, cache_control",
    [
        ("/", "no-cache"),
        ("/khau-hieu/", "no-cache"),
        ("/en/resources/", "no-cache"),
        ("/404.html", "no-cache"),
        ("/offline.html", "no-cache"),
        ("/sw.js", "no-cache"),
        ("/assets/stylesheets/site.css", SHORT),
        ("/assets/javascripts/material/base.js", SHORT),
        ("/assets/javascripts/workers/search-vi.js", SHORT),
        ("/search/search_index.json", SHORT),
        ("/feed.xml", SHORT),
        ("/lich-hoat-dong.ics", SHORT),
    ],
)
def test_cache_headers(nginx, path, cache_control):
    assert nginx.get(path).header("Cache-Control") == cache_control


def test_fingerprinted_assets_are_immutable_for_a_year(nginx, built_site):
    assets = sorted(
        p.relative_to(built_site).as_posix()
        for p in built_site.rglob("*")
        if re.search(r"\.[0-9a-f]{8}\.min\.(js|css)$", p.name)
    )
    # Material's bundle, search worker, main and palette CSS, in both languages.
    assert {re.sub(r"\.[0-9a-f]{8}\.", ".*.", a) for a in assets} >= {
        "assets/javascripts/bundle.*.min.js",
        "assets/javascripts/workers/search.*.min.js",
        "assets/stylesheets/main.*.min.css",
        "en/assets/javascripts/bundle.*.min.js",
    }
    for asset in assets:
        assert nginx.get("/" + asset).header("Cache-Control") == IMMUTABLE, asset

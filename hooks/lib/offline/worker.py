"""What the service worker (overrides/assets/javascripts/sw.js) needs to know, decided at build time.

* :func:`site_version` - a hash of what the pages are made of, so a new build with different content
  gets a new cache (and the old one is deleted) while a rebuild of the same content keeps it.
* :func:`warm_list` - the pages to keep ready offline in each language (home, schedule, catalogue) with
  the files they load, within a byte budget.
* :func:`worker_script` - the published ``sw.js``: these facts as one JSON line, then the worker's code.

One worker for both languages, at the site root: the English site is a sub-site (``en/``) of the same
origin, so one scope covers both, one cache serves a reader who switches language, and no second worker
with an overlapping scope competes for the English pages. Pure Python, no MkDocs import.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlsplit

from hooks.lib.i18n import LANGUAGE_ROOT, page_url, routes

WORKER_NAME = "sw.js"
OFFLINE_TEMPLATE = "offline.html"   # overrides/offline.html, rendered in each language like 404.html
# What the pages are made of: the pages and every file they load. Downloads made from the same data
# (catalogue JSON/CSV, feeds, calendars, PDFs) are left out: they carry the time of the build, which would
# make every rebuild look new, and any change to their data shows in the pages anyway.
CONTENT_SUFFIXES = frozenset({".html", ".css", ".js", ".webmanifest", ".png", ".jpg", ".jpeg", ".gif",
                              ".webp", ".svg", ".ico", ".woff", ".woff2"})
# The pages kept ready offline for a visitor, with what they load, must stay small on a phone's storage
# and data plan. Bytes as stored (uncompressed); pages are added in order until the next one would not fit.
WARM_BUDGET = 500_000


def site_version(site_dir: Path, exclude: frozenset[str] = frozenset({WORKER_NAME})) -> str:
    """16 hex digits that change whenever a page or a file it loads changes (both languages)."""
    digest = hashlib.sha256()
    files = sorted(p for p in site_dir.rglob("*") if p.is_file() and p.suffix in CONTENT_SUFFIXES)
    for path in files:
        rel = path.relative_to(site_dir).as_posix()
        if rel in exclude:
            continue
        digest.update(rel.encode("utf-8") + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


class _Loads(HTMLParser):
    """The files a page loads by itself: stylesheets, scripts, images, icons."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "link" and a.get("href") and set((a.get("rel") or "").split()) & {"stylesheet", "icon", "manifest"}:
            if a.get("media") != "print":
                self.urls.append(a["href"])
        elif tag in ("script", "img") and a.get("src"):
            self.urls.append(a["src"])


def page_loads(html: str, page_url: str) -> list[str]:
    """Site-relative URLs of the files ``html`` (the page at site-relative ``page_url``) loads itself."""
    parser = _Loads()
    parser.feed(html)
    base = "https://site.invalid/"
    out: list[str] = []
    for ref in parser.urls:
        absolute = urljoin(base + page_url, ref)
        parts = urlsplit(absolute)
        if absolute.startswith(base) and not parts.query and parts.path[1:] not in out:
            out.append(parts.path[1:])
    return out


def file_for_url(site_dir: Path, url: str) -> Path:
    """The file a static host serves for site-relative ``url`` (``a/`` -> ``a/index.html``)."""
    path = site_dir / PurePosixPath(url)
    return path / "index.html" if url == "" or url.endswith("/") else path


@dataclass(frozen=True)
class WarmList:
    urls: tuple[str, ...]        # site-relative, pages and what they load, in order
    size: int                    # bytes, each file counted once
    left_out: tuple[str, ...]    # pages that did not fit in the budget


def warm_list(site_dir: Path, pages: list[str], budget: int = WARM_BUDGET) -> WarmList:
    """``pages`` (site-relative URLs, most wanted first) with the files they load, within ``budget`` bytes."""
    urls: list[str] = []
    size = 0
    left_out: list[str] = []
    for page in pages:
        page_file = file_for_url(site_dir, page)
        if not page_file.is_file():
            left_out.append(page)
            continue
        wanted = [page] + page_loads(page_file.read_text(encoding="utf-8"), page)
        new = [u for u in wanted if u not in urls and file_for_url(site_dir, u).is_file()]
        extra = sum(file_for_url(site_dir, u).stat().st_size for u in new)
        if size + extra > budget:
            left_out.append(page)
            continue
        urls += new
        size += extra
    return WarmList(tuple(urls), size, tuple(left_out))


def worker_script(code: str, *, version: str, languages: dict[str, str], default: str,
                  offline_pages: dict[str, str], warm: dict[str, list[str]]) -> str:
    """The published worker: its build facts (site-relative URLs) as one line of JSON, then ``code``."""
    facts = {"version": version, "languages": languages, "default": default,
             "offline": offline_pages, "warm": warm}
    header = ("/* Written by the build (hooks/hook_offline.py) from overrides/assets/javascripts/sw.js. */\n"
              "self.SITE = " + json.dumps(facts, ensure_ascii=False, sort_keys=True) + ";\n")
    return header + code


def offline_page(lang: str) -> str:
    """Site-relative URL of the page the worker shows for a page of ``lang`` it cannot fetch nor find."""
    return LANGUAGE_ROOT[lang] + OFFLINE_TEMPLATE


def warm_pages(lang: str) -> list[str]:
    """The pages of ``lang`` kept ready offline after a first visit, most wanted first: the offline page
    (what it loads is shared with every page), the home, the schedule and the resource catalogue."""
    return [offline_page(lang), LANGUAGE_ROOT[lang]] + [
        page_url(lang, routes.section_index_src(section, lang)) for section in ("schedule", "resources")]

"""The site's languages and where each language's pages live - pure functions, no MkDocs import.

The site has two languages with *different* slugs (``/hoat-dong/`` and ``/en/activities/``), so the
equivalent page cannot be derived from the path. Core pages are paired explicitly (see pages.py); other
pages (generated or news) name their twin in front matter (``alternate:``).
"""
from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
# Where each language's site lives, relative to the site root.
LANGUAGE_ROOT = {"vi": "", "en": "en/"}


def other_language(lang: str) -> str:
    return "en" if lang == "vi" else "vi"


def src_to_url(src_path: str) -> str:
    """Page URL (relative to the language root) for a source path, with directory URLs on."""
    stem = src_path[:-3] if src_path.endswith(".md") else src_path
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        stem = stem[: -len("/index")]
    return stem + "/"


def page_url(lang: str, src_path: str) -> str:
    """URL of a page relative to the *site* root (i.e. with the language prefix)."""
    return LANGUAGE_ROOT[lang] + src_to_url(src_path)


def twin_link(lang: str, twin_src: str) -> str:
    """Path of the twin page relative to *this* language's site root, for MkDocs' ``url`` filter.

    The English site is a sub-site under ``en/``: from it the Vietnamese pages are one level up.
    """
    other = other_language(lang)
    prefix = LANGUAGE_ROOT[other] if lang == DEFAULT_LANGUAGE else "../" + LANGUAGE_ROOT[other]
    return prefix + src_to_url(twin_src)


def switch_href(lang: str, page_src: str, twin_src: str) -> str:
    """Relative link from a page of ``lang`` (``page_src``) to its twin in the other language.

    Computed here rather than by MkDocs' ``url`` filter: that filter normalises a link that leaves the
    language's site (``../2022/`` from the English ``2022/``) against the page's own path and loses it
    when both languages share a folder name (every edition's ``<year>/``).
    """
    depth = src_to_url(page_src).count("/")
    up = "../" * depth
    other = other_language(lang)
    target = (LANGUAGE_ROOT[other] if lang == DEFAULT_LANGUAGE else "../" + LANGUAGE_ROOT[other]) + src_to_url(twin_src)
    return (up + target) or "./"


def site_root_url(lang: str, site_url: str) -> str:
    """The whole site's root URL, given one language's ``site_url`` (English's ends in ``en/``)."""
    base = site_url.rstrip("/") + "/"
    prefix = LANGUAGE_ROOT[lang]
    return base[: -len(prefix)] if prefix and base.endswith("/" + prefix) else base


def hreflang_links(lang: str, src_path: str, twin: str, site_url: str) -> list[tuple[str, str]]:
    """``(hreflang, absolute URL)`` for a page and its twin, plus x-default (the Vietnamese page).

    ``site_url`` is this language's own site_url (as MkDocs has it for this build).
    """
    base = site_root_url(lang, site_url)
    urls = {lang: base + page_url(lang, src_path), other_language(lang): base + page_url(other_language(lang), twin)}
    return [("vi", urls["vi"]), ("en", urls["en"]), ("x-default", urls[DEFAULT_LANGUAGE])]

"""Language pairing and URLs for the bilingual site - pure functions, no MkDocs import.

The site has two languages with *different* slugs (``/hoat-dong/`` and ``/en/activities/``), so the
equivalent page cannot be derived from the path. Core pages are paired explicitly in
``data/pages.yml``; other pages (generated or news) name their twin in front matter (``alternate:``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from hooks.lib.dataerror import DataError
from hooks.lib.yamlload import load_yaml_file

LANGUAGES: tuple[str, ...] = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
# Where each language's site lives, relative to the site root.
LANGUAGE_ROOT = {"vi": "", "en": "en/"}
LANGUAGE_NAME = {"vi": "Tiếng Việt", "en": "English"}

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")

_SLUG_SOURCE = re.compile(r"^[a-z0-9]+(?:[-/][a-z0-9]+)*\.md$")


class PagesFileError(ValueError):
    """``data/pages.yml`` is malformed; ``str()`` is a located message for staff."""


@dataclass(frozen=True)
class PagePair:
    """One core page in both languages (source paths relative to each language's docs_dir)."""

    vi: str
    en: str
    line: int  # line in data/pages.yml, for messages

    def src(self, lang: str) -> str:
        return getattr(self, lang)


def format_date(day, lang: str) -> str:
    """The site's date format: ``01/10/2022`` in Vietnamese, ``1 October 2022`` in English."""
    if lang == "vi":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def format_date_range(start, end, lang: str) -> str:
    """``01–07/10/2022`` / ``1–7 October 2022`` within one month; both dates in full otherwise."""
    if (start.year, start.month) != (end.year, end.month):
        return f"{format_date(start, lang)} – {format_date(end, lang)}"
    return (f"{start.day:02d}" if lang == "vi" else str(start.day)) + "–" + format_date(end, lang)


def other_language(lang: str) -> str:
    return "en" if lang == "vi" else "vi"


def slugify(value: str, separator: str = "-") -> str:
    """ASCII slug for URLs and heading anchors: folds Vietnamese diacritics and "đ" to "d".

    Python-Markdown's default slugify drops "đ" entirely ("Đông Khê" -> "ong-khe"), which gives
    anchors nobody can read or type.
    """
    text = value.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"<[^>]*>", "", text)  # toc passes rendered HTML for headings with markup
    text = re.sub(r"[^A-Za-z0-9]+", separator, text).strip(separator).lower()
    return text


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


def check_source_name(src_path: str) -> str | None:
    """Return a fix-it message when a page's file name would not give a readable ASCII URL."""
    if _SLUG_SOURCE.match(src_path):
        return None
    parts = [slugify(p) for p in src_path[:-3].split("/")] if src_path.endswith(".md") else []
    suggestion = "/".join(p for p in parts if p) + ".md" if parts else None
    hint = f" Rename it to '{suggestion}'." if suggestion else ""
    return (
        f"file name '{src_path}' is not a readable URL: use lowercase ASCII letters, digits and "
        f"hyphens only (no diacritics, spaces or capitals).{hint}"
    )


def load_page_pairs(path: Path, display: str = "data/pages.yml") -> list[PagePair]:
    """Read the list of core page pairs, with line numbers, failing with a located message.

    Read with the data files' strict loader (UTF-8, line numbers, plain-language YAML errors).
    """
    try:
        doc = load_yaml_file(path, display)
    except DataError as exc:
        raise PagesFileError(str(exc)) from None
    if not isinstance(doc.data, list):
        raise PagesFileError(f"{display}:1: expected a list of pages ('- vi: index.md' ...).")
    pairs: list[PagePair] = []
    seen: dict[tuple[str, str], int] = {}
    for index, entry in enumerate(doc.data):
        line = doc.lines.line((index,))
        if not isinstance(entry, dict):
            raise PagesFileError(f"{display}:{line}: each entry needs 'vi:' and 'en:' file names.")
        unknown = sorted(set(entry) - set(LANGUAGES))
        if unknown:
            raise PagesFileError(f"{display}:{line}: unknown key '{unknown[0]}'. Only 'vi' and 'en' are allowed.")
        for lang in LANGUAGES:
            name = entry.get(lang)
            if not isinstance(name, str) or not name:
                raise PagesFileError(f"{display}:{line}: missing '{lang}:' file name. Add e.g. '{lang}: page.md'.")
            name_line = doc.lines.line((index, lang))
            problem = check_source_name(name)
            if problem:
                raise PagesFileError(f"{display}:{name_line}: {problem}")
            if (lang, name) in seen:
                raise PagesFileError(
                    f"{display}:{name_line}: '{name}' is already paired on line {seen[(lang, name)]}. "
                    "Each page appears once."
                )
            seen[(lang, name)] = line
        pairs.append(PagePair(vi=entry["vi"], en=entry["en"], line=line))
    return pairs


def twin_source(lang: str, src_path: str, pairs: list[PagePair], meta: dict) -> str:
    """Source path of the equivalent page in the other language (its home page when none is known)."""
    other = other_language(lang)
    explicit = meta.get("alternate")
    if isinstance(explicit, str) and explicit:
        return explicit
    for pair in pairs:
        if pair.src(lang) == src_path:
            return pair.src(other)
    return "index.md"


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


def missing_translation_message(lang: str, pair: PagePair, docs_dirs: dict[str, str]) -> str:
    """Warning for a core page that has no file in ``lang``: names the file to create."""
    other = other_language(lang)
    return (
        f"{docs_dirs[lang]}/{pair.src(lang)} is missing: create it with the "
        f"{LANGUAGE_NAME[lang]} version of {docs_dirs[other]}/{pair.src(other)} "
        f"(the pair is listed in data/pages.yml:{pair.line})."
    )

"""Core page pairs (data/pages.yml) and readable source file names - pure, no MkDocs import."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hooks.lib.core.errors import DataError, LocatedError
from hooks.lib.core.yamlload import load_yaml_file
from hooks.lib.i18n.languages import LANGUAGES, other_language
from hooks.lib.i18n.slugs import slugify

_SLUG_SOURCE = re.compile(r"^[a-z0-9]+(?:[-/][a-z0-9]+)*\.md$")


# How a message (English part) names each language; the site's own names are UI strings.
_LANGUAGE_IN_MESSAGES = {"vi": "Vietnamese", "en": "English"}


class PagesFileError(LocatedError):
    """``data/pages.yml`` is malformed; ``str()`` is a located message for staff."""


@dataclass(frozen=True)
class PagePair:
    """One core page in both languages (source paths relative to each language's docs_dir)."""

    vi: str
    en: str
    line: int  # line in ``file``, for messages
    file: str = "data/pages.yml"  # the list that pairs them (data/pages.yml or an edition's edition.yml)

    def src(self, lang: str) -> str:
        return getattr(self, lang)


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


def missing_translation_message(lang: str, pair: PagePair, docs_dirs: dict[str, str]) -> str:
    """Warning for a core page that has no file in ``lang``: names the file to create."""
    other = other_language(lang)
    return (
        f"{docs_dirs[lang]}/{pair.src(lang)} is missing: create it with the "
        f"{_LANGUAGE_IN_MESSAGES[lang]} version of {docs_dirs[other]}/{pair.src(other)} "
        f"(the pair is listed in {pair.file}:{pair.line})."
    )


def all_page_pairs(site_pairs: list[PagePair], editions) -> list[PagePair]:
    """The site's page pairs (data/pages.yml) and every edition's pages; a page listed twice is an error."""
    pairs = list(site_pairs)
    seen = {(lang, pair.src(lang)): pair for pair in site_pairs for lang in LANGUAGES}
    for edition in editions:
        file = f"data/editions/{edition.year}/edition.yml"
        for page in edition.pages:
            pair = PagePair(vi=page.vi, en=page.en, line=page.line, file=file)
            for lang in LANGUAGES:
                first = seen.get((lang, pair.src(lang)))
                if first is not None:
                    raise PagesFileError(file, page.line, f"'{pair.src(lang)}' is already listed in "
                                         f"{first.file}:{first.line}", "Each page belongs to one list only")
                seen[(lang, pair.src(lang))] = pair
            pairs.append(pair)
    return pairs


def menu(lang: str, site_pairs: list[PagePair], current) -> list[str]:
    """The menu of ``lang``: the home page, then the current edition's pages, then the site's other pages."""
    return ([site_pairs[0].src(lang)] + [page.src(lang) for page in current.pages]
            + [pair.src(lang) for pair in site_pairs[1:]])


def archived_pages(lang: str, editions, current) -> frozenset[str]:
    """Pages of the editions the home page no longer shows: published for ever, out of the menu."""
    return frozenset(page.src(lang) for edition in editions if edition.year != current.year for page in edition.pages)

"""Core page pairs (data/pages.yml) and readable source file names - pure, no MkDocs import."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hooks.lib.core.errors import DataError, LocatedError, bilingual, bilingual_text
from hooks.lib.core.yamlload import load_yaml_file
from hooks.lib.i18n.languages import LANGUAGES, other_language
from hooks.lib.i18n.slugs import slugify

_SLUG_SOURCE = re.compile(r"^[a-z0-9]+(?:[-/][a-z0-9]+)*\.md$")


# How a message names each language (Vietnamese, English); the site's own names are UI strings.
_LANGUAGE_IN_MESSAGES = {"vi": ("tiếng Việt", "Vietnamese"), "en": ("tiếng Anh", "English")}


class PagesFileError(LocatedError):
    """``data/pages.yml`` is malformed; ``str()`` is a located message for staff."""


def _error(display: str, line: int, vi_problem: str, vi_fix: str, en_problem: str, en_fix: str) -> PagesFileError:
    return PagesFileError(display, line, *bilingual(vi_problem, vi_fix, en_problem, en_fix))


@dataclass(frozen=True)
class PagePair:
    """One core page in both languages (source paths relative to each language's docs_dir)."""

    vi: str
    en: str
    line: int  # line in ``file``, for messages
    file: str = "data/pages.yml"  # the list that pairs them (data/pages.yml or an edition's edition.yml)

    def src(self, lang: str) -> str:
        return getattr(self, lang)


def check_source_name(src_path: str) -> tuple[str, str, str, str] | None:
    """``(vi problem, vi fix, en problem, en fix)`` when a page's file name would not give a readable ASCII
    URL, else ``None``."""
    if _SLUG_SOURCE.match(src_path):
        return None
    parts = [slugify(p) for p in src_path[:-3].split("/")] if src_path.endswith(".md") else []
    suggestion = "/".join(p for p in parts if p) + ".md" if parts else None
    return (f"tên tệp '{src_path}' không thành được địa chỉ trang dễ đọc",
            "Chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang (không dấu tiếng Việt, dấu cách hay chữ hoa)"
            + (f". Đổi tên thành '{suggestion}'" if suggestion else ""),
            f"file name '{src_path}' is not a readable URL",
            "Use lowercase ASCII letters, digits and hyphens only (no diacritics, spaces or capitals)"
            + (f". Rename it to '{suggestion}'" if suggestion else ""))


def source_name_warning(display: str, problem: tuple[str, str, str, str]) -> str:
    """The warning for a page file whose name is not a readable URL: ``docs/vi/Trang.md: ... (EN: ...)``."""
    return f"{display}: {bilingual_text(*problem)}"


def load_page_pairs(path: Path, display: str = "data/pages.yml") -> list[PagePair]:
    """Read the list of core page pairs, with line numbers, failing with a located message.

    Read with the data files' strict loader (UTF-8, line numbers, plain-language YAML errors).
    """
    try:
        doc = load_yaml_file(path, display)
    except DataError as exc:
        raise PagesFileError(exc.file, exc.line, exc.message, exc.fix) from None
    if not isinstance(doc.data, list):
        raise _error(display, 1, "tệp phải là một danh sách trang, mỗi trang một cặp dòng", "Ví dụ `- vi: index.md` "
                     "rồi `  en: index.md`", "expected a list of pages", "For example `- vi: index.md` then `  en: index.md`")
    pairs: list[PagePair] = []
    seen: dict[tuple[str, str], int] = {}
    for index, entry in enumerate(doc.data):
        line = doc.lines.line((index,))
        if not isinstance(entry, dict):
            raise _error(display, line, "mỗi mục cần tên tệp `vi:` và `en:`", "Viết `- vi: trang.md` rồi `  en: page.md`",
                         "each entry needs 'vi:' and 'en:' file names", "Write `- vi: trang.md` then `  en: page.md`")
        unknown = sorted(set(entry) - set(LANGUAGES))
        if unknown:
            raise _error(display, line, f"không dùng được trường '{unknown[0]}'", "Chỉ ghi `vi:` và `en:`",
                         f"unknown key '{unknown[0]}'", "Only 'vi' and 'en' are allowed")
        for lang in LANGUAGES:
            name = entry.get(lang)
            if not isinstance(name, str) or not name:
                raise _error(display, line, f"thiếu tên tệp '{lang}:'", f"Thêm ví dụ '{lang}: trang.md'",
                             f"missing '{lang}:' file name", f"Add e.g. '{lang}: page.md'")
            name_line = doc.lines.line((index, lang))
            problem = check_source_name(name)
            if problem:
                raise _error(display, name_line, *problem)
            if (lang, name) in seen:
                raise _error(display, name_line, f"'{name}' đã có trong một cặp ở dòng {seen[(lang, name)]}",
                             "Mỗi trang chỉ ghi một lần", f"'{name}' is already paired on line {seen[(lang, name)]}",
                             "Each page appears once")
            seen[(lang, name)] = line
        pairs.append(PagePair(vi=entry["vi"], en=entry["en"], line=line))
    return pairs


def missing_translation_message(lang: str, pair: PagePair, docs_dirs: dict[str, str]) -> str:
    """Warning for a core page that has no file in ``lang``: names the file to create."""
    other = other_language(lang)
    missing, twin, listed = f"{docs_dirs[lang]}/{pair.src(lang)}", f"{docs_dirs[other]}/{pair.src(other)}", \
        f"{pair.file}:{pair.line}"
    language_vi, language_en = _LANGUAGE_IN_MESSAGES[lang]
    return f"{missing}: " + bilingual_text(
        "thiếu tệp này", f"Tạo tệp với bản {language_vi} của {twin} (cặp trang được ghi ở {listed})",
        f"{missing} is missing", f"Create it with the {language_en} version of {twin} (the pair is listed in {listed})")


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
                    raise _error(file, page.line, f"'{pair.src(lang)}' đã có trong {first.file}:{first.line}",
                                 "Mỗi trang chỉ thuộc một danh sách", f"'{pair.src(lang)}' is already listed in "
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

"""News lists: categories, list entries per language, pagination, monthly archive, listing pages - no MkDocs import."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hooks.lib.core.errors import DataError, bilingual
from hooks.lib.core.yamlload import load_yaml_file
from hooks.lib.news.model import ARCHIVE_DIR, CATEGORY_DIR, NEWS_DIR, PAGE_PREFIX, PER_PAGE, Category, NewsError, Post


def load_categories(path: Path, display: str = "data/news-categories.yml") -> dict[str, Category]:
    """Read the controlled list of news categories (id + Vietnamese and English labels).

    Read with the data files' strict loader (UTF-8, line numbers, plain-language YAML errors).
    """
    try:
        doc = load_yaml_file(path, display)
    except DataError as exc:
        raise NewsError(exc.file, exc.line, exc.message, exc.fix) from None

    def error(line: int, vi_problem: str, vi_fix: str, en_problem: str, en_fix: str) -> NewsError:
        return NewsError(display, line, *bilingual(vi_problem, vi_fix, en_problem, en_fix))

    needs_vi, needs_en = "Mỗi chuyên mục cần `id:`, `vi:` và `en:`", "Each category needs `id:`, `vi:` and `en:`"
    if not isinstance(doc.data, list):
        raise error(1, "tệp phải là một danh sách chuyên mục", "Mỗi chuyên mục bắt đầu bằng một dòng `- id: …`",
                    "expected a list of categories", "Start each category with a line `- id: …`")
    categories: dict[str, Category] = {}
    for index, entry in enumerate(doc.data):
        line = doc.lines.line((index,))
        if not isinstance(entry, dict):
            raise error(line, "chuyên mục này viết chưa đúng", needs_vi, "this category is not written right", needs_en)
        for key in ("id", "vi", "en"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise error(line, f"thiếu `{key}:`", needs_vi, f"missing `{key}:`", needs_en)
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", entry["id"]):
            raise error(line, f"mã `{entry['id']}` chỉ được dùng chữ thường không dấu, chữ số và dấu gạch ngang",
                        "Sửa mã, ví dụ `thu-vien`", f"id `{entry['id']}` must be lowercase ASCII letters, digits and "
                        "hyphens", "Correct it, e.g. `thu-vien`")
        if entry["id"] in categories:
            raise error(line, f"chuyên mục `{entry['id']}` được ghi hai lần", "Giữ một mục, xóa mục kia",
                        f"category `{entry['id']}` is listed twice", "Keep one")
        categories[entry["id"]] = Category(entry["id"], {"vi": entry["vi"], "en": entry["en"]})
    return categories


@dataclass
class Entry:
    """One line of a news list in one language (a post of that language, or an untranslated one)."""

    post: Post
    link: str            # relative to this language's site root (for MkDocs' `url` filter)
    untranslated: bool   # a Vietnamese post shown on the English site

    @property
    def lang(self) -> str:
        return self.post.lang


def entries_for(lang: str, posts: list[Post], other_posts: list[Post]) -> list[Entry]:
    """Newest first: this language's posts, plus the other language's posts that have no twin here.

    Only the English site shows untranslated (Vietnamese) posts: Vietnamese is the source language.
    """
    entries = [Entry(p, p.url, False) for p in posts]
    if lang != "vi":
        have = {p.alternate for p in posts if p.alternate}
        for p in other_posts:
            if p.src_uri not in have and not (p.alternate and any(q.src_uri == p.alternate for q in posts)):
                entries.append(Entry(p, "../" + p.url, True))
    return sorted(entries, key=lambda e: e.post.sort_key, reverse=True)


def paginate(items: list, per_page: int = PER_PAGE) -> list[list]:
    return [items[i:i + per_page] for i in range(0, len(items), per_page)] or [[]]


def listing_src(lang: str, kind: str, key: str | int | None = None) -> str:
    """Source path of a generated listing page: kind is 'index', 'page', 'category' or 'archive'."""
    base = NEWS_DIR[lang]
    if kind == "index" or (kind == "page" and key == 1):
        return f"{base}/index.md"
    if kind == "page":
        return f"{base}/{PAGE_PREFIX[lang]}{key}.md"
    if kind == "category":
        return f"{base}/{CATEGORY_DIR[lang]}/{key}.md"
    if kind == "archive":
        return f"{base}/{ARCHIVE_DIR[lang]}/{key}.md"
    raise ValueError(kind)


def months(entries: list[Entry]) -> list[tuple[str, int]]:
    """``[("2022-10", count), …]`` newest first."""
    counts: dict[str, int] = {}
    for e in entries:
        key = f"{e.post.date.year:04d}-{e.post.date.month:02d}"
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), reverse=True)

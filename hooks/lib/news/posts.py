"""News posts: front matter with line numbers, validation, twins - no MkDocs import.

See model.py for the file layout and the front matter fields. Every problem is a NewsError
located as ``docs/<lang>/<dir>/<file>.md:<line>:``.
"""
from __future__ import annotations

import difflib
import html
import re
from typing import Iterable

from hooks.lib.core.errors import DataError, bilingual
from hooks.lib.core.yamlload import LineMap, load_yaml_text
from hooks.lib.i18n import other_language
from hooks.lib.news.changes import parse_changes
from hooks.lib.news.model import (DATE_PATTERN, FILE_NAME, FRONT_MATTER, KNOWN_KEYS, NEWS_DIR, PASS_THROUGH_KEYS,
                                  Category, NewsError, Post, parse_date)


def is_post_path(lang: str, src_uri: str) -> bool:
    """Is this source path (relative to docs/<lang>) a news post (not a listing page)?"""
    prefix = NEWS_DIR[lang] + "/"
    return src_uri.startswith(prefix) and "/" not in src_uri[len(prefix):] and src_uri.endswith(".md") \
        and src_uri != prefix + "index.md"


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """``(yaml text or None, body, line of the body)``; the YAML starts on file line 2."""
    text = text.lstrip("\ufeff")
    m = FRONT_MATTER.match(text)
    if not m:
        return None, text, 1
    return m.group(1) or "", text[m.end():], m.group(0).count("\n") + 1


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" Did you mean '{close[0]}'?" if close else ""


def parse_post(text: str, lang: str, src_uri: str, display: str,
               categories: dict[str, Category], wards: Iterable[str]) -> Post:
    """Parse and check one post file; raises :class:`NewsError` with ``display:line:`` on any problem."""
    name = src_uri.rsplit("/", 1)[-1]
    fm, body, _ = split_front_matter(text)
    m = FILE_NAME.match(name)
    if not m:
        raise NewsError(
            f"{display}:1: the file name '{name}' must be 'YYYY-MM-DD-short-title.md' "
            "(the post's date, then lowercase ASCII words joined by hyphens such as 'khai-mac-tuan-le')."
        )
    if fm is None:
        raise NewsError(
            f"{display}:1: the post has no front matter. Start the file with a '---' line, then "
            "'title: …' and 'date: YYYY-MM-DD', then another '---' line."
        )
    try:  # the site's one strict YAML reader: dates stay text, no aliases/tags, located messages
        doc = load_yaml_text(fm, display, first_line=2)
    except DataError as exc:
        raise NewsError(str(exc)) from None
    data = {} if doc.data is None else doc.data
    if not isinstance(data, dict):
        raise NewsError(f"{display}:2: front matter must be 'key: value' lines (title:, date:, …).")
    lines = doc.lines

    def line_of(key: str) -> int:
        return lines.lines.get((key,), 1)

    for key in data:
        if key in KNOWN_KEYS or key in PASS_THROUGH_KEYS:
            continue
        hint = _did_you_mean(str(key), KNOWN_KEYS)
        if hint:
            raise NewsError(f"{display}:{line_of(key)}: unknown key '{key}'.{hint}")

    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise NewsError(f"{display}:{line_of('title')}: the post has no 'title:'. Add e.g. 'title: Ra quân treo băng rôn hưởng ứng Tuần lễ'.")

    if "date" not in data or data["date"] in (None, ""):
        raise NewsError(f"{display}:{line_of('date')}: the post has no 'date:'. "
                        f"Add 'date: {m.group('date')}' (the publication date, YYYY-MM-DD).")
    raw_date = str(data["date"]).strip()
    date = parse_date(raw_date)
    if date is None:
        if DATE_PATTERN.match(raw_date):
            raise NewsError(f"{display}:{line_of('date')}: the date '{raw_date}' does not exist. "
                            "Write a real date as YYYY-MM-DD.")
        raise NewsError(f"{display}:{line_of('date')}: the date '{raw_date}' is not in the form YYYY-MM-DD. "
                        "Write it as YYYY-MM-DD: the year's four digits, then the month and the day.")
    if date.isoformat() != m.group("date"):
        raise NewsError(f"{display}:{line_of('date')}: 'date: {date.isoformat()}' does not match the date in the "
                        f"file name ({m.group('date')}). Rename the file or correct the date so they agree.")

    ward = data.get("ward")
    wards = list(wards)
    if ward is not None:
        ward = str(ward).strip()
        if ward not in wards:
            raise NewsError(f"{display}:{line_of('ward')}: unknown ward '{ward}'.{_did_you_mean(ward, wards)} "
                            "Use a ward id from data/wards.yml (e.g. may-chai), or remove 'ward:'.")

    post_categories = _string_list(data, "categories", display, line_of)
    for index, cat in enumerate(post_categories):
        if cat not in categories:
            labels = {c.label(lang): c.id for c in categories.values()}
            hint = _did_you_mean(cat, list(categories))
            if not hint and (close := difflib.get_close_matches(cat, list(labels), n=1, cutoff=0.6)):
                hint = f" Did you mean '{labels[close[0]]}'?"
            raise NewsError(f"{display}:{_item_line(lines, 'categories', index)}: unknown category '{cat}'.{hint} "
                            f"Use one of: {', '.join(categories)} (listed in data/news-categories.yml).")
    tags = _string_list(data, "tags", display, line_of)

    flags = {}
    for key in ("draft", "sample"):
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise NewsError(f"{display}:{line_of(key)}: '{key}:' must be true or false, not '{value}'.")
        flags[key] = value

    alternate = data.get("alternate")
    if alternate is not None:
        alternate = str(alternate).strip()
        other = other_language(lang)
        if not is_post_path(other, alternate):
            raise NewsError(f"{display}:{line_of('alternate')}: 'alternate: {alternate}' must name the "
                            f"{'English' if other == 'en' else 'Vietnamese'} post, e.g. "
                            f"'{NEWS_DIR[other]}/{name}' (a file in docs/{other}/{NEWS_DIR[other]}/).")

    description = data.get("description")
    description = str(description).strip() if description else summary_from_markdown(body)
    changes = parse_changes(data, lang, display, date, name[: -len(".md")], line_of,
                            lambda key, index: _item_line(lines, key, index))

    return Post(lang=lang, src_uri=src_uri, display=display, title=title.strip(), date=date,
                slug=m.group("slug"), ward=ward, categories=post_categories, tags=tags,
                draft=flags["draft"], sample=flags["sample"], alternate=alternate, description=description,
                corrections=changes.corrections, withdrawn=changes.withdrawn, aliases=changes.aliases)


def _string_list(data: dict, key: str, display: str, line_of) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise NewsError(f"{display}:{line_of(key)}: '{key}:' must be a list, e.g. '{key}: [a, b]'.")
    return [str(v).strip() for v in value]


def _item_line(lines: LineMap, key: str, index: int) -> int:
    return lines.line((key, index))


def check_posts(posts: list[Post], other_posts: dict[str, Post]) -> None:
    """Checks across posts of one language: unique slugs, twins that exist and are not claimed twice.

    ``other_posts`` maps the other language's post source paths to their posts.
    """
    seen: dict[str, Post] = {}
    for post in sorted(posts, key=lambda p: p.src_uri):
        if post.slug in seen:
            first = seen[post.slug]
            raise NewsError(
                f"{post.display}:1: duplicate slug '{post.slug}': {first.display} already uses it. "
                "Give each post its own name after the date (e.g. add the ward: "
                f"'{post.date.isoformat()}-{post.slug}-may-chai.md')."
            )
        seen[post.slug] = post
    stems = {post.stem: post for post in posts}
    for post in posts:
        for alias in post.aliases:
            owner = stems.get(alias)
            if owner is not None and owner is not post:
                raise NewsError(post.display, 1, *bilingual(
                    f"`aliases:` có `{alias}`, nhưng đó đã là tên hoặc tên cũ của {owner.display}",
                    "Xóa tên này khỏi `aliases:`",
                    f"`aliases:` lists `{alias}`, already the name or a former name of {owner.display}",
                    "Remove it from `aliases:`"))
            stems.setdefault(alias, post)
    for post in posts:
        if post.alternate and post.alternate not in other_posts:
            raise NewsError(f"{post.display}:1: 'alternate: {post.alternate}' - that file does not exist in "
                            f"docs/{other_language(post.lang)}/. Check the file name (with its date).")


def pair_twins(vi_posts: list[Post], en_posts: list[Post]) -> None:
    """Make twin links symmetric: a post named by its twin's ``alternate:`` gets ``alternate`` too."""
    vi_by_src = {p.src_uri: p for p in vi_posts}
    en_by_src = {p.src_uri: p for p in en_posts}
    for post in en_posts:
        if post.alternate and (twin := vi_by_src.get(post.alternate)) and not twin.alternate:
            twin.alternate = post.src_uri
    for post in vi_posts:
        if post.alternate and (twin := en_by_src.get(post.alternate)) and not twin.alternate:
            twin.alternate = post.src_uri


def summary_from_markdown(body: str, limit: int = 280) -> str:
    """Plain text of the first paragraph of a Markdown body, for lists and feeds."""
    paragraph: list[str] = []
    fenced = False
    for line in body.splitlines():
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced:
            continue
        if not stripped:
            if paragraph:
                break
            continue
        if not paragraph and (stripped.startswith(("#", "!!!", "???", "<", "---", "|", ">", "*[")) or line.startswith("    ")):
            continue
        paragraph.append(stripped)
    text = " ".join(paragraph)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)             # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)          # links
    text = re.sub(r"\{[:#.][^}]*\}", "", text)                    # attr_list
    text = re.sub(r"(\*\*|__|\*|_|`)", "", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))           # raw HTML: its text only
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "…"
    return text

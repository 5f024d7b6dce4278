"""News posts: front matter, validation, ordering, listings, feeds, localised dates - no MkDocs import.

One Markdown file per post and language:

* Vietnamese: ``docs/vi/tin-tuc/<yyyy-mm-dd>-<slug>.md``
* English:    ``docs/en/news/<yyyy-mm-dd>-<slug>.md``

Front matter (between ``---`` lines)::

    title: Phường Máy Chai ra quân treo băng rôn   # required
    date: 2022-10-01                                # required, same as the file name's date
    ward: may-chai                                  # optional, a ward id (data/wards.yml)
    categories: [tuyen-truyen]                      # optional, ids from data/news-categories.yml
    tags: [băng rôn]                                # optional, free words
    draft: true                                     # optional: shown by `mkdocs serve` only
    sample: true                                    # optional: not real news, labelled "Sample data"
    alternate: news/2022-10-01-may-chai-banners.md  # optional: the twin in the other language
    description: One-sentence summary.              # optional: used in lists and feeds

Every problem is a :class:`NewsError` whose text is ``docs/<lang>/<dir>/<file>.md:<line>: what is wrong.
How to fix it.`` - staff read it in the terminal; the hook turns it into a PluginError.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path
from typing import Iterable

import yaml

from hooks.lib.i18n import LANGUAGE_ROOT, other_language, src_to_url

NEWS_DIR = {"vi": "tin-tuc", "en": "news"}
# Generated listing pages, relative to NEWS_DIR.
PAGE_PREFIX = {"vi": "trang-", "en": "page-"}        # tin-tuc/trang-2.md, news/page-2.md
CATEGORY_DIR = {"vi": "chuyen-muc", "en": "category"}  # tin-tuc/chuyen-muc/<id>.md, news/category/<id>.md
ARCHIVE_DIR = {"vi": "luu-tru", "en": "archive"}       # tin-tuc/luu-tru/2022-10.md, news/archive/2022-10.md
PER_PAGE = 10
LATEST_COUNT = 3
FEED_FILE = "feed.xml"

KNOWN_KEYS = ("title", "date", "ward", "categories", "tags", "draft", "sample", "alternate", "description")
# Keys MkDocs or Material understand on any page; allowed, never reported as typos.
PASS_THROUGH_KEYS = ("template", "hide", "search", "status", "icon", "subtitle", "social")

_FILE_NAME = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)

VI_MONTHS = tuple(f"tháng {m}" for m in range(1, 13))
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")

# Fallback when data/wards.yml is absent (the 12 wards of Ngô Quyền district in 2022).
DEFAULT_WARDS = {
    "cau-dat": "Cầu Đất", "cau-tre": "Cầu Tre", "dang-giang": "Đằng Giang", "dong-khe": "Đông Khê",
    "dong-quoc-binh": "Đổng Quốc Bình", "gia-vien": "Gia Viên", "lac-vien": "Lạc Viên",
    "lach-tray": "Lạch Tray", "le-loi": "Lê Lợi", "may-chai": "Máy Chai", "may-to": "Máy Tơ",
    "van-my": "Vạn Mỹ",
}

UI = {
    "vi": {
        "news": "Tin tức", "latest": "Tin mới nhất", "all_news": "Xem tất cả tin tức",
        "categories": "Chuyên mục", "archive": "Lưu trữ theo tháng", "page": "Trang",
        "newer": "Tin mới hơn", "older": "Tin cũ hơn", "no_posts": "Chưa có tin nào.",
        "sample": "Dữ liệu mẫu", "sample_note": "Tin này là dữ liệu mẫu để minh họa, không phải tin thật.",
        "ward": "Phường", "tags": "Từ khóa", "published": "Ngày đăng", "updated": "Cập nhật lần cuối",
        "untranslated": "Chưa có bản dịch",
        "feed": "Tin tức (RSS)", "category_title": "Chuyên mục: {label}", "archive_title": "Tin tức {month}",
        "page_title": "Tin tức – trang {n}", "read_en": "Đọc bản tiếng Anh",
        "feed_description": "Tin tức Tuần lễ hưởng ứng học tập suốt đời năm 2022 tại quận Ngô Quyền, Hải Phòng.",
    },
    "en": {
        "news": "News", "latest": "Latest news", "all_news": "All news",
        "categories": "Categories", "archive": "Archive by month", "page": "Page",
        "newer": "Newer posts", "older": "Older posts", "no_posts": "No news yet.",
        "sample": "Sample data", "sample_note": "This post is sample data for illustration, not real news.",
        "ward": "Ward", "tags": "Tags", "published": "Published", "updated": "Last updated",
        "untranslated": "Not yet translated – read the Vietnamese post",
        "feed": "News (RSS)", "category_title": "Category: {label}", "archive_title": "News, {month}",
        "page_title": "News – page {n}", "read_en": "",
        "feed_description": "News of Lifelong Learning Week 2022 in Ngô Quyền district, Hải Phòng.",
    },
}


class NewsError(ValueError):
    """A located, staff-readable problem in a post or in data/news-categories.yml."""


# --------------------------------------------------------------------------------------------- dates

def format_date(value: dt.date, lang: str) -> str:
    """``01/10/2022`` in Vietnamese, ``1 October 2022`` in English."""
    if lang == "vi":
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    return f"{value.day} {EN_MONTHS[value.month - 1]} {value.year}"


def format_month(year: int, month: int, lang: str) -> str:
    """``tháng 10/2022`` in Vietnamese, ``October 2022`` in English."""
    if lang == "vi":
        return f"tháng {month}/{year}"
    return f"{EN_MONTHS[month - 1]} {year}"


def parse_date(text: str) -> dt.date | None:
    """A real calendar date from ``YYYY-MM-DD``; ``None`` when it is not one."""
    m = _DATE.match(text.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# ------------------------------------------------------------------------------------ categories

@dataclass(frozen=True)
class Category:
    id: str
    labels: dict  # {"vi": ..., "en": ...}

    def label(self, lang: str) -> str:
        return self.labels[lang]


def load_categories(path: Path, display: str = "data/news-categories.yml") -> dict[str, Category]:
    """Read the controlled list of news categories (id + Vietnamese and English labels)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NewsError(f"{display}:1: file is missing. Create it with one '- id: x / vi: … / en: …' entry per category.")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise NewsError(f"{display}:{mark.line + 1 if mark else 1}: YAML syntax error "
                        f"({getattr(exc, 'problem', exc)}). Check indentation and quotes.")
    if root is None or not isinstance(root, yaml.SequenceNode):
        raise NewsError(f"{display}:1: expected a list of categories ('- id: hoat-dong').")
    categories: dict[str, Category] = {}
    for item in root.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.MappingNode):
            raise NewsError(f"{display}:{line}: each category needs 'id:', 'vi:' and 'en:'.")
        entry = {k.value: v.value for k, v in item.value if isinstance(v, yaml.ScalarNode)}
        for key in ("id", "vi", "en"):
            if not entry.get(key):
                raise NewsError(f"{display}:{line}: missing '{key}:'. Each category needs 'id:', 'vi:' and 'en:'.")
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", entry["id"]):
            raise NewsError(f"{display}:{line}: id '{entry['id']}' must be lowercase ASCII letters, digits and hyphens.")
        if entry["id"] in categories:
            raise NewsError(f"{display}:{line}: category '{entry['id']}' is listed twice. Keep one.")
        categories[entry["id"]] = Category(entry["id"], {"vi": entry["vi"], "en": entry["en"]})
    return categories


def load_ward_names(path: Path) -> dict[str, dict]:
    """``{ward id: {"vi": "Phường Máy Chai", "en": "Máy Chai Ward"}}`` from data/wards.yml when usable.

    That file is validated by the data hooks; here it is only read tolerantly for display names.
    """
    names = {wid: {"vi": f"Phường {n}", "en": f"{n} Ward"} for wid, n in DEFAULT_WARDS.items()}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        wards = data.get("wards") if isinstance(data, dict) else data
        found = {}
        for ward in wards or []:
            full = ward.get("full_name") or {}
            name = ward.get("name") or ward["id"]
            found[ward["id"]] = {"vi": full.get("vi") or f"Phường {name}", "en": full.get("en") or f"{name} Ward"}
        if found:
            return found
    except (OSError, yaml.YAMLError, AttributeError, KeyError, TypeError):
        pass
    return names


# ----------------------------------------------------------------------------------------- posts

@dataclass
class Post:
    lang: str
    src_uri: str        # relative to the language's docs_dir, e.g. "tin-tuc/2022-10-01-khai-mac.md"
    display: str        # path shown in messages, e.g. "docs/vi/tin-tuc/2022-10-01-khai-mac.md"
    title: str
    date: dt.date
    slug: str
    ward: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    draft: bool = False
    sample: bool = False
    alternate: str | None = None   # twin's source path in the other language
    description: str = ""

    @property
    def url(self) -> str:
        """URL relative to this language's site root."""
        return src_to_url(self.src_uri)

    @property
    def site_url(self) -> str:
        """URL relative to the whole site's root (with the language prefix)."""
        return LANGUAGE_ROOT[self.lang] + self.url

    @property
    def sort_key(self):
        return (self.date, self.slug)


def is_post_path(lang: str, src_uri: str) -> bool:
    """Is this source path (relative to docs/<lang>) a news post (not a listing page)?"""
    prefix = NEWS_DIR[lang] + "/"
    return src_uri.startswith(prefix) and "/" not in src_uri[len(prefix):] and src_uri.endswith(".md") \
        and src_uri != prefix + "index.md"


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """``(yaml text or None, body, line of the body)``; the YAML starts on file line 2."""
    text = text.lstrip("\ufeff")
    m = _FRONT_MATTER.match(text)
    if not m:
        return None, text, 1
    return m.group(1) or "", text[m.end():], m.group(0).count("\n") + 1


class _NoDatesLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text, so a non-existent date is our message, not a ValueError."""


_NoDatesLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" Did you mean '{close[0]}'?" if close else ""


def parse_post(text: str, lang: str, src_uri: str, display: str,
               categories: dict[str, Category], wards: Iterable[str]) -> Post:
    """Parse and check one post file; raises :class:`NewsError` with ``display:line:`` on any problem."""
    name = src_uri.rsplit("/", 1)[-1]
    fm, body, _ = split_front_matter(text)
    m = _FILE_NAME.match(name)
    if not m:
        raise NewsError(
            f"{display}:1: the file name '{name}' must be 'YYYY-MM-DD-short-title.md' "
            "(the post's date, then lowercase ASCII words joined by hyphens), e.g. '2022-10-01-khai-mac-tuan-le.md'."
        )
    if fm is None:
        raise NewsError(
            f"{display}:1: the post has no front matter. Start the file with a '---' line, then "
            "'title: …' and 'date: YYYY-MM-DD', then another '---' line."
        )
    try:
        root = yaml.compose(fm, Loader=_NoDatesLoader)
        data = yaml.load(fm, Loader=_NoDatesLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise NewsError(f"{display}:{line}: front matter is not valid YAML ({getattr(exc, 'problem', exc)}). "
                        "Check the colon after each key, indentation and quotes.")
    if root is None:
        data, lines = {}, {}
    elif not isinstance(root, yaml.MappingNode) or not isinstance(data, dict):
        raise NewsError(f"{display}:2: front matter must be 'key: value' lines (title:, date:, …).")
    else:
        lines = {k.value: (k.start_mark.line + 2, v) for k, v in root.value}

    def line_of(key: str) -> int:
        return lines[key][0] if key in lines else 1

    for key in data:
        if key in KNOWN_KEYS or key in PASS_THROUGH_KEYS:
            continue
        hint = _did_you_mean(str(key), KNOWN_KEYS)
        if hint:
            raise NewsError(f"{display}:{line_of(key)}: unknown key '{key}'.{hint}")

    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise NewsError(f"{display}:{line_of('title')}: the post has no 'title:'. Add e.g. 'title: Phường Máy Chai ra quân'.")

    if "date" not in data or data["date"] in (None, ""):
        raise NewsError(f"{display}:{line_of('date')}: the post has no 'date:'. "
                        f"Add 'date: {m.group('date')}' (the publication date, YYYY-MM-DD).")
    raw_date = str(data["date"]).strip()
    date = parse_date(raw_date)
    if date is None:
        if _DATE.match(raw_date):
            raise NewsError(f"{display}:{line_of('date')}: the date '{raw_date}' does not exist. "
                            "Write a real date as YYYY-MM-DD.")
        raise NewsError(f"{display}:{line_of('date')}: the date '{raw_date}' is not in the form YYYY-MM-DD. "
                        "Write it like 2022-10-01.")
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

    return Post(lang=lang, src_uri=src_uri, display=display, title=title.strip(), date=date,
                slug=m.group("slug"), ward=ward, categories=post_categories, tags=tags,
                draft=flags["draft"], sample=flags["sample"], alternate=alternate, description=description)


def _string_list(data: dict, key: str, display: str, line_of) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise NewsError(f"{display}:{line_of(key)}: '{key}:' must be a list, e.g. '{key}: [a, b]'.")
    return [str(v).strip() for v in value]


def _item_line(lines: dict, key: str, index: int) -> int:
    line, node = lines[key]
    if isinstance(node, yaml.SequenceNode) and index < len(node.value):
        return node.value[index].start_mark.line + 2
    return line


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


def newest_first(posts: Iterable[Post]) -> list[Post]:
    return sorted(posts, key=lambda p: p.sort_key, reverse=True)


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
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "…"
    return text


# ---------------------------------------------------------------------------------------- entries

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


# ------------------------------------------------------------------------------------------ feeds

ATOM_NS = "http://www.w3.org/2005/Atom"


def build_rss(lang: str, site_url: str, title: str, entries: list[Entry], limit: int = 30) -> bytes:
    """RSS 2.0 for one language. ``site_url`` is this language's own root URL (English ends in ``en/``)."""
    ET.register_namespace("atom", ATOM_NS)
    base = site_url.rstrip("/") + "/"
    ui = UI[lang]
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = title
    ET.SubElement(channel, "link").text = base + src_to_url(listing_src(lang, "index"))
    ET.SubElement(channel, "description").text = ui["feed_description"]
    ET.SubElement(channel, "language").text = "vi-VN" if lang == "vi" else "en"
    ET.SubElement(channel, f"{{{ATOM_NS}}}link", {"href": base + FEED_FILE, "rel": "self",
                                                   "type": "application/rss+xml"})
    if entries:
        ET.SubElement(channel, "lastBuildDate").text = _rfc822(max(e.post.date for e in entries))
    for entry in entries[:limit]:
        post = entry.post
        link = _absolute(base, entry.link)
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = post.title
        ET.SubElement(item, "link").text = link
        ET.SubElement(item, "guid", {"isPermaLink": "true"}).text = link
        ET.SubElement(item, "pubDate").text = _rfc822(post.date)
        description = post.description
        if entry.untranslated:
            description = f"[{ui['untranslated']}] {description}".strip()
        if post.sample:
            description = f"[{ui['sample']}] {description}".strip()
        ET.SubElement(item, "description").text = description
        for cat in post.categories:
            ET.SubElement(item, "category").text = cat
    ET.indent(rss)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True)


def _absolute(base: str, link: str) -> str:
    """Join a link relative to a language root (possibly starting with ``../``) onto that root."""
    while link.startswith("../"):
        base = base.rstrip("/").rsplit("/", 1)[0] + "/"
        link = link[3:]
    return base + link


def _rfc822(day: dt.date) -> str:
    # Posts are dated, not timed: 08:00 in Hải Phòng (UTC+7).
    moment = dt.datetime(day.year, day.month, day.day, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    return format_datetime(moment)


# ------------------------------------------------------------------------------------ new posts

def new_post_text(title: str, day: dt.date, lang: str = "vi") -> str:
    """Front matter + placeholder body for ``scripts/new-post``."""
    safe_title = title.replace('"', '\\"')
    return (
        "---\n"
        f'title: "{safe_title}"\n'
        f"date: {day.isoformat()}\n"
        "# ward: may-chai\n"
        "categories: [hoat-dong]\n"
        "tags: []\n"
        "draft: true\n"
        "---\n\n"
        + ("Viết nội dung tin ở đây. Xóa dòng 'draft: true' khi tin sẵn sàng đăng.\n" if lang == "vi"
           else "Write the post here. Remove the 'draft: true' line when it is ready to publish.\n")
    )


def new_post_name(title: str, day: dt.date) -> str:
    from hooks.lib.i18n import slugify

    slug = "-".join(slugify(title).split("-")[:8]) or "tin-moi"
    return f"{day.isoformat()}-{slug}.md"


# ---------------------------------------------------------------------------------- last updated

GIT_LOG_ARGS = ("log", "--format=%x00%ct", "--name-only", "--relative", "--no-renames")
HAIPHONG = dt.timezone(dt.timedelta(hours=7))


def parse_git_log(text: str) -> dict[str, int]:
    """Newest commit time (Unix seconds) of each path in ``git log --format=%x00%ct --name-only`` output."""
    latest: dict[str, int] = {}
    stamp = None
    for line in text.splitlines():
        if line.startswith("\x00"):
            stamp = int(line[1:].strip())
        elif line.strip() and stamp is not None:
            latest.setdefault(line.strip(), stamp)  # git log is newest first
    return latest


def updated_info(timestamp: float, lang: str) -> dict:
    """Template data for the "last updated" line; the date is taken in Hải Phòng time (UTC+7)."""
    day = dt.datetime.fromtimestamp(timestamp, HAIPHONG).date()
    return {"iso": day.isoformat(), "text": format_date(day, lang), "label": UI[lang]["updated"]}

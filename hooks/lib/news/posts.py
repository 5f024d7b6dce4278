"""News posts: front matter with line numbers, validation, twins - no MkDocs import.

See model.py for the file layout and the front matter fields. Every problem is a NewsError
located as ``docs/<lang>/<dir>/<file>.md:<line>:``.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping

from hooks.lib.core.errors import DataError, bilingual, closest, did_you_mean
from hooks.lib.core.yamlload import LineMap, load_yaml_text
from hooks.lib.data.wardnames import ward_hint
from hooks.lib.i18n import other_language
from hooks.lib.news.changes import parse_changes
from hooks.lib.news.model import (
    DATE_PATTERN,
    FILE_NAME,
    FRONT_MATTER,
    KNOWN_KEYS,
    NEWS_DIR,
    PASS_THROUGH_KEYS,
    Category,
    NewsError,
    Post,
    parse_date,
)


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


def _error(display: str, line: int, vi_problem: str, vi_fix: str, en_problem: str, en_fix: str) -> NewsError:
    """A located, bilingual problem in a post (see hooks/lib/core/errors.py for the shape)."""
    return NewsError(display, line, *bilingual(vi_problem, vi_fix, en_problem, en_fix))


def parse_post(text: str, lang: str, src_uri: str, display: str,
               categories: dict[str, Category], wards: Iterable[str] | Mapping[str, Iterable[str]]) -> Post:
    """Parse and check one post file; raises :class:`NewsError` with ``display:line:`` on any problem.

    ``wards``: the ward ids, or (hooks/lib/data/wardnames.ward_forms) each id with the names staff may
    write instead of it - then ``ward: Máy Tơ`` is answered with the id to write.
    """
    name = src_uri.rsplit("/", 1)[-1]
    fm, body, _ = split_front_matter(text)
    m = FILE_NAME.match(name)
    if not m:
        raise _error(display, 1, f"tên tệp `{name}` phải có dạng `NĂM-THÁNG-NGÀY-tieu-de-ngan.md`",
                     "Đặt tên tệp bằng ngày đăng tin, rồi các từ viết thường không dấu nối bằng dấu gạch ngang, "
                     "như `khai-mac-tuan-le`",
                     f"the file name `{name}` must be `YYYY-MM-DD-short-title.md`",
                     "Name it with the post's date, then lowercase ASCII words joined by hyphens, "
                     "such as `khai-mac-tuan-le`")
    if fm is None:
        raise _error(display, 1, "tin chưa có phần đầu tệp (tiêu đề, ngày đăng)",
                     "Bắt đầu tệp bằng một dòng `---`, rồi `title: …` và `date: NĂM-THÁNG-NGÀY`, rồi một dòng `---` nữa",
                     "the post has no front matter",
                     "Start the file with a `---` line, then `title: …` and `date: YYYY-MM-DD`, then another `---` line")
    try:  # the site's one strict YAML reader: dates stay text, no aliases/tags, located messages
        doc = load_yaml_text(fm, display, first_line=2)
    except DataError as exc:
        raise NewsError(exc.file, exc.line, exc.message, exc.fix) from None
    data = {} if doc.data is None else doc.data
    if not isinstance(data, dict):
        raise _error(display, 2, "phần đầu tệp phải là các dòng `tên: giá trị`", "Ví dụ `title: …` và `date: …`",
                     "front matter must be `key: value` lines", "For example `title: …` and `date: …`")
    lines = doc.lines

    def line_of(key: str) -> int:
        return lines.lines.get((key,), 1)

    for key in data:
        if key in KNOWN_KEYS or key in PASS_THROUGH_KEYS:
            continue
        close = closest(str(key), KNOWN_KEYS)
        if close:
            raise _error(display, line_of(key), f"không có trường `{key}`; có phải là `{close}`?", f"Sửa thành `{close}:`",
                         f"unknown key `{key}`. Did you mean `{close}`?", f"Write `{close}:`")

    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise _error(display, line_of("title"), "tin chưa có tiêu đề (`title:`)", 'Thêm ví dụ `title: "Tiêu đề của tin"`',
                     "the post has no `title:`", 'Add e.g. `title: "The post\'s title"`')

    if "date" not in data or data["date"] in (None, ""):
        raise _error(display, line_of("date"), "tin chưa có ngày đăng (`date:`)",
                     f"Thêm `date: {m.group('date')}` (ngày đăng tin, dạng NĂM-THÁNG-NGÀY)",
                     "the post has no `date:`", f"Add `date: {m.group('date')}` (the publication date, YYYY-MM-DD)")
    raw_date = str(data["date"]).strip()
    date = parse_date(raw_date)
    if date is None:
        if DATE_PATTERN.match(raw_date):
            raise _error(display, line_of("date"), f"ngày `{raw_date}` không có thật",
                         "Viết một ngày có thật, dạng NĂM-THÁNG-NGÀY",
                         f"the date `{raw_date}` does not exist", "Write a real date as YYYY-MM-DD")
        raise _error(display, line_of("date"), f"ngày `{raw_date}` không viết theo dạng NĂM-THÁNG-NGÀY",
                     "Viết năm bằng bốn chữ số, rồi tháng và ngày, nối bằng dấu gạch ngang",
                     f"the date `{raw_date}` is not in the form YYYY-MM-DD",
                     "Write it as YYYY-MM-DD: the year's four digits, then the month and the day")
    if date.isoformat() != m.group("date"):
        raise _error(display, line_of("date"), f"`date: {date.isoformat()}` khác ngày trong tên tệp ({m.group('date')})",
                     "Đổi tên tệp hoặc sửa ngày cho khớp nhau",
                     f"`date: {date.isoformat()}` does not match the date in the file name ({m.group('date')})",
                     "Rename the file or correct the date so they agree")

    ward = data.get("ward")
    forms = dict(wards) if isinstance(wards, Mapping) else {ward_id: () for ward_id in wards}
    if ward is not None:
        ward = str(ward).strip()
        if ward not in forms:
            if hint := ward_hint(ward, forms):
                raise _error(display, line_of("ward"), *hint)
            example = next(iter(forms), "…")
            raise _error(display, line_of("ward"), f"không có phường mã `{ward}`",
                         f"{did_you_mean(ward, forms, 'vi')}Dùng một mã phường trong data/wards.yml (ví dụ "
                         f"`ward: {example}`), hoặc xóa dòng `ward:`",
                         f"unknown ward `{ward}`", f"{did_you_mean(ward, forms)}Use a ward id from data/wards.yml "
                         f"(e.g. `ward: {example}`), or remove `ward:`")

    post_categories = _string_list(data, "categories", display, line_of)
    for index, cat in enumerate(post_categories):
        if cat not in categories:
            labels = {c.label(lang): c.id for c in categories.values()}
            meant = closest(cat, list(categories)) or labels.get(closest(cat, list(labels)) or "")
            vi_hint, en_hint = (f"Có phải là `{meant}`? ", f"Did you mean `{meant}`? ") if meant else ("", "")
            ids = ", ".join(f"`{c}`" for c in categories)
            raise _error(display, _item_line(lines, "categories", index), f"không có chuyên mục `{cat}`",
                         f"{vi_hint}Dùng một trong: {ids} (danh sách trong data/news-categories.yml)",
                         f"unknown category `{cat}`", f"{en_hint}Use one of: {ids} (listed in data/news-categories.yml)")
    tags = _string_list(data, "tags", display, line_of)

    flags = {}
    for key in ("draft", "sample"):
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise _error(display, line_of(key), f"`{key}:` chỉ nhận `true` hoặc `false`, không nhận `{value}`",
                         f"Viết `{key}: true` hoặc xóa dòng này", f"`{key}:` must be `true` or `false`, not `{value}`",
                         f"Write `{key}: true` or delete the line")
        flags[key] = value

    alternate = data.get("alternate")
    if alternate is not None:
        alternate = str(alternate).strip()
        other = other_language(lang)
        if not is_post_path(other, alternate):
            example = f"{NEWS_DIR[other]}/{name}"
            folder = f"docs/{other}/{NEWS_DIR[other]}/"
            raise _error(display, line_of("alternate"),
                         f"`alternate: {alternate}` phải chỉ tới bản {'tiếng Anh' if other == 'en' else 'tiếng Việt'} "
                         "của tin", f"Ví dụ `alternate: {example}` (một tệp trong {folder})",
                         f"`alternate: {alternate}` must name the {'English' if other == 'en' else 'Vietnamese'} post",
                         f"For example `alternate: {example}` (a file in {folder})")

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
        raise _error(display, line_of(key), f"`{key}:` phải là một danh sách", f"Ví dụ `{key}: [a, b]`",
                     f"`{key}:` must be a list", f"For example `{key}: [a, b]`")
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
            raise _error(post.display, 1, f"tên tin `{post.slug}` (phần sau ngày trong tên tệp) trùng với "
                                          f"{first.display}",
                         "Đặt cho mỗi tin một tên riêng sau phần ngày (ví dụ thêm tên phường vào tên tệp)",
                         f"duplicate slug `{post.slug}`: {first.display} already uses it",
                         "Give each post its own name after the date (e.g. add the ward's name to the file name)")
        seen[post.slug] = post
    stems = {post.stem: post for post in posts}
    for post in posts:
        for alias in post.aliases:
            owner = stems.get(alias)
            if owner is not None and owner is not post:
                raise _error(post.display, 1,
                             f"`aliases:` có `{alias}`, nhưng đó đã là tên hoặc tên cũ của {owner.display}",
                             "Xóa tên này khỏi `aliases:`",
                             f"`aliases:` lists `{alias}`, already the name or a former name of {owner.display}",
                             "Remove it from `aliases:`")
            stems.setdefault(alias, post)
    for post in posts:
        if post.alternate and post.alternate not in other_posts:
            folder = f"docs/{other_language(post.lang)}/"
            raise _error(post.display, 1, f"`alternate: {post.alternate}`: không có tệp này trong {folder}",
                         "Kiểm tra lại tên tệp (cả phần ngày)",
                         f"`alternate: {post.alternate}` - that file does not exist in {folder}",
                         "Check the file name (with its date)")


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

"""What can happen to a post after it is published: corrections, withdrawal, a new address - no MkDocs import.

Front matter (a post is one file per language, so each text is in the post's language)::

    corrections:                       # a dated note at the top of the post and in its feed item
      - date: 2022-10-06
        note: Sửa giờ khai mạc: 8 giờ, không phải 7 giờ.
    withdrawn: 2022-10-07              # taken down: only a "removed" page stays at its address
    withdrawn_reason: Đăng nhầm.       # optional, shown on that page; never a name or personal details
    aliases: [2022-10-01-ten-cu]       # former file names (without .md): their addresses redirect here

A withdrawn post leaves the lists, the feed, search and the sitemap (hooks/lib/data/status.py has the
rules every kind shares). Each problem is a :class:`NewsError` located at the key's line, Vietnamese first.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hooks.lib.core.errors import bilingual
from hooks.lib.data.status import Withdrawal
from hooks.lib.i18n import LANGUAGE_ROOT, other_language, site_root_url, src_to_url
from hooks.lib.news.model import FILE_NAME, NEWS_DIR, NewsError, parse_date

CHANGE_KEYS = ("corrections", "withdrawn", "withdrawn_reason", "aliases")


@dataclass(frozen=True)
class Correction:
    date: dt.date
    note: str


@dataclass(frozen=True)
class PostChanges:
    corrections: tuple[Correction, ...] = ()
    withdrawn: Withdrawal | None = None
    aliases: tuple[str, ...] = ()


def parse_changes(data: dict, lang: str, display: str, post_date: dt.date, own_stem: str,
                  line_of: Callable[[str], int], item_line: Callable[[str, int], int]) -> PostChanges:
    """The post's corrections, withdrawal and former names, checked; ``own_stem`` is its file name without .md."""
    def fail(line: int, vi: tuple[str, str], en: tuple[str, str]) -> NewsError:
        return NewsError(display, line, *bilingual(vi[0], vi[1], en[0], en[1]))

    def when(value: Any, line: int, key: str) -> dt.date:
        day = parse_date(str(value)) if value is not None else None
        if day is None:
            raise fail(line, (f"`{key}` phải là một ngày có thật, dạng NĂM-THÁNG-NGÀY", f"Ví dụ `{post_date.isoformat()}`"),
                       (f"`{key}` must be a real date as YYYY-MM-DD", f"For example `{post_date.isoformat()}`"))
        if day < post_date:
            raise fail(line, (f"ngày `{key}` ({day}) sớm hơn ngày đăng tin ({post_date})", "Sửa lại ngày"),
                       (f"the `{key}` date ({day}) is before the post's date ({post_date})", "Correct the date"))
        return day

    corrections = []
    raw = data.get("corrections") or []
    if not isinstance(raw, list):
        raise fail(line_of("corrections"), ("`corrections:` phải là một danh sách",
                                            "Mỗi mục một dòng `- date: YYYY-MM-DD` và một dòng `note: ...`"),
                   ("`corrections:` must be a list", "One `- date: YYYY-MM-DD` line and one `note: ...` line each"))
    for index, item in enumerate(raw):
        line = item_line("corrections", index)
        note = item.get("note") if isinstance(item, dict) else None
        if not isinstance(note, str) or not note.strip() or set(item) != {"date", "note"}:
            raise fail(line, ("mỗi mục đính chính cần đúng hai trường `date:` và `note:` (nội dung đính chính)",
                              f"Viết `- date: {post_date.isoformat()}` rồi `  note: ...`"),
                       ("each correction needs exactly `date:` and `note:` (what was corrected)",
                        f"Write `- date: {post_date.isoformat()}` then `  note: ...`"))
        corrections.append(Correction(when(item.get("date"), line, "date"), " ".join(note.split())))

    withdrawn = None
    if data.get("withdrawn") is not None:
        reason = data.get("withdrawn_reason")
        if reason is not None and (not isinstance(reason, str) or not reason.strip()):
            raise fail(line_of("withdrawn_reason"), ("`withdrawn_reason:` phải là một câu", "Viết lý do hoặc xóa dòng"),
                       ("`withdrawn_reason:` must be a sentence", "Write the reason or delete the line"))
        withdrawn = Withdrawal(when(data["withdrawn"], line_of("withdrawn"), "withdrawn"),
                               {lang: " ".join(reason.split())} if reason else {})
    elif data.get("withdrawn_reason") is not None:
        raise fail(line_of("withdrawn_reason"), ("có `withdrawn_reason:` nhưng không có ngày `withdrawn:`",
                                                 "Thêm `withdrawn: YYYY-MM-DD` (ngày gỡ tin) hoặc xóa dòng này"),
                   ("`withdrawn_reason:` without a `withdrawn:` date",
                    "Add `withdrawn: YYYY-MM-DD` (the day it was taken down) or delete this line"))

    aliases = data.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    for index, alias in enumerate(aliases if isinstance(aliases, list) else [None]):
        if not isinstance(alias, str) or not FILE_NAME.match(f"{alias}.md") or alias == own_stem:
            raise fail(item_line("aliases", index) if isinstance(aliases, list) else line_of("aliases"),
                       (f"`aliases:` liệt kê tên tệp cũ của tin, không có đuôi .md, khác tên hiện tại (gặp `{alias}`)",
                        f"Ví dụ `aliases: [{post_date.isoformat()}-ten-cu]`"),
                       (f"`aliases:` lists the post's former file names, without .md, other than its own (found "
                        f"`{alias}`)", f"For example `aliases: [{post_date.isoformat()}-old-name]`"))
    return PostChanges(corrections=tuple(sorted(corrections, key=lambda c: c.date)), withdrawn=withdrawn,
                       aliases=tuple(aliases))


def alias_redirects(posts, lang_root_url: str, removed_title: str) -> list[tuple[str, dict]]:
    """``(former URL, redirect)`` for every former name of ``posts`` (URLs relative to the language's root;
    ``lang_root_url`` is that root's absolute URL). ``redirect`` is what overrides/data/redirect.html shows:
    the post's title (a generic one if it is withdrawn), its canonical URL, the target."""
    out = []
    for post in posts:
        other = other_language(post.lang)
        site_root = site_root_url(post.lang, lang_root_url).rstrip("/") + "/"
        # hreflang: this address, and the twin's current address (or the other language's news list).
        twin = src_to_url(post.alternate or f"{NEWS_DIR[other]}/index.md")
        for alias in post.aliases:
            title = removed_title if post.withdrawn is not None else post.title
            old_url = src_to_url(f"{NEWS_DIR[post.lang]}/{alias}.md")
            langs = {post.lang: site_root + LANGUAGE_ROOT[post.lang] + old_url,
                     other: site_root + LANGUAGE_ROOT[other] + twin}
            out.append((old_url, {"title": title, "canonical": lang_root_url.rstrip("/") + "/" + post.url,
                                  "target": post.url,
                                  "alternates": (("vi", langs["vi"]), ("en", langs["en"]), ("x-default", langs["vi"]))}))
    return out

"""MkDocs' link warnings in the one shape of staff messages: ``docs/vi/x.md:12: Vietnamese (EN: English)`` (pure).

MkDocs checks the links of every page itself and says so in English, without a line:
``Doc file 'tin-tuc/x.md' contains a link 'khong-co.md', but the target 'tin-tuc/khong-co.md' is not
found among documentation files.`` A broken link is the commonest mistake in a page, so
:func:`translate` turns those warnings (missing page, missing section anchor, a link that names no
file, an absolute link) into a located, bilingual message with MkDocs' own "did you mean" kept; the
line is the first line of the page source that writes the link outside code. Warnings it does not
know are left as MkDocs wrote them. The hook (hooks/hook_links.py) applies it as a logging filter, so
the level is unchanged and ``--strict`` still stops on them.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from hooks.lib.core.errors import bilingual_text

_START = r"^Doc file '(?P<src>[^']+)' contains "
_SUGGEST = r"(?: Did you mean '(?P<suggest>[^']*)'\?)?$"
NOT_FOUND = re.compile(_START + r"a link '(?P<link>[^']*)', but the target(?: '(?P<target>[^']+)')? is not found "
                       r"among documentation files\." + _SUGGEST)
NO_ANCHOR = re.compile(_START + r"a link '(?P<link>[^']*)', but (?:the doc '(?P<doc>[^']+)' does not contain an "
                       r"anchor '#(?P<anchor>[^']*)'|there is no such anchor on this page)\.")
UNRECOGNIZED = re.compile(_START + r"an unrecognized relative link '(?P<link>[^']*)', it was left as is\." + _SUGGEST)
ABSOLUTE = re.compile(_START + r"an absolute link '(?P<link>[^']*)', it was left as is\." + _SUGGEST)
_FENCE = re.compile(r"^\s*(```|~~~)")


def translate(message: str, docs_display: str, read_source: Callable[[str], str | None]) -> str | None:
    """The staff message for one of MkDocs' link warnings, or ``None`` for any other message.

    ``docs_display``: the docs folder as staff see it (``docs/vi``); ``read_source(src_uri)``: the page's
    Markdown, or ``None`` when it cannot be read (the message then points at line 1).
    """
    for pattern, words in ((NOT_FOUND, _not_found), (NO_ANCHOR, _no_anchor), (UNRECOGNIZED, _unrecognized),
                           (ABSOLUTE, _absolute)):
        if match := pattern.match(message):
            found = match.groupdict()
            line = link_line(read_source(found["src"]) or "", found["link"])
            return f"{docs_display}/{found['src']}:{line}: " + bilingual_text(*words(found))
    return None


def link_line(source: str, link: str) -> int:
    """The first line writing ``link`` as a link target (``](link``, ``<link>``, ``]: link``) outside code
    blocks and spans, else the first line with ``link`` at all, else 1."""
    lines, inside = [], False
    for number, text in enumerate(source.split("\n"), start=1):
        if _FENCE.match(text):
            inside = not inside
        elif not inside:
            lines.append((number, text))
    quoted = re.escape(link)
    for pattern in (rf"\]\(\s*<?{quoted}", rf"<{quoted}>|\]:\s*<?{quoted}|href=[\"']{quoted}", quoted):
        for number, text in lines:
            if any(text.count("`", 0, m.start()) % 2 == 0 for m in re.finditer(pattern, text)):  # not in `code`
                return number
    return 1


def _did_you_mean(found: dict) -> tuple[str, str]:
    suggest = found.get("suggest")
    return (f"Có phải là `{suggest}`? ", f"Did you mean `{suggest}`? ") if suggest else ("", "")


def _not_found(found: dict) -> tuple[str, str, str, str]:
    vi_hint, en_hint = _did_you_mean(found)
    looked = f" (đã tìm `{found['target']}`)" if found.get("target") else ""
    looked_en = f" (looked for `{found['target']}`)" if found.get("target") else ""
    return (f"liên kết `{found['link']}` trỏ tới một trang không có trong thư mục docs/{looked}",
            f"{vi_hint}Ghi tên tệp .md của trang cần trỏ tới, tính từ thư mục của trang này (ví dụ `../khau-hieu.md`), "
            "hoặc xóa liên kết",
            f"the link `{found['link']}` points to a page that is not in docs/{looked_en}",
            f"{en_hint}Write the .md file name of the page to link to, from this page's folder (e.g. "
            "`../khau-hieu.md`), or remove the link")


def _no_anchor(found: dict) -> tuple[str, str, str, str]:
    anchor = found.get("anchor") or found["link"].partition("#")[2]
    page_vi = f"trang `{found['doc']}`" if found.get("doc") else "chính trang này"
    page_en = f"the page `{found['doc']}`" if found.get("doc") else "this page"
    return (f"liên kết `{found['link']}` trỏ tới mục `#{anchor}`, nhưng {page_vi} không có mục nào như vậy",
            "Phần sau dấu # là tên một tiêu đề của trang đó, viết thường, không dấu, nối bằng dấu gạch ngang: "
            "mở trang đó, xem lại tiêu đề và sửa phần sau dấu #, hoặc bỏ phần đó",
            f"the link `{found['link']}` points to the section `#{anchor}`, but {page_en} has no such section",
            "The part after # is a heading of that page, lowercase without diacritics, words joined by hyphens: "
            "check the heading and correct the part after #, or remove it")


def _unrecognized(found: dict) -> tuple[str, str, str, str]:
    vi_hint, en_hint = _did_you_mean(found)
    return (f"liên kết `{found['link']}` không ghi tên một tệp, nên không kiểm tra được nó trỏ tới đâu",
            f"{vi_hint}Ghi tên tệp .md của trang cần trỏ tới, ví dụ `../khau-hieu.md` thay cho `../khau-hieu/`",
            f"the link `{found['link']}` names no file, so where it leads cannot be checked",
            f"{en_hint}Write the .md file name of the page, e.g. `../khau-hieu.md` instead of `../khau-hieu/`")


def _absolute(found: dict) -> tuple[str, str, str, str]:
    vi_hint, en_hint = _did_you_mean(found)
    return (f"liên kết `{found['link']}` bắt đầu bằng `/`, nên sẽ hỏng khi trang được đặt ở địa chỉ khác",
            f"{vi_hint}Ghi tên tệp .md của trang cần trỏ tới, tính từ thư mục của trang này",
            f"the link `{found['link']}` starts with `/`, so it breaks when the site lives at another address",
            f"{en_hint}Write the .md file name of the page, from this page's folder")


__all__ = ["ABSOLUTE", "NOT_FOUND", "NO_ANCHOR", "UNRECOGNIZED", "link_line", "translate"]

"""Unfinished content stops the build: what a page or a post may not still hold when it is published (pure).

A post created by ``scripts/new-post`` and published as it was showed "Viết nội dung tin ở đây…" on its
page and in the feed. So a hand-written page (a news post that is not a draft, or any other page) may
not hold:

* the template sentence of ``scripts/new-post`` (:data:`hooks.lib.news.newpost.PLACEHOLDER_START`, in
  either language);
* ``TODO``, ``FIXME`` or ``XXX`` - the marks people leave where text is missing - as whole words in
  capitals, in the text readers see (its body, an image's description, its title or description);
* nothing at all, for a news post (a post without text below its front matter).

Where these words are legitimate - a guide that *shows* them, like the staff guide - they are written
in backticks or a code block, as any text meant literally: code is left alone. So is an HTML comment
(readers never see it). Drafts (``draft: true`` in a post) are skipped: they are not published, and
the preview shows them as they are. An image without a description is refused by
hooks/lib/media/ (alt text is required), with its line.

The body check reads the HTML that the page's Markdown became (code blocks and spans are then
unambiguous ``<pre>``/``<code>``), and finds the line in the Markdown source like the raw HTML
check does (rawhtml.source_line).
"""
from __future__ import annotations

import html as htmllib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from hooks.lib.content.rawhtml import source_line
from hooks.lib.news.newpost import PLACEHOLDER_START

MARKERS = ("TODO", "FIXME", "XXX")
_MARKER = re.compile(r"(?<![\w-])(TODO|FIXME|XXX)(?![\w-])")
# Not read by anyone: comments; shown literally on purpose: code blocks and spans; not text: scripts, styles.
_NOT_TEXT = re.compile(r"<!--.*?-->|<(pre|code|script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_READ_ALOUD = re.compile(r"""\s(?:alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)  # image descriptions, tooltips
_TAG = re.compile(r"<[^>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
TEXT_KEYS = ("title", "description", "subtitle")


@dataclass(frozen=True)
class Unfinished:
    """What is unfinished: ``placeholder`` (the new-post sentence), ``marker`` (TODO...), ``empty`` (no text)."""

    kind: str
    what: str                       # the sentence's start or the marker, as the message shows it
    needles: tuple[str, ...] = ()   # regular expressions finding it in the Markdown source (rawhtml.source_line)


def visible_text(html: str) -> str:
    """The words of ``html`` a reader sees or hears (image descriptions included), spaces collapsed."""
    shown = _NOT_TEXT.sub(" ", html)
    spoken = " ".join(a or b for a, b in _READ_ALOUD.findall(shown))
    return re.sub(r"\s+", " ", htmllib.unescape(_TAG.sub(" ", shown) + " " + spoken)).strip()


def find_in_text(text: str) -> Unfinished | None:
    """The first unfinished mark in plain ``text`` (the template sentence first), or ``None``."""
    folded = re.sub(r"\s+", " ", text)
    for start in PLACEHOLDER_START.values():
        if start in folded:
            words = r"\s+".join(re.escape(word) for word in start.split())
            first_words = r"\s+".join(re.escape(word) for word in start.split()[:3])  # when a line break splits it
            return Unfinished("placeholder", start, (words, first_words))
    if match := _MARKER.search(text):
        word = match.group(1)
        return Unfinished("marker", word, (rf"(?-i:(?<![\w-]){word}(?![\w-]))",))
    return None


def find_in_html(html: str) -> Unfinished | None:
    """The first unfinished mark in a page's HTML (rendered from its Markdown), outside code and comments."""
    return find_in_text(visible_text(html))


def find_in_meta(meta: Mapping[str, object], lines: Mapping[str, int]) -> tuple[int, Unfinished] | None:
    """``(line, finding)`` for a title, description or subtitle that is still unfinished, or ``None``."""
    for key in TEXT_KEYS:
        value = meta.get(key)
        if isinstance(value, str) and (found := find_in_text(value)):
            return lines.get(key, 1), found
    return None


def body_is_empty(body: str) -> bool:
    """A post body with no text: only blank lines and HTML comments."""
    return not _COMMENT.sub("", body).strip()


def locate(source: str, found: Unfinished, first_line: int) -> int:
    """The source line that writes ``found`` (outside code), else ``first_line``."""
    return source_line(source, found, first_line) if found.needles else first_line


def message(found: Unfinished, is_post: bool) -> tuple[str, str, str, str]:
    """``(vi problem, vi fix, en problem, en fix)`` (see hooks/lib/core/errors.bilingual)."""
    page_vi, page_en = ("tin", "post") if is_post else ("trang", "page")
    draft_vi = " Tin chưa xong thì thêm dòng `draft: true` vào phần đầu tệp (tin nháp chỉ hiện khi xem trước)." \
        if is_post else ""
    draft_en = " Until it is finished, add `draft: true` to its front matter (a draft shows in the preview only)." \
        if is_post else ""
    if found.kind == "placeholder":
        return (f"{page_vi} vẫn còn câu mẫu “{found.what}…” của lệnh scripts/new-post",
                f"Thay câu mẫu bằng nội dung {page_vi}.{draft_vi}",
                f"the {page_en} still holds the template sentence “{found.what}…” of scripts/new-post",
                f"Replace it with the {page_en}'s text.{draft_en}")
    if found.kind == "marker":
        return (f"{page_vi} còn chữ `{found.what}`, dấu hiệu một phần chưa viết xong",
                f"Viết nốt phần đó rồi xóa chữ `{found.what}`; muốn hiện đúng chữ này (ví dụ số La Mã XXX) thì "
                f"đặt nó trong dấu `...`.{draft_vi}",
                f"the {page_en} still holds `{found.what}`, the mark of a part not written yet",
                f"Finish that part and delete `{found.what}`; to show the word itself (e.g. the Roman numeral "
                f"XXX), put it in backticks.{draft_en}")
    return ("tin chưa có nội dung (bên dưới dòng `---` thứ hai không có chữ nào)",
            f"Viết nội dung tin bên dưới phần đầu tệp; đoạn đầu tiên là phần tóm tắt trong danh sách tin và RSS.{draft_vi}",
            "the post has no text (nothing below the second `---` line)",
            f"Write the post below its front matter; the first paragraph is the summary in news lists and the RSS "
            f"feed.{draft_en}")


EMPTY = Unfinished("empty", "")

__all__ = ["EMPTY", "MARKERS", "Unfinished", "body_is_empty", "find_in_html", "find_in_meta", "find_in_text",
           "locate", "message", "visible_text"]

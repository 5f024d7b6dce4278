"""Read one hand-written Markdown page strictly: size, encoding, front matter, invisible characters (pure).

MkDocs parses front matter itself (``mkdocs.utils.meta.get_data``) with PyYAML's full SafeLoader, and
forgives everything: YAML it cannot parse is published as text (``title: Khẩu hiệu: tuyên truyền``
became a line of the page), an alias bomb is expanded, ``yes`` becomes ``True``, and a first line
like ``Lưu ý: ...`` in a page without front matter silently becomes metadata (its "MultiMarkdown"
style). So hooks/hook_content.py reads every page with :func:`read_page` first, in ``on_files``, and
hands MkDocs :meth:`PageSource.normalised` from ``on_page_read_source``: front matter that our strict
reader (hooks/lib/core/yamlload.py) produced and checked, dumped back as plain YAML. MkDocs never sees
the staff-written YAML; what it parses is exactly what was validated.

Front matter keys every page may use (news posts have more: hooks/lib/news/model.py):

    title: Khẩu hiệu tuyên truyền      # text: the page's name in <title>, the menu, search
    description: Một câu tóm tắt.      # text: <meta name="description">, link previews
    hidden: true                       # a page in no page list: published, but kept out of the menu,
                                       # search and the sitemap (only reachable by its link)
    hide: [navigation, toc]            # Material: hide the menu / table of contents on this page
    search: {exclude: true}            # Material: leave the page out of search

Values are plain text here. They become HTML-escaped text only where they are printed into HTML
(hooks/lib/content/pagetext.py).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from hooks.lib.core.errors import DataError, LocatedError, bilingual
from hooks.lib.core.invisible import BODY_FORBIDDEN, find_invisible, invisible_message
from hooks.lib.core.limits import FRONT_MATTER_MAX_BYTES, PAGE_MAX_BYTES, describe
from hooks.lib.core.yamlload import decode_utf8, load_yaml_text

# The block MkDocs treats as front matter (its YAML_RE), on text with "\n" newlines; empty allowed.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)

TEXT_KEYS = ("title", "description", "subtitle")   # printed by Material: must be text
HIDE_VALUES = ("navigation", "toc", "footer", "feedback", "path", "tags")
# Keys some part of the site reads; an unknown key close to one of them is a typo (e.g. `titel:`).
KNOWN_KEYS = TEXT_KEYS + ("hidden", "hide", "search", "template", "icon", "status", "alternate",
                          "date", "ward", "categories", "tags", "draft", "sample")
# Values Material puts into a class name, an include path or a template name: a plain name only.
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*(?:/[a-z0-9][a-z0-9_-]*)*(?:\.html)?$")


class PageError(LocatedError):
    """A problem in a page's file, located ``docs/<lang>/<page>.md:<line>:``, Vietnamese first."""


@dataclass(frozen=True)
class PageSource:
    """A page as read and checked: front matter values (plain text) and the Markdown body."""

    display: str                    # "docs/vi/khau-hieu.md"
    meta: dict[str, Any]
    body: str
    body_line: int                  # line of the file where ``body`` starts
    lines: dict[str, int] = field(default_factory=dict)   # top-level key -> line in the file

    @property
    def hidden(self) -> bool:
        return self.meta.get("hidden") is True

    @property
    def text(self) -> str:
        """The whole page as read (newlines normalised), for finding the line of something in it."""
        return "\n" * (self.body_line - 1) + self.body

    def normalised(self) -> str:
        """The source MkDocs reads instead of the file: checked front matter as plain YAML, then the body.

        Always with a front matter block (``{}`` if none), so MkDocs never reads a first line of the
        body as metadata. A hidden page also leaves search (Material's ``search.exclude``).
        """
        meta = dict(self.meta)
        if self.hidden:
            meta["search"] = {**(meta.get("search") or {}), "exclude": True}
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1_000_000) if meta else "{}\n"
        return f"---\n{front}---\n\n{self.body}"


def error(display: str, line: int, vi: tuple[str, str], en: tuple[str, str]) -> PageError:
    return PageError(display, line, *bilingual(vi[0], vi[1], en[0], en[1]))


def read_page(raw: bytes, display: str) -> PageSource:
    """Check and split one page's bytes; raise :class:`PageError` located in ``display``."""
    if len(raw) > PAGE_MAX_BYTES:
        raise error(display, 1,
                    (f"trang nặng {len(raw) / 1024 / 1024:.1f} MB, quá giới hạn {describe(PAGE_MAX_BYTES)} cho "
                     "một trang", "Chia nội dung thành nhiều trang, hoặc đưa tài liệu dài vào một tệp PDF"),
                    (f"the page is {len(raw) / 1024 / 1024:.1f} MB, over the limit of {describe(PAGE_MAX_BYTES)} "
                     "for one page", "Split it into several pages, or put a long document in a PDF file"))
    try:
        text = decode_utf8(raw, display)
    except DataError as exc:
        raise PageError(exc.file, exc.line, exc.message, exc.fix) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    match = FRONT_MATTER.match(text)
    if match is None:
        if text.split("\n", 1)[0].rstrip() == "---":
            raise error(display, 1,
                        ("phần đầu tệp mở bằng dòng `---` nhưng không có dòng `---` đóng lại",
                         "Thêm một dòng `---` sau dòng cuối của phần đầu (title:, description:...)"),
                        ("the front matter opens with `---` but is never closed",
                         "Add a `---` line after its last line (title:, description:...)"))
        return _checked_body(PageSource(display=display, meta={}, body=text, body_line=1))
    front = match.group(1) or ""
    body_line = match.group(0).count("\n") + 1
    if len(front.encode("utf-8")) > FRONT_MATTER_MAX_BYTES:
        raise error(display, 2,
                    (f"phần đầu tệp (giữa hai dòng `---`) dài quá giới hạn {describe(FRONT_MATTER_MAX_BYTES)}",
                     "Chỉ giữ title:, description: và các thiết lập ở đó; chuyển nội dung xuống phần thân trang"),
                    (f"the front matter (between the `---` lines) is over the limit of "
                     f"{describe(FRONT_MATTER_MAX_BYTES)}",
                     "Keep only title:, description: and settings there; move content into the page body"))
    try:
        doc = load_yaml_text(front, display, first_line=2)
    except DataError as exc:
        raise PageError(exc.file, exc.line, exc.message, exc.fix) from None
    data = {} if doc.data is None else doc.data
    if not isinstance(data, dict):
        raise error(display, 2, ("phần đầu tệp phải là các dòng `tên: giá trị`", "Ví dụ: `title: Khẩu hiệu`"),
                    ("the front matter must be `key: value` lines", "For example `title: Slogans`"))
    lines = {key: doc.lines.line((key,)) for key in data}
    page = PageSource(display=display, meta=data, body=text[match.end():], body_line=body_line, lines=lines)
    _check_meta(page)
    return _checked_body(page)


def _check_meta(page: PageSource) -> None:
    """Types of the keys the site prints or acts on; typos of known keys."""
    meta, display = page.meta, page.display
    for key, value in meta.items():
        line = page.lines.get(key, 2)
        if key in TEXT_KEYS and not isinstance(value, str):
            raise error(display, line,
                        (f"`{key}:` phải là một đoạn chữ", f'Đặt giá trị trong dấu ngoặc kép, ví dụ `{key}: "..."`'),
                        (f"`{key}:` must be text", f'Put the value in double quotes, e.g. `{key}: "..."`'))
        elif key in TEXT_KEYS and not value.strip():
            raise error(display, line, (f"`{key}:` đang để trống", f"Viết nội dung cho `{key}:` hoặc xóa dòng này"),
                        (f"`{key}:` is empty", f"Write the `{key}:` text or delete the line"))
        elif key == "hidden" and not isinstance(value, bool):
            raise error(display, line, ("`hidden:` chỉ nhận `true` hoặc `false`", "Viết `hidden: true`"),
                        ("`hidden:` must be `true` or `false`", "Write `hidden: true`"))
        elif key == "hide" and not (isinstance(value, list) and all(v in HIDE_VALUES for v in value)):
            allowed = ", ".join(HIDE_VALUES)
            raise error(display, line, (f"`hide:` là danh sách gồm: {allowed}", "Ví dụ `hide: [navigation, toc]`"),
                        (f"`hide:` is a list of: {allowed}", "For example `hide: [navigation, toc]`"))
        elif key == "search" and not (isinstance(value, dict) and set(value) <= {"exclude", "boost"}):
            raise error(display, line, ("`search:` chỉ nhận `exclude:` hoặc `boost:`", "Ví dụ `search: {exclude: true}`"),
                        ("`search:` takes only `exclude:` or `boost:`", "For example `search: {exclude: true}`"))
        elif key in ("template", "icon", "status") and not (isinstance(value, str) and _NAME.match(value)
                                                            and ".." not in value):
            raise error(display, line, (f"`{key}:` phải là một tên đơn giản (chữ thường, số, `-`, `/`)",
                                        f"Sửa hoặc xóa dòng `{key}:`"),
                        (f"`{key}:` must be a plain name (lowercase letters, digits, `-`, `/`)",
                         f"Fix or delete the `{key}:` line"))
        elif key not in KNOWN_KEYS and isinstance(key, str):
            close = difflib.get_close_matches(key, KNOWN_KEYS, n=1, cutoff=0.75)
            if close:
                raise error(display, line, (f"không có trường `{key}:`; có phải ý bạn là `{close[0]}:`?",
                                            f"Sửa thành `{close[0]}:`"),
                            (f"unknown field `{key}:`; did you mean `{close[0]}:`?", f"Write `{close[0]}:`"))


def _checked_body(page: PageSource) -> PageSource:
    if found := find_invisible(page.body, BODY_FORBIDDEN, first_line=page.body_line):
        vi_problem, vi_fix, en_problem, en_fix = invisible_message(found)
        raise error(page.display, found.line, (vi_problem, vi_fix), (en_problem, en_fix))
    return page


__all__ = ["FRONT_MATTER", "KNOWN_KEYS", "PageError", "PageSource", "read_page"]

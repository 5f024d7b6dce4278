"""Find executable inline scripts in a built page (pure, no MkDocs import).

The site's Content-Security-Policy is ``script-src 'self'``: scripts come from files on the site, never
from text inside a page. hooks/hook_security.py runs :func:`executable_inline_scripts` on every page
MkDocs writes and stops the build when it finds one, so a ``<script>`` that reaches a page (staff HTML
in Markdown, an unescaped title, a template or a Material upgrade) is caught at build time rather than
silently blocked - or, with a weaker policy, run - in readers' browsers.

The scan is deliberately conservative: it looks at every ``<script`` in the text (also inside comments or
attribute values, where a browser would not run it) and accepts only start tags written the way our
templates write them (double-quoted attribute values). Anything else counts as a script, so the check
may refuse harmless markup but never lets an executable script through. A regular expression rather than
an HTML parser keeps it cheap: it runs on every page of every build.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from hooks.lib.core.errors import bilingual_text

# <script type="..."> values that a browser treats as data, not code (script-src does not apply).
DATA_SCRIPT_TYPES = frozenset({"application/json", "application/ld+json"})

# Every place an HTML tokenizer could start a <script> element (tag name ends at space, "/" or ">").
_SCRIPT_OPEN = re.compile(r"<script(?=[\s/>])", re.I)
# A start tag as our templates write it: name="value" pairs (double quotes, no < > inside) or bare names.
_PLAIN_START_TAG = re.compile(r'<script((?:\s+[A-Za-z][A-Za-z0-9_:.-]*(?:="[^"<>]*")?)*)\s*>', re.I)
_ATTRIBUTE = re.compile(r'\s+([A-Za-z][A-Za-z0-9_:.-]*)(?:="([^"<>]*)")?')
_SCRIPT_CLOSE = re.compile(r"</script", re.I)
_EXCERPT = 80


@dataclass(frozen=True)
class InlineScript:
    """One executable inline script: where it starts in the page's HTML and how it begins."""

    offset: int
    excerpt: str


def _attributes(attrs: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, value in _ATTRIBUTE.findall(attrs):
        found.setdefault(name.lower(), value)  # a browser keeps the first of duplicated attributes
    return found


def executable_inline_scripts(html: str) -> list[InlineScript]:
    """Every ``<script>`` in ``html`` that would run inline code (not ``src=``, not a JSON data block)."""
    found: list[InlineScript] = []
    position = 0
    while match := _SCRIPT_OPEN.search(html, position):
        start = match.start()
        tag = _PLAIN_START_TAG.match(html, start)
        # The element's text ends at the first "</script", the earliest place a browser could end it.
        close = _SCRIPT_CLOSE.search(html, tag.end() if tag else match.end())
        end = html.find(">", close.end()) + 1 if close else 0
        element = html[start:end or len(html)]  # for the message: up to the end tag's ">"
        if tag is None:  # a form our templates never write: count it, then look further
            found.append(InlineScript(start, _excerpt(element)))
            position = match.end()
            continue
        attrs = _attributes(tag.group(1))
        is_data = attrs.get("type", "").strip().lower() in DATA_SCRIPT_TYPES
        if "src" not in attrs and not is_data:
            found.append(InlineScript(start, _excerpt(element)))
        # Skip the element's text: "<script" inside a data block is data.
        position = close.end() if close else tag.end()
    return found


def _excerpt(element: str) -> str:
    text = " ".join(element.split())
    return text if len(text) <= _EXCERPT else text[:_EXCERPT] + "…"


def source_line(source: str, needle: str = "<script") -> int | None:
    """1-based line of the first ``needle`` (any case) in a page's source, or None."""
    index = source.lower().find(needle.lower())
    return None if index < 0 else source.count("\n", 0, index) + 1


def page_message(path: str, script: InlineScript, line: int | None) -> str:
    """The build error for a page with an inline script; ``line`` is where its source writes ``<script``."""
    if line is not None:
        return f"{path}:{line}: " + bilingual_text(
            f"trang có thẻ <script> (mã JavaScript viết thẳng trong trang): `{script.excerpt}`. Trang không được "
            "chứa mã chạy được - chính sách bảo mật (Content-Security-Policy) của website chặn nó",
            "Xóa thẻ <script> (hoặc viết nó trong dấu `...` nếu chỉ muốn hiển thị chữ)",
            "the page contains an inline <script>; pages may not carry executable code",
            "Remove it (or put it in backticks to show it as text)")
    return f"{path}: " + bilingual_text(
        f"trang sau khi dựng có thẻ <script> (mã JavaScript viết thẳng trong trang): `{script.excerpt}`. Văn bản "
        "của trang không viết thẻ này: nó đến từ một mẫu giao diện (overrides/, hoặc của Material) hoặc từ dữ liệu "
        "trong data/", "Nhờ người phát triển sửa mẫu giao diện hoặc dữ liệu",
        "the built page contains an inline <script> that is not in the page's text: a template or the data "
        "writes it", "Escape data text; move a template's script into a file under overrides/assets/javascripts/ "
        "loaded with <script src=\"...\"> (as overrides/partials/javascripts/ do for Material's scripts)")

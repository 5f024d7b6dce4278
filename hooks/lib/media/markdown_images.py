"""Find the images of a Markdown page, with the line each is written on (pure, no MkDocs).

Python-Markdown keeps no source positions, so the build could not say "line 12" from its output. This
scanner reads the page text itself: inline images ``![alt](src "title")``, reference images
``![alt][label]`` with their ``[label]: src`` definition, and ``<img src=…>`` typed as HTML (reported
so staff can be told to use Markdown). Code (fenced blocks, `code spans`) and HTML comments are
skipped, so the staff guide can show image syntax as an example. Offsets are into the text given, so
the hook can replace each image by its ``<picture>`` HTML.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

# An alt text may hold one level of [brackets]; a src is <anything> or a run without spaces.
_ALT = r"(?P<alt>(?:[^\[\]\\\n]|\\.|\[[^\[\]\n]*\])*(?:\n(?:[^\[\]\\\n]|\\.|\[[^\[\]\n]*\])*)?)"
_INLINE = re.compile(
    r"!\[" + _ALT + r"\]\(\s*(?P<src><[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)"
    r"(?:\s+(?P<title>\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)")
_REFERENCE = re.compile(r"!\[" + _ALT + r"\]\[(?P<label>[^\[\]\n]*)\]")
_DEFINITION = re.compile(
    r"^ {0,3}\[(?P<label>[^\[\]\n]+)\]:[ \t]*(?P<src><[^<>\n]*>|\S+)"
    r"(?:[ \t]+(?P<title>\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$", re.MULTILINE)
_HTML_IMG = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*(?P<q>[\"']?)(?P<src>[^\"'\s>]+)(?P=q)[^>]*>", re.IGNORECASE)
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[^\n]*$", re.MULTILINE)
# A code span ends at the same number of backticks, within its paragraph (never across a blank line).
_CODE_SPAN = re.compile(r"(?<!`)(?P<ticks>`+)(?!`)(?P<code>(?:(?!\n[ \t]*\n).)+?)(?<!`)(?P=ticks)(?!`)", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_ESCAPE = re.compile(r"\\(.)")
_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n.*?\n(?:-{3}|\.{3})[ \t]*\n", re.DOTALL)


@dataclass(frozen=True)
class ImageRef:
    """One image as written on a page."""

    alt: str            # the text between the brackets, whitespace collapsed, escapes removed
    src: str            # the address as written (angle brackets removed)
    title: str | None
    line: int           # 1-based line of the ``!`` in the scanned text, plus the offset given
    start: int          # offsets of the whole image syntax in the scanned text
    end: int
    html: bool = False  # written as an <img> tag instead of Markdown

    @property
    def path(self) -> str:
        """The file part of ``src``: no query or fragment, %-escapes decoded."""
        return unquote(re.split(r"[?#]", self.src, maxsplit=1)[0])


def front_matter_lines(source: str) -> int:
    """Number of lines taken by a leading ``---`` YAML front matter block (0 when there is none)."""
    match = _FRONT_MATTER.match(source)
    return match.group(0).count("\n") if match else 0


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with ``[start, end)`` replaced by spaces, newlines kept (offsets and lines unchanged)."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def mask_code(text: str) -> str:
    """The text with fenced code blocks, code spans and HTML comments blanked out."""
    masked = text
    position = 0
    while match := _FENCE.search(masked, position):
        fence = match.group("fence")
        closing = re.compile(r"^[ \t]*" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*$", re.MULTILINE)
        end_match = closing.search(masked, match.end())
        end = end_match.end() if end_match else len(masked)
        masked = _blank(masked, match.start(), end)
        position = end
    for pattern in (_COMMENT, _CODE_SPAN):
        for match in list(pattern.finditer(masked)):
            masked = _blank(masked, match.start(), match.end())
    return masked


def _clean_alt(alt: str) -> str:
    return " ".join(_ESCAPE.sub(r"\1", alt).split())


def _clean_title(title: str | None) -> str | None:
    return title[1:-1] if title else None


def _clean_src(src: str) -> str:
    return src[1:-1].strip() if src.startswith("<") and src.endswith(">") else src


def find_images(text: str, line_offset: int = 0) -> list[ImageRef]:
    """Every image written in ``text``, in reading order. ``line_offset`` is added to each line."""
    masked = mask_code(text)
    definitions = {m.group("label").strip().lower(): m for m in _DEFINITION.finditer(masked)}
    found: list[ImageRef] = []

    def line_of(offset: int) -> int:
        return text.count("\n", 0, offset) + 1 + line_offset

    for match in _INLINE.finditer(masked):
        if match.start() and masked[match.start() - 1] == "\\":
            continue
        found.append(ImageRef(_clean_alt(match.group("alt")), _clean_src(match.group("src")),
                              _clean_title(match.group("title")), line_of(match.start()), match.start(), match.end()))
    for match in _REFERENCE.finditer(masked):
        label = (match.group("label") or match.group("alt")).strip().lower()
        definition = definitions.get(" ".join(label.split()))
        if definition is None or (match.start() and masked[match.start() - 1] == "\\"):
            continue
        found.append(ImageRef(_clean_alt(match.group("alt")), _clean_src(definition.group("src")),
                              _clean_title(definition.group("title")), line_of(match.start()),
                              match.start(), match.end()))
    for match in _HTML_IMG.finditer(masked):
        found.append(ImageRef("", match.group("src"), None, line_of(match.start()), match.start(), match.end(),
                              html=True))
    return sorted(found, key=lambda ref: ref.start)


def find_page_images(source: str) -> list[ImageRef]:
    """The images of a whole page file (front matter included in the line count, not scanned)."""
    skip = front_matter_lines(source)
    body_start = len("".join(source.splitlines(keepends=True)[:skip]))
    return [ImageRef(r.alt, r.src, r.title, r.line, r.start + body_start, r.end + body_start, r.html)
            for r in find_images(source[body_start:], line_offset=skip)]


def replace_images(text: str, render: Callable[[ImageRef, int], str | None]) -> str:
    """``text`` with each image replaced by ``render(ref, index)``; ``None`` keeps it as written."""
    parts, position = [], 0
    for index, ref in enumerate(find_images(text)):
        replacement = render(ref, index)
        if replacement is None:
            continue
        parts += [text[position:ref.start], replacement]
        position = ref.end
    parts.append(text[position:])
    return "".join(parts)

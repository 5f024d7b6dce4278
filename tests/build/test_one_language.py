"""One language per page: no page of the built site shows a UI string of the other language.

The word lists are the UI tables themselves (overrides/locales/*.yml, filled from the data like a build
does): every phrase of the English table is looked for in the visible text of every Vietnamese page, and
the other way round. "Visible" means what a reader can meet: text, tooltips (title), accessible names
(aria-label, alt), placeholders, texts that scripts show (the catalogue's counter, the copy button's
"copied", Material's search messages in its __config). Skipped: a part marked with the other language
(``lang="vi"`` on an English page: a slogan quoted in the original), scripts, styles and code samples,
and the names the data gives resources and their providers ("Internet Archive", "UNESCO Institute for
Lifelong Learning"): a name is not a UI string, whatever words it happens to share with one.
"""

from __future__ import annotations

import json
import re
import string
from html.parser import HTMLParser
from pathlib import Path

import pytest

from hooks.lib import i18n
from hooks.lib.data.load import load_site_data
from tests.support.project import ROOT
from tests.support.strings import ui_strings

DATA = load_site_data(ROOT / "data", ROOT)
NAMES = sorted(
    {r.provider for r in DATA.resources} | {r.title.get(lang) for r in DATA.resources for lang in i18n.LANGUAGES},
    key=len,
    reverse=True,
)
SHOWN_ATTRIBUTES = ("title", "aria-label", "alt", "placeholder", "data-template", "data-copied")
SKIPPED_ELEMENTS = {"script", "style", "code", "pre"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class VisibleText(HTMLParser):
    """Text and shown attributes of a page, without the parts in another language or not shown as text."""

    def __init__(self, lang: str) -> None:
        super().__init__(convert_charrefs=True)
        self.lang, self.parts, self.config = lang, [], ""
        self.skipping: list[str] = []  # open elements whose content is skipped (by tag name)
        self.in_config = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("id") == "__config":
            self.in_config = True
        if self.skipping:
            if tag not in VOID:
                self.skipping.append(tag)
            return
        if tag == "html":
            assert a.get("lang") == self.lang, a
            return
        if (a.get("lang") and a["lang"] != self.lang) or tag in SKIPPED_ELEMENTS:
            if tag not in VOID:
                self.skipping.append(tag)
            return
        self.parts += [a[name] for name in SHOWN_ATTRIBUTES if a.get(name)]

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_config = False
        if self.skipping and tag in self.skipping:
            while self.skipping.pop() != tag:
                pass

    def handle_data(self, data):
        if self.in_config:
            self.config += data
        elif not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        shown = list(self.parts)
        if self.config:  # Material's search messages, shown in the search box
            shown += [v for v in json.loads(self.config).get("translations", {}).values() if isinstance(v, str)]
        return " \n ".join(" ".join(part.split()) for part in shown)


def fixed_pieces(text: str) -> list[str]:
    """The fixed words of a UI string: the parts between its placeholders (``{count}``, Material's ``#``)."""
    pieces, current = [], ""
    for literal, field, _, _ in string.Formatter().parse(text):
        current += literal
        if field is not None:
            pieces.append(current)
            current = ""
    pieces.append(current)
    return [piece for chunk in pieces for piece in chunk.split("#")]


def phrases(table) -> set[str]:
    """Every leaf of a UI table cut at its placeholders, trimmed; pieces under four letters say too little."""
    out: set[str] = set()
    for key in table.keys_flat():
        value = table
        for part in key.split("."):
            value = value[part]
        for item in value if isinstance(value, tuple) else [value]:
            for piece in fixed_pieces(str(item)):
                piece = piece.strip(" :–-·.,;()[]“”\"'/")
                if len(piece) >= 4:
                    out.add(piece)
    return out


def vocabulary_labels(lang: str) -> set[str]:
    """The labels of data/vocabularies.yml in ``lang`` (licences, formats, subjects...): UI words from data."""
    vocab = DATA.vocabularies
    return {
        term.label.get(lang)
        for name in (
            "activity_types",
            "formats",
            "subjects",
            "audiences",
            "resource_formats",
            "library_kinds",
            "licences",
        )
        for term in getattr(vocab, name)
    }


def word_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")


def pages_of(site: Path) -> dict[str, list[Path]]:
    """Every page, by language: the folder it is in (English under en/, Vietnamese everywhere else)."""
    found = {"vi": [], "en": []}
    for path in sorted(site.rglob("*.html")):
        found["en" if path.relative_to(site).parts[0] == "en" else "vi"].append(path)
    return found


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_no_page_shows_the_other_languages_ui_strings(built_site, lang):
    other = i18n.other_language(lang)
    own = phrases(ui_strings(lang, DATA)) | vocabulary_labels(lang)
    # Phrases both languages share ("CC BY 4.0", "OPDS") belong to both.
    foreign = sorted((phrases(ui_strings(other, DATA)) | vocabulary_labels(other)) - own, key=len, reverse=True)
    assert {
        "vi": {"Initializing search", "Permanent link", "Sample data", "Free to use", "Switch to dark mode"},
        "en": {"Dữ liệu mẫu", "Miễn phí sử dụng", "Liên kết đến mục này", "Đang chuẩn bị tìm kiếm"},
    }[lang] <= set(foreign)
    patterns = [(phrase, word_pattern(phrase)) for phrase in foreign]
    pages = pages_of(built_site)[lang]
    assert len(pages) > 80
    found: dict[str, set[str]] = {}
    for path in pages:
        parser = VisibleText(lang)
        parser.feed(path.read_text(encoding="utf-8"))
        text = parser.text()
        for name in NAMES:
            text = text.replace(name, " ")
        for phrase, pattern in patterns:
            if pattern.search(text):
                found.setdefault(phrase, set()).add(path.relative_to(built_site).as_posix())
    assert found == {}, {phrase: sorted(where)[:3] for phrase, where in found.items()}


def test_visible_text_skips_quoted_originals_and_keeps_tooltips():
    parser = VisibleText("en")
    parser.feed(
        '<html lang="en"><body><p>Theme: <q lang="vi">Dữ liệu <b>mẫu</b></q> Sample</p>'
        '<a title="Permanent link" href="#x">¶</a><br><img alt="QR code"><code>Dữ liệu mẫu</code>'
        '<script>var x = "Dữ liệu mẫu";</script><span lang="en">kept</span></body></html>'
    )
    assert parser.text().split(" \n ") == ["Theme:", "Sample", "Permanent link", "¶", "QR code", "kept"]


def test_phrases_are_cut_at_placeholders():
    from hooks.lib.i18n import UiStrings

    table = UiStrings({"a": "Showing {shown} of {total} resources", "b": "# matching documents", "c": "All"})
    assert phrases(table) == {"Showing", "resources", "matching documents"}

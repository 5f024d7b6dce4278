"""Unit tests of the staff-content rules (hooks/lib/content/, hooks/lib/core/{invisible,limits}.py): strict page
reading, the raw HTML policy, video/map lines, what is published, invisible characters, size limits.
The same rules run in real builds in tests/build/test_content_build.py.
"""

from __future__ import annotations

import json
import unicodedata

import markdown
import pytest
import yaml

from hooks.lib.content import embeds, frontmatter, pagetext, published, rawhtml
from hooks.lib.core import invisible, limits
from hooks.lib.core.yamlload import load_yaml_text
from tests.support.messages import halves
from tests.support.project import ROOT

D = "docs/vi/trang.md"


def read(text: str) -> frontmatter.PageSource:
    return frontmatter.read_page(text.encode("utf-8"), D)


def refused(text: str | bytes) -> str:
    with pytest.raises(frontmatter.PageError) as caught:
        frontmatter.read_page(text if isinstance(text, bytes) else text.encode("utf-8"), D)
    return str(caught.value)


# ------------------------------------------------------------------------------- page reading


def test_front_matter_is_plain_data_and_the_body_keeps_its_line():
    page = read("---\r\ntitle: Khẩu hiệu\r\ndate: 2022-10-01\r\ndraft: yes\r\n---\r\n\r\n# Khẩu hiệu\r\n")
    assert page.meta == {"title": "Khẩu hiệu", "date": "2022-10-01", "draft": "yes"}
    assert page.body == "\n# Khẩu hiệu\n" and page.body_line == 6 and page.lines == {"title": 2, "date": 3, "draft": 4}


def test_normalised_source_is_what_mkdocs_reads_back():
    from mkdocs.utils.meta import get_data

    page = read('---\ntitle: "A: b"\ndescription: \'x "y" <z> & yes\'\nno: 2022-10-01\nhidden: true\n---\n\nBody\n')
    markdown_text, meta = get_data(page.normalised())
    assert meta == {
        "title": "A: b",
        "description": 'x "y" <z> & yes',
        "no": "2022-10-01",
        "hidden": True,
        "search": {"exclude": True},
    }
    assert markdown_text == "Body\n"


def test_a_first_line_like_metadata_stays_text():
    # Without front matter MkDocs would read "Lưu ý: ..." as metadata (its MultiMarkdown style) and drop it.
    from mkdocs.utils.meta import get_data

    markdown_text, meta = get_data(read("Lưu ý: đọc kỹ trước khi đăng.\n").normalised())
    assert meta == {} and markdown_text == "Lưu ý: đọc kỹ trước khi đăng.\n"


@pytest.mark.parametrize(
    "text, start, phrase",
    [
        (
            "---\ntitle: Khẩu hiệu: tuyên truyền\n---\n",
            f"{D}:2: ",
            'Khi tiêu đề có dấu hai chấm, cần đặt cả tiêu đề trong dấu ngoặc kép: `title: "Khẩu hiệu: tuyên truyền"`',
        ),
        ("---\ntitle: a\nb: &x [1]\nc: *x\n---\n", f"{D}:4: ", "YAML aliases (`*name`) are not supported here"),
        ("---\ntitle: a\nb: &x 1\n---\n", f"{D}:3: ", "YAML anchors (`&name`) are not supported here"),
        ("---\ntitle: !!binary aGk=\n---\n", f"{D}:2: ", "a YAML tag (`!` or `!!`) is not allowed here"),
        ('---\ntitle: "a\u200bb"\n---\n', f"{D}:2: ", "U+200B ZERO WIDTH SPACE"),
        ("---\ntitle: a\n", f"{D}:1: ", "the front matter opens with `---` but is never closed"),
        ("---\n- a\n- b\n---\n", f"{D}:2: ", "the front matter must be `key: value` lines"),
        ("---\ntitle: 2022\n---\n", f"{D}:2: ", "`title:` must be text"),
        ('---\ntitle: "  "\n---\n', f"{D}:2: ", "`title:` is empty"),
        ("---\nhidden: yes\n---\n", f"{D}:2: ", "`hidden:` must be `true` or `false`"),
        ("---\ntitel: Khẩu hiệu\n---\n", f"{D}:2: ", "did you mean `title:`?"),
        ("---\nhide: [navigation, menu]\n---\n", f"{D}:2: ", "`hide:` is a list of"),
        ("---\ntemplate: ../../etc/passwd\n---\n", f"{D}:2: ", "`template:` must be a plain name"),
        ("---\nstatus: 'new\" onclick=\"x'\n---\n", f"{D}:2: ", "`status:` must be a plain name"),
        ("---\ntitle: a\n---\n\nmột\n\nhai \u202e owt\n", f"{D}:7: ", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("---\ntitle: a\n---\n\nmột\x1b[31m\n", f"{D}:5: ", "holds U+001B, a control character"),
        ('---\ndescription: "' + "x" * 17_000 + '"\n---\n', f"{D}:2: ", "over the limit of 16 kB"),
        (
            "---\ntitle: a\n---\n" + "x" * (limits.PAGE_MAX_BYTES - 15),
            f"{D}:1: ",
            "over the limit of 1 MB for one page",
        ),
        ('---\ntitle: "Caf\xe9"\n---\n'.encode("latin-1"), f"{D}:2: ", "the file is not saved as UTF-8"),
    ],
)
def test_bad_pages_are_refused_located_vietnamese_first(text, start, phrase):
    message = refused(text)
    vietnamese, english = halves(message, start)
    assert phrase in (vietnamese if phrase.startswith("Khi tiêu đề") else english), message


def test_an_alias_bomb_is_refused_at_its_first_alias():
    rows = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    rows += [
        f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]" for p, n in zip("abcdefghijklmnop", "bcdefghijklmnopq", strict=True)
    ]
    message = refused("---\n" + "\n".join(rows) + "\n---\n")
    assert message.startswith(f"{D}:3: ")


def test_fast_and_strict_yaml_paths_refuse_tags_alike(monkeypatch):
    from hooks.lib.core import yamlload

    for text in ("a: !!str 5\n", "a: !!binary aGk=\n", "a: !!set {x}\n", "!!omap [a: 1]\n"):
        for fast in (True, False):
            monkeypatch.setattr(yamlload, "_FAST_PARSER", fast and yamlload._CParser is not None)
            with pytest.raises(yamlload.DataError, match="a YAML tag"):
                load_yaml_text(text, "data/x.yml")


# ------------------------------------------------------------------------------ raw HTML policy


@pytest.mark.parametrize(
    "html, kind, what",
    [
        ("<script>alert(1)</script>", "code", "<script>"),
        ('<SCRIPT src="x.js"></SCRIPT>', "code", "<script>"),
        ('<iframe src="/x"></iframe>', "frame", "<iframe>"),
        ('<object data="/x.swf"></object>', "frame", "<object>"),
        ('<embed src="/x">', "frame", "<embed>"),
        ('<p style="display:none">x</p>', "style", "style="),
        ("<style>body{}</style>", "style", "<style>"),
        ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', "head", "<meta>"),
        ('<base href="https://evil.example/">', "head", "<base>"),
        ('<form action="/x"><input></form>', "form", "<form>"),
        ('<img src="/a.png" onerror="alert(1)">', "handler", "onerror="),
        ('<a href="javascript:alert(1)">x</a>', "script-url", "javascript:alert(1)"),
        ('<a href="&#106;ava&#x09;script:alert(1)">x</a>', "script-url", "java\tscript:alert(1)"),
        ('<a href=" JaVaScRiPt:alert(1)">x</a>', "script-url", "JaVaScRiPt:alert(1)"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "data-url", "data:text/html;base64,PHNjcmlwdD4="),
        ('<img src="https://example.org/a.png">', "third-party", "https://example.org/a.png"),
        ('<img srcset="/a.png 1x, //cdn.example/b.png 2x">', "third-party", "//cdn.example/b.png"),
        ('<video poster="http://example.org/p.jpg"></video>', "third-party", "http://example.org/p.jpg"),
    ],
)
def test_forbidden_html_is_found(html, kind, what):
    (found,) = rawhtml.forbidden_html(html)
    assert (found.kind, found.what) == (kind, what)


def test_allowed_html_passes():
    html = (
        '<p>Text <a href="https://example.org/">out</a> <a href="../x/">in</a> <a href="mailto:a@b.vn">mail</a>'
        ' <img src="anh.png" alt=""> <img src="data:image/png;base64,AAAA"></p><details><summary>s</summary>'
        '<p>x</p></details><pre><code>&lt;script&gt;alert(1)&lt;/script&gt; onclick="x"</code></pre>'
        '<abbr title="on click">x</abbr><div class="admonition"><p>y</p></div>'
    )
    assert rawhtml.forbidden_html(html) == []


def test_markdown_ways_of_writing_forbidden_html_are_all_found():
    md = markdown.Markdown(extensions=["attr_list", "md_in_html"])
    for source, kind in [
        ("[x](javascript:alert(1))", "script-url"),
        ('para\n{ onclick="x()" }', "handler"),
        ("![a](https://example.org/a.png)", "third-party"),
        ("<div markdown>\n<script>x</script>\n</div>", "code"),
    ]:
        md.reset()
        assert [f.kind for f in rawhtml.forbidden_html(md.convert(source))] == [kind], source
    md = markdown.Markdown(extensions=["fenced_code"])
    assert rawhtml.forbidden_html(md.convert("`<script>` and\n\n    <iframe src=x>\n\n```html\n<style>\n```")) == []


def test_source_line_skips_code_and_finds_the_real_line():
    source = (
        "---\ntitle: a\n---\n\nViết `<iframe>` trong dấu `...`:\n\n```html\n<iframe src=x></iframe>\n```\n\n"
        '<iframe src="https://www.youtube.com/embed/x"></iframe>\n'
    )
    (found,) = rawhtml.forbidden_html('<iframe src="https://www.youtube.com/embed/x"></iframe>')[:1]
    assert rawhtml.source_line(source, found, first_line=4) == 11


# ------------------------------------------------------------------------------------ embeds


def _card(source: str) -> str:
    md = markdown.Markdown(
        extensions=[embeds.EmbedExtension({"video": "Video", "map": "Bản đồ", "opens_on": "Mở trên {host}"})]
    )
    return md.convert(source)


def test_video_line_becomes_a_link_card_and_code_stays_code():
    html = _card('Đoạn.\n\n!video[Lễ "phát động" <b>*x*</b>](https://www.youtube.com/watch?v=a&t=1)\n')
    assert (
        '<p class="embed-card embed-card--video"><a class="embed-card__link" '
        'href="https://www.youtube.com/watch?v=a&amp;t=1"><span class="embed-card__kind">Video</span>'
        '<span class="embed-card__title">Lễ "phát động" &lt;b&gt;*x*&lt;/b&gt;</span>'
        '<span class="embed-card__host">Mở trên youtube.com</span></a></p>'
    ) in html
    assert "embed-card" not in _card("```\n!video[a](https://www.youtube.com/watch?v=a)\n```\n")
    assert "embed-card" not in _card("    !map[a](https://www.openstreetmap.org/)\n")


@pytest.mark.parametrize(
    "body, line, phrase",
    [
        ("a\n\n!video https://www.youtube.com/watch?v=a\n", 3, "is not written as one"),
        ("!map[Thư viện](http://maps.example/x)\n", 1, "is not a full https:// address"),
        ("!video[x](javascript:alert)\n", 1, "is not a full https:// address"),
        ("!video[x](https://user@evil.example/)\n", 1, "is not a full https:// address"),
        ("!youtube[x](https://www.youtube.com/)\n", 1, "is not written as one"),
    ],
)
def test_mistyped_embed_lines_are_located(body, line, phrase):
    found = embeds.check_embeds("\n" + body, first_line=10)
    assert found[0] == line + 10 and phrase in found[3]


def test_embed_lines_in_code_are_not_checked():
    assert embeds.check_embeds("```\n!video sai\n```\n~~~\n!map\n~~~\n!video[a](https://www.youtube.com/x)\n") is None


# ------------------------------------------------------------------------- what is published


@pytest.mark.parametrize(
    "src, skipped",
    [
        ("khau-hieu.md", False),
        ("tin-tuc/anh.JPG", False),
        ("tai-lieu/van-ban.pdf", False),
        ("bieu-do.svg", False),
        ("bang-tinh.xlsx", True),
        ("van-ban.docx", True),
        ("script.js", True),
        ("ghi-chu.txt", True),
        ("Makefile", True),
        ("khau-hieu.md~", True),
        ("khau-hieu.md.bak", True),
        (".khau-hieu.md.swp", True),
        (".#khau-hieu.md", True),
        ("#khau-hieu.md#", True),
        (".DS_Store", True),
        (".git/config", True),
        ("anh/.an/x.png", True),
    ],
)
def test_skip_reason(src, skipped):
    assert (published.skip_reason(src) is not None) == skipped


def test_symbolic_links_must_stay_in_docs(tmp_path):
    docs = tmp_path / "docs"
    (docs / "vi").mkdir(parents=True)
    (docs / "vi" / "anh.png").write_bytes(b"png")
    (tmp_path / "secret.md").write_text("x")
    (docs / "en").mkdir()
    (docs / "en" / "anh.png").symlink_to("../vi/anh.png")
    (docs / "en" / "bi-mat.md").symlink_to(tmp_path / "secret.md")
    (docs / "en" / "hong.md").symlink_to("khong-co.md")
    assert published.link_target_problem(str(docs / "en" / "anh.png"), str(docs)) is None
    assert "outside docs/" in published.link_target_problem(str(docs / "en" / "bi-mat.md"), str(docs))[1]
    assert "points to nothing" in published.link_target_problem(str(docs / "en" / "hong.md"), str(docs))[1]


def test_listed_pages_are_page_lists_and_news_posts():
    listed = {"khau-hieu.md", "tin-tuc/index.md"}
    assert published.is_listed_page("khau-hieu.md", "vi", listed)
    assert published.is_listed_page("tin-tuc/2022-10-01-phat-dong.md", "vi", listed)
    assert published.is_listed_page("news/2022-10-01-launch.md", "en", set())
    assert not published.is_listed_page("khau-hieu-cu.md", "vi", listed)
    assert not published.is_listed_page("news/2022-10-01-launch.md", "vi", listed)


# ----------------------------------------------------------------- invisible characters, limits


def test_format_character_table_is_unicode_category_cf():
    cf = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"}
    matched = {chr(c) for c in range(0x110000) if invisible.FORMAT_CHARACTERS.match(chr(c))}
    assert matched == cf


def test_invisible_character_is_located_by_line_and_column():
    found = invisible.find_invisible("a: 1\nb: xy\u2066z\n", first_line=2)
    assert (found.line, found.column, found.code, found.name, found.is_bidi) == (
        3,
        6,
        "U+2066",
        "LEFT-TO-RIGHT ISOLATE",
        True,
    )
    assert invisible.find_invisible("bình thường, tiếng Việt – “ngoặc”\n") is None


def test_schema_max_length_is_the_text_limit():
    common = json.loads((ROOT / "data/schemas/common.schema.json").read_text(encoding="utf-8"))
    assert common["$defs"]["nonEmptyString"]["maxLength"] == limits.TEXT_MAX_CHARS == 20_000
    assert (limits.FRONT_MATTER_MAX_BYTES, limits.PAGE_MAX_BYTES) == (16 * 1024, 1024 * 1024)


def test_text_limit_applies_to_every_yaml_text():
    with pytest.raises(Exception, match=r"^data/x\.yml:3: .*this text is 20,001 characters long"):
        load_yaml_text("a: 1\nb:\n  - " + "x" * 20_001 + "\n", "data/x.yml")
    assert load_yaml_text("a: " + "x" * 20_000 + "\n", "data/x.yml").data == {"a": "x" * 20_000}


# --------------------------------------------------------------------------------- page text


def test_page_text_is_escaped_once():
    value = pagetext.as_html('a "b" <c> & d')
    assert str(value) == "a &#34;b&#34; &lt;c&gt; &amp; d"
    assert pagetext.as_html(value) is value and str(pagetext.Markup("{{ x }}")) == "{{ x }}"
    assert pagetext.plain(value) == 'a "b" <c> & d'
    assert pagetext.heading_title("Lịch &lt;/title&gt; <code>họp</code> &amp; x") == "Lịch </title> họp & x"
    assert yaml.safe_load(yaml.safe_dump({"t": "yes"})) == {"t": "yes"}


@pytest.mark.parametrize(
    "text, phrase",
    [
        ('a: "Tải \\u202egpj.exe"\n', "U+202E RIGHT-TO-LEFT OVERRIDE (written as an escape"),
        ('a: "chuông \\a"\n', "control character U+0007"),
        ('a: "dòng\\rDTSTART:20221001"\n', "control character U+000D"),
    ],
)
def test_characters_written_as_yaml_escapes_are_refused_too(text, phrase):
    with pytest.raises(Exception, match=r"^data/x\.yml:2: ") as caught:
        load_yaml_text(text, "data/x.yml", first_line=2)
    assert phrase in str(caught.value)


def test_calendar_text_escapes_every_line_break():
    from hooks.lib.opendata.ical import escape_text

    assert escape_text("a\rDTSTART:1;b,c\r\nd\ne\\") == "a\\nDTSTART:1\\;b\\,c\\nd\\ne\\\\"

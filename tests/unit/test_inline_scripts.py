"""The build's check for executable inline scripts (hooks/lib/site/inline_scripts.py)."""

from __future__ import annotations

import pytest

from hooks.lib.site.inline_scripts import executable_inline_scripts, page_message, source_line

# What our templates write: external files and JSON data blocks only.
CLEAN_PAGE = """<!doctype html><html><head>
<script src="../assets/javascripts/material/base.js"></script>
<script src="../assets/javascripts/catalogue.js" defer></script>
<script type="application/ld+json">{"name": "a \\u003cscript\\u003e b", "text": "<\\/script> <script>"}</script>
</head><body><p>&lt;script&gt;alert(1)&lt;/script&gt; is text</p>
<script id="__config" type="application/json">{"base": ".."}</script>
<script src="../assets/javascripts/bundle.79ae519e.min.js"></script>
</body></html>"""


def excerpts(html: str) -> list[str]:
    return [s.excerpt for s in executable_inline_scripts(html)]


def test_external_files_and_data_blocks_are_allowed():
    assert executable_inline_scripts(CLEAN_PAGE) == []


@pytest.mark.parametrize(
    "html, expected",
    [
        ('<script>__md_scope=new URL("..",location)</script>', '<script>__md_scope=new URL("..",location)</script>'),
        ("<SCRIPT>alert(1)</SCRIPT>", "<SCRIPT>alert(1)</SCRIPT>"),
        ('<script type="module">import "./m.js"</script>', '<script type="module">import "./m.js"</script>'),
        ('<script type="text/javascript">x()</script>', '<script type="text/javascript">x()</script>'),
        # data-src is not src: the body runs.
        ('<script data-src="a.js">x()</script>', '<script data-src="a.js">x()</script>'),
        # Forms our templates never write count as scripts (a browser may run them).
        ("<script src=a.js>x()</script>", "<script src=a.js>x()</script>"),
        ("<script type='application/json'>x()</script>", "<script type='application/json'>x()</script>"),
        ('<script\nsrc="a.js"/>x()', '<script src="a.js"/>x()'),
        ("<svg><script>x()</script></svg>", "<script>x()</script>"),
    ],
)
def test_inline_code_is_found(html, expected):
    assert excerpts(html) == [expected]


def test_a_script_after_a_data_block_is_found():
    html = '<script type="application/json">{"a": "</script><script>alert(1)</script>"}</script>'
    assert [s.offset for s in executable_inline_scripts(html)] == [html.index("<script>")]


def test_the_first_of_duplicated_type_attributes_counts():
    assert excerpts('<script type="text/javascript" type="application/json">x()</script>') != []
    assert excerpts('<script type="application/json" type="text/javascript">{}</script>') == []


def test_text_that_only_looks_like_a_tag_is_not_a_script():
    assert excerpts("<p>the <scripts> folder, <scriptx></p>") == []


def test_the_message_shows_the_script_element_shortened():
    (script,) = executable_inline_scripts("<script>" + "a" * 200 + "</script><p>after</p>")
    assert script.excerpt == "<script>" + "a" * 72 + "…"
    (script,) = executable_inline_scripts("<p>x</p><script>\n  alert(1)\n</script>\n<p>after</p>")
    assert script.excerpt == "<script> alert(1) </script>"


def test_source_line_finds_the_first_script_tag():
    source = "---\ntitle: 'x </title><SCRIPT>document.title=1</script>'\n---\n\ntext\n<script>y</script>\n"
    assert source_line(source) == 2
    assert source_line("---\ntitle: x\n---\n") is None


def test_messages_name_the_file_and_the_fix():
    (script,) = executable_inline_scripts("<script>alert(1)</script>")
    located = page_message("docs/vi/khau-hieu.md", script, 7)
    assert located.startswith("docs/vi/khau-hieu.md:7: trang có thẻ <script>")
    assert "`<script>alert(1)</script>`" in located and "Xóa thẻ <script>" in located
    unlocated = page_message("docs/en/index.md", script, None)
    assert unlocated.startswith("docs/en/index.md: trang sau khi dựng có thẻ <script>")
    assert "overrides/assets/javascripts/" in unlocated

import markdown
import pytest

from hooks.lib.content.links import ExternalLinksExtension, add_rel, is_external


@pytest.mark.parametrize(
    "href, external",
    [
        ("https://vi.khanacademy.org/", True),
        ("http://example.org/x", True),
        ("https://site.example/en/", False),
        ("../hoat-dong/", False),
        ("mailto:a@b.c", False),
        ("#top", False),
    ],
)
def test_is_external(href, external):
    assert is_external(href, "site.example") is external


def test_add_rel_keeps_existing_tokens_once():
    assert add_rel("nofollow noopener", "noopener", "external") == "nofollow noopener external"


def test_markdown_links_get_rel():
    md = markdown.Markdown(extensions=[ExternalLinksExtension("site.example")])
    html = md.convert("[A](https://other.example/) [B](https://site.example/x/) [C](khau-hieu.md)")
    assert html.count('rel="noopener external"') == 1
    assert 'href="https://other.example/" rel="noopener external"' in html

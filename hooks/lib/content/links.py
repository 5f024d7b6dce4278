"""Python-Markdown extension: external links in page text get ``rel="noopener"`` (pure, no MkDocs).

Staff write plain Markdown links; the security policy wants every link to another site to carry
rel="noopener" (and "external" so print CSS and assistive tech can tell). Links to the site's own
host stay untouched. Templates that render data pages add the same attribute themselves.
"""
from __future__ import annotations

from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor


def is_external(href: str, own_host: str) -> bool:
    parts = urlsplit(href)
    return parts.scheme in ("http", "https") and parts.netloc.lower() != own_host.lower()


def add_rel(existing: str | None, *values: str) -> str:
    tokens = (existing or "").split()
    tokens += [v for v in values if v not in tokens]
    return " ".join(tokens)


class _ExternalLinks(Treeprocessor):
    def __init__(self, md: Markdown, own_host: str) -> None:
        super().__init__(md)
        self.own_host = own_host

    def run(self, root: Element) -> None:
        for link in root.iter("a"):
            if is_external(link.get("href", ""), self.own_host):
                link.set("rel", add_rel(link.get("rel"), "noopener", "external"))


class ExternalLinksExtension(Extension):
    def __init__(self, own_host: str) -> None:
        super().__init__()
        self.own_host = own_host

    def extendMarkdown(self, md: Markdown) -> None:
        # Low priority: after inline links are built.
        md.treeprocessors.register(_ExternalLinks(md, self.own_host), "external_links", 1)

"""hooks/lib/core/pagestore.py: a page's HTML comes back byte for byte, once."""

from __future__ import annotations

from hooks.lib.core.pagestore import PageStore


def test_html_comes_back_exactly_once_and_takes_less_room():
    html = '<h1 id="muc-dich">Mục đích</h1>\n<p>Đông Khê &amp; Cầu Đất \u2028 😀</p>' * 200
    store = PageStore()
    store.put("phuong/dong-khe.md", html)
    store.put("index.md", "")
    assert len(store) == 2
    assert len(store._pages["phuong/dong-khe.md"]) < len(html.encode("utf-8")) / 5
    assert store.take("phuong/dong-khe.md") == html
    assert store.take("phuong/dong-khe.md") is None  # taken: the store no longer holds it
    assert store.take("index.md") == ""
    assert store.take("never-put.md") is None and len(store) == 0

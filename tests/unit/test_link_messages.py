"""MkDocs' link warnings reworded for staff (hooks/lib/content/linkmessages.py): the messages below are
MkDocs 1.6's own, word for word (mkdocs/structure/pages.py)."""

from __future__ import annotations

import pytest

from hooks.lib.content.linkmessages import link_line, translate
from tests.support.messages import halves

SOURCE = """---
title: "Góc đọc sách"
---

Ví dụ trong mã: `[x](khong-co.md)`

```markdown
[y](khong-co.md)
```

Xem [khẩu hiệu](khong-co.md) và [mục](../khau-hieu.md#khong-co).
[tham khảo]: ../khau-hieu/
"""


def read(src_uri: str) -> str | None:
    return SOURCE if src_uri == "tin-tuc/2022-10-02-goc-doc-sach.md" else None


CASES = [
    (
        "Doc file 'tin-tuc/2022-10-02-goc-doc-sach.md' contains a link 'khong-co.md', but the target "
        "'tin-tuc/khong-co.md' is not found among documentation files.",
        "docs/vi/tin-tuc/2022-10-02-goc-doc-sach.md:11:",
        "liên kết `khong-co.md` trỏ tới một trang không có trong thư mục docs/ (đã tìm `tin-tuc/khong-co.md`)",
        "the link `khong-co.md` points to a page that is not in docs/ (looked for `tin-tuc/khong-co.md`)",
    ),
    (
        "Doc file 'tin-tuc/2022-10-02-goc-doc-sach.md' contains a link '../khau-hieu.md#khong-co', but the doc "
        "'khau-hieu.md' does not contain an anchor '#khong-co'.",
        "docs/vi/tin-tuc/2022-10-02-goc-doc-sach.md:11:",
        "liên kết `../khau-hieu.md#khong-co` trỏ tới mục `#khong-co`, nhưng trang `khau-hieu.md` không có mục nào",
        "but the page `khau-hieu.md` has no such section",
    ),
    (
        "Doc file 'tin-tuc/2022-10-02-goc-doc-sach.md' contains an unrecognized relative link '../khau-hieu/', it was "
        "left as is. Did you mean '../khau-hieu.md'?",
        "docs/vi/tin-tuc/2022-10-02-goc-doc-sach.md:12:",
        "liên kết `../khau-hieu/` không ghi tên một tệp, nên không kiểm tra được nó trỏ tới đâu. Có phải là "
        "`../khau-hieu.md`?",
        "Did you mean `../khau-hieu.md`?",
    ),
    (
        "Doc file 'index.md' contains a link '#khong-co', but there is no such anchor on this page.",
        "docs/vi/index.md:1:",
        "nhưng chính trang này không có mục nào như vậy",
        "but this page has no such section",
    ),
    (
        "Doc file 'index.md' contains an absolute link '/khau-hieu.md', it was left as is.",
        "docs/vi/index.md:1:",
        "liên kết `/khau-hieu.md` bắt đầu bằng `/`",
        "the link `/khau-hieu.md` starts with `/`",
    ),
]


@pytest.mark.parametrize("mkdocs, where, vietnamese, english", CASES, ids=[c[1] + c[3][:20] for c in CASES])
def test_link_warnings_are_located_vietnamese_first(mkdocs, where, vietnamese, english):
    vi, en = halves(translate(mkdocs, "docs/vi", read), where)
    assert vietnamese in vi
    assert english in en


def test_other_messages_are_left_alone():
    assert (
        translate(
            "Doc file 'index.md' contains a link to 'nhap.md' which is excluded from the built site.", "docs/vi", read
        )
        is None
    )
    assert translate("Building documentation...", "docs/vi", read) is None


def test_the_line_is_the_link_outside_code():
    assert link_line(SOURCE, "khong-co.md") == 11
    assert link_line(SOURCE, "../khau-hieu/") == 12
    assert link_line(SOURCE, "khong-co-dau.md") == 1
    assert link_line("Địa chỉ: <https://a.example/>\n", "https://a.example/") == 1

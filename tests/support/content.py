"""The staff-content test project: hostile text everywhere, a hidden page, stray files (see tests/conftest.py,
``staff_content_site``; used by tests/build/test_content_build.py and tests/browser/test_staff_text.py)."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from hooks.lib.news.newpost import new_post_text

SITE_NAME = "Tuần lễ hưởng ứng học tập suốt đời – quận Ngô Quyền"
HOSTILE_TITLE = 'x </title><script>document.title="PWNED"</script><title>'
HOSTILE_POST = """---
title: 'x </title><script>document.title="PWNED"</script><title>'
date: 2022-10-06
sample: true
---

Lớp "Công dân số" cho người cao tuổi & phụ huynh: <b>đăng ký</b> tại phường.
"""
POST_DESCRIPTION = 'Lớp "Công dân số" cho người cao tuổi & phụ huynh: đăng ký tại phường.'
NAV_TITLE = 'Khẩu hiệu "tuyên truyền" <i>&</i> </nav>'
DATA_TITLE = 'Khan Academy "tiếng Việt" </title><script>alert(1)</script> & co'
HIDDEN_PAGE = """---
hidden: true
---

# Lịch họp &lt;/title&gt; nội bộ

Trang chỉ mở bằng liên kết.

!video[Lễ phát động "Tuần lễ"](https://www.youtube.com/watch?v=abc123)

!map[Thư viện quận](https://www.openstreetmap.org/#map=17/20.85/106.69)
"""
DRAFT_POST = "vi/tin-tuc/2022-10-07-ban-nhap-moi.md"
STRAY = [
    "docs/vi/bang-tinh.xlsx",
    "docs/vi/khau-hieu.md~",
    "docs/vi/.ghi-chu.md",
    "docs/vi/#nhap.md#",
    "docs/vi/van-ban.md.bak",
    "docs/vi/.van-ban.md.swp",
    "docs/en/notes.docx",
]
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, (path, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def make_staff_project(project: Path) -> None:
    """Add the staff-content cases to a copy of the project (see tests/conftest.py copy_project)."""
    docs = project / "docs"
    (docs / "vi/tin-tuc/2022-10-06-tieu-de-doc.md").write_text(HOSTILE_POST, encoding="utf-8")
    (docs / "vi/trang-an.md").write_text(HIDDEN_PAGE, encoding="utf-8")
    _replace(docs / "vi/khau-hieu.md", "title: Khẩu hiệu tuyên truyền\n", f"title: '{NAV_TITLE}'\n")
    _replace(project / "data/resources.yml", '{vi: "Khan Academy tiếng Việt"', f"{{vi: {json.dumps(DATA_TITLE)}")
    (docs / "vi/anh-le-phat-dong.png").write_bytes(PNG)
    os.symlink("../vi/anh-le-phat-dong.png", docs / "en/anh-le-phat-dong.png")  # inside docs/: published
    for stray in STRAY:
        (project / stray).write_bytes(b"stray")
    os.symlink("missing@host.1234", docs / "vi/.#khau-hieu.md")  # an editor's lock file: a dangling link
    # A post just made by scripts/new-post (a draft, still holding its template sentence), and a page that
    # shows the marks of unfinished text in code, as the staff guide does: neither stops the build.
    (docs / DRAFT_POST).write_text(new_post_text("Bản nháp mới", dt.date(2022, 10, 7), "vi"), encoding="utf-8")
    _replace(
        docs / "vi/khau-hieu.md",
        "# Khẩu hiệu tuyên truyền\n\n",
        "# Khẩu hiệu tuyên truyền\n\nChữ `TODO`, `XXX` và `Viết nội dung tin ở đây` chỉ là ví dụ.\n\n",
    )

"""Publish only what is meant to be public: which files of docs/ become part of the site (pure).

MkDocs publishes every file it finds under docs/<lang>/, following symbolic links. So a link to a
file outside the project, a spreadsheet left next to a page, an editor's backup (``khau-hieu.md~``)
and a draft page nobody listed all went out to the web. The rules, each decided here and nowhere else:

* **Symbolic links** must point inside ``docs/`` (a picture shared by both languages is fine); one that
  leads outside (to the project's ``.git``, a home folder, a server key) or nowhere stops the build.
* **File types**: only :data:`PUBLISHED_TYPES` are published. Anything else (``.xlsx``, ``.docx``,
  ``.zip``, ``.js``...) is skipped with a warning naming it - a warning, so ``mkdocs serve`` keeps
  previewing while ``--strict`` (scripts/build, scripts/publish) stops. A script file (``.js``) would
  run as the site's own code, so it is never on the list.
* **Editor backups and hidden files** (``*~``, ``*.bak``, ``*.swp``, ``.#*``, ``#*#``, any name or
  folder starting with ``.``) are skipped the same way.
* **Pages**: a hand-written page must be listed (a page list - data/pages.yml today - or a news post),
  or say ``hidden: true`` in its front matter; otherwise the build stops. A page nobody listed is
  usually a copy or a draft; a hidden page is published (reachable by its link) but kept out of the
  menu, search and the sitemap.
"""
from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import PurePosixPath

from hooks.lib.core.errors import bilingual_text
from hooks.lib.news.posts import is_post_path

# Everything staff may publish from docs/, by file name ending (lowercase), with what it is.
PUBLISHED_TYPES = {
    ".md": "page",
    ".png": "image", ".jpg": "image", ".jpeg": "image", ".gif": "image", ".webp": "image", ".avif": "image",
    ".svg": "image",
    ".pdf": "document",
}
BACKUP_SUFFIXES = ("~", ".bak", ".swp", ".swo", ".swn", ".tmp", ".orig", ".rej")


def skip_reason(src_uri: str) -> tuple[str, str] | None:
    """Why a file of docs/<lang>/ is not published - ``(Vietnamese, English)`` - or ``None`` if it is."""
    path = PurePosixPath(src_uri)
    name = path.name
    if any(part.startswith(".") for part in path.parts):
        return ("tệp ẩn (tên bắt đầu bằng dấu chấm) không được đăng", "hidden files (names starting with a dot) "
                "are not published")
    if name.endswith(BACKUP_SUFFIXES) or (name.startswith("#") and name.endswith("#")):
        return ("tệp sao lưu của trình soạn thảo không được đăng", "editor backup files are not published")
    suffix = path.suffix.lower()
    if suffix not in PUBLISHED_TYPES:
        kinds = ", ".join(sorted(PUBLISHED_TYPES))
        return (f"loại tệp `{suffix or name}` không có trong danh sách được đăng ({kinds})",
                f"files of type `{suffix or name}` are not on the list of published types ({kinds})")
    return None


def skip_message(display: str, reason: tuple[str, str]) -> str:
    """The warning for a skipped file: ``docs/vi/x.xlsx: ... / ...``."""
    return f"{display}: " + bilingual_text(
        f"{reason[0]}; tệp bị bỏ qua", "Xóa tệp này khỏi docs/ (tài liệu cần đăng thì lưu thành PDF)",
        f"{reason[1]}; the file is skipped", "Remove it from docs/ (save a document to publish as PDF); the list is "
        "PUBLISHED_TYPES in hooks/lib/content/published.py")


def link_target_problem(abs_path: str, docs_root: str) -> tuple[str, str] | None:
    """Why a file reached through a symbolic link may not be published, or ``None`` if it may."""
    target = os.path.realpath(abs_path)
    if not os.path.exists(target):
        return ("liên kết tượng trưng này trỏ tới một tệp không có", "this symbolic link points to nothing")
    root = os.path.realpath(docs_root)
    if os.path.commonpath([target, root]) != root:
        return ("liên kết tượng trưng này trỏ ra ngoài thư mục docs/; chỉ nội dung trong docs/ được đăng",
                "this symbolic link leads outside docs/; only what is inside docs/ is published")
    return None


def is_listed_page(src_uri: str, lang: str, listed: Collection[str]) -> bool:
    """Is this hand-written page one the site lists: in a page list (``listed``), or a news post?

    ``listed``: the source paths (relative to docs/<lang>/) of the page lists of this language -
    hooks/context.py ``BuildContext.listed_pages``. Generated pages never come here.
    """
    return src_uri in listed or is_post_path(lang, src_uri)


def unlisted_message(display: str, lang: str) -> tuple[str, str, str, str]:
    """``(vi problem, vi fix, en problem, en fix)`` for a page in no list and not hidden."""
    return ("trang này không có trong danh sách trang (data/pages.yml) nên không có trong menu",
            "Thêm trang vào data/pages.yml (một cặp `- vi: … / en: …`), hoặc thêm dòng `hidden: true` vào phần "
            "đầu tệp nếu trang chỉ được mở bằng liên kết; nếu là bản nháp hoặc bản sao thì xóa tệp",
            "this page is in no page list (data/pages.yml), so no menu shows it",
            "Add it to data/pages.yml (a `- vi: … / en: …` pair), or add `hidden: true` to its front matter if "
            "it is only reached by a link; delete the file if it is a draft or a copy")


__all__ = ["PUBLISHED_TYPES", "is_listed_page", "is_post_path", "link_target_problem", "skip_message",
           "skip_reason", "unlisted_message"]

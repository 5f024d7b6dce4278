"""Text and file name of a new post, for scripts/new-post - no MkDocs import."""
from __future__ import annotations

import datetime as dt

from hooks.lib.i18n import slugify


def new_post_text(title: str, day: dt.date, lang: str = "vi") -> str:
    """Front matter + placeholder body for ``scripts/new-post``."""
    safe_title = title.replace('"', '\\"')
    return (
        "---\n"
        f'title: "{safe_title}"\n'
        f"date: {day.isoformat()}\n"
        "# ward: may-chai\n"
        "categories: [hoat-dong]\n"
        "tags: []\n"
        "draft: true\n"
        "---\n\n"
        + ("Viết nội dung tin ở đây. Xóa dòng 'draft: true' khi tin sẵn sàng đăng.\n" if lang == "vi"
           else "Write the post here. Remove the 'draft: true' line when it is ready to publish.\n")
    )


def new_post_name(title: str, day: dt.date) -> str:
    slug = "-".join(slugify(title).split("-")[:8]) or "tin-moi"
    return f"{day.isoformat()}-{slug}.md"

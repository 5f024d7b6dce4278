"""The files ``scripts/new-post`` writes: names, front matter and the placeholder body - no MkDocs import.

``scripts/new-post "Vietnamese title" [--en "English title"] [--date YYYY-MM-DD]`` creates the Vietnamese
post and, with ``--en``, its English twin linked by ``alternate:`` (run again with ``--en`` later to add
the twin of a post that exists). Each file starts as a draft whose body is :data:`PLACEHOLDER`: the
build refuses that text in any post that is not a draft (hooks/lib/content/unfinished.py), so a post
nobody wrote can never be published.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from hooks.lib.core.errors import bilingual_text
from hooks.lib.i18n import slugify
from hooks.lib.news.model import NEWS_DIR

# The body of a new post, by language. The first words are what the build looks for (PLACEHOLDER_START).
PLACEHOLDER = {
    "vi": "Viết nội dung tin ở đây. Đoạn đầu tiên là phần tóm tắt trong danh sách tin. "
          "Xóa dòng `draft: true` khi tin sẵn sàng đăng.",
    "en": "Write the post here. Its first paragraph is the summary in news lists. "
          "Delete the `draft: true` line when it is ready to publish.",
}
PLACEHOLDER_START = {lang: text.split(".", 1)[0] for lang, text in PLACEHOLDER.items()}
"""``Viết nội dung tin ở đây`` / ``Write the post here``: a post still holding these words is unfinished."""

SLUG_MAX_CHARS = 60
"""The part of a file name after the date: long enough for a headline's key words, short enough to read."""
DEFAULT_SLUG = {"vi": "tin-moi", "en": "news"}


def new_post_text(title: str, day: dt.date, lang: str = "vi", alternate: str | None = None) -> str:
    """Front matter (a draft) and the placeholder body; ``alternate``: the twin's source path, if any."""
    safe_title = title.replace("\\", "\\\\").replace('"', '\\"')
    return (
        "---\n"
        f'title: "{safe_title}"\n'
        f"date: {day.isoformat()}\n"
        "# ward: may-chai\n"
        "categories: [hoat-dong]\n"
        "tags: []\n"
        + (f"alternate: {alternate}\n" if alternate else "")
        + "draft: true\n"
        "---\n\n"
        f"{PLACEHOLDER[lang]}\n"
    )


def slug_for(title: str, limit: int = SLUG_MAX_CHARS) -> str:
    """The title's words, folded to ASCII, at most ``limit`` characters, cut after a whole word."""
    slug = slugify(title)
    if len(slug) <= limit:
        return slug
    cut = slug[: limit + 1].rsplit("-", 1)[0]  # the character after the limit may end a word exactly
    return cut if cut and len(cut) <= limit else slug[:limit].rstrip("-")  # one word longer than the limit


def new_post_name(title: str, day: dt.date, lang: str = "vi") -> str:
    return f"{day.isoformat()}-{slug_for(title) or DEFAULT_SLUG[lang]}.md"


@dataclass(frozen=True)
class NewPost:
    """One file ``scripts/new-post`` is about to write (``src``: relative to docs/<lang>/)."""

    lang: str
    src: str
    text: str

    def path(self, docs: Path) -> Path:
        return docs / self.lang / self.src


def plan_posts(title: str, day: dt.date, english_title: str | None = None) -> list[NewPost]:
    """The Vietnamese post and, with ``english_title``, its English twin (``alternate:`` names the Vietnamese)."""
    vi_src = f"{NEWS_DIR['vi']}/{new_post_name(title, day, 'vi')}"
    posts = [NewPost("vi", vi_src, new_post_text(title, day, "vi"))]
    if english_title is not None:
        en_src = f"{NEWS_DIR['en']}/{new_post_name(english_title, day, 'en')}"
        posts.append(NewPost("en", en_src, new_post_text(english_title, day, "en", alternate=vi_src)))
    return posts


def create_posts(docs: Path, title: str, day: dt.date, english_title: str | None = None) -> list[str]:
    """Write the planned posts under ``docs``; return what to tell the person (one bilingual line each).

    A Vietnamese post that already exists is kept when only its English twin is asked for (``--en`` given
    later); any other existing file is refused (:class:`FileExistsError`, message in both languages).
    """
    posts = plan_posts(title, day, english_title)
    vietnamese = posts[0]
    if vietnamese.path(docs).exists() and (english_title is None or posts[1].path(docs).exists()):
        taken = posts[-1].path(docs) if english_title is not None else vietnamese.path(docs)
        raise FileExistsError(bilingual_text(
            f"đã có tệp {_shown(taken, docs)}", "Chọn một tiêu đề khác (hoặc một ngày khác với --date)",
            f"{_shown(taken, docs)} already exists", "Choose another title (or another date with --date)"))
    told = []
    for post in posts:
        path = post.path(docs)
        if path.exists():  # the Vietnamese post of a twin asked for later
            told.append(bilingual_text(f"giữ nguyên {_shown(path, docs)}", "", f"kept {_shown(path, docs)}", ""))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(post.text, encoding="utf-8")
        told.append(bilingual_text(
            f"đã tạo {_shown(path, docs)} (bản nháp: chỉ thấy khi xem trước bằng scripts/serve)",
            "Viết nội dung thay cho câu mẫu, rồi xóa dòng `draft: true` để đăng",
            f"created {_shown(path, docs)} (a draft: visible in the scripts/serve preview only)",
            "Write the text in place of the template sentence, then delete the `draft: true` line to publish"))
    if english_title is None:
        told.append(bilingual_text(
            "bản tiếng Anh: chạy lại lệnh này, thêm --en \"English title\"",
            f"Lệnh tạo tệp trong docs/en/{NEWS_DIR['en']}/, nối với tin tiếng Việt bằng dòng `alternate:`",
            "English version: run this command again with --en \"English title\"",
            f"It creates the file in docs/en/{NEWS_DIR['en']}/, linked to the Vietnamese post by `alternate:`"))
    return told


def _shown(path: Path, docs: Path) -> str:
    """``docs/vi/tin-tuc/x.md``: a path as staff see it, from the project folder."""
    return (Path(docs.name) / path.relative_to(docs)).as_posix()

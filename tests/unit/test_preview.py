"""Unit tests of hooks/lib/preview/ (what the preview rebuilds for a change; a failed build's lines as
problems) and of the live-reload tag (hooks/preview/livereload.py). Plain files in tmp_path, no MkDocs
build; the preview's builds are in tests/build/test_preview_build.py, its server in
tests/browser/test_preview_errors.py."""

from __future__ import annotations

import os

from hooks.lib.preview.changes import Changes, compare, front_matter, is_ignored, plan, snapshot
from hooks.lib.preview.problems import Problem, problems
from hooks.preview.livereload import inject

DOCS = {"vi": "docs/vi", "en": "docs/en"}


def changed(*modified, added=(), removed=()) -> Changes:
    return Changes(frozenset(added), frozenset(removed), frozenset(modified))


# ------------------------------------------------------------------------------------------ plan


def test_saved_pages_of_either_language_are_rebuilt_alone():
    todo = plan(changed("docs/vi/khau-hieu.md", "docs/en/slogans.md", "docs/vi/bo-bang-ron/index.md"), DOCS)
    assert todo.kind == "pages"
    assert todo.pages == {"en": ("slogans.md",), "vi": ("bo-bang-ron/index.md", "khau-hieu.md")}


def test_data_templates_config_photos_new_files_and_news_posts_need_a_full_build():
    for change, reason in (
        (changed("data/resources.yml"), "data/resources.yml"),
        (changed("overrides/main.html"), "overrides/main.html"),
        (changed("hooks/hook_data.py"), "hooks/hook_data.py"),
        (changed("mkdocs.yml"), "mkdocs.yml"),
        (changed("docs/vi/khau-hieu.md", "docs/vi/anh.jpg"), "docs/vi/anh.jpg"),  # another page may show it
        (changed("docs/vi/tin-tuc/2022-10-01-phat-dong-tuan-le.md"), "docs/vi/tin-tuc/2022-10-01-phat-dong-tuan-le.md"),
        (changed("docs/en/news/2022-10-01-launch.md"), "docs/en/news/2022-10-01-launch.md"),
        (changed(added=["docs/vi/trang-moi.md"]), "docs/vi/trang-moi.md"),
        (changed("docs/vi/khau-hieu.md", removed=["docs/en/slogans.md"]), "docs/en/slogans.md"),
        (changed("docs/shared/page.md"), "docs/shared/page.md"),  # no language's folder
    ):
        todo = plan(change, DOCS)
        assert (todo.kind, todo.reason) == ("full", reason), change


def test_nothing_to_rebuild_when_nothing_changed():
    assert plan(Changes(), DOCS).kind == "none"
    # no earlier build to rebuild a page on: every change is a full build
    assert plan(changed("docs/vi/khau-hieu.md"), {}).kind == "full"


def test_editor_backups_lock_files_and_python_caches_are_not_part_of_the_site():
    for rel in (
        "docs/vi/.khau-hieu.md.swp",
        "docs/vi/khau-hieu.md~",
        "data/#resources.yml#",
        "data/.~lock.x#",
        "hooks/__pycache__/hook_data.cpython-311.pyc",
        "docs/vi/khau-hieu.md.bak",
        ".git/index",
    ):
        assert is_ignored(rel), rel
    for rel in ("docs/vi/khau-hieu.md", "data/resources.yml", "overrides/main.html", "mkdocs.yml"):
        assert not is_ignored(rel), rel


# ------------------------------------------------------------------------------------------ snapshot


def test_a_page_saved_without_changes_is_no_change_and_a_data_file_is_compared_by_stamp(tmp_path):
    (tmp_path / "docs" / "vi").mkdir(parents=True)
    (tmp_path / "data").mkdir()
    page, data = tmp_path / "docs/vi/khau-hieu.md", tmp_path / "data/resources.yml"
    page.write_text("---\ntitle: A\n---\n\nChữ.\n", encoding="utf-8")
    data.write_text("resources: []\n", encoding="utf-8")
    (tmp_path / "docs/vi/.khau-hieu.md.swp").write_bytes(b"lock")
    (tmp_path / "elsewhere.md").write_text("not watched", encoding="utf-8")
    watched = [tmp_path / "docs", tmp_path / "data", tmp_path / "docs" / "vi"]  # a folder inside another: once
    before = snapshot(tmp_path, watched)
    assert sorted(before) == ["data/resources.yml", "docs/vi/khau-hieu.md"]

    later = before["docs/vi/khau-hieu.md"].mtime_ns + 5_000_000_000
    os.utime(page, ns=(later, later))  # saved, same text
    assert not compare(before, snapshot(tmp_path, watched))
    os.utime(data, ns=(later, later))  # data: its time is enough
    assert compare(before, snapshot(tmp_path, watched)) == changed("data/resources.yml")
    page.write_text("---\ntitle: A\n---\n\nChữ mới.\n", encoding="utf-8")
    data.unlink()
    (tmp_path / "docs/vi/moi.md").write_text("x", encoding="utf-8")
    assert compare(before, snapshot(tmp_path, watched)) == changed(
        "docs/vi/khau-hieu.md", added=["docs/vi/moi.md"], removed=["data/resources.yml"]
    )


def test_front_matter_is_the_block_as_written():
    page = "---\ntitle: Khẩu hiệu\ndescription: Năm khẩu hiệu.\n---\n\n# Khẩu hiệu\n\nChữ.\n"
    assert front_matter(page) == "---\ntitle: Khẩu hiệu\ndescription: Năm khẩu hiệu.\n---\n"
    assert front_matter(page.replace("\n", "\r\n")) == front_matter(page)  # Windows line ends
    assert front_matter("\ufeff" + page) == front_matter(page)  # a BOM
    assert front_matter(page.replace("Chữ.", "Chữ khác.")) == front_matter(page)  # the text is not in it
    assert front_matter("# Không có phần đầu\n") == ""


# ------------------------------------------------------------------------------------------ problems


def test_problems_are_located_and_split_into_vietnamese_and_english():
    lines = [
        "Error reading page 'khau-hieu.md':",
        "docs/vi/khau-hieu.md:7: trang có thẻ <script>. Xóa thẻ đó. / the page has a <script> tag. Remove it.",
        "docs/vi/khau-hieu.md:7: trang có thẻ <script>. Xóa thẻ đó. / the page has a <script> tag. Remove it.",
        "Config value 'theme': Unrecognised theme name: 'materal'.",
    ]
    assert problems(lines) == [
        Problem(
            "docs/vi/khau-hieu.md:7", "trang có thẻ <script>. Xóa thẻ đó.", "the page has a <script> tag. Remove it."
        ),
        Problem("", "Config value 'theme': Unrecognised theme name: 'materal'."),
    ]


def test_mkdocs_announcement_line_stays_when_it_is_all_there_is():
    assert problems(["Error reading page 'khau-hieu.md':"]) == [Problem("", "Error reading page 'khau-hieu.md':")]
    assert problems(["", "  "]) == []


# ------------------------------------------------------------------------------------------ live reload


def test_live_reload_is_a_script_file_before_the_end_of_the_body():
    page = b"<html><body><p>x</p><script>/* an inline script of the page */</script></body></html>"
    out = inject(page, 1234, "/__preview/preview-livereload.js")
    head, tag, tail = out.partition(b'<script src="/__preview/preview-livereload.js" data-epoch="1234" data-request="')
    assert tag and head == page[: page.rfind(b"</body>")]
    assert tail.endswith(b'"></script></body></html>')
    assert inject(b"no body", 5, "/x.js").startswith(b'no body<script src="/x.js" data-epoch="5"')

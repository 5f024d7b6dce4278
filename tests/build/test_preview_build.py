"""The preview's rebuilds (hooks/preview/, scripts/serve) on a small copy of the project.

A saved page is rebuilt alone on the last build; the site is then the very bytes that `mkdocs serve`'s
full build of the same files makes - every page, search index, sitemap and photo - in both
languages. What a page alone cannot show (its front matter, data, a news post...) rebuilds both
languages, and a mistake becomes the located problems of the error page until a fix builds.

Compared with that full build nothing is left out: the preview's files on disk carry no live-reload
script (the server adds it to each page as it sends it) and both builds have the same serve-time
address (``site_url`` = http://127.0.0.1:8000/, as `mkdocs serve` sets it). What a preview build has
and a published one has not (that address, drafts, the retiring service worker, the preview's own
script and style) is the same in both, so it is compared too.

The builder runs in a process of its own without the server (tests/support/preview.py); the server
is in tests/browser/test_preview_errors.py.
"""

from __future__ import annotations

import os

import pytest
from PIL import Image

from tests.support.preview import PreviewProcess, serve_build
from tests.support.project import site_snapshot, small_project

PHOTO_PAGE = "docs/vi/khau-hieu.md"


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    """A small project whose slogans page shows a photo, its preview built once; stopped at the end."""
    root = tmp_path_factory.mktemp("preview")
    project = small_project(root / "proj")
    Image.new("RGB", (800, 600), (40, 120, 200)).save(project / "docs/vi/bang-ron.jpg", "JPEG")
    page = project / PHOTO_PAGE
    page.write_text(
        page.read_text(encoding="utf-8") + "\n![Băng rôn trước nhà văn hóa](bang-ron.jpg)\n", encoding="utf-8"
    )
    process = PreviewProcess(project, root / "preview")
    assert process.first == {"rebuilt": "full", "problems": None}
    yield project, root, process
    process.close()


def append(project, rel: str, text: str) -> None:
    path = project / rel
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_saved_pages_rebuilt_alone_are_the_bytes_of_a_full_build(preview):
    project, root, process = preview
    append(project, PHOTO_PAGE, "\n## Ghi chú mới\n\nMột câu mới, có [liên kết](van-ban.md).\n")
    assert process.rebuild() == {"rebuilt": "pages", "problems": None}
    append(project, "docs/en/slogans.md", "\nA new sentence.\n")
    append(project, "docs/vi/index.md", "\nMột câu mới ở trang chủ.\n")
    assert process.rebuild() == {"rebuilt": "pages", "problems": None}

    full = serve_build(project, root / "full")
    assert full.returncode == 0, full.stderr[-3000:]
    preview_site, full_site = site_snapshot(root / "preview"), site_snapshot(root / "full")
    assert sorted(preview_site) == sorted(full_site)
    assert {path for path in full_site if preview_site[path] != full_site[path]} == set()
    # what the comparison covers: the new text, in the page and in search, and the photo's versions
    assert "Một câu mới, có" in (root / "preview/khau-hieu/index.html").read_text(encoding="utf-8")
    assert "A new sentence." in (root / "preview/en/search/search_index.full.json").read_text(encoding="utf-8")
    assert "ghi-chu-moi" in (root / "preview/search/search_index.full.json").read_text(encoding="utf-8")
    assert any(path.startswith("media/bang-ron-") and path.endswith(".webp") for path in preview_site)


def test_what_a_page_alone_cannot_show_rebuilds_both_languages(preview):
    project, _root, process = preview
    page = project / "docs/en/slogans.md"
    os.utime(page)  # saved without a change
    assert process.rebuild() == {"rebuilt": "none", "problems": None}
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("title: ", "title: New ", 1), encoding="utf-8")  # in every page's menu
    assert process.rebuild() == {"rebuilt": "full", "problems": None}
    append(project, PHOTO_PAGE, "\n![Băng rôn](bang-ron.jpg)\n")  # the same photo again: a page alone
    assert process.rebuild()["rebuilt"] == "pages"
    photo_page = (project / PHOTO_PAGE).read_text(encoding="utf-8")
    (project / PHOTO_PAGE).write_text(photo_page.replace("(bang-ron.jpg)", "(khong-co-anh.jpg)"), encoding="utf-8")
    answer = process.rebuild()  # a missing photo: the page alone finds it, located as a full build would
    assert answer["rebuilt"] == "pages" and answer["problems"][0]["location"].startswith(PHOTO_PAGE + ":")
    (project / PHOTO_PAGE).write_text(photo_page, encoding="utf-8")
    assert process.rebuild() == {"rebuilt": "full", "problems": None}  # after a failure: everything again
    without = "\n".join(line for line in photo_page.split("\n") if "(bang-ron.jpg)" not in line)
    (project / PHOTO_PAGE).write_text(without, encoding="utf-8")
    assert process.rebuild() == {"rebuilt": "full", "problems": None}  # its versions leave the site
    (project / PHOTO_PAGE).write_text(photo_page, encoding="utf-8")
    assert process.rebuild() == {"rebuilt": "full", "problems": None}
    append(project, "data/resources.yml", "\n")
    assert process.rebuild() == {"rebuilt": "full", "problems": None}


def test_a_mistake_in_a_saved_page_is_located_and_its_fix_builds_again(preview):
    project, _root, process = preview
    lines = (project / "docs/en/slogans.md").read_text(encoding="utf-8").count("\n")
    append(project, "docs/en/slogans.md", "\n<script>alert(1)</script>\n")
    answer = process.rebuild()
    assert answer["rebuilt"] == "pages"
    assert [p["location"] for p in answer["problems"]] == [f"docs/en/slogans.md:{lines + 2}"]
    page = project / "docs/en/slogans.md"
    page.write_text(page.read_text(encoding="utf-8").replace("<script>alert(1)</script>", "Fixed."), encoding="utf-8")
    assert process.rebuild() == {"rebuilt": "full", "problems": None}  # after a failure: everything again


def test_nothing_of_the_preview_is_published(built_site):
    """A real build (`mkdocs build`, the session's) carries none of the preview's files, addresses or words."""
    files = [path for path in built_site.rglob("*") if path.is_file()]
    names = {path.relative_to(built_site).as_posix() for path in files}
    for preview_only in (
        "assets/javascripts/preview-livereload.js",
        "assets/stylesheets/preview.css",
        "en/assets/javascripts/preview-livereload.js",
        "en/assets/stylesheets/preview.css",
    ):
        assert preview_only not in names
    assert [name for name in names if "preview" in name.rsplit("/", 1)[-1]] == []
    for path in files:
        if path.suffix in (".html", ".js", ".css", ".json", ".xml", ".webmanifest"):
            text = path.read_text(encoding="utf-8", errors="replace")
            for word in ("preview-livereload", "/__preview/", "/livereload/", "Bản xem trước đang có lỗi"):
                assert word not in text, (path, word)

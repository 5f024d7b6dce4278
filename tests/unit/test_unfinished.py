"""Unfinished content (hooks/lib/content/unfinished.py) and the files scripts/new-post writes
(hooks/lib/news/newpost.py): a new post's template sentence is exactly what the build refuses."""

from __future__ import annotations

import datetime as dt

import markdown
import pytest

from hooks.lib.content import frontmatter, unfinished
from hooks.lib.news import newpost
from tests.support.messages import halves

DAY = dt.date(2022, 10, 3)


def html_of(body: str) -> str:
    """A page body as the site's Markdown (mkdocs.yml: markdown_extensions, plus MkDocs' own) makes it HTML."""
    return markdown.markdown(
        body, extensions=["abbr", "admonition", "attr_list", "def_list", "md_in_html", "tables", "fenced_code"]
    )  # MkDocs adds fenced_code itself


# ------------------------------------------------------------------------------ scripts/new-post


def test_the_template_body_is_the_sentence_the_build_refuses():
    for lang, sentence in (
        (
            "vi",
            "Viết nội dung tin ở đây. Đoạn đầu tiên là phần tóm tắt trong danh sách tin. "
            "Xóa dòng `draft: true` khi tin sẵn sàng đăng.",
        ),
        (
            "en",
            "Write the post here. Its first paragraph is the summary in news lists. "
            "Delete the `draft: true` line when it is ready to publish.",
        ),
    ):
        text = newpost.new_post_text("Tiêu đề", DAY, lang)
        assert text.endswith("---\n\n" + sentence + "\n")
        page = frontmatter.read_page(text.encode("utf-8"), "docs/vi/tin-tuc/x.md")
        assert page.meta["draft"] is True
        found = unfinished.find_in_html(html_of(page.body))
        assert (found.kind, found.what) == ("placeholder", sentence.split(".")[0])
        assert unfinished.locate(page.text, found, page.body_line) == 10


@pytest.mark.parametrize(
    "title, name",
    [
        # 57 characters of whole words: the next word ("tuan") would pass 60; never "...-hoc" cut mid-word.
        (
            "Phường Máy Chai ra quân treo băng rôn khẩu hiệu hưởng ứng Tuần lễ học tập suốt đời năm 2022",
            "2022-10-03-phuong-may-chai-ra-quan-treo-bang-ron-khau-hieu-huong-ung.md",
        ),
        (
            "Thư viện quận hướng dẫn người cao tuổi học trực tuyến trên nền tảng số",
            "2022-10-03-thu-vien-quan-huong-dan-nguoi-cao-tuoi-hoc-truc-tuyen-tren.md",
        ),
        ("Phường Đông Khê: học trực tuyến!", "2022-10-03-phuong-dong-khe-hoc-truc-tuyen.md"),
        ("“…”", "2022-10-03-tin-moi.md"),
    ],
)
def test_file_names_keep_whole_words(title, name):
    assert newpost.new_post_name(title, DAY) == name
    assert len(name) - len("2022-10-03-.md") <= newpost.SLUG_MAX_CHARS


def test_one_word_longer_than_the_limit_is_cut_at_the_limit():
    assert newpost.slug_for("a" * 70) == "a" * 60
    assert newpost.slug_for("abc " + "b" * 70) == "abc"


def test_english_twin_is_created_and_linked_and_a_later_twin_keeps_the_post(tmp_path):
    docs = tmp_path / "docs"
    told = newpost.create_posts(docs, "Phường Máy Chai ra quân", DAY)
    vi = docs / "vi/tin-tuc/2022-10-03-phuong-may-chai-ra-quan.md"
    assert vi.is_file() and not (docs / "en").exists()
    assert told[0].startswith("đã tạo docs/vi/tin-tuc/2022-10-03-phuong-may-chai-ra-quan.md (bản nháp")
    assert told[-1].startswith('bản tiếng Anh: chạy lại lệnh này, thêm --en "English title"')
    vi.write_text(vi.read_text(encoding="utf-8").replace("Viết nội dung tin ở đây.", "Tin đã viết."), encoding="utf-8")
    told = newpost.create_posts(docs, "Phường Máy Chai ra quân", DAY, "Máy Chai ward gets going")
    assert "Tin đã viết." in vi.read_text(encoding="utf-8")  # kept as it was
    assert told[0].startswith("giữ nguyên docs/vi/tin-tuc/2022-10-03-phuong-may-chai-ra-quan.md")
    english = (docs / "en/news/2022-10-03-may-chai-ward-gets-going.md").read_text(encoding="utf-8")
    assert english.startswith('---\ntitle: "Máy Chai ward gets going"\ndate: 2022-10-03\n')
    assert "\nalternate: tin-tuc/2022-10-03-phuong-may-chai-ra-quan.md\ndraft: true\n---\n" in english
    with pytest.raises(FileExistsError) as err:
        newpost.create_posts(docs, "Phường Máy Chai ra quân", DAY, "Máy Chai ward gets going")
    vietnamese, english_part = halves(str(err.value))
    assert vietnamese.startswith("đã có tệp docs/en/news/2022-10-03-may-chai-ward-gets-going.md")
    assert english_part.startswith("docs/en/news/2022-10-03-may-chai-ward-gets-going.md already exists")


# ------------------------------------------------------------------------------ unfinished text


@pytest.mark.parametrize(
    "body, kind, what",
    [
        ("Một đoạn.\n\nTODO: thêm ảnh.\n", "marker", "TODO"),
        ("Lịch FIXME sau.\n", "marker", "FIXME"),
        ("Số điện thoại: 0225 XXX.\n", "marker", "XXX"),
        ("![TODO](anh.jpg)\n", "marker", "TODO"),  # an image description is read aloud
        ("Write the post\nhere. Its first paragraph...\n", "placeholder", "Write the post here"),
        ("Viết nội dung tin ở đây.\n", "placeholder", "Viết nội dung tin ở đây"),
    ],
)
def test_unfinished_text_is_found(body, kind, what):
    found = unfinished.find_in_html(html_of(body))
    assert found is not None and (found.kind, found.what) == (kind, what)


@pytest.mark.parametrize(
    "body",
    [
        "Đã viết xong.\n",
        "Viết `TODO` trong dấu ngược, như hướng dẫn này.\n",
        "```\nTODO XXX FIXME\nViết nội dung tin ở đây.\n```\n",
        "    TODO (indented code)\n",
        "<!-- TODO: ghi chú cho người biên tập, không hiện trên trang -->\n\nĐoạn văn.\n",
        "Todo, todos, TODOs, XXXL, XX, tôdo, MAX-XXX-1.\n",  # not the capitalised marks as words
    ],
)
def test_code_comments_and_other_words_are_left_alone(body):
    assert unfinished.find_in_html(html_of(body)) is None


def test_the_line_is_found_outside_code():
    source = "---\ntitle: a\n---\n\n`TODO` trong mã\n\n```\nTODO\n```\n\nCòn TODO ở đây.\n"
    page = frontmatter.read_page(source.encode("utf-8"), "docs/vi/a.md")
    found = unfinished.find_in_html(html_of(page.body))
    assert unfinished.locate(page.text, found, page.body_line) == 11


def test_title_and_empty_body():
    page = frontmatter.read_page(b"---\ntitle: a\ndescription: TODO\n---\n\n<!-- nh\xc3\xa1p -->\n", "docs/vi/a.md")
    line, found = unfinished.find_in_meta(page.meta, page.lines)
    assert (line, found.what) == (3, "TODO")
    assert unfinished.body_is_empty(page.body) and not unfinished.body_is_empty("Một câu.\n")


@pytest.mark.parametrize(
    "found, is_post, vietnamese, english",
    [
        (
            unfinished.EMPTY,
            True,
            "tin chưa có nội dung (bên dưới dòng `---` thứ hai không có chữ nào). Viết nội dung "
            "tin bên dưới phần đầu tệp",
            "the post has no text (nothing below the second `---` line).",
        ),
        (
            unfinished.Unfinished("marker", "XXX"),
            False,
            "trang còn chữ `XXX`, dấu hiệu một phần chưa viết xong. ",
            "the page still holds `XXX`, the mark of a part not written yet. Finish that part and delete `XXX`",
        ),
        (
            unfinished.Unfinished("placeholder", "Viết nội dung tin ở đây"),
            True,
            "tin vẫn còn câu mẫu “Viết nội dung tin ở đây…” của lệnh scripts/new-post. Thay câu mẫu bằng nội dung tin. "
            "Tin chưa xong thì thêm dòng `draft: true` vào phần đầu tệp",
            "the post still holds the template sentence “Viết nội dung tin ở đây…” of scripts/new-post",
        ),
    ],
)
def test_messages_say_what_and_how_vietnamese_first(found, is_post, vietnamese, english):
    parts = unfinished.message(found, is_post)
    error = frontmatter.error("docs/vi/tin-tuc/x.md", 9, parts[:2], parts[2:])
    vi_part, en_part = halves(str(error), "docs/vi/tin-tuc/x.md:9: ")
    assert vietnamese in vi_part and english in en_part

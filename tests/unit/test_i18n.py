"""Unit tests of hooks/lib/i18n/ (no MkDocs needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hooks.lib import i18n
from tests.support.messages import halves
from tests.support.strings import ui_strings


@pytest.mark.parametrize(
    "text, slug",
    [
        ("Đông Khê", "dong-khe"),
        ("Đằng Giang", "dang-giang"),
        ("Đổng Quốc Bình", "dong-quoc-binh"),
        ("II.3. Các hoạt động của Tuần lễ", "ii-3-cac-hoat-dong-cua-tuan-le"),
        ("Khẩu hiệu tuyên truyền <code>tham khảo</code>", "khau-hieu-tuyen-truyen-tham-khao"),
        ("Học tập suốt đời là chìa khóa!", "hoc-tap-suot-doi-la-chia-khoa"),
        ("Lifelong Learning Week", "lifelong-learning-week"),
    ],
)
def test_slugify_folds_vietnamese_and_keeps_d(text, slug):
    assert i18n.slugify(text, "-") == slug


def test_slugify_handles_decomposed_input():
    import unicodedata

    assert i18n.slugify(unicodedata.normalize("NFD", "Thư viện Đông Khê")) == "thu-vien-dong-khe"


@pytest.mark.parametrize(
    "src, url",
    [
        ("index.md", ""),
        ("hoat-dong.md", "hoat-dong/"),
        ("tai-nguyen/index.md", "tai-nguyen/"),
        ("resources/khan-academy.md", "resources/khan-academy/"),
    ],
)
def test_src_to_url(src, url):
    assert i18n.src_to_url(src) == url


@pytest.mark.parametrize(
    "lang, page, twin, href",
    [
        ("vi", "index.md", "index.md", "en/"),
        ("vi", "khau-hieu.md", "slogans.md", "../en/slogans/"),
        ("en", "slogans.md", "khau-hieu.md", "../../khau-hieu/"),
        ("en", "2022/index.md", "2022/index.md", "../../2022/"),  # same folder name in both languages
        ("vi", "2022/lich-hoat-dong/index.md", "2022/schedule/index.md", "../../en/2022/schedule/"),
        ("en", "index.md", "index.md", "../"),
    ],
)
def test_switch_href_is_relative_to_the_page(lang, page, twin, href):
    assert i18n.switch_href(lang, page, twin) == href


def test_twin_link_from_each_language():
    assert i18n.twin_link("vi", "activities.md") == "en/activities/"
    assert i18n.twin_link("en", "hoat-dong.md") == "../hoat-dong/"
    assert i18n.twin_link("en", "index.md") == "../"


@pytest.mark.parametrize(
    "name, ok",
    [
        ("hoat-dong.md", True),
        ("tai-nguyen/abc-1.md", True),
        ("Hoạt động.md", False),
        ("My Page.md", False),
    ],
)
def test_check_source_name(name, ok):
    problem = i18n.check_source_name(name)
    assert (problem is None) == ok
    if not ok:
        assert "Đổi tên thành" in problem[1] and "Rename it to" in problem[3]


def test_check_source_name_suggests_folded_slug():
    vi_problem, vi_fix, en_problem, en_fix = i18n.check_source_name("Hoạt động.md")
    assert vi_problem == "tên tệp 'Hoạt động.md' không thành được địa chỉ trang dễ đọc"
    assert vi_fix.endswith("Đổi tên thành 'hoat-dong.md'") and en_fix.endswith("Rename it to 'hoat-dong.md'")
    assert i18n.source_name_warning("docs/vi/Hoạt động.md", (vi_problem, vi_fix, en_problem, en_fix)) == (
        "docs/vi/Hoạt động.md: tên tệp 'Hoạt động.md' không thành được địa chỉ trang dễ đọc. Chỉ dùng chữ thường "
        "không dấu, chữ số và dấu gạch ngang (không dấu tiếng Việt, dấu cách hay chữ hoa). Đổi tên thành "
        "'hoat-dong.md'. (EN: file name 'Hoạt động.md' is not a readable URL. Use lowercase ASCII letters, digits "
        "and hyphens only (no diacritics, spaces or capitals). Rename it to 'hoat-dong.md'.)"
    )


def _pages(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pages.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_page_pairs_keeps_order_and_lines(tmp_path):
    pairs = i18n.load_page_pairs(
        _pages(tmp_path, "- vi: index.md\n  en: index.md\n- vi: hoat-dong.md\n  en: activities.md\n")
    )
    assert [(p.vi, p.en, p.line) for p in pairs] == [("index.md", "index.md", 1), ("hoat-dong.md", "activities.md", 3)]


@pytest.mark.parametrize(
    "text, where, vietnamese, english",
    [
        ("- vi: index.md\n", "data/pages.yml:1:", "thiếu tên tệp 'en:'", "missing 'en:' file name"),
        (
            "- vi: index.md\n  en: index.md\n  fr: index.md\n",
            "data/pages.yml:1:",
            "không dùng được trường 'fr'",
            "unknown key 'fr'",
        ),
        (
            "- vi: index.md\n  en: [oops\n",
            "data/pages.yml:3:",
            "lỗi cách viết ở cột 1",
            "YAML syntax error at column 1",
        ),
        (
            "- vi: a.md\n  en: a.md\n- vi: a.md\n  en: b.md\n",
            "data/pages.yml:3:",
            "'a.md' đã có trong một cặp ở dòng 1",
            "'a.md' is already paired on line 1",
        ),
        (
            "- vi: Trang chủ.md\n  en: index.md\n",
            "data/pages.yml:1:",
            "tên tệp 'Trang chủ.md' không thành được địa chỉ trang dễ đọc",
            "file name 'Trang chủ.md' is not a readable URL",
        ),
        ("vi: index.md\n", "data/pages.yml:1:", "tệp phải là một danh sách trang", "expected a list of pages"),
    ],
)
def test_load_page_pairs_errors_are_located(tmp_path, text, where, vietnamese, english):
    with pytest.raises(i18n.PagesFileError) as err:
        i18n.load_page_pairs(_pages(tmp_path, text))
    vi_part, en_part = halves(str(err.value), where)
    assert vi_part.startswith(vietnamese) and en_part.startswith(english), str(err.value)


def test_twin_source_prefers_front_matter_then_pairs_then_home():
    pairs = [i18n.PagePair("hoat-dong.md", "activities.md", 1)]
    assert i18n.twin_source("vi", "hoat-dong.md", pairs, {}) == "activities.md"
    assert i18n.twin_source("en", "activities.md", pairs, {}) == "hoat-dong.md"
    assert i18n.twin_source("vi", "tai-nguyen/x.md", pairs, {"alternate": "resources/x.md"}) == "resources/x.md"
    assert i18n.twin_source("vi", "lost.md", pairs, {}) == "index.md"


def test_hreflang_links_are_absolute_and_x_default_is_vietnamese():
    links = dict(i18n.hreflang_links("en", "activities.md", "hoat-dong.md", "https://example.org/site/en/"))
    assert links == dict(i18n.hreflang_links("vi", "hoat-dong.md", "activities.md", "https://example.org/site"))
    assert links == {
        "vi": "https://example.org/site/hoat-dong/",
        "en": "https://example.org/site/en/activities/",
        "x-default": "https://example.org/site/hoat-dong/",
    }


def test_missing_translation_message_names_file_to_create():
    msg = i18n.missing_translation_message(
        "en", i18n.PagePair("van-ban.md", "document.md", 14), {"vi": "docs/vi", "en": "docs/en"}
    )
    assert msg == (
        "docs/en/document.md: thiếu tệp này. Tạo tệp với bản tiếng Anh của docs/vi/van-ban.md (cặp trang "
        "được ghi ở data/pages.yml:14). (EN: docs/en/document.md is missing. Create it with the English "
        "version of docs/vi/van-ban.md (the pair is listed in data/pages.yml:14).)"
    )


def test_dates_in_the_site_format():
    from datetime import date

    assert i18n.format_date(date(2022, 10, 3), ui_strings("vi")) == "03/10/2022"
    assert i18n.format_date(date(2022, 10, 3), ui_strings("en")) == "3 October 2022"
    assert i18n.format_date_range(date(2022, 10, 1), date(2022, 10, 7), ui_strings("vi")) == "01–07/10/2022"
    assert i18n.format_date_range(date(2022, 10, 1), date(2022, 10, 7), ui_strings("en")) == "1–7 October 2022"
    assert (
        i18n.format_date_range(date(2022, 9, 29), date(2022, 10, 3), ui_strings("en"))
        == "29 September 2022 – 3 October 2022"
    )

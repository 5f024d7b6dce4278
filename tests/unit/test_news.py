"""Unit tests of hooks/lib/news/ (no MkDocs needed)."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

import pytest

from hooks.lib import i18n
from hooks.lib.content import lastupdated
from hooks.lib.data.wardnames import ward_forms
from hooks.lib.news import feed as news_feed
from hooks.lib.news import listing as news
from hooks.lib.news import model as news_model
from hooks.lib.news import newpost as news_newpost
from hooks.lib.news import posts as news_posts
from tests.support.messages import halves
from tests.support.project import ROOT
from tests.support.strings import ui_strings

D = "docs/vi/tin-tuc/2022-10-02-ra-quan.md"


def post_text(*lines: str, body: str = "Đoạn đầu tiên của tin.\n") -> str:
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n\n" + body


@pytest.fixture(scope="module")
def parse(site_data):
    """``parse(text, name, lang)``: a post parsed against the real categories and wards of data/."""
    categories = news.load_categories(ROOT / "data" / "news-categories.yml")
    wards = ward_forms(site_data.wards)  # as hook_news passes them: ids with the names staff may write

    def parse_post(text: str, name: str = "2022-10-02-ra-quan.md", lang: str = "vi"):
        folder = news_model.NEWS_DIR[lang]
        return news_posts.parse_post(text, lang, f"{folder}/{name}", f"docs/{lang}/{folder}/{name}", categories, wards)

    return parse_post


@pytest.mark.parametrize(
    "day, lang, text",
    [
        (dt.date(2022, 10, 1), "vi", "01/10/2022"),
        (dt.date(2022, 10, 1), "en", "1 October 2022"),
        (dt.date(2022, 12, 25), "vi", "25/12/2022"),
        (dt.date(2022, 2, 7), "en", "7 February 2022"),
    ],
)
def test_format_date(day, lang, text):
    assert i18n.format_date(day, ui_strings(lang)) == text


def test_format_month():
    assert i18n.format_month(2022, 10, ui_strings("vi")) == "tháng 10/2022"
    assert i18n.format_month(2022, 10, ui_strings("en")) == "October 2022"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2022-10-01", dt.date(2022, 10, 1)),
        ("2022-02-30", None),
        ("2022-13-01", None),
        ("01/10/2022", None),
        ("", None),
        ("2024-02-29", dt.date(2024, 2, 29)),
    ],
)
def test_parse_date(text, expected):
    assert news_model.parse_date(text) == expected


def test_parse_post_reads_all_fields(parse):
    post = parse(
        post_text(
            "title: Phường Máy Chai ra quân",
            "date: 2022-10-02",
            "ward: may-chai",
            "categories: [tuyen-truyen, hoat-dong]",
            "tags: [băng rôn]",
            "sample: true",
            "alternate: news/2022-10-02-may-chai-banners.md",
        ),
        lang="vi",
    )
    assert (post.title, post.date, post.slug, post.ward) == (
        "Phường Máy Chai ra quân",
        dt.date(2022, 10, 2),
        "ra-quan",
        "may-chai",
    )
    assert post.categories == ["tuyen-truyen", "hoat-dong"] and post.tags == ["băng rôn"]
    assert post.sample and not post.draft
    assert post.alternate == "news/2022-10-02-may-chai-banners.md"
    assert post.description == "Đoạn đầu tiên của tin."
    assert post.url == "tin-tuc/2022-10-02-ra-quan/" and post.site_url == "tin-tuc/2022-10-02-ra-quan/"


def test_english_post_site_url_has_prefix(parse):
    post = parse(post_text("title: T", "date: 2022-10-02"), name="2022-10-02-banners.md", lang="en")
    assert post.site_url == "en/news/2022-10-02-banners/"


@pytest.mark.parametrize(
    "lines, where, vietnamese, english",
    [
        (
            ["title: T"],
            f"{D}:1:",
            "tin chưa có ngày đăng (`date:`). Thêm `date: 2022-10-02`",
            "the post has no `date:`. Add `date: 2022-10-02`",
        ),
        (
            ["title: T", "date: 2022-02-30"],
            f"{D}:3:",
            "ngày `2022-02-30` không có thật.",
            "the date `2022-02-30` does not exist. Write a real date as YYYY-MM-DD.",
        ),
        (
            ["title: T", "date: 02/10/2022"],
            f"{D}:3:",
            "ngày `02/10/2022` không viết theo dạng NĂM-THÁNG-NGÀY.",
            "the date `02/10/2022` is not in the form YYYY-MM-DD.",
        ),
        (
            ["title: T", "date: 2022-10-03"],
            f"{D}:3:",
            "`date: 2022-10-03` khác ngày trong tên tệp (2022-10-02).",
            "`date: 2022-10-03` does not match the date in the file name (2022-10-02).",
        ),
        (
            ["title: T", "date: 2022-10-02", "categories:", "  - tuyen-truyen", "  - hoat-dongg"],
            f"{D}:6:",
            "không có chuyên mục `hoat-dongg`. Có phải là `hoat-dong`?",
            "unknown category `hoat-dongg`. Did you mean `hoat-dong`?",
        ),
        (
            ["title: T", "date: 2022-10-02", "categories: [Thư viện]"],
            f"{D}:4:",
            "không có chuyên mục `Thư viện`.",
            "unknown category `Thư viện`.",
        ),
        (
            ["title: T", "date: 2022-10-02", "ward: may-chay"],
            f"{D}:4:",
            "không có phường mã `may-chay`. Có phải là `may-chai`?",
            "unknown ward `may-chay`. Did you mean `may-chai`?",
        ),
        (
            ["title: T", "date: 2022-10-02", "ward: Máy Tơ"],
            f"{D}:4:",
            "`Máy Tơ` là tên phường, không phải mã phường. Viết mã phường: `ward: may-to`",
            "`Máy Tơ` is the ward's name, not its id. Write the ward's id: `ward: may-to`",
        ),
        (
            ["title: T", "date: 2022-10-02", "ward: may to"],
            f"{D}:4:",
            "`may to` là tên phường, không phải mã phường. Viết mã phường: `ward: may-to`",
            "Write the ward's id: `ward: may-to`",
        ),
        (
            ["title: T", "date: 2022-10-02", 'ward: "Phường Đông Khê"'],
            f"{D}:4:",
            "`Phường Đông Khê` là tên phường, không phải mã phường. Viết mã phường: `ward: dong-khe`",
            "Write the ward's id: `ward: dong-khe`",
        ),
        (["date: 2022-10-02"], f"{D}:1:", "tin chưa có tiêu đề (`title:`).", "the post has no `title:`."),
        (
            ["title: T", "date: 2022-10-02", "draft: maybe"],
            f"{D}:4:",
            "`draft:` chỉ nhận `true` hoặc `false`, không nhận `maybe`",
            "`draft:` must be `true` or `false`, not `maybe`",
        ),
        (
            ["title: T", "date: 2022-10-02", "catgories: [hoat-dong]"],
            f"{D}:4:",
            "không có trường `catgories`; có phải là `categories`?",
            "unknown key `catgories`. Did you mean `categories`?",
        ),
        (
            ["title: T: with colon", "date: 2022-10-02"],
            f"{D}:2:",
            "tiêu đề (`title`) có dấu hai chấm",
            "the value of `title` contains a colon",
        ),
        (
            ["title: T", "date: 2022-10-02", "draft: yes"],
            f"{D}:4:",
            "không nhận `yes`",
            "must be `true` or `false`, not `yes`",
        ),
        (
            ["title: T", "date: &d 2022-10-02", "ward: *d"],
            f"{D}:4:",
            "không dùng được cách viết tắt `*tên`",
            "YAML aliases (`*name`) are not supported",
        ),
        (
            ["title: T", "date: 2022-10-02", "alternate: en/news/2022-10-02-x.md"],
            f"{D}:4:",
            "`alternate: en/news/2022-10-02-x.md` phải chỉ tới bản tiếng Anh của tin",
            "`alternate: en/news/2022-10-02-x.md` must name the English post",
        ),
    ],
)
def test_parse_post_errors_are_located(lines, where, vietnamese, english, parse):
    with pytest.raises(news_model.NewsError) as err:
        parse(post_text(*lines))
    vi_part, en_part = halves(str(err.value), where)
    assert vietnamese in vi_part and english in en_part, str(err.value)


def test_category_label_typo_suggests_id(parse):
    with pytest.raises(news_model.NewsError, match="Có phải là `thu-vien`.*Did you mean `thu-vien`"):
        parse(post_text("title: T", "date: 2022-10-02", "categories: [Thư viện và văn hoá đọc]"))


def test_no_front_matter_and_bad_file_name(parse):
    with pytest.raises(
        news_model.NewsError, match=rf"^{D}:1: tin chưa có phần đầu tệp .*\(EN: the post has no front matter"
    ):
        parse("Chỉ có nội dung.\n")
    with pytest.raises(
        news_model.NewsError,
        match=r"tin-tuc/Ra Quan\.md:1: tên tệp `Ra Quan\.md` phải có dạng "
        r"`NĂM-THÁNG-NGÀY-tieu-de-ngan\.md`.*\(EN: the file name",
    ):
        parse(post_text("title: T", "date: 2022-10-02"), name="Ra Quan.md")


def _post(parse, name, lang="vi", **fields):
    lines = [f"title: {fields.pop('title', name)}", f"date: {name[:10]}"] + [f"{k}: {v}" for k, v in fields.items()]
    return parse(post_text(*lines), name=name, lang=lang)


def test_duplicate_slug_names_both_files(parse):
    a, b = _post(parse, "2022-10-01-ra-quan.md"), _post(parse, "2022-10-02-ra-quan.md")
    with pytest.raises(news_model.NewsError) as err:
        news_posts.check_posts([a, b], {})
    vi_part, en_part = halves(str(err.value), "docs/vi/tin-tuc/2022-10-02-ra-quan.md:1:")
    assert vi_part.startswith(
        "tên tin `ra-quan` (phần sau ngày trong tên tệp) trùng với docs/vi/tin-tuc/2022-10-01-ra-quan.md."
    )
    assert en_part.startswith("duplicate slug `ra-quan`: docs/vi/tin-tuc/2022-10-01-ra-quan.md already uses it.")


def test_alternate_must_exist(parse):
    en = _post(parse, "2022-10-02-banners.md", lang="en", alternate="tin-tuc/2022-10-02-missing.md")
    with pytest.raises(news_model.NewsError, match="không có tệp này trong docs/vi/.*does not exist in docs/vi/"):
        news_posts.check_posts([en], {})


def test_twins_and_untranslated_entries(parse):
    vi1, vi2 = _post(parse, "2022-10-01-khai-mac.md"), _post(parse, "2022-10-05-hoc-truc-tuyen.md")
    en1 = _post(parse, "2022-10-01-launch.md", lang="en", alternate="tin-tuc/2022-10-01-khai-mac.md")
    news_posts.pair_twins([vi1, vi2], [en1])
    assert vi1.alternate == "news/2022-10-01-launch.md" and vi2.alternate is None
    en_entries = news.entries_for("en", [en1], [vi1, vi2])
    assert [(e.post.src_uri, e.untranslated, e.link) for e in en_entries] == [
        ("tin-tuc/2022-10-05-hoc-truc-tuyen.md", True, "../tin-tuc/2022-10-05-hoc-truc-tuyen/"),
        ("news/2022-10-01-launch.md", False, "news/2022-10-01-launch/"),
    ]
    # Vietnamese is the source language: the Vietnamese list never shows English-only posts.
    assert [e.post for e in news.entries_for("vi", [vi1, vi2], [en1])] == [vi2, vi1]


def test_paginate_and_listing_sources():
    assert [len(p) for p in news.paginate(list(range(23)))] == [10, 10, 3]
    assert news.paginate([]) == [[]]
    assert news.listing_src("vi", "page", 1) == "tin-tuc/index.md"
    assert news.listing_src("en", "page", 2) == "news/page-2.md"
    assert news.listing_src("vi", "category", "thu-vien") == "tin-tuc/chuyen-muc/thu-vien.md"
    assert news.listing_src("en", "archive", "2022-10") == "news/archive/2022-10.md"


def test_summary_from_markdown():
    body = "# Tiêu đề\n\n!!! note\n    ghi chú\n\nĐoạn **một** với [liên kết](x.md)\nvà dòng hai.\n\nĐoạn hai."
    assert news_posts.summary_from_markdown(body) == "Đoạn một với liên kết và dòng hai."
    assert news_posts.summary_from_markdown("a " * 400, limit=20).endswith("…")


def test_rss_is_valid_with_absolute_links(parse):
    vi = _post(parse, "2022-10-05-hoc-truc-tuyen.md", title="Học <trực tuyến> & số", sample="true")
    en = _post(parse, "2022-10-01-launch.md", lang="en")
    entries = news.entries_for("en", [en], [vi])
    data = news_feed.build_rss("en", "https://example.gov.vn/en/", "News", entries, ui_strings("en"))
    channel = ET.fromstring(data).find("channel")
    items = channel.findall("item")
    assert [i.findtext("link") for i in items] == [
        "https://example.gov.vn/tin-tuc/2022-10-05-hoc-truc-tuyen/",
        "https://example.gov.vn/en/news/2022-10-01-launch/",
    ]
    assert items[0].findtext("title") == "[Sample data] Học <trực tuyến> & số"  # in the feed's language
    assert items[1].findtext("title") == "2022-10-01-launch.md"  # real news: its title as written
    assert "Not yet translated" in items[0].findtext("description")
    assert items[0].findtext("pubDate") == "Wed, 05 Oct 2022 08:00:00 +0700"
    assert channel.findtext("link") == "https://example.gov.vn/en/news/"
    assert channel.find("{http://www.w3.org/2005/Atom}link").get("href") == "https://example.gov.vn/en/feed.xml"


HANOI = ZoneInfo("Asia/Ho_Chi_Minh")  # the site's time zone (data/editions/<year>/edition.yml)


def test_parse_git_log_keeps_newest():
    out = "\x001700000300\n\ndocs/vi/a.md\n\x001700000200\n\ndocs/vi/a.md\ndocs/vi/b.md\n"
    assert lastupdated.parse_git_log(out) == {"docs/vi/a.md": 1700000300, "docs/vi/b.md": 1700000200}


def test_updated_info_uses_haiphong_time():
    stamp = dt.datetime(2022, 9, 30, 18, 30, tzinfo=dt.UTC).timestamp()  # 01:30 on 1 Oct in UTC+7
    assert lastupdated.updated_info(stamp, ui_strings("vi"), HANOI)["text"] == "01/10/2022"
    assert lastupdated.updated_info(stamp, ui_strings("en"), HANOI) == {
        "iso": "2022-10-01",
        "text": "1 October 2022",
        "label": "Last updated",
    }


def test_load_categories_errors(tmp_path):
    bad = tmp_path / "c.yml"
    bad.write_text("- id: a\n  vi: A\n  en: A\n- id: a\n  vi: B\n  en: B\n", encoding="utf-8")
    with pytest.raises(
        news_model.NewsError,
        match=r"^data/news-categories.yml:4: chuyên mục `a` được ghi hai lần.*"
        r"\(EN: category `a` is listed twice",
    ):
        news.load_categories(bad)
    bad.write_text("- id: b\n  vi: B\n", encoding="utf-8")
    with pytest.raises(news_model.NewsError, match=r":1: thiếu `en:`.*\(EN: missing `en:`"):
        news.load_categories(bad)


def test_new_post_helper_text_parses(parse):
    day = dt.date(2022, 10, 3)
    name = news_newpost.new_post_name("Phường Đông Khê: học trực tuyến!", day)
    assert name == "2022-10-03-phuong-dong-khe-hoc-truc-tuyen.md"
    post = parse(news_newpost.new_post_text('Phường "Đông Khê": học', day), name=name)
    assert post.draft and post.title == 'Phường "Đông Khê": học' and post.categories == ["hoat-dong"]

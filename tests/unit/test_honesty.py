"""Sample data, withdrawals, corrections, former post names, the share links and the skip link: the pure
helpers (hooks/lib/data/status.py, datapages/removed.py, news/changes.py, opendata/share.py,
content/skiplink.py), without MkDocs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from datetime import datetime
from types import SimpleNamespace

import pytest
import yaml

from hooks.lib.content.skiplink import title_anchor
from hooks.lib.data.refs import RecordKind
from hooks.lib.data.status import (
    Withdrawal,
    WithdrawnRecord,
    any_sample,
    removed_page_meta,
    sample_title,
    split_withdrawn,
    withdrawn_record,
)
from hooks.lib.datapages import pages as datapages
from hooks.lib.datapages import removed
from hooks.lib.news import changes as news_changes
from hooks.lib.news import listing as news
from hooks.lib.news import model as news_model
from hooks.lib.news import posts as news_posts
from hooks.lib.opendata.share import share_links
from tests.support.project import ROOT
from tests.support.strings import ui_strings

MOMENT = datetime(2026, 11, 28, tzinfo=dt.UTC)


# --- Sample data and withdrawals (data/status.py) ----------------------------------------------------


def test_sample_title_is_the_one_prefix_of_every_output():
    assert sample_title("Lễ phát động", "Dữ liệu mẫu", True) == "[Dữ liệu mẫu] Lễ phát động"
    assert sample_title("Launch", "Sample data", True) == "[Sample data] Launch"
    assert sample_title("Launch", "Sample data", False) == "Launch"


def test_split_withdrawn_keeps_order_and_any_sample_reads_the_flag():
    a, b, c = (
        SimpleNamespace(id=i, withdrawn=w, sample=s)
        for i, w, s in (("a", None, False), ("b", Withdrawal(dt.date(2022, 10, 5)), True), ("c", None, True))
    )
    assert split_withdrawn([a, b, c]) == ((a, c), (b,))
    assert any_sample([a, c]) and not any_sample([a])


def test_removed_page_front_matter_hides_it_everywhere_and_names_no_one():
    meta = removed_page_meta(Withdrawal(dt.date(2022, 10, 5), {"vi": "Đăng nhầm."}), "Nội dung đã gỡ")
    assert meta == {"title": "Nội dung đã gỡ", "hidden": True, "search": {"exclude": True}, "withdrawn": "2022-10-05"}


def test_withdrawal_reason_per_language():
    gone = Withdrawal(dt.date(2022, 10, 5), {"vi": " Hủy. ", "en": ""})
    assert gone.reason_in("vi") == "Hủy." and gone.reason_in("en") is None


@pytest.fixture(scope="module")
def withdrawn_data(site_data):
    """The real data with resource `mit-opencourseware` (alias `mit-ocw`) and activity
    `luan-chuyen-sach-cau-tre` withdrawn, as data/load.py leaves them."""
    resource = dataclasses.replace(
        site_data.resources_by_id["mit-opencourseware"],
        withdrawn=Withdrawal(dt.date(2022, 10, 5), {"vi": "Hết hạn.", "en": "Expired."}),
    )
    activity = dataclasses.replace(
        site_data.activity(2022, "luan-chuyen-sach-cau-tre"), withdrawn=Withdrawal(dt.date(2022, 10, 2))
    )
    edition = site_data.current
    return dataclasses.replace(
        site_data,
        resources=tuple(r for r in site_data.resources if r.id != resource.id),
        editions=(
            dataclasses.replace(edition, activities=tuple(a for a in edition.activities if a.id != activity.id)),
        ),
        withdrawn=(
            withdrawn_record(RecordKind.RESOURCE, resource),
            withdrawn_record(RecordKind.ACTIVITY, activity, edition.records_prefix),
        ),
    )


def test_withdrawn_record_keeps_its_addresses():
    record = WithdrawnRecord(
        RecordKind.RESOURCE, "mit-opencourseware", Withdrawal(dt.date(2022, 10, 5)), aliases=("mit-ocw",)
    )
    assert removed.record_addresses(record, "en") == ["resources/mit-opencourseware.md", "resources/mit-ocw.md"]
    later = WithdrawnRecord(RecordKind.ACTIVITY, "x", Withdrawal(dt.date(2023, 10, 5)), prefix="2023/")
    assert removed.record_addresses(later, "vi") == ["2023/lich-hoat-dong/x.md"]


@pytest.mark.parametrize(
    "lang, srcs, text, back",
    [
        (
            "vi",
            ["tai-nguyen/mit-opencourseware.md", "tai-nguyen/mit-ocw.md", "lich-hoat-dong/luan-chuyen-sach-cau-tre.md"],
            "05/10/2022",
            ("Tài nguyên học tập", "tai-nguyen/"),
        ),
        (
            "en",
            ["resources/mit-opencourseware.md", "resources/mit-ocw.md", "schedule/luan-chuyen-sach-cau-tre.md"],
            "5 October 2022",
            ("Learning resources", "resources/"),
        ),
    ],
)
def test_a_withdrawn_record_leaves_a_removed_page_at_every_address(withdrawn_data, lang, srcs, text, back):
    specs = datapages.DataPages(withdrawn_data, lang, "https://example.org/", ui_strings(lang), MOMENT).pages()
    removed = [s for s in specs if s.template == "data/withdrawn.html"]
    assert [s.src for s in removed] == srcs
    first = removed[0]
    view = first.context["removed"]
    assert (view.date, view.date_iso, (view.back_label, view.back_url)) == (text, "2022-10-05", back)
    assert view.reason == {"vi": "Hết hạn.", "en": "Expired."}[lang]
    meta = yaml.safe_load(first.markdown("").split("---\n", 2)[1])
    assert meta["hidden"] is True and meta["search"] == {"exclude": True} and meta["withdrawn"] == "2022-10-05"
    assert "kind" not in meta and "MIT" not in first.markdown("")  # no record, no title: nothing of it is left
    # ... and it is in no list: the schedule, the catalogue, the ward page.
    listed = {s.src: s for s in specs}
    schedule = listed[{"vi": "lich-hoat-dong/index.md", "en": "schedule/index.md"}[lang]]
    shown = schedule.context["schedule"]
    listed_ids = [a.id for day in shown.days for a in day.activities] + [a.id for a in shown.several_days]
    assert "luan-chuyen-sach-cau-tre" not in listed_ids and "le-phat-dong-cau-dat" in listed_ids
    catalogue = listed[{"vi": "tai-nguyen/index.md", "en": "resources/index.md"}[lang]]
    assert "mit-opencourseware" not in [r.id for r in catalogue.context["resources"]]


# --- News: corrections, withdrawal, former names (news/changes.py) ------------------------------------


def post_text(*lines: str) -> str:
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n\nĐoạn đầu.\n"


@pytest.fixture(scope="module")
def parse(site_data):
    categories = news.load_categories(ROOT / "data" / "news-categories.yml")
    wards = [w.id for w in site_data.wards]

    def parse_post(*lines: str, name: str = "2022-10-04-ra-quan.md", lang: str = "vi"):
        folder = news_model.NEWS_DIR[lang]
        return news_posts.parse_post(
            post_text("title: Ra quân", f"date: {name[:10]}", *lines),
            lang,
            f"{folder}/{name}",
            f"docs/{lang}/{folder}/{name}",
            categories,
            wards,
        )

    return parse_post


def test_corrections_withdrawal_and_aliases_are_read(parse):
    post = parse(
        "corrections:",
        "  - date: 2022-10-07",
        "    note: Sửa giờ.",
        "  - date: 2022-10-05",
        "    note: Sửa   tên.",
        "withdrawn: 2022-10-08",
        "withdrawn_reason: Đăng nhầm.",
        "aliases: [2022-10-01-ra-quan]",
    )
    assert [(c.date.isoformat(), c.note) for c in post.corrections] == [
        ("2022-10-05", "Sửa tên."),
        ("2022-10-07", "Sửa giờ."),
    ]
    assert post.withdrawn == Withdrawal(dt.date(2022, 10, 8), {"vi": "Đăng nhầm."})
    assert post.aliases == ("2022-10-01-ra-quan",) and post.stem == "2022-10-04-ra-quan"


@pytest.mark.parametrize(
    "lines, where, phrase",
    [
        (("withdrawn: 2022-10-31x",), ":4:", "`withdrawn` must be a real date as YYYY-MM-DD"),
        (("withdrawn: 2022-10-03",), ":4:", "the `withdrawn` date (2022-10-03) is before the post's date (2022-10-04)"),
        (("withdrawn_reason: Nhầm.",), ":4:", "`withdrawn_reason:` without a `withdrawn:` date"),
        (("corrections:", "  - date: 2022-10-05"), ":5:", "each correction needs exactly `date:` and `note:`"),
        (("corrections:", "  - date: 2022-09-30", "    note: x"), ":5:", "the `date` date (2022-09-30) is before"),
        (("corrections: Sửa giờ",), ":4:", "`corrections:` must be a list"),
        (
            ("aliases: [2022-10-04-ra-quan]",),
            ":4:",
            "lists the post's former file names, without .md, other than its own",
        ),
        (("aliases: [Ra Quan.md]",), ":4:", "(found `Ra Quan.md`)"),
    ],
)
def test_bad_changes_are_located_vietnamese_first(parse, lines, where, phrase):
    with pytest.raises(news_model.NewsError) as err:
        parse(*lines)
    message = str(err.value)
    assert message.startswith("docs/vi/tin-tuc/2022-10-04-ra-quan.md" + where), message
    assert phrase in message and message.index("(EN: ") < message.index(phrase), message


def test_an_alias_may_not_be_another_posts_name(parse):
    old = parse(name="2022-10-01-khai-mac.md")
    renamed = parse("aliases: [2022-10-01-khai-mac]")
    with pytest.raises(news_model.NewsError, match=r"already the name or a former name of docs/vi/tin-tuc/2022-10-01"):
        news_posts.check_posts([old, renamed], {})
    news_posts.check_posts([renamed], {})  # once the old file is gone (renamed), the alias is fine


def test_alias_redirects_point_at_the_post(parse):
    post = parse("aliases: [2022-10-01-ra-quan, 2022-10-02-ra-quan]")
    gone = parse("withdrawn: 2022-10-05", "aliases: [2022-10-01-cu]", name="2022-10-04-khac.md")
    redirects = news_changes.alias_redirects([post, gone], "https://example.org/", "Nội dung đã gỡ")
    assert [(url, r["target"], r["canonical"], r["title"]) for url, r in redirects] == [
        (
            "tin-tuc/2022-10-01-ra-quan/",
            "tin-tuc/2022-10-04-ra-quan/",
            "https://example.org/tin-tuc/2022-10-04-ra-quan/",
            "Ra quân",
        ),
        (
            "tin-tuc/2022-10-02-ra-quan/",
            "tin-tuc/2022-10-04-ra-quan/",
            "https://example.org/tin-tuc/2022-10-04-ra-quan/",
            "Ra quân",
        ),
        (
            "tin-tuc/2022-10-01-cu/",
            "tin-tuc/2022-10-04-khac/",
            "https://example.org/tin-tuc/2022-10-04-khac/",
            "Nội dung đã gỡ",
        ),  # a withdrawn post's title is not repeated anywhere
    ]
    # hreflang of a redirect page: itself, and the twin (here none yet: the English news list).
    assert redirects[0][1]["alternates"] == (
        ("vi", "https://example.org/tin-tuc/2022-10-01-ra-quan/"),
        ("en", "https://example.org/en/news/"),
        ("x-default", "https://example.org/tin-tuc/2022-10-01-ra-quan/"),
    )


# --- Share links, skip link ---------------------------------------------------------------------------


def test_share_links_encode_the_whole_address_for_facebook():
    links = share_links("https://hoctapsuotdoi.example/en/schedule/a-b/?x=1&y=2#top", "Title")
    assert links["facebook"] == (
        "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fhoctapsuotdoi.example"
        "%2Fen%2Fschedule%2Fa-b%2F%3Fx%3D1%26y%3D2%23top"
    )
    assert links["url"] == "https://hoctapsuotdoi.example/en/schedule/a-b/?x=1&y=2#top" and links["title"] == "Title"


@pytest.mark.parametrize(
    "html, title, expected",
    [
        (
            "<div><h1>Lịch hoạt động</h1><p>x</p></div>",
            None,
            ('<div><h1 id="lich-hoat-dong">Lịch hoạt động</h1><p>x</p></div>', "lich-hoat-dong", "Lịch hoạt động"),
        ),
        (
            '<h1 class="a">Đổng <em>Quốc</em> Bình &amp; co</h1>',
            None,
            (
                '<h1 id="dong-quoc-binh-co" class="a">Đổng <em>Quốc</em> Bình &amp; co</h1>',
                "dong-quoc-binh-co",
                "Đổng Quốc Bình & co",
            ),
        ),
        ('<h1 id="own">A</h1>', None, ('<h1 id="own">A</h1>', "own", "A")),
        (
            '<p id="tin-tuc-moi">list</p>',
            "Tin tức & mới",
            (
                '<h1 id="tin-tuc-moi-1">Tin tức &amp; mới</h1>\n<p id="tin-tuc-moi">list</p>',
                "tin-tuc-moi-1",
                "Tin tức & mới",
            ),
        ),
        ("<p>no heading</p>", None, None),
    ],
)
def test_title_anchor_gives_the_first_heading_an_id_first(html, title, expected):
    assert title_anchor(html, title) == expected

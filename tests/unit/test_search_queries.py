"""What people type and what comes first: kind labels, joined syllables, typos, a record's own page.

Like tests/unit/test_search_index.py, the queries run in the real worker file under node, over a small
Material-shaped index (the mechanism, with the case that must *not* happen beside it) and over the real
built site's index (the literal first result for the queries of issue 14).
"""

from __future__ import annotations

import re

import pytest

from hooks.lib.search import index as search_index
from hooks.lib.search.kinds import kind_labels, page_kind
from tests.support.node import WORKER, run_node
from tests.support.search import NODE_SEARCH, built_index, material_doc, material_index, page, pages, search
from tests.support.strings import ui_strings

VI_LABELS = {
    "activity": "Hoạt động",
    "resource": "Tài nguyên",
    "ward": "Phường",
    "library": "Thư viện",
    "honour": "Gương điển hình",
    "news": "Tin tức",
    "page": "Trang",
}
EN_LABELS = {
    "activity": "Activity",
    "resource": "Resource",
    "ward": "Ward",
    "library": "Library",
    "honour": "Honour roll",
    "news": "News",
    "page": "Page",
}


def label_of(item: dict) -> str | None:
    """The kind label the worker put before a result's title, if any."""
    match = re.match(
        r'<span class="vn-search-kind">(.*?)<span class="vn-search-kind__separator">: </span></span>', item["title"]
    )
    return match.group(1) if match else None


# ---------------------------------------------------------------- kinds


@pytest.mark.parametrize(
    "lang, src, meta, kind",
    [
        ("vi", "phuong/lach-tray.md", {"kind": "ward", "record_id": "lach-tray"}, "ward"),
        ("vi", "tai-nguyen/khan-academy-vi.md", {"kind": "resource", "record_id": "khan-academy-vi"}, "resource"),
        ("en", "schedule/x.md", {"kind": "activity", "record_id": "x"}, "activity"),
        ("vi", "thu-vien/x.md", {"kind": "library", "record_id": "x"}, "library"),
        ("en", "2022/honour-roll/x.md", {"kind": "honour", "record_id": "x", "edition": 2022}, "honour"),
        ("vi", "tin-tuc/2022-10-02-may-chai-treo-bang-ron.md", {}, "news"),
        ("en", "news/2022-10-02-may-chai-banners.md", {}, "news"),
        ("vi", "tin-tuc/index.md", {}, "page"),  # the news list is a page, not a post
        ("vi", "tin-tuc/chuyen-muc/tuyen-truyen.md", {}, "page"),
        ("vi", "news/2022-10-02-x.md", {}, "page"),  # the other language's news folder
        ("vi", "bo-bang-ron/index.md", {}, "page"),
        ("vi", "khau-hieu.md", {"kind": "slogan"}, "page"),  # not a record kind: a plain page
    ],
)
def test_page_kind_comes_from_front_matter_or_the_news_folder(lang, src, meta, kind):
    assert page_kind(lang, src, meta) == kind


def test_kind_labels_are_the_ui_strings_of_each_language():
    assert kind_labels(ui_strings("vi").search.kinds) == VI_LABELS
    assert kind_labels(ui_strings("en").search.kinds) == EN_LABELS


def test_compact_stores_the_kind_once_per_page_and_the_labels_in_the_full_index_only():
    material = material_index(
        material_doc("", "Trang chủ", "<p>Xin chào</p>"),
        material_doc("phuong/lach-tray/", "Phường Lạch Tray", "<p>Phường</p>"),
        material_doc("phuong/lach-tray/#thu-vien", "Thư viện", "<p>A</p>"),
        material_doc("tin-tuc/2022-10-02-x/", "Tin", "<p>B</p>", tags=["băng rôn"]),
    )
    kinds = {"": "page", "phuong/lach-tray/": "ward", "tin-tuc/2022-10-02-x/": "news"}
    compact = search_index.compact(material, "vi", kinds, VI_LABELS)
    assert compact["config"]["kinds"] == VI_LABELS
    assert [row[3:] for row in compact["docs"]] == [
        [],
        [{"kind": "ward"}],
        [],
        [{"tags": ["băng rôn"], "kind": "news"}],
    ]
    assert [d.get("kind") for d in search_index.expand(compact)] == [None, "ward", "ward", "news"]
    assert "kinds" not in search_index.stub(compact)["config"]  # every page fetches the stub: no labels there


def search_with_kinds(material: dict, kinds: dict, *queries: str, labels=VI_LABELS) -> list[dict]:
    index = search_index.compact(material, "vi", kinds, labels)
    return run_node(NODE_SEARCH, {"index": index, "queries": list(queries)}, str(WORKER))


def test_each_result_page_is_labelled_with_its_kind_and_its_sections_are_not():
    material = material_index(
        page("phuong/lach-tray/", "Phường Lạch Tray", "Phường Lạch Tray."),
        page("thu-vien/", "Thư viện", "Danh bạ."),
        page("thu-vien/#lach-tray", "Phường Lạch Tray", "Thư viện phường Lạch Tray."),
        page("tin-tuc/2022-10-02-x/", "Lạch Tray &lt;treo&gt; băng rôn", "Tin Lạch Tray."),
    )
    kinds = {"phuong/lach-tray/": "ward", "tin-tuc/2022-10-02-x/": "news"}
    (result,) = search_with_kinds(material, kinds, "lach tray")
    labels = {item["location"]: label_of(item) for group in result["items"] for item in group}
    assert labels == {
        "phuong/lach-tray/": "Phường",
        "thu-vien/": "Trang",
        "thu-vien/#lach-tray": None,
        "tin-tuc/2022-10-02-x/": "Tin tức",
    }
    news = next(group[0] for group in result["items"] if group[0]["location"].startswith("tin-tuc/"))
    assert "&#60;treo&#62;" in news["title"]  # the title after the label is still escaped
    (english,) = search_with_kinds(material, kinds, "lach tray", labels=EN_LABELS)
    assert label_of(english["items"][0][0]) == "Ward"
    # An index without labels (built before them) shows titles alone
    (bare,) = search(material, "lach tray")
    assert all(label_of(item) is None for group in bare["items"] for item in group)


# ---------------------------------------------------------------- a page's own title before a section's


def test_a_page_titled_with_the_query_ranks_above_a_section_of_a_list_with_that_heading():
    # The libraries list names the ward in its heading and again and again in its text; the ward's
    # own page says it less often but is about nothing else.
    material = material_index(
        page("thu-vien/", "Thư viện, trung tâm học tập cộng đồng", "Danh bạ theo phường."),
        page(
            "thu-vien/#thu-vien-lach-tray",
            "Phường Lạch Tray",
            "Trung tâm học tập cộng đồng phường Lạch Tray. Phường Lạch Tray. Địa chỉ phường Lạch Tray, "
            "hỏi UBND phường Lạch Tray.",
        ),
        page("phuong/lach-tray/", "Phường Lạch Tray", "Phường Lạch Tray"),
        page("phuong/lach-tray/#hoat-dong", "Hoạt động", "Treo băng rôn."),
    )
    (result,) = search(material, "lach tray")
    assert pages(result) == ["phuong/lach-tray/", "thu-vien/"]
    assert result["items"][1][0]["location"] == "thu-vien/#thu-vien-lach-tray"  # still found, second


# ---------------------------------------------------------------- joined syllables

JOINED = material_index(
    page("thu-vien/", "Thư viện quận", "Thư viện và tủ sách."),
    page("khan/", "Khan Academy tiếng Việt", "Bài giảng của Khan Academy (vi.khanacademy.org)."),
    page("thu/", "Mùa thu", "Thu về, viên phấn, vẽ tranh in màu."),
    page("nguyen/", "Tài nguyên", "Tài nguyên học tập. Ngư dân yên tâm."),
)


def test_syllables_typed_without_spaces_find_their_words():
    thuvien, khan, typing, nfc = search(JOINED, "thuvien", "khanacademy", "thuvi", "thưviện")
    assert pages(thuvien) == ["thu-vien/"]  # "thu" and "viên" apart (thu/) are not "thư viện"
    assert "<mark>Thư viện</mark>" in thuvien["items"][0][0]["title"]
    assert pages(khan)[0] == "khan/"
    assert "<mark>Khan Academy</mark>" in khan["items"][0][0]["title"]
    assert pages(typing)[0] == "thu-vien/"  # while typing: the last piece may be unfinished
    assert pages(nfc) == ["thu-vien/"]


def test_a_word_is_not_cut_into_words_that_only_exist_apart_or_that_the_site_uses_less():
    # "vein": "về" and "in" exist, never in a row: no cut (a typo, see below). "nguyen": "ngư yên"
    # exists once, the word itself ("tài nguyên") more: it stays one word.
    vein, nguyen = search(JOINED, "vein ", "nguyen ")
    assert pages(vein)[0] == "thu-vien/"
    assert pages(nguyen) == ["nguyen/"]
    assert "<mark>nguyên</mark>" in nguyen["items"][0][0]["title"]


# ---------------------------------------------------------------- typos


def test_a_word_the_site_does_not_have_is_read_as_the_words_one_edit_away():
    swap, wrong, extra, spelled = search(JOINED, "thu vein", "khan acadamy", "thu viein ", "thu vien")
    for result in (swap, wrong, extra):
        assert result["items"], result
    assert pages(swap)[0] == pages(extra)[0] == "thu-vien/"
    assert "<mark>Thư viện</mark>" in swap["items"][0][0]["title"]
    assert pages(wrong)[0] == "khan/"
    # Below the same words spelled right
    assert swap["items"][0][0]["score"] < spelled["items"][0][0]["score"]


def test_short_words_and_nonsense_are_not_guessed():
    # Three letters are too short to guess from ("thu vei" must not become "thu về"), and nothing
    # on the site is one edit from "xqzwv".
    short, nonsense = search(JOINED, "vei ", "xqzwv")
    assert short == {"items": []}
    assert nonsense == {"items": []}


def test_a_word_the_site_has_is_never_replaced_by_a_guess():
    (result,) = search(JOINED, "thu ")
    assert "thu/" in pages(result)
    assert all(
        "vi" not in group[0]["title"].lower().replace("việt", "")
        for group in result["items"]
        if group[0]["location"] == "thu/"
    )


# ---------------------------------------------------------------- the real site (issue 14)

FIRST = {
    "vi": [
        ("lach tray", "phuong/lach-tray/", "Phường"),
        ("may to", "phuong/may-to/", "Phường"),
        ("bang ronn", "bo-bang-ron/", "Trang"),
        # "thư viện": the district library's own page (IV.3's "thư viện của quận"), then the National Library
        ("thuvien", "thu-vien/thu-vien-quan/", "Thư viện"),
        ("khanacademy", "tai-nguyen/khan-academy-vi/", "Tài nguyên"),
        ("thu vein", "thu-vien/thu-vien-quan/", "Thư viện"),
        ("khan acadamy", "tai-nguyen/khan-academy-vi/", "Tài nguyên"),
        ("thu vien", "thu-vien/thu-vien-quan/", "Thư viện"),
        ("guong dien hinh", "guong-dien-hinh/", "Trang"),
        ("gia dinh hoc tap", "chuong-trinh/gia-dinh-hoc-tap/", "Trang"),
        ("tu sach lop hoc", "chuong-trinh/tu-sach-lop-hoc/", "Trang"),
        ("nguyen van a", "2022/guong-dien-hinh/gia-dinh-may-chai-1/", "Gương điển hình"),
        ("khau hieu", "khau-hieu/", "Trang"),
    ],
    "en": [
        ("lach tray", "wards/lach-tray/", "Ward"),
        ("may to", "wards/may-to/", "Ward"),
        ("banner kt", "banner-kit/", "Page"),
        ("khanacademy", "resources/khan-academy-vi/", "Resource"),
        ("khan acadamy", "resources/khan-academy-vi/", "Resource"),
        ("lifelonglearning", "", "Page"),
        ("honour roll", "honour-roll/", "Page"),
        ("learning family", "programmes/gia-dinh-hoc-tap/", "Page"),
        ("classroom bookshelf", "programmes/tu-sach-lop-hoc/", "Page"),
        ("district library", "libraries/thu-vien-quan/", "Library"),
    ],
}


@pytest.fixture(scope="module")
def real_results(built_site):
    out = {}
    for lang, lang_site in (("vi", built_site), ("en", built_site / "en")):
        queries = [query for query, _, _ in FIRST[lang]]
        out[lang] = dict(
            zip(
                queries,
                run_node(NODE_SEARCH, {"index": built_index(lang_site), "queries": queries}, str(WORKER)),
                strict=True,
            )
        )
    return out


@pytest.mark.parametrize(
    "lang, query, first, label", [(lang, *case) for lang, cases in FIRST.items() for case in cases]
)
def test_real_site_first_result(real_results, lang, query, first, label):
    result = real_results[lang][query]
    assert pages(result)[:1] == [first], pages(result)[:3]
    article = next(item for item in result["items"][0] if "#" not in item["location"])
    assert label_of(article) == label


def test_real_site_sections_of_a_list_come_after_the_record_page(real_results):
    # "lach tray": the libraries list and the schedule have a section headed "Phường Lạch Tray"
    found = pages(real_results["vi"]["lach tray"])
    assert found[:2] == ["phuong/lach-tray/", "thu-vien/"] and "lich-hoat-dong/" in found

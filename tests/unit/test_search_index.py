"""The compact search index (hooks/lib/search/index.py) and the worker's ranking over it.

The ranking tests feed a small Material-shaped index through ``compact()`` into the real worker file
(run by node, which it supports for exactly this), so they test what the browser runs. The last
section checks the index of the real built site (``built_site`` fixture).
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from html import escape as escape_html
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hooks.lib.search import index as search_index
from hooks.lib.search.vnfold import fold, syllables
from scripts import bench_search
from tests.support.node import WORKER, run_node
from tests.support.project import copy_project, run_build
from tests.support.search import NODE_SEARCH, built_index, material_doc, material_index, page, pages, search

# ---------------------------------------------------------------- compaction


def test_plain_text_keeps_blocks_drops_markup_and_entities():
    html = "<p>Tôm &amp; cá  <code>x&lt;y</code></p>\n<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>"
    assert search_index.plain_text(html, blocks=True) == "Tôm & cá x<y\nMột\nHai"
    assert search_index.plain_text("Mục <code>II</code>  &gt; 3", blocks=False) == "Mục II > 3"


def test_block_boundaries_get_whitespace_outside_elements_only():
    html = '<h1 id="p">Phường</h1>\n<dl><dt>Ward</dt><dd><a href="x">Cầu Đất</a></dd></dl><p>a<br>b</p>'
    spaced = search_index.separate_blocks(html)
    assert spaced.startswith("<h1")  # nothing before the first tag (it would open a preface section)
    assert "<dt>Ward</dt> " in spaced and " <dd><a" in spaced and "a <br>b" in spaced
    assert '<h1 id="p">Phường</h1>' in spaced and "<dt>Ward</dt>" in spaced  # element text unchanged
    assert "<span>x</span><span>y</span>" in search_index.separate_blocks("<pre><span>x</span><span>y</span></pre>")


def test_spaced_copy_gives_materials_sections_with_separated_words():
    # Same indexer as the hook: Material's own, fed the spaced copy
    from types import SimpleNamespace

    from material.plugins.search.plugin import SearchIndex
    from mkdocs.structure.toc import get_toc

    html = (
        '<h1 id="dong-khe">Đông Khê</h1>\n<p>Phường.</p>\n<h2 id="thu-vien">Thư viện</h2>\n'
        "<dl><dt>Đơn vị</dt><dd>Khan Academy</dd></dl>"
    )
    toc = get_toc(
        [
            {
                "level": 1,
                "id": "dong-khe",
                "name": "Đông Khê",
                "children": [{"level": 2, "id": "thu-vien", "name": "Thư viện", "children": []}],
            }
        ]
    )

    def index(content):
        idx = SearchIndex()
        idx.add_entry_from_context(
            SimpleNamespace(content=content, toc=toc, url="phuong/dong-khe/", meta={}, title="Đông Khê")
        )
        return idx.entries

    plain, spaced = index(html), index(search_index.separate_blocks(html))
    assert [(e["location"], e["title"]) for e in spaced] == [(e["location"], e["title"]) for e in plain]
    assert "Đơn vịKhan" in plain[1]["text"]  # what Material alone indexes
    assert search_index.plain_text(spaced[1]["text"], blocks=True) == "Đơn vị Khan Academy"


def test_compact_stores_each_page_path_once_and_round_trips():
    material = material_index(
        material_doc("", "Trang chủ", "<p>Xin chào</p>"),
        material_doc("#gioi-thieu", "Giới thiệu", "<p>A</p>"),
        material_doc("phuong/dong-khe/", "Đông Khê", "<p>Phường</p>", tags=["phường"], boost=2),
        material_doc("phuong/dong-khe/#lien-he", "Liên hệ", "<p>B</p>", tags=["phường"], boost=2),
        material_doc("phuong/dang-giang/#ban-do", "Bản đồ", "<p>C</p>"),  # article excluded from search
    )
    compact = search_index.compact(material, "vi")
    assert compact["config"] == {"lang": "vi", "separator": "[\\s\\-]+"}
    assert [row[0] for row in compact["docs"]] == [
        "",
        "#gioi-thieu",
        "phuong/dong-khe/",
        "#lien-he",
        "phuong/dang-giang/#ban-do",
    ]
    assert compact["docs"][2][3] == {"tags": ["phường"], "boost": 2}
    assert len(compact["docs"][3]) == 3  # tags/boost inherited from the page, not repeated
    expanded = search_index.expand(compact)
    assert [d["location"] for d in expanded] == [d["location"] for d in material["docs"]]
    assert expanded[3]["tags"] == ["phường"] and expanded[3]["boost"] == 2
    assert expanded[0]["text"] == "Xin chào"


def test_home_page_without_article_is_not_taken_for_a_section_of_the_previous_page():
    material = material_index(material_doc("a/", "A", ""), material_doc("#x", "X", ""))
    compact = search_index.compact(material, "vi")
    assert compact["docs"][1][0] == "./#x"
    assert search_index.expand(compact)[1]["location"] == "./#x"


def test_dumps_writes_utf8_not_escapes():
    data = search_index.dumps({"config": {}, "docs": [["", "Học tập", ""]]})
    assert "Học tập".encode() in data and b"\\u" not in data


def test_benchmark_counts_search_bytes_of_every_language_against_materials(tmp_path):
    material_indexes = {}
    for prefix, lang in (("", "vi"), ("en/", "en")):
        root = tmp_path / prefix
        material = json.dumps(
            material_index(material_doc("", "Tiêu đề", "<p>" + "nội dung " * 200 + "</p>"), lang=lang)
        ).encode()
        material_indexes[lang] = material
        (root / "search").mkdir(parents=True)
        compact = search_index.compact(json.loads(material), lang)
        (root / "search" / search_index.FULL_FILE).write_bytes(search_index.dumps(compact))
        (root / "search" / "search_index.json").write_bytes(search_index.dumps(search_index.stub(compact)))
        (root / "assets/javascripts/workers").mkdir(parents=True)
        (root / search_index.WORKER).write_text("// worker")
        (root / "assets/javascripts/workers/search.abc.min.js").write_text("// lunr worker " * 50)
    sizes = bench_search.index_sizes(tmp_path, material_indexes)
    assert set(sizes) == {"vi", "en"}
    vi = sizes["vi"]
    files = [
        (tmp_path / "search/search_index.json").read_bytes(),
        (tmp_path / "search" / search_index.FULL_FILE).read_bytes(),
    ]
    assert vi["index"]["raw"] == sum(len(f) for f in files)
    assert vi["index"]["gzip"] == sum(len(gzip.compress(f, compresslevel=6, mtime=0)) for f in files)
    assert vi["page_load"]["raw"] == len(files[0]) < 200  # what every page fetches: the stub only
    assert vi["material_index"]["raw"] == len(material_indexes["vi"])
    assert vi["index"]["raw"] < vi["material_index"]["raw"]
    assert vi["first_result"]["raw"] == vi["index"]["raw"] + vi["worker"]["raw"]
    assert vi["material_first_result"]["raw"] == vi["material_index"]["raw"] + vi["material_worker"]["raw"]


# ---------------------------------------------------------------- ranking in the worker


def marked(html: str) -> list[str]:
    """Marked syllables (adjacent words share one <mark>)."""
    return [s.text for m in re.findall(r"<mark>(.*?)</mark>", html) for s in syllables(m)]


BAN = material_index(
    page("ban-ban/", "Trang 1", "Người bạn của tôi."),
    page("ban-plain/", "Trang 2", "Viết không dấu: ban."),
    page("ban-exact/", "Trang 3", "Chợ bán rau."),
)


def test_query_with_diacritics_ranks_exact_then_unmarked_then_other_marks():
    (result,) = search(BAN, "bán ")
    assert pages(result) == ["ban-exact/", "ban-plain/", "ban-ban/"]


def test_query_without_diacritics_finds_every_spelling():
    (result,) = search(BAN, "ban ")
    assert sorted(pages(result)) == ["ban-ban/", "ban-exact/", "ban-plain/"]


PHRASE = material_index(
    page("rai-rac/", "Rải rác", "Đời sống; học hỏi; tập thể dục; suốt ngày; học và tập; đời đời."),
    page("cum-tu/", "Tuần lễ", "Hưởng ứng học tập suốt đời năm 2022."),
    page("mot-tu/", "Chỉ một", "Chuyện học hành."),
)


@pytest.mark.parametrize(
    "query", ["hoc tap suot doi", "học tập suốt đời", unicodedata.normalize("NFD", "Học Tập Suốt Đời")]
)
def test_phrase_ranks_first_and_results_have_every_syllable(query):
    (result,) = search(PHRASE, query)
    assert pages(result) == ["cum-tu/", "rai-rac/"]  # "mot-tu/" has only "học": dropped
    best = result["items"][0][0]
    assert [fold(m) for m in marked(best["text"])] == ["hoc", "tap", "suot", "doi"]
    assert "<mark>học tập suốt đời</mark>" in best["text"]  # one highlight per phrase
    assert all(result["items"][0][0]["terms"].values())


def test_missing_syllables_are_reported_when_no_page_has_them_all():
    (result,) = search(PHRASE, "học bơi ")
    assert pages(result)  # falls back to pages with some of the syllables
    assert all(group[0]["terms"].get("bơi") is False for group in result["items"])


def test_tone_placement_and_case_do_not_matter_for_exactness():
    material = material_index(page("cu/", "Cũ", "Văn hóa, hòa bình."), page("moi/", "Mới", "Văn hoá, hoà bình."))
    old, new = search(material, "VĂN HOÁ ", "văn hóa ")
    for result in (old, new):
        scores = {group[0]["location"].split("#")[0]: group[0]["score"] for group in result["items"]}
        assert scores["cu/"] == pytest.approx(scores["moi/"])


def test_terms_carry_the_words_as_written_for_the_page_highlighter():
    (result,) = search(PHRASE, "hoc tap suot doi")
    terms = result["items"][0][0]["terms"]
    assert {"học", "tập", "suốt", "đời"} <= set(terms)
    assert "hoc" not in terms  # the link's ?h= must name words that are on the page


def test_unfinished_last_syllable_matches_as_prefix_but_not_instead_of_a_phrase():
    material = material_index(
        page("dong-khe/", "Phường Đông Khê", "Đông Khê là một phường."),
        page("khen/", "Khen thưởng", "Hoạt động khen thưởng."),
    )
    typing, done = search(material, "thu vi", "dong khe")
    assert pages(done) == ["dong-khe/"]
    material["docs"].append(page("thu-vien/", "Thư viện", "Thư viện quận."))
    (typing,) = search(material, "thu vi")
    assert pages(typing)[0] == "thu-vien/"


def test_one_letter_is_not_expanded_as_a_prefix():
    # "h" would match most of the site; "họ" (two letters) is a prefix worth expanding
    one, two = search(PHRASE, "h", "ho")
    assert one == {"items": []}
    assert "cum-tu/" in pages(two)


def test_nonsense_finds_nothing():
    (result,) = search(PHRASE, "xqzwv")
    assert result == {"items": []}


def test_sections_are_grouped_under_their_page_with_the_article():
    material = material_index(
        page("trang/", "Trang", "Mở đầu."),
        page("trang/#muc", "Mục", "Khẩu hiệu tuyên truyền."),
        page("khac/", "Khác", "Không liên quan."),
    )
    (result,) = search(material, "khau hieu")
    (group,) = result["items"]
    assert [item["location"] for item in group] == ["trang/#muc", "trang/"]
    assert group[1]["score"] == 0 and group[1]["terms"] == {}
    assert marked(group[0]["text"]) == ["Khẩu", "hiệu"]


def test_result_html_is_escaped():
    material = material_index(material_doc("x/", "A &lt;b&gt; &amp; B", "<p>x &lt;script&gt; thư viện</p>"))
    (result,) = search(material, "thu vien")
    item = result["items"][0][0]
    assert "<script>" not in item["text"] and "&#60;script&#62;" in item["text"]
    assert item["title"] == "A &#60;b&#62; &#38; B"


def test_long_blocks_are_cut_around_the_match():
    text = "đầu " * 200 + "thư viện" + " cuối" * 200
    (result,) = search(material_index(page("x/", "X", text)), "thu vien")
    teaser = result["items"][0][0]["text"]
    assert len(teaser) < 500 and "<mark>thư viện</mark>" in teaser and teaser.count("…") == 2


def test_suggestion_completes_the_last_word_as_typed():
    material = material_index(page("thu-vien/", "Thư viện quận", "Thư viện."))
    (result,) = search(material, "thu vi", suggest=True)
    assert result["suggest"] == ["viện"]


def test_english_plurals_meet_their_singular():
    material = material_index(
        page("libraries/", "Libraries", "Public libraries and a library."),
        page("wards/", "Wards", "Đông Khê ward."),
        lang="en",
    )
    plural, singular, viet = search(material, "library ", "libraries ", "dong khe", lang="en")
    assert pages(plural) == pages(singular) == ["libraries/"]
    assert pages(viet) == ["wards/"]


# ---------------------------------------------------------------- the real built site


def _html_pages(lang_site: Path, skip: Path | None) -> set[str]:
    """URL paths (as Material's index writes them) of the content pages of one language.

    Redirect stubs for old addresses (meta refresh, noindex, no Material layout) are not pages. News
    category, month and later list pages are excluded from search on purpose (they repeat posts).
    """
    from hooks.lib.news import model as news_model

    lang = "en" if skip is None else "vi"
    news_dir = news_model.NEWS_DIR[lang]
    repeated = (
        f"{news_dir}/{news_model.CATEGORY_DIR[lang]}/",
        f"{news_dir}/{news_model.ARCHIVE_DIR[lang]}/",
        f"{news_dir}/{news_model.PAGE_PREFIX[lang]}",
    )
    urls = set()
    for html in lang_site.rglob("index.html"):
        if skip is not None and skip in html.parents:
            continue
        if 'data-md-component="content"' not in html.read_text("utf-8"):
            continue
        rel = html.parent.relative_to(lang_site).as_posix()
        if rel.startswith(repeated):
            continue
        urls.add("" if rel == "." else rel + "/")
    return urls


@pytest.fixture(scope="module")
def sites(built_site):
    return {"vi": built_site, "en": built_site / "en"}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_language_indexes_exactly_its_own_pages(sites, lang):
    lang_site = sites[lang]
    index = built_index(lang_site)
    assert index["config"]["lang"] == lang
    docs = search_index.expand(index)
    indexed = {d["location"].split("#")[0] for d in docs}
    expected = _html_pages(lang_site, sites["en"] if lang == "vi" else None)
    # Every page, generated ones (resources, activities, wards, libraries) included, is searchable
    assert indexed == expected
    for doc in docs:
        assert not doc["location"].startswith("en/"), doc["location"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_indexed_page_is_in_the_index_language(sites, lang):
    for path in {d["location"].split("#")[0] for d in search_index.expand(built_index(sites[lang]))}:
        html = (sites[lang] / path / "index.html").read_text("utf-8")
        assert BeautifulSoup(html, "html.parser").html["lang"] == lang, path


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_pages_load_our_worker_and_otherwise_materials_config(sites, lang):
    lang_site = sites[lang]
    soup = BeautifulSoup((lang_site / "index.html").read_text("utf-8"), "html.parser")
    config = json.loads(soup.find("script", id="__config").string)
    assert set(config) == {"base", "features", "translations", "search", "annotate", "tags", "version"}
    assert config["search"].endswith(search_index.WORKER)
    assert (lang_site / search_index.WORKER).is_file()
    assert config["translations"]["search.result.none"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_compact_index_of_the_real_site_is_smaller_than_materials_form_of_it(sites, lang):
    """The real pages' index in our form vs the same text in Material's form (escaped <p> blocks, ASCII
    escapes, repeated keys and page paths, written as Material writes it). Material's real index of the
    real pages is compared by scripts/benchmark.py, which records it."""
    index = built_index(sites[lang])
    docs = [
        {
            "location": d["location"],
            "title": d["title"],
            "text": "".join(f"<p>{escape_html(block, quote=False)}</p>" for block in d["text"].split("\n") if block),
            **{k: d[k] for k in ("tags", "boost") if k in d},
        }
        for d in search_index.expand(index)
    ]
    materials_form = json.dumps(
        {"config": {"lang": [lang], "separator": index["config"]["separator"]}, "docs": docs}, separators=(",", ":")
    ).encode()
    ours = search_index.dumps(index)
    assert len(ours) < len(materials_form)
    assert len(gzip.compress(ours, 6, mtime=0)) < len(gzip.compress(materials_form, 6, mtime=0))


def test_build_stops_if_pages_would_load_materials_worker_with_ourbuilt_index(tmp_path):
    # Material's lunr worker cannot read the compact index: silently broken search must not ship.
    project = copy_project(tmp_path / "project")
    main = project / "overrides" / "main.html"
    text = main.read_text("utf-8")
    start = text.index("{% block config %}")
    end = text.index("{% endblock %}", start) + len("{% endblock %}")
    main.write_text(text[:start] + text[end:], "utf-8")
    done = run_build(project, tmp_path / "site")
    assert done.returncode != 0
    assert "overrides/main.html must keep `{% block config %}`" in done.stdout + done.stderr


# Where the data pages live per language (ARCHITECTURE.md URL map)
DATA_PAGES = {
    "vi": {
        "resource": "tai-nguyen/{}/",
        "activity": "lich-hoat-dong/{}/",
        "ward": "phuong/{}/",
        "library": "thu-vien/{}/",
    },
    "en": {"resource": "resources/{}/", "activity": "schedule/{}/", "ward": "wards/{}/", "library": "libraries/{}/"},
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_data_pages_are_found_by_their_data(sites, site_data, lang):
    """Resource, activity, ward and library pages, searched (in the real worker, over the real index)
    by their data typed without diacritics: title, description, provider, subject, ward."""
    data = site_data
    urls = DATA_PAGES[lang]
    words = lambda text, n=6: " ".join(fold(text).split()[:n])  # noqa: E731 - what a phone user types
    cases: list[tuple[str, str, bool]] = []  # (query, page, must be the first result)
    for r in data.resources:
        page = urls["resource"].format(r.id)
        subject = data.vocabularies.subjects.by_id[r.subject[0]].label
        cases += [
            (fold(getattr(r.title, lang)), page, True),
            (fold(r.provider), page, False),
            (words(getattr(r.description, lang)), page, False),
            (fold(getattr(subject, lang)), page, False),
        ]
    for w in data.wards:
        cases.append((fold(w.name), urls["ward"].format(w.id), False))
    for a in data.activities:
        cases.append((fold(getattr(a.title, lang)), urls["activity"].format(a.id), False))
        cases.append((words(getattr(a.description, lang)), urls["activity"].format(a.id), False))
        cases.append((fold(getattr(a.venue, lang)) + " ", urls["activity"].format(a.id), False))
    for lib in data.libraries:
        cases.append((fold(getattr(lib.name, lang)), urls["library"].format(lib.id), False))

    index = built_index(sites[lang])
    results = run_node(NODE_SEARCH, {"index": index, "queries": [q for q, _, _ in cases]}, str(WORKER))
    failures = []
    for (query, page, first), result in zip(cases, results, strict=True):
        found = pages(result)
        if page not in found or (first and found[0] != page):
            failures.append((query, page, found[:5]))
    assert not failures, failures[:10]

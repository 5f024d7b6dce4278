"""Vietnamese-aware search, driven through Material's real search box on the built site.

Queries are typed the way people type them on phones (no diacritics, old tone placement, decomposed
Unicode) and the rendered result list is read back: which pages, in which order, what is marked.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import parse_qs, urlsplit

import pytest

from hooks.lib.search.vnfold import fold, fold_syllables, normalise, syllables
from tests.support.browser import DESKTOP

pytestmark = pytest.mark.browser

# Read every rendered result: one entry per page (<li>), its links in display order.
READ_RESULTS = """() => [...document.querySelectorAll(".md-search-result__item")].map(li =>
  [...li.querySelectorAll("a.md-search-result__link")].map(a => ({
    href: a.href,
    score: parseFloat(a.querySelector("article").dataset.mdScore),
    title: (a.querySelector("h1, h2") || {}).textContent || "",
    text: [...a.querySelector("article").children].map(c => c.textContent).join(" "),
    marks: [...a.querySelectorAll("mark")].map(m => m.textContent),
  })))"""


# Count the search queries the page posts to its worker and the results it gets back (Material's
# protocol: type 2 QUERY, type 3 RESULT), so a test reads the list only once the last keystroke is
# answered - never a stale list from the previous keystroke. Observes, changes nothing.
COUNT_WORKER_MESSAGES = """(() => {
  const Base = window.Worker
  window.__queries = 0
  window.__answers = 0
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args)
      this.addEventListener("message", ev => { if (ev.data && ev.data.type === 3) window.__answers++ })
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) window.__queries++
      return super.postMessage(message, ...rest)
    }
  }
})()"""


def open_search(page, url: str) -> None:
    page.add_init_script(COUNT_WORKER_MESSAGES)
    page.goto(url)
    header_button = page.locator("label.md-header__button[for=__search]")
    if header_button.is_visible():  # phone: the search box opens from the header icon
        header_button.click()
    page.locator(".md-search__input").click()


def type_query(page, query: str) -> list[list[dict]]:
    box = page.locator(".md-search__input")
    box.fill("")
    box.type(query, delay=15)
    # Playwright inserts non-ASCII characters without key events, and Material reads the box on
    # keyup; a phone keyboard does send one, so send it too (End leaves the text unchanged).
    box.press("End")
    return settled_results(page)


def settled_results(page, timeout: float = 30.0) -> list[list[dict]]:
    """The result list once the worker has answered every query sent, rendered."""
    page.wait_for_function(
        "() => window.__queries > 0 && window.__answers === window.__queries", timeout=timeout * 1000
    )
    # Material renders a result synchronously on the message; let one frame pass to be sure
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    return page.evaluate(READ_RESULTS)


def path_of(href: str, site_url: str) -> str:
    return href[len(site_url) :].split("?")[0].split("#")[0]


def best(group: list[dict]) -> dict:
    return max(group, key=lambda item: item["score"])


def contains_syllables(text: str, query: str) -> bool:
    """Every query syllable is a word of ``text`` (folded); the last may be a word's beginning."""
    words = fold_syllables(text)
    wanted = fold_syllables(query)
    return all(w in words for w in wanted[:-1]) and any(word.startswith(wanted[-1]) for word in words)


def has_phrase(marks: list[str], query: str) -> bool:
    folded, wanted = [w for m in marks for w in fold_syllables(m)], fold_syllables(query)
    return any(folded[i : i + len(wanted)] == wanted for i in range(len(folded)))


VI_QUERIES = [
    "thu vien",
    "khau hieu",
    "dong khe",
    "dang giang",
    "hoc tap suot doi",
    "Văn hoá",
    unicodedata.normalize("NFD", "học tập"),
    "chuyển đổi số",
    "chuyen doi so",
]


@pytest.mark.parametrize("query", VI_QUERIES)
def test_vietnamese_queries_find_vietnamese_pages_with_the_phrase_first(page, site_url, query):
    open_search(page, site_url)
    results = type_query(page, query)
    assert results, f"no result for {query!r}"
    for group in results:
        for item in group:
            assert not path_of(item["href"], site_url).startswith("en/"), item["href"]
    top = best(results[0])
    # The best result has the query as a phrase, marked even when typed without diacritics
    assert has_phrase(top["marks"], query), (query, top)
    # The top results contain every syllable of the query
    for group in results[:3]:
        item = best(group)
        assert contains_syllables(item["title"] + " " + item["text"], query), (query, item)


@pytest.mark.parametrize(
    "query, page_paths",
    [
        ("dong khe", ["thoi-gian-pham-vi/", "phuong/dong-khe/"]),
        ("dang giang", ["thoi-gian-pham-vi/", "phuong/dang-giang/"]),
        ("khau hieu", ["khau-hieu/"]),
    ],
)
def test_page_about_it_is_found(page, site_url, query, page_paths):
    open_search(page, site_url)
    paths = [path_of(group[0]["href"], site_url) for group in type_query(page, query)]
    # The generated ward pages (phuong/<id>/) are found like any written page.
    assert set(page_paths) <= set(paths), paths


def test_slogan_page_ranks_first_for_its_name(page, site_url):
    open_search(page, site_url)
    results = type_query(page, "khau hieu")
    assert path_of(results[0][0]["href"], site_url) == "khau-hieu/"


def test_nfd_query_gives_the_same_results_as_nfc(page, site_url):
    open_search(page, site_url)
    nfc = type_query(page, "học tập")
    nfd = type_query(page, unicodedata.normalize("NFD", "học tập"))
    assert [[i["href"] for i in g] for g in nfd] == [[i["href"] for i in g] for g in nfc]


def test_exact_diacritics_are_marked_first_when_typed(page, site_url):
    open_search(page, site_url)
    results = type_query(page, "chuyển đổi số")
    top = best(results[0])
    normalised = [normalise(s.text) for m in top["marks"] for s in syllables(m)]
    assert any(normalised[i : i + 3] == ["chuyển", "đổi", "số"] for i in range(len(normalised)))
    # Never "any of its words": pages with only "số" (e.g. "Hướng dẫn số 11") are not listed
    for group in results:
        item = best(group)
        assert contains_syllables(item["title"] + " " + item["text"], "chuyen doi so") or item["score"] == 0


def test_nonsense_finds_nothing(page, site_url):
    open_search(page, site_url)
    assert type_query(page, "xqzwvk") == []
    config = page.evaluate("JSON.parse(document.getElementById('__config').textContent)")
    meta = page.locator(".md-search-result__meta").inner_text().strip()
    assert meta == config["translations"]["search.result.none"]


@pytest.mark.parametrize("query", ["lifelong learning", "slogans", "dong khe"])
def test_english_site_searches_english_pages_only(page, site_url, query):
    open_search(page, site_url + "en/")
    results = type_query(page, query)
    assert results, query
    for group in results:
        for item in group:
            assert path_of(item["href"], site_url).startswith("en/"), item["href"]
    assert contains_syllables(best(results[0])["title"] + " " + best(results[0])["text"], query)


def test_vietnamese_site_never_returns_english_pages_for_english_words(page, site_url):
    open_search(page, site_url)
    for query in ("lifelong learning", "slogans"):
        for group in type_query(page, query):
            for item in group:
                assert not path_of(item["href"], site_url).startswith("en/"), item["href"]


def test_target_page_highlights_the_words_found_without_diacritics(page, site_url):
    open_search(page, site_url)
    results = type_query(page, "thu vien")
    top = best(results[0])
    highlight = parse_qs(urlsplit(top["href"]).query)["h"][0]
    assert {fold(w) for w in highlight.split()} == {"thu", "vien"}  # words as written on the page
    page.locator(f'a.md-search-result__link[href="{top["href"]}"]').click()
    page.wait_for_selector("mark[data-md-highlight]")
    # Material joins adjacent marks ("thư viện" is one mark): compare syllables
    marked = {w for m in page.locator("mark[data-md-highlight]").all_inner_texts() for w in fold_syllables(m)}
    assert {"thu", "vien"} <= marked


def test_keyboard_enter_opens_the_best_result(page, site_url):
    open_search(page, site_url)
    results = type_query(page, "khau hieu")
    top = max((item for group in results for item in group), key=lambda item: item["score"])
    page.locator(".md-search__input").press("Enter")
    page.wait_for_url(top["href"])
    # Material highlights once it has fetched the index again on the new page: wait for it
    page.wait_for_selector("mark[data-md-highlight]")


def test_arrow_keys_walk_the_results(page, site_url):
    open_search(page, site_url)
    results = type_query(page, "thu vien")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.href")
    assert focused == results[0][0]["href"]


def test_suggestion_completes_the_word_being_typed(page, site_url):
    open_search(page, site_url)
    type_query(page, "thu vi")
    suggestion = page.locator(".md-search__suggest").inner_text().replace("\xa0", " ")
    assert suggestion.startswith("thu vi") and fold(suggestion) == "thu vien"


def test_desktop_header_search_box(browser, site_url):
    context = browser.new_context(viewport=DESKTOP)
    desktop = context.new_page()
    open_search(desktop, site_url)
    results = type_query(desktop, "dang giang")
    assert has_phrase(best(results[0])["marks"], "dang giang")
    context.close()


def test_search_requests_stay_on_the_site(page, site_url):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    open_search(page, site_url)
    # Until someone searches, only the small stub is fetched: the index costs page loads nothing.
    assert not any(url.endswith("search/search_index.full.json") for url in requests)
    type_query(page, "hoc tap suot doi")
    assert any(url.endswith("search/search_index.json") for url in requests)
    assert any(url.endswith("search/search_index.full.json") for url in requests)
    assert any(url.endswith("workers/search-vi.js") for url in requests)
    assert [url for url in requests if not url.startswith(site_url)] == []


# Issue 14: results say what kind of page they are, in the page's language, and a query naming a
# record (even typed without spaces or with a typo) has that record's own page first.
KIND_LABELS = {
    "vi": {"Hoạt động", "Tài nguyên", "Phường", "Thư viện", "Gương điển hình", "Tin tức", "Trang"},
    "en": {"Activity", "Resource", "Ward", "Library", "Honour roll", "News", "Page"},
}


@pytest.mark.parametrize(
    "start, query, first, label, name",
    [
        ("", "lach tray", "phuong/lach-tray/", "Phường", "Phường: Phường Lạch Tray"),
        # Since libraries have their own pages, "thuvien" (thư viện typed joined) finds a library page first.
        ("", "thuvien", "thu-vien/thu-vien-quan/", "Thư viện", "Thư viện: Thư viện quận Ngô Quyền"),
        (
            "",
            "thuvienquocgia",
            "tai-nguyen/thu-vien-quoc-gia-viet-nam/",
            "Tài nguyên",
            "Tài nguyên: Thư viện Quốc gia Việt Nam",
        ),
        ("", "bang ronn", "bo-bang-ron/", "Trang", "Trang: Bộ băng rôn và dữ liệu mở"),
        ("en/", "may to", "en/wards/may-to/", "Ward", "Ward: Máy Tơ Ward"),
        ("en/", "khan acadamy", "en/resources/khan-academy-vi/", "Resource", "Resource: Khan Academy in Vietnamese"),
    ],
)
def test_results_are_labelled_with_their_kind_in_the_page_language(page, site_url, start, query, first, label, name):
    open_search(page, site_url + start)
    results = type_query(page, query)
    assert path_of(results[0][0]["href"], site_url) == first
    top = page.locator(".md-search-result__item").first.locator("a.md-search-result__link").first
    chip = top.locator("h1 .vn-search-kind")
    assert chip.is_visible()
    # On screen the chip shows the label; screen readers hear "label: title" (the colon is hidden)
    assert chip.evaluate("e => e.firstChild.textContent") == label
    assert top.locator(".vn-search-kind__separator").evaluate("e => e.getBoundingClientRect().width") <= 1
    assert top.locator("h1").text_content().startswith(name)
    # One label per result page (its sections are parts of it), all in the page's language
    lang = "en" if start else "vi"
    chips = page.locator(".md-search-result__item .vn-search-kind")
    labels = [c.evaluate("e => e.firstChild.textContent") for c in chips.all()]
    assert len(labels) == len(results) and set(labels) <= KIND_LABELS[lang], labels

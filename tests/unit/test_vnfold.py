"""hooks/lib/search/vnfold.py, and its twin in the search worker (overrides/.../search-vi.js) run by node."""

from __future__ import annotations

import unicodedata

import pytest

from hooks.lib.search.vnfold import canonical_syllable, fold, fold_syllables, normalise, syllables
from tests.support.node import WORKER, run_node

# Every Vietnamese vowel letter with every tone (none, huyền, sắc, hỏi, ngã, nặng), written out
# literally so the expected values do not come from the code under test.
VOWEL_ROWS = {
    "a": "aàáảãạ",
    "ă": "ăằắẳẵặ",
    "â": "âầấẩẫậ",
    "e": "eèéẻẽẹ",
    "ê": "êềếểễệ",
    "i": "iìíỉĩị",
    "o": "oòóỏõọ",
    "ô": "ôồốổỗộ",
    "ơ": "ơờớởỡợ",
    "u": "uùúủũụ",
    "ư": "ưừứửữự",
    "y": "yỳýỷỹỵ",
}
BARE = {"ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u"}
ALL_VOWELS = [(letter, BARE.get(row, row)) for row, letters in VOWEL_ROWS.items() for letter in letters]

# (old placement, new placement = canonical)
TONE_PAIRS = [
    ("hòa", "hoà"),
    ("thúy", "thuý"),
    ("khỏe", "khoẻ"),
    ("tùy", "tuỳ"),
    ("hóa", "hoá"),
    ("lõa", "loã"),
    ("thủy", "thuỷ"),
    ("Hòa Bình", "hoà bình"),
    ("VĂN HÓA", "văn hoá"),
]
# Words whose tone is already where both styles put it: normalise must not move it.
STABLE = [
    "toán",
    "hoàng",
    "mùa",
    "của",
    "người",
    "quý",
    "giá",
    "gì",
    "gìn",
    "khuỷu",
    "ngoài",
    "xoáy",
    "thuở",
    "quyển",
    "nguyễn",
    "việt",
    "đường",
    "giường",
    "tài",
    "hỏi",
    "kìa",
    "rượu",
    "huỳnh",
]


@pytest.mark.parametrize("letter,bare", ALL_VOWELS)
def test_every_vowel_with_every_tone_folds_to_its_base_letter(letter, bare):
    assert fold(letter) == bare
    assert fold(letter.upper()) == bare
    assert fold(unicodedata.normalize("NFD", letter)) == bare
    assert normalise(letter.upper()) == letter
    assert normalise(unicodedata.normalize("NFD", letter.upper())) == letter


def test_vowel_table_is_complete():
    # 12 vowel letters x 6 tones, all distinct precomposed characters
    assert len(ALL_VOWELS) == 72
    assert len({letter for letter, _ in ALL_VOWELS}) == 72
    assert all(len(letter) == 1 for letter, _ in ALL_VOWELS)


def test_d_with_stroke_folds_to_d():
    assert fold("đ") == fold("Đ") == "d"
    assert normalise("Đ") == "đ"
    assert fold("Đông Khê") == "dong khe"
    assert fold("Đằng Giang") == "dang giang"
    assert fold("ĐỔI") == "doi"


@pytest.mark.parametrize("old,new", TONE_PAIRS)
def test_old_and_new_tone_placement_normalise_alike(old, new):
    assert normalise(old) == normalise(new) == new
    assert fold(old) == fold(new)


@pytest.mark.parametrize("word", STABLE)
def test_tone_not_moved_when_already_canonical(word):
    assert normalise(word) == word
    assert normalise(word.upper()) == word


def test_non_vietnamese_words_are_not_rewritten():
    # Only moves inside the vowel nucleus of a Vietnamese-alphabet word with exactly one tone.
    assert normalise("café") == "café"
    assert normalise("naïve") == "naïve"
    assert normalise("Ngô Quyền") == "ngô quyền"


@pytest.mark.parametrize("text", ["học tập suốt đời", "Văn hoá", "chuyển đổi số", "Đằng Giang", "khỏe"])
def test_nfd_input_equals_nfc(text):
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    assert fold(nfd) == fold(text)
    assert normalise(nfd) == normalise(text)
    assert fold_syllables(nfd) == fold_syllables(text)
    assert len(syllables(nfd)) == len(syllables(text))


def test_mark_order_does_not_matter():
    # ệ as e + circumflex + dot below and as e + dot below + circumflex
    a, b = "vi" + "e\u0302\u0323" + "t", "vi" + "e\u0323\u0302" + "t"
    assert normalise(a) == normalise(b) == "việt"
    assert canonical_syllable("ho" + "a\u0300") == "hoà"


def test_syllables_are_space_separated_words_with_offsets():
    text = "Đông Khê, Ngô Quyền – 11/HD-VHTT"
    got = [(s.start, s.end, s.text) for s in syllables(text)]
    assert got == [
        (0, 4, "Đông"),
        (5, 8, "Khê"),
        (10, 13, "Ngô"),
        (14, 19, "Quyền"),
        (22, 24, "11"),
        (25, 27, "HD"),
        (28, 32, "VHTT"),
    ]
    assert fold_syllables("Học tập, suốt-đời!") == ["hoc", "tap", "suot", "doi"]


# ---------------------------------------------------------------- Python <-> JavaScript parity

PARITY_WORDS = (
    [letter for letter, _ in ALL_VOWELS]
    + [letter.upper() for letter, _ in ALL_VOWELS]
    + [w for pair in TONE_PAIRS for w in pair]
    + STABLE
    + [
        "đ",
        "Đ",
        "café",
        "naïve",
        "Ngô Quyền",
        "11/HD-VHTT",
        "Lifelong Learning Week",
        "COVID-19",
        "Trung tâm Văn hóa - Thông tin và Thể thao",
        "“Gia đình học tập”",
        "qùa",
        "gịa",
        "thuở xưa",
    ]
)
PARITY_WORDS += [unicodedata.normalize("NFD", w) for w in PARITY_WORDS]

NODE_PARITY = """
const w = require(process.argv[1]);
const words = JSON.parse(require("fs").readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(words.map(t => [w.fold(t), w.normalise(t),
  w.syllables(t).map(s => [s.s, s.e, s.w])])));
"""


def test_javascript_worker_folds_exactly_like_python():
    got = run_node(NODE_PARITY, PARITY_WORDS, str(WORKER))
    # JS string offsets count UTF-16 units; every character here is in the BMP, so they equal ours.
    expected = [[fold(t), normalise(t), [[s.start, s.end, s.text] for s in syllables(t)]] for t in PARITY_WORDS]
    mismatches = [(t, g, e) for t, g, e in zip(PARITY_WORDS, got, expected, strict=True) if g != e]
    assert not mismatches, mismatches[:5]

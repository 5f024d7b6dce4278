"""Vietnamese text folding and normalisation for search (pure: no MkDocs import).

The same rules are implemented in JavaScript in ``overrides/assets/javascripts/workers/search-vi.js``
(the browser search worker); ``tests/unit/test_vnfold.py`` runs both over the same table of words and
requires identical output, so change the two together.

Why these rules:

* People search Vietnamese on phones without diacritics ("thu vien"), with the old tone placement
  ("hòa" for "hoà") or in decomposed Unicode (macOS, some keyboards send NFD). ``fold`` maps all of
  those to one key: lowercase, no combining marks, "đ" -> "d". "đ" needs its own rule because
  U+0111 has no Unicode decomposition.
* ``normalise`` keeps the diacritics, so a query typed *with* diacritics can still prefer exact
  matches, but it makes tone placement canonical so "hòa"/"hoà", "thúy"/"thuý", "khỏe"/"khoẻ" compare
  equal. The canonical form is the "new" placement (tone on the main vowel: hoà, thuý, khoẻ) because
  it follows from rules alone, without a word list.
* A syllable is a run of letters, digits and combining marks. Vietnamese writes one syllable per
  word-space, so this is also the unit of phrase matching.
"""
from __future__ import annotations

import unicodedata
from typing import NamedTuple

# The five tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters. The vowel modifiers
# (circumflex U+0302, breve U+0306, horn U+031B) are *not* tones: they make different letters
# (â, ă, ô, ơ, ư) and never move.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
VOWELS = frozenset("aăâeêioôơuưy")
MODIFIED_VOWELS = frozenset("ăâêôơư")
# Letters a Vietnamese syllable may contain (plus f, j, w, z used in loanwords and names). A word
# with any other letter is left alone by tone canonicalisation (e.g. French "café" keeps its accent).
_ALPHABET = frozenset("abcdefghijklmnopqrstuvwxyzđ") | VOWELS
# In "oa", "oe", "uy" without a final consonant the old style put the tone on the first vowel
# (hòa, khỏe, thúy); the new style, our canonical form, on the second (hoà, khoẻ, thuý).
_NEW_STYLE_PAIRS = frozenset({"oa", "oe", "uy"})


class Syllable(NamedTuple):
    start: int  # offset in the (unchanged) input string
    end: int
    text: str


def _is_word_char(ch: str) -> bool:
    # Same classes as the worker's /[\p{L}\p{N}\p{M}]+/u: letters, digits, and combining marks so
    # that NFD input stays one syllable.
    return unicodedata.category(ch)[0] in "LNM"


def syllables(text: str) -> list[Syllable]:
    """Split ``text`` into syllables with their offsets in ``text`` itself (no normalisation)."""
    out: list[Syllable] = []
    start = None
    for i, ch in enumerate(text):
        if _is_word_char(ch):
            if start is None:
                start = i
        elif start is not None:
            out.append(Syllable(start, i, text[start:i]))
            start = None
    if start is not None:
        out.append(Syllable(start, len(text), text[start:]))
    return out


def fold(text: str) -> str:
    """Search key: lowercase, every combining mark removed, "đ" -> "d", NFC.

    Tone placement needs no separate step here: all marks go, wherever they sat.
    """
    decomposed = unicodedata.normalize("NFD", text.lower())
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch)[0] != "M")
    return unicodedata.normalize("NFC", bare.replace("đ", "d"))


def _split_letters(word: str) -> tuple[list[str], list[tuple[str, int]]] | None:
    """Lowercase ``word`` -> (letters without tone marks, [(tone mark, letter index)]).

    Works on NFD, so the order of marks in the input (NFC, NFD, or non-canonical) does not matter.
    Returns None when a mark has no letter to sit on.
    """
    letters: list[str] = []
    tones: list[tuple[str, int]] = []
    for ch in unicodedata.normalize("NFD", word):
        if ch in TONE_MARKS:
            if not letters:
                return None
            tones.append((ch, len(letters) - 1))
        elif unicodedata.category(ch)[0] == "M":
            if not letters:
                return None
            letters[-1] += ch
        else:
            letters.append(ch)
    return [unicodedata.normalize("NFC", letter) for letter in letters], tones


def _vowel_nucleus(letters: list[str]) -> tuple[int, int]:
    """[start, end) of the vowel nucleus; (-1, -1) when the word has no vowel."""
    n = len(letters)
    i = 0
    while i < n and letters[i] not in VOWELS:
        i += 1
    if i == n:
        return -1, -1
    # "qu" and "gi" are consonants when another vowel follows: quý -> y, giá -> a, but gì -> i.
    if i > 0 and i + 1 < n and letters[i + 1] in VOWELS and (
        (letters[i - 1] == "q" and letters[i] == "u") or (letters[i - 1] == "g" and letters[i] == "i")
    ):
        i += 1
    j = i
    while j < n and letters[j] in VOWELS:
        j += 1
    return i, j


def tone_position(letters: list[str]) -> int:
    """Index of the letter that carries the tone in the canonical (new) placement, or -1."""
    i, j = _vowel_nucleus(letters)
    if i < 0:
        return -1
    modified = [k for k in range(i, j) if letters[k] in MODIFIED_VOWELS]
    if modified:
        return modified[-1]  # ươ -> ơ (người), iê -> ê (việt), uô -> ô (muốn)
    if j - i == 1:
        return i
    if j < len(letters):
        return j - 1  # a final consonant follows: toán, hoàng, huỳnh
    if j - i == 2:
        return j - 1 if "".join(letters[i:j]) in _NEW_STYLE_PAIRS else i  # hoà, thuý / mùa, tài
    return i + 1  # three vowels, no final consonant: ngoài, xoáy, khuỷu


def canonical_syllable(word: str) -> str:
    """Lowercase NFC ``word`` with its tone moved to the canonical vowel when that is safe.

    The tone is only moved within the vowel nucleus and only for words written in the Vietnamese
    alphabet with exactly one tone mark; anything else (loanwords, typos, other languages) is
    returned lowercased and NFC but otherwise untouched, because guessing would change words.
    """
    word = unicodedata.normalize("NFC", word.lower())
    split = _split_letters(word)
    if split is None:
        return word
    letters, tones = split
    if len(tones) != 1 or any(letter not in _ALPHABET for letter in letters):
        return word
    mark, current = tones[0]
    target = tone_position(letters)
    start, end = _vowel_nucleus(letters)
    if target < 0 or target == current or not (start <= current < end):
        return word
    letters[target] = unicodedata.normalize("NFC", letters[target] + mark)
    return "".join(letters)


def normalise(text: str) -> str:
    """NFC + lowercase + canonical tone placement; diacritics are kept."""
    text = unicodedata.normalize("NFC", text).lower()
    out: list[str] = []
    last = 0
    for syl in syllables(text):
        out.append(text[last:syl.start])
        out.append(canonical_syllable(syl.text))
        last = syl.end
    out.append(text[last:])
    return unicodedata.normalize("NFC", "".join(out))


def fold_syllables(text: str) -> list[str]:
    """The folded syllables of ``text``: what a query or an index entry is matched on."""
    return [fold(s.text) for s in syllables(unicodedata.normalize("NFC", text))]

"""English word frequencies for the OCR rules: is a token a word, and how common is it.

A thin, cached wrapper around `wordfreq.zipf_frequency(word, "en")` (Zipf scale:
0 for unseen, about 3 for once per million words, 7 for "the"). Lookups are
case-insensitive and ignore diacritics, so `coöperative` is as common as
`cooperative` — FRUS prints the diaeresis of older volumes.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from wordfreq import zipf_frequency

# Below this a string is not treated as a word: low enough for `trusteeship`
# (2.2) and `intransigent` (2.3), high enough to leave out OCR debris
# (`teleg` 1.0, `repa` 1.6, `amami` 1.6).
WORD_THRESHOLD = 2.0

# Telegraphic and office words of the documents that wordfreq does not know;
# they count as words of middling frequency so no rule splits or "repairs" them.
FRUS_WORDS = frozenset("""
airgram airgrams circtel contel deptel deptels embtel embtels mytel reftel septel urtel urtels
nodis exdis limdis niact noforn
chicom chicoms chinat chinats chirep gvn grc frg gdr
govt natl natls internatl
""".split())
FRUS_WORD_ZIPF = 3.0


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Zipf frequency of `word` in English, case- and diacritic-insensitive.

    >>> zipf("Military") == zipf("military") > 5
    True
    >>> zipf("rnilitary")
    0.0
    """
    folded = _fold(word)
    if folded in FRUS_WORDS:
        return FRUS_WORD_ZIPF
    return zipf_frequency(folded, "en")


def is_word(word: str) -> bool:
    """Whether `word` is an English word (or a name common enough to count as one).

    >>> is_word("justification"), is_word("Coöperative"), is_word("justificat")
    (True, True, False)
    """
    return zipf(word) >= WORD_THRESHOLD


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: the letters to insert, delete or change to make one word the other.

    >>> edit_distance("SEGRER", "SECRET"), edit_distance("SELECT", "SECRET")
    (2, 3)
    """
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]

"""Japanese text normalisation for search and matching: NFKC, kana folding, spacing."""

from __future__ import annotations

import re
import unicodedata

_KATAKANA_START = 0x30A1  # ァ
_KATAKANA_END = 0x30F6  # ヶ
_KANA_OFFSET = 0x60
_SPACES = re.compile(r"\s+")
# Dashes and long-vowel look-alikes that NFKC leaves distinct but people type interchangeably.
_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-", "―": "-", "−": "-", "ｰ": "ー"})


def nfkc(text: str) -> str:
    """Fold full-width ASCII and half-width katakana into their canonical forms."""
    return unicodedata.normalize("NFKC", text).translate(_DASHES)


# One C-level pass (str.translate) instead of a Python loop per character: folding is on the
# path of every case save, search and bulk import.
_KATAKANA_TO_HIRAGANA = {code: code - _KANA_OFFSET for code in range(_KATAKANA_START, _KATAKANA_END + 1)}


def katakana_to_hiragana(text: str) -> str:
    """Map katakana to hiragana so that カード and かーど compare equal."""
    return text.translate(_KATAKANA_TO_HIRAGANA)


def fold(text: str) -> str:
    """Normalise for matching: NFKC, lower case, katakana to hiragana, no whitespace.

    Readings of kanji are never guessed: 株式会社 and かぶしきがいしゃ stay different.
    """
    return _SPACES.sub("", katakana_to_hiragana(nfkc(text).lower()))


def normalise_display(text: str) -> str:
    """Normalise for storage of free text: NFKC without folding kana or removing spaces."""
    return nfkc(text).strip()


def matches(query: str, candidate: str) -> bool:
    """Tell whether ``query`` occurs in ``candidate`` after folding both sides."""
    folded_query = fold(query)
    return not folded_query or folded_query in fold(candidate)

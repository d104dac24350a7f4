"""Japanese full-text search rules: folded index text, character bigrams, query terms and snippets.

Matching is substring matching on folded text (NFKC, lower case, katakana to
hiragana, no whitespace), so 名簿 finds 名簿業者 and ﾒｲﾎﾞ-free kana variants
match each other. The index stores the folded text for 3-character-and-longer
terms (trigram) and its character unigrams and bigrams for 1- and 2-character
terms, which trigram indexes cannot answer.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from counselor_app.domain.text import fold, katakana_to_hiragana

MAX_TERMS = 8
_SPLIT = re.compile(r"[\s\u3000]+")


def index_text(parts: Iterable[str | None]) -> str:
    """The folded text a case is found by (subject, narrative, handling log, business names)."""
    return "\n".join(fold(part) for part in parts if part)


def char_ngrams(folded: str) -> str:
    """Space-separated character unigrams and bigrams of each line (the short-term index).

    A 1-character query matches a unigram token, a 2-character query a bigram
    token, exactly, on SQLite (FTS5 unicode61) and PostgreSQL (GIN over an array)
    alike.
    """
    tokens: list[str] = []
    # One pass over the whole text drops the separators but keeps the line breaks.
    for kept in _SEPARATORS_BUT_LINE_BREAKS.sub("", folded).splitlines():
        tokens.extend(dict.fromkeys(kept))
        tokens.extend(dict.fromkeys(map(operator.add, kept, kept[1:])))
    return " ".join(tokens)


def index_columns(parts: Iterable[str | None]) -> tuple[str, str]:
    """A case's search text (folded) and its character n-grams, from its texts."""
    folded = index_text(parts)
    return folded, char_ngrams(folded)


def _is_separator(ch: str) -> bool:
    # Characters the FTS5 unicode61 tokenizer treats as separators would split a
    # bigram token in two; leave them out of bigrams (they stay in the trigram text).
    return not (ch.isalnum() or unicodedata.category(ch).startswith(("L", "N")))


# The separators are exactly the characters that are not alphanumeric, i.e. what [\W_]
# matches (tests/domain/test_search_rules.py checks every code point against
# _is_separator); str.splitlines() boundaries are kept so that lines stay apart.
_SEPARATORS_BUT_LINE_BREAKS = re.compile(r"[^\w\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]|_")


@dataclass(frozen=True)
class SearchQuery:
    """A parsed query: folded terms that must all occur."""

    terms: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to search for."""
        return not self.terms


def parse_query(text: str) -> SearchQuery:
    """Split on spaces (half- or full-width), fold each term, drop duplicates and empties."""
    terms: list[str] = []
    for raw in _SPLIT.split(text.strip()):
        term = fold(raw)
        # Quotes would break FTS phrase syntax; they are never meaningful in case text.
        term = term.replace('"', "")
        if term and term not in terms:
            terms.append(term)
    return SearchQuery(terms=tuple(terms[:MAX_TERMS]))


_VOICED_MARKS = {"\uff9e", "\uff9f", "\u3099", "\u309a"}


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` like :func:`fold` and map each folded character to its source index.

    Sound marks are folded together with the character before them (half-width ﾄﾞ
    becomes ど), exactly as whole-string NFKC does.
    """
    folded: list[str] = []
    mapping: list[int] = []
    index = 0
    while index < len(text):
        end = index + 1
        while end < len(text) and (text[end] in _VOICED_MARKS or unicodedata.combining(text[end])):
            end += 1
        chunk = text[index:end]
        if not chunk.isspace():
            piece = katakana_to_hiragana(unicodedata.normalize("NFKC", chunk).lower())
            for out in piece:
                if not out.isspace():
                    folded.append(out)
                    mapping.append(index)
        index = end
    return "".join(folded), mapping


@dataclass(frozen=True)
class Snippet:
    """A short excerpt around the first match, with highlighted spans relative to ``text``."""

    text: str
    highlights: tuple[tuple[int, int], ...]


def _source_end(source: str, index: int) -> int:
    """The end of the source character at ``index`` including its sound marks."""
    end = index + 1
    while end < len(source) and (source[end] in _VOICED_MARKS or unicodedata.combining(source[end])):
        end += 1
    return end


def highlight_spans(source: str, query: SearchQuery) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of ``source`` where query terms occur, in order."""
    if query.is_empty or not source:
        return []
    folded, mapping = fold_with_map(source)
    spans: list[tuple[int, int]] = []
    for term in query.terms:
        start = folded.find(term)
        while start >= 0:
            end = start + len(term)
            spans.append((mapping[start], _source_end(source, mapping[end - 1])))
            start = folded.find(term, end)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(source: str, query: SearchQuery, *, width: int = 60) -> Snippet | None:
    """An excerpt of ``source`` around the first query match, with every match highlighted."""
    if query.is_empty or not source:
        return None
    spans = highlight_spans(source, query)
    if not spans:
        return None
    first = spans[0][0]
    begin = max(0, first - width // 3)
    finish = min(len(source), begin + width)
    excerpt = source[begin:finish].replace("\n", " ")
    prefix = "…" if begin > 0 else ""
    suffix = "…" if finish < len(source) else ""
    shift = len(prefix) - begin
    visible = tuple(
        (max(start, begin) + shift, min(end, finish) + shift) for start, end in spans if start < finish and end > begin
    )
    return Snippet(text=prefix + excerpt + suffix, highlights=visible)


def trigrams(folded: str) -> set[str]:
    """Distinct character trigrams of folded text (line breaks and punctuation ignored)."""
    chars = [ch for ch in folded if not _is_separator(ch)]
    return {"".join(chars[i : i + 3]) for i in range(len(chars) - 2)}


def text_similarity(a: str, b: str) -> float:
    """Jaccard similarity of the trigram sets of two folded texts (0–1)."""
    left, right = trigrams(a), trigrams(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def probe_terms(folded: str, count: int = 24) -> list[str]:
    """Trigrams spread evenly over a text, to find candidate similar cases with an OR query."""
    chars = [ch for ch in folded if not _is_separator(ch)]
    grams = list(dict.fromkeys("".join(chars[i : i + 3]) for i in range(len(chars) - 2)))
    if len(grams) <= count:
        return grams
    step = len(grams) / count
    return [grams[int(i * step)] for i in range(count)]

"""Search text folding, short-term n-grams, query parsing and highlighted snippets."""

from hypothesis import given
from hypothesis import strategies as st

from counselor_app.domain.search import char_ngrams, index_text, parse_query, snippet
from counselor_app.domain.text import katakana_to_hiragana


def test_index_text_folds_every_part() -> None:
    assert index_text(["名簿業者", None, "ﾃﾞﾝﾜ勧誘", ""]) == "名簿業者\nでんわ勧誘"


def test_ngrams_hold_every_unigram_and_bigram() -> None:
    tokens = char_ngrams("名簿業者").split()
    assert {"名", "簿", "業", "者", "名簿", "簿業", "業者"} == set(tokens)


def test_ngrams_do_not_cross_lines_or_punctuation() -> None:
    tokens = set(char_ngrams("名簿。業者\n電話").split())
    assert "簿業" in tokens  # punctuation is dropped, the characters around it join
    assert "者電" not in tokens  # separate fields never join


def test_query_terms_are_folded_and_deduplicated() -> None:
    assert parse_query("  ﾒｲﾎﾞ　名簿  名簿 ").terms == ("めいぼ", "名簿")
    assert parse_query('"勧誘"').terms == ("勧誘",)
    assert parse_query("   ").is_empty


def test_snippet_highlights_in_the_original_text() -> None:
    source = "知らない業者からデンワ勧誘があった。名簿を買ったのではないか。"
    result = snippet(source, parse_query("でんわ 名簿"))
    assert result is not None
    highlighted = [result.text[start:end] for start, end in result.highlights]
    assert highlighted == ["デンワ", "名簿"]


def test_snippet_handles_half_width_source() -> None:
    result = snippet("ｶｰﾄﾞ番号を入力した", parse_query("カード"))
    assert result is not None
    assert [result.text[s:e] for s, e in result.highlights] == ["ｶｰﾄﾞ"]


# The straightforward per-character definitions that the fast versions in domain/text.py and
# domain/search.py must agree with exactly (bulk imports fold a hundred thousand narratives).
def _reference_kana(text: str) -> str:
    return "".join(chr(ord(ch) - 0x60) if 0x30A1 <= ord(ch) <= 0x30F6 else ch for ch in text)


def _reference_ngrams(folded: str) -> str:
    import unicodedata

    tokens: list[str] = []
    for line in folded.splitlines():
        chars = [ch for ch in line if ch.isalnum() or unicodedata.category(ch).startswith(("L", "N"))]
        tokens.extend(dict.fromkeys(chars))
        tokens.extend(dict.fromkeys(a + b for a, b in zip(chars, chars[1:], strict=False)))
    return " ".join(tokens)


_MIXED = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x7F),
        st.characters(min_codepoint=0x3000, max_codepoint=0x30FF),
        st.characters(min_codepoint=0xFF00, max_codepoint=0xFFEF),
        st.sampled_from("名簿漏洩勧誘_、。・\n\t Ⅻ①½²"),
        st.characters(),
    ),
    max_size=80,
)


@given(_MIXED)
def test_fast_kana_folding_equals_the_per_character_rule(text: str) -> None:
    assert katakana_to_hiragana(text) == _reference_kana(text)


@given(_MIXED)
def test_fast_ngrams_equal_the_per_character_rule(text: str) -> None:
    assert char_ngrams(text) == _reference_ngrams(text)


def test_the_separator_pattern_agrees_with_the_separator_rule_on_every_code_point() -> None:
    import re

    from counselor_app.domain.search import _is_separator

    pattern = re.compile(r"[\W_]")
    disagreeing = [hex(code) for code in range(0x110000) if bool(pattern.match(chr(code))) != _is_separator(chr(code))]
    assert disagreeing == []


def test_index_columns_give_the_folded_text_and_its_ngrams() -> None:
    from counselor_app.domain.search import index_columns

    folded, ngrams = index_columns(["名簿業者", None, "ﾃﾞﾝﾜ勧誘"])
    assert folded == "名簿業者\nでんわ勧誘"
    assert {"名", "勧誘", "でん"} <= set(ngrams.split()) and "者で" not in ngrams.split()

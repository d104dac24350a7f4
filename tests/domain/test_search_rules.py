"""Search text folding, short-term n-grams, query parsing and highlighted snippets."""

from counselor_app.domain.search import char_ngrams, index_text, parse_query, snippet


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

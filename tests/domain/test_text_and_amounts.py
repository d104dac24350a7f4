"""Width/kana folding for matching, and yen amounts typed the Japanese way."""

import pytest

from counselor_app.domain.amounts import format_yen, parse_yen
from counselor_app.domain.errors import ValidationError
from counselor_app.domain.text import fold, matches


def test_fold_equates_width_and_kana_variants() -> None:
    assert fold("ﾃｽﾄ") == fold("テスト") == fold("てすと")
    assert fold("ＡＢＣ１２３") == fold("abc123")
    assert fold("株式 会社") == fold("株式会社")


def test_fold_never_guesses_kanji_readings() -> None:
    assert fold("株式会社") != fold("かぶしきがいしゃ")


def test_matches_substring_after_folding() -> None:
    assert matches("ﾃﾞﾝﾜ", "電話勧誘販売（デンワ）")
    assert not matches("訪問", "通信販売")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("12000", 12000),
        ("１２，０００円", 12000),
        ("1万2千円", 12000),
        ("3.5万円", 35000),
        ("二万五千", 25000),
        ("1億2000万", 120_000_000),
        ("¥9,800", 9800),
        ("千円", 1000),
        ("", None),
    ],
)
def test_parse_yen(text: str, amount: int | None) -> None:
    assert parse_yen(text) == amount


@pytest.mark.parametrize("text", ["abc", "1万x", "12-000"])
def test_parse_yen_refuses_garbage_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_yen(text, field="contract_amount")
    assert info.value.where == "contract_amount"


def test_format_yen() -> None:
    assert format_yen(1234567) == "1,234,567円"
    assert format_yen(None) == ""

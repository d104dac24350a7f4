"""名寄せ keys: legal forms, widths and kana fold together; readings of kanji are never guessed; 法人番号 check digits."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counselor_app.domain.business_names import business_key, phone_key, strip_legal_form
from counselor_app.domain.corporate_number import (
    check_digit,
    is_valid_corporate_number,
    validate_corporate_number,
    with_check_digit,
)
from counselor_app.domain.errors import ValidationError


@pytest.mark.parametrize(
    "spelling",
    [
        "株式会社テスト商事",
        "（株）テスト商事",
        "(株)テスト商事",
        "㈱テスト商事",
        "株式会社 テスト商事",
        "( 株 ) テスト商事",
        "テスト商事株式会社",
        "テスト商事（株）",
        "テスト商事㈱",
        "ｶ)ﾃｽﾄ商事",
        "カ）テスト商事",
        "ﾃｽﾄ商事(ｶ",
        "(カ)テスト商事",
        "ﾃｽﾄ商事",
        "テスト・商事",
        "てすと商事",
        "株式會社テスト商事",
    ],
)
def test_spellings_of_one_business_share_a_key(spelling: str) -> None:
    assert business_key(spelling) == business_key("株式会社テスト商事") == "てすと商事"


def test_half_width_and_full_width_katakana_fold_together() -> None:
    assert business_key("ﾃｽﾄ") == business_key("テスト") == business_key("てすと")
    assert business_key("ﾎｰﾑｻｰﾋﾞｽ") == business_key("ホームサービス")
    assert business_key("ＡＢＣ　Ｔｒａｄｉｎｇ") == business_key("abc trading") == "abctrading"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("有限会社さくら", "㈲さくら"),
        ("有限会社さくら", "（有）さくら"),
        ("有限会社さくら", "ﾕ)ｻｸﾗ"),
        ("合同会社みらい", "（同）みらい"),
        ("合同会社みらい", "みらい合同会社"),
        ("一般社団法人日本テスト協会", "（一社）日本テスト協会"),
        ("一般財団法人日本テスト財団", "(一財)日本テスト財団"),
        ("特定非営利活動法人ひだまり", "NPO法人ひだまり"),
        ("医療法人社団健康会", "医療法人 健康会"),
        ("ABC Co., Ltd.", "ABC"),
        ("Sakura Inc.", "sakura"),
        ("ホ-ムサービス", "ホームサービス"),
        ("キャピタル", "ｷﾔﾋﾟﾀﾙ"),
        ("髙橋商店", "高橋商店"),
    ],
)
def test_legal_form_and_spelling_variants(a: str, b: str) -> None:
    assert business_key(a) == business_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Readings of kanji are never guessed.
        ("株式会社テスト商事", "かぶしきがいしゃてすとしょうじ"),
        ("テスト商事", "テストショウジ"),
        ("大和住建", "だいわじゅうけん"),
        ("東西", "とうざい"),
        # A legal form inside the name is part of the name.
        ("テスト株式会社大阪支店", "テスト大阪支店"),
        # Different businesses stay different.
        ("テスト商事", "テスト商会"),
        ("ガス", "カス"),
        ("Zinc", "Z"),
    ],
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert business_key(a) != business_key(b)


def test_a_name_that_is_only_a_legal_form_keeps_it() -> None:
    assert business_key("株式会社") == "株式会社"
    assert business_key("（株）") != ""
    assert strip_legal_form("株式会社テスト") == "テスト"
    assert business_key("   ") == ""


@given(st.text(alphabet="テスト商事ｱｲｳｰさくらABCabc ()（）・-ー＆", max_size=20))
def test_keys_are_stable_and_free_of_spaces_and_punctuation(name: str) -> None:
    key = business_key(name)
    assert not any(char in key for char in " ()（）・-＆")
    assert key == key.lower()
    assert business_key(key) == key


def test_phone_keys_compare_digits_as_dialled_in_japan() -> None:
    assert phone_key("03-1234-5678") == phone_key("（03）1234-5678") == phone_key("０３１２３４５６７８")
    assert phone_key("+81 3-1234-5678") == "0312345678"
    assert phone_key("090-1234-5678") == "09012345678"
    # Fragments and short codes are not phone numbers.
    assert phone_key("1234") == "" and phone_key("188") == ""


# Published 法人番号 of public bodies and listed companies (not personal data).
@pytest.mark.parametrize("number", ["7000012050002", "1180301018771", "700001205000２", "7000-0120-50002"])
def test_valid_corporate_numbers(number: str) -> None:
    assert is_valid_corporate_number(number)
    assert validate_corporate_number(number) == "7000012050002" or validate_corporate_number(number) == "1180301018771"


@pytest.mark.parametrize("number", ["8000012050002", "1180301018772", "000012050002", "70000120500021", "700001205000A"])
def test_invalid_corporate_numbers(number: str) -> None:
    assert not is_valid_corporate_number(number)
    with pytest.raises(ValidationError) as error:
        validate_corporate_number(number)
    assert error.value.where == "business.corporate_number"


def test_check_digit_completes_a_base_number() -> None:
    assert check_digit("000012050002") == 7
    assert is_valid_corporate_number(with_check_digit("123456789012"))
    assert validate_corporate_number("  ") is None

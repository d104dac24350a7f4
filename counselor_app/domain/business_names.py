"""名寄せ keys for business names and phone numbers: width, kana, legal forms and punctuation folded away.

A key is what two spellings of one business name have in common:

- NFKC (full-width ASCII, half-width katakana and ㈱-style symbols become canonical),
- the legal form (株式会社, （株）, ㈱, カ), (カ, 有限会社, （有）, 合同会社, 一般社団法人, …)
  removed when it stands at the start or the end of the name,
- spaces and punctuation removed, a hyphen typed for ー after kana read as ー,
- katakana folded to hiragana and small kana to large ones (bank-style names have none),
- lower case.

Readings of kanji are never guessed: 株式会社テスト商事 and かぶしきがいしゃてすとしょうじ,
or テスト商事 and テストショウジ, stay different keys.
"""

from __future__ import annotations

import re
import unicodedata

from counselor_app.domain.text import katakana_to_hiragana, nfkc

# Legal forms (法人格) and their abbreviations, after NFKC (so ㈱ has become "(株)" and
# half-width ｶ) has become "カ)"). Abbreviations in brackets are written before or after the
# name; bank-transfer style (全銀) abbreviations put a bracket on one side only:
# カ)テスト for 株式会社テスト, テスト(カ for テスト株式会社.
_LONG_FORMS: tuple[str, ...] = (
    "特定非営利活動法人",
    "独立行政法人",
    "地方独立行政法人",
    "一般社団法人",
    "一般財団法人",
    "公益社団法人",
    "公益財団法人",
    "社会福祉法人",
    "有限責任事業組合",
    "有限責任中間法人",
    "株式会社",
    "株式會社",
    "有限会社",
    "有限會社",
    "合同会社",
    "合資会社",
    "合名会社",
    "相互会社",
    "社団法人",
    "財団法人",
    "医療法人社団",
    "医療法人財団",
    "医療法人",
    "学校法人",
    "宗教法人",
    "協同組合",
    "NPO法人",
    "npo法人",
)
# Abbreviations written inside brackets: (株), (有), (同), (一社), ...
_BRACKETED: tuple[str, ...] = (
    "株",
    "有",
    "同",
    "資",
    "名",
    "一社",
    "一財",
    "公社",
    "公財",
    "社",
    "財",
    "特非",
    "NPO",
    "npo",
    "福",
    "医",
    "学",
    "宗",
    "協",
    "独",
)
# 全銀 (bank transfer) katakana abbreviations: カ)… or …(カ. Small kana are written large there.
_BANK_ABBREVIATIONS: tuple[str, ...] = (
    "カ",
    "ユ",
    "ド",
    "シ",
    "メ",
    "ザイ",
    "シヤ",
    "シャ",
    "イ",
    "ガク",
    "フク",
    "トクヒ",
    "ドク",
    "シユウ",
    "シュウ",
)
# English legal forms, only at the end and only after a space, comma or full stop
# (so that "zinc" keeps its "inc").
_ENGLISH_FORM = re.compile(
    r"[\s,.]+(?:co\.?,?\s*ltd\.?|company\s+limited|corporation|corp\.?|inc\.?|incorporated|"
    r"k\.\s?k\.?|kk|llc|l\.l\.c\.|ltd\.?|limited|co\.?)\s*$",
    re.IGNORECASE,
)


def _alternation(options: tuple[str, ...]) -> str:
    # Longest first, so that 医療法人社団 wins over 医療法人 and シヤ over シ.
    return "|".join(re.escape(option) for option in sorted(options, key=len, reverse=True))


_LONG = _alternation(_LONG_FORMS)
_IN_BRACKETS = rf"\((?:{_alternation(_BRACKETED)})\)"
_BANK = _alternation(_BANK_ABBREVIATIONS)
_LEADING_FORM = re.compile(rf"^(?:{_LONG}|{_IN_BRACKETS}|(?:{_BANK})\)|\((?:{_BANK})\))")
_TRAILING_FORM = re.compile(rf"(?:{_LONG}|{_IN_BRACKETS}|\((?:{_BANK})\)?)$")
_SPACES = re.compile(r"\s+")
# A hyphen or dash typed after kana means the long vowel mark (ホ-ム for ホーム).
_DASH_AFTER_KANA = re.compile(r"(?<=[\u3041-\u3096\u30a1-\u30fa])[-\u2010-\u2015\u2212\uff0d]")
_SMALL_TO_LARGE = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")
# Glyph variants (異体字) of the same character that NFKC keeps apart and that systems
# without the variant replace; never a change of reading.
_GLYPH_VARIANTS = str.maketrans({"髙": "高", "﨑": "崎", "𠮷": "吉", "德": "徳", "會": "会"})


def strip_legal_form(name: str) -> str:
    """The name without its legal form at the start or the end (after NFKC, without spaces).

    A name that is nothing but a legal form keeps it, so that no key is empty.
    """
    text = _SPACES.sub("", _ENGLISH_FORM.sub("", nfkc(name).strip()))
    stripped = _LEADING_FORM.sub("", text, count=1)
    stripped = _TRAILING_FORM.sub("", stripped, count=1) or stripped
    return stripped or text


def _is_punctuation(char: str) -> bool:
    category = unicodedata.category(char)
    # P*: punctuation (・「」。、 and brackets); S*: symbols (＆ ＋ 〜 ★); keep ー (Lm), 々 (Lm).
    return category[0] in "PS" or category in ("Zs", "Cc", "Cf")


def business_key(name: str) -> str:
    """The 名寄せ key of a business name (see the module docstring); "" for a blank name."""
    text = strip_legal_form(name).lower()
    text = _DASH_AFTER_KANA.sub("ー", text)
    text = "".join(char for char in text if not _is_punctuation(char))
    text = katakana_to_hiragana(text).translate(_SMALL_TO_LARGE).translate(_GLYPH_VARIANTS)
    return text


def phone_key(text: str) -> str:
    """Digits of a phone number as dialled in Japan: +81 3-1234-5678 → 0312345678; "" if too short.

    Fewer than 10 digits is not a full number (a fragment or a short code such as 188),
    and fragments must not produce exact-match claims.
    """
    digits = re.sub(r"\D", "", nfkc(text))
    if nfkc(text).strip().startswith("+81") or (digits.startswith("81") and len(digits) in (11, 12)):
        digits = "0" + digits[2:]
    return digits if 10 <= len(digits) <= 11 else ""

"""Removing personal data from Japanese narratives: the case's own values and general patterns, as typed placeholders.

``scrub(text, personal_values)`` returns the scrubbed text and every redaction
with its type and position (in the original and in the scrubbed text), so a
preview can highlight what was removed and a report can count it.

What is removed (each replaced by a typed placeholder such as 〔氏名〕):

* the case's own personal values (names, kana readings, phones, e-mail,
  addresses, postal codes, birth dates) in any width, spacing, kana or date
  notation;
* general patterns: phone numbers (hyphens, spaces, parentheses, full-width,
  kanji digits, +81), postal codes (〒), e-mail addresses, 12-digit マイナンバー,
  card numbers (also masked or "下4桁"), bank and ゆうちょ account numbers, other
  identifying numbers after a label (会員番号, 免許証番号, パスワード, …), birth dates
  in 西暦 and 和暦 (by context: 生年月日, 〜生まれ), street addresses (丁目・番地・号,
  1-2-3 after a place name, 〜号室, building names), and names in context
  (〜さん/様/氏/君/ちゃん/殿/先生, 相談者（…）, 氏名：…, 娘の〜, 〜と名乗る, 〜名義,
  a listed surname followed by a listed given name).

Deliberately kept (decided, not overlooked):

* business and organisation names, even when they contain a surname
  (田中商事, 山田工務店): business data is not personal data in this application
  (``PERSONAL_BUSINESS_FIELDS`` is empty); a person's name next to it is removed
  (田中商事の田中さん → 田中商事の〔氏名〕);
* ages, dates other than birth dates, amounts, prefectures and municipalities
  on their own (the casebook publishes 年代, 受付年月 and 居住地 anyway);
* ordinary nouns in a name's slot (お客さん, 業者さん, 母の年金, ヘルパーさん).

Every phone number is removed, a business's included: a desk cannot tell a sole
trader's mobile from a switchboard, and leaving one in costs more than losing one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from counselor_app.domain import person_names as names

# -- types and placeholders ---------------------------------------------------------------

NAME = "name"
PHONE = "phone"
EMAIL = "email"
POSTAL_CODE = "postal_code"
ADDRESS = "address"
BIRTH_DATE = "birth_date"
MY_NUMBER = "my_number"
CARD = "card"
ACCOUNT = "account"
ID_NUMBER = "id_number"

KIND_LABELS: dict[str, str] = {
    NAME: "氏名",
    PHONE: "電話番号",
    EMAIL: "メール",
    POSTAL_CODE: "郵便番号",
    ADDRESS: "住所",
    BIRTH_DATE: "生年月日",
    MY_NUMBER: "個人番号",
    CARD: "カード番号",
    ACCOUNT: "口座番号",
    ID_NUMBER: "識別番号",
}
KINDS: tuple[str, ...] = tuple(KIND_LABELS)
# Stamped on every stored scrub result (case_record.scrub_version). Raise it whenever
# this module, person_names.py or casebook.scrub_texts/personal_values change what is
# removed: rows stamped with an older version are scrubbed again at the next export.
# tests/domain/test_scrub_version.py fails when the sources change without a raise.
SCRUBBER_VERSION = 2
# Identifiers that must never survive an export (the acceptance bar is 100 %).
STRUCTURED_KINDS: frozenset[str] = frozenset({PHONE, EMAIL, POSTAL_CODE, MY_NUMBER, CARD, ACCOUNT, ID_NUMBER})


def placeholder(kind: str) -> str:
    """The text that replaces a redacted span, e.g. 〔電話番号〕."""
    return f"〔{KIND_LABELS[kind]}〕"


# Which personal field of a party feeds which kind of redaction.
FIELD_KINDS: dict[str, str] = {
    "name": NAME,
    "name_kana": NAME,
    "phone": PHONE,
    "email": EMAIL,
    "address": ADDRESS,
    "postal_code": POSTAL_CODE,
    "birth_date": BIRTH_DATE,
}


@dataclass(frozen=True)
class Redaction:
    """One removed span: its type, where it was in the original and where its placeholder is.

    ``original`` is the removed text itself. It is personal data: show it only to
    someone who may see the case, never log or export it.
    """

    kind: str
    start: int
    end: int
    out_start: int
    out_end: int
    rule: str
    original: str

    @property
    def label(self) -> str:
        """The Japanese name of the type (氏名, 電話番号, …)."""
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class ScrubResult:
    """A scrubbed text and what was taken out of it."""

    text: str
    redactions: tuple[Redaction, ...]

    def counts(self) -> dict[str, int]:
        """Number of redactions per type (types with none are left out)."""
        counts: dict[str, int] = {}
        for redaction in self.redactions:
            counts[redaction.kind] = counts.get(redaction.kind, 0) + 1
        return counts

    @property
    def changed(self) -> bool:
        """True when anything was removed."""
        return bool(self.redactions)


# -- character views ----------------------------------------------------------------------
# Two same-length views of the text let the patterns ignore width and notation while
# every match position still points into the original.

_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆\U00020000-\U0003134f"
_KATA = "\u30a1-\u30fa\u30fc\u30fd\u30fe・"
_HIRA = "\u3041-\u3096ゝゞ"
_KANJI_RE = re.compile(f"[{_KANJI}]")
_KATA_RE = re.compile(f"[{_KATA}]")
_HIRA_RE = re.compile(f"[{_HIRA}]")

_HALF_KATA = (
    "｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝﾞﾟ",
    "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜",
)


def _wide_table() -> dict[int, str]:
    table: dict[int, str] = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "
    table[0x00A0] = " "
    for half, full in zip(*_HALF_KATA, strict=True):
        table[ord(half)] = full
    return table


_WIDE = _wide_table()
_NUM = dict(_WIDE)
for _dash in "‐‑‒–—―−﹣":
    _NUM[ord(_dash)] = "-"
_NUM[0xFF0D] = "-"  # full-width hyphen-minus
for _digit, _kanji in enumerate("〇一二三四五六七八九"):
    _NUM[ord(_kanji)] = str(_digit)
_NUM[ord("零")] = "0"
_FOLD = dict(_WIDE)
for _code in range(0x3041, 0x3097):  # hiragana to katakana, for comparing readings
    _FOLD[_code] = chr(_code + 0x60)
for _upper in range(ord("A"), ord("Z") + 1):
    _FOLD[_upper] = chr(_upper + 32)
for _code in range(0xFF21, 0xFF3B):
    _FOLD[_code] = chr(_code - 0xFEE0 + 32)


_NEEDS_WIDE = re.compile("[\u00a0\u3000\uff01-\uff9f]")
_NEEDS_NUM = re.compile("[\u00a0\u3000\uff01-\uff9f‐‑‒–—―−﹣〇一二三四五六七八九零]")


class _Views:
    """Same-length views of one text (each built on first use; most texts need only some)."""

    def __init__(self, text: str) -> None:
        self.original = text
        self._wide: str | None = None
        self._num: str | None = None
        self._fold: str | None = None

    @property
    def wide(self) -> str:
        """Width-normalised: names, e-mail, keywords."""
        if self._wide is None:
            text = self.original
            self._wide = text.translate(_WIDE) if _NEEDS_WIDE.search(text) else text
        return self._wide

    @property
    def num(self) -> str:
        """Also dashes and kanji digits as ASCII: every number pattern."""
        if self._num is None:
            text = self.original
            self._num = text.translate(_NUM) if _NEEDS_NUM.search(text) else text
        return self._num

    @property
    def fold(self) -> str:
        """Also hiragana as katakana and lower case: the case's own values."""
        if self._fold is None:
            self._fold = self.original.translate(_FOLD)
        return self._fold


def _views(text: str) -> _Views:
    return _Views(text)


class _Candidate(NamedTuple):
    start: int
    end: int
    kind: str
    rule: str


class _Hint:
    """A cheap literal pre-check, so that a costly pattern runs only where its label occurs."""

    def __init__(self, *words: str) -> None:
        self._pattern = re.compile("|".join(map(re.escape, words)))

    def __call__(self, text: str) -> bool:
        return self._pattern.search(text) is not None


def _mentions(text: str, hint: _Hint) -> bool:
    return hint(text)


# -- structured identifiers ---------------------------------------------------------------

_SEP = r"[\-ー]"
_HAS_DIGIT = re.compile(r"[0-9]")

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*"
    r"(?:@|\(at\)|\[at\]|アットマーク)"
    r"[A-Za-z0-9\-]+(?:(?:\.|\(dot\)|\[dot\]|ドット)[A-Za-z0-9\-]+)+"
)
_HANDLE = re.compile(r"(?<![A-Za-z0-9._%+\-])@[A-Za-z0-9_][A-Za-z0-9_.]{2,29}")

_ID_LABEL = (
    r"会員番号|会員ID|顧客番号|顧客ID|お客様番号|お客さま番号|契約者番号|契約番号|受付番号|注文番号|申込番号|"
    r"証券番号|保険証番号|被保険者番号|保険者番号|被保険者証|保険証|運転免許証番号|運転免許証|免許証番号|免許証|"
    r"免許番号|パスポート番号|パスポート|旅券番号|基礎年金番号|年金番号|社員番号|学籍番号|患者番号|診察券番号|"
    r"利用者番号|ユーザーID|ユーザID|ログインID|アカウントID|アカウント名|アカウント|パスワード|暗証番号|"
    r"認証コード|ワンタイムパスワード|(?<![A-Za-z])ID|(?<![A-Za-z])PIN"
)
_ID_CONTEXT = re.compile(
    rf"(?:{_ID_LABEL})(?:の)?(?:(?:記号|番号)・?){{0,2}}(?:は|が|を|:|=|\s|\(){{0,3}}(?:記号(?:は|:|\s)*)?"
    r"([@A-Za-z0-9][A-Za-z0-9\-_.]{2,30}(?:(?:の|、|,|\s)?番号(?:は|:|\s)*[A-Za-z0-9\-]{1,20})?)"
)
_SECRET = re.compile(
    r"(?:パスワード|暗証番号|PIN|パスコード|認証コード)(?:は|が|を|:|=|\s|「)*([A-Za-z0-9!#$%&*+\-/:;=?@^_~]{3,40})"
)
_ID_NEEDS_DIGIT = re.compile(r"[0-9]")
_PASSPORT = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{7}(?![0-9])")
_PENSION = re.compile(r"(?<![0-9\-])[0-9]{4}-[0-9]{6}(?![0-9]|-[0-9])")

_MY_NUMBER_CONTEXT = re.compile(
    r"(?:マイナンバー|個人番号)(?:カード)?(?:の)?(?:番号)?[^0-9\n]{0,8}?"
    rf"([0-9]{{4}}(?:{_SEP}|\s)?[0-9]{{4}}(?:{_SEP}|\s)?[0-9]{{4}})(?![0-9])"
)
_TWELVE = re.compile(rf"(?<![0-9\-ー])[0-9]{{4}}({_SEP}|\s)?[0-9]{{4}}\1[0-9]{{4}}(?![0-9]|(?:{_SEP}|\s)[0-9])")

_CARD = re.compile(
    r"(?<![0-9])(?:"
    rf"[0-9*＊xX]{{4}}({_SEP}|\s)?[0-9*＊xX]{{4}}\1[0-9*＊xX]{{4}}\1[0-9]{{1,7}}"
    rf"|[0-9]{{4}}({_SEP}|\s)?[0-9]{{6}}\2[0-9]{{4,5}}"
    r"|[0-9]{14,19}"
    r")(?![0-9])"
)
_CARD_TAIL = re.compile(
    r"(?:カード|クレジット)[^。\n]{0,15}?(?:下4桁|下4ケタ|下4けた|末尾|最後の4桁)(?:の番号)?(?:は|が|:|\s)*([0-9]{4})(?![0-9])"
)
_CARD_SECRET = re.compile(
    r"(?:セキュリティ(?:ー)?コード|CVV|CVC|有効期限)(?:は|が|:|\s)*([0-9]{1,2}/[0-9]{2,4}|[0-9]{3,4})(?![0-9])"
)
_NOT_AFTER_ACCOUNT = r"(?![0-9]|\s?(?:円|万|千|件|回|年|月|日|歳|人|%|時|分))"
_ACCOUNT = re.compile(
    r"(?:口座番号|口座No\.?|口座|普通預金|当座預金|貯蓄預金|普通|当座|貯蓄|総合口座)"
    r"(?:口座)?(?:番号)?(?:は|が|の|:|\s|・)*(?:普通|当座)?(?:預金)?(?:口座)?(?:番号)?(?:は|が|:|\s|・)*"
    rf"([0-9]{{6,8}}|[0-9]{{5}}{_SEP}[0-9]{{6,8}}){_NOT_AFTER_ACCOUNT}"
)
_YUCHO = re.compile(
    r"記号(?:は|が|:|\s)*([0-9]{5})[^0-9\n]{0,6}?番号(?:は|が|:|\s)*([0-9]{6,8})(?![0-9])"
)
_YUCHO_BARE = re.compile(rf"(?:ゆうちょ|郵便貯金|貯金)[^0-9\n]{{0,12}}?([0-9]{{5}}{_SEP}[0-9]{{6,8}})(?![0-9])")

_PHONE = re.compile(
    r"(?<![0-9A-Za-z\-ー])(?:\+81(?:\s|-)?\(?0?\)?(?:\s|-)?[1-9][0-9]{0,3}|\(0[0-9]{1,4}\)|0[0-9]{1,4})"
    r"(?:(?:\s|[\-ー.・の()])?[0-9]{1,4}){1,3}(?![0-9]|[\-ー][0-9])"
)
_PHONE_CONTEXT = re.compile(
    r"(?:電話|TEL|Tel|tel|携帯|ケータイ|連絡先|FAX|Fax|fax|ファックス|ファクス)(?:番号)?[^0-9\n]{0,6}?"
    r"(\(?[0-9]{2,4}\)?[\-ー]?[0-9]{4})(?![0-9]|[\-ー][0-9])"
)
_POSTAL_CONTEXT = re.compile(
    rf"(?:〒|郵便番号|郵便|ゆうびん番号)(?:は|:|\s)*([0-9]{{3}}{_SEP}?[0-9]{{4}})(?![0-9])"
)
_POSTAL_BARE = re.compile(rf"(?<![0-9\-ー.,/])[0-9]{{3}}{_SEP}[0-9]{{4}}(?![0-9]|{_SEP}[0-9])")

# -- dates ----------------------------------------------------------------------------------

_ERA_START = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
_ERA_INITIAL = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
_DATE_SEP = r"\s?(?:年|/|\.|-)\s?"
_DATE = re.compile(
    r"(?<![0-9])(?:"
    rf"(?P<y>(?:18|19|20)[0-9]{{2}})(?:\s?年?\s?\((?:明治|大正|昭和|平成|令和)(?:元|[0-9]{{1,2}})年?\)\s?|{_DATE_SEP})(?P<m>[0-9]{{1,2}})\s?(?:月|/|\.|-)\s?(?P<d>[0-9]{{1,2}})日?"
    rf"|(?P<era>明治|大正|昭和|平成|令和|[MTSHR])\s?(?P<ey>元|[0-9]{{1,2}}|[0-9]?十[0-9]?){_DATE_SEP}(?P<em>[0-9]{{1,2}}|十[0-2]?)"
    r"\s?(?:月|/|\.|-)\s?(?P<ed>[0-9]{1,2}|[0-3]?十[0-9]?)日?"
    r"|(?P<cy>(?:19|20)[0-9]{2})(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12][0-9]|3[01])"
    r")(?![0-9])"
)
_BIRTH_YEAR = re.compile(
    r"(?<![0-9])(?:(?:18|19|20)[0-9]{2}|(?:明治|大正|昭和|平成|令和|[MTSHR])\s?(?:元|[0-9]{1,2}|[0-9]?十[0-9]?))年"
    r"(?:\s?[0-9]{1,2}月)?(?:\s?[0-9]{1,2}日)?(?=\s?(?:生まれ|生れ|産まれ|うまれ|生(?![活産じ命協徒涯鮮存計前後地物理体成育態息])))"
)
_MONTH_DAY = re.compile(r"(?<![0-9])[0-9]{1,2}\s?(?:月|/)\s?[0-9]{1,2}日?(?![0-9])")
_BIRTH_BEFORE = re.compile(
    r"(?:生年月日|誕生日|生まれ年|生年|生まれは|DOB)(?:欄|の欄)?(?:には|は|が|の|に|を|:|\s|「|\()*$"
)
_BIRTH_AFTER = re.compile(
    r"^\s?(?:生まれ|生れ|産まれ|うまれ|生(?![活産じ命協徒涯鮮存計前後地物理体成育態息]))"
)


def _small_number(text: str) -> int:
    """Read 12, 十二 (as 十2 in the number view) or 二十八 (2十8)."""
    if "十" not in text:
        return int(text)
    tens, _, ones = text.partition("十")
    return int(tens or 1) * 10 + int(ones or 0)


def _date_of(match: re.Match[str]) -> dt.date | None:
    """The date a _DATE match names, or None when it is no real date."""
    try:
        if match.group("y"):
            return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        if match.group("era"):
            era = match.group("era")
            era = _ERA_INITIAL.get(era, era)
            year_text = match.group("ey")
            year = 1 if year_text == "元" else _small_number(year_text)
            return dt.date(
                _ERA_START[era] + year - 1, _small_number(match.group("em")), _small_number(match.group("ed"))
            )
        return dt.date(int(match.group("cy")), int(match.group("cm")), int(match.group("cd")))
    except ValueError:
        return None


# -- addresses ------------------------------------------------------------------------------

_N = r"(?:[0-9]{1,4}|[0-9]?十[0-9]?)"
_STREET = re.compile(
    rf"{_N}\s?(?:丁目|番地|番|号|{_SEP})(?:\s?の?\s?{_N}\s?(?:丁目|番地の?|番|号(?!室)|{_SEP})?){{0,3}}"
)
_STREET_FOLLOW_STOP = re.compile(r"^\s?(?:円|万|千|件|回|年|月|日|歳|人|個|時|分|秒|%|目|線|台|枚|本|倍|位|割|等)")
_BUILDING_WORDS = (
    "マンション|ハイツ|コーポラス|コーポ|アパート|レジデンス|メゾン|パレス|荘|ビル|タワー|ヒルズ|コート|ハウス|"
    "テラス|ガーデン|プラザ|団地|住宅|寮|ハイム|シャトー|ヴィラ|ビラ|キャッスル|フラット|カーサ|ドミール|"
    "グランド|サンシャイン|ロイヤル|パーク"
)
_BUILDING_CHARS = f"{_KANJI}{_KATA}A-Za-z"
# A building name may start in hiragana (さくらハイツ) but not with a particle (のマンション).
_BUILDING_HIRA = "(?:[" + "".join(chr(c) for c in range(0x3041, 0x3097) if chr(c) not in "はがをにでともへやのる") + "][ぁ-ゖ]{0,4})?"
_BUILDING_AFTER = re.compile(
    rf"^(?:\s|、)?(?:{_BUILDING_HIRA}[{_BUILDING_CHARS}0-9]{{0,14}}(?:{_BUILDING_WORDS})[{_BUILDING_CHARS}]{{0,8}}"
    r"(?:\s?第?[0-9A-Z]{1,3}(?:棟|号棟|号館))?(?:\s?[A-Z]?-?[0-9]{1,4}(?:号室|号|階|F)?)?"
    r"|\s?[A-Z]?-?[0-9]{1,4}(?:号室|階)"
    # a building named without a building word, then its room (サンライズ柏305号室)
    rf"|\s?[{_BUILDING_CHARS}]{{1,14}}\s?[A-Z]?-?[0-9]{{1,4}}(?:号室|階|F))"
)
_ROOM = re.compile(
    rf"(?:[{_BUILDING_CHARS}]{{0,14}}(?:{_BUILDING_WORDS})[{_BUILDING_CHARS}]{{0,8}}\s?)?[A-Z]?[0-9]{{1,4}}号室"
    rf"|[{_BUILDING_CHARS}]{{0,14}}(?:{_BUILDING_WORDS})[{_BUILDING_CHARS}]{{0,8}}\s?[A-Z]?[0-9]{{1,4}}(?:号|階)"
)
_PLACE_MARKERS = "都道府県市区町村郡字"
_DATE_LIKE = re.compile(r"^(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}$")
_PREFECTURES = re.compile(
    "北海道|東京都|大阪府|京都府|"
    + "|".join(
        f"{name}県"
        for name in ["青森", "岩手", "宮城", "秋田", "山形", "福島", "茨城", "栃木", "群馬", "埼玉", "千葉", "神奈川", "新潟", "富山", "石川", "福井", "山梨", "長野", "岐阜", "静岡", "愛知", "三重", "滋賀", "兵庫", "奈良", "和歌山", "鳥取", "島根", "岡山", "広島", "山口", "徳島", "香川", "愛媛", "高知", "福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄"]
    )
)
_ADDRESS_LABELS = re.compile(
    r"^.*?(?:現住所|自宅住所|住所|自宅|所在地|実家|宛先|送付先|届け先|配送先|住まい|居所|本籍|勤務先|転居先|引越先|引っ越し先)"
    r"(?:は|が|:|\s)*"
)
_TOWN_NUMBER = re.compile(r"(?<=[町村字])[0-9]{1,5}(?:番地)?(?![0-9])")
_PARTICLES = "はがをにでともへや"


def _is_kanji(char: str) -> bool:
    return bool(_KANJI_RE.match(char))


def _is_kata(char: str) -> bool:
    return bool(_KATA_RE.match(char))


def _is_hira(char: str) -> bool:
    return bool(_HIRA_RE.match(char))


def _locality_start(wide: str, end: int) -> int:
    """Walk back from a house number over the place name written before it."""
    start = end
    limit = max(0, end - 30)
    while start > limit:
        char = wide[start - 1]
        if _is_kanji(char) or _is_kata(char) or char in "ヶケノ":
            start -= 1
            continue
        if char in "がの" and start - 2 >= limit and _is_kanji(wide[start - 2]) and _is_kanji(wide[start]):
            start -= 1  # 緑が丘, 桜の丘
            continue
        if char == "り" and start - 2 >= limit and wide[start - 2] == "通":
            start -= 1  # 駅前通り, 本町通り
            continue
        if _is_hira(char):
            # a town written in hiragana after its city (那覇市おもろまち4丁目)
            hira = start
            while hira > limit and _is_hira(wide[hira - 1]):
                hira -= 1
            if hira > 0 and wide[hira - 1] in _PLACE_MARKERS and start - hira <= 8:
                start = hira
                continue
            break
        if char.isdigit() and wide[start] in "条線":
            while start > limit and wide[start - 1].isdigit():
                start -= 1  # 北1条西 (Sapporo), 東2線
            continue
        break
    if start < end and wide[start] in _PLACE_MARKERS and start > 0 and _is_hira(wide[start - 1]):
        hira = start
        while hira > max(0, start - 6) and _is_hira(wide[hira - 1]):
            hira -= 1
        if hira > 0 and not _is_hira(wide[hira - 1]) and wide[hira] in _PARTICLES:
            hira += 1  # 住所はさくら市 → さくら市
        start = hira
    segment = wide[start:end]
    prefecture = _PREFECTURES.search(segment)
    if prefecture:
        return start + prefecture.start()
    label = _ADDRESS_LABELS.match(segment)
    if label:
        return start + label.end()
    return start


def _address_candidates(views: _Views, blocked: list[tuple[int, int]]) -> list[_Candidate]:
    num, wide = views.num, views.wide
    found: list[_Candidate] = []
    for match in _STREET.finditer(num):
        start, end = match.span()
        text = match.group()
        if start > 0 and num[start - 1] in "0123456789.,":
            continue
        if _STREET_FOLLOW_STOP.match(num, end) or _STREET_FOLLOW_STOP.match(num[end : end + 3]):
            continue
        if _DATE_LIKE.match(text):
            continue
        strong = "丁目" in text or "番地" in text or ("番" in text and "号" in text)
        dashes = len(re.findall(_SEP, text.rstrip("-ー")))
        text_end = end
        if text[-1] in "-ー":
            text_end -= 1
        locality = _locality_start(wide, start)
        has_place = locality < start
        if re.fullmatch(rf"{_N}\s?丁目", text) and not has_place:
            continue  # 3丁目の角: a block number with no place is no address
        if not strong:
            if dashes < 1 or not has_place or start - locality < 2:
                continue
            if re.search(r"(?:第|図|表|型番|品番|番号|型|No|号|日|時|期|間|分|年|月|回|版|条|項)$", wide[locality:start]):
                continue
        if any(start < b_end and text_end > b_start for b_start, b_end in blocked):
            continue
        building = _BUILDING_AFTER.match(num[text_end : text_end + 40])
        if building and building.group():
            text_end += building.end()
        found.append(_Candidate(locality, text_end, ADDRESS, "street"))
    for match in _TOWN_NUMBER.finditer(num) if _HINT_TOWN(num) else ():
        start, end = match.span()
        if _STREET_FOLLOW_STOP.match(num[end : end + 3]):
            continue
        locality = _locality_start(wide, start)
        if start - locality < 2:
            continue
        found.append(_Candidate(locality, end, ADDRESS, "town_number"))
    for match in _ROOM.finditer(num) if _HINT_ROOM(num) else ():
        found.append(_Candidate(match.start(), match.end(), ADDRESS, "room"))
    return found


# -- names ----------------------------------------------------------------------------------

_NAME_RUN = f"[{_KANJI}]{{1,8}}|[{_KATA}]{{2,12}}|[A-Za-z][A-Za-z.]{{1,20}}"
_HONORIFIC = re.compile(
    r"(?:さん|さま|様(?![子々式相態変])|氏(?![名族神])|君(?!が代)|くん|ちゃん|殿(?!様)|先生)"
)
_TITLE = re.compile("(?:" + "|".join(names.TITLE_WORDS) + ")")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z.'\-]*$")
_KANJI_TAIL = re.compile(f"[{_KANJI}]+$")
_KATA_TAIL = re.compile(f"[{_KATA}]+$")
_HIRA_TAIL = re.compile(f"[{_HIRA}]+$")
_RELATION = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, names.RELATION_WORDS), key=len, reverse=True)) + ")の"
)
_RELATION_DIRECT = re.compile(
    "(?:" + "|".join(("長男", "長女", "次男", "次女", "三男", "三女", "夫", "妻", "娘", "息子")) + r")(?:\s)?"
)
_NAME_TERMINATOR = re.compile(
    r"(?:さん|さま|様|氏|君|くん|ちゃん|殿|先生|が|は|を|に|と|も|から|へ|の|や|より|だ|で|宛|あて|名義|[（(、。,.・\s」』）)]|$)"
)
_ROLE_BRACKET = re.compile(
    r"(?:相談者|契約者|契約当事者|当事者|本人|申出人|申込者|依頼者|被害者|購入者|名義人|利用者|加入者|債務者|"
    r"連帯保証人|保証人|相手方|担当者|営業担当|担当|販売員|訪問者|勧誘員|男性|女性|男|女|夫|妻|母|父|娘|息子|"
    r"長男|長女|次男|次女|祖母|祖父|孫|兄|姉|弟|妹|友人|知人|隣人|社長|店長|代表者|代表|従業員|社員|職員)"
    r"(?:\s)?[（(]"
)
_LABEL = re.compile(
    "(?:" + "|".join(map(re.escape, names.NAME_LABELS)) + r")(?:は|が|:|・|\s|「|『)+"
)
_FIELD_LABEL = re.compile(
    r"(?:氏名|名前|署名|担当者|担当|契約者|申込者|購入者|保証人|受取人|差出人|依頼者|相談者|宛名|名義人?)欄(?:には|に|は|:|\s|「)*"
)
_WEAK_LABEL = re.compile(r"(?:担当者|担当|営業|差出人|送り主|販売員|社員|店員|従業員|作業員)(?:は|が|の|:|、|\s)+")
_NAMED_AS = re.compile(r"(?:と|って)(?:名乗|名の|名前を名乗|申し|申す)")
_SELF_INTRODUCTION = re.compile(r"(?:です|でございます|と申します|といいます|と言います)")
_CALLED = re.compile(r"(?:と|って)(?:言う(?:男|女|人|者)|いう(?:男|女|人|者|方)|称し|称する)")
_TITLE_MEIGI = re.compile(r"(?:名義|宛て|宛|あて)")
_SPACE_NAME = re.compile(f"([{_KANJI}]{{1,4}})[ ]([{_KANJI}]{{1,6}}|[{_HIRA}]{{2,4}}|[{_KATA}]{{2,5}})")
_KANJI_RUN = re.compile(f"[{_KANJI}]{{3,10}}")
_NAME_FIELD_KANA = re.compile(f"[{_KATA}]{{2,8}}[ ][{_KATA}]{{2,8}}")
_ORG_ONLY_LATIN = re.compile(r"^[A-Z0-9&.]{2,6}$")
# Last characters typical of given names and rare at the end of everyday nouns.
_GIVEN_ENDINGS = frozenset("子美恵香菜奈乃江枝里織穂佳那瑠紀帆羽郎也哉輔斗翔彦雄夫樹蓮")
# Wider set of given-name endings, used only for words made of name kanji (陽葵, 凛花, 善蔵).
_GIVEN_ENDINGS_WIDE = _GIVEN_ENDINGS | frozenset("葵花希愛心音結凛真華咲芽璃莉介太人平朗志史司治次助吉蔵輝翼空斗磨臣希実海琴羽")
# Kanji names may hold ノ or ヶ between kanji (一ノ瀬, 藤ヶ谷).
_KANJI_NAME_TAIL = re.compile(f"[{_KANJI}]+(?:[ノヶケ][{_KANJI}]+)*$")
# Roles after which only a known surname is taken as a name (業者の國分, 先方の佐藤).
_ROLE_RELATIONS = frozenset(("業者", "店員", "社員", "職員", "担当者", "担当", "営業", "営業担当", "販売員", "相手", "相手方", "先方", "代表", "社長", "店長", "従業員", "作業員", "配達員", "勧誘員"))

# Relations after which a katakana word is likely a person (友人のリサ), unlike 母のタンス.
_SOCIAL_RELATIONS = ("友人", "知人", "隣人", "同僚", "上司", "部下", "彼氏", "彼女", "交際相手", "恋人", "友達", "先輩", "後輩")


def _ends_with_org(word: str) -> bool:
    for suffix in names.ORGANISATION_SUFFIXES:
        if word.endswith(suffix):
            if len(suffix) == 1 and suffix in names.AMBIGUOUS_SUFFIXES and _surname_prefix(word) == len(word):
                continue
            return True
    return False


def _surname_prefix(word: str) -> int:
    """Length of the longest listed surname ``word`` starts with (0 if none)."""
    for length in (4, 3, 2, 1):
        if len(word) >= length and word[:length] in names.SURNAMES:
            return length
    return 0


def _is_listed_full_name(word: str) -> bool:
    length = _surname_prefix(word)
    while length:
        rest = word[length:]
        if rest in names.GIVEN_NAMES:
            return True
        length = next((n for n in range(length - 1, 0, -1) if word[:n] in names.SURNAMES), 0)
    return False


def _strip_prefix_words(word: str) -> tuple[int, str]:
    """Drop titles and time words in front of a name (担当者山田 → 山田); returns (offset, rest)."""
    offset = 0
    changed = True
    while changed and len(word) > 1:
        changed = False
        for prefix in names.NAME_PREFIX_WORDS:
            if word.startswith(prefix) and len(word) > len(prefix):
                rest = word[len(prefix) :]
                if rest in names.HONORIFIC_STOP_WORDS:
                    continue
                word, offset, changed = rest, offset + len(prefix), True
                break
    if len(word) > 4 and not _surname_prefix(word):
        for index in range(1, len(word) - 1):
            if _surname_prefix(word[index:]):
                return offset + index, word[index:]
    return offset, word


def _kanji_name_before_honorific(word: str) -> tuple[int, str] | None:
    """The name part of a kanji run written before さん/様/氏, or None for a role or a business."""
    if not word:
        return None
    offset, core = _strip_prefix_words(word)
    if core in names.HONORIFIC_STOP_WORDS:
        return None
    if _ends_with_org(core) and not _is_listed_full_name(core) and core not in names.SURNAMES:
        return None
    if len(core) == 1 and core not in names.SURNAMES and core not in names.GIVEN_NAMES:
        return None
    return offset, core


def _katakana_name(word: str) -> bool:
    stripped = word.strip("・ー")
    if len(word) < 2 or not stripped or word in names.KATAKANA_ROLE_WORDS or word in names.BRAND_WORDS:
        return False
    return not any(word.endswith(role) for role in names.KATAKANA_ROLE_WORDS) and not _ends_with_org(word)


def _name_candidates(views: _Views) -> list[_Candidate]:
    wide = views.wide
    found: list[_Candidate] = []

    def add(start: int, end: int, rule: str) -> None:
        if end > start:
            found.append(_Candidate(start, end, NAME, rule))

    # 〜さん / 様 / 氏 / 君 / ちゃん / 殿 / 先生
    for match in _HONORIFIC.finditer(wide):
        position = match.start()
        before = wide[max(0, position - 14) : position]
        kanji = _KANJI_NAME_TAIL.search(before) or _KANJI_TAIL.search(before)
        if kanji:
            result = _kanji_name_before_honorific(kanji.group())
            if result is None and len(kanji.group()) == 1 and match.group() in ("くん", "ちゃん", "君"):
                word = kanji.group()
                if word not in names.HONORIFIC_STOP_WORDS and word not in names.RELATION_STOP_WORDS:
                    result = (0, word)  # 轟くん: a one-kanji name before a child's honorific
            if result:
                offset, core = result
                start = position - len(kanji.group()) + offset
                add(_family_before_space(wide, start), start + len(core), "honorific")
            continue
        kata = _KATA_TAIL.search(before)
        if kata:
            word = kata.group()
            # a kanji surname in front of a katakana given name (山田ハナさん)
            run_start = position - len(word)
            head = _KANJI_TAIL.search(wide[max(0, run_start - 4) : run_start])
            if _katakana_name(word) and not (head and _compound_before(wide, run_start)):
                start = run_start - (len(head.group()) if head and head.group() in names.SURNAMES else 0)
                add(start, position, "honorific")
            continue
        hira = _HIRA_TAIL.search(before)
        if hira:
            word = hira.group()
            for length in range(min(len(word), 5), 1, -1):
                tail = word[-length:]
                if tail.translate(_FOLD_TO_HIRA) in names.ALL_GIVEN_READINGS:
                    start = position - length
                    head = _KANJI_TAIL.search(wide[max(0, start - 4) : start])
                    if head and head.group() in names.SURNAMES and length == len(word):
                        start -= len(head.group())
                    elif length == len(word):
                        start = _family_before_space(wide, start)
                    add(start, position, "honorific")
                    break
            continue
        latin = _LATIN_WORD.search(before)
        if latin and not _ORG_ONLY_LATIN.match(latin.group()) and latin.group() not in names.BRAND_WORDS:
            add(position - len(latin.group()), position, "honorific")

    # 相談者（山田花子、72歳）
    if "(" in wide:
        for match in _ROLE_BRACKET.finditer(wide):
            end = _take_name(wide, match.end(), strong=True)
            if end:
                add(match.end(), end, "bracket")

    # 氏名：山田花子 / 名前は山田 / フリガナ ヤマダ ハナコ
    if _mentions(wide, _LABEL_HINTS):
        for match in _LABEL.finditer(wide):
            end = _take_name(wide, match.end(), strong=True)
            if end:
                add(match.end(), end, "label")
    if "欄" in wide:
        for match in _FIELD_LABEL.finditer(wide):
            end = _take_name(wide, match.end(), strong=True)
            if end:
                add(match.end(), end, "label")
    if _mentions(wide, _WEAK_LABEL_HINTS):
        for match in _WEAK_LABEL.finditer(wide):
            end = _take_name(wide, match.end(), strong=False)
            if end:
                add(match.end(), end, "label")

    # 娘の花子が / 知人の佐藤から
    position = wide.find("の")
    while position != -1:
        relation = _relation_before(wide, position)
        if relation:
            end = _take_name(
                wide,
                position + 1,
                strong=False,
                kana_ok=relation in _SOCIAL_RELATIONS,
                surname_only=relation in _ROLE_RELATIONS,
            )
            if end:
                add(position + 1, end, "relation")
        position = wide.find("の", position + 1)
    for match in _RELATION_DIRECT.finditer(wide):
        start = match.end()
        if start < len(wide) and _is_kanji(wide[start]):
            run = _KANJI_RUN_AT.match(wide, start) or _KANJI_ONE_AT.match(wide, start)
            if run and (
                _is_listed_full_name(run.group())
                or run.group() in names.GIVEN_NAMES
                or (run.group() in names.ALL_GIVEN_NAMES and _NAME_TERMINATOR.match(wide, run.end()))
            ):
                add(start, run.end(), "relation")

    # 早乙女家の長男: a family name before 家 and a relation
    if "家" in wide:
        for match in _HOUSE.finditer(wide):
            word = match.group(1)
            if match.start(1) > 0 and _is_kanji(wide[match.start(1) - 1]):
                continue
            known = word.translate(names.OLD_FORMS) in names.ALL_SURNAMES
            if known or (len(word) >= 3 and word not in names.COMMON_WORDS and not _ends_with_org(word)):
                add(match.start(1), match.end(1), "house")

    if _mentions(wide, _TITLE_HINTS):
        _title_candidates(wide, add)
    if _mentions(wide, _HINT_NAMED):
        _named_as_candidates(wide, add)
    if _mentions(wide, _HINT_MEIGI):
        for match in _TITLE_MEIGI.finditer(wide):
            _name_before(wide, match.start(), add, "meigi", listed_only=True)

    # 山田 太郎 (a space between surname and given name)
    if " " in wide:
        _space_name_candidates(wide, add)

    # 山田太郎 (a listed surname followed by a listed given name, anywhere)
    for match in _KANJI_RUN_ANY.finditer(wide):
        word = match.group()
        for index in range(len(word) - 1):
            if word[index] not in _SURNAME_HEADS:
                continue
            if index and word[index - 1 : index + 1] in names.SURNAMES:
                continue  # do not start a surname in the middle of one
            length = _surname_prefix(word[index:])
            if length and word[index + length :] in names.GIVEN_NAMES and len(word) - index - length >= 1:
                given = word[index + length :]
                if len(given) == 1 and given not in _SINGLE_GIVEN:
                    continue
                add(match.start() + index, match.end(), "listed_name")
                break
    return found


def _relation_before(wide: str, position: int) -> str | None:
    """The relation word (娘, 知人, …) written right before the の at ``position``, if any."""
    for length in (5, 4, 3, 2, 1):
        word = wide[max(0, position - length) : position]
        if len(word) == length and word in _RELATION_SET:
            start = position - length
            if length == 1 and start > 0 and _is_kanji(wide[start - 1]):
                return None  # 様子の, 父母の: part of a longer word
            return word
    return None


def _title_candidates(wide: str, add: Callable[[int, int, str], None]) -> None:
    """真壁部長, 山田弁護士."""
    for match in _TITLE.finditer(wide):
        kanji = _KANJI_TAIL.search(wide[max(0, match.start() - 10) : match.start()])
        if not kanji:
            continue
        offset, core = _strip_prefix_words(kanji.group())
        if (
            not core
            or core in names.TITLE_STOP_WORDS
            or any(core.endswith(word) for word in names.TITLE_STOP_WORDS if len(word) > 1)
            or core in names.HONORIFIC_STOP_WORDS
            or (_ends_with_org(core) and not _surname_prefix(core))
            or (len(core) == 1 and core not in names.SURNAMES)
            or len(core) > 4
        ):
            continue
        add(match.start() - len(core), match.start(), "title")


def _named_as_candidates(wide: str, add: Callable[[int, int, str], None]) -> None:
    """山田と名乗る男, 「神崎です」と名乗る, 山田という男."""
    for match in _NAMED_AS.finditer(wide):
        _name_before(wide, match.start(), add, "named_as")
    for match in _SELF_INTRODUCTION.finditer(wide):
        start = match.start()
        body = _KANJI_TAIL.search(wide[max(0, start - 8) : start]) or _KATA_TAIL.search(wide[max(0, start - 10) : start])
        body_start = start - len(body.group()) if body else 0
        quoted_after_office = (
            body is not None
            and body_start > 1
            and wide[body_start - 1] == "の"
            and re.search("[「『][^」』]{0,12}$", wide[max(0, body_start - 14) : body_start - 1]) is not None
        )
        if body and body_start > 0 and (wide[body_start - 1] in "「『" or quoted_after_office):
            core = body.group()
            if core not in names.HONORIFIC_STOP_WORDS and not _ends_with_org(core):
                add(start - len(core), start, "named_as")
    for match in _CALLED.finditer(wide):
        _name_before(wide, match.start(), add, "named_as", listed_only=True)


def _space_name_candidates(wide: str, add: Callable[[int, int, str], None]) -> None:
    """山田 太郎: a space between a surname and a given name."""
    for match in _SPACE_NAME.finditer(wide):
        family, given = match.group(1), match.group(2)
        given_end = match.end(2)
        # The whole kanji run before the space, less titles and labels (受取人大河内 誠).
        run = _KANJI_TAIL.search(wide[max(0, match.end(1) - 12) : match.end(1)])
        family_start = match.start(1)
        stripped = False
        if run and len(run.group()) > len(family):
            offset, core = _strip_prefix_words(run.group())
            if len(core) <= 4:
                family, family_start, stripped = core, match.end(1) - len(core), offset > 0
        if _is_kanji(given[0]):
            listed = next((n for n in (4, 3, 2, 1) if n <= len(given) and given[:n] in names.GIVEN_NAMES), 0)
            if listed:
                given, given_end = given[:listed], match.start(2) + listed
            elif len(given) > 3:
                continue
        if family in names.SURNAMES or given in names.GIVEN_NAMES or (
            given.translate(_FOLD_TO_HIRA) in names.ALL_GIVEN_READINGS and _surname_prefix(family)
        ):
            start = family_start
            if start > 0 and _is_kanji(wide[start - 1]) and not stripped:
                continue
            add(start, given_end, "full_name")


_RELATION_SET = frozenset(names.RELATION_WORDS) | _ROLE_RELATIONS
_SURNAME_HEADS = frozenset(name[0] for name in names.SURNAMES)
_LABEL_HINTS = _Hint("名", "フリガナ", "ふりがな", "カナ", "受取", "差出", "送り主", "依頼主", "宛", "署", "通称", "旧姓", "苗字")
_WEAK_LABEL_HINTS = _Hint("担当", "営業", "差出", "送り主", "販売員", "社員", "店員", "従業員", "作業員")
_TITLE_HINTS = _Hint("長", "主任", "専務", "常務", "教授", "士", "医師", "議員", "代表", "巡査", "警部", "刑事")
_KANJI_RUN_AT = re.compile(f"[{_KANJI}]{{2,6}}")
_KANJI_ONE_AT = re.compile(f"[{_KANJI}]")
_HOUSE = re.compile(
    f"([{_KANJI}]{{2,4}})家の(?:長男|長女|次男|次女|三男|三女|息子|娘|人|方|者|家族|皆|主人|奥さん|嫁|当主|親)"
)
_KANJI_RUN_ANY = re.compile(f"[{_KANJI}]{{3,10}}")
_FOLD_TO_HIRA = {code + 0x60: chr(code) for code in range(0x3041, 0x3097)}
_SINGLE_GIVEN = frozenset("誠愛翔蓮茂隆修浩進勇博明武稔豊弘学剛勝昭忠昇亮翼悠聡健優光恵瞳舞彩遥茜葵凛楓澪凪紬杏薫馨徹透守衛保功勲")
_NAME_BODY = re.compile(
    f"(?:[{_KANJI}]{{1,6}}(?:[ ](?:[{_KANJI}]{{1,4}}[{_HIRA}]{{0,3}}|[{_HIRA}]{{1,4}}[{_KANJI}]{{1,2}}|[{_HIRA}]{{2,5}}|[{_KATA}]{{2,6}})|[{_HIRA}]{{2,4}}|[{_KATA}]{{2,6}})?"
    f"|[{_KATA}]{{2,10}}(?:[ ]?[{_KATA}]{{2,10}})?"
    r"|[A-Za-z][A-Za-z.'\-]{1,20}(?:[ ][A-Za-z][A-Za-z.'\-]{1,20})?)"
)


def _family_before_space(wide: str, start: int) -> int:
    """Start of a kanji family name written before a space and the given name at ``start`` (百瀬 晴臣)."""
    if start < 2 or wide[start - 1] != " ":
        return start
    run = _KANJI_TAIL.search(wide[max(0, start - 6) : start - 1])
    if not run or len(run.group()) > 4:
        return start
    family_start = start - 1 - len(run.group())
    if family_start > 0 and (_is_kanji(wide[family_start - 1]) or _is_kata(wide[family_start - 1])):
        return start
    offset, core = _strip_prefix_words(run.group())
    if core in names.HONORIFIC_STOP_WORDS or core in names.NOT_A_NAME or _ends_with_org(core):
        return start
    return family_start + offset


def _name_like(word: str) -> bool:
    """A kanji word that reads as a given name though no list has it (陽葵, 凛花)."""
    return (
        2 <= len(word) <= 3
        and word[-1] in _GIVEN_ENDINGS_WIDE
        and all(char in names.NAME_KANJI for char in word)
        and word not in names.COMMON_WORDS
        and word not in names.RELATION_STOP_WORDS
        and word[0] not in "同当本某他各全両"
    )


def _take_name(
    wide: str, start: int, *, strong: bool, kana_ok: bool = False, surname_only: bool = False
) -> int | None:
    """End of a name written at ``start`` (after a label, a bracket or 娘の), or None."""
    match = _NAME_BODY.match(wide, start)
    if not match:
        hira = re.match(f"[{_HIRA}]{{2,5}}", wide[start:])
        if hira:
            for length in range(len(hira.group()), 1, -1):
                if hira.group()[:length] in names.ALL_GIVEN_READINGS and _NAME_TERMINATOR.match(
                    wide, start + length
                ):
                    return start + length
        return None
    body = match.group()
    end = match.end()
    # A trailing hiragana part counts only when it is a listed given name (山田さくら).
    hira_tail = _HIRA_TAIL.search(body)
    if hira_tail:
        listed = hira_tail.group().translate(_FOLD_TO_HIRA) in names.ALL_GIVEN_READINGS
        closed = strong and re.match(r"[・、,)）\s]", wide[end : end + 1] or "x")
        if not (listed or closed):
            end -= len(hira_tail.group())
            body = body[: -len(hira_tail.group())]
    body = body.rstrip(" ・")
    end = start + len(body) if body else end
    if not body:
        return None
    # An honorific glued to the run belongs after the name (山田さん is handled there too).
    for honorific in ("様", "氏", "君", "殿", "先生", "名義", "宛"):
        if body.endswith(honorific) and len(body) > len(honorific):
            body = body[: -len(honorific)]
            end -= len(honorific)
            break
    if not _NAME_TERMINATOR.match(wide, end):
        return None
    compact = body.replace(" ", "")
    if compact in names.NOT_A_NAME or compact in names.HONORIFIC_STOP_WORDS:
        return None
    if _is_kanji(compact[0]):
        given_with_title_ending = compact in names.ALL_GIVEN_NAMES and compact[-1] in names.AMBIGUOUS_SUFFIXES
        if compact in names.RELATION_STOP_WORDS or (
            _ends_with_org(compact) and not _surname_prefix(compact) and not given_with_title_ending
        ):
            return None
        if strong:
            return end if len(compact) > 1 or compact in names.SURNAMES or compact in names.GIVEN_NAMES else None
        if surname_only:
            known = compact.translate(names.OLD_FORMS) in names.ALL_SURNAMES or _is_listed_full_name(compact)
            return end if known else None
        if (
            compact in names.ALL_GIVEN_NAMES
            or (len(compact) > 1 and compact.translate(names.OLD_FORMS) in names.ALL_SURNAMES)
            or _name_like(compact)
        ) and compact not in names.COMMON_WORDS:
            return end
        if (
            compact in names.GIVEN_NAMES
            or _surname_prefix(compact) == len(compact)
            or _is_listed_full_name(compact)
            or (_surname_prefix(compact) and len(compact) <= 4)
        ):
            return end
        if 2 <= len(compact) <= 3 and compact[-1] in _GIVEN_ENDINGS and compact[0] not in "同当本某他各全両":
            return end
        # An honorific right after makes it a name whatever the word.
        if re.match(r"(?:さん|様|ちゃん|くん|君|氏)", wide[end : end + 3]):
            return end
        return None
    if _is_kata(compact[0]):
        if not _katakana_name(compact) or surname_only:
            return None
        if strong or compact.translate(_FOLD_TO_HIRA) in names.ALL_GIVEN_READINGS:
            return end
        if kana_ok and len(compact) <= 5 and compact not in names.KATAKANA_COMMON_NOUNS:
            return end  # 友人のリサから
        if re.match(r"(?:さん|様|ちゃん|くん|君|氏)", wide[end : end + 3]):
            return end
        return None
    if _ORG_ONLY_LATIN.match(compact):
        return None
    return end if strong else None


def _name_before(
    wide: str, position: int, add: Callable[[int, int, str], None], rule: str, *, listed_only: bool = False
) -> None:
    """A name written right before ``position`` (山田と名乗る, 山田花子名義)."""
    quoted = position > 0 and wide[position - 1] in "」』\""
    if quoted:
        position -= 1
    before = wide[max(0, position - 12) : position]
    kanji = _KANJI_TAIL.search(before)
    if kanji:
        offset, core = _strip_prefix_words(kanji.group())
        if not core or core in names.HONORIFIC_STOP_WORDS or core in names.RELATION_STOP_WORDS:
            return
        listed = (
            _surname_prefix(core)
            or core in names.GIVEN_NAMES
            or _is_listed_full_name(core)
            or core.translate(names.OLD_FORMS) in names.ALL_SURNAMES
            or (core in names.ALL_GIVEN_NAMES and core not in names.COMMON_WORDS)
        )
        spaced = _family_before_space(wide, position - len(kanji.group()) + offset)
        if spaced < position - len(kanji.group()) + offset and len(core) <= 3:
            add(spaced, position - len(kanji.group()) + offset + len(core), rule)
            return
        if _ends_with_org(core) and not listed:
            return
        if listed_only and not listed:
            return
        if not listed and not 2 <= len(core) <= 4:
            return
        start = position - len(kanji.group()) + offset
        add(start, start + len(core), rule)
        return
    kata = _KATA_TAIL.search(before)
    if (
        kata
        and _katakana_name(kata.group())
        and not _compound_before(wide, position - len(kata.group()))
        and (not listed_only or kata.group().translate(_FOLD_TO_HIRA) in names.ALL_GIVEN_READINGS)
    ):
        add(position - len(kata.group()), position, rule)


def _compound_before(wide: str, start: int) -> bool:
    """True when a katakana word is glued to a kanji word that is no surname (国民生活センター)."""
    head = _KANJI_TAIL.search(wide[max(0, start - 6) : start])
    if head is None:
        return False
    return not (head.group()[-2:] in names.SURNAMES or head.group() in names.SURNAMES)


_READING_AFTER = re.compile(f"\\s?[（(][{_HIRA}{_KATA} ]{{2,24}}[）)]")


def _with_readings(wide: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Take a kana reading written after a name along with it: 佐々木健一（ささき けんいち）."""
    result = []
    for candidate in candidates:
        reading = _READING_AFTER.match(wide, candidate.end)
        if candidate.kind == NAME and reading:
            candidate = candidate._replace(end=reading.end())
        result.append(candidate)
    return result


# -- the case's own values ------------------------------------------------------------------

_KATA_SMALL_TO_HALF = {
    "ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ", "ゴ": "ｺﾞ", "ザ": "ｻﾞ", "ジ": "ｼﾞ", "ズ": "ｽﾞ", "ゼ": "ｾﾞ",
    "ゾ": "ｿﾞ", "ダ": "ﾀﾞ", "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ", "デ": "ﾃﾞ", "ド": "ﾄﾞ", "バ": "ﾊﾞ", "ビ": "ﾋﾞ", "ブ": "ﾌﾞ",
    "ベ": "ﾍﾞ", "ボ": "ﾎﾞ", "パ": "ﾊﾟ", "ピ": "ﾋﾟ", "プ": "ﾌﾟ", "ペ": "ﾍﾟ", "ポ": "ﾎﾟ", "ヴ": "ｳﾞ",
}  # fmt: skip


def _decomposed_kana(text: str) -> str:
    """Voiced katakana as base + ゛, the way half-width text looks after widening (ﾀﾞ → タ゛)."""
    out = []
    for char in text:
        half = _KATA_SMALL_TO_HALF.get(char)
        out.append(half.translate(_WIDE) if half else char)
    return "".join(out)


def _fold(text: str) -> str:
    return text.translate(_FOLD)


@lru_cache(maxsize=4096)
def _name_variants(value: str) -> tuple[list[str], list[str]]:
    """(whole-name variants, single parts) of a name as stored, folded for comparison."""
    folded = re.sub(r"\s+", " ", _fold(value)).strip()
    parts = [part for part in folded.split(" ") if part]
    wholes = {folded, folded.replace(" ", "")}
    if len(parts) >= 2:
        wholes.add(" ".join(parts))
    wholes |= {_decomposed_kana(w) for w in list(wholes)}
    singles = set(parts) if len(parts) >= 2 else set()
    if len(parts) == 1:
        # An unspaced kanji name: split at a listed surname so its parts are found alone too.
        word = parts[0]
        length = _surname_prefix(word)
        if length and len(word) - length >= 1:
            singles |= {word[:length], word[length:]}
    singles |= {_decomposed_kana(s) for s in list(singles)}
    return sorted(wholes, key=len, reverse=True), sorted(singles, key=len, reverse=True)


def _digits(text: str) -> str:
    return re.sub(r"[^0-9]", "", text.translate(_NUM))


@lru_cache(maxsize=4096)
def _address_variants(value: str) -> list[str]:
    """The stored address and its usual rewrites (丁目番号 ↔ 1-2-3, without prefecture/city)."""
    base = re.sub(r"\s+", "", value.translate(_NUM))
    dashed = re.sub(r"丁目|番地の?|番(?=[0-9])", "-", base)
    dashed = re.sub(r"号$", "", dashed).replace("号", "-")
    variants = {base, dashed}
    for text in (base, dashed):
        tail = re.split(r"(?<=[都道府県市区郡])", text)
        for index in range(1, len(tail)):
            rest = "".join(tail[index:])
            if len(rest) >= 4 and _HAS_DIGIT.search(rest):
                variants.add(rest)
    return sorted((v for v in variants if len(v) >= 4), key=len, reverse=True)


class _OwnValue(NamedTuple):
    kind: str
    value: str
    hints: tuple[str, ...] = ()  # characters one of which must occur in the raw text
    digits: str = ""
    birth: dt.date | None = None


class PersonalValues:
    """A case's own personal values, prepared once and reused for each of its texts."""

    def __init__(self, values: Iterable[tuple[str, str]] | Mapping[str, str] = ()) -> None:
        pairs = values.items() if isinstance(values, Mapping) else values
        prepared: dict[tuple[str, str], _OwnValue] = {}
        for field, raw in pairs:
            kind = FIELD_KINDS.get(field)
            value = str(raw).strip() if raw is not None else ""
            if kind is None or not value or (kind, value) in prepared:
                continue
            prepared[(kind, value)] = _prepare(kind, value)
        self.values: tuple[_OwnValue, ...] = tuple(prepared.values())

    def __bool__(self) -> bool:
        return bool(self.values)


def _prepare(kind: str, value: str) -> _OwnValue:
    if kind == NAME:
        # A kanji name shows up only where one of its kanji does (kanji have no width forms),
        # so most texts are passed over without building the name's variants.
        if all(_is_kanji(char) or char.isspace() for char in value):
            return _OwnValue(NAME, value, hints=tuple(set(value.replace(" ", "").replace("\u3000", ""))))
        return _OwnValue(NAME, value)
    if kind in (PHONE, POSTAL_CODE):
        return _OwnValue(kind, value, digits=_digits(value))
    if kind == BIRTH_DATE:
        try:
            return _OwnValue(BIRTH_DATE, value, birth=dt.date.fromisoformat(value[:10]))
        except ValueError:
            return _OwnValue(BIRTH_DATE, value)
    return _OwnValue(kind, value)


def _own_candidates(views: _Views, values: PersonalValues) -> list[_Candidate]:
    found: list[_Candidate] = []
    text = views.original
    has_digit: bool | None = None
    for own in values.values:
        kind = own.kind
        if kind == NAME:
            if own.hints and not any(hint in text for hint in own.hints):
                continue
            fold = views.fold
            wholes, singles = _name_variants(own.value)
            taken: list[tuple[int, int]] = []
            for variant in wholes:
                for start in _find_all(fold, variant):
                    taken.append((start, start + len(variant)))
                    found.append(_Candidate(start, start + len(variant), NAME, "own_value"))
            for variant in singles:
                for start in _find_all(fold, variant):
                    end = start + len(variant)
                    if any(s <= start and end <= e for s, e in taken):
                        continue
                    if _own_part_ok(views.wide, start, end, variant):
                        found.append(_Candidate(start, end, NAME, "own_value"))
            continue
        if kind == EMAIL:
            if _mentions(views.num, _HINT_EMAIL):
                variant = _fold(own.value)
                for start in _find_all(views.fold, variant):
                    found.append(_Candidate(start, start + len(variant), EMAIL, "own_value"))
            continue
        if has_digit is None:
            has_digit = _HAS_DIGIT.search(views.num) is not None
        if not has_digit:
            continue
        num = views.num
        if kind in (PHONE, POSTAL_CODE):
            if len(own.digits) < 7:
                continue
            for match in _DIGIT_GROUP.finditer(num):
                if _digits(match.group()) == own.digits:
                    found.append(_Candidate(match.start(), match.end(), kind, "own_value"))
        elif kind == ADDRESS:
            for variant in _address_variants(own.value):
                for start in _find_all(num, variant):
                    found.append(_Candidate(start, start + len(variant), ADDRESS, "own_value"))
        elif kind == BIRTH_DATE and own.birth is not None:
            for match in _DATE.finditer(num):
                if _date_of(match) == own.birth:
                    found.append(_Candidate(match.start(), match.end(), BIRTH_DATE, "own_value"))
    return found


_DIGIT_GROUP = re.compile(r"(?<![0-9])\+?\(?[0-9][0-9()\-ー .・]{5,18}[0-9](?![0-9])")


def _find_all(haystack: str, needle: str) -> Iterable[int]:
    if not needle:
        return
    start = haystack.find(needle)
    while start != -1:
        yield start
        start = haystack.find(needle, start + 1)


_OWN_PART_FOLLOWERS = ("名義", "宛", "本人", "家", "一家", "夫妻", "夫婦", "親子")


def _own_part_ok(wide: str, start: int, end: int, part: str) -> bool:
    """A surname or given name alone counts only as a word of its own (not 山田 in 小山田 or 山田商事)."""
    before = wide[start - 1] if start > 0 else ""
    after = wide[end : end + 2]
    if _is_kanji(part[0]):
        if before and _is_kanji(before):
            run = _KANJI_TAIL.search(wide[max(0, start - 8) : start])
            prefix = run.group() if run else ""
            if not any(prefix.endswith(word) for word in names.NAME_PREFIX_WORDS):
                return False
        glued = after and (_is_kanji(after[0]) or _is_kata(after[0]))
        if glued and not _HONORIFIC.match(after) and not after.startswith(_OWN_PART_FOLLOWERS):
            return False
        return not (len(part) == 1 and not _HONORIFIC.match(after))
    if _is_kata(part[0]):
        return not (before and _is_kata(before)) and not (after and _is_kata(after[0]))
    return not (before.isalnum() or (after and after[0].isalnum()))


# -- putting it together ----------------------------------------------------------------------




_HINT_EMAIL = _Hint("@", "(at)", "[at]", "アットマーク")
_HINT_TOWN = _Hint("町", "村", "字")
_HINT_ROOM = _Hint("号", "階")
_HINT_NAMED = _Hint("名乗", "名の", "申し", "申す", "です", "でござ", "いいます", "言います", "いう", "言う", "称")
_HINT_MEIGI = _Hint("名義", "宛", "あて")
_HINT_SECRET = _Hint("パスワード", "暗証", "PIN", "パスコード", "認証")
_HINT_ID = _Hint("番号", "ID", "証", "アカウント", "パスワード", "PIN", "コード", "パスポート")
_HINT_MY_NUMBER = _Hint("マイナンバー", "個人番号")
_HINT_CARD_TAIL = _Hint("桁", "末尾", "ケタ", "けた")
_HINT_CARD_SECRET = _Hint("コード", "CVV", "CVC", "有効期限")
_HINT_YUCHO = _Hint("貯金", "ゆうちょ")
_HINT_ACCOUNT = _Hint("口座", "普通", "当座", "貯蓄")
_HINT_PHONE = _Hint("電話", "TEL", "Tel", "tel", "携帯", "ケータイ", "連絡先", "FAX", "Fax", "fax", "ファ")
_HINT_POSTAL = _Hint("〒", "郵便", "ゆうびん")
_LONG_NUMBER = re.compile(r"[0-9*＊xX+(][0-9\-ー()\s.・の+*＊xX]{5,}[0-9]|[A-Z]{2}[0-9]{7}")


def _structured_candidates(views: _Views) -> list[_Candidate]:
    num = views.num
    found: list[_Candidate] = []
    if _mentions(num, _HINT_EMAIL):
        for match in _EMAIL.finditer(num):
            found.append(_Candidate(match.start(), match.end(), EMAIL, "email"))
        for match in _HANDLE.finditer(num):
            found.append(_Candidate(match.start(), match.end(), ID_NUMBER, "handle"))
    if not _HAS_DIGIT.search(num):
        return found
    if _mentions(num, _HINT_SECRET):
        for match in _SECRET.finditer(num):
            found.append(_Candidate(match.start(1), match.end(1), ID_NUMBER, "secret"))
    if _mentions(num, _HINT_ID):
        _id_candidates(num, found)
    _card_and_account_candidates(num, found)
    if not _LONG_NUMBER.search(num):
        return found
    for match in _CARD.finditer(num):
        if re.search(r"法人番号[^0-9]{0,6}$", num[max(0, match.start() - 10) : match.start()]):
            continue
        found.append(_Candidate(match.start(), match.end(), CARD, "card"))
    for match in _PHONE.finditer(num):
        digits = _digits(match.group())
        if digits.startswith("81") and match.group().startswith("+"):
            digits = "0" + digits[2:]
        if len(digits) in (10, 11) and digits.startswith("0"):
            found.append(_Candidate(match.start(), match.end(), PHONE, "phone"))
    for match in _TWELVE.finditer(num):
        found.append(_Candidate(match.start(), match.end(), MY_NUMBER, "twelve_digits"))
    for match in _POSTAL_BARE.finditer(num):
        found.append(_Candidate(match.start(), match.end(), POSTAL_CODE, "postal"))
    for match in _PASSPORT.finditer(num):
        found.append(_Candidate(match.start(), match.end(), ID_NUMBER, "passport"))
    for match in _PENSION.finditer(num):
        found.append(_Candidate(match.start(), match.end(), ID_NUMBER, "pension"))
    return found


def _id_candidates(num: str, found: list[_Candidate]) -> None:
    for match in _ID_CONTEXT.finditer(num):
        value = match.group(1)
        label = match.group()[: match.start(1) - match.start()]
        weak = any(word in label for word in ("パスワード", "ID", "アカウント"))
        if weak or _ID_NEEDS_DIGIT.search(value):
            found.append(_Candidate(match.start(1), match.end(1), ID_NUMBER, "id_label"))


def _card_and_account_candidates(num: str, found: list[_Candidate]) -> None:
    if _mentions(num, _HINT_MY_NUMBER):
        for match in _MY_NUMBER_CONTEXT.finditer(num):
            found.append(_Candidate(match.start(1), match.end(1), MY_NUMBER, "my_number_label"))
    if _mentions(num, _HINT_CARD_TAIL):
        for match in _CARD_TAIL.finditer(num):
            found.append(_Candidate(match.start(1), match.end(1), CARD, "card_tail"))
    if _mentions(num, _HINT_CARD_SECRET):
        for match in _CARD_SECRET.finditer(num):
            found.append(_Candidate(match.start(1), match.end(1), CARD, "card_secret"))
    if "記号" in num:
        for match in _YUCHO.finditer(num):
            found.append(_Candidate(match.start(1), match.end(2), ACCOUNT, "yucho"))
    if _mentions(num, _HINT_YUCHO):
        for match in _YUCHO_BARE.finditer(num):
            found.append(_Candidate(match.start(1), match.end(1), ACCOUNT, "yucho"))
    if _mentions(num, _HINT_ACCOUNT):
        for match in _ACCOUNT.finditer(num):
            found.append(_Candidate(match.start(1), match.end(1), ACCOUNT, "account_label"))
    if _mentions(num, _HINT_PHONE):
        for match in _PHONE_CONTEXT.finditer(num):
            found.append(_Candidate(match.start(1), match.end(1), PHONE, "phone_label"))
    if _mentions(num, _HINT_POSTAL):
        for match in _POSTAL_CONTEXT.finditer(num):
            found.append(_Candidate(match.start(1), match.end(1), POSTAL_CODE, "postal_label"))


def _birth_candidates(views: _Views) -> list[_Candidate]:
    num = views.num
    found: list[_Candidate] = []
    for match in _DATE.finditer(num):
        before = num[max(0, match.start() - 12) : match.start()]
        after = num[match.end() : match.end() + 4]
        if _BIRTH_BEFORE.search(before) or _BIRTH_AFTER.match(after):
            found.append(_Candidate(match.start(), match.end(), BIRTH_DATE, "birth_date"))
    for match in _BIRTH_YEAR.finditer(num):
        found.append(_Candidate(match.start(), match.end(), BIRTH_DATE, "birth_year"))
    for match in _MONTH_DAY.finditer(num):
        before = num[max(0, match.start() - 10) : match.start()]
        if _BIRTH_BEFORE.search(before):
            found.append(_Candidate(match.start(), match.end(), BIRTH_DATE, "birthday"))
    return found


# Kinds whose spans win over a name or an address they overlap (a phone inside 連絡先 text).
_PRIORITY = {
    EMAIL: 0, MY_NUMBER: 1, CARD: 1, ACCOUNT: 1, ID_NUMBER: 2, PHONE: 2, POSTAL_CODE: 3,
    BIRTH_DATE: 3, ADDRESS: 4, NAME: 5,
}  # fmt: skip


def _resolve(candidates: list[_Candidate]) -> list[_Candidate]:
    """Merge overlapping spans; the merged span takes the type of its strongest, then longest, member."""
    merged: list[list[_Candidate]] = []
    for candidate in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if merged and candidate.start < max(c.end for c in merged[-1]):
            merged[-1].append(candidate)
        else:
            merged.append([candidate])
    result = []
    for group in merged:
        start = min(c.start for c in group)
        end = max(c.end for c in group)
        best = min(group, key=lambda c: (_PRIORITY[c.kind], -(c.end - c.start), c.rule != "own_value"))
        # A structured identifier inside a longer name/address match keeps the wider span
        # but its own type only when it covers most of it.
        result.append(_Candidate(start, end, best.kind, best.rule))
    return result


def _trim(views: _Views, candidate: _Candidate) -> _Candidate:
    """Leave spaces and punctuation at either end in the text."""
    start, end = candidate.start, candidate.end
    text = views.original
    while start < end and text[start] in " \u3000、,":
        start += 1
    while end > start and text[end - 1] in " \u3000、,。":
        end -= 1
    return candidate._replace(start=start, end=end)


def scrub(
    text: str, personal_values: PersonalValues | Iterable[tuple[str, str]] | Mapping[str, str] = ()
) -> ScrubResult:
    """Remove personal data from ``text``.

    Args:
        text: a narrative, subject or any free text.
        personal_values: the case's own values as (field, value) pairs, field being one
            of ``FIELD_KINDS`` (name, name_kana, phone, email, address, postal_code,
            birth_date); a mapping of the same, or a ``PersonalValues`` prepared once
            for several texts of one case.

    Returns:
        the scrubbed text and its redactions, in text order.
    """
    if not text:
        return ScrubResult(text, ())
    own = personal_values if isinstance(personal_values, PersonalValues) else PersonalValues(personal_values)
    views = _views(text)
    candidates = _own_candidates(views, own) if own else []
    structured = _structured_candidates(views)
    candidates += structured
    blocked = [(c.start, c.end) for c in structured]
    if _HAS_DIGIT.search(views.num):
        candidates += _birth_candidates(views)
        candidates += _address_candidates(views, blocked)
    candidates += _name_candidates(views)
    candidates = _with_readings(views.wide, candidates)
    if not candidates:
        return ScrubResult(text, ())
    spans = [_trim(views, c) for c in _resolve(candidates)]
    out: list[str] = []
    redactions: list[Redaction] = []
    position = 0
    length = 0
    for span in spans:
        if span.end <= span.start or span.start < position:
            continue
        out.append(text[position : span.start])
        length += span.start - position
        marker = placeholder(span.kind)
        redactions.append(
            Redaction(
                kind=span.kind,
                start=span.start,
                end=span.end,
                out_start=length,
                out_end=length + len(marker),
                rule=span.rule,
                original=text[span.start : span.end],
            )
        )
        out.append(marker)
        length += len(marker)
        position = span.end
    out.append(text[position:])
    return ScrubResult("".join(out), tuple(redactions))

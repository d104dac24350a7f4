"""Reading yen amounts as counselors type them: 12,000 / １２０００円 / 1万2千円 / 3.5万円."""

from __future__ import annotations

import re

from counselor_app.domain.errors import ValidationError
from counselor_app.domain.text import nfkc

_UNITS = {"億": 100_000_000, "万": 10_000, "千": 1_000, "百": 100, "十": 10}
_KANJI_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_TOKEN = re.compile(r"(\d+(?:\.\d+)?)|([億万千百十])|([〇零一二三四五六七八九])")


def parse_yen(text: str, *, field: str = "amount") -> int | None:
    """Parse an amount in yen; empty input is None.

    Raises:
        ValidationError: naming ``field`` when the text is not an amount.
    """
    cleaned = nfkc(text).strip()
    cleaned = re.sub(r"[,\s]|円$|^¥|^\\", "", cleaned)
    if cleaned.endswith("円"):
        cleaned = cleaned[:-1]
    if not cleaned:
        return None
    if re.fullmatch(r"\d+", cleaned):
        return int(cleaned)
    total = 0
    section = 0.0  # value below 万 being accumulated
    number: float | None = None
    position = 0
    for match in _TOKEN.finditer(cleaned):
        if match.start() != position:
            break
        position = match.end()
        digits, unit, kanji = match.groups()
        if digits is not None:
            number = float(digits) if number is None else number * 10 ** len(digits) + float(digits)
        elif kanji is not None:
            number = _KANJI_DIGITS[kanji] if number is None else number * 10 + _KANJI_DIGITS[kanji]
        else:
            value = _UNITS[unit]
            if value >= 10_000:
                total += int(round((section + (number or 0)) * value)) if (section or number) else value
                section = 0.0
            else:
                section += (number if number is not None else 1) * value
            number = None
    if position != len(cleaned):
        raise ValidationError(f"金額として読めません: {text}", where=field)
    result = total + int(round(section + (number or 0)))
    if result < 0:
        raise ValidationError("金額は0以上です", where=field)
    return result


def format_yen(amount: int | None) -> str:
    """Show an amount as 12,000円 (empty for None)."""
    return "" if amount is None else f"{amount:,}円"

"""法人番号 (13-digit corporate number): check digit and validation."""

from __future__ import annotations

import re

from counselor_app.domain.errors import ValidationError
from counselor_app.domain.text import nfkc

_THIRTEEN_DIGITS = re.compile(r"^\d{13}$")


def check_digit(base: str) -> int:
    """The leading check digit for a 12-digit base number.

    The National Tax Agency's rule: 9 - (Σ Pn×Qn mod 9), where Pn is the n-th digit
    counted from the right of the base and Qn is 1 for odd n and 2 for even n.
    """
    if not re.fullmatch(r"\d{12}", base):
        raise ValueError("base must be 12 digits")
    total = sum(
        int(digit) * (2 if position % 2 == 0 else 1) for position, digit in enumerate(reversed(base), 1)
    )
    return 9 - total % 9


def normalise_corporate_number(text: str) -> str:
    """Strip spaces, hyphens and full-width digits."""
    return re.sub(r"[\s-]", "", nfkc(text))


def is_valid_corporate_number(text: str) -> bool:
    """True for 13 digits whose leading check digit matches."""
    number = normalise_corporate_number(text)
    return bool(_THIRTEEN_DIGITS.match(number)) and int(number[0]) == check_digit(number[1:])


def with_check_digit(base: str) -> str:
    """Complete a 12-digit base into a valid corporate number."""
    return f"{check_digit(base)}{base}"


def validate_corporate_number(text: str | None, *, where: str = "business.corporate_number") -> str | None:
    """The normalised 法人番号, None when blank.

    Raises:
        ValidationError: not 13 digits, or the check digit does not match (naming ``where``).
    """
    if text is None or not text.strip():
        return None
    number = normalise_corporate_number(text)
    if not _THIRTEEN_DIGITS.match(number):
        raise ValidationError("法人番号は13桁の数字です", where=where)
    if int(number[0]) != check_digit(number[1:]):
        raise ValidationError("法人番号のチェックデジットが合いません（入力を確認してください）", where=where)
    return number

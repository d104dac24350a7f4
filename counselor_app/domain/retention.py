"""Retention rule: when a closed case's personal data is anonymised, and a simple pattern scrubber for its texts.

The scrubber here is deliberately simple (known personal values of the case plus
phone, e-mail and postal-code patterns). When a fuller narrative scrubber exists in
the domain, the retention job should use it instead (see RetentionService).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from counselor_app.domain.text import nfkc

# What replaces a removed value: says what was there, never the value.
MASKS: Mapping[str, str] = {
    "name": "［氏名］",
    "name_kana": "［氏名］",
    "phone": "［電話］",
    "email": "［メール］",
    "address": "［住所］",
    "postal_code": "［郵便番号］",
    "birth_date": "［生年月日］",
}

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# Japanese phone numbers written with hyphens, spaces or brackets, or as 10–11 digits.
_PHONE = re.compile(r"(?<!\d)(?:0\d{1,4}[-\s(（)）]{1,2}\d{1,4}[-\s)）]{1,2}\d{3,4}|0\d{9,10})(?!\d)")
_POSTAL = re.compile(r"(?:〒\s*)?(?<!\d)\d{3}-\d{4}(?!\d)")
# Shortest part of a name worth masking on its own (a surname like 佐藤, a given name like 陽子).
_MIN_NAME_PART = 2


def retention_cutoff(today: dt.date, years: int) -> dt.date:
    """Cases closed before this day are due: ``today`` minus ``years`` (29 February → 28 February)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def closed_on(status: str, approved_at: dt.datetime | None, updated_at: dt.datetime) -> dt.date | None:
    """The day a case was closed (its approval, else its last change), or None if still open."""
    if status != "closed":
        return None
    return (approved_at or updated_at).date()


@dataclass(frozen=True)
class RetentionPreview:
    """What the retention job would do, shown before it runs."""

    retention_years: int
    cutoff: dt.date
    cases: int
    by_fiscal_year: Mapping[int, int]

    @property
    def nothing_to_do(self) -> bool:
        """True when no case is due."""
        return self.cases == 0


_HONORIFIC = r"(?=さん|様|さま|くん|君|ちゃん|氏)"


def _variants(field: str, value: str) -> list[str]:
    """The value as written, NFKC-folded, and (for names) written without spaces and its parts."""
    values = {value.strip(), nfkc(value).strip()}
    if field in ("name", "name_kana"):
        parts = [part for part in re.split(r"[\s\u3000・]+", nfkc(value)) if part]
        values.add("".join(parts))
        values.update(part for part in parts if len(part) >= _MIN_NAME_PART)
    if field == "phone":
        digits = re.sub(r"\D", "", nfkc(value))
        if len(digits) >= 10:
            values.add(digits)
    return [item for item in values if item]


def scrub_text(text: str, personal_values: Iterable[tuple[str, str]]) -> str:
    """Replace a case's known personal values and phone/e-mail/postal patterns with masks.

    Args:
        text: a narrative, subject or handling note.
        personal_values: (field, value) pairs from the case's parties (``Party.personal_values``).
    """
    if not text:
        return text
    pairs = list(personal_values)
    replacements: list[tuple[str, str]] = []
    for field, value in pairs:
        mask = MASKS.get(field, "［個人情報］")
        replacements.extend((variant, mask) for variant in _variants(field, value))
    # Longest first, so a full name is masked before its surname alone.
    result = text
    for variant, mask in sorted(replacements, key=lambda pair: len(pair[0]), reverse=True):
        result = result.replace(variant, mask)
    # A one-character given name (愛, 誠) is masked where it names someone: before an honorific
    # or right after a masked surname; elsewhere it is an ordinary word (愛用, 誠実).
    for field, value in pairs:
        if field not in ("name", "name_kana"):
            continue
        for part in re.split(r"[\s\u3000・]+", nfkc(value)):
            if len(part) == 1 and not part.isascii():
                result = re.sub(re.escape(part) + _HONORIFIC, MASKS[field], result)
                result = result.replace(MASKS[field] + part, MASKS[field])
    result = _EMAIL.sub(MASKS["email"], result)
    result = _POSTAL.sub(MASKS["postal_code"], result)
    result = _PHONE.sub(MASKS["phone"], result)
    return result

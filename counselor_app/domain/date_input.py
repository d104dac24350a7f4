"""Reading dates, times and ages as counselors type them: 2026/11/27, R8.11.27, 令和8年11月27日, １４：０５, 72歳."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from counselor_app.domain.calendar import ERAS
from counselor_app.domain.errors import ValidationError
from counselor_app.domain.text import nfkc

Reason = Literal["format", "nonexistent", "era"]

_ERA_BY_KEY = {**{era.name: era for era in ERAS}, **{era.initial: era for era in ERAS}}
_ERA_NAMES = "|".join([era.name for era in ERAS] + [era.initial for era in ERAS])
_WESTERN = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_JAPANESE = re.compile(rf"({_ERA_NAMES})(\d{{1,2}}|元)[-/.年](\d{{1,2}})[-/.月](\d{{1,2}})日?", re.IGNORECASE)
_TIME = re.compile(r"(\d{1,2})(?:[:時](\d{1,2})分?)?")
_COMPACT_TIME = re.compile(r"(\d{2})(\d{2})")


class DateInputError(ValidationError):
    """Typed text is not a date or time; ``reason`` says why (the UI words the message)."""

    code = "date_input"

    def __init__(self, message: str, *, reason: Reason, where: str | None = None) -> None:
        super().__init__(message, where=where)
        self.reason = reason


def _build(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise DateInputError(f"存在しない日付です: {text}", reason="nonexistent") from exc


def parse_date(text: str) -> dt.date | None:
    """Parse a 西暦 or 和暦 date; empty text is None.

    Raises:
        DateInputError: not a date, a day that does not exist (2月30日), or a 和暦 year
            outside its era (令和元年4月1日 was still 平成).
    """
    cleaned = re.sub(r"\s", "", nfkc(text))
    if not cleaned:
        return None
    match = _WESTERN.fullmatch(cleaned) or _COMPACT.fullmatch(cleaned)
    if match:
        return _build(int(match[1]), int(match[2]), int(match[3]), text)
    match = _JAPANESE.fullmatch(cleaned)
    if match:
        era = _ERA_BY_KEY.get(match[1]) or _ERA_BY_KEY[match[1].upper()]
        era_year = 1 if match[2] == "元" else int(match[2])
        if era_year < 1:
            raise DateInputError(f"存在しない年です: {text}", reason="era")
        day = _build(era.start.year + era_year - 1, int(match[3]), int(match[4]), text)
        following = [later for later in ERAS if later.start > era.start]
        next_start = min((later.start for later in following), default=None)
        if day < era.start or (next_start is not None and day >= next_start):
            raise DateInputError(f"{era.name}の期間にない日付です: {text}", reason="era")
        return day
    raise DateInputError(f"日付として読めません: {text}", reason="format")


def parse_time(text: str) -> dt.time | None:
    """Parse 14:05, 1405, 14時5分 or 9; empty text is None.

    Raises:
        DateInputError: not a time of day.
    """
    cleaned = re.sub(r"\s", "", nfkc(text))
    if not cleaned:
        return None
    match = _COMPACT_TIME.fullmatch(cleaned) or _TIME.fullmatch(cleaned)
    if not match:
        raise DateInputError(f"時刻として読めません: {text}", reason="format")
    hour, minute = int(match[1]), int(match[2] or 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise DateInputError(f"存在しない時刻です: {text}", reason="nonexistent")
    return dt.time(hour, minute)


def parse_age(text: str) -> int | None:
    """Parse an age in years (７２, 72歳); empty text is None.

    Raises:
        DateInputError: not a whole number of years.
    """
    cleaned = re.sub(r"\s", "", nfkc(text)).removesuffix("歳").removesuffix("才")
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise DateInputError(f"年齢として読めません: {text}", reason="format")
    return int(cleaned)

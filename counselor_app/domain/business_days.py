"""Office business days: weekdays that are not Japanese public holidays nor the year-end closure (12/29–1/3)."""

from __future__ import annotations

import datetime as dt

import jpholiday

# Local governments close from 29 December to 3 January (地方自治法 / 休日条例).
YEAR_END_CLOSURE = ((12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3))


def is_business_day(day: dt.date) -> bool:
    """True when the office is open on ``day``."""
    if day.weekday() >= 5:
        return False
    if (day.month, day.day) in YEAR_END_CLOSURE:
        return False
    return not jpholiday.is_holiday(day)


def add_business_days(start: dt.date, days: int) -> dt.date:
    """The business day ``days`` business days after ``start`` (start itself does not count)."""
    if days < 0:
        raise ValueError("days must be >= 0")
    day = start
    remaining = days
    while remaining:
        day += dt.timedelta(days=1)
        if is_business_day(day):
            remaining -= 1
    return day


def business_days_between(start: dt.date, end: dt.date) -> int:
    """Business days after ``start`` up to and including ``end`` (negative when end is earlier)."""
    if end < start:
        return -business_days_between(end, start)
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if is_business_day(day):
            count += 1
    return count

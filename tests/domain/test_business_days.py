"""Business-day due dates over Japanese public holidays and the year-end closure."""

import datetime as dt

import pytest

from counselor_app.domain.business_days import add_business_days, business_days_between, is_business_day


@pytest.mark.parametrize(
    ("day", "open_"),
    [
        (dt.date(2026, 5, 1), True),  # Friday between holidays
        (dt.date(2026, 5, 4), False),  # みどりの日
        (dt.date(2026, 5, 6), False),  # 振替休日
        (dt.date(2026, 12, 28), True),  # last working day of the year
        (dt.date(2026, 12, 29), False),  # year-end closure (a Tuesday)
        (dt.date(2027, 1, 4), True),  # first working day
        (dt.date(2026, 11, 28), False),  # Saturday
    ],
)
def test_office_days(day: dt.date, open_: bool) -> None:
    assert is_business_day(day) is open_


def test_golden_week_is_skipped() -> None:
    # Thu 30 April 2026 + 3 business days: 1 May (Fri), 7 May (Thu), 8 May (Fri).
    assert add_business_days(dt.date(2026, 4, 30), 3) == dt.date(2026, 5, 8)


def test_year_end_closure_is_skipped() -> None:
    # Fri 25 Dec 2026 + 2 business days: 28 Dec (Mon), then the closure until 3 Jan, 4 Jan (Mon).
    assert add_business_days(dt.date(2026, 12, 25), 2) == dt.date(2027, 1, 4)


def test_ten_business_days_and_back() -> None:
    start = dt.date(2026, 11, 27)
    due = add_business_days(start, 10)
    assert business_days_between(start, due) == 10
    assert business_days_between(due, start) == -10
    assert add_business_days(start, 0) == start

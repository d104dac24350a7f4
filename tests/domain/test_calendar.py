"""和暦, fiscal years and case numbers as counselors read them."""

import datetime as dt

import pytest

from counselor_app.domain.calendar import (
    fiscal_year,
    fiscal_year_code,
    fiscal_year_label,
    format_case_number,
    wareki,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 11, 27), "令和8年11月27日"),
        (dt.date(2019, 5, 1), "令和元年5月1日"),
        (dt.date(2019, 4, 30), "平成31年4月30日"),
        (dt.date(1989, 1, 7), "昭和64年1月7日"),
        (dt.date(1989, 1, 8), "平成元年1月8日"),
    ],
)
def test_wareki_dates(day: dt.date, expected: str) -> None:
    assert wareki(day) == expected


def test_wareki_with_weekday() -> None:
    assert wareki(dt.date(2026, 11, 27), with_weekday=True) == "令和8年11月27日（金）"


@pytest.mark.parametrize(
    ("day", "year"),
    [(dt.date(2026, 3, 31), 2025), (dt.date(2026, 4, 1), 2026), (dt.date(2027, 1, 5), 2026)],
)
def test_fiscal_year_runs_april_to_march(day: dt.date, year: int) -> None:
    assert fiscal_year(day) == year


def test_fiscal_2019_is_reiwa_gannen() -> None:
    # FY2019 started in 平成31年4月 but is officially 令和元年度.
    assert fiscal_year_label(2019) == "令和元年度"
    assert fiscal_year_code(2019) == "R1"
    assert fiscal_year_label(2018) == "平成30年度"


def test_case_number_format() -> None:
    assert format_case_number("131016", 2026, 123) == "131016-R8-000123"

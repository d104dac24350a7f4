"""Japanese calendar rules: 和暦 display, fiscal years (年度, April–March) and case-number eras."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Era:
    """One Japanese era: its name, initial and first day."""

    name: str
    initial: str
    start: dt.date


# Newest first; the first day of each era as proclaimed.
ERAS: tuple[Era, ...] = (
    Era("令和", "R", dt.date(2019, 5, 1)),
    Era("平成", "H", dt.date(1989, 1, 8)),
    Era("昭和", "S", dt.date(1926, 12, 25)),
    Era("大正", "T", dt.date(1912, 7, 30)),
    Era("明治", "M", dt.date(1868, 1, 25)),
)


def era_of(day: dt.date) -> tuple[Era, int]:
    """Return the era and the year within it (1 = 元年) for a date."""
    for era in ERAS:
        if day >= era.start:
            return era, day.year - era.start.year + 1
    raise ValueError(f"{day.isoformat()} is before the Meiji era")


def wareki(day: dt.date, *, with_weekday: bool = False) -> str:
    """Format a date as 令和8年11月27日 (元年 for the first year)."""
    era, year = era_of(day)
    year_text = "元" if year == 1 else str(year)
    text = f"{era.name}{year_text}年{day.month}月{day.day}日"
    if with_weekday:
        text += f"（{'月火水木金土日'[day.weekday()]}）"
    return text


def wareki_month(year: int, month: int) -> str:
    """Format a month as 令和8年11月."""
    era, era_year = era_of(dt.date(year, month, 28))
    return f"{era.name}{'元' if era_year == 1 else era_year}年{month}月"


def fiscal_year(day: dt.date) -> int:
    """Return the fiscal year (年度) a date belongs to: April–March, named by its April."""
    return day.year if day.month >= 4 else day.year - 1


def fiscal_year_bounds(year: int) -> tuple[dt.date, dt.date]:
    """Return the first and last day of fiscal year ``year``."""
    return dt.date(year, 4, 1), dt.date(year + 1, 3, 31)


def fiscal_era(year: int) -> tuple[Era, int]:
    """Return the era naming fiscal year ``year``.

    Fiscal years are named by the era in force after their first month: FY2019
    began in 平成31年4月 but is officially 令和元年度.
    """
    return era_of(dt.date(year, 5, 1))


def fiscal_year_label(year: int) -> str:
    """Format a fiscal year as 令和8年度 (2026年度)."""
    era, era_year = fiscal_era(year)
    return f"{era.name}{'元' if era_year == 1 else era_year}年度"


def fiscal_year_code(year: int) -> str:
    """Return the short era code used in case numbers, e.g. R8 for FY2026."""
    era, era_year = fiscal_era(year)
    return f"{era.initial}{era_year}"


def format_case_number(office_code: str, year: int, sequence: int) -> str:
    """Build the human case number, e.g. ``131016-R8-000123``."""
    return f"{office_code}-{fiscal_year_code(year)}-{sequence:06d}"

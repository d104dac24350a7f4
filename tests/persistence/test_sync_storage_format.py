"""Bundle import writes SQLite dates and times exactly as SQLAlchemy would, through a faster path."""

import datetime as dt

import pytest
from sqlalchemy import Boolean, Date, DateTime
from sqlalchemy.dialects import sqlite

from counselor_app.persistence.repositories.sync_repository import _sqlite_bind_processor

DIALECT = sqlite.dialect()


@pytest.mark.parametrize(
    "value",
    [
        dt.datetime(2026, 11, 27, 9, 30),
        dt.datetime(2026, 4, 1, 0, 0, 0, 1),
        dt.datetime(1989, 1, 8, 23, 59, 59, 999999),
        dt.datetime(1, 1, 1),
        dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        None,
    ],
)
def test_datetimes_are_stored_exactly_as_sqlalchemy_stores_them(value: dt.datetime | None) -> None:
    reference = DateTime().dialect_impl(DIALECT).bind_processor(DIALECT)
    fast = _sqlite_bind_processor(DateTime(), DIALECT)
    assert reference is not None and fast is not None
    assert fast(value) == reference(value)


@pytest.mark.parametrize("value", [dt.date(2026, 11, 27), dt.date(1, 1, 1), dt.date(1999, 12, 31), None])
def test_dates_are_stored_exactly_as_sqlalchemy_stores_them(value: dt.date | None) -> None:
    reference = Date().dialect_impl(DIALECT).bind_processor(DIALECT)
    fast = _sqlite_bind_processor(Date(), DIALECT)
    assert reference is not None and fast is not None
    assert fast(value) == reference(value)


def test_other_types_keep_sqlalchemys_checks() -> None:
    fast = _sqlite_bind_processor(Boolean(), DIALECT)
    assert fast is not None
    assert fast(True) == 1
    with pytest.raises(TypeError):
        fast("はい")


"""The office clock: naive Japan Standard Time, injectable so tests can fix "now"."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

# Japan has had no daylight saving time since 1951, so a fixed offset is exact
# and needs no tz database (which Windows Python lacks).
JST = dt.timezone(dt.timedelta(hours=9), "JST")


class Clock(Protocol):
    """Something that tells the current office time."""

    def now(self) -> dt.datetime:
        """Current wall-clock time in JST, without tzinfo (as stored)."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        """Current JST wall-clock time, to the second."""
        return dt.datetime.now(JST).replace(tzinfo=None, microsecond=0)

    def today(self) -> dt.date:
        """Today's date in JST."""
        return self.now().date()


class FixedClock:
    """A clock that stays where it is put (tests, demo data)."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def now(self) -> dt.datetime:
        """The fixed moment."""
        return self.moment

    def advance(self, **delta: float) -> None:
        """Move the clock forward by a timedelta's keyword arguments."""
        self.moment += dt.timedelta(**delta)

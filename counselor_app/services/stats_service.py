"""The counts behind `counselor stats` and the status bar."""

from __future__ import annotations

from typing import Any

from counselor_app.domain.clock import Clock
from counselor_app.persistence.database import Database


class StatsService:
    """Counts of cases, referrals, businesses and users."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def stats(self) -> dict[str, Any]:
        """Counts in the shape of the ``counselor stats --json`` contract."""
        today = self._clock.now().date()
        with self._db.uow() as uow:
            total, open_, overdue = uow.stats.referral_counts(today)
            return {
                "cases": {
                    "total": uow.stats.case_count(),
                    "by_status": dict(sorted(uow.stats.cases_by_status().items())),
                    "by_fiscal_year": {
                        str(year): count for year, count in uow.stats.cases_by_fiscal_year().items()
                    },
                    "pi_related": uow.stats.pi_related_count(),
                },
                "referrals": {"total": total, "open": open_, "overdue": overdue},
                "businesses": uow.stats.business_count(),
                "users": uow.stats.user_count(),
            }

    def case_count(self) -> int:
        """Live cases (cheap; for the status bar)."""
        with self._db.uow() as uow:
            return uow.stats.case_count()

"""Counting queries behind `counselor stats` and the dashboard."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlmodel import Session, col

from counselor_app.domain.referrals import OPEN_STATUSES, WAITING_STATUSES
from counselor_app.persistence.tables import (
    BusinessRecord,
    CaseRecord,
    PiAssessmentRecord,
    ReferralRecord,
    UserRecord,
)


class StatsRepository:
    """Aggregate counts over live (not deleted) records."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def case_count(self) -> int:
        """Live cases."""
        return int(
            self._session.execute(
                select(func.count()).select_from(CaseRecord).where(col(CaseRecord.deleted_at).is_(None))
            ).scalar_one()
        )

    def cases_by_status(self) -> dict[str, int]:
        """Live cases per status code."""
        rows = self._session.execute(
            select(col(CaseRecord.status), func.count())
            .where(col(CaseRecord.deleted_at).is_(None))
            .group_by(col(CaseRecord.status))
        )
        return {str(status): int(count) for status, count in rows}

    def cases_by_fiscal_year(self) -> dict[int, int]:
        """Live cases per fiscal year."""
        rows = self._session.execute(
            select(col(CaseRecord.fiscal_year), func.count())
            .where(col(CaseRecord.deleted_at).is_(None))
            .group_by(col(CaseRecord.fiscal_year))
            .order_by(col(CaseRecord.fiscal_year))
        )
        return {int(year): int(count) for year, count in rows if year is not None}

    def pi_related_count(self) -> int:
        """Live cases the counselor marked personal-information related."""
        return int(
            self._session.execute(
                select(func.count())
                .select_from(PiAssessmentRecord)
                .join(CaseRecord, col(CaseRecord.id) == col(PiAssessmentRecord.case_id))
                .where(col(PiAssessmentRecord.related) == "yes", col(CaseRecord.deleted_at).is_(None))
            ).scalar_one()
        )

    def referral_counts(self, today: dt.date) -> tuple[int, int, int]:
        """(all, open, overdue) referrals of live cases."""
        base = (
            select(func.count())
            .select_from(ReferralRecord)
            .join(CaseRecord, col(CaseRecord.id) == col(ReferralRecord.case_id))
            .where(col(CaseRecord.deleted_at).is_(None))
        )
        total = int(self._session.execute(base).scalar_one())
        open_ = int(
            self._session.execute(
                base.where(col(ReferralRecord.status).in_(OPEN_STATUSES))
            ).scalar_one()
        )
        overdue = int(
            self._session.execute(
                base.where(
                    col(ReferralRecord.status).in_(WAITING_STATUSES),
                    col(ReferralRecord.due_date) < today,
                )
            ).scalar_one()
        )
        return total, open_, overdue

    def business_count(self) -> int:
        """Businesses in the registry that were not merged into another."""
        return int(
            self._session.execute(
                select(func.count())
                .select_from(BusinessRecord)
                .where(col(BusinessRecord.merged_into_id).is_(None))
            ).scalar_one()
        )

    def user_count(self) -> int:
        """Active users."""
        return int(
            self._session.execute(
                select(func.count()).select_from(UserRecord).where(col(UserRecord.active).is_(True))
            ).scalar_one()
        )

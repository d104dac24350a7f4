"""The 決裁 trail (case_review) and the queues built from it: awaiting approval, returned to a counselor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import and_, func, select
from sqlmodel import Session, col

from counselor_app.domain.report_data import PendingApproval, ReviewStep
from counselor_app.persistence.repositories.case_repository import summary_columns, summary_from_row
from counselor_app.persistence.tables import CaseRecord, CaseReviewRecord, PiAssessmentRecord


class ReviewRepository:
    """case_review rows and the case lists of the approval workflow."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, case_id: int, action: str, actor: str, at: dt.datetime, comment: str | None = None) -> None:
        """Record one workflow step."""
        self._session.add(CaseReviewRecord(case_id=case_id, action=action, actor=actor, at=at, comment=comment))
        self._session.flush()

    def history(self, case_id: int) -> list[ReviewStep]:
        """Every step of one case, oldest first."""
        rows = self._session.execute(
            select(CaseReviewRecord)
            .where(col(CaseReviewRecord.case_id) == case_id)
            .order_by(col(CaseReviewRecord.at), col(CaseReviewRecord.id))
        ).scalars()
        return [ReviewStep(action=r.action, actor=r.actor, at=r.at, comment=r.comment) for r in rows]

    def _summaries(
        self,
        conditions: list[object],
        offices: Sequence[str] | None,
        *,
        limit: int,
    ) -> list[PendingApproval]:
        last_submit = (
            select(
                col(CaseReviewRecord.case_id).label("case_id"),
                func.max(col(CaseReviewRecord.at)).label("at"),
            )
            .where(col(CaseReviewRecord.action) == "submitted")
            .group_by(col(CaseReviewRecord.case_id))
            .subquery()
        )
        where = [col(CaseRecord.deleted_at).is_(None), *conditions]
        if offices is not None:
            where.append(col(CaseRecord.office_code).in_(list(offices)))
        submitted_at = func.coalesce(last_submit.c.at, col(CaseRecord.updated_at))
        statement = (
            select(
                *summary_columns(),
                submitted_at,
                col(CaseRecord.version),
                col(CaseRecord.updated_by),
            )
            .outerjoin(PiAssessmentRecord, col(PiAssessmentRecord.case_id) == col(CaseRecord.id))
            .outerjoin(last_submit, last_submit.c.case_id == col(CaseRecord.id))
            .where(*where)  # type: ignore[arg-type]
            .order_by(submitted_at, col(CaseRecord.id))
            .limit(limit)
        )
        return [
            PendingApproval(
                summary=summary_from_row(row),
                submitted_at=row[12],
                submitted_by=row[14],
                version=int(row[13]),
            )
            for row in self._session.execute(statement)
        ]

    def awaiting(self, offices: Sequence[str] | None, *, limit: int = 500) -> list[PendingApproval]:
        """Cases awaiting approval, longest waiting first."""
        return self._summaries([col(CaseRecord.status) == "awaiting_approval"], offices, limit=limit)

    def awaiting_count(self, offices: Sequence[str] | None) -> int:
        """Number of cases awaiting approval."""
        where = [col(CaseRecord.status) == "awaiting_approval", col(CaseRecord.deleted_at).is_(None)]
        if offices is not None:
            where.append(col(CaseRecord.office_code).in_(list(offices)))
        return int(self._session.execute(select(func.count()).select_from(CaseRecord).where(*where)).scalar_one())

    def returned_to(self, counselor: str, *, limit: int = 500) -> list[PendingApproval]:
        """Open cases of ``counselor`` that a supervisor returned with a comment."""
        return self._summaries(
            [
                and_(
                    col(CaseRecord.status) == "open",
                    col(CaseRecord.counselor) == counselor,
                    col(CaseRecord.review_comment).is_not(None),
                )
            ],
            None,
            limit=limit,
        )

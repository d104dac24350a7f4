"""Aggregation queries behind supervisor reports and the dashboard: counts and sums computed in SQL."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Text, and_, case, cast, func, select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from counselor_app.domain.casebook_report import Candidate
from counselor_app.domain.report_data import MonthTally, ReferralTally
from counselor_app.persistence.tables import (
    CaseRecord,
    PartyRecord,
    PiAssessmentRecord,
    ReferralRecord,
)

OPEN_REFERRAL_STATUSES = ("UNSENT", "SENT", "AWAITING")


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


class ReportRepository:
    """Read-only aggregates over live cases of a set of offices (None: every office)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _case_scope(
        self, start: dt.date, end: dt.date, offices: Sequence[str] | None
    ) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [
            col(CaseRecord.received_at) >= _start(start),
            col(CaseRecord.received_at) < _start(end),
            col(CaseRecord.deleted_at).is_(None),
        ]
        if offices is not None:
            conditions.append(col(CaseRecord.office_code).in_(list(offices)))
        return conditions

    def _grouped(self, column: Any, conditions: list[ColumnElement[bool]]) -> dict[Any, int]:
        rows = self._session.execute(
            select(column, func.count()).select_from(CaseRecord).where(*conditions).group_by(column)
        )
        return {key: int(count) for key, count in rows}

    def month_tally(self, start: dt.date, end: dt.date, offices: Sequence[str] | None) -> MonthTally:
        """Every count of cases received in [start, end)."""
        where = self._case_scope(start, end, offices)
        contract = col(CaseRecord.contract_amount)
        paid = col(CaseRecord.paid_amount)
        scalars = self._session.execute(
            select(
                func.count(),
                func.sum(case((col(CaseRecord.harm).is_(True), 1), else_=0)),
                func.sum(case((col(CaseRecord.danger).is_(True), 1), else_=0)),
                func.sum(case((col(CaseRecord.via_center).is_(True), 1), else_=0)),
                # Averages follow NCAC: over cases whose amount was entered (not blank, not 0).
                func.sum(case((contract > 0, contract), else_=0)),
                func.count(case((contract > 0, 1))),
                func.sum(case((paid > 0, paid), else_=0)),
                func.count(case((paid > 0, 1))),
            )
            .select_from(CaseRecord)
            .where(*where)
        ).one()
        total, harm, danger, via, contract_total, contract_count, paid_total, paid_count = (
            int(value or 0) for value in scalars
        )
        party_join = and_(
            col(PartyRecord.case_id) == col(CaseRecord.id), col(PartyRecord.role) == "party"
        )
        age_gender = {
            (band, gender): int(count)
            for band, gender, count in self._session.execute(
                select(col(PartyRecord.age_band), col(PartyRecord.gender), func.count())
                .select_from(CaseRecord)
                .outerjoin(PartyRecord, party_join)
                .where(*where)
                .group_by(col(PartyRecord.age_band), col(PartyRecord.gender))
            )
        }
        pi_join = col(PiAssessmentRecord.case_id) == col(CaseRecord.id)
        pi_related = {
            related: int(count)
            for related, count in self._session.execute(
                select(col(PiAssessmentRecord.related), func.count())
                .select_from(CaseRecord)
                .outerjoin(PiAssessmentRecord, pi_join)
                .where(*where)
                .group_by(col(PiAssessmentRecord.related))
            )
        }
        # Issue lists are JSON arrays; SQL groups identical lists, Python splits the few
        # distinct combinations (portable across SQLite and PostgreSQL JSON functions).
        issues_text = cast(col(PiAssessmentRecord.issues), Text)
        issues: Counter[str] = Counter()
        for text, count in self._session.execute(
            select(issues_text, func.count())
            .select_from(CaseRecord)
            .join(PiAssessmentRecord, pi_join)
            .where(*where, col(PiAssessmentRecord.related) == "yes")
            .group_by(issues_text)
        ):
            for code in dict.fromkeys(json.loads(text) if text else []):
                issues[str(code)] += int(count)
        return MonthTally(
            total=total,
            harm=harm,
            danger=danger,
            via_center=via,
            by_category=self._grouped(col(CaseRecord.category), where),
            by_channel=self._grouped(col(CaseRecord.channel), where),
            by_product=self._grouped(col(CaseRecord.product), where),
            by_sales_form=self._grouped(col(CaseRecord.sales_form), where),
            by_result=self._grouped(col(CaseRecord.result), where),
            by_office=self._grouped(col(CaseRecord.office_code), where),
            by_age_gender=age_gender,
            by_pi_related=pi_related,
            pi_issues=dict(issues),
            contract_total=contract_total,
            contract_count=contract_count,
            paid_total=paid_total,
            paid_count=paid_count,
        )

    def case_count(self, start: dt.date, end: dt.date, offices: Sequence[str] | None) -> int:
        """Live cases received in [start, end)."""
        return int(
            self._session.execute(
                select(func.count()).select_from(CaseRecord).where(*self._case_scope(start, end, offices))
            ).scalar_one()
        )

    def pi_related_count(self, start: dt.date, end: dt.date, offices: Sequence[str] | None) -> int:
        """Live cases received in [start, end) marked personal-information related."""
        return int(
            self._session.execute(
                select(func.count())
                .select_from(CaseRecord)
                .join(PiAssessmentRecord, col(PiAssessmentRecord.case_id) == col(CaseRecord.id))
                .where(*self._case_scope(start, end, offices), col(PiAssessmentRecord.related) == "yes")
            ).scalar_one()
        )

    def _referral_base(self, offices: Sequence[str] | None) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [col(CaseRecord.deleted_at).is_(None)]
        if offices is not None:
            conditions.append(col(CaseRecord.office_code).in_(list(offices)))
        return conditions

    def referral_tally(
        self, start: dt.date, end: dt.date, offices: Sequence[str] | None, *, as_of: dt.date
    ) -> ReferralTally:
        """Referrals made in [start, end) by kind, which of them are open or overdue on ``as_of``,
        and every open/overdue referral in scope."""
        is_open = col(ReferralRecord.status).in_(OPEN_REFERRAL_STATUSES)
        overdue = and_(is_open, col(ReferralRecord.due_date) < as_of)
        joined = select(
            col(ReferralRecord.kind),
            func.count(),
            func.count(case((is_open, 1))),
            func.count(case((overdue, 1))),
        ).join(CaseRecord, col(CaseRecord.id) == col(ReferralRecord.case_id))
        made: dict[str, int] = {}
        open_: dict[str, int] = {}
        late: dict[str, int] = {}
        for kind, count, open_count, overdue_count in self._session.execute(
            joined.where(
                *self._referral_base(offices),
                col(ReferralRecord.date) >= start,
                col(ReferralRecord.date) < end,
            ).group_by(col(ReferralRecord.kind))
        ):
            made[kind], open_[kind], late[kind] = int(count), int(open_count), int(overdue_count)
        open_all, overdue_all = self._session.execute(
            select(func.count(), func.count(case((col(ReferralRecord.due_date) < as_of, 1))))
            .select_from(ReferralRecord)
            .join(CaseRecord, col(CaseRecord.id) == col(ReferralRecord.case_id))
            .where(*self._referral_base(offices), is_open)
        ).one()
        return ReferralTally(
            made_by_kind=made,
            open_by_kind=open_,
            overdue_by_kind=late,
            open_all=int(open_all),
            overdue_all=int(overdue_all),
        )

    def casebook_candidates(self, start: dt.date, end: dt.date, offices: Sequence[str] | None) -> list[Candidate]:
        """Approved (closed, 決裁済み) live cases received in [start, end): the 対応事例集's pool."""
        issues_text = cast(col(PiAssessmentRecord.issues), Text)
        rows = self._session.execute(
            select(
                col(CaseRecord.id),
                col(CaseRecord.received_at),
                col(CaseRecord.approved_at),
                col(CaseRecord.product),
                col(PiAssessmentRecord.related),
                issues_text,
            )
            .outerjoin(PiAssessmentRecord, col(PiAssessmentRecord.case_id) == col(CaseRecord.id))
            .where(
                *self._case_scope(start, end, offices),
                col(CaseRecord.status) == "closed",
                col(CaseRecord.approved_at).is_not(None),
            )
        )
        parsed: dict[str | None, tuple[str, ...]] = {None: ()}
        candidates = []
        for case_id, received, approved, product, related, issues in rows:
            codes = parsed.get(issues)
            if codes is None:
                codes = parsed[issues] = tuple(str(code) for code in json.loads(issues or "[]"))
            candidates.append(Candidate(int(case_id), received, approved, product, related, codes))
        return candidates

    def offices_with_cases(self, offices: Sequence[str]) -> list[str]:
        """Those of ``offices`` that have at least one live case (one indexed probe each)."""
        found = []
        for code in offices:
            hit = self._session.execute(
                select(col(CaseRecord.id))
                .where(col(CaseRecord.office_code) == code, col(CaseRecord.deleted_at).is_(None))
                .limit(1)
            ).first()
            if hit is not None:
                found.append(code)
        return found

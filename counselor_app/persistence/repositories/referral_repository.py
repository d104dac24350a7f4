"""Referral records: adding, status updates with optimistic locking, follow-up lists and statistics."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from typing import Any, cast

from sqlalchemy import case, func, insert, select, update
from sqlalchemy.engine import CursorResult
from sqlmodel import Session, col

from counselor_app.domain.entities import Referral
from counselor_app.domain.errors import ConflictError, NotFoundError
from counselor_app.domain.referrals import OPEN_STATUSES, WAITING_STATUSES, FollowUpRow
from counselor_app.persistence.mappers import referral_from_record, referral_to_row
from counselor_app.persistence.tables import CaseRecord, DirectoryEntryRecord, ReferralRecord


class ReferralRepository:
    """Referrals in one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, case_id: int, referral: Referral) -> int:
        """Insert a referral for a case; returns its id."""
        row = referral_to_row(referral)
        row["uuid"] = referral.uuid or str(uuid_module.uuid4())
        row["case_id"] = case_id
        table = ReferralRecord.__table__  # type: ignore[attr-defined]
        return int(self._session.execute(insert(table).values(**row).returning(table.c.id)).scalar_one())

    def get(self, referral_id: int) -> Referral:
        """One referral.

        Raises:
            NotFoundError: no such referral.
        """
        record = self._session.get(ReferralRecord, referral_id)
        if record is None:
            raise NotFoundError("移送・紹介が見つかりません", where=f"referral {referral_id}")
        return referral_from_record(record)

    def for_case(self, case_id: int) -> list[Referral]:
        """A case's referrals, oldest first."""
        records = self._session.execute(
            select(ReferralRecord)
            .where(col(ReferralRecord.case_id) == case_id)
            .order_by(col(ReferralRecord.id))
        ).scalars()
        return [referral_from_record(record) for record in records]

    def update(self, referral: Referral, *, expected_version: int, now: dt.datetime) -> int:
        """Store changed fields unless someone changed the referral since ``expected_version``.

        Raises:
            ConflictError: a newer version exists.
        """
        assert referral.id is not None
        row = referral_to_row(referral)
        for fixed in ("uuid", "created_by", "created_at"):
            row.pop(fixed)
        row["version"] = expected_version + 1
        row["updated_at"] = now
        table = ReferralRecord.__table__  # type: ignore[attr-defined]
        outcome = cast(
            CursorResult[Any],
            self._session.execute(
                update(table)
                .where(table.c.id == referral.id, table.c.version == expected_version)
                .values(**row)
            ),
        )
        if outcome.rowcount != 1:
            raise ConflictError(
                "この移送・紹介は別の端末で更新されています。開き直してください。",
                where=f"referral {referral.id}",
            )
        return expected_version + 1

    def follow_up(
        self, *, office_code: str | None, created_by: str | None, overdue_before: dt.date | None
    ) -> list[FollowUpRow]:
        """Open referrals (optionally only overdue, of one office, or made by one counselor), due first."""
        statement = (
            select(
                ReferralRecord,
                col(CaseRecord.case_no),
                col(DirectoryEntryRecord.name),
                col(CaseRecord.office_code),
            )
            .join(CaseRecord, col(CaseRecord.id) == col(ReferralRecord.case_id))
            .join(DirectoryEntryRecord, col(DirectoryEntryRecord.id) == col(ReferralRecord.destination_id))
            .where(col(ReferralRecord.status).in_(OPEN_STATUSES), col(CaseRecord.deleted_at).is_(None))
            .order_by(
                col(ReferralRecord.due_date).is_(None), col(ReferralRecord.due_date), col(ReferralRecord.id)
            )
        )
        if office_code:
            statement = statement.where(col(CaseRecord.office_code) == office_code)
        if created_by:
            statement = statement.where(col(ReferralRecord.created_by) == created_by)
        if overdue_before:
            statement = statement.where(
                col(ReferralRecord.due_date) < overdue_before,
                col(ReferralRecord.status).in_(WAITING_STATUSES),
            )
        return [
            FollowUpRow(referral_from_record(record), case_no, str(name), str(office))
            for record, case_no, name, office in self._session.execute(statement)
        ]

    def statistics(
        self, *, office_code: str | None, start: dt.date, end: dt.date
    ) -> list[tuple[str, str, str, int, int, int]]:
        """Per (destination id, destination name, kind): referrals, with a due date, answered by it."""
        answered_in_time = func.sum(
            case((col(ReferralRecord.reply_date) <= col(ReferralRecord.due_date), 1), else_=0)
        )
        statement = (
            select(
                col(ReferralRecord.destination_id),
                col(DirectoryEntryRecord.name),
                col(ReferralRecord.kind),
                func.count(),
                func.count(col(ReferralRecord.due_date)),
                answered_in_time,
            )
            .join(CaseRecord, col(CaseRecord.id) == col(ReferralRecord.case_id))
            .join(DirectoryEntryRecord, col(DirectoryEntryRecord.id) == col(ReferralRecord.destination_id))
            .where(
                col(ReferralRecord.date) >= start,
                col(ReferralRecord.date) <= end,
                col(CaseRecord.deleted_at).is_(None),
            )
            .group_by(
                col(ReferralRecord.destination_id), col(DirectoryEntryRecord.name), col(ReferralRecord.kind)
            )
            .order_by(func.count().desc(), col(ReferralRecord.destination_id))
        )
        if office_code:
            statement = statement.where(col(CaseRecord.office_code) == office_code)
        return [
            (str(dest), str(name), str(kind), int(total), int(with_due), int(in_time or 0))
            for dest, name, kind, total, with_due, in_time in self._session.execute(statement)
        ]

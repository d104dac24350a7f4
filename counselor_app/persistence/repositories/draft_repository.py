"""Autosaved intake drafts: one row per open intake, overwritten in place every few seconds."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from counselor_app.domain.drafts import Draft
from counselor_app.persistence.tables import DraftRecord


def _draft(record: DraftRecord) -> Draft:
    return Draft(
        id=record.id,
        key=record.draft_key,
        owner=record.owner,
        payload=dict(record.payload or {}),
        case_id=record.case_id,
        base_version=record.base_version,
        updated_at=record.updated_at,
    )


class DraftRepository:
    """Drafts in one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def upsert(self, draft: Draft) -> None:
        """Insert the draft or overwrite the row with the same key (one statement, no read first)."""
        dialect = self._session.get_bind().dialect.name
        dialect_insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
        table = DraftRecord.__table__  # type: ignore[attr-defined]
        values = {
            "draft_key": draft.key,
            "owner": draft.owner,
            "payload": draft.payload,
            "case_id": draft.case_id,
            "base_version": draft.base_version,
            "updated_at": draft.updated_at,
        }
        statement = dialect_insert(table).values(**values)
        statement = statement.on_conflict_do_update(
            index_elements=["draft_key"],
            set_={name: statement.excluded[name] for name in values if name != "draft_key"},
        )
        self._session.execute(statement)

    def get(self, key: str) -> Draft | None:
        """The draft with ``key`` or None."""
        record = self._session.execute(
            select(DraftRecord).where(col(DraftRecord.draft_key) == key)
        ).scalar_one_or_none()
        return None if record is None else _draft(record)

    def for_owner(self, owner: str) -> list[Draft]:
        """An owner's drafts, most recently saved first."""
        records = self._session.execute(
            select(DraftRecord)
            .where(col(DraftRecord.owner) == owner)
            .order_by(col(DraftRecord.updated_at).desc(), col(DraftRecord.id).desc())
        ).scalars()
        return [_draft(record) for record in records]

    def for_case(self, case_id: int) -> list[Draft]:
        """Every draft of one stored case (any owner)."""
        records = self._session.execute(
            select(DraftRecord).where(col(DraftRecord.case_id) == case_id).order_by(col(DraftRecord.id))
        ).scalars()
        return [_draft(record) for record in records]

    def delete(self, key: str) -> bool:
        """Remove a draft; True when one was removed."""
        result = self._session.execute(delete(DraftRecord).where(col(DraftRecord.draft_key) == key))
        return bool(getattr(result, "rowcount", 0))

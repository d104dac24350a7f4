"""The append-only, hash-chained audit table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator

from sqlalchemy import func, select, text
from sqlmodel import Session, col

from counselor_app.domain.audit import GENESIS_HASH, ChainHead, ChainRow, event_hash
from counselor_app.domain.entities import AuditEvent
from counselor_app.persistence.tables import AuditEventRecord, AuditHeadRecord

# Any constant works; it names the PostgreSQL advisory lock that serialises appends.
_AUDIT_LOCK_KEY = 0x6361_7564  # "caud"


class AuditRepository:
    """Appends events to the chain and reads it back."""

    def __init__(self, session: Session, *, dialect: str) -> None:
        self._session = session
        self._dialect = dialect

    def append(
        self,
        *,
        at: dt.datetime,
        actor: str,
        action: str,
        entity: str,
        entity_id: str | None,
        detail: str = "",
    ) -> AuditEvent:
        """Add an event linked to the previous one (in the caller's transaction)."""
        if self._dialect == "postgresql":
            # Two desks appending at once must not both link to the same predecessor.
            self._session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _AUDIT_LOCK_KEY})
        last = self._session.execute(
            select(col(AuditEventRecord.seq), col(AuditEventRecord.hash))
            .order_by(col(AuditEventRecord.seq).desc())
            .limit(1)
        ).one_or_none()
        seq = 1 if last is None else int(last[0]) + 1
        prev_hash = GENESIS_HASH if last is None else str(last[1])
        digest = event_hash(
            prev_hash,
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
        )
        record = AuditEventRecord(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
            prev_hash=prev_hash,
            hash=digest,
        )
        self._session.add(record)
        head = self._session.get(AuditHeadRecord, 1)
        if head is None:
            self._session.add(AuditHeadRecord(id=1, seq=seq, hash=digest))
        else:
            head.seq = seq
            head.hash = digest
        self._session.flush()
        return AuditEvent(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
            prev_hash=prev_hash,
            hash=digest,
        )

    def head(self) -> ChainHead | None:
        """The newest event as recorded by the last append."""
        record = self._session.get(AuditHeadRecord, 1)
        return None if record is None else ChainHead(seq=record.seq, hash=record.hash)

    def chain(self) -> Generator[ChainRow, None, None]:
        """Every event in sequence order (streamed; close the iterator when stopping early)."""
        statement = select(AuditEventRecord).order_by(col(AuditEventRecord.seq))
        result = self._session.execute(statement.execution_options(yield_per=2000))
        try:
            for record in result.scalars():
                assert record.seq is not None
                yield ChainRow(
                    seq=record.seq,
                    at=record.at,
                    actor=record.actor,
                    action=record.action,
                    entity=record.entity,
                    entity_id=record.entity_id,
                    detail=record.detail,
                    prev_hash=record.prev_hash,
                    hash=record.hash,
                )
        finally:
            # On PostgreSQL a server-side cursor stays open until closed (verify stops at the first problem).
            result.close()

    def for_entity(
        self, entity: str, entity_id: str, *, actions: tuple[str, ...] = (), limit: int | None = None
    ) -> list[AuditEvent]:
        """Events about one record, oldest first (a case's access history)."""
        statement = (
            select(AuditEventRecord)
            .where(col(AuditEventRecord.entity) == entity, col(AuditEventRecord.entity_id) == entity_id)
            .order_by(col(AuditEventRecord.seq))
        )
        if actions:
            statement = statement.where(col(AuditEventRecord.action).in_(actions))
        if limit is not None:
            statement = statement.order_by(None).order_by(col(AuditEventRecord.seq).desc()).limit(limit)
            records = list(self._session.execute(statement).scalars())
            records.reverse()
            return [_event(record) for record in records]
        return [_event(record) for record in self._session.execute(statement).scalars()]

    def count(self) -> int:
        """Number of events in the trail."""
        return int(self._session.execute(select(func.count()).select_from(AuditEventRecord)).scalar_one())


def _event(record: AuditEventRecord) -> AuditEvent:
    return AuditEvent(
        seq=record.seq,
        at=record.at,
        actor=record.actor,
        action=record.action,
        entity=record.entity,
        entity_id=record.entity_id,
        detail=record.detail,
        prev_hash=record.prev_hash,
        hash=record.hash,
    )

"""Recording and verifying the tamper-evident audit trail."""

from __future__ import annotations

import datetime as dt
import json
from contextlib import closing
from dataclasses import dataclass

from counselor_app.domain.access import Permission, require
from counselor_app.domain.audit import ChainProblem, verify_chain
from counselor_app.domain.clock import Clock
from counselor_app.domain.entities import Actor, AuditEvent
from counselor_app.persistence.database import Database
from counselor_app.persistence.unit_of_work import UnitOfWork


def detail_json(**fields: object) -> str:
    """Serialise audit details. Callers pass ids, counts and codes only, never personal fields."""
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of ``audit verify``."""

    checked: int
    problem: ChainProblem | None

    @property
    def ok(self) -> bool:
        """True when the whole chain verified."""
        return self.problem is None


@dataclass(frozen=True)
class AccessRecord:
    """One line of a case's access history: who did what, when."""

    seq: int
    at: dt.datetime
    login: str
    display_name: str
    action: str


class AuditService:
    """Writes audit events inside the caller's unit of work, and verifies the chain."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def record(
        self,
        uow: UnitOfWork,
        actor: Actor | str,
        action: str,
        entity: str,
        entity_id: str | int | None = None,
        **detail: object,
    ) -> AuditEvent:
        """Append an event in ``uow``'s transaction (it commits with the change it describes)."""
        login = actor if isinstance(actor, str) else actor.login
        return uow.audit.append(
            at=self._clock.now(),
            actor=login,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            detail=detail_json(**detail) if detail else "",
        )

    def record_now(
        self,
        actor: Actor | str,
        action: str,
        entity: str,
        entity_id: str | int | None = None,
        **detail: object,
    ) -> AuditEvent:
        """Append an event in its own transaction (views, prints, logins)."""
        with self._db.uow(write=True) as uow:
            event = self.record(uow, actor, action, entity, entity_id, **detail)
            uow.commit()
        return event

    def verify_as(self, actor: Actor) -> VerifyResult:
        """:meth:`verify` for a signed-in user (supervisors and admins); the check is recorded."""
        require(actor, Permission.VERIFY_AUDIT)
        result = self.verify()
        self.record_now(actor, "audit_verify", "database", None, checked=result.checked, ok=result.ok)
        return result

    def verify(self) -> VerifyResult:
        """Check every event's hash and link; report the first bad one."""
        with self._db.uow() as uow:
            head = uow.audit.head()
            with closing(uow.audit.chain()) as rows:
                checked, problem = verify_chain(rows, head)
        return VerifyResult(checked=checked, problem=problem)

    def history(self, entity: str, entity_id: str | int) -> list[AuditEvent]:
        """Everything recorded about one record (supervisors' access history)."""
        with self._db.uow() as uow:
            return uow.audit.for_entity(entity, str(entity_id))

    def case_access_history(self, actor: Actor, case_id: int) -> list[AccessRecord]:
        """Who viewed, changed, exported or printed a case, oldest first (supervisors only).

        Looking at the history is itself recorded.

        Raises:
            PermissionDeniedError: for counselors.
        """
        require(actor, Permission.VIEW_ACCESS_HISTORY)
        with self._db.uow(write=True) as uow:
            events = uow.audit.for_entity("case", str(case_id))
            names = uow.users.display_names({event.actor for event in events})
            self.record(uow, actor, "view_access_history", "case", case_id)
            uow.commit()
        return [
            AccessRecord(
                seq=event.seq or 0,
                at=event.at,
                login=event.actor,
                display_name=names.get(event.actor, event.actor),
                action=event.action,
            )
            for event in events
        ]

"""Autosaving intake drafts into the database and offering them again after a crash."""

from __future__ import annotations

import json
from typing import Any

from counselor_app.domain.clock import Clock
from counselor_app.domain.drafts import Draft
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import PermissionDeniedError, ValidationError
from counselor_app.persistence.database import Database
from counselor_app.services.audit_service import AuditService

MAX_KEY_LENGTH = 64


class DraftService:
    """Drafts belong to the person who typed them; each save overwrites that intake's one row.

    A save is one short write transaction, so a draft written before the process dies
    (SIGKILL, power-off of the app, a crash in Qt) is in the database on the next start.
    """

    def __init__(self, db: Database, clock: Clock, audit: AuditService) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit

    def save(
        self,
        actor: Actor,
        key: str,
        payload: dict[str, Any],
        *,
        case_id: int | None = None,
        base_version: int | None = None,
    ) -> Draft:
        """Store (or overwrite) the draft ``key``; returns what was stored.

        Raises:
            ValidationError: the key is empty or too long, or the payload is not JSON data.
            PermissionDeniedError: the key belongs to someone else's draft.
        """
        if not key or len(key) > MAX_KEY_LENGTH:
            raise ValidationError("下書きのキーが不正です", where="draft_key")
        try:
            json.dumps(payload, ensure_ascii=False)
        except (TypeError, ValueError) as exc:
            raise ValidationError(f"下書きの内容を保存できません: {exc}", where="payload") from exc
        draft = Draft(
            key=key,
            owner=actor.login,
            payload=payload,
            case_id=case_id,
            base_version=base_version,
            updated_at=self._clock.now(),
        )
        with self._db.uow(write=True) as uow:
            existing = uow.drafts.get(key)
            if existing is not None and existing.owner != actor.login:
                raise PermissionDeniedError("他の利用者の下書きです", where=key)
            uow.drafts.upsert(draft)
            uow.commit()
        return draft

    def pending(self, actor: Actor) -> list[Draft]:
        """The actor's drafts that were never saved as cases or discarded, newest first."""
        with self._db.uow() as uow:
            return uow.drafts.for_owner(actor.login)

    def get(self, actor: Actor, key: str) -> Draft | None:
        """One of the actor's drafts, or None."""
        with self._db.uow() as uow:
            draft = uow.drafts.get(key)
        if draft is not None and draft.owner != actor.login:
            return None
        return draft

    def discard(self, actor: Actor, key: str, *, reason: str = "saved") -> bool:
        """Remove a draft (after its case was saved, or on request); discarding by hand is audited."""
        with self._db.uow(write=True) as uow:
            draft = uow.drafts.get(key)
            if draft is None or draft.owner != actor.login:
                return False
            uow.drafts.delete(key)
            if reason != "saved":
                self._audit.record(uow, actor, "draft_discard", "draft", key, case_id=draft.case_id, reason=reason)
            uow.commit()
        return True

    def others_editing(self, actor: Actor, case_id: int) -> list[Draft]:
        """Unsaved drafts of a stored case held by other people (a warning before a conflict)."""
        with self._db.uow() as uow:
            return [draft for draft in uow.drafts.for_case(case_id) if draft.owner != actor.login]

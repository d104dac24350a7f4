"""Preparing a database for use: offices, default settings and the seeded directory of windows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from counselor_app.domain.access import Permission, require
from counselor_app.domain.clock import Clock
from counselor_app.domain.entities import Actor, Office
from counselor_app.domain.offices import validate_office_code
from counselor_app.domain.settings import default_settings, merged, validate_setting
from counselor_app.persistence.database import Database
from counselor_app.services.audit_service import AuditService
from counselor_app.services.reference_data import ReferenceData

DEFAULT_OFFICE_NAME = "消費生活センター"


@dataclass(frozen=True)
class SetupResult:
    """What ``initialise`` changed."""

    office_created: bool
    directory_changes: int
    settings_added: int


class SetupService:
    """Idempotent preparation of a database (``counselor init`` and first start)."""

    def __init__(self, db: Database, clock: Clock, reference: ReferenceData, audit: AuditService) -> None:
        self._db = db
        self._clock = clock
        self._reference = reference
        self._audit = audit

    def initialise(
        self, actor: Actor, *, office_code: str | None = None, office_name: str | None = None
    ) -> SetupResult:
        """Make sure the office, settings and directory exist; safe to run any number of times."""
        now = self._clock.now()
        with self._db.uow(write=True) as uow:
            stored = uow.offices.settings()
            code = validate_office_code(
                office_code or stored.get("office_code") or default_settings()["office_code"]
            )
            office_created = False
            if uow.offices.get_office(code) is None:
                uow.offices.add_office(Office(code=code, name=office_name or DEFAULT_OFFICE_NAME), now=now)
                office_created = True
            added = 0
            for key, value in default_settings().items():
                if key not in stored:
                    uow.offices.set_setting(
                        key, code if key == "office_code" else value, now=now, by=actor.login
                    )
                    added += 1
            if office_code and stored.get("office_code") not in (None, code):
                uow.offices.set_setting("office_code", code, now=now, by=actor.login)
            changes = uow.directory.sync_reference(self._reference.directory, now=now)
            if office_created or added or changes:
                self._audit.record(
                    uow,
                    actor,
                    "init",
                    "database",
                    None,
                    office_created=office_created,
                    settings_added=added,
                    directory_changes=changes,
                )
            uow.commit()
        return SetupResult(office_created=office_created, directory_changes=changes, settings_added=added)

    def is_initialised(self) -> bool:
        """True once an office exists."""
        with self._db.uow() as uow:
            return bool(uow.offices.offices())

    def settings(self) -> dict[str, Any]:
        """Every setting (stored values over defaults)."""
        with self._db.uow() as uow:
            return merged(uow.offices.settings())

    def change_setting(self, actor: Actor, key: str, value: Any) -> None:
        """Validate and store a setting; admins only; audited.

        Raises:
            PermissionDeniedError: the actor is not an admin.
            ValidationError: unknown key or bad value.
        """
        require(actor, Permission.CHANGE_SETTINGS)
        validate_setting(key, value)
        with self._db.uow(write=True) as uow:
            old = uow.offices.setting(key)
            uow.offices.set_setting(key, value, now=self._clock.now(), by=actor.login)
            self._audit.record(uow, actor, "settings_change", "setting", key, old=old, new=value)
            uow.commit()

    def offices(self) -> list[Office]:
        """All offices."""
        with self._db.uow() as uow:
            return uow.offices.offices()

    def ensure_office(self, actor: Actor, office: Office) -> bool:
        """Register an office if it is new; returns True when created."""
        validate_office_code(office.code)
        with self._db.uow(write=True) as uow:
            if uow.offices.get_office(office.code) is not None:
                return False
            uow.offices.add_office(office, now=self._clock.now())
            self._audit.record(uow, actor, "create", "office", office.code)
            uow.commit()
        return True

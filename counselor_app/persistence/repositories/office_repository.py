"""Offices, users and office-wide settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from counselor_app.domain.entities import Office, User
from counselor_app.persistence.mappers import office_from_record, user_from_record
from counselor_app.persistence.tables import OfficeRecord, SettingRecord, UserRecord


class OfficeRepository:
    """Offices, users and settings in one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def offices(self) -> list[Office]:
        """All offices, by code."""
        records = self._session.execute(select(OfficeRecord).order_by(col(OfficeRecord.code))).scalars()
        return [office_from_record(record) for record in records]

    def get_office(self, code: str) -> Office | None:
        """One office or None."""
        record = self._session.get(OfficeRecord, code)
        return None if record is None else office_from_record(record)

    def add_office(self, office: Office, *, now: dt.datetime) -> None:
        """Register an office."""
        self._session.add(
            OfficeRecord(code=office.code, name=office.name, parent_code=office.parent_code, created_at=now)
        )
        self._session.flush()

    def users(self, *, office_code: str | None = None) -> list[User]:
        """Users (of one office), by login."""
        statement = select(UserRecord).order_by(col(UserRecord.login))
        if office_code:
            statement = statement.where(col(UserRecord.office_code) == office_code)
        return [user_from_record(record) for record in self._session.execute(statement).scalars()]

    def get_user(self, login: str) -> User | None:
        """One user by login or None."""
        record = self._session.execute(
            select(UserRecord).where(col(UserRecord.login) == login)
        ).scalar_one_or_none()
        return None if record is None else user_from_record(record)

    def add_user(self, user: User, *, now: dt.datetime) -> int:
        """Create a user; returns the id."""
        record = UserRecord(
            login=user.login,
            display_name=user.display_name,
            role=user.role,
            office_code=user.office_code,
            password_hash=user.password_hash,
            active=user.active,
            created_at=now,
        )
        self._session.add(record)
        self._session.flush()
        assert record.id is not None
        return record.id

    def update_user(self, login: str, **values: Any) -> None:
        """Change columns of a user (role, password hash, active, failed logins...)."""
        record = self._session.execute(select(UserRecord).where(col(UserRecord.login) == login)).scalar_one()
        for name, value in values.items():
            setattr(record, name, value)
        self._session.flush()

    def failed_logins(self, login: str) -> int:
        """Consecutive failed logins of a user (0 for unknown users)."""
        value = self._session.execute(
            select(col(UserRecord.failed_logins)).where(col(UserRecord.login) == login)
        ).scalar_one_or_none()
        return int(value or 0)

    def setting(self, key: str, default: Any = None) -> Any:
        """An office-wide setting's value, or ``default``."""
        record = self._session.get(SettingRecord, key)
        return default if record is None else record.value

    def settings(self) -> dict[str, Any]:
        """Every stored setting."""
        return {record.key: record.value for record in self._session.execute(select(SettingRecord)).scalars()}

    def set_setting(self, key: str, value: Any, *, now: dt.datetime, by: str | None) -> None:
        """Store a setting."""
        record = self._session.get(SettingRecord, key)
        if record is None:
            self._session.add(SettingRecord(key=key, value=value, updated_at=now, updated_by=by))
        else:
            record.value = value
            record.updated_at = now
            record.updated_by = by
        self._session.flush()

"""User accounts for sign-in and administration: credentials, lockout state, roles."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from counselor_app.domain.access import StoredCredentials, UserAccount
from counselor_app.persistence.tables import UserRecord

_ROLES = ("counselor", "supervisor", "admin")


def _account(record: UserRecord) -> UserAccount:
    role = record.role if record.role in _ROLES else "counselor"
    return UserAccount(
        login=record.login,
        display_name=record.display_name,
        role=role,  # type: ignore[arg-type]  # narrowed above; unknown roles get the least rights
        office_code=record.office_code,
        active=record.active,
        has_password=bool(record.password_hash),
        failed_logins=record.failed_logins,
        locked_until=record.locked_until,
        last_login_at=record.last_login_at,
    )


class UserRepository:
    """Reads and changes rows of ``app_user``."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _record(self, login: str) -> UserRecord | None:
        return self._session.execute(
            select(UserRecord).where(col(UserRecord.login) == login)
        ).scalar_one_or_none()

    def credentials(self, login: str) -> StoredCredentials | None:
        """The account and its password hash, or None for an unknown login."""
        record = self._record(login)
        if record is None:
            return None
        return StoredCredentials(account=_account(record), password_hash=record.password_hash)

    def account(self, login: str) -> UserAccount | None:
        """One account (no hash) or None."""
        record = self._record(login)
        return None if record is None else _account(record)

    def accounts(self, *, office_code: str | None = None) -> list[UserAccount]:
        """Every account (of one office), by login."""
        statement = select(UserRecord).order_by(col(UserRecord.login))
        if office_code:
            statement = statement.where(col(UserRecord.office_code) == office_code)
        return [_account(record) for record in self._session.execute(statement).scalars()]

    def display_names(self, logins: set[str]) -> dict[str, str]:
        """Display names of the given logins (for the access history)."""
        if not logins:
            return {}
        rows = self._session.execute(
            select(col(UserRecord.login), col(UserRecord.display_name)).where(
                col(UserRecord.login).in_(sorted(logins))
            )
        )
        return {str(login): str(name) for login, name in rows}

    def add(
        self,
        *,
        login: str,
        display_name: str,
        role: str,
        office_code: str,
        password_hash: str | None,
        now: dt.datetime,
    ) -> None:
        """Create an account."""
        self._session.add(
            UserRecord(
                login=login,
                display_name=display_name,
                role=role,
                office_code=office_code,
                password_hash=password_hash,
                active=True,
                failed_logins=0,
                created_at=now,
            )
        )
        self._session.flush()

    def update(self, login: str, **values: Any) -> None:
        """Change columns of one account (role, hash, active, failed logins, lock, last login)."""
        record = self._record(login)
        if record is None:
            raise KeyError(login)
        for name, value in values.items():
            setattr(record, name, value)
        self._session.flush()

    def count_active_admins(self) -> int:
        """Admins who can still sign in (the last one may not be disabled or demoted)."""
        return int(
            self._session.execute(
                select(func.count())
                .select_from(UserRecord)
                .where(
                    col(UserRecord.role) == "admin",
                    col(UserRecord.active).is_(True),
                    col(UserRecord.password_hash).is_not(None),
                )
            ).scalar_one()
        )

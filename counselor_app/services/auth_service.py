"""Signing in and out: first-run set-up of the office and its admin, argon2id sign-in, lockout, audit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NoReturn

from counselor_app.domain.access import (
    AccountLockedError,
    AuthenticationError,
    check_password_policy,
    lockout_until,
    validate_display_name,
    validate_login,
)
from counselor_app.domain.clock import Clock
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import StateError, ValidationError
from counselor_app.domain.offices import validate_office_code
from counselor_app.persistence.database import Database
from counselor_app.services.audit_service import AuditService
from counselor_app.services.passwords import Passwords
from counselor_app.services.setup_service import SetupService

# One message for unknown login, wrong password and disabled account: the screen
# must not tell a passer-by which logins exist.
SIGN_IN_REFUSED = "ログイン名またはパスワードが違います"
SCREENSHOT_LOGIN = "screenshot"


@dataclass(frozen=True)
class FirstRun:
    """What the first-run wizard collects."""

    office_code: str
    office_name: str
    login: str
    display_name: str
    password: str


class AuthService:
    """Sign-in, sign-out and the first administrator; every attempt lands in the audit trail."""

    def __init__(
        self, db: Database, clock: Clock, audit: AuditService, passwords: Passwords, setup: SetupService
    ) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._passwords = passwords
        self._setup = setup

    # -- first run -------------------------------------------------------------------

    def needs_first_run(self) -> bool:
        """True while no administrator can sign in (a new database, or demo data without one)."""
        with self._db.uow() as uow:
            return uow.users.count_active_admins() == 0

    def create_first_admin(self, request: FirstRun) -> Actor:
        """Create (or name) the office and its first administrator, then sign them in.

        Raises:
            ValidationError: a field is wrong (named).
            StateError: an administrator exists already.
        """
        office_code = validate_office_code(request.office_code.strip())
        office_name = request.office_name.strip()
        if not office_name:
            raise ValidationError("所属名を入力してください", where="office_name")
        login = validate_login(request.login.strip())
        display_name = validate_display_name(request.display_name)
        check_password_policy(request.password, login=login)
        if not self.needs_first_run():
            raise StateError("初期設定は済んでいます。管理者としてログインしてください")
        password_hash = self._passwords.hash(request.password)
        system = Actor(login="setup", role="admin", office_code=office_code)
        self._setup.initialise(system, office_code=office_code, office_name=office_name)
        now = self._clock.now()
        with self._db.uow(write=True) as uow:
            if uow.users.count_active_admins() > 0:
                raise StateError("初期設定は別の端末で済んでいます。管理者としてログインしてください")
            if uow.users.account(login) is not None:
                raise ValidationError("このログイン名は既に使われています", where="login")
            uow.users.add(
                login=login,
                display_name=display_name,
                role="admin",
                office_code=office_code,
                password_hash=password_hash,
                now=now,
            )
            uow.users.update(login, last_login_at=now)
            self._audit.record(uow, system, "create", "user", login, role="admin", first_run=True)
            self._audit.record(uow, login, "login", "user", login, first_run=True)
            uow.commit()
        return Actor(login=login, role="admin", office_code=office_code, display_name=display_name)

    # -- signing in ------------------------------------------------------------------

    def sign_in(self, login: str, password: str) -> Actor:
        """Check a login and password; return the signed-in actor.

        Consecutive failures count per account; the MAX_FAILED_LOGINS-th locks it
        for LOCKOUT_MINUTES. Every attempt is audited (unknown logins without the
        text typed, which is often a password typed into the wrong field).

        Raises:
            AuthenticationError: wrong login or password, or a disabled account.
            AccountLockedError: too many failures; says until when.
        """
        login = login.strip()
        with self._db.uow() as uow:
            credentials = uow.users.credentials(login) if login else None
        now = self._clock.now()
        if credentials is None:
            self._passwords.waste_time(password)
            self._audit.record_now("?", "login_failed", "user", None, reason="unknown_login")
            raise AuthenticationError(SIGN_IN_REFUSED)
        account = credentials.account
        if account.is_locked(now):
            assert account.locked_until is not None
            self._audit.record_now(login, "login_failed", "user", login, reason="locked")
            raise AccountLockedError(_locked_message(account.locked_until), until=account.locked_until)
        matches = self._passwords.verify(credentials.password_hash, password)
        if not (matches and account.active):
            self._fail(login, "disabled" if matches else "password")
        assert credentials.password_hash is not None
        rehash = self._passwords.hash(password) if self._passwords.needs_rehash(credentials.password_hash) else None
        with self._db.uow(write=True) as uow:
            values: dict[str, object] = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
            if rehash:
                values["password_hash"] = rehash
            uow.users.update(login, **values)
            self._audit.record(uow, login, "login", "user", login)
            uow.commit()
        return Actor(
            login=account.login,
            role=account.role,
            office_code=account.office_code,
            display_name=account.display_name,
        )

    def _fail(self, login: str, reason: str) -> NoReturn:
        now = self._clock.now()
        with self._db.uow(write=True) as uow:
            # Re-read inside the write lock: two desks failing at once both count.
            current = uow.users.account(login)
            failures = (current.failed_logins if current else 0) + 1
            until = lockout_until(failures, now)
            uow.users.update(login, failed_logins=failures, locked_until=until)
            self._audit.record(
                uow, login, "login_failed", "user", login, reason=reason, failures=failures, locked=until is not None
            )
            uow.commit()
        if until is not None:
            raise AccountLockedError(_locked_message(until), until=until)
        raise AuthenticationError(SIGN_IN_REFUSED)

    def sign_out(self, actor: Actor, *, reason: str = "user") -> None:
        """Record the end of a session (exit, or the idle lock)."""
        self._audit.record_now(actor, "logout" if reason == "user" else "lock", "user", actor.login, reason=reason)

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        """Change the signed-in user's password after checking the old one.

        Raises:
            AuthenticationError: the old password is wrong.
            ValidationError: the new one breaks the policy.
        """
        check_password_policy(new_password, login=actor.login)
        with self._db.uow() as uow:
            credentials = uow.users.credentials(actor.login)
        if credentials is None or not self._passwords.verify(credentials.password_hash, old_password):
            self._audit.record_now(actor, "password_change_failed", "user", actor.login)
            raise AuthenticationError("現在のパスワードが違います")
        new_hash = self._passwords.hash(new_password)
        with self._db.uow(write=True) as uow:
            uow.users.update(actor.login, password_hash=new_hash)
            self._audit.record(uow, actor, "password_change", "user", actor.login)
            uow.commit()

    def screenshot_session(self, os_user: str) -> Actor:
        """The view-only session of ``counselor-app --screenshot`` (audited; its window takes no input)."""
        office = str(self._setup.settings().get("office_code"))
        actor = Actor(login=SCREENSHOT_LOGIN, role="supervisor", office_code=office, display_name=SCREENSHOT_LOGIN)
        self._audit.record_now(actor, "login", "user", SCREENSHOT_LOGIN, mode="screenshot", os_user=os_user[:64])
        return actor


def _locked_message(until: dt.datetime) -> str:
    return f"ログインの失敗が続いたため、{until:%H:%M} までロックされています（管理者に解除を依頼できます）"

"""Administering users (admins only): add, list, disable/enable, reset passwords, change roles, unlock."""

from __future__ import annotations

from counselor_app.domain.access import (
    Permission,
    UserAccount,
    check_password_policy,
    require,
    validate_display_name,
    validate_login,
    validate_role,
)
from counselor_app.domain.clock import Clock
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import NotFoundError, StateError, ValidationError
from counselor_app.domain.offices import validate_office_code
from counselor_app.persistence.database import Database
from counselor_app.persistence.unit_of_work import UnitOfWork
from counselor_app.services.audit_service import AuditService
from counselor_app.services.passwords import Passwords


class UserService:
    """User administration; every method checks the MANAGE_USERS permission and is audited."""

    def __init__(self, db: Database, clock: Clock, audit: AuditService, passwords: Passwords) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._passwords = passwords

    def accounts(self, actor: Actor) -> list[UserAccount]:
        """Every user, by login."""
        require(actor, Permission.MANAGE_USERS)
        with self._db.uow() as uow:
            return uow.users.accounts()

    def add(
        self,
        actor: Actor,
        *,
        login: str,
        display_name: str,
        role: str,
        office_code: str,
        password: str,
    ) -> UserAccount:
        """Create a user who can sign in at once.

        Raises:
            PermissionDeniedError, ValidationError (named field).
        """
        require(actor, Permission.MANAGE_USERS)
        login = validate_login(login.strip())
        name = validate_display_name(display_name)
        checked_role = validate_role(role)
        office = validate_office_code(office_code.strip())
        check_password_policy(password, login=login)
        password_hash = self._passwords.hash(password)
        with self._db.uow(write=True) as uow:
            if uow.offices.get_office(office) is None:
                raise ValidationError(f"所属 {office} は登録されていません", where="office_code")
            if uow.users.account(login) is not None:
                raise ValidationError("このログイン名は既に使われています", where="login")
            uow.users.add(
                login=login,
                display_name=name,
                role=checked_role,
                office_code=office,
                password_hash=password_hash,
                now=self._clock.now(),
            )
            self._audit.record(uow, actor, "create", "user", login, role=checked_role, office=office)
            account = uow.users.account(login)
            uow.commit()
        assert account is not None
        return account

    def set_active(self, actor: Actor, login: str, active: bool) -> None:
        """Disable (cannot sign in, history kept) or re-enable a user.

        Raises:
            StateError: disabling oneself or the last administrator.
        """
        require(actor, Permission.MANAGE_USERS)
        with self._db.uow(write=True) as uow:
            account = self._existing(uow, login)
            if not active:
                if login == actor.login:
                    raise StateError("自分自身は無効にできません", where=login)
                self._keep_an_admin(uow, account)
            uow.users.update(login, active=active, failed_logins=0, locked_until=None)
            self._audit.record(uow, actor, "enable" if active else "disable", "user", login)
            uow.commit()

    def reset_password(self, actor: Actor, login: str, password: str) -> None:
        """Set a new password (and lift any lockout)."""
        require(actor, Permission.MANAGE_USERS)
        check_password_policy(password, login=login)
        password_hash = self._passwords.hash(password)
        with self._db.uow(write=True) as uow:
            self._existing(uow, login)
            uow.users.update(login, password_hash=password_hash, failed_logins=0, locked_until=None)
            self._audit.record(uow, actor, "password_reset", "user", login)
            uow.commit()

    def unlock(self, actor: Actor, login: str) -> None:
        """Lift a lockout after failed sign-ins."""
        require(actor, Permission.MANAGE_USERS)
        with self._db.uow(write=True) as uow:
            self._existing(uow, login)
            uow.users.update(login, failed_logins=0, locked_until=None)
            self._audit.record(uow, actor, "unlock", "user", login)
            uow.commit()

    def set_role(self, actor: Actor, login: str, role: str) -> None:
        """Change a user's role.

        Raises:
            StateError: demoting the last administrator.
        """
        require(actor, Permission.MANAGE_USERS)
        new_role = validate_role(role)
        with self._db.uow(write=True) as uow:
            account = self._existing(uow, login)
            if account.role == new_role:
                return
            if new_role != "admin":
                self._keep_an_admin(uow, account)
            uow.users.update(login, role=new_role)
            self._audit.record(uow, actor, "role_change", "user", login, old=account.role, new=new_role)
            uow.commit()

    @staticmethod
    def _existing(uow: UnitOfWork, login: str) -> UserAccount:
        account = uow.users.account(login)
        if account is None:
            raise NotFoundError("その利用者はいません", where=login)
        return account

    @staticmethod
    def _keep_an_admin(uow: UnitOfWork, account: UserAccount) -> None:
        if account.role == "admin" and account.active and account.has_password and uow.users.count_active_admins() <= 1:
            raise StateError("最後の管理者は無効にも降格にもできません", where=account.login)

"""Who may do what: roles, permissions, login names, password policy and the failed-login lockout rule."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from counselor_app.domain.entities import Actor, Role
from counselor_app.domain.errors import DomainError, PermissionDeniedError, ValidationError

ROLES: tuple[Role, ...] = ("counselor", "supervisor", "admin")

# After this many consecutive failures the account is locked for LOCKOUT_MINUTES
# (an admin can unlock it at once by resetting the password).
MAX_FAILED_LOGINS = 5
LOCKOUT_MINUTES = 15
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256  # argon2 accepts more; a longer "password" is a pasted file by mistake
LOGIN_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")


class Permission(StrEnum):
    """An operation the services check before doing it."""

    SEE_ALL_OFFICES = "see_all_offices"
    APPROVE = "approve"
    EXPORT = "export"
    PRINT_SUMMARY = "print_summary"
    VIEW_ACCESS_HISTORY = "view_access_history"
    VERIFY_AUDIT = "verify_audit"
    MANAGE_USERS = "manage_users"
    MANAGE_DIRECTORY = "manage_directory"
    CHANGE_SETTINGS = "change_settings"
    RUN_RETENTION = "run_retention"
    BACKUP = "backup"
    SYNC = "sync"
    MANAGE_OFFICES = "manage_offices"


_SUPERVISOR = frozenset(
    {
        Permission.SEE_ALL_OFFICES,
        Permission.APPROVE,
        Permission.EXPORT,
        Permission.PRINT_SUMMARY,
        Permission.VIEW_ACCESS_HISTORY,
        Permission.VERIFY_AUDIT,
        Permission.SYNC,
    }
)
# Admins keep the supervisor's rights (Actor.is_supervisor says the same).
GRANTS: dict[str, frozenset[Permission]] = {
    "counselor": frozenset(),
    "supervisor": _SUPERVISOR,
    "admin": _SUPERVISOR
    | {
        Permission.MANAGE_USERS,
        Permission.MANAGE_DIRECTORY,
        Permission.CHANGE_SETTINGS,
        Permission.RUN_RETENTION,
        Permission.BACKUP,
        Permission.MANAGE_OFFICES,
    },
}

_REFUSALS: dict[Permission, str] = {
    Permission.SEE_ALL_OFFICES: "他の所属の相談は見られません",
    Permission.APPROVE: "決裁できるのは所長・主任相談員（supervisor）だけです",
    Permission.EXPORT: "書き出しができるのは所長・主任相談員（supervisor）だけです",
    Permission.PRINT_SUMMARY: "報告書を印刷できるのは所長・主任相談員（supervisor）だけです",
    Permission.VIEW_ACCESS_HISTORY: "アクセス履歴を見られるのは所長・主任相談員（supervisor）だけです",
    Permission.VERIFY_AUDIT: "監査ログの検証は所長・主任相談員（supervisor）だけができます",
    Permission.MANAGE_USERS: "利用者の管理は管理者（admin）だけができます",
    Permission.MANAGE_DIRECTORY: "窓口一覧の編集は管理者（admin）だけができます",
    Permission.CHANGE_SETTINGS: "設定の変更は管理者（admin）だけができます",
    Permission.RUN_RETENTION: "保存期間による匿名化は管理者（admin）だけが実行できます",
    Permission.BACKUP: "バックアップと復元は管理者（admin）だけができます",
    Permission.SYNC: "支所データの取り込みと競合の解決は所長・主任相談員（supervisor）だけができます",
    Permission.MANAGE_OFFICES: "所属（支所）の登録は管理者（admin）だけができます",
}


def allows(role: str, permission: Permission) -> bool:
    """True when ``role`` grants ``permission`` (unknown roles grant nothing)."""
    return permission in GRANTS.get(role, frozenset())


def require(actor: Actor, permission: Permission) -> None:
    """Refuse the operation unless the actor's role allows it.

    Raises:
        PermissionDeniedError: naming the permission.
    """
    if not allows(actor.role, permission):
        raise PermissionDeniedError(_REFUSALS[permission], where=permission.value)


class AuthenticationError(DomainError):
    """Sign-in refused: unknown login, wrong password or disabled account (one message for all)."""

    code = "authentication"


class AccountLockedError(AuthenticationError):
    """Too many failed sign-ins: the account waits until ``until``."""

    code = "locked"

    def __init__(self, message: str, *, until: dt.datetime) -> None:
        super().__init__(message)
        self.until = until


def validate_role(role: str) -> Role:
    """Return ``role`` if it is one of the three roles.

    Raises:
        ValidationError: where="role".
    """
    if role not in ROLES:
        raise ValidationError(f"役割は {' / '.join(ROLES)} のいずれかです", where="role")
    return role


def validate_login(login: str) -> str:
    """Login names are 2–64 ASCII letters, digits, '.', '_' or '-' (they appear in the audit trail).

    Raises:
        ValidationError: where="login".
    """
    if not LOGIN_PATTERN.match(login):
        raise ValidationError(
            "ログイン名は英数字で始まる2〜64文字（英数字と . _ -）にしてください", where="login"
        )
    return login


def validate_display_name(name: str) -> str:
    """A display name: 1–64 printable characters, surrounding spaces removed.

    Raises:
        ValidationError: where="display_name".
    """
    cleaned = name.strip()
    if not cleaned or len(cleaned) > 64 or not cleaned.isprintable():
        raise ValidationError("表示名は1〜64文字で入力してください", where="display_name")
    return cleaned


def check_password_policy(password: str, *, login: str) -> None:
    """At least MIN_PASSWORD_LENGTH characters, not the login name, no control characters.

    Raises:
        ValidationError: where="password".
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"パスワードは {MIN_PASSWORD_LENGTH} 文字以上にしてください", where="password")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(f"パスワードは {MAX_PASSWORD_LENGTH} 文字以下にしてください", where="password")
    if not password.isprintable():
        raise ValidationError("パスワードに制御文字は使えません", where="password")
    if password.casefold() == login.casefold():
        raise ValidationError("ログイン名と同じパスワードは使えません", where="password")


def lockout_until(failed_logins: int, now: dt.datetime) -> dt.datetime | None:
    """When the account unlocks again after ``failed_logins`` consecutive failures (None: not locked)."""
    if failed_logins >= MAX_FAILED_LOGINS:
        return now + dt.timedelta(minutes=LOCKOUT_MINUTES)
    return None


@dataclass(frozen=True)
class UserAccount:
    """A user as administrators see it (never the password hash)."""

    login: str
    display_name: str
    role: Role
    office_code: str
    active: bool
    has_password: bool
    failed_logins: int
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None

    def is_locked(self, now: dt.datetime) -> bool:
        """True while a lockout is running."""
        return self.locked_until is not None and self.locked_until > now


@dataclass(frozen=True)
class StoredCredentials:
    """What sign-in needs from the user table."""

    account: UserAccount
    password_hash: str | None

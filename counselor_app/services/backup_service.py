"""Backups, restore and health checks of the case log (SQLite files; the audit chain on every database)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counselor_app.domain.access import Permission, require
from counselor_app.domain.audit import ChainProblem
from counselor_app.domain.clock import Clock
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import StateError
from counselor_app.domain.settings import merged
from counselor_app.persistence import backup as files
from counselor_app.persistence.database import Database
from counselor_app.persistence.engine import DatabaseTarget
from counselor_app.persistence.migrate import known_revisions
from counselor_app.services.audit_service import AuditService

log = logging.getLogger(__name__)

BackupInfo = files.BackupInfo
BackupFileError = files.BackupFileError
DatabaseInUseError = files.DatabaseInUseError


@dataclass(frozen=True)
class HealthReport:
    """Result of ``counselor check``."""

    integrity: list[str]
    foreign_keys: list[str]
    audit_checked: int
    audit_problem: ChainProblem | None
    file_checks: bool  # False on PostgreSQL, whose server keeps its own pages and keys

    @property
    def ok(self) -> bool:
        """True when nothing was found."""
        return not self.integrity and not self.foreign_keys and self.audit_problem is None


class BackupService:
    """Manual and automatic backups of an SQLite case log, and health checks."""

    def __init__(self, db: Database, clock: Clock, audit: AuditService, backup_dir: Path | None) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._backup_dir = backup_dir

    @property
    def backup_dir(self) -> Path | None:
        """Where automatic backups go (None for PostgreSQL)."""
        return self._backup_dir

    def _sqlite_target(self) -> DatabaseTarget:
        target = self._db.target
        if not target.is_sqlite or target.path is None:
            raise StateError("PostgreSQL のバックアップはサーバー側で行ってください（pg_dump）")
        return target

    def backup_to(self, actor: Actor, destination: Path) -> Path:
        """Write a consistent copy (encrypted if the database is) to ``destination``; admins only."""
        require(actor, Permission.BACKUP)
        target = self._sqlite_target()
        if destination.expanduser().resolve() == target.path:
            raise StateError("バックアップ先が現在のデータベースと同じファイルです", where=str(destination))
        written = files.online_backup(target, destination)
        self._audit.record_now(actor, "backup", "database", None, file=written.name)
        return written

    def daily(self, *, refresh: bool) -> Path | None:
        """Today's automatic backup (at start-up if missing; refreshed at exit), pruned to the kept days."""
        if self._backup_dir is None or not self._db.target.is_sqlite:
            return None
        keep = int(self.settings_value("backup_keep_days"))
        written = files.daily_backup(
            self._sqlite_target(), self._backup_dir, self._clock.now().date(), keep=keep, refresh=refresh
        )
        if written is not None:
            log.info("daily backup written: %s", written.name)
        return written

    def settings_value(self, key: str) -> Any:
        """A setting (validated, with its default)."""
        with self._db.uow() as uow:
            return merged(uow.offices.settings())[key]

    def backups(self) -> list[BackupInfo]:
        """Backups in the backup directory, newest first."""
        return [] if self._backup_dir is None else files.list_backups(self._backup_dir)

    def check(self) -> HealthReport:
        """integrity_check, foreign_key_check (SQLite) and the audit chain."""
        integrity: list[str] = []
        foreign_keys: list[str] = []
        file_checks = self._db.target.is_sqlite
        if file_checks:
            result = files.check_file(self._db.target)
            integrity, foreign_keys = result.integrity, result.foreign_keys
        chain = self._audit.verify()
        return HealthReport(
            integrity=integrity,
            foreign_keys=foreign_keys,
            audit_checked=chain.checked,
            audit_problem=chain.problem,
            file_checks=file_checks,
        )


def restore_database(target: DatabaseTarget, source: Path, backup_dir: Path, *, now: dt.datetime) -> files.RestoreResult:
    """Replace a closed SQLite database with a validated backup (all or nothing; the old one is kept).

    Raises:
        BackupFileError: the file is not a sound case log for this database.
        DatabaseInUseError: another program has the database open.
        StateError: the target is not an SQLite file.
    """
    if not target.is_sqlite or target.path is None:
        raise StateError("復元は SQLite のデータベースだけでできます（PostgreSQL は pg_restore）")
    return files.restore(target, source, backup_dir=backup_dir, known_revisions=known_revisions(), now=now)


def newest_good_backup(backup_dir: Path, passphrase: str | None, *, limit: int | None = None) -> BackupInfo | None:
    """The newest backup that passes validation (offered when the database is damaged)."""
    return files.newest_good_backup(backup_dir, passphrase, known_revisions(), limit=limit)


def inspect_backup(path: Path, passphrase: str | None) -> str:
    """Validate a backup file; returns its schema revision (raises BackupFileError)."""
    return files.inspect_case_log(path, passphrase, known_revisions())

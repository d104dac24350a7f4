"""Opening a case-log database: checks, engine, migrations, and the unit-of-work factory services use."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from counselor_app.persistence.engine import (
    DamagedDatabaseError,
    DatabaseOpenError,
    DatabaseTarget,
    WrongPassphraseError,
    check_sqlite_file,
    make_engine,
)
from counselor_app.persistence.migrate import (
    MigrationResult,
    current_revision,
    head_revision,
    migrate,
)
from counselor_app.persistence.unit_of_work import UnitOfWork


@dataclass
class Database:
    """An open case-log database.

    Services receive it and call :meth:`uow` for short units of work; nothing
    above persistence sees a Session.
    """

    target: DatabaseTarget
    engine: Engine

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def uow(self, *, write: bool = False) -> Iterator[UnitOfWork]:
        """A unit of work: commit explicitly with ``uow.commit()``; anything else rolls back.

        ``write=True`` takes SQLite's write lock at BEGIN so that concurrent
        writers wait (busy timeout) instead of failing half-way.
        """
        options = {"sqlite_immediate": True} if write and self.dialect == "sqlite" else {}
        with Session(self.engine, expire_on_commit=False) as session:
            if options:
                session.connection(execution_options=options)
            unit = UnitOfWork(session, dialect=self.dialect)
            try:
                yield unit
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        """Release connections (the WAL is checkpointed by SQLite on last close)."""
        self.engine.dispose()

    def schema_revision(self) -> str | None:
        """The revision stamped in the database."""
        return current_revision(self.engine)


def open_database(
    target: DatabaseTarget,
    *,
    create: bool = True,
    upgrade: bool = True,
    backup_dir: Path | None = None,
) -> tuple[Database, MigrationResult | None]:
    """Check, open and (optionally) migrate a database.

    Args:
        target: where the database lives.
        create: allow creating a new SQLite file.
        upgrade: run migrations to the head revision (backing up first).
        backup_dir: where pre-upgrade backups go.

    Raises:
        DatabaseOpenError: with a one-line reason; nothing is changed on disk.
    """
    if target.is_sqlite:
        check_sqlite_file(target, must_exist=not create)
    engine = make_engine(target)
    try:
        _probe(engine, target)
        result: MigrationResult | None = None
        if upgrade:
            result = migrate(engine, target, backup_dir=backup_dir)
        else:
            current = current_revision(engine)
            if current != head_revision():
                raise DatabaseOpenError(
                    "データベースのスキーマが古いか新しすぎます。counselor init で更新してください。"
                )
    except DatabaseOpenError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise _explain(exc, target) from exc
    except Exception as exc:
        # sqlcipher3 raises its own DB-API classes when a connect-time PRAGMA fails.
        engine.dispose()
        if type(exc).__module__.startswith("sqlcipher3"):
            raise _explain(exc, target) from exc
        raise
    return Database(target=target, engine=engine), result


def _probe(engine: Engine, target: DatabaseTarget) -> None:
    with engine.connect() as connection:
        # Reads page 1: a wrong SQLCipher key or a damaged file fails here, before any write.
        connection.execute(text("SELECT count(*) FROM sqlite_master" if target.is_sqlite else "SELECT 1"))


def _explain(exc: Exception, target: DatabaseTarget) -> DatabaseOpenError:
    lines = str(getattr(exc, "orig", exc)).splitlines() or [type(exc).__name__]
    message = lines[0]
    if "file is not a database" in message:
        if target.encrypted:
            return WrongPassphraseError(
                f"パスフレーズが違うか、暗号化された相談記録のデータベースではありません: {target.describe()}"
            )
        return DamagedDatabaseError(f"データベースファイルが壊れているか暗号化されています: {target.describe()}")
    if "malformed" in message or "corrupt" in message:
        return DamagedDatabaseError(f"データベースファイルが壊れています: {target.describe()} ({message})")
    if "unable to open database file" in message:
        return DatabaseOpenError(f"データベースファイルを開けません: {target.describe()}")
    if target.kind == "postgresql":
        return DatabaseOpenError(f"PostgreSQL に接続できません: {target.describe()} ({message})")
    return DatabaseOpenError(f"データベースを開けません: {target.describe()} ({message})")

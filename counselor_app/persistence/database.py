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

    def server_report(self) -> ServerReport | None:
        """How a PostgreSQL server is set up for this application (None for SQLite)."""
        if self.dialect != "postgresql":
            return None
        with self.engine.connect() as connection:
            encoding = str(connection.execute(text("SHOW server_encoding")).scalar_one())
            ctype = str(connection.execute(text("SHOW lc_ctype")).scalar_one())
            version = str(connection.execute(text("SHOW server_version")).scalar_one())
            trgm = connection.execute(text("SELECT extversion FROM pg_extension WHERE extname = 'pg_trgm'")).scalar()
            trigrams = False
            if trgm is not None:
                trigrams = bool(connection.execute(text("SELECT cardinality(show_trgm('名簿業者'))")).scalar())
            ssl = connection.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar()
        return ServerReport(
            version=version,
            encoding=encoding,
            ctype=ctype,
            pg_trgm=None if trgm is None else str(trgm),
            japanese_trigrams=trigrams,
            ssl=bool(ssl),
        )


@dataclass(frozen=True)
class ServerReport:
    """What ``counselor check`` says about a PostgreSQL server."""

    version: str
    encoding: str
    ctype: str
    pg_trgm: str | None
    japanese_trigrams: bool
    ssl: bool

    def problems(self) -> list[str]:
        """Set-up mistakes that break or slow down the application, one line each."""
        found = []
        if self.encoding.upper() not in ("UTF8", "UTF-8"):
            found.append(f"データベースの文字コードが {self.encoding} です（UTF8 で作り直してください）")
        if self.pg_trgm is None:
            found.append("pg_trgm 拡張がありません（検索が遅くなります。所有者のロールで counselor init を実行してください）")
        elif not self.japanese_trigrams:
            found.append(
                f"LC_CTYPE が {self.ctype} のため pg_trgm が日本語の索引を作れません"
                "（LOCALE 'C.UTF-8' などの UTF-8 ロケールでデータベースを作り直してください）"
            )
        return found


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
    if target.kind == "postgresql" and "permission denied" in message:
        # A desk's least-privilege role met a schema that needs upgrading (db/postgresql/02_grants.sql).
        return DatabaseOpenError(
            f"このロールにはスキーマを更新する権限がありません。所有者のロールで counselor init を実行してください: "
            f"{target.describe()} ({message})"
        )
    if target.kind == "postgresql":
        return DatabaseOpenError(f"PostgreSQL に接続できません: {target.describe()} ({message})")
    return DatabaseOpenError(f"データベースを開けません: {target.describe()} ({message})")

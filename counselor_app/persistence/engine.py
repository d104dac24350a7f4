"""The one engine factory: SQLite files (WAL, foreign keys, busy timeout), SQLCipher and PostgreSQL URLs."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 15_000
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseOpenError(Exception):
    """The database cannot be opened; the message says why in one line."""


class PassphraseRequiredError(DatabaseOpenError):
    """The file looks like an SQLCipher database and no passphrase was given."""


class WrongPassphraseError(DatabaseOpenError):
    """The passphrase does not open the file (or the file is not an encrypted case log)."""


class NotEncryptedError(DatabaseOpenError):
    """A passphrase was given for a plain SQLite file."""


class DamagedDatabaseError(DatabaseOpenError):
    """The file is not a readable SQLite database (damaged, truncated or something else)."""


@dataclass(frozen=True)
class DatabaseTarget:
    """Where the case log lives: an SQLite file (optionally encrypted) or a PostgreSQL server."""

    url: str
    kind: str  # "sqlite" or "postgresql"
    path: Path | None = None
    passphrase: str | None = None

    @property
    def is_sqlite(self) -> bool:
        """True for embedded (possibly encrypted) SQLite files."""
        return self.kind == "sqlite"

    @property
    def encrypted(self) -> bool:
        """True when the SQLite file is an SQLCipher database."""
        return self.passphrase is not None

    def describe(self) -> str:
        """A display string without credentials (for the status bar and logs)."""
        if self.path is not None:
            return str(self.path)
        url = make_url(self.url)
        return url.render_as_string(hide_password=True)


def resolve_target(db: str | Path, *, passphrase: str | None = None) -> DatabaseTarget:
    """Turn ``--db`` (a path, ``sqlite:///…`` or ``postgresql://…``) into a target.

    Raises:
        DatabaseOpenError: for URLs of unsupported databases.
    """
    text = str(db)
    if "://" not in text:
        return DatabaseTarget(
            url=f"sqlite:///{Path(text).expanduser().resolve()}",
            kind="sqlite",
            path=Path(text).expanduser().resolve(),
            passphrase=passphrase,
        )
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise DatabaseOpenError(f"データベースのURLが読めません: {text}") from exc
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise DatabaseOpenError("SQLite はファイルを指定してください（:memory: は使えません）")
        path = Path(url.database).expanduser().resolve()
        return DatabaseTarget(url=f"sqlite:///{path}", kind="sqlite", path=path, passphrase=passphrase)
    if backend in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
        return DatabaseTarget(url=url.render_as_string(hide_password=False), kind="postgresql")
    raise DatabaseOpenError(f"未対応のデータベースです: {backend}（SQLite または PostgreSQL）")


def _sqlite_connect_args(target: DatabaseTarget) -> dict[str, Any]:
    # pysqlite's own implicit BEGIN handling is switched off (isolation_level=None)
    # so that SQLAlchemy's "begin" event below controls transactions, DDL included.
    return {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000, "isolation_level": None}


def sqlcipher_dbapi() -> Any:
    """The SQLCipher DB-API module (sqlcipher3), or a one-line reason why it is missing.

    Raises:
        DatabaseOpenError: sqlcipher3 is not installed.
    """
    try:
        import sqlcipher3.dbapi2 as sqlcipher
    except ImportError as exc:
        raise DatabaseOpenError(
            "暗号化データベースには sqlcipher3 が必要です（pip install 'counselor-app[encryption]'）"
        ) from exc
    return sqlcipher


def connect_file(
    path: Path, passphrase: str | None, *, readonly: bool = False, **kwargs: Any
) -> Any:
    """A DB-API connection to an SQLite file; keyed before anything reads it when ``passphrase`` is set.

    The key goes in first, so no statement ever sees the file unkeyed; SQLCipher's own
    error log is silenced so that a wrong passphrase gives one clean line.
    """
    target = f"file:{quote(str(path))}?mode=ro" if readonly else str(path)
    if passphrase is None:
        return sqlite3.connect(target, uri=readonly, **kwargs)
    module = sqlcipher_dbapi()
    connection = module.connect(target, uri=readonly, **kwargs)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        # SQLCipher derives the page key from the passphrase (PBKDF2-HMAC-SHA512, per-file salt).
        connection.execute(f"PRAGMA key = '{_sql_quote(passphrase)}'")
    except BaseException:
        connection.close()
        raise
    return connection


def _install_sqlite_events(engine: Engine, target: DatabaseTarget) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            # NORMAL is durable across application crashes in WAL mode; a power cut can
            # lose the last transactions, never corrupt the file.
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Write transactions take the write lock up front, so two desks saving at the
        # same moment queue on busy_timeout instead of failing with SQLITE_BUSY.
        if connection.get_execution_options().get("sqlite_immediate"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def _sql_quote(text: str) -> str:
    return text.replace("'", "''")


def looks_encrypted(path: Path) -> bool:
    """Guess whether a file without the SQLite header is an SQLCipher database.

    SQLCipher files start with a random salt followed by ciphertext: their first
    kilobyte uses nearly every byte value, while text or zero-filled garbage does not.
    """
    try:
        size = path.stat().st_size
        if size < 1024 or size % 512:
            return False
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return False
    return not head.startswith(SQLITE_HEADER) and len(set(head)) >= 160


def check_sqlite_file(target: DatabaseTarget, *, must_exist: bool = False) -> None:
    """Refuse, without touching anything, a path SQLite cannot use.

    Raises:
        DatabaseOpenError: missing directory, missing file (when required), or a
            file that is not a database.
    """
    assert target.path is not None
    path = target.path
    if not path.parent.is_dir():
        raise DatabaseOpenError(f"データベースのディレクトリがありません: {path.parent}")
    if not path.exists():
        if must_exist:
            raise DatabaseOpenError(
                f"データベースがありません: {path}（先に counselor init を実行してください）"
            )
        return
    if path.is_dir():
        raise DatabaseOpenError(f"データベースのパスがディレクトリです: {path}")
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DatabaseOpenError(f"データベースファイルを読めません: {path} ({exc.strerror})") from exc
    if target.encrypted:
        if header == SQLITE_HEADER:
            raise NotEncryptedError(
                f"このデータベースは暗号化されていません（パスフレーズを指定せずに開いてください）: {path}"
            )
        return  # an SQLCipher file has no readable header; the key check happens on open
    if header and header != SQLITE_HEADER:
        if looks_encrypted(path):
            raise PassphraseRequiredError(
                f"データベースは暗号化されています。--passphrase-file（または COUNSELOR_PASSPHRASE_FILE）で"
                f"パスフレーズを指定してください: {path}"
            )
        raise DamagedDatabaseError(
            f"データベースファイルが壊れているか、SQLite のファイルではありません: {path}"
        )
    # A readable header can still hide a damaged file: ask SQLite read-only.
    try:
        uri = f"file:{quote(str(path))}?mode=ro"
        probe = sqlite3.connect(uri, uri=True)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(f"データベースファイルが壊れています: {path} ({exc})") from exc


def make_engine(target: DatabaseTarget, *, echo: bool = False) -> Engine:
    """Create the engine for ``target`` with the project's connection settings."""
    if target.is_sqlite:
        if target.encrypted:
            assert target.path is not None and target.passphrase is not None
            path, passphrase = target.path, target.passphrase
            connect_args = _sqlite_connect_args(target)

            def _keyed_connection() -> Any:
                return connect_file(path, passphrase, **connect_args)

            # The pysqlite dialect over sqlcipher3's DB-API: connections come keyed from
            # the creator (the passphrase is never put in a URL), and are pooled because
            # each new SQLCipher connection pays for the key derivation.
            engine = create_engine(
                target.url,
                creator=_keyed_connection,
                module=sqlcipher_dbapi(),
                poolclass=QueuePool,
                echo=echo,
            )
        else:
            engine = create_engine(
                target.url,
                connect_args=_sqlite_connect_args(target),
                echo=echo,
            )
        _install_sqlite_events(engine, target)
        return engine
    return create_engine(target.url, pool_pre_ping=True, pool_size=5, max_overflow=5, echo=echo)

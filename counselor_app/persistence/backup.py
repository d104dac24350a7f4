"""SQLite file safety: online backups (encrypted stay encrypted), rotation, validation, restore, integrity checks.

Every file is written to a temporary name beside its destination, flushed to disk
and renamed, so a crash leaves either the old file or the complete new one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counselor_app.persistence.engine import (
    SQLITE_HEADER,
    DatabaseOpenError,
    DatabaseTarget,
    connect_file,
    looks_encrypted,
)

BACKUP_PREFIX = "counselor-"
DAILY_LABEL = "daily"
REPLACED_LABEL = "replaced"
# Tables every case log has; a backup without them is some other SQLite file.
CASE_LOG_TABLES = frozenset({"alembic_version", "case_record", "party", "audit_event", "app_user", "office"})
_DAILY_NAME = re.compile(rf"^{BACKUP_PREFIX}{DAILY_LABEL}-(\d{{8}})\.db$")


class BackupFileError(DatabaseOpenError):
    """A backup (or a file offered for restore) is unusable; the message names the file and why."""


class DatabaseInUseError(DatabaseOpenError):
    """Another program still has the database open; restoring now would lose its writes."""


@dataclass(frozen=True)
class BackupInfo:
    """A backup file in the backup directory."""

    path: Path
    label: str
    modified: dt.datetime
    size: int


@dataclass(frozen=True)
class FileCheck:
    """Result of PRAGMA integrity_check and foreign_key_check on a file."""

    integrity: list[str]
    foreign_keys: list[str]

    @property
    def ok(self) -> bool:
        """True when both checks found nothing."""
        return not self.integrity and not self.foreign_keys


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did."""

    restored_revision: str
    replaced_copy: Path | None


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_dir(directory: Path) -> None:
    if os.name == "posix":
        _fsync(directory)


def _private_temp(destination: Path, tag: str) -> Path:
    """Create an empty 0600 file beside ``destination`` (same filesystem, so rename is atomic)."""
    temporary = destination.with_name(f".{destination.name}.{tag}-{os.getpid()}.part")
    for leftover in (temporary, *_sidecars(temporary)):
        leftover.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    return temporary


def _sidecars(path: Path) -> tuple[Path, Path, Path]:
    return (
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        path.with_name(path.name + "-journal"),
    )


def _remove_with_sidecars(path: Path) -> None:
    for candidate in (path, *_sidecars(path)):
        candidate.unlink(missing_ok=True)


@contextlib.contextmanager
def _connection(path: Path, passphrase: str | None, *, readonly: bool = False) -> Iterator[Any]:
    connection = connect_file(path, passphrase, readonly=readonly, isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def _copy_into(source: Any, destination: Path, passphrase: str | None) -> None:
    """Online-backup an open connection into ``destination``; the copy is a self-contained file."""
    with _connection(destination, passphrase) as copy:
        # One step: a consistent snapshot (in WAL mode other desks keep writing meanwhile).
        source.backup(copy)
        # A backup must be one file: no -wal beside it to lose when it is copied around.
        copy.execute("PRAGMA journal_mode = DELETE").fetchall()
    _fsync(destination)


def online_backup(target: DatabaseTarget, destination: Path) -> Path:
    """Copy the live database to ``destination`` with SQLite's online backup API.

    Other connections may keep reading and writing meanwhile. An encrypted database
    gives an encrypted copy under the same passphrase. The copy appears only when
    complete (temporary name, fsync, rename) and is readable by the owner only.

    Raises:
        DatabaseOpenError: the database cannot be read.
        OSError: the destination cannot be written.
    """
    assert target.path is not None, "backups are for SQLite files"
    destination = destination.expanduser().resolve()
    destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = _private_temp(destination, "backup")
    try:
        with _connection(target.path, target.passphrase) as source:
            _copy_into(source, temporary, target.passphrase)
        os.replace(temporary, destination)
        _fsync_dir(destination.parent)
    except BaseException:
        _remove_with_sidecars(temporary)
        raise
    return destination


def backup_name(label: str, moment: dt.datetime) -> str:
    """``counselor-<label>-<YYYYmmdd-HHMMSS-ffffff>.db``."""
    return f"{BACKUP_PREFIX}{label}-{moment:%Y%m%d-%H%M%S-%f}.db"


def daily_backup(target: DatabaseTarget, backup_dir: Path, today: dt.date, *, keep: int, refresh: bool) -> Path | None:
    """Keep one backup per day: write today's (or refresh it) and prune to the newest ``keep`` days.

    Args:
        refresh: replace today's backup if it exists (at exit, to capture the day's work).

    Returns:
        The path written, or None when today's backup existed and ``refresh`` was False.
    """
    destination = backup_dir / f"{BACKUP_PREFIX}{DAILY_LABEL}-{today:%Y%m%d}.db"
    written: Path | None = None
    if refresh or not destination.exists():
        written = online_backup(target, destination)
    prune_daily(backup_dir, keep)
    return written


def prune_daily(backup_dir: Path, keep: int) -> list[Path]:
    """Delete daily backups beyond the newest ``keep``; returns what was deleted."""
    if not backup_dir.is_dir():
        return []
    daily = sorted(
        (path for path in backup_dir.iterdir() if _DAILY_NAME.match(path.name)),
        key=lambda path: path.name,
        reverse=True,
    )
    removed = daily[max(keep, 1) :]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Backups in ``backup_dir``, newest first (daily, pre-upgrade, replaced and manual ones)."""
    if not backup_dir.is_dir():
        return []
    found = []
    for path in backup_dir.iterdir():
        if not (path.is_file() and path.name.startswith(BACKUP_PREFIX) and path.suffix == ".db"):
            continue
        stat = path.stat()
        label = path.stem[len(BACKUP_PREFIX) :].split("-", 1)[0]
        found.append(
            BackupInfo(path=path, label=label, modified=dt.datetime.fromtimestamp(stat.st_mtime), size=stat.st_size)
        )
    return sorted(found, key=lambda info: (info.modified, info.path.name), reverse=True)


def check_connection(connection: Any) -> FileCheck:
    """integrity_check and foreign_key_check on an open DB-API connection."""
    # One row can hold several lines ("*** in database main ***\nPage 57: ..."): one finding a line.
    integrity = [
        line.strip()
        for (row,) in connection.execute("PRAGMA integrity_check(20)").fetchall()
        for line in str(row).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    if integrity == ["ok"]:
        integrity = []
    foreign_keys = [
        f"{table} 行 {rowid}: {parent} を参照できません"
        for table, rowid, parent, *_rest in connection.execute("PRAGMA foreign_key_check").fetchall()[:20]
    ]
    return FileCheck(integrity=integrity, foreign_keys=foreign_keys)


def _revision(connection: Any) -> str | None:
    tables = {str(row[0]) for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = CASE_LOG_TABLES - tables
    if missing:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def inspect_case_log(path: Path, passphrase: str | None, known_revisions: set[str]) -> str:
    """Check that ``path`` is a sound case log this version can open; return its schema revision.

    Checks, in order: a readable file; encryption matching ``passphrase``; the key;
    integrity_check and foreign_key_check; the case-log tables; a known schema revision.

    Raises:
        BackupFileError: one line naming the file and the first problem.
    """
    where = str(path)
    if not path.is_file():
        raise BackupFileError(f"ファイルがありません: {where}")
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise BackupFileError(f"ファイルを読めません: {where} ({exc.strerror})") from exc
    if not header:
        raise BackupFileError(f"空のファイルです: {where}")
    plain = header == SQLITE_HEADER
    if plain and passphrase is not None:
        raise BackupFileError(f"暗号化されていないファイルは暗号化データベースに戻せません: {where}")
    if not plain and passphrase is None:
        if looks_encrypted(path):
            raise BackupFileError(f"暗号化されたファイルです。パスフレーズを指定してください: {where}")
        raise BackupFileError(f"SQLite のデータベースではありません（壊れています）: {where}")
    try:
        with _connection(path, passphrase, readonly=True) as connection:
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except Exception as exc:
                if passphrase is not None and "not a database" in str(exc):
                    raise BackupFileError(f"パスフレーズが違うか、壊れたファイルです: {where}") from exc
                raise
            problems = check_connection(connection)
            if not problems.ok:
                first = (problems.integrity or problems.foreign_keys)[0]
                raise BackupFileError(f"整合性の検査で問題が見つかりました: {where} ({first})")
            revision = _revision(connection)
    except BackupFileError:
        raise
    except Exception as exc:  # the DB-API's DatabaseError of either driver
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise BackupFileError(f"データベースとして読めません: {where} ({reason})") from exc
    if revision is None:
        raise BackupFileError(f"相談記録のデータベースではありません: {where}")
    if revision not in known_revisions:
        raise BackupFileError(
            f"このバージョンより新しいアプリのデータです（スキーマ {revision}）。アプリを更新してください: {where}"
        )
    return revision


def newest_good_backup(
    backup_dir: Path, passphrase: str | None, known_revisions: set[str], *, limit: int | None = None
) -> BackupInfo | None:
    """The newest backup (of the newest ``limit``) that passes :func:`inspect_case_log`, or None."""
    for info in list_backups(backup_dir)[:limit]:
        try:
            inspect_case_log(info.path, passphrase, known_revisions)
        except BackupFileError:
            continue
        return info
    return None


def _keep_replaced_copy(target: DatabaseTarget, backup_dir: Path, now: dt.datetime) -> Path | None:
    """Save the database about to be replaced (online backup if it opens, else its raw bytes)."""
    assert target.path is not None
    path = target.path
    if not path.exists():
        return None
    destination = backup_dir / backup_name(REPLACED_LABEL, now)
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        return online_backup(target, destination)
    except Exception:
        # A damaged database cannot be read page by page: keep its bytes (and its WAL) as they are.
        temporary = _private_temp(destination, "raw")
        shutil.copyfile(path, temporary)
        _fsync(temporary)
        os.replace(temporary, destination)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, destination.with_name(destination.name + "-wal"))
        _fsync_dir(backup_dir)
        return destination


def _release_wal(target: DatabaseTarget) -> None:
    """Fold the live database's WAL into it, make sure nobody else has it open, remove its side files.

    SQLite deletes ``-wal`` and ``-shm`` when the last connection closes, so if they
    are still there after ours closed, another program is using the database. A
    damaged database cannot be opened: its side files are stale and must not be
    replayed into the restored file (its bytes were kept beforehand).

    Raises:
        DatabaseInUseError: another program has the database open.
    """
    assert target.path is not None
    path = target.path
    if not path.exists():
        return
    wal, shm, journal = _sidecars(path)
    opened = False
    try:
        with _connection(path, target.passphrase) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            opened = True
    except Exception:
        opened = False
    if opened and (wal.exists() or shm.exists()):
        raise DatabaseInUseError(
            f"データベースを使用中のプログラムがあります。アプリを終了してからやり直してください: {path}"
        )
    for sidecar in (wal, shm, journal):
        sidecar.unlink(missing_ok=True)


def restore(
    target: DatabaseTarget,
    source: Path,
    *,
    backup_dir: Path,
    known_revisions: set[str],
    now: dt.datetime,
) -> RestoreResult:
    """Replace the database with ``source``, all or nothing.

    ``source`` is validated, copied beside the database under a temporary name and
    validated again; the current database is kept in ``backup_dir``; then the copy
    is renamed over the database. A crash at any point leaves either the old or the
    new database, complete.

    Raises:
        BackupFileError: ``source`` is not a sound case log for this target.
        DatabaseInUseError: the database is open elsewhere.
    """
    assert target.path is not None, "restore is for SQLite files"
    source = source.expanduser().resolve()
    if source == target.path:
        raise BackupFileError(f"復元元が現在のデータベースと同じファイルです: {source}")
    if not target.path.parent.is_dir():
        raise DatabaseOpenError(f"データベースのディレクトリがありません: {target.path.parent}")
    inspect_case_log(source, target.passphrase, known_revisions)
    temporary = _private_temp(target.path, "restore")
    try:
        with _connection(source, target.passphrase, readonly=True) as connection:
            _copy_into(connection, temporary, target.passphrase)
        revision = inspect_case_log(temporary, target.passphrase, known_revisions)
        replaced = _keep_replaced_copy(target, backup_dir, now)
        _release_wal(target)
        os.replace(temporary, target.path)
        _fsync_dir(target.path.parent)
    except BaseException:
        _remove_with_sidecars(temporary)
        raise
    if os.name == "posix":
        target.path.chmod(0o600)
    return RestoreResult(restored_revision=revision, replaced_copy=replaced)


def check_file(target: DatabaseTarget) -> FileCheck:
    """integrity_check and foreign_key_check of the live SQLite database."""
    assert target.path is not None
    with _connection(target.path, target.passphrase) as connection:
        return check_connection(connection)

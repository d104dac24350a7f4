"""Start-up shared by the CLI and the GUI: paths, database target, reference data, services (no Qt)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from counselor_app.domain.clock import Clock
from counselor_app.domain.entities import Actor
from counselor_app.paths import AppPaths, resources_dir
from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import DatabaseOpenError, DatabaseTarget, resolve_target
from counselor_app.persistence.migrate import MigrationResult
from counselor_app.services.container import Services, build_services
from counselor_app.services.reference_data import load_reference_data

log = logging.getLogger(__name__)


# A passphrase file holds one line; anything bigger is the wrong file.
MAX_SECRET_FILE_BYTES = 4096


class PassphraseError(Exception):
    """The passphrase (or password) file cannot be used; the message names the file."""


def read_secret_file(path: str | Path, what: str = "パスフレーズ") -> str:
    """Read a one-line secret (passphrase or password) from a UTF-8 file.

    One trailing line break is dropped; the secret itself is never printed.

    Raises:
        PassphraseError: missing, unreadable, too big, not UTF-8, empty, several lines,
            or control characters (naming the file).
    """
    file = Path(path)
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_SECRET_FILE_BYTES + 1)
    except OSError as exc:
        raise PassphraseError(f"{what}のファイルを読めません: {file} ({exc.strerror or exc})") from exc
    if len(data) > MAX_SECRET_FILE_BYTES:
        raise PassphraseError(f"{what}のファイルが大きすぎます（{MAX_SECRET_FILE_BYTES} バイトまで）: {file}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PassphraseError(f"{what}のファイルが UTF-8 ではありません（{exc.start} バイト目）: {file}") from exc
    text = text.removeprefix("\ufeff")
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if not text.strip():
        raise PassphraseError(f"{what}のファイルが空です: {file}")
    if "\n" in text or "\r" in text:
        raise PassphraseError(f"{what}のファイルは1行だけにしてください: {file}")
    if not text.isprintable():
        raise PassphraseError(f"{what}に制御文字が含まれています: {file}")
    return text


def read_passphrase(path: str | Path | None) -> str | None:
    """Read the SQLCipher passphrase from ``--passphrase-file`` or ``COUNSELOR_PASSPHRASE_FILE``."""
    chosen = path or os.environ.get("COUNSELOR_PASSPHRASE_FILE")
    if not chosen:
        return None
    return read_secret_file(chosen)


def database_target(paths: AppPaths, db: str | None, passphrase: str | None) -> DatabaseTarget:
    """``--db``, else ``COUNSELOR_DB``, else the embedded database in the user data dir."""
    chosen = db or os.environ.get("COUNSELOR_DB")
    if chosen:
        return resolve_target(chosen, passphrase=passphrase)
    return resolve_target(paths.default_db_path, passphrase=passphrase)


def open_services(
    paths: AppPaths,
    target: DatabaseTarget,
    *,
    create: bool,
    clock: Clock | None = None,
) -> tuple[Services, MigrationResult | None]:
    """Load reference data, open and migrate the database, and build services.

    The data dirs are created only for the embedded default database, so a bad
    ``--db`` path changes nothing on disk.

    Raises:
        ReferenceFileError, DatabaseOpenError, DataDirError.
    """
    reference = load_reference_data(resources_dir() / "reference")
    backup_dir: Path | None = None
    if target.is_sqlite and target.path is not None:
        if target.path.parent == paths.data_dir:
            paths.create()
        backup_dir = backup_dir_for(paths, target)
    db, migration = open_database(target, create=create, backup_dir=backup_dir)
    if migration and migration.backup:
        log.info(
            "schema upgraded from %s to %s; backup at %s",
            migration.from_revision,
            migration.to_revision,
            migration.backup,
        )
    if target.is_sqlite and target.path is not None and os.name == "posix":
        _tighten(target.path)
    return build_services(db, reference, clock, backup_dir=backup_dir), migration


def backup_dir_for(paths: AppPaths, target: DatabaseTarget) -> Path:
    """Backups of the embedded database live in the data dir; of another file, in ``backups/`` beside it."""
    assert target.path is not None
    if target.path.parent == paths.data_dir:
        return paths.backup_dir
    return target.path.parent / "backups"


def _tighten(path: Path) -> None:
    """Keep the database file readable by its owner only (it holds personal data)."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if candidate.exists() and candidate.stat().st_mode & 0o077:
                candidate.chmod(0o600)
        except OSError:
            continue


def system_actor(services: Services, login: str) -> Actor:
    """The actor for command-line administration (audited under its own login)."""
    office = services.setup.settings().get("office_code", "000000")
    return Actor(login=login, role="admin", office_code=str(office), display_name=login)


__all__ = [
    "DatabaseOpenError",
    "backup_dir_for",
    "PassphraseError",
    "Services",
    "build_services",
    "database_target",
    "open_services",
    "read_passphrase",
    "read_secret_file",
    "system_actor",
]

"""Schema upgrades at start-up: migrate from zero, back up before upgrading, refuse newer databases."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from counselor_app.persistence.engine import DatabaseOpenError, DatabaseTarget

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


# Search structures maintained by migration SQL rather than by the models: FTS5
# virtual tables (and their shadow tables) and PostgreSQL expression indexes.
_UNMODELLED_PREFIXES = ("case_fts_", "ix_case_search_")


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic filter: ignore the search structures that the models do not describe."""
    return not (reflected and name is not None and name.startswith(_UNMODELLED_PREFIXES))


class SchemaTooNewError(DatabaseOpenError):
    """The database was written by a newer version of the application."""


class ForeignDatabaseError(DatabaseOpenError):
    """The database holds tables but was not created by this application."""


@dataclass(frozen=True)
class MigrationResult:
    """What ``migrate`` did."""

    created: bool
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    """An Alembic configuration pointing at the packaged migration scripts."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this code knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migration scripts packaged"
    return head


def known_revisions() -> set[str]:
    """Every revision id the packaged scripts define."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for a database we never migrated."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(target: DatabaseTarget, backup_dir: Path, label: str) -> Path:
    """Copy an SQLite database with the online backup API into ``backup_dir`` (mode 0600)."""
    assert target.path is not None
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    destination = backup_dir / f"counselor-{label}-{stamp}.db"
    temporary = destination.with_suffix(".db.part")
    source = sqlite3.connect(str(target.path))
    try:
        if target.passphrase is not None:
            raise DatabaseOpenError("暗号化データベースのバックアップは backup サービスを使ってください")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        copy = sqlite3.connect(str(temporary))
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    os.replace(temporary, destination)
    return destination


def migrate(
    engine: Engine,
    target: DatabaseTarget,
    *,
    backup_dir: Path | None = None,
    backup: Callable[[DatabaseTarget, Path, str], Path] | None = None,
) -> MigrationResult:
    """Bring the schema to the head revision.

    A fresh database is migrated from zero, so there is exactly one schema path.

    Raises:
        SchemaTooNewError: the database is newer than this code.
        ForeignDatabaseError: the database has tables but no revision stamp.
    """
    head = head_revision()
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            f"このデータベース（スキーマ {current}）はこのバージョンより新しいアプリで作成されています。"
            "アプリを更新してください。"
        )
    if current is None:
        existing_tables = set(inspect(engine).get_table_names())
        if existing_tables:
            raise ForeignDatabaseError(
                f"このデータベースは相談記録のものではありません（表 {sorted(existing_tables)[0]} などがあります）: "
                f"{target.describe()}"
            )
    if current == head:
        return MigrationResult(created=False, from_revision=current, to_revision=head, backup=None)

    backup_path: Path | None = None
    if current is not None and target.is_sqlite and backup_dir is not None:
        make_backup = backup or backup_sqlite
        backup_path = make_backup(target, backup_dir, f"pre-upgrade-{current}")

    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
    return MigrationResult(
        created=current is None, from_revision=current, to_revision=head, backup=backup_path
    )

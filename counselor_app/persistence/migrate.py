"""Schema upgrades at start-up: migrate from zero, back up before upgrading, refuse newer databases."""

from __future__ import annotations

import datetime as dt
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
    """Copy an SQLite database (encrypted ones stay encrypted) into ``backup_dir`` with the online backup API."""
    from counselor_app.persistence.backup import backup_name, online_backup

    return online_backup(target, backup_dir / backup_name(label, dt.datetime.now()))


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

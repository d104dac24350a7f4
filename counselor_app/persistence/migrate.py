"""Schema upgrades at start-up: migrate from zero, back up before upgrading, refuse newer databases."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config

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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


_REVISION = re.compile(r"^revision(?:: str)? = [\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision(?:: [^=]+)? = (?:None|[\"']([^\"']+)[\"'])", re.MULTILINE)


def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision of the packaged scripts, read without importing Alembic.

    Start-up only needs to know whether the database is at the head; importing
    Alembic for that costs about a tenth of a second, so it waits for an upgrade.
    """
    graph: dict[str, str | None] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        down = _DOWN_REVISION.search(source)
        if revision is None or down is None:
            continue
        graph[revision.group(1)] = down.group(1)
    return graph


def head_revision() -> str:
    """The newest schema revision this code knows (the one no other revision builds on)."""
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    assert len(heads) == 1, f"migration scripts must form one line, found heads {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    """Every revision id the packaged scripts define."""
    return set(_revision_graph())


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for a database we never migrated."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):
            return None  # no alembic_version table yet


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

    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
    return MigrationResult(
        created=current is None, from_revision=current, to_revision=head, backup=backup_path
    )

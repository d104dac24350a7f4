"""Every released schema fixture upgrades to the current schema; fresh == upgraded; newer is refused."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import resolve_target
from counselor_app.persistence.migrate import (
    ForeignDatabaseError,
    SchemaTooNewError,
    backup_sqlite,
    head_revision,
    include_object,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = sorted((ROOT / "db" / "fixtures").glob("schema_v*.sqlite"))


def _schema(path: Path) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(path)
    try:
        return sorted(
            (kind, name, sql or "")
            for kind, name, sql in connection.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        )
    finally:
        connection.close()


def test_there_is_a_fixture_per_release() -> None:
    assert FIXTURES, "db/fixtures/schema_v1.sqlite is missing"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.name)
def test_fixture_upgrades_to_current_schema(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    before = sqlite3.connect(copy).execute("SELECT count(*), min(case_no) FROM case_record").fetchone()
    database, result = open_database(resolve_target(copy), create=False, backup_dir=tmp_path / "backups")
    database.close()
    assert result is not None and result.to_revision == head_revision()
    if result.from_revision != result.to_revision:
        assert result.backup is not None and result.backup.exists(), "an upgrade must back up first"
        assert _schema(result.backup) == _schema(fixture)
    fresh = tmp_path / "fresh.db"
    open_database(resolve_target(fresh), create=True)[0].close()
    assert _schema(copy) == _schema(fresh)
    after = sqlite3.connect(copy).execute("SELECT count(*), min(case_no) FROM case_record").fetchone()
    assert after == before, "seeded cases must survive the upgrade"


def test_migrations_match_the_models(tmp_path: Path) -> None:
    database, _ = open_database(resolve_target(tmp_path / "x.db"), create=True)
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        diff = compare_metadata(context, SQLModel.metadata)
    database.close()
    assert diff == [], f"tables.py changed without a migration: {diff}"


def test_database_from_newer_code_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    database, _ = open_database(resolve_target(path), create=True)
    database.close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    original = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="新しいアプリ"):
        open_database(resolve_target(path), create=False, backup_dir=tmp_path / "backups")
    assert path.read_bytes() == original
    assert not (tmp_path / "backups").exists()


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(ForeignDatabaseError, match="相談記録のものではありません"):
        open_database(resolve_target(path), create=False)


def test_backup_is_a_consistent_private_copy(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    database, _ = open_database(resolve_target(path), create=True)
    database.close()
    copy = backup_sqlite(resolve_target(path), tmp_path / "backups", "pre-upgrade-0001")
    assert copy.parent == tmp_path / "backups"
    assert _schema(copy) == _schema(path)
    assert oct(copy.stat().st_mode & 0o777) == oct(0o600)


def test_quick_revision_reader_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from counselor_app.persistence.migrate import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {revision.revision for revision in script.walk_revisions()}

"""Opening databases: SQLite settings, bad paths, corrupted files, private permissions."""

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from counselor_app.paths import AppPaths
from counselor_app.persistence.database import Database, open_database
from counselor_app.persistence.engine import DatabaseOpenError, resolve_target


def test_sqlite_uses_wal_foreign_keys_and_busy_timeout(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000


def test_missing_directory_is_refused_without_creating_it(tmp_path: Path) -> None:
    target = resolve_target(tmp_path / "nope" / "x.db")
    with pytest.raises(DatabaseOpenError, match="ディレクトリがありません"):
        open_database(target, create=True)
    assert not (tmp_path / "nope").exists()


def test_corrupted_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="壊れて"):
        open_database(resolve_target(path), create=False)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.db"]


def test_truncated_sqlite_file_is_refused(tmp_path: Path) -> None:
    good = tmp_path / "good.db"
    database, _ = open_database(resolve_target(good), create=True)
    database.close()
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(good.read_bytes()[:3000])
    with pytest.raises(DatabaseOpenError):
        open_database(resolve_target(damaged), create=False)


def test_unsupported_url_is_refused() -> None:
    with pytest.raises(DatabaseOpenError, match="未対応"):
        resolve_target("mysql://localhost/x")
    with pytest.raises(DatabaseOpenError, match=":memory:"):
        resolve_target("sqlite:///:memory:")


def test_postgres_url_uses_psycopg3() -> None:
    target = resolve_target("postgresql://u:secret@db.example/cases")
    assert target.url.startswith("postgresql+psycopg://")
    assert "secret" not in target.describe()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_data_dirs_are_private(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "d").create()
    for directory in (paths.data_dir, paths.config_dir, paths.backup_dir, paths.log_dir):
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    os.chmod(loose, 0o755)
    AppPaths.resolve(loose).create()
    assert stat.S_IMODE(loose.stat().st_mode) == 0o700


def test_schema_revision_is_stamped(db: Database) -> None:
    assert db.schema_revision() is not None


def test_foreign_keys_are_enforced(sqlite_db: Database) -> None:
    with (
        pytest.raises(Exception, match="FOREIGN KEY"),  # noqa: B017 - the driver's IntegrityError
        sqlite_db.engine.begin() as connection,
    ):
        connection.exec_driver_sql("INSERT INTO party (case_id, role) VALUES (999, 'consultant')")
    assert sqlite3.sqlite_version_info >= (3, 35)

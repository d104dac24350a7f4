"""SQLCipher at rest, online backups, rotation, restore validation and integrity checks on real files."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from counselor_app.domain.clock import FixedClock
from counselor_app.domain.entities import Actor, Party
from counselor_app.persistence import backup as files
from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import (
    SQLITE_HEADER,
    DamagedDatabaseError,
    NotEncryptedError,
    PassphraseRequiredError,
    WrongPassphraseError,
    resolve_target,
)
from counselor_app.persistence.migrate import known_revisions
from counselor_app.services.container import build_services
from counselor_app.services.reference_data import ReferenceData
from tests.helpers import make_case, snapshot

PASSPHRASE = "正しい馬 battery staple"
SECRETS = ("暗号太郎", "ひみつ花子", "090-7777-3131", "誰にも言えない相談の中身", "himitsu@example.jp")
ACTOR = Actor(login="sato", role="admin", office_code="131016")
NOW = dt.datetime(2026, 11, 27, 10, 30)


def _fill(target_path: Path, reference: ReferenceData, passphrase: str | None, cases: int = 3) -> None:
    database, _ = open_database(resolve_target(target_path, passphrase=passphrase), create=True)
    services = build_services(database, reference, FixedClock(NOW), backup_dir=target_path.parent / "backups")
    services.setup.initialise(ACTOR, office_code="131016", office_name="テスト市")
    for index in range(cases):
        services.cases.register(
            ACTOR,
            make_case(
                consultant=Party(name=SECRETS[0], name_kana=SECRETS[1], phone=SECRETS[2], email=SECRETS[4], age=40),
                narrative=f"{SECRETS[3]} その{index}",
            ),
        )
    database.close()


def _contains_any(path: Path, needles: tuple[str, ...]) -> list[str]:
    data = path.read_bytes()
    return [needle for needle in needles if needle.encode("utf-8") in data]


def test_plain_database_does_hold_the_strings(tmp_path: Path, reference: ReferenceData) -> None:
    """The control for the encrypted test below: the same data is readable in a plain file."""
    path = tmp_path / "plain.db"
    _fill(path, reference, None)
    assert set(_contains_any(path, SECRETS)) >= {SECRETS[0], SECRETS[3]}


def test_encrypted_database_wal_and_backups_hold_none_of_the_strings(tmp_path: Path, reference: ReferenceData) -> None:
    path = tmp_path / "enc.db"
    _fill(path, reference, PASSPHRASE, cases=20)
    target = resolve_target(path, passphrase=PASSPHRASE)
    # Keep a connection open so that the WAL file exists on disk while we look.
    database, _ = open_database(target, create=False)
    services = build_services(database, reference, FixedClock(NOW), backup_dir=tmp_path / "backups")
    services.cases.register(ACTOR, make_case(narrative=SECRETS[3] + " WAL"))
    manual = services.backups.backup_to(ACTOR, tmp_path / "manual.db")
    daily = services.backups.daily(refresh=True)
    assert daily is not None
    wal = path.with_name(path.name + "-wal")
    wal_bytes = wal.read_bytes()
    assert len(wal_bytes) > 4096, "the last case is still in the WAL"
    assert not [secret for secret in SECRETS if secret.encode("utf-8") in wal_bytes]
    database.close()
    for candidate in (path, manual, daily):
        assert candidate.read_bytes()[:16] != SQLITE_HEADER, candidate
        assert _contains_any(candidate, SECRETS) == [], candidate
    # The backups are real case logs under the same passphrase, and only under it.
    for copy in (manual, daily):
        assert files.inspect_case_log(copy, PASSPHRASE, known_revisions()) in known_revisions()
        with pytest.raises(files.BackupFileError):
            files.inspect_case_log(copy, "wrong", known_revisions())
        with pytest.raises(files.BackupFileError, match="暗号化された"):
            files.inspect_case_log(copy, None, known_revisions())


def test_encrypted_engine_pools_keyed_connections(tmp_path: Path, reference: ReferenceData) -> None:
    path = tmp_path / "enc.db"
    _fill(path, reference, PASSPHRASE, cases=1)
    database, _ = open_database(resolve_target(path, passphrase=PASSPHRASE), create=False)
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA cipher_version").scalar()
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        for _ in range(3):
            with database.uow() as uow:
                assert uow.cases.count(__import__("counselor_app.domain.case_query", fromlist=["CaseFilter"]).CaseFilter(), today=NOW.date()) == 1
    finally:
        database.close()


def test_wrong_missing_or_needless_passphrase_is_refused_and_nothing_changes(tmp_path: Path, reference: ReferenceData) -> None:
    path = tmp_path / "enc.db"
    _fill(path, reference, PASSPHRASE, cases=1)
    plain = tmp_path / "plain.db"
    _fill(plain, reference, None, cases=1)
    before = snapshot(tmp_path)
    with pytest.raises(WrongPassphraseError, match="パスフレーズが違う"):
        open_database(resolve_target(path, passphrase="guess"), create=False)
    with pytest.raises(PassphraseRequiredError, match="暗号化されています"):
        open_database(resolve_target(path), create=False)
    with pytest.raises(NotEncryptedError, match="暗号化されていません"):
        open_database(resolve_target(plain, passphrase=PASSPHRASE), create=False)
    assert snapshot(tmp_path) == before


def test_garbage_is_damaged_not_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"\x00garbage" * 512)
    with pytest.raises(DamagedDatabaseError, match="壊れて"):
        open_database(resolve_target(path), create=False)


# -- backups and rotation -------------------------------------------------------------------------


def test_daily_backup_once_a_day_refresh_at_exit_and_prune(tmp_path: Path, reference: ReferenceData) -> None:
    path = tmp_path / "c.db"
    _fill(path, reference, None, cases=1)
    target = resolve_target(path)
    backups = tmp_path / "backups"
    for day in range(1, 6):
        files.daily_backup(target, backups, dt.date(2026, 11, day), keep=3, refresh=False)
    names = sorted(p.name for p in backups.iterdir())
    assert names == ["counselor-daily-20261103.db", "counselor-daily-20261104.db", "counselor-daily-20261105.db"]
    assert files.daily_backup(target, backups, dt.date(2026, 11, 5), keep=3, refresh=False) is None
    written = files.daily_backup(target, backups, dt.date(2026, 11, 5), keep=3, refresh=True)
    assert written == backups / "counselor-daily-20261105.db"
    assert oct(written.stat().st_mode & 0o777) == oct(0o600)
    assert not list(backups.glob("*.part"))
    copy = sqlite3.connect(written)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete", "a backup is one self-contained file"
    assert copy.execute("SELECT count(*) FROM case_record").fetchone()[0] == 1
    copy.close()


def test_check_finds_foreign_key_and_integrity_problems(tmp_path: Path, reference: ReferenceData) -> None:
    path = tmp_path / "c.db"
    _fill(path, reference, None, cases=2)
    target = resolve_target(path)
    assert files.check_file(target).ok
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("UPDATE party SET case_id = 999 WHERE id = 1")
    connection.commit()
    connection.close()
    result = files.check_file(target)
    assert not result.ok and result.integrity == [] and "party" in result.foreign_keys[0]


# -- restore --------------------------------------------------------------------------------------


@pytest.fixture
def live_and_backup(tmp_path: Path, reference: ReferenceData) -> tuple[Path, Path]:
    live = tmp_path / "live.db"
    _fill(live, reference, None, cases=2)
    backup = files.online_backup(resolve_target(live), tmp_path / "saved" / "backup.db")
    database, _ = open_database(resolve_target(live), create=False)
    services = build_services(database, reference, FixedClock(NOW))
    services.cases.register(ACTOR, make_case(subject="バックアップ後の相談"))
    database.close()
    return live, backup


def _case_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM case_record").fetchone()[0])
    finally:
        connection.close()


def test_restore_replaces_and_keeps_the_old_database(live_and_backup: tuple[Path, Path], tmp_path: Path) -> None:
    live, backup = live_and_backup
    assert _case_count(live) == 3
    result = files.restore(resolve_target(live), backup, backup_dir=tmp_path / "backups", known_revisions=known_revisions(), now=NOW)
    assert _case_count(live) == 2
    assert result.replaced_copy is not None and _case_count(result.replaced_copy) == 3
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [], "no temporary left"
    assert oct(live.stat().st_mode & 0o777) == oct(0o600)


def _bad_files(tmp_path: Path, backup: Path) -> dict[str, Path]:
    made = tmp_path / "bad"
    made.mkdir()
    cases: dict[str, Path] = {}
    (made / "empty.db").write_bytes(b"")
    cases["empty"] = made / "empty.db"
    (made / "text.db").write_text("これはバックアップではありません\n" * 50, encoding="utf-8")
    cases["text"] = made / "text.db"
    data = backup.read_bytes()
    (made / "truncated.db").write_bytes(data[: len(data) // 3])
    cases["truncated"] = made / "truncated.db"
    flipped = bytearray(data)
    for offset in range(4096 * 3, len(flipped), 97):
        flipped[offset] ^= 0xFF
    (made / "flipped.db").write_bytes(bytes(flipped))
    cases["flipped-pages"] = made / "flipped.db"
    other = sqlite3.connect(made / "other.db")
    other.execute("CREATE TABLE notes (x)")
    other.commit()
    other.close()
    cases["other-sqlite"] = made / "other.db"
    future = made / "future.db"
    shutil.copy(backup, future)
    connection = sqlite3.connect(future)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    cases["future-schema"] = future
    cases["missing"] = made / "nope.db"
    cases["directory"] = made
    return cases


def test_bad_restore_files_are_refused_with_one_line_and_nothing_changes(
    live_and_backup: tuple[Path, Path], tmp_path: Path
) -> None:
    live, backup = live_and_backup
    bad = _bad_files(tmp_path, backup)
    before = snapshot(live.parent)
    for name, path in bad.items():
        with pytest.raises(files.BackupFileError) as refused:
            files.restore(resolve_target(live), path, backup_dir=tmp_path / "backups", known_revisions=known_revisions(), now=NOW)
        message = str(refused.value)
        assert "\n" not in message and str(path) in message, name
        assert {k: v for k, v in snapshot(live.parent).items() if not k.startswith("bad/")} == {
            k: v for k, v in before.items() if not k.startswith("bad/")
        }, name
    assert _case_count(live) == 3


def test_restore_refuses_while_another_program_has_the_database_open(live_and_backup: tuple[Path, Path], tmp_path: Path) -> None:
    live, backup = live_and_backup
    holder = sqlite3.connect(live)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("SELECT count(*) FROM case_record").fetchone()
    try:
        with pytest.raises(files.DatabaseInUseError, match="使用中"):
            files.restore(resolve_target(live), backup, backup_dir=tmp_path / "backups", known_revisions=known_revisions(), now=NOW)
    finally:
        holder.close()
    assert _case_count(live) == 3


def test_restore_of_a_damaged_database_keeps_its_bytes(live_and_backup: tuple[Path, Path], tmp_path: Path) -> None:
    live, backup = live_and_backup
    live.write_bytes(b"\x00" * 8192)
    result = files.restore(resolve_target(live), backup, backup_dir=tmp_path / "backups", known_revisions=known_revisions(), now=NOW)
    assert _case_count(live) == 2
    assert result.replaced_copy is not None and result.replaced_copy.read_bytes() == b"\x00" * 8192


def test_newest_good_backup_skips_damaged_ones(live_and_backup: tuple[Path, Path], tmp_path: Path) -> None:
    live, _backup = live_and_backup
    backups = tmp_path / "backups"
    good = files.daily_backup(resolve_target(live), backups, dt.date(2026, 11, 1), keep=5, refresh=True)
    newer = backups / "counselor-daily-20261102.db"
    newer.write_bytes(b"\x00garbage" * 600)
    assert good is not None
    found = files.newest_good_backup(backups, None, known_revisions())
    assert found is not None and found.path == good

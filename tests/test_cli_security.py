"""The safety commands of DESIGN.md §4 in real subprocesses: init --encrypt, user, audit verify, backup, restore, check, retention."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from counselor_app.domain.clock import SystemClock
from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import SQLITE_HEADER, resolve_target
from counselor_app.services import demo_corpus
from counselor_app.services.audit_service import AuditService
from tests.helpers import run_cli, snapshot


def _one_clean_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def _secret(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "template.db"
    result = run_cli("--db", str(db), "demo", "--cases", "60", "--seed", "4", "--end", "2026-11-27")
    assert result.returncode == 0, result.stderr
    # A few more audit events, so that tampering can hit the middle of the trail.
    connection = sqlite3.connect(db)
    connection.close()

    database, _ = open_database(resolve_target(db), create=False)
    audit = AuditService(database, SystemClock())
    for case_id in (1, 2, 3, 4):
        audit.record_now("sato.h", "view", "case", case_id)
    database.close()
    return db


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    db = tmp_path / "c.db"
    shutil.copy(demo_template, db)
    return db


# -- encryption ------------------------------------------------------------------------------------


def test_init_encrypt_creates_an_sqlcipher_database_that_needs_its_passphrase(tmp_path: Path) -> None:
    secret = _secret(tmp_path, "pass.txt", "とても長い合言葉 2026")
    db = tmp_path / "enc.db"
    created = run_cli("--db", str(db), "--passphrase-file", str(secret), "init", "--encrypt", "--office-code", "131016")
    assert created.returncode == 0, created.stderr
    assert "暗号化データベースを作成しました" in created.stdout
    assert db.read_bytes()[:16] != SQLITE_HEADER
    again = run_cli("--db", str(db), "init", env={"COUNSELOR_PASSPHRASE_FILE": str(secret)})
    assert again.returncode == 0 and "最新" in again.stdout
    demo = run_cli("--db", str(db), "--passphrase-file", str(secret), "demo", "--cases", "30", "--end", "2026-11-27")
    assert demo.returncode == 0, demo.stderr
    data = db.read_bytes()
    for name in ("佐藤 陽子", "鈴木", "定期購入", "さくら市"):
        assert name.encode("utf-8") not in data
    out = tmp_path / "enc-backup.db"
    backup = run_cli("--db", str(db), "--passphrase-file", str(secret), "backup", "--out", str(out))
    assert backup.returncode == 0 and "暗号化" in backup.stdout
    assert b"\xe5\xae\x9a\xe6\x9c\x9f" not in out.read_bytes()  # 定期
    check = run_cli("--db", str(db), "--passphrase-file", str(secret), "check")
    assert check.returncode == 0, check.stderr


def test_wrong_or_missing_passphrase_is_one_line_exit_1_and_changes_nothing(tmp_path: Path) -> None:
    secret = _secret(tmp_path, "pass.txt", "right-passphrase")
    wrong = _secret(tmp_path, "wrong.txt", "wrong-passphrase")
    db = tmp_path / "enc.db"
    assert run_cli("--db", str(db), "--passphrase-file", str(secret), "init", "--encrypt").returncode == 0
    before = snapshot(tmp_path)
    for args, expected in (
        (("--passphrase-file", str(wrong), "stats"), "パスフレーズが違う"),
        (("--passphrase-file", str(wrong), "audit", "verify"), "パスフレーズが違う"),
        (("--passphrase-file", str(wrong), "init", "--encrypt"), "パスフレーズが違う"),
        (("stats",), "暗号化されています"),
        (("--passphrase-file", str(tmp_path / "missing.txt"), "stats"), "読めません"),
    ):
        result = run_cli("--db", str(db), *args)
        assert result.returncode == 1, args
        assert expected in _one_clean_line(result.stderr), args
    assert snapshot(tmp_path) == before


def test_encrypt_needs_a_passphrase_and_a_new_file(tmp_path: Path) -> None:
    db = tmp_path / "plain.db"
    result = run_cli("--db", str(db), "init", "--encrypt")
    assert result.returncode == 1 and "--passphrase-file" in _one_clean_line(result.stderr)
    assert not db.exists()
    assert run_cli("--db", str(db), "init").returncode == 0
    secret = _secret(tmp_path, "pass.txt", "some-passphrase")
    before = snapshot(tmp_path)
    refused = run_cli("--db", str(db), "--passphrase-file", str(secret), "init", "--encrypt")
    assert refused.returncode == 1 and "暗号化されていない" in _one_clean_line(refused.stderr)
    assert snapshot(tmp_path) == before


# -- users -------------------------------------------------------------------------------------------


def test_user_commands_add_list_disable_reset_role_unlock(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    assert run_cli("--db", str(db), "init", "--office-code", "131016").returncode == 0
    password = _secret(tmp_path, "pw.txt", "first-pass-1")
    added = run_cli("--db", str(db), "user", "add", "--login", "kanri", "--name", "管理 太郎", "--role", "admin", "--password-file", str(password))
    assert added.returncode == 0, added.stderr
    assert run_cli("--db", str(db), "user", "add", "--login", "sato", "--name", "佐藤", "--role", "counselor", "--password-file", str(password)).returncode == 0
    listed = json.loads(run_cli("--db", str(db), "user", "list", "--json").stdout)
    assert [(row["login"], row["role"], row["office"], row["can_sign_in"]) for row in listed] == [
        ("kanri", "admin", "131016", True),
        ("sato", "counselor", "131016", True),
    ]
    assert "first-pass-1" not in run_cli("--db", str(db), "user", "list").stdout
    assert run_cli("--db", str(db), "user", "disable", "sato").returncode == 0
    assert run_cli("--db", str(db), "user", "set-role", "sato", "supervisor").returncode == 0
    assert run_cli("--db", str(db), "user", "enable", "sato").returncode == 0
    assert run_cli("--db", str(db), "user", "unlock", "sato").returncode == 0
    new = _secret(tmp_path, "new.txt", "second-pass-2")
    assert run_cli("--db", str(db), "user", "reset-password", "sato", "--password-file", str(new)).returncode == 0
    last_admin = run_cli("--db", str(db), "user", "set-role", "kanri", "counselor")
    assert last_admin.returncode == 1 and "最後の管理者" in _one_clean_line(last_admin.stderr)
    rows = sqlite3.connect(db).execute("SELECT login, role, active, password_hash FROM app_user ORDER BY login").fetchall()
    assert [(login, role, active) for login, role, active, _hash in rows] == [("kanri", "admin", 1), ("sato", "supervisor", 1)]
    assert all(hash_.startswith("$argon2id$") for *_rest, hash_ in rows)
    verify = run_cli("--db", str(db), "audit", "verify")
    assert verify.returncode == 0, verify.stderr


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "空"), (b"\xff\xfe", "UTF-8"), (b"a\nb\n", "1行"), (b"short\n", "8 文字以上")],
)
def test_bad_password_files_exit_1_with_one_line(tmp_path: Path, content: bytes, reason: str) -> None:
    db = tmp_path / "c.db"
    assert run_cli("--db", str(db), "init").returncode == 0
    path = tmp_path / "pw.txt"
    path.write_bytes(content)
    before = snapshot(tmp_path)
    result = run_cli("--db", str(db), "user", "add", "--login", "sato", "--name", "佐藤", "--role", "counselor", "--password-file", str(path))
    assert result.returncode == 1
    assert reason in _one_clean_line(result.stderr)
    assert snapshot(tmp_path) == before


def test_demo_users_are_listed_and_can_sign_in(demo_db: Path) -> None:
    listed = json.loads(run_cli("--db", str(demo_db), "user", "list", "--json").stdout)
    assert {"kanri", "yamamoto.s", "sato.h"} <= {row["login"] for row in listed}
    assert all(row["can_sign_in"] for row in listed)
    assert len(demo_corpus.DEMO_PASSWORD) >= 8


# -- audit verify on a tampered file -------------------------------------------------------------------


def _events(db: Path) -> int:
    return int(sqlite3.connect(db).execute("SELECT max(seq) FROM audit_event").fetchone()[0])


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("UPDATE audit_event SET detail = '{}' WHERE seq = 2", "#2"),
        ("DELETE FROM audit_event WHERE seq = 3", "#3"),
        ("UPDATE audit_event SET seq = seq + 100 WHERE seq = 2", "#2"),
        ("DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)", "last"),
    ],
    ids=["edit", "delete", "renumber", "delete-last"],
)
def test_audit_verify_exits_1_naming_the_first_bad_event(demo_db: Path, statement: str, expected: str) -> None:
    last = _events(demo_db)
    assert run_cli("--db", str(demo_db), "audit", "verify").returncode == 0
    connection = sqlite3.connect(demo_db)
    connection.execute(statement)
    connection.commit()
    connection.close()
    result = run_cli("--db", str(demo_db), "audit", "verify")
    assert result.returncode == 1
    line = _one_clean_line(result.stderr)
    assert (f"#{last}" if expected == "last" else expected) in line, line
    check = run_cli("--db", str(demo_db), "check")
    assert check.returncode == 1 and "監査ログ" in check.stderr


def test_swapped_rows_are_detected(demo_db: Path) -> None:
    connection = sqlite3.connect(demo_db)
    connection.executescript(
        """
        UPDATE audit_event SET seq = -3 WHERE seq = 3;
        UPDATE audit_event SET seq = 3 WHERE seq = 4;
        UPDATE audit_event SET seq = 4 WHERE seq = -3;
        """
    )
    connection.close()
    result = run_cli("--db", str(demo_db), "audit", "verify")
    assert result.returncode == 1 and "#3" in _one_clean_line(result.stderr)


# -- backup, restore, check, retention -------------------------------------------------------------------


def test_backup_restore_round_trip_keeps_the_replaced_file_and_is_audited(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "saved.db"
    assert run_cli("--db", str(demo_db), "backup", "--out", str(out)).returncode == 0
    more = run_cli("--db", str(demo_db), "demo", "--cases", "10", "--seed", "9", "--end", "2026-11-27")
    assert more.returncode == 0
    assert json.loads(run_cli("--db", str(demo_db), "stats", "--json").stdout)["cases"]["total"] == 70
    restored = run_cli("--db", str(demo_db), "restore", str(out))
    assert restored.returncode == 0, restored.stderr
    assert json.loads(run_cli("--db", str(demo_db), "stats", "--json").stdout)["cases"]["total"] == 60
    kept = list((tmp_path / "backups").glob("counselor-replaced-*.db"))
    assert len(kept) == 1
    assert sqlite3.connect(kept[0]).execute("SELECT count(*) FROM case_record").fetchone()[0] == 70
    actions = [row[0] for row in sqlite3.connect(demo_db).execute("SELECT action FROM audit_event ORDER BY seq")]
    assert actions[-1] == "restore"
    assert run_cli("--db", str(demo_db), "check").returncode == 0


def test_restore_of_a_bad_file_exits_1_and_changes_nothing(demo_db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a backup at all\n" * 300)
    before = snapshot(tmp_path)
    result = run_cli("--db", str(demo_db), "restore", str(bad))
    assert result.returncode == 1
    assert "bad.db" in _one_clean_line(result.stderr)
    assert snapshot(tmp_path) == before


def test_check_reports_foreign_key_problems(demo_db: Path) -> None:
    assert run_cli("--db", str(demo_db), "check").returncode == 0
    connection = sqlite3.connect(demo_db)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("UPDATE referral SET case_id = 99999 WHERE id = (SELECT min(id) FROM referral)")
    connection.commit()
    connection.close()
    result = run_cli("--db", str(demo_db), "check")
    assert result.returncode == 1
    assert "外部キー" in result.stderr and "referral" in result.stderr


def test_retention_preview_changes_nothing_and_run_anonymises(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    assert run_cli("--db", str(db), "demo", "--cases", "80", "--seed", "2", "--end", "2026-11-27").returncode == 0
    connection = sqlite3.connect(db)
    connection.execute("INSERT INTO setting (key, value, updated_at) VALUES ('retention_years', '2', '2026-11-27 00:00:00') ON CONFLICT(key) DO UPDATE SET value = '2'")
    connection.commit()
    due = connection.execute(
        "SELECT count(*) FROM case_record WHERE status = 'closed' AND coalesce(approved_at, updated_at) < ?",
        (f"{2026 - 2}-11-27 00:00:00.000000",),
    ).fetchone()[0]
    connection.close()
    assert due > 0
    preview = run_cli("--db", str(db), "retention", "--preview")
    assert preview.returncode == 0 and f"{due} 件が対象" in preview.stdout
    assert sqlite3.connect(db).execute("SELECT count(*) FROM case_record WHERE anonymised_at IS NOT NULL").fetchone()[0] == 0
    ran = run_cli("--db", str(db), "retention", "--run")
    assert ran.returncode == 0 and f"{due} 件の相談の個人情報を匿名化しました" in ran.stdout
    connection = sqlite3.connect(db)
    names = connection.execute(
        "SELECT count(*) FROM party JOIN case_record ON case_record.id = party.case_id "
        "WHERE case_record.anonymised_at IS NOT NULL AND (party.name IS NOT NULL OR party.phone IS NOT NULL)"
    ).fetchone()[0]
    assert names == 0
    assert run_cli("--db", str(db), "retention", "--run").stdout.count("匿名化する相談はありません") == 1
    assert run_cli("--db", str(db), "audit", "verify").returncode == 0
    assert run_cli("--db", str(db), "retention").returncode == 2

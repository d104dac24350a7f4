"""The `counselor` command: contracts of DESIGN.md §4 for init, demo and stats; bad input exits 1 cleanly."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import ROOT, run_cli, snapshot


def _one_clean_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_version_needs_no_database(tmp_path: Path) -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("counselor ")


def test_init_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    first = run_cli(
        "--db", str(db), "init", "--office-code", "131016", "--office-name", "テスト市消費生活センター"
    )
    assert first.returncode == 0, first.stderr
    schema_before = (
        sqlite3.connect(db).execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    )
    second = run_cli("--db", str(db), "init")
    assert second.returncode == 0, second.stderr
    assert "最新" in second.stdout
    schema_after = sqlite3.connect(db).execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    assert schema_before == schema_after


def test_default_database_lives_in_private_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_cli("--data-dir", str(data), "init")
    assert result.returncode == 0, result.stderr
    assert (data / "counselor.db").exists()
    assert oct(data.stat().st_mode & 0o777) == oct(0o700)


@pytest.mark.slow
def test_demo_then_stats(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    demo = run_cli("--db", str(db), "demo", "--cases", "1500", "--seed", "3", "--end", "2026-11-27")
    assert demo.returncode == 0, demo.stderr
    stats = run_cli("--db", str(db), "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    data = json.loads(stats.stdout)
    assert data["cases"]["total"] == 1500
    assert sum(data["cases"]["by_status"].values()) == 1500
    assert len(data["cases"]["by_fiscal_year"]) >= 3
    assert 0 < data["cases"]["pi_related"] < 1500
    assert data["referrals"]["total"] > 0
    assert data["businesses"] > 10 and data["users"] >= 5


def test_demo_is_deterministic_per_seed(tmp_path: Path) -> None:
    def dump(db: Path) -> list[tuple]:
        connection = sqlite3.connect(db)
        return connection.execute(
            "SELECT uuid, case_no, received_at, subject, narrative, contract_amount FROM case_record ORDER BY uuid"
        ).fetchall()

    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    for db, seed in ((a, "5"), (b, "5"), (c, "6")):
        assert (
            run_cli(
                "--db", str(db), "demo", "--cases", "200", "--seed", seed, "--end", "2026-11-27"
            ).returncode
            == 0
        )
    assert dump(a) == dump(b)
    assert dump(a) != dump(c)


def test_missing_directory_exits_1_and_creates_nothing(tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "nonexistent" / "dir" / "x.db"), "init")
    assert result.returncode == 1
    assert "ディレクトリがありません" in _one_clean_line(result.stderr)
    assert not (tmp_path / "nonexistent").exists()


def test_corrupted_database_exits_1_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "broken.db"
    db.write_bytes(b"\x00garbage" * 512)
    before = snapshot(tmp_path)
    result = run_cli("--db", str(db), "init")
    assert result.returncode == 1
    assert "壊れて" in _one_clean_line(result.stderr)
    assert snapshot(tmp_path) == before


def test_newer_schema_exits_1_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    assert run_cli("--db", str(db), "init").returncode == 0
    connection = sqlite3.connect(db)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = snapshot(tmp_path)
    result = run_cli("--db", str(db), "init")
    assert result.returncode == 1
    assert "新しいアプリ" in _one_clean_line(result.stderr)
    assert snapshot(tmp_path) == before


def test_malformed_reference_file_exits_1_naming_file_and_entry(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "reference", resources / "reference")
    codelists = resources / "reference" / "codelists.json"
    document = json.loads(codelists.read_text(encoding="utf-8"))
    document["lists"]["sales_form"]["items"][2]["label"] = ""
    codelists.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "x.db"
    result = run_cli("--db", str(db), "init", env={"COUNSELOR_RESOURCES": str(resources)})
    assert result.returncode == 1
    line = _one_clean_line(result.stderr)
    assert "codelists.json" in line and "lists.sales_form.items[2]" in line
    assert not db.exists()


def test_reference_file_that_is_not_json_names_the_line(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "reference", resources / "reference")
    (resources / "reference" / "directory.json").write_text(
        '{"format": 1,\n "entries": [\n  {"id": oops}\n ]}', encoding="utf-8"
    )
    result = run_cli("--db", str(tmp_path / "x.db"), "init", env={"COUNSELOR_RESOURCES": str(resources)})
    assert result.returncode == 1
    line = _one_clean_line(result.stderr)
    assert "directory.json" in line and "3 行" in line


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli("demo").returncode == 2
    assert run_cli("demo", "--cases", "-5").returncode == 2
    assert run_cli("frobnicate").returncode == 2


def test_stats_on_missing_database_exits_1(tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "none.db"), "stats")
    assert result.returncode == 1
    assert "counselor init" in _one_clean_line(result.stderr)
    assert not (tmp_path / "none.db").exists()

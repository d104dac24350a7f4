"""`counselor export casebook` and `counselor import`: exit codes, one-line errors, nothing changed on bad input."""

from pathlib import Path

import pytest

from tests.helpers import run_cli, snapshot


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.db"
    result = run_cli("--db", str(db), "demo", "--cases", "60", "--seed", "7", "--end", "2026-11-27")
    assert result.returncode == 0, result.stderr
    return db


def test_export_then_import_into_an_empty_database(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cb.csv"
    exported = run_cli(
        "--db", str(demo_db), "export", "casebook", "--from", "2023-04-01", "--to", "2026-11-27",
        "--format", "csv", "--encoding", "cp932", "--allow-substitution", "--out", str(out),
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert "60 件" in exported.stdout
    assert (tmp_path / "cb_匿名化レポート.csv").exists()
    out.read_bytes().decode("cp932")
    empty = tmp_path / "empty.db"
    assert run_cli("--db", str(empty), "init", "--office-code", "131016").returncode == 0
    imported = run_cli("--db", str(empty), "import", str(out))
    assert imported.returncode == 0, imported.stderr
    assert "60 件を取り込みました" in imported.stdout


def test_bad_import_exits_1_with_one_line_and_changes_nothing(demo_db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("受付年月日,相談概要,受付方法\n2026-10-05,定期購入,伝書鳩\n", encoding="utf-8")
    before = snapshot(demo_db.parent)
    result = run_cli("--db", str(demo_db), "import", str(bad))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "bad.csv: 2 行 列「受付方法」" in lines[0] and "伝書鳩" in lines[0]
    assert snapshot(demo_db.parent) == before


def test_usage_errors_exit_2(demo_db: Path, tmp_path: Path) -> None:
    result = run_cli(
        "--db", str(demo_db), "export", "casebook", "--from", "2026-01-01", "--to", "2026-02-01",
        "--format", "xlsx", "--encoding", "cp932", "--out", str(tmp_path / "x.xlsx"),
    )  # fmt: skip
    assert result.returncode == 2
    assert run_cli("--db", str(demo_db), "export", "casebook", "--format", "csv").returncode == 2

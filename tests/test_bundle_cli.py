"""`counselor bundle` and `counselor office` end to end: a branch's SQLite file into a center on SQLite and on PostgreSQL.

Acceptance (issue 10): after the import the center shows identical `counselor stats --json`
and an identical exported casebook; a second import changes nothing; bad bundles exit 1
with one line and change nothing.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from counselor_app.services import demo_corpus
from tests.helpers import run_cli, snapshot

PASSPHRASE = "sakura-kita-2026"
CASEBOOK = ("export", "casebook", "--from", "2023-04-01", "--to", "2026-11-27", "--format", "json")


def ok(*args: str) -> str:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """The branch's database, its bundle and the passphrase file."""
    work = tmp_path_factory.mktemp("branch")
    db = work / "kita.db"
    ok("--db", str(db), "init", "--office-code", "990002", "--office-name", "さくら市消費生活センター 北支所")
    ok("--db", str(db), "demo", "--cases", "150", "--seed", "3", "--end", "2026-11-27")
    secret = work / "bundle.pass"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    bundle = work / "kita.bundle"
    out = ok("--db", str(db), "bundle", "export", "--out", str(bundle), "--passphrase-file", str(secret))
    assert "相談 150 件" in out and bundle.exists()
    return db, bundle, secret


@pytest.fixture(params=["sqlite", "postgresql"])
def center(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A center's database that knows the branch offices and their staff (accounts never travel in bundles)."""
    if request.param == "sqlite":
        target = str(tmp_path / "center.db")
    else:
        admin = os.environ.get("COUNSELOR_TEST_PG_URL")
        if not admin:
            pytest.skip("COUNSELOR_TEST_PG_URL is not set")
        import psycopg

        name = f"counselor_cli_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        target = f"{admin.rsplit('/', 1)[0]}/{name}"
    ok("--db", target, "init", "--office-code", "990001", "--office-name", "さくら市消費生活センター")
    for code, name_, parent, _weight in demo_corpus.OFFICES:
        command = ["--db", target, "office", "add", code, "--name", name_]
        ok(*command, *(["--parent", parent] if parent else []))
    password = tmp_path / "staff.pass"
    password.write_text("center-staff-pass-1\n", encoding="utf-8")
    for office, staff in demo_corpus.COUNSELORS.items():
        for login, display, role in staff:
            ok("--db", target, "user", "add", "--login", login, "--name", display, "--role", role,
               "--office", office, "--password-file", str(password))  # fmt: skip
    yield target
    if request.param == "postgresql":
        import psycopg

        with psycopg.connect(os.environ["COUNSELOR_TEST_PG_URL"], autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{target.rsplit("/", 1)[1]}" WITH (FORCE)')


def casebook_files(db: str, out: Path) -> dict[str, bytes]:
    out.mkdir()
    ok("--db", db, *CASEBOOK, "--out", str(out / "casebook.json"))
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}


def test_round_trip_gives_identical_stats_and_casebook_and_a_second_import_changes_nothing(
    branch: tuple[Path, Path, Path], center: str, tmp_path: Path
) -> None:
    db, bundle, secret = branch
    dry = ok("--db", center, "bundle", "import", str(bundle), "--passphrase-file", str(secret), "--dry-run")
    assert "新規 150 件、更新 0 件、競合 0 件" in dry and "何も書き込んでいません" in dry
    assert json.loads(ok("--db", center, "stats", "--json"))["cases"]["total"] == 0

    done = ok("--db", center, "bundle", "import", str(bundle), "--passphrase-file", str(secret))
    assert "支所データを取り込みました: 新規 150 件" in done
    branch_stats = json.loads(ok("--db", str(db), "stats", "--json"))
    center_stats = json.loads(ok("--db", center, "stats", "--json"))
    assert center_stats == branch_stats
    assert casebook_files(center, tmp_path / "center") == casebook_files(str(db), tmp_path / "branch")

    again = ok("--db", center, "bundle", "import", str(bundle), "--passphrase-file", str(secret))
    assert "取り込み済みです。何も変更していません" in again
    assert json.loads(ok("--db", center, "stats", "--json")) == branch_stats
    assert casebook_files(center, tmp_path / "center-again") == casebook_files(str(db), tmp_path / "branch-again")
    verified = ok("--db", center, "audit", "verify")
    assert "取り込んだ支所の監査ログ" in verified


def test_conflicts_are_listed_and_resolved_from_the_command_line(
    branch: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    db, bundle, secret = branch
    center = str(tmp_path / "center.db")
    ok("--db", center, "init", "--office-code", "990001")
    for code, name, parent, _weight in demo_corpus.OFFICES:
        ok("--db", center, "office", "add", code, "--name", name, *(["--parent", parent] if parent else []))
    ok("--db", center, "bundle", "import", str(bundle), "--passphrase-file", str(secret))
    assert "ありません" in ok("--db", center, "bundle", "conflicts")
    listed = json.loads(ok("--db", center, "bundle", "conflicts", "--json"))
    assert listed == []
    refused = run_cli("--db", center, "bundle", "resolve", "999", "--keep", "mine")
    assert refused.returncode == 1 and "競合が見つかりません" in refused.stderr


def _variant(bundle: Path, tmp_path: Path, kind: str) -> Path:
    data = bundle.read_bytes()
    if kind == "truncated":
        data = data[: len(data) // 2]
    elif kind == "tampered":
        data = data[:-100] + bytes([data[-100] ^ 0x80]) + data[-99:]
    elif kind == "newer":
        data = data.replace(b'"format":1', b'"format":9', 1)
    path = tmp_path / f"{kind}.bundle"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("wrong_passphrase", "パスフレーズが違います"),
        ("truncated", "途中で切れています"),
        ("tampered", "改ざんされているか壊れています"),
        ("newer", "新しい形式（版 9）"),
        ("unknown_office", "所属 990002（さくら市消費生活センター 北支所）はこのデータベースに登録されていません"),
    ],
)
def test_bad_bundles_exit_1_with_one_line_and_change_nothing(
    branch: tuple[Path, Path, Path], tmp_path: Path, kind: str, message: str
) -> None:
    _db, bundle, secret = branch
    work = tmp_path / "center"
    work.mkdir()
    center = work / "center.db"
    ok("--db", str(center), "init", "--office-code", "131016")
    if kind != "unknown_office":
        for code, name, _parent, _weight in demo_corpus.OFFICES:
            ok("--db", str(center), "office", "add", code, "--name", name)
    source = bundle if kind in ("wrong_passphrase", "unknown_office") else _variant(bundle, tmp_path, kind)
    passphrase_file = secret
    if kind == "wrong_passphrase":
        passphrase_file = tmp_path / "wrong.pass"
        passphrase_file.write_text("sakura-kita-2025\n", encoding="utf-8")
    before = snapshot(work)
    for extra in ((), ("--dry-run",)):
        result = run_cli("--db", str(center), "bundle", "import", str(source), "--passphrase-file", str(passphrase_file), *extra)
        assert result.returncode == 1
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
        assert message in lines[0]
    assert snapshot(work) == before


def test_bundle_usage_and_short_passphrases(branch: tuple[Path, Path, Path], tmp_path: Path) -> None:
    db, _bundle, _secret = branch
    assert run_cli("--db", str(db), "bundle", "export", "--out", str(tmp_path / "x.bundle")).returncode == 2
    short = tmp_path / "short.pass"
    short.write_text("abc\n", encoding="utf-8")
    result = run_cli("--db", str(db), "bundle", "export", "--out", str(tmp_path / "x.bundle"), "--passphrase-file", str(short))
    assert result.returncode == 1 and "8 文字以上" in result.stderr
    assert not (tmp_path / "x.bundle").exists()

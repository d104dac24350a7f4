"""Prove that the PyInstaller build works: run the built programs, not the source tree (`make dist` runs this).

Usage: .venv/bin/python scripts/check_dist.py [DIST_FOLDER] [--pg URL]

In a fresh temporary data dir, with no source checkout on the path, the built programs must:
  * report the version of pyproject.toml;
  * `counselor init`, `demo --cases 60`, `stats --json` (SQLite);
  * upgrade the oldest released schema (db/fixtures/schema_v1.sqlite): the Alembic scripts are bundled;
  * `init --encrypt` and open the result with its passphrase (sqlcipher3 and its dialect are bundled);
  * `report monthly` (reportlab and the embedded IPAexGothic), `export casebook --format xlsx` (openpyxl),
    `classify` (the lexicon), `user add` (argon2), `backup` and `check`;
  * `bundle export` of 10,000 demo cases and `bundle import` into a center database, with the
    search text folded in the helper process spawned from the frozen executable;
  * with `--pg URL` (or COUNSELOR_TEST_PG_URL): `init` and `stats` on a fresh PostgreSQL database (psycopg);
  * `counselor-app --screenshot` offscreen, in Japanese and in English: a 1366x768 PNG.
Exit status 0 when everything worked; otherwise the first failure is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class CheckFailedError(Exception):
    """A step of the check failed."""


def _project() -> tuple[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["name"], project["version"]


def _env(data_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("COUNSELOR_", "PYTHON"))}
    env.update({"COUNSELOR_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"})
    return env


def run(program: Path, *args: str, env: dict[str, str], cwd: Path, timeout: int = 300) -> tuple[str, float]:
    """Run a built program; returns stdout and seconds taken."""
    started = time.perf_counter()
    result = subprocess.run(
        [str(program), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise CheckFailedError(f"{program.name} {' '.join(args)} exited {result.returncode}:\n{result.stderr[-2000:]}")
    return result.stdout, seconds


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise CheckFailedError(f"{path} is not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def check(folder: Path, pg_url: str | None) -> list[str]:
    """Run every step; returns one line per step."""
    name, version = _project()
    exe = ".exe" if sys.platform == "win32" else ""
    cli, gui = folder / f"counselor{exe}", folder / f"counselor-app{exe}"
    for program in (cli, gui):
        if not program.is_file():
            raise CheckFailedError(f"missing {program} (run `make dist`)")
    lines = []
    work = Path(tempfile.mkdtemp(prefix="dist-check-"))
    try:
        env = _env(work / "data")
        out, _ = run(cli, "--version", env=env, cwd=work)
        if version not in out:
            raise CheckFailedError(f"counselor --version says {out.strip()!r}, pyproject says {version}")
        lines.append(f"version: {out.strip()}")

        _, seconds = run(cli, "init", env=env, cwd=work)
        lines.append(f"init: {seconds:.2f} s")
        _, seconds = run(cli, "demo", "--cases", "60", "--seed", "7", env=env, cwd=work)
        lines.append(f"demo --cases 60: {seconds:.2f} s")
        out, _ = run(cli, "stats", "--json", env=env, cwd=work)
        stats = json.loads(out)
        if stats["cases"]["total"] != 60:
            raise CheckFailedError(f"stats after demo: {stats['cases']}")
        lines.append(f"stats: {stats['cases']['total']} cases, {stats['referrals']['open']} open referrals")

        old = work / "schema_v1.sqlite"
        shutil.copy(ROOT / "db" / "fixtures" / "schema_v1.sqlite", old)
        out, _ = run(cli, "--db", str(old), "init", env=env, cwd=work)
        lines.append(f"upgrade of schema v1: {out.strip().splitlines()[0]}")

        secret = work / "passphrase.txt"
        secret.write_text("correct horse battery staple\n", encoding="utf-8")
        encrypted = work / "encrypted.db"
        run(cli, "--db", str(encrypted), "--passphrase-file", str(secret), "init", "--encrypt", env=env, cwd=work)
        if encrypted.read_bytes()[:16] == b"SQLite format 3\x00":
            raise CheckFailedError("init --encrypt wrote a plain SQLite file")
        run(cli, "--db", str(encrypted), "--passphrase-file", str(secret), "stats", env=env, cwd=work)
        lines.append("encrypted database: created and reopened with its passphrase")

        pdf = work / "monthly.pdf"
        run(cli, "report", "monthly", "--month", "2026-11", "--out", str(pdf), env=env, cwd=work)
        if not pdf.read_bytes().startswith(b"%PDF") or b"IPAexGothic" not in pdf.read_bytes():
            raise CheckFailedError("the monthly report is not a PDF with IPAexGothic embedded")
        lines.append(f"report monthly: {pdf.stat().st_size:,} bytes, IPAexGothic embedded")
        xlsx = work / "casebook.xlsx"
        run(cli, "export", "casebook", "--from", "2020-04-01", "--to", "2027-03-31", "--format", "xlsx", "--out", str(xlsx), env=env, cwd=work)
        if xlsx.read_bytes()[:2] != b"PK":
            raise CheckFailedError("the casebook export is not an XLSX file")
        lines.append(f"export casebook xlsx: {xlsx.stat().st_size:,} bytes")
        narrative = work / "narrative.txt"
        narrative.write_text("名簿業者から電話があり、どこで番号を知ったのか分からない。", encoding="utf-8")
        out, _ = run(cli, "classify", str(narrative), env=env, cwd=work)
        if json.loads(out)["pi_related"] is not True:
            raise CheckFailedError(f"classify: {out}")
        lines.append("classify: personal-information related, as expected")
        password = work / "password.txt"
        password.write_text("dist-check-pass-1\n", encoding="utf-8")
        run(cli, "user", "add", "--login", "distcheck", "--name", "確認", "--role", "counselor", "--password-file", str(password), env=env, cwd=work)
        lines.append("user add: argon2id hash written")
        backup = work / "backup.db"
        run(cli, "backup", "--out", str(backup), env=env, cwd=work)
        run(cli, "check", env=env, cwd=work)
        lines.append(f"backup and check: {backup.stat().st_size:,} bytes")

        lines.append(_check_bundle(cli, env, work, secret))
        if pg_url:
            lines.append(_check_postgresql(cli, pg_url, env, work))

        for language in ("ja", "en"):
            shot = work / f"screenshot-{language}.png"
            _, seconds = run(gui, "--screenshot", str(shot), "--lang", language, env=env, cwd=work, timeout=120)
            width, height = _png_size(shot)
            if (width, height) != (1366, 768):
                raise CheckFailedError(f"screenshot is {width}x{height}, not 1366x768")
            lines.append(f"counselor-app --screenshot --lang {language}: {width}x{height} in {seconds:.2f} s")
            keep = ROOT / "build" / f"dist-screenshot-{language}.png"
            keep.parent.mkdir(exist_ok=True)
            shutil.copy(shot, keep)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    size = sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    lines.append(f"{name}-{version}: {size / 1e6:.0f} MB")
    return lines


def _check_bundle(cli: Path, env: dict[str, str], work: Path, passphrase_file: Path) -> str:
    """A branch bundle large enough that the import folds search text in a helper process.

    The helper is spawned from the frozen executable itself; without freeze_support it would
    start a second `counselor` instead, and the import would warn that it folded the text alone.
    """
    cases = 10_000
    branch, center, bundle = work / "branch.db", work / "center.db", work / "branch.bundle"
    run(cli, "--db", str(branch), "init", "--office-code", "990002", "--office-name", "北支所", env=env, cwd=work)
    run(cli, "--db", str(branch), "demo", "--cases", str(cases), "--seed", "5", env=env, cwd=work)
    run(cli, "--db", str(branch), "bundle", "export", "--out", str(bundle), "--passphrase-file", str(passphrase_file), env=env, cwd=work)
    run(cli, "--db", str(center), "init", "--office-code", "131016", "--office-name", "集約センター", env=env, cwd=work)
    for code, office_name in (("990001", "さくら市消費生活センター"), ("990002", "北支所"), ("990003", "南出張相談窓口")):
        run(cli, "--db", str(center), "office", "add", code, "--name", office_name, env=env, cwd=work)
    started = time.perf_counter()
    result = subprocess.run(
        [str(cli), "--db", str(center), "bundle", "import", str(bundle), "--passphrase-file", str(passphrase_file), "--json"],
        env=env, cwd=work, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise CheckFailedError(f"bundle import exited {result.returncode}:\n{result.stderr[-2000:]}")
    if "helper" in result.stderr:
        raise CheckFailedError(f"bundle import could not use its helper process:\n{result.stderr[-2000:]}")
    imported = json.loads(result.stdout)
    if imported.get("new") != cases:
        raise CheckFailedError(f"bundle import: {result.stdout[:500]}")
    return f"bundle export and import of {cases:,} cases (search text in the helper process): import {seconds:.1f} s"


def _check_postgresql(cli: Path, admin_url: str, env: dict[str, str], work: Path) -> str:
    """init and stats on a fresh database (created and dropped with this script's own psycopg)."""
    import psycopg

    database = f"counselor_dist_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{database}"')
    url = admin_url.rsplit("/", 1)[0] + "/" + database
    try:
        run(cli, "--db", url, "init", env=env, cwd=work)
        run(cli, "--db", url, "demo", "--cases", "20", env=env, cwd=work)
        out, _ = run(cli, "--db", url, "stats", "--json", env=env, cwd=work)
        total = json.loads(out)["cases"]["total"]
    finally:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    return f"PostgreSQL: init, demo and stats ({total} cases)"


def main() -> int:
    name, version = _project()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "dist" / f"{name}-{version}"))
    parser.add_argument("--pg", default=os.environ.get("COUNSELOR_TEST_PG_URL"), help="PostgreSQL admin URL")
    args = parser.parse_args()
    try:
        lines = check(Path(args.folder), args.pg)
    except (CheckFailedError, subprocess.TimeoutExpired) as exc:
        print(f"dist check FAILED: {exc}")
        return 1
    print(f"dist check of {args.folder}: all passed")
    for line in lines:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

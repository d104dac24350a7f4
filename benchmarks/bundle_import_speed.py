"""Importing a branch bundle of N demo cases (target: 100,000 in under 30 s) against raw sqlite3 executemany of the same rows.

    .venv/bin/python benchmarks/bundle_import_speed.py --cases 100000 [--source existing-demo.db] [--pg postgresql://…/postgres]

Steps: a source database with N `counselor demo` cases (or --source), `counselor bundle
export` of it, then `SyncService.import_bundle` into a fresh database that knows the
demo offices (the measured number: reading, decrypting, inflating, validating,
hashing every case, the three-way plan, inserting cases with all their rows, the search
text and its FTS5 indexes, peer state, audit rows, all in one transaction). From 10,000
cases on, the cases' content hashes and search text are computed by a helper process on
the second core while the rows are written (services/index_helper.py); pass --no-helper
to measure the import on one core.

Baselines on the same machine, same moment, into the same kind of fresh database:
  raw rows   — plain sqlite3 ``executemany`` of the source's rows of every case table
               (case_record, party, codes, handling log, PI, referrals, search text),
               already in database form, no checks;
  raw + FTS  — the same plus filling the two FTS5 indexes (which a searchable database needs).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark-passphrase"
CASE_TABLES = (
    "case_record",
    "party",
    "case_method",
    "case_keyword",
    "handling_entry",
    "pi_assessment",
    "referral",
)


def _services(target_text: str, data: Path) -> object:
    from counselor_app.bootstrap import open_services
    from counselor_app.paths import AppPaths
    from counselor_app.persistence.engine import resolve_target

    services, _ = open_services(AppPaths.resolve(data), resolve_target(target_text), create=True)
    return services


def make_source(path: Path, cases: int) -> None:
    from counselor_app.bootstrap import system_actor

    services = _services(str(path), path.parent / "data")
    try:
        actor = system_actor(services, "benchmark")  # type: ignore[arg-type]
        services.setup.initialise(actor, office_code="990001", office_name="さくら市消費生活センター")  # type: ignore[attr-defined]
        started = time.perf_counter()
        services.demo.generate(actor, cases, seed=11)  # type: ignore[attr-defined]
        print(f"source: {cases:,} demo cases in {time.perf_counter() - started:.1f} s ({path})")
    finally:
        services.close()  # type: ignore[attr-defined]


def fresh_target(target_text: str, data: Path) -> object:
    """A new database that knows the demo offices (as a center would, after `counselor office add`)."""
    from counselor_app.bootstrap import system_actor
    from counselor_app.domain.entities import Office
    from counselor_app.services import demo_corpus

    services = _services(target_text, data)
    actor = system_actor(services, "benchmark")  # type: ignore[arg-type]
    services.setup.initialise(actor, office_code="131016", office_name="集約センター")  # type: ignore[attr-defined]
    for code, name, parent, _weight in demo_corpus.OFFICES:
        services.sync.register_office(actor, Office(code=code, name=name, parent_code=parent))  # type: ignore[attr-defined]
    return services


def timed_import(services: object, bundle: Path, *, helper: bool = True) -> tuple[float, object]:
    from counselor_app.bootstrap import system_actor

    if not helper:
        services.sync.helper_min_cases = sys.maxsize  # type: ignore[attr-defined]
    actor = system_actor(services, "benchmark")  # type: ignore[arg-type]
    started = time.perf_counter()
    result = services.sync.import_bundle(actor, bundle, PASSPHRASE)  # type: ignore[attr-defined]
    return time.perf_counter() - started, result


def raw_baseline(source: Path, empty: Path, work: Path) -> tuple[float, float]:
    """sqlite3 executemany of the source's case rows into a copy of the empty target; then the FTS indexes."""
    target = work / "raw.db"
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{target}{suffix}")
    shutil.copy(empty, target)
    src = sqlite3.connect(source)
    rows = {name: src.execute(f"SELECT * FROM {name}").fetchall() for name in (*CASE_TABLES, "case_search_text")}
    businesses = src.execute("SELECT * FROM business").fetchall()
    src.close()
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    started = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    if businesses:
        db.executemany(f"INSERT INTO business VALUES ({','.join('?' * len(businesses[0]))})", businesses)
    for name in (*CASE_TABLES, "case_search_text"):
        if name == "case_search_text":
            db.execute("DROP TRIGGER case_search_ai")
        batch = rows[name]
        if batch:
            db.executemany(f"INSERT INTO {name} VALUES ({','.join('?' * len(batch[0]))})", batch)
    rows_done = time.perf_counter()
    db.execute("INSERT INTO case_fts_tri(rowid, search_text) SELECT case_id, search_text FROM case_search_text")
    db.execute("INSERT INTO case_fts_ngram(rowid, search_ngrams) SELECT case_id, search_ngrams FROM case_search_text")
    db.execute("COMMIT")
    db.close()
    return rows_done - started, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--source", type=Path, help="an existing demo database to export (skips generating one)")
    parser.add_argument("--pg", help="also import into a fresh PostgreSQL database (admin URL, e.g. …/postgres)")
    parser.add_argument("--keep", type=Path, help="work directory to keep (default: a temporary one)")
    parser.add_argument("--no-helper", action="store_true", help="import on one core (no helper process)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bundle-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    source = args.source or work / "source.db"
    if not source.exists():
        make_source(source, args.cases)
    bundle = work / "branch.bundle"
    from counselor_app.bootstrap import system_actor

    services = _services(str(source), work / "data")
    try:
        started = time.perf_counter()
        exported = services.sync.export_bundle(  # type: ignore[attr-defined]
            system_actor(services, "benchmark"), bundle, PASSPHRASE  # type: ignore[arg-type]
        )
        export_seconds = time.perf_counter() - started
    finally:
        services.close()  # type: ignore[attr-defined]
    print(f"export: {exported.cases:,} cases, {exported.size / 1e6:.1f} MB in {export_seconds:.1f} s")

    empty = work / "empty.db"
    for path in (empty, work / "target.db"):
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{path}{suffix}")
    fresh_target(str(empty), work / "data").close()  # type: ignore[attr-defined]
    # A single file (no WAL beside it) to copy for every run.
    with contextlib.closing(sqlite3.connect(empty)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    shutil.copy(empty, work / "target.db")
    services = _services(str(work / "target.db"), work / "data")
    try:
        seconds, result = timed_import(services, bundle, helper=not args.no_helper)
    finally:
        services.close()  # type: ignore[attr-defined]
    rows_seconds, raw_seconds = raw_baseline(source, empty, work)
    how = "one core" if args.no_helper else "with the helper process"
    print(f"import (SQLite, {how}): {result.new:,} new cases in {seconds:.1f} s")  # type: ignore[attr-defined]
    print(f"raw rows (sqlite3 executemany, same rows):      {rows_seconds:.1f} s  -> import is {seconds / rows_seconds:.1f}x")
    print(f"raw rows + FTS5 indexes:                         {raw_seconds:.1f} s  -> import is {seconds / raw_seconds:.1f}x")
    print(f"target < 30 s for 100,000 cases: {'met' if seconds < 30 * result.cases / 100_000 else 'NOT met'}")  # type: ignore[attr-defined]

    if args.pg:
        import uuid

        import psycopg

        name = f"counselor_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(args.pg, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        url = f"{args.pg.rsplit('/', 1)[0]}/{name}"
        try:
            services = fresh_target(url, work / "data")
            try:
                seconds, result = timed_import(services, bundle, helper=not args.no_helper)
            finally:
                services.close()  # type: ignore[attr-defined]
            print(f"import (PostgreSQL, {how}): {result.new:,} new cases in {seconds:.1f} s")  # type: ignore[attr-defined]
        finally:
            with psycopg.connect(args.pg, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

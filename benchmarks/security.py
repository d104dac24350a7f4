"""Costs of security: argon2id sign-in, and SQLCipher against a plain SQLite file on the same data.

    .venv/bin/python benchmarks/security.py --cases 20000

Prints milliseconds and ratios encrypted/plain for: opening the database (key
derivation), inserting the demo cases, one page of the case list, a count, the
online backup, and integrity_check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from counselor_app.domain.case_query import CaseFilter, CaseSort
from counselor_app.domain.clock import FixedClock
from counselor_app.domain.entities import Actor
from counselor_app.paths import resources_dir
from counselor_app.persistence import backup as files
from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import resolve_target
from counselor_app.services.container import build_services
from counselor_app.services.passwords import Passwords
from counselor_app.services.reference_data import load_reference_data

ACTOR = Actor(login="bench", role="admin", office_code="990001")
NOW = dt.datetime(2026, 11, 27, 10, 0)


def _ms(work: Callable[[], object], repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def _measure(root: Path, cases: int, passphrase: str | None) -> dict[str, float]:
    reference = load_reference_data(resources_dir() / "reference")
    target = resolve_target(root / "c.db", passphrase=passphrase)
    database, _ = open_database(target, create=True)
    services = build_services(database, reference, FixedClock(NOW))
    services.setup.initialise(ACTOR)
    started = time.perf_counter()
    services.demo.generate(ACTOR, cases, seed=1, end=NOW.date())
    insert_ms = (time.perf_counter() - started) * 1000
    database.close()
    results = {"insert demo cases": insert_ms}
    results["open (key derivation)"] = _ms(lambda: open_database(target, create=False)[0].close())
    database, _ = open_database(target, create=False)
    services = build_services(database, reference, FixedClock(NOW))
    results["list page (50 rows)"] = _ms(
        lambda: services.cases.page(ACTOR, CaseFilter(), CaseSort("received_at", descending=True), 0, 50)
    )
    results["count"] = _ms(lambda: services.cases.count(ACTOR, CaseFilter()))
    results["online backup"] = _ms(lambda: files.online_backup(target, root / "b.db"), repeat=3)
    results["integrity_check"] = _ms(lambda: files.check_file(target), repeat=3)
    database.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=20_000)
    args = parser.parse_args()
    passwords = Passwords()
    stored = passwords.hash("benchmark-pass")
    print(f"argon2id hash: {_ms(lambda: passwords.hash('benchmark-pass')):.0f} ms, "
          f"verify: {_ms(lambda: passwords.verify(stored, 'benchmark-pass')):.0f} ms (parameters: {stored.split('$')[3]})")
    with tempfile.TemporaryDirectory() as plain_dir, tempfile.TemporaryDirectory() as enc_dir:
        plain = _measure(Path(plain_dir), args.cases, None)
        encrypted = _measure(Path(enc_dir), args.cases, "benchmark passphrase")
        plain_size = (Path(plain_dir) / "c.db").stat().st_size
        enc_size = (Path(enc_dir) / "c.db").stat().st_size
    print(f"{args.cases:,} cases; file {plain_size / 1e6:.1f} MB plain, {enc_size / 1e6:.1f} MB encrypted")
    print(f"{'operation':<24}{'plain ms':>12}{'SQLCipher ms':>14}{'ratio':>8}")
    for name, value in plain.items():
        print(f"{name:<24}{value:>12.1f}{encrypted[name]:>14.1f}{encrypted[name] / value:>8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

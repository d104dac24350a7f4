"""Cost of one intake autosave (DraftService.save of a full case) against a raw SQLite upsert of the same JSON.

    .venv/bin/python benchmarks/draft_autosave.py [--saves 300] [--pg postgresql://…/postgres]

The autosave runs on the GUI thread every few seconds; it must stay far below a frame
budget. The raw baseline is sqlite3 `INSERT … ON CONFLICT DO UPDATE` of the same payload
into the same table with the same pragmas (WAL, synchronous=NORMAL).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counselor_app.domain.case_snapshot import case_to_snapshot  # noqa: E402
from counselor_app.domain.clock import FixedClock  # noqa: E402
from counselor_app.domain.entities import Actor  # noqa: E402
from counselor_app.paths import resources_dir  # noqa: E402
from counselor_app.persistence.database import open_database  # noqa: E402
from counselor_app.persistence.engine import resolve_target  # noqa: E402
from counselor_app.services.container import build_services  # noqa: E402
from counselor_app.services.reference_data import load_reference_data  # noqa: E402
from tests.helpers import make_case  # noqa: E402


def _payload(i: int) -> dict:  # type: ignore[type-arg]
    case = make_case(narrative="SNS広告で初回500円の健康食品を注文したら定期購入だった。" * 8 + str(i))
    return {"format": 1, "case": case_to_snapshot(case), "form": {"ContentStep": {"subject": "x"}}, "step": 5}


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95) - 1] * 1000


def _service(url: str, saves: int) -> list[float]:
    db, _ = open_database(resolve_target(url), create=True)
    services = build_services(db, load_reference_data(resources_dir() / "reference"), FixedClock(dt.datetime(2026, 11, 27)))
    actor = Actor(login="bench", role="counselor", office_code="000000")
    key = f"bench-{uuid.uuid4().hex[:8]}"
    samples = []
    for i in range(saves):
        payload = _payload(i)
        started = time.perf_counter()
        services.drafts.save(actor, key, payload)
        samples.append(time.perf_counter() - started)
    services.drafts.discard(actor, key)
    db.close()
    return samples


def _raw(path: Path, saves: int) -> list[float]:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    samples = []
    for i in range(saves):
        text = json.dumps(_payload(i), ensure_ascii=False)
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO draft (draft_key, owner, payload, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (draft_key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
            ("raw", "bench", text, "2026-11-27 00:00:00"),
        )
        connection.execute("COMMIT")
        samples.append(time.perf_counter() - started)
    connection.close()
    return samples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--pg", help="a PostgreSQL admin URL; a scratch database is created and dropped")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        service = _service(str(path), args.saves)
        raw = _raw(path, args.saves)
        payload_bytes = len(json.dumps(_payload(0), ensure_ascii=False).encode())
        print(f"payload {payload_bytes:,} bytes, {args.saves} saves each")
        print(f"{'measure':<44}{'p50 ms':>9}{'p95 ms':>9}")
        raw50, raw95 = _percentiles(raw)
        s50, s95 = _percentiles(service)
        print(f"{'raw sqlite3 upsert (baseline)':<44}{raw50:>9.2f}{raw95:>9.2f}")
        print(f"{'DraftService.save, SQLite':<44}{s50:>9.2f}{s95:>9.2f}   ({s50 / raw50:.1f}x baseline p50)")
        if args.pg:
            import psycopg

            name = f"bench_drafts_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(args.pg, autocommit=True) as admin:
                admin.execute(f'CREATE DATABASE "{name}"')
            try:
                p50, p95 = _percentiles(_service(f"{args.pg.rsplit('/', 1)[0]}/{name}", args.saves))
            finally:
                with psycopg.connect(args.pg, autocommit=True) as admin:
                    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            print(f"{'DraftService.save, PostgreSQL':<44}{p50:>9.2f}{p95:>9.2f}   ({p50 / raw50:.1f}x SQLite baseline p50)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

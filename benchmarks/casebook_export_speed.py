"""`counselor export casebook` of N demo cases against a raw SQLite-to-CSV dump of the same rows.

    .venv/bin/python benchmarks/casebook_export_speed.py --cases 100000 [--db existing.db]

The baseline selects the same cases with the same joined columns (parties, PI
assessment, business, methods, keywords, referrals) in one SQL statement and
writes them with csv.writer: what a raw dump costs. The export additionally maps
codes to labels (105 columns instead of 38), writes the scrubbed subject and
narrative, counts the aggregate tables and writes the redaction report; it opens
the services too. Both run in this process, best of --repeat.

Scrubbing is not part of the export's time: every write of a case stores its
scrubbed texts and redaction counts (case_record.scrubbed_*, stamped with
SCRUBBER_VERSION); --breakdown prints what that costs per saved case.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RAW_SQL = """
SELECT c.id, c.case_no, c.received_at, c.fiscal_year, c.classification_version, c.channel, c.category,
       c.harm, c.danger, c.via_center,
       pc.age_band, pc.gender, pc.occupation, pc.relation, pc.name, pc.phone,
       pp.age_band, pp.gender, pp.occupation, pp.prefecture, pp.municipality,
       c.product, c.sales_form,
       (SELECT group_concat(code, ';') FROM case_method m WHERE m.case_id = c.id),
       (SELECT group_concat(code, ';') FROM case_keyword k WHERE k.case_id = c.id),
       c.payment, c.contract_amount, c.paid_amount, c.business_name, b.corporate_number, c.result,
       pi.related, pi.issues, pi.holder, pi.sector,
       (SELECT group_concat(r.kind || ':' || r.destination_id, ';') FROM referral r WHERE r.case_id = c.id),
       c.subject, c.narrative
FROM case_record c
LEFT JOIN party pc ON pc.case_id = c.id AND pc.role = 'consultant'
LEFT JOIN party pp ON pp.case_id = c.id AND pp.role = 'party'
LEFT JOIN business b ON b.id = c.business_id
LEFT JOIN pi_assessment pi ON pi.case_id = c.id
WHERE c.received_at >= ? AND c.received_at < ? AND c.deleted_at IS NULL
ORDER BY c.received_at, c.id
"""


def raw_dump(db: Path, out: Path, start: str, end: str) -> int:
    connection = sqlite3.connect(db)
    rows = 0
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        cursor = connection.execute(RAW_SQL, (start, end))
        writer.writerow([column[0] for column in cursor.description])
        for row in cursor:
            writer.writerow(row)
            rows += 1
    connection.close()
    return rows


def export(db: Path, out: Path, first: dt.date, last: dt.date, fmt: str) -> tuple[int, dict[str, int]]:
    from counselor_app.bootstrap import open_services, system_actor
    from counselor_app.paths import AppPaths
    from counselor_app.persistence.engine import resolve_target

    services, _ = open_services(AppPaths.resolve(db.parent / "data"), resolve_target(db), create=False)
    try:
        actor = system_actor(services, "benchmark")
        result = services.casebook.export(actor, first, last, fmt, out)
    finally:
        services.close()
    return result.cases, result.redactions


def breakdown(db: Path) -> None:
    """Where the export's time goes, and what scrubbing costs each write instead."""
    import gc

    from counselor_app.bootstrap import open_services
    from counselor_app.domain import casebook as cb
    from counselor_app.paths import AppPaths
    from counselor_app.persistence.engine import resolve_target

    services, _ = open_services(AppPaths.resolve(db.parent / "data"), resolve_target(db), create=False)
    far = (dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1))
    try:
        layout = services.casebook.layout()
        gc.disable()
        started = time.perf_counter()
        with services.db.uow() as uow:
            rows = [row for month in uow.casebook.export_rows(*far) for row in month]
        read = time.perf_counter() - started
        started = time.perf_counter()
        lines = [layout.csv_line(row, serial) for serial, row in enumerate(rows, start=1)]
        render = time.perf_counter() - started
        started = time.perf_counter()
        totals = cb.CasebookTotals(layout.codelists)
        totals.add_all(rows)
        totals.tables()
        count = time.perf_counter() - started
        gc.enable()
        with services.db.uow() as uow:
            sample = list(uow.casebook.facts(*far))[:5000]
        started = time.perf_counter()
        for fact in sample:
            cb.scrub_texts(fact)
        scrubbing = (time.perf_counter() - started) / max(len(sample), 1)
    finally:
        services.close()
    print(
        f"breakdown: read {len(rows):,} packed rows {read:.2f} s; CSV lines {render:.2f} s "
        f"({sum(map(len, lines)) / 1e6:.0f} M characters); aggregate tables {count:.2f} s"
    )
    print(f"scrubbing at write time instead (subject + narrative): {scrubbing * 1e6:.0f} us per saved case")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="an existing demo database (skips generation)")
    parser.add_argument("--format", default="csv", choices=("csv", "xlsx", "json"))
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--breakdown", action="store_true", help="also time reading, scrubbing and row building")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = args.db
        if db is None:
            db = folder / "demo.db"
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "counselor_app.cli", "--db", str(db), "demo", "--cases", str(args.cases),
                 "--end", "2026-11-27"],
                check=True, cwd=ROOT, capture_output=True,
            )  # fmt: skip
            print(f"generated {args.cases:,} demo cases in {time.perf_counter() - started:.1f} s")
        first, last = dt.date(2000, 1, 1), dt.date(2099, 12, 31)
        raw_times, export_times = [], []
        rows = cases = 0
        redactions: dict[str, int] = {}
        for attempt in range(args.repeat):
            started = time.perf_counter()
            rows = raw_dump(db, folder / f"raw{attempt}.csv", "2000-01-01", "2100-01-01")
            raw_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            cases, redactions = export(db, folder / f"casebook{attempt}.{args.format}", first, last, args.format)
            export_times.append(time.perf_counter() - started)
        assert rows == cases, (rows, cases)
        raw, exported = min(raw_times), min(export_times)
        print(f"{'measure':<58}{'seconds':>9}")
        print(f"{'raw SQLite -> CSV dump of the same rows (' + f'{rows:,}' + ')':<58}{raw:>9.2f}")
        print(f"{'counselor export casebook --format ' + args.format + ' (same rows)':<58}{exported:>9.2f}")
        print(f"ratio export / raw dump: {exported / raw:.2f}x   (target: within 2x)")
        print(f"redactions: {sum(redactions.values()):,} {redactions}")
        if args.breakdown:
            breakdown(db)
    return 0


if __name__ == "__main__":
    sys.exit(main())

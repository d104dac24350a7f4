"""Monthly statistics PDF over 10,000 cases received in one month, against the same aggregations in raw SQLite.

    .venv/bin/python benchmarks/monthly_report_speed.py [--cases-in-month 10000] [--repeat 3]

Builds a demo database (`counselor demo`), then moves 10,000 of its cases into November 2026
(and 1,000 each into October 2026 and November 2025, the comparison months), so the
report aggregates a month ten to twenty times busier than a large city's center.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MONTH = "2026-11"
PERIODS = (("2026-11-01", "2026-12-01"), ("2026-10-01", "2026-11-01"), ("2025-11-01", "2025-12-01"))
OPEN = "('UNSENT','SENT','AWAITING')"

# The aggregation queries the report runs, written out by hand for plain sqlite3.
RAW_PERIOD_QUERIES = (
    "SELECT count(*), sum(CASE WHEN harm THEN 1 ELSE 0 END), sum(CASE WHEN danger THEN 1 ELSE 0 END), "
    "sum(CASE WHEN via_center THEN 1 ELSE 0 END), "
    "sum(CASE WHEN contract_amount > 0 THEN contract_amount ELSE 0 END), count(CASE WHEN contract_amount > 0 THEN 1 END), "
    "sum(CASE WHEN paid_amount > 0 THEN paid_amount ELSE 0 END), count(CASE WHEN paid_amount > 0 THEN 1 END) "
    "FROM case_record WHERE received_at >= ? AND received_at < ? AND deleted_at IS NULL",
    "SELECT p.age_band, p.gender, count(*) FROM case_record c LEFT JOIN party p ON p.case_id = c.id AND p.role = 'party' "
    "WHERE c.received_at >= ? AND c.received_at < ? AND c.deleted_at IS NULL GROUP BY p.age_band, p.gender",
    "SELECT a.related, count(*) FROM case_record c LEFT JOIN pi_assessment a ON a.case_id = c.id "
    "WHERE c.received_at >= ? AND c.received_at < ? AND c.deleted_at IS NULL GROUP BY a.related",
    "SELECT CAST(a.issues AS TEXT), count(*) FROM case_record c JOIN pi_assessment a ON a.case_id = c.id "
    "WHERE c.received_at >= ? AND c.received_at < ? AND c.deleted_at IS NULL AND a.related = 'yes' "
    "GROUP BY CAST(a.issues AS TEXT)",
    *(
        f"SELECT {column}, count(*) FROM case_record WHERE received_at >= ? AND received_at < ? "
        f"AND deleted_at IS NULL GROUP BY {column}"
        for column in ("category", "channel", "product", "sales_form", "result", "office_code")
    ),
)
RAW_REFERRAL_QUERIES = (
    "SELECT r.kind, count(*), count(CASE WHEN r.status IN " + OPEN + " THEN 1 END), "
    "count(CASE WHEN r.status IN " + OPEN + " AND r.due_date < ? THEN 1 END) "
    "FROM referral r JOIN case_record c ON c.id = r.case_id WHERE c.deleted_at IS NULL "
    "AND r.date >= ? AND r.date < ? GROUP BY r.kind",
    "SELECT count(*), count(CASE WHEN r.due_date < ? THEN 1 END) FROM referral r JOIN case_record c "
    "ON c.id = r.case_id WHERE c.deleted_at IS NULL AND r.status IN " + OPEN,
)


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def build(db: Path, in_month: int) -> None:
    total = in_month + 2_000
    subprocess.run(
        [sys.executable, "-m", "counselor_app.cli", "--db", str(db), "demo", "--cases", str(total), "--end", "2026-11-27"],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    connection = sqlite3.connect(db)
    ids = [row[0] for row in connection.execute("SELECT id FROM case_record ORDER BY id")]
    moves = []
    for index, case_id in enumerate(ids):
        if index < 1_000:
            first = dt.datetime(2025, 11, 1, 9)
        elif index < 2_000:
            first = dt.datetime(2026, 10, 1, 9)
        else:
            first = dt.datetime(2026, 11, 1, 9)
        day = first + dt.timedelta(days=index % 29, minutes=(index * 7) % 480)
        moves.append((day.strftime("%Y-%m-%d %H:%M:%S.000000"), case_id))
    connection.executemany("UPDATE case_record SET received_at = ? WHERE id = ?", moves)
    connection.execute(
        "UPDATE referral SET date = (SELECT substr(received_at, 1, 10) FROM case_record c WHERE c.id = referral.case_id)"
    )
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()


def raw_baseline(db: Path, today: str) -> None:
    connection = sqlite3.connect(db)
    for start, end in PERIODS:
        for query in RAW_PERIOD_QUERIES:
            connection.execute(query, (start, end)).fetchall()
    connection.execute(RAW_REFERRAL_QUERIES[0], (today, PERIODS[0][0], PERIODS[0][1])).fetchall()
    connection.execute(RAW_REFERRAL_QUERIES[1], (today,)).fetchall()
    connection.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases-in-month", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from counselor_app.bootstrap import open_services, system_actor
    from counselor_app.domain.report_data import Month
    from counselor_app.paths import AppPaths
    from counselor_app.persistence.engine import resolve_target

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        build(db, args.cases_in_month)
        counted = sqlite3.connect(db).execute(
            "SELECT count(*) FROM case_record WHERE received_at >= '2026-11-01' AND received_at < '2026-12-01'"
        ).fetchone()[0]
        services, _ = open_services(AppPaths.resolve(Path(tmp) / "data"), resolve_target(db), create=False)
        actor = system_actor(services, "bench")
        month = Month.parse(MONTH)
        today = services.clock.now().date().isoformat()
        try:
            raw = best_of(args.repeat, lambda: raw_baseline(db, today))
            queries = best_of(args.repeat, lambda: services.reports.monthly_report(actor, month))
            cold_started = time.perf_counter()
            rendered = services.reports.monthly_pdf(actor, month)  # first: imports reportlab, loads the font
            cold = time.perf_counter() - cold_started
            warm = best_of(args.repeat, lambda: services.reports.monthly_pdf(actor, month))
        finally:
            services.close()
        out = Path(tmp) / "monthly.pdf"
        cli = best_of(
            args.repeat,
            lambda: subprocess.run(
                [sys.executable, "-m", "counselor_app.cli", "--db", str(db), "report", "monthly", "--month", MONTH, "--out", str(out)],
                check=True,
                cwd=ROOT,
                capture_output=True,
                env={**os.environ},
            ),
        )
        python_floor = best_of(args.repeat, lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))

    print(f"cases received in {MONTH}: {counted:,}; report pages: {rendered.pages}; best of {args.repeat}")
    print(f"{'measure':<58}{'seconds':>9}{'x raw SQLite':>14}")
    print(f"{'raw sqlite3: the same aggregation queries (baseline)':<58}{raw:>9.3f}{1:>14.1f}")
    print(f"{'app: aggregation via repositories (monthly_report)':<58}{queries:>9.3f}{queries / raw:>14.1f}")
    print(f"{'app: aggregation + PDF, first in process (cold)':<58}{cold:>9.3f}{cold / raw:>14.1f}")
    print(f"{'app: aggregation + PDF, warm':<58}{warm:>9.3f}{warm / raw:>14.1f}")
    print(f"{'CLI: counselor report monthly (whole process)':<58}{cli:>9.3f}{cli / raw:>14.1f}")
    print(f"{'python interpreter start (floor)':<58}{python_floor:>9.3f}")
    budget = 3.0
    verdict = "OK" if cli < budget else "OVER"
    print(f"target: monthly PDF of {counted:,} cases < {budget:.0f} s (whole CLI process): {verdict}")
    return 0 if cli < budget else 1


if __name__ == "__main__":
    sys.exit(main())

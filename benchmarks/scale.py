"""Scale benchmark: the application on 100k / 1M demo cases beside raw SQLite baselines measured in the same run.

    .venv/bin/python benchmarks/scale.py --cases 100000 [--keep /tmp/scale-100k]

Prints one table: insert rate, start-up to a usable main window, search p50/p95 by
term length, case-list page fetches, peak memory of the case list, and (when those
features are present) casebook export, monthly PDF and bundle import.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counselor_app.domain.case_query import CaseFilter, CaseSort  # noqa: E402
from counselor_app.domain.clock import FixedClock  # noqa: E402
from counselor_app.domain.entities import Actor  # noqa: E402
from counselor_app.paths import resources_dir  # noqa: E402
from counselor_app.persistence.database import open_database  # noqa: E402
from counselor_app.persistence.engine import resolve_target  # noqa: E402
from counselor_app.services.container import build_services  # noqa: E402
from counselor_app.services.reference_data import load_reference_data  # noqa: E402

END = dt.date(2026, 11, 27)
QUERIES = {
    "1 char": ["漏", "詐", "塾", "鍵"],
    "2 chars": ["名簿", "勧誘", "漏え", "解約", "屋根"],
    "3+ chars": ["漏えい", "屋根工事", "フィッシング", "個人情報", "ｸｰﾘﾝｸﾞ"],
    "2 terms": ["個人情報 削除", "定期 解約", "業者 名簿"],
}
ROWS: list[tuple[str, str, str, str]] = []


def row(measure: str, app: str, baseline: str = "", ratio: str = "") -> None:
    """Collect one line of the result table."""
    ROWS.append((measure, app, baseline, ratio))


def percentiles(samples: list[float]) -> tuple[float, float]:
    """(p50, p95) in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered) * 1000, p95 * 1000


def timed(function: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of each call."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return samples


def build(db: Path, cases: int) -> None:
    """Fill a database with demo cases unless it already has them; report the insert rate."""
    if db.exists():
        return
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "counselor_app.cli", "--db", str(db), "demo", "--cases", str(cases), "--end", END.isoformat()],
        check=True,
        cwd=ROOT,
    )
    app_seconds = time.perf_counter() - started
    # Baseline: the same number of rows of comparable width into one plain table.
    with tempfile.TemporaryDirectory() as tmp:
        raw = sqlite3.connect(Path(tmp) / "raw.db")
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("CREATE TABLE c (id INTEGER PRIMARY KEY, received TEXT, subject TEXT, narrative TEXT, n INTEGER)")
        rng = random.Random(1)
        text = "知らない業者から携帯電話に勧誘の電話があった。どこで番号を知ったのか。" * 2
        started = time.perf_counter()
        for start in range(0, cases, 5000):
            raw.executemany(
                "INSERT INTO c (received, subject, narrative, n) VALUES (?, ?, ?, ?)",
                [("2026-11-27T10:00:00", "件名", text, rng.randint(0, 9)) for _ in range(min(5000, cases - start))],
            )
            raw.commit()
        raw_seconds = time.perf_counter() - started
        raw.close()
    row(
        f"insert {cases:,} cases (all children, indexes, FTS)",
        f"{cases / app_seconds:,.0f} cases/s",
        f"{cases / raw_seconds:,.0f} rows/s",
        f"{app_seconds / raw_seconds:.0f}x the raw time",
    )


def startup(db: Path) -> None:
    """Process start to the painted main window with its first page, vs raw open + count + page."""
    samples = []
    for _ in range(3):
        started = time.time()
        result = subprocess.run(
            [sys.executable, "-m", "counselor_app", "--db", str(db), "--screenshot", os.devnull + ".png"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "COUNSELOR_REPORT_STARTUP": "1"},
        )
        ready = next(line for line in result.stdout.splitlines() if line.startswith("window-ready"))
        samples.append(float(ready.split()[1]) - started)
    baseline = timed(
        lambda: subprocess.run(
            [
                sys.executable,
                "-c",
                "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]);"
                "c.execute('SELECT count(*) FROM case_record WHERE deleted_at IS NULL').fetchone();"
                "c.execute('SELECT id, case_no, subject FROM case_record ORDER BY received_at DESC LIMIT 200').fetchall()",
                str(db),
            ],
            check=True,
        ),
        3,
    )
    app, raw = statistics.median(samples), statistics.median(baseline)
    row("start-up to usable main window (median of 3)", f"{app:.2f} s", f"{raw:.2f} s", f"{app / raw:.1f}x")


def search_and_list(db: Path) -> None:
    """Search latency by term length, and list page fetches, against raw SQLite."""
    database, _ = open_database(resolve_target(db), create=False)
    services = build_services(database, load_reference_data(resources_dir() / "reference"), FixedClock(dt.datetime(2026, 11, 27, 17)))
    actor = Actor(login="bench", role="supervisor", office_code="990001")
    raw = sqlite3.connect(db)
    for label, queries in QUERIES.items():
        app_samples: list[float] = []
        raw_samples: list[float] = []
        for query in queries:
            app_samples += timed(lambda q=query: services.search.search(actor, q, limit=20), 5)
            terms = query.split()

            def raw_query(terms: list[str] = terms) -> None:
                where = " AND ".join("narrative LIKE ?" for _ in terms)
                params = [f"%{term}%" for term in terms]
                raw.execute(f"SELECT count(*) FROM case_record WHERE {where}", params).fetchone()
                raw.execute(f"SELECT id FROM case_record WHERE {where} ORDER BY received_at DESC LIMIT 20", params).fetchall()

            raw_samples += timed(raw_query, 3)
        app50, app95 = percentiles(app_samples)
        raw50, raw95 = percentiles(raw_samples)
        row(
            f"search {label} (count + top 20 + snippets) p50/p95",
            f"{app50:.1f} / {app95:.1f} ms",
            f"LIKE scan {raw50:.1f} / {raw95:.1f} ms",
            f"p95 {raw95 / app95:.1f}x faster",
        )
    total = services.cases.count(actor, CaseFilter())
    offsets = [0, total // 2, max(0, total - 200)]
    app_samples = []
    raw_samples = []
    for offset in offsets:
        app_samples += timed(lambda o=offset: services.cases.page(actor, CaseFilter(), CaseSort(), o, 200), 3)
        raw_samples += timed(
            lambda o=offset: raw.execute(
                "SELECT id, case_no, received_at, status, subject FROM case_record WHERE deleted_at IS NULL "
                "ORDER BY received_at DESC, id DESC LIMIT 200 OFFSET ?",
                (o,),
            ).fetchall(),
            3,
        )
    app50, app95 = percentiles(app_samples)
    raw50, raw95 = percentiles(raw_samples)
    row("case list page of 200 (top, middle, end) p50/p95", f"{app50:.1f} / {app95:.1f} ms", f"{raw50:.1f} / {raw95:.1f} ms", f"{app95 / raw95:.1f}x")
    raw.close()
    database.close()


MEMORY_SCRIPT = """
import os, resource, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
import datetime as dt
from counselor_app.domain.clock import FixedClock
from counselor_app.domain.entities import Actor
from counselor_app.paths import resources_dir
from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import resolve_target
from counselor_app.services.container import build_services
from counselor_app.services.reference_data import load_reference_data
from counselor_app.ui.main_window import MainWindow
app = QApplication([])
db, _ = open_database(resolve_target(sys.argv[1]), create=False)
services = build_services(db, load_reference_data(resources_dir() / "reference"), FixedClock(dt.datetime(2026, 11, 27, 17)))
window = MainWindow(services, Actor(login="bench", role="supervisor", office_code="990001"))
window.show(); app.processEvents()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
rows = window.model.rowCount()
step = max(1, rows // 400)
for r in range(0, rows, step):
    window.table.scrollTo(window.model.index(r, 0)); app.processEvents()
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(rows, before, after, window.model.cached_pages())
"""


def memory(db: Path) -> None:
    """Peak RSS of the main window after scrolling through the whole list."""
    result = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, str(db)], cwd=ROOT, capture_output=True, text=True, check=True)
    rows, before, after, pages = (int(value) for value in result.stdout.split())
    row(
        f"main window peak RSS, scrolled through {rows:,} rows",
        f"{after / 1024:.0f} MB (at open {before / 1024:.0f} MB)",
        "",
        f"{pages} pages cached",
    )


def optional_command(db: Path, label: str, args: list[str], baseline: Callable[[], float] | None = None) -> None:
    """Time a CLI command if this build has it."""
    help_text = subprocess.run([sys.executable, "-m", "counselor_app.cli", "--help"], cwd=ROOT, capture_output=True, text=True).stdout
    if args[0] not in help_text:
        row(label, "not available in this build")
        return
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "counselor_app.cli", "--db", str(db), *args], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        row(label, f"failed: {result.stderr.strip()[:60]}")
        return
    if baseline is None:
        row(label, f"{seconds:.2f} s")
    else:
        raw = baseline()
        row(label, f"{seconds:.2f} s", f"{raw:.2f} s", f"{seconds / raw:.2f}x")


def raw_dump(db: Path, out: Path) -> float:
    """Raw SQLite → CSV of the case rows (the casebook export's baseline)."""
    import csv

    started = time.perf_counter()
    connection = sqlite3.connect(db)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for record in connection.execute(
            "SELECT c.case_no, c.received_at, c.channel, c.category, c.product, c.sales_form, c.contract_amount, "
            "c.paid_amount, c.subject, c.narrative, p.age_band, p.gender, p.occupation FROM case_record c "
            "LEFT JOIN party p ON p.case_id = c.id AND p.role = 'party'"
        ):
            writer.writerow(record)
    connection.close()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="directory to keep (and reuse) the benchmark database in")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="counselor-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / f"scale-{args.cases}.db"
    build(db, args.cases)
    startup(db)
    search_and_list(db)
    memory(db)
    optional_command(
        db,
        "casebook export (CSV, FY2025) vs raw SQLite→CSV dump",
        ["export", "casebook", "--from", "2025-04-01", "--to", "2026-03-31", "--format", "csv", "--out", str(work / "casebook.csv")],
        lambda: raw_dump(db, work / "raw.csv"),
    )
    optional_command(db, "monthly PDF report (2026-10)", ["report", "monthly", "--month", "2026-10", "--out", str(work / "monthly.pdf")])
    print(f"\n{args.cases:,} demo cases, {db.stat().st_size / 1e6:,.0f} MB database; machine: {os.cpu_count()} cores")
    print(f"ru_maxrss of this script: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB\n")
    widths = [max(len(r[i]) for r in ROWS) for i in range(4)]
    header = ("measure", "application", "raw SQLite baseline", "ratio")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("-|-".join("-" * w for w in widths))
    for line in ROWS:
        print(" | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

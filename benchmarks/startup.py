"""Insert rate of `counselor demo` and start-up to a usable main window, against raw SQLite baselines.

    .venv/bin/python benchmarks/startup.py --cases 10000
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, cwd=ROOT, capture_output=True, env={**os.environ, **(env or {})})
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        demo = _run("-m", "counselor_app.cli", "--data-dir", str(data), "demo", "--cases", str(args.cases), "--end", "2026-11-27")
        db = data / "counselor.db"
        raw_started = time.perf_counter()
        connection = sqlite3.connect(db)
        connection.execute("SELECT count(*) FROM case_record WHERE deleted_at IS NULL").fetchone()
        connection.execute(
            "SELECT id, case_no, received_at, subject FROM case_record ORDER BY received_at DESC, id DESC LIMIT 200"
        ).fetchall()
        connection.close()
        raw = time.perf_counter() - raw_started
        python_only = _run("-c", "pass")
        startup = _run(
            "-m", "counselor_app", "--data-dir", str(data), "--screenshot", str(Path(tmp) / "shot.png"),
            env={"QT_QPA_PLATFORM": "offscreen"},
        )
        print(f"{'measure':<48}{'seconds':>10}")
        print(f"{'counselor demo --cases ' + str(args.cases):<48}{demo:>10.2f}   ({args.cases / demo:,.0f} cases/s)")
        print(f"{'raw SQLite: count + first page of 200':<48}{raw:>10.4f}")
        print(f"{'python interpreter start (floor)':<48}{python_only:>10.2f}")
        print(f"{'counselor-app start to rendered window + exit':<48}{startup:>10.2f}")
        print("(the window is rendered after a fixed 0.2 s delay before the screenshot is taken)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

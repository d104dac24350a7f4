"""Small helpers shared by tests (no fixtures)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from counselor_app.domain.entities import Case, Party

ROOT = Path(__file__).resolve().parent.parent
# The project's labelled development set (a copy of ../shared/data/pi_dev_cases.jsonl, so a
# clean clone on any machine tests against it).
DEV_SET = ROOT / "tests" / "data" / "pi_dev_cases.jsonl"

# An invented caller with every personal field (the scrubber and the casebook tests).
HANAKO = Party(
    name="架空 花子",
    name_kana="カクウ ハナコ",
    phone="090-0000-1111",
    email="hanako@example.jp",
    address="さくら市桜台3丁目5番12号",
    postal_code="123-4567",
    birth_date=dt.date(1953, 4, 1),
    age=72,
    age_band="A70",
    gender="F",
    occupation="03",
)


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `counselor` in a subprocess (real exit codes, real stderr)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "counselor_app.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd or ROOT,
        timeout=300,
    )


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` with its bytes (to prove a command changed nothing)."""
    return {
        str(path.relative_to(directory)): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def make_case(**overrides: object) -> Case:
    """A valid synthetic case for tests (a 苦情 about a 定期購入)."""
    values: dict[str, object] = {
        "office_code": "131016",
        "received_at": dt.datetime(2026, 11, 20, 14, 5),
        "channel": "01",
        "category": "01",
        "subject": "定期購入の解約",
        "narrative": "SNS広告で初回500円の健康食品を注文したら定期購入だった。",
        "consultant": Party(
            name="架空 花子", phone="090-0000-1111", age=72, age_band="A70", gender="F", occupation="03"
        ),
        "party_same_as_consultant": True,
        "product": "0201",
        "sales_form": "03",
        "methods": ("01", "02"),
        "keywords": ("08",),
        "contract_amount": 12000,
        "paid_amount": 3000,
        "result": "01",
    }
    values.update(overrides)
    return Case(**values)  # type: ignore[arg-type]

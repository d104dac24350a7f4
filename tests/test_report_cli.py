"""`counselor report monthly|case|casebook|business`: PDFs written atomically, clean one-line errors, reportlab loaded only for reports."""

import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers import ROOT, run_cli


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("report-cli") / "demo.db"
    result = run_cli("--db", str(db), "demo", "--cases", "400", "--seed", "4", "--end", "2026-11-27")
    assert result.returncode == 0, result.stderr
    return db


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_monthly_report_is_written(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "monthly.pdf"
    result = run_cli("--db", str(demo_db), "report", "monthly", "--month", "2026-11", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "令和8年11月分" in result.stdout
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) >= 3
    total = sqlite3.connect(demo_db).execute(
        "SELECT count(*) FROM case_record WHERE received_at >= '2026-11-01' AND received_at < '2026-12-01'"
    ).fetchone()[0]
    first = reader.pages[0].extract_text(extraction_mode="layout")
    assert f"受付件数 {total}" in " ".join(first.split())
    assert [p.name for p in tmp_path.iterdir()] == ["monthly.pdf"]  # no temporary left behind


def test_case_card_is_written_owner_only(demo_db: Path, tmp_path: Path) -> None:
    case_no = sqlite3.connect(demo_db).execute("SELECT case_no FROM case_record ORDER BY id LIMIT 1").fetchone()[0]
    out = tmp_path / "card.pdf"
    result = run_cli("--db", str(demo_db), "report", "case", case_no, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert case_no in PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert out.stat().st_mode & 0o077 == 0  # it holds personal data
    audit = sqlite3.connect(demo_db).execute(
        "SELECT action, entity FROM audit_event ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert audit == ("print", "case")


def test_casebook_report_is_written(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "casebook.pdf"
    result = run_cli(
        "--db", str(demo_db), "report", "casebook", "--from", "2026-04-01", "--to", "2026-11-27",
        "--per-theme", "2", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "対応事例集（令和8年4月1日〜令和8年11月27日）" in result.stdout
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "目次" in text and "第1章" in text and "事例1" in text
    assert [p.name for p in tmp_path.iterdir()] == ["casebook.pdf"]
    audit = sqlite3.connect(demo_db).execute(
        "SELECT action, entity_id FROM audit_event ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert audit == ("print", "casebook:2026-04-01_2026-11-27")


def test_business_information_report_is_written(demo_db: Path, tmp_path: Path) -> None:
    business_id, name, cases = sqlite3.connect(demo_db).execute(
        "SELECT b.id, b.display_name, count(c.id) FROM business b JOIN case_record c ON c.business_id = b.id"
        " GROUP BY b.id ORDER BY count(c.id) DESC LIMIT 1"
    ).fetchone()
    out = tmp_path / "business.pdf"
    result = run_cli("--db", str(demo_db), "report", "business", str(business_id), "--limit", "5", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert f"情報提供（{name}）" in result.stdout
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert f"相談件数{cases}件" in text and f"全{cases}件のうち、新しい5件" in text


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (("monthly", "--month", "2026-13", "--out", "x.pdf"), 2, "YYYY-MM"),
        (("monthly", "--month", "2026-11"), 2, "--out"),
        (("monthly", "--month", "2026-11", "--out", "{missing}/x.pdf"), 1, "フォルダがありません"),
        (("monthly", "--month", "2026-11", "--out", "{tmp}/x.txt"), 1, ".pdf"),
        (("monthly", "--month", "2026-11", "--office", "999999", "--out", "{tmp}/x.pdf"), 1, "999999"),
        (("case", "990001-R8-999999", "--out", "{tmp}/x.pdf"), 1, "990001-R8-999999"),
        (("casebook", "--from", "2026-04-01", "--to", "2026-11-27", "--per-theme", "0", "--out", "{tmp}/x.pdf"), 1, "--per-theme"),
        (("casebook", "--from", "2026-11-27", "--to", "2026-04-01", "--out", "{tmp}/x.pdf"), 1, "--to"),
        (("casebook", "--from", "2026-13-01", "--to", "2026-11-27", "--out", "{tmp}/x.pdf"), 2, "YYYY-MM-DD"),
        (("business", "99999", "--out", "{tmp}/x.pdf"), 1, "事業者が見つかりません"),
        (("business", "abc", "--out", "{tmp}/x.pdf"), 2, "BUSINESS_ID"),
    ],
)
def test_bad_input_fails_cleanly_and_writes_nothing(
    demo_db: Path, tmp_path: Path, args: tuple[str, ...], code: int, needle: str
) -> None:
    filled = [arg.replace("{tmp}", str(tmp_path)).replace("{missing}", str(tmp_path / "nope")) for arg in args]
    result = run_cli("--db", str(demo_db), "report", *filled)
    assert result.returncode == code, result.stderr
    if code == 1:
        assert needle in _one_line(result.stderr)
    elif code == 2:
        assert needle in result.stderr and "Traceback" not in result.stderr
    if code:
        assert list(tmp_path.iterdir()) == []


def test_reportlab_is_imported_only_when_a_report_is_made() -> None:
    probe = (
        "import sys\n"
        "import counselor_app.cli, counselor_app.commands.report, counselor_app.bootstrap\n"
        "import counselor_app.app, counselor_app.ui.main_window, counselor_app.ui.reports_window\n"
        "import counselor_app.ui.approval_queue, counselor_app.ui.dashboard_widget\n"
        "counselor_app.cli.build_parser()\n"
        "assert 'reportlab' not in sys.modules, sorted(m for m in sys.modules if m.startswith('reportlab'))\n"
        "assert 'counselor_app.reporting.monthly' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr

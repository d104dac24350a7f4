"""Render the report screenshots in docs/screenshots/report_*.png from synthetic demo data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_report_screenshots.py

Needs pdftoppm (poppler-utils). The case card is a specimen: its personal fields are
replaced by obvious placeholders, because screenshots for docs never show personal fields
(DESIGN.md §5), not even synthetic ones.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHOTS = ROOT / "docs" / "screenshots"
DPI = 80
NOW = dt.datetime(2026, 11, 27, 16, 0)


def _pages_to_png(pdf: bytes, stem: str, work: Path) -> list[Path]:
    source = work / f"{stem}.pdf"
    source.write_bytes(pdf)
    for old in SHOTS.glob(f"{stem}_p*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), str(source), str(work / stem)], check=True)
    written = []
    for index, page in enumerate(sorted(work.glob(f"{stem}-*.png")), start=1):
        target = SHOTS / f"{stem}_p{index}.png"
        page.replace(target)
        written.append(target)
    return written


def _specimen(case):  # type: ignore[no-untyped-def]
    from counselor_app.domain.entities import Party

    def blank(person: Party) -> Party:
        return dataclasses.replace(
            person,
            name="見本 太郎",
            name_kana="ミホン タロウ",
            phone="000-0000-0000",
            email="sample@example.jp" if person.email else None,
            address="○○市○○町1丁目1番1号",
            postal_code="000-0000",
            birth_date=None,
        )

    return dataclasses.replace(case, consultant=blank(case.consultant), party=blank(case.party))


def _safe_narrative(text: str) -> bool:
    """No phone numbers and no "…さん（NN歳）" preamble naming a person."""
    return not re.search(r"\d{2,4}-\d{2,4}-\d{3,4}|さん（", text)


def main() -> int:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from counselor_app.bootstrap import open_services
    from counselor_app.domain.case_query import CaseFilter, CaseSort
    from counselor_app.domain.clock import FixedClock
    from counselor_app.domain.entities import Actor
    from counselor_app.domain.report_data import Month
    from counselor_app.paths import AppPaths, resources_dir
    from counselor_app.persistence.engine import resolve_target
    from counselor_app.reporting.case_card import render_case_card
    from counselor_app.ui.fonts import ensure_japanese_font
    from counselor_app.ui.main_window import MainWindow

    SHOTS.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    ensure_japanese_font(app, resources_dir() / "fonts")

    def settle(condition, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
        deadline = time.time() + seconds
        while not condition() and time.time() < deadline:
            app.processEvents()
            time.sleep(0.02)
        # QPdfView renders pages on its own thread; give it time to paint.
        deadline = time.time() + 1.5
        while time.time() < deadline:
            app.processEvents()
            time.sleep(0.02)

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        clock = FixedClock(NOW)
        services, _ = open_services(
            AppPaths.resolve(work / "data"), resolve_target(work / "demo.db"), create=True, clock=clock
        )
        admin = Actor(login="setup", role="admin", office_code="990001")
        services.setup.initialise(admin, office_code="990001", office_name="さくら市消費生活センター")
        services.demo.generate(admin, 6000, seed=1, end=NOW.date())
        supervisor = Actor(login="yamamoto.s", role="supervisor", office_code="990001", display_name="山本 誠")
        month = Month(2026, 11)
        written = _pages_to_png(services.reports.monthly_pdf(supervisor, month).pdf, "report_monthly", work)

        pending = services.approvals.pending(supervisor)
        chosen = None
        for item in services.cases.page(
            supervisor,
            CaseFilter(statuses=("closed",)),
            CaseSort(),
            0,
            300,
        ):
            case = services.cases.get(supervisor, item.id, audit_view=False)
            if case.referrals and case.handling and not case.party_same_as_consultant and _safe_narrative(case.narrative):
                chosen = case
                break
        assert chosen is not None and chosen.case_no is not None
        data = services.reports.case_card_data(supervisor, chosen.case_no)
        data = dataclasses.replace(data, case=_specimen(data.case))
        pdf, _pages = render_case_card(data, services.reference.codelists, resources_dir() / "fonts")
        written += _pages_to_png(pdf, "report_case_card", work)

        window = MainWindow(services, supervisor)
        window.resize(1366, 768)
        window.show()
        assert window.dashboard is not None
        settle(lambda: window.dashboard.figures is not None)
        window.grab().save(str(SHOTS / "report_dashboard.png"))
        written.append(SHOTS / "report_dashboard.png")

        reports = window.open_reports(monthly=True)
        reports.resize(1366, 768)
        reports.show_monthly(month, generate=True)
        settle(reports.preview.is_ready)
        reports.grab().save(str(SHOTS / "report_window.png"))
        written.append(SHOTS / "report_window.png")

        queue = window.open_approval_queue()
        assert queue is not None
        queue.resize(1366, 768)
        safe = next(
            item.summary.id
            for item in pending
            if _safe_narrative(services.cases.get(supervisor, item.summary.id, audit_view=False).narrative)
        )
        queue.select_case(safe)
        settle(lambda: True)
        queue.grab().save(str(SHOTS / "report_approval_queue.png"))
        written.append(SHOTS / "report_approval_queue.png")
        QThreadPool.globalInstance().waitForDone()
        services.close()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

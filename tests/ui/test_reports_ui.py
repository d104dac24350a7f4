"""Reports window, approval queue and supervisor dashboard with real widgets (offscreen), real PDFs and real printing to a file."""

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtPrintSupport import QPrinter

from counselor_app.domain.case_query import CaseFilter, CaseSort
from counselor_app.domain.entities import Actor
from counselor_app.domain.report_data import Month
from counselor_app.services.container import Services
from counselor_app.ui.approval_queue import ApprovalQueueWindow
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.reports_window import ReportsWindow
from tests.helpers import make_case


@pytest.fixture
def cases(services: Services, counselor: Actor) -> Iterator[Services]:
    """A handful of cases in November 2026 (one of them submitted for approval)."""
    for day in (2, 9, 20):
        services.cases.register(counselor, make_case(received_at=dt.datetime(2026, 11, day, 10)))
    submitted = services.cases.register(counselor, make_case(subject="提出する相談"))
    assert submitted.id is not None
    services.approvals.submit(counselor, submitted.id)
    yield services
    # Background jobs must finish before the database closes.
    QThreadPool.globalInstance().waitForDone(30_000)


def _pdf_pages(path: Path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_monthly_report_generates_in_background_previews_prints_and_saves(  # type: ignore[no-untyped-def]
    qtbot, cases: Services, supervisor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = ReportsWindow(cases, supervisor)
    qtbot.addWidget(window)
    window.show()
    progress: list[int] = []
    window.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(window.report_ready, timeout=60_000) as ready:
        window.show_monthly(Month(2026, 11), generate=True)
        assert not window.generate_button.isEnabled()
    rendered = ready.args[0]
    assert rendered.kind == "monthly" and rendered.reference == "2026-11"
    qtbot.waitUntil(window.preview.is_ready, timeout=10_000)
    assert window.preview.document.pageCount() == rendered.pages
    assert "1 / " in window.preview.page_label.text()
    assert progress[-1] == 100 and len(set(progress)) > 2
    assert window.print_button.isEnabled() and window.save_button.isEnabled()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed_to = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed_to))
    monkeypatch.setattr(window, "choose_printer", lambda _printer: True)
    assert window.print_report(printer) == rendered.pages
    assert _pdf_pages(printed_to) == rendered.pages

    saved_as = tmp_path / "saved"
    monkeypatch.setattr(window, "choose_save_path", lambda _suggested: str(saved_as))
    target = window.save_report()
    assert target == tmp_path / "saved.pdf" and target.read_bytes() == rendered.pdf

    outputs = [json.loads(e.detail).get("output") for e in cases.audit.history("report", "monthly:2026-11")]
    assert outputs == [None, "printer", "file"]


def test_cancelled_print_dialog_prints_nothing(  # type: ignore[no-untyped-def]
    qtbot, cases: Services, supervisor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = ReportsWindow(cases, supervisor)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.report_ready, timeout=60_000):
        window.show_monthly(Month(2026, 11), generate=True)
    qtbot.waitUntil(window.preview.is_ready, timeout=10_000)
    monkeypatch.setattr(window, "choose_printer", lambda _printer: False)
    assert window.print_report(QPrinter()) == 0
    assert len(cases.audit.history("report", "monthly:2026-11")) == 1


def test_counselor_gets_case_cards_only_and_errors_are_shown(qtbot, cases: Services, counselor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = ReportsWindow(cases, counselor)
    qtbot.addWidget(window)
    assert [window.kind_combo.itemData(i) for i in range(window.kind_combo.count())] == ["case_card"]
    with qtbot.waitSignal(window.report_failed, timeout=60_000) as failed:
        window.show_case_card("131016-R8-999999", generate=True)
    assert "相談番号の相談はありません" in failed.args[0]
    assert failed.args[0] in window.status_label.text()
    assert not window.print_button.isEnabled() and not window.preview.is_ready()

    with qtbot.waitSignal(window.report_ready, timeout=60_000) as ready:
        window.show_case_card("131016-R8-000001", generate=True)
    assert ready.args[0].kind == "case_card"
    qtbot.waitUntil(window.preview.is_ready, timeout=10_000)
    window.close()
    assert window.rendered() is None and not window.preview.is_ready()  # personal data dropped on close


def test_approval_queue_approves_and_returns_with_comment(  # type: ignore[no-untyped-def]
    qtbot, cases: Services, supervisor: Actor, counselor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = cases.cases.register(counselor, make_case(subject="二件目"))
    assert second.id is not None
    cases.approvals.submit(counselor, second.id)
    queue = ApprovalQueueWindow(cases, supervisor)
    qtbot.addWidget(queue)
    queue.show()
    assert queue.table.rowCount() == 2
    assert "決裁待ち 2 件" in queue.count_label.text()
    assert "提出する相談" in queue.summary.toPlainText()

    monkeypatch.setattr(queue, "confirm_approve", lambda _case_no: True)
    with qtbot.waitSignal(queue.changed):
        assert queue.approve_selected()
    assert queue.table.rowCount() == 1
    approved = cases.cases.page(supervisor, CaseFilter(statuses=("closed",)), CaseSort(), 0, 10)
    assert [row.subject for row in approved] == ["提出する相談"]

    monkeypatch.setattr(queue, "ask_comment", lambda _case_no: "金額の根拠を追記してください")
    assert queue.select_case(second.id)
    with qtbot.waitSignal(queue.changed):
        assert queue.return_selected()
    assert queue.table.rowCount() == 0
    returned = cases.cases.get(counselor, second.id, audit_view=False)
    assert returned.status == "open" and returned.review_comment == "金額の根拠を追記してください"
    assert "決裁待ちの相談はありません" in queue.summary.toPlainText()


def test_main_window_dashboard_and_report_menu_for_supervisors(qtbot, cases: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(cases, supervisor)
    qtbot.addWidget(window)
    assert window.dashboard is not None
    if window.dashboard.figures is None:
        with qtbot.waitSignal(window.dashboard.loaded, timeout=30_000):
            pass
    figures = cases.reports.dashboard(supervisor)
    assert window.dashboard.figures == figures
    assert window.dashboard.cases_tile.value.text() == f"{figures.cases_this_month} 件"
    assert window.dashboard.approval_tile.value.text() == "1 件"
    assert window.dashboard.pi_tile.value.text() == figures.pi_share
    assert window.monthly_report_action.isEnabled() and window.case_card_action.isEnabled()
    assert window.casebook_report_action.isEnabled()

    window.table.selectRow(0)
    reports = window.open_reports(monthly=False)
    assert reports.kind() == "case_card"
    assert reports.case_no_edit.text() == window.model.summary(0).case_no
    queue = window.open_approval_queue()
    assert queue is not None and queue.table.rowCount() == 1


def test_counselor_sees_no_dashboard_and_submits_from_the_menu(qtbot, cases: Services, counselor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(cases, counselor)
    qtbot.addWidget(window)
    assert window.dashboard is None
    assert not window.monthly_report_action.isEnabled()
    assert not window.approval_queue_action.isEnabled()
    assert window.open_approval_queue() is None
    row = next(r for r in range(window.model.rowCount()) if window.model.summary(r).status == "open")
    window.table.selectRow(row)
    case_id = window.model.summary(row).id
    window.submit_action.trigger()
    assert cases.cases.get(counselor, case_id, audit_view=False).status == "awaiting_approval"
    assert "決裁に回しました" in window.statusBar().currentMessage()

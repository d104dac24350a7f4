"""The case list's filters, opening a case's detail (handling log, 再相談 links), tabs, drafts on close and restore."""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counselor_app.domain.entities import Actor, HandlingEntry
from counselor_app.services.container import Services
from counselor_app.ui.cases.case_detail_view import CaseDetailView
from counselor_app.ui.desk import Desk
from counselor_app.ui.intake.intake_view import IntakeView
from counselor_app.ui.main_window import MainWindow
from tests.helpers import make_case
from tests.ui.intake_helpers import FakePrompter, Keyboard

K = Qt.Key


@pytest.fixture
def filled(services: Services, supervisor: Actor) -> Services:
    services.demo.generate(supervisor, 300, seed=5, end=dt.date(2026, 11, 27))
    return services


def _rows(window: MainWindow) -> list:  # type: ignore[type-arg]
    return [window.model.summary(row) for row in range(window.model.rowCount())]


def test_new_filters_narrow_the_list(filled: Services, supervisor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(filled, supervisor)
    qtbot.addWidget(window)
    total = window.model.rowCount()
    assert total == 300

    window.counselor_combo.setCurrentIndex(1)
    login = window.counselor_combo.currentData()
    assert 0 < window.model.rowCount() < total and {r.counselor for r in _rows(window)} == {login}
    window.clear_filters()
    assert window.model.rowCount() == total

    window.office_combo.setCurrentIndex(window.office_combo.count() - 1)
    office = window.office_combo.currentData()
    assert 0 < window.model.rowCount() < total and {r.office_code for r in _rows(window)} == {office}
    window.clear_filters()

    window.product_combo.setCurrentIndex(window.product_combo.findData("02"))
    assert 0 < window.model.rowCount() < total
    assert all(r.product and r.product.startswith("02") for r in _rows(window))
    window.clear_filters()

    window.sales_form_combo.setCurrentIndex(window.sales_form_combo.findData("03"))
    shown = _rows(window)
    assert 0 < len(shown) < total
    assert {filled.cases.get(supervisor, r.id, audit_view=False).sales_form for r in shown[:20]} == {"03"}
    window.clear_filters()

    window.from_date.set_text("R8.10.1")
    window.to_date.set_text("2026/10/31")
    qtbot.waitUntil(lambda: window.model.rowCount() < total, timeout=3000)
    assert {(r.received_at.year, r.received_at.month) for r in _rows(window)} == {(2026, 10)}
    window.clear_filters()
    assert window.model.rowCount() == total


def test_counselors_cannot_pick_another_office(services: Services, supervisor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    filled = services
    filled.demo.generate(supervisor, 10, seed=5, end=dt.date(2026, 11, 27))
    office = filled.setup.offices()[0].code
    counselor = Actor(login="x", role="counselor", office_code=office)
    window = MainWindow(filled, counselor)
    qtbot.addWidget(window)
    assert not window.office_combo.isEnabled() and window.office_combo.currentData() == office


@pytest.fixture
def desk(services: Services, counselor: Actor, qtbot):  # type: ignore[no-untyped-def]
    prompter = FakePrompter()
    desk = Desk(services, counselor, prompter=prompter)
    desk.prompter = prompter  # type: ignore[attr-defined]
    qtbot.addWidget(desk.main_window)
    qtbot.addWidget(desk.workspace)
    desk.main_window.resize(1366, 768)
    desk.show()
    desk.main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.main_window, timeout=3000)
    yield desk
    desk.workspace.shutdown()


def test_enter_opens_the_detail_with_handling_log_and_reconsultations(desk: Desk, services: Services, counselor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = services.cases.register(
        counselor,
        make_case(
            subject="最初の相談",
            handling=(HandlingEntry(at=dt.datetime(2026, 11, 20, 15, 0), counterpart="business", text="事業者へ連絡した"),),
        ),
    )
    second = services.cases.register(counselor, make_case(subject="二度目の相談"))
    desk.main_window.refresh()
    desk.main_window.table.setFocus()
    desk.main_window.table.selectRow(desk.main_window.model.rowCount() - 1)  # oldest = first (list is newest first)
    Keyboard(qtbot).enter()
    detail = desk.workspace.tabs.currentWidget()
    assert isinstance(detail, CaseDetailView) and detail.case_id() == first.id
    text = detail.browser.toPlainText()
    assert "処理経過" in text and "事業者へ連絡した" in text and "架空 花子" in text

    # Link the second case to the first from the second's detail: type the number, Enter.
    desk.workspace.open_detail(second.id)
    second_view = desk.workspace.tabs.currentWidget()
    assert isinstance(second_view, CaseDetailView)
    second_view.link_edit.setText(first.case_no or "")
    second_view.link_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is second_view.link_edit, timeout=2000)
    Keyboard(qtbot).enter()
    assert "関連付けました" in second_view.link_message.text()
    assert first.case_no in second_view.browser.toPlainText()
    detail.reload()
    assert second.case_no in detail.browser.toPlainText()  # the first lists its 再相談
    # Opening the same case again focuses its tab instead of a second copy.
    count = desk.workspace.tabs.count()
    desk.workspace.open_detail(first.id)
    assert desk.workspace.tabs.count() == count and desk.workspace.tabs.currentWidget() is detail
    # Ctrl+E turns the detail tab into the intake for that case.
    detail.edit_requested.emit(first.id)
    intake = desk.workspace.tabs.currentWidget()
    assert isinstance(intake, IntakeView) and intake.case_id() == first.id
    assert desk.workspace.tabs.count() == count


def test_closing_tabs_and_quitting_never_lose_input(desk: Desk, services: Services, counselor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    prompter: FakePrompter = desk.prompter  # type: ignore[attr-defined]
    view = desk.workspace.new_intake()
    view.content_step.subject.setText("残す")
    view.content_step.subject.textEdited.emit("残す")
    prompter.unsaved = "keep"
    assert desk.workspace.close_tab(desk.workspace.tabs.indexOf(view))
    assert prompter.asked and [d.case().subject for d in services.drafts.pending(counselor)] == ["残す"]
    assert desk.main_window.draft_banner.isVisibleTo(desk.main_window)

    other = desk.workspace.new_intake()
    other.content_step.subject.setText("捨てる")
    other.content_step.subject.textEdited.emit("捨てる")
    prompter.unsaved = "discard"
    desk.workspace.close_tab(desk.workspace.tabs.indexOf(other))
    assert [d.case().subject for d in services.drafts.pending(counselor)] == ["残す"]

    # Restore from the banner; then quitting (closing the list window) writes the draft again.
    desk.main_window.restore_drafts_button.click()
    restored = desk.workspace.current_intake()
    assert restored is not None and restored.content_step.subject.text() == "残す"
    assert not desk.main_window.draft_banner.isVisibleTo(desk.main_window)
    restored.content_step.subject.setText("残すその2")
    restored.content_step.subject.textEdited.emit("残すその2")
    desk.main_window.close()
    assert [d.case().subject for d in services.drafts.pending(counselor)] == ["残すその2"]


def test_discarding_drafts_from_the_banner_asks_first(desk: Desk, services: Services, counselor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    services.drafts.save(counselor, "old", {"case": None})
    desk.refresh_drafts()
    prompter: FakePrompter = desk.prompter  # type: ignore[attr-defined]
    prompter.discard = False
    desk.main_window.discard_drafts_button.click()
    assert len(services.drafts.pending(counselor)) == 1
    prompter.discard = True
    desk.main_window.discard_drafts_button.click()
    assert services.drafts.pending(counselor) == []
    assert prompter.asked == ["discard:1", "discard:1"]


def test_saving_in_the_intake_refreshes_the_list(desk: Desk, services: Services, counselor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    case = services.cases.register(counselor, make_case())
    view = desk.workspace.edit_case(case.id)
    assert view is not None
    view.content_step.subject.setText("変更した件名")
    view.content_step.subject.textEdited.emit("変更した件名")
    assert view.save() is not None
    assert desk.main_window.model.summary(0).subject == "変更した件名"
    assert dataclasses.replace(services.cases.get(counselor, case.id), subject="x").version == 2

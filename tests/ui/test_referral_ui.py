"""Recording a referral in the dialog, and following it up in the list."""

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from counselor_app.domain.entities import Actor
from counselor_app.services.container import Services
from counselor_app.ui.referral_dialog import ReferralDialog
from counselor_app.ui.referral_follow_up import ReferralFollowUpWidget
from tests.helpers import make_case


class FakePrompter:
    def __init__(self, path: Path, reply: str | None = "事業者に確認したとの回答") -> None:
        self.path = path
        self.reply = reply

    def save_path(self, parent, suggested):  # type: ignore[no-untyped-def]
        return self.path

    def reply_text(self, parent):  # type: ignore[no-untyped-def]
        return self.reply


@pytest.fixture
def case_id(services: Services, counselor: Actor) -> int:
    return services.cases.register(counselor, make_case()).id


def test_dialog_records_a_transfer_with_consent(qtbot, services: Services, counselor: Actor, case_id: int) -> None:  # type: ignore[no-untyped-def]
    dialog = ReferralDialog(services, counselor, case_id, destination_id="N01", kind="TRANSFER")
    qtbot.addWidget(dialog)
    assert dialog.destination.currentData() == "N01"
    assert not dialog.no_due.isChecked()  # 移送 has a default due date
    assert not dialog.scope_boxes["name"].isEnabled()
    dialog.consent.setChecked(True)
    dialog.scope_boxes["name"].setChecked(True)
    dialog._save()
    assert dialog.referral is not None
    assert dialog.referral.consent_scope == ("name",)
    assert dialog.referral.due_date is not None and dialog.referral.due_date > services.clock.now().date()


def test_dialog_shows_errors_inline(qtbot, services: Services, counselor: Actor, case_id: int) -> None:  # type: ignore[no-untyped-def]
    dialog = ReferralDialog(services, counselor, case_id, destination_id="N01", kind="TRANSFER")
    qtbot.addWidget(dialog)
    dialog.date.setDate(dialog.date.date().addDays(3))
    dialog.no_due.setChecked(False)
    dialog.due.setDate(dialog.date.date().addDays(-5))
    dialog._save()
    assert dialog.referral is None
    assert "回答期限" in dialog.error.text()


def test_intro_has_no_due_date_and_retired_windows_are_not_offered(qtbot, services: Services, counselor: Actor, case_id: int) -> None:  # type: ignore[no-untyped-def]
    dialog = ReferralDialog(services, counselor, case_id, kind="INTRO")
    qtbot.addWidget(dialog)
    assert dialog.no_due.isChecked()
    offered = {dialog.destination.itemData(i) for i in range(dialog.destination.count())}
    assert "N01" in offered and "M03" not in offered  # 内閣府国民生活局 was abolished in 2009


def test_follow_up_steps_through_statuses_and_saves_a_slip(qtbot, tmp_path: Path, services: Services, counselor: Actor, case_id: int) -> None:  # type: ignore[no-untyped-def]
    services.referrals.record(counselor, case_id, destination_id="N01", kind="TRANSFER", date=dt.date(2026, 10, 1))
    widget = ReferralFollowUpWidget(services, counselor, FakePrompter(tmp_path / "slip.pdf"))
    qtbot.addWidget(widget)
    assert widget.table.rowCount() == 1
    assert widget.table.item(0, 5).text() == "期限超過"
    assert "期限超過 1 件" in widget.summary.text()
    widget.table.selectRow(0)
    for expected in ("送付済", "回答待ち", "回答あり"):
        widget.advance_selected()
        widget.table.selectRow(0)
        assert widget.table.item(0, 4).text() == expected
    assert widget.table.item(0, 5).text() == ""  # replied: no longer overdue
    widget.save_selected_slip()
    assert "移送票" in PdfReader(tmp_path / "slip.pdf").pages[0].extract_text()
    widget.advance_selected()
    assert widget.table.rowCount() == 0  # 完了


def test_main_window_opens_the_follow_up(qtbot, services: Services, counselor: Actor, case_id: int) -> None:  # type: ignore[no-untyped-def]
    from counselor_app.ui.main_window import MainWindow

    services.referrals.record(counselor, case_id, destination_id="N09", kind="INFO")
    window = MainWindow(services, counselor)
    qtbot.addWidget(window)
    follow_up = window.open_referral_follow_up()
    assert follow_up.table.rowCount() == 1  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.case_opened) as opened:
        follow_up.case_requested.emit(case_id)  # type: ignore[attr-defined]
    assert opened.args == [case_id]

"""Open every window and dialog of the desk over a demo database (for the accessibility and language tests).

``every_window`` yields (name, root widget) as each window is shown in a state a
person would see it in: the intake once per step with a narrative typed (so the
personal-information suggestion is on screen), the reports window on both kinds of
report, the settings dialog on both tabs. Nothing is faked but the modal dialogs'
``exec``: every root is a real widget of the application.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from counselor_app.domain.entities import Actor
from counselor_app.services.container import Services
from counselor_app.ui.access_history_dialog import AccessHistoryDialog
from counselor_app.ui.desk import Desk
from counselor_app.ui.first_run_dialog import FirstRunDialog
from counselor_app.ui.login_dialog import LoginDialog
from counselor_app.ui.passphrase_dialog import PassphraseDialog
from counselor_app.ui.referral_dialog import ReferralDialog
from counselor_app.ui.session import DeskSession
from counselor_app.ui.user_dialog import AddUserDialog, PasswordResetDialog
from tests.ui.intake_helpers import FakePrompter

NARRATIVE = "知らない業者から電話があり、名簿を買ったと言われた。個人情報を削除してほしい。"
SIZE = (1366, 768)


def settle(rounds: int = 6) -> None:
    """Let queued events (layouts, background results) arrive."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(rounds):
        app.processEvents()


def fill_demo(services: Services, end: dt.date = dt.date(2026, 11, 27)) -> None:
    """A small synthetic database (``counselor demo``)."""
    services.demo.generate(Actor(login="setup", role="admin", office_code="131016"), 40, seed=5, end=end)


def every_window(services: Services, actor: Actor, qtbot: Any, keep: list[Any]) -> Iterator[tuple[str, QWidget]]:
    """Show each window in turn; ``keep`` holds Python references for the whole test."""
    desk = Desk(services, actor, prompter=FakePrompter())
    keep.append(desk)
    window = desk.main_window
    window.resize(*SIZE)
    desk.show()
    settle()
    yield "main window", window
    window.table.selectRow(0)
    settle()
    yield "main window with a case selected", window

    workspace = desk.workspace
    workspace.resize(*SIZE)
    view = workspace.new_intake()
    workspace.show()
    view.content_step.narrative.setPlainText(NARRATIVE)
    for index in range(len(view.steps)):
        view.go_to_step(index)
        settle()
        if index == 6:
            suggestion = view.pi_step.suggestion_widget
            if suggestion is not None and hasattr(suggestion, "suggestion_updated"):
                qtbot.waitUntil(lambda: view.pi_step.suggestion_widget._result is not None, timeout=5000)  # noqa: B023
                settle()
        yield f"intake step {index + 1}", workspace
    case_id = window.selected_case_id()
    if case_id is not None:
        workspace.open_detail(case_id)
        settle()
        yield "case detail", workspace

    settings = window.open_settings()
    keep.append(settings)
    settle()
    yield "settings (personal)", settings
    settings.tabs.setCurrentIndex(1)
    settle()
    yield "settings (office)", settings
    settings.reject()

    reports = window.open_reports(monthly=True)
    settle()
    yield "reports (monthly)", reports
    reports.show_case_card(None)
    settle()
    yield "reports (case card)", reports
    reports.close()
    if actor.is_supervisor:
        queue = window.open_approval_queue()
        assert queue is not None
        settle()
        yield "approval queue", queue
        queue.close()
    follow_up = window.open_referral_follow_up()
    settle()
    yield "referral follow-up", follow_up
    follow_up.close()
    window.open_business_window()
    settle()
    assert window.business_window is not None
    yield "business registry", window.business_window
    window.business_window.close()
    if actor.is_supervisor:
        window.open_export_dialog()
        settle()
        yield "casebook export", window.export_dialog
        window.export_dialog.close()
        window.open_import_dialog()
        settle()
        yield "case import", window.import_dialog
        window.import_dialog.close()
        window._open_directory()
        settle()
        assert window._directory_dialog is not None
        yield "directory of windows", window._directory_dialog
        window._directory_dialog.close()
    if case_id is not None:
        referral = ReferralDialog(services, actor, case_id, parent=window)
        keep.append(referral)
        referral.show()
        settle()
        yield "referral", referral
        referral.close()
        history = AccessHistoryDialog([], "131016-R8-000001", window)
        keep.append(history)
        history.show()
        yield "access history", history
        history.close()
    session = DeskSession(window, services, actor)
    keep.append(session)
    if actor.role == "admin":
        users = session.open_users()
        assert users is not None
        settle()
        yield "users", users
        users.close()
        add_user = AddUserDialog(services, actor, services.setup.offices(), window)
        keep.append(add_user)
        add_user.show()
        yield "add user", add_user
        add_user.close()
        reset = PasswordResetDialog(services, actor, actor.login, window)
        keep.append(reset)
        reset.show()
        yield "password reset", reset
        reset.close()
        retention = session.open_retention()
        settle()
        yield "retention", retention
        retention.close()
    login = LoginDialog(services.auth, office_label="131016")
    keep.append(login)
    login.show()
    yield "sign-in", login
    login.close()
    locked = LoginDialog(services.auth, locked_user=actor)
    keep.append(locked)
    locked.show()
    yield "lock screen", locked
    locked.close()
    first_run = FirstRunDialog(services.auth, office_code="131016")
    keep.append(first_run)
    first_run.show()
    yield "first run", first_run
    first_run.close()
    passphrase = PassphraseDialog("/tmp/encrypted.db")
    keep.append(passphrase)
    passphrase.show()
    yield "passphrase", passphrase
    passphrase.close()
    session.end(wait_ms=5000)
    workspace.shutdown()
    workspace.close()
    window.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    # Gone, not just hidden: other tests look for the application's main window.
    for widget in (workspace, window):
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def sqlite_services(sqlite_db: Any, reference: Any, clock: Any) -> Services:
    """Services over one SQLite file (what a window shows does not depend on the database engine)."""
    from counselor_app.services.container import build_services

    services = build_services(sqlite_db, reference, clock)
    services.setup.initialise(
        Actor(login="setup", role="admin", office_code="131016"), office_code="131016", office_name="テスト市消費生活センター"
    )
    return services

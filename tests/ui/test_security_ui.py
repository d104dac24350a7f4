"""Sign-in, first run, idle lock, user administration, access history, retention and start-up recovery in real widgets."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher, Type
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from counselor_app.app import open_with_recovery, run
from counselor_app.domain.case_query import CaseFilter, CaseSort
from counselor_app.domain.clock import FixedClock
from counselor_app.domain.entities import Actor
from counselor_app.paths import AppPaths
from counselor_app.persistence import backup as files
from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import (
    DamagedDatabaseError,
    PassphraseRequiredError,
    resolve_target,
)
from counselor_app.services.auth_service import FirstRun
from counselor_app.services.container import Services, build_services
from counselor_app.services.passwords import Passwords
from counselor_app.services.reference_data import ReferenceData
from counselor_app.ui.access_history_dialog import AccessHistoryDialog
from counselor_app.ui.first_run_dialog import FirstRunDialog
from counselor_app.ui.login_dialog import LoginDialog
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.retention_dialog import RetentionDialog
from counselor_app.ui.session import DeskSession
from counselor_app.ui.user_dialog import AddUserDialog, UsersDialog
from tests.conftest import NOW
from tests.helpers import ROOT, make_case

FAST = Passwords(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID))


def _type_japanese(widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def desk(sqlite_db, reference: ReferenceData) -> Services:  # type: ignore[no-untyped-def]
    services = build_services(sqlite_db, reference, FixedClock(NOW), passwords=FAST)
    services.auth.create_first_admin(FirstRun("131016", "テスト市", "kanri", "管理 太郎", "kanri-pass-1"))
    admin = Actor(login="kanri", role="admin", office_code="131016")
    services.users.add(admin, login="sato", display_name="佐藤", role="counselor", office_code="131016", password="sato-pass-1")
    services.users.add(admin, login="yamada", display_name="山田", role="supervisor", office_code="131016", password="yamada-pass-1")
    return services


# -- sign-in ---------------------------------------------------------------------------------


def test_login_dialog_signs_in_off_the_gui_thread(qtbot, desk: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(desk.auth)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.login_edit, "sato")
    qtbot.keyClicks(dialog.password_edit, "sato-pass-1")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.actor is not None, timeout=5000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == Actor(login="sato", role="counselor", office_code="131016", display_name="佐藤")
    assert dialog.password_edit.text() == ""


def test_wrong_password_says_so_and_clears_the_field(qtbot, desk: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(desk.auth, login="sato")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: "違います" in dialog.message_label.text(), timeout=5000)
    assert dialog.password_edit.text() == "" and dialog.isVisible() and dialog.actor is None


def test_locked_account_shows_until_when(qtbot, desk: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(desk.auth, login="sato")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        dialog.password_edit.setText("wrong-pass-x")
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=5000)
    assert "ロックされています" in dialog.message_label.text() and "10:45" in dialog.message_label.text()


def test_first_run_wizard_creates_office_and_admin(qtbot, sqlite_db, reference: ReferenceData) -> None:  # type: ignore[no-untyped-def]
    services = build_services(sqlite_db, reference, FixedClock(NOW), passwords=FAST)
    dialog = FirstRunDialog(services.auth)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.office_code_edit, "131016")
    _type_japanese(dialog.office_name_edit, "さくら市消費生活センター")
    qtbot.keyClicks(dialog.login_edit, "kanri")
    _type_japanese(dialog.display_name_edit, "山田 太郎")
    qtbot.keyClicks(dialog.password_edit, "kanri-pass-1")
    qtbot.keyClicks(dialog.confirm_edit, "kanri-pass-2")
    dialog.create_button.click()
    assert "一致しません" in dialog.message_label.text()
    dialog.confirm_edit.setText("kanri-pass-1")
    dialog.office_code_edit.setText("13")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: "6桁" in dialog.message_label.text(), timeout=5000)
    assert dialog.office_code_edit.property("invalid") is True  # framed, and the message says why
    dialog.office_code_edit.setText("131016")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.actor is not None, timeout=5000)
    assert dialog.actor is not None and dialog.actor.role == "admin"
    assert [office.name for office in services.setup.offices()] == ["さくら市消費生活センター"]


def test_run_signs_in_before_the_main_window_and_cancel_exits_0(qtbot, desk: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths.resolve(tmp_path / "data")
    assert run(paths, desk, sign_in=lambda _services, _user: None) == 0
    assert not any(isinstance(widget, MainWindow) and widget.isVisible() for widget in QApplication.topLevelWidgets())


def test_the_gui_actor_comes_from_sign_in_not_the_os_account(qtbot, desk: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    paths = AppPaths.resolve(tmp_path / "data")
    windows: list[MainWindow] = []

    def close_soon() -> None:
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        for window in windows:
            window.close()

    QTimer.singleShot(300, close_soon)
    code = run(paths, desk, sign_in=lambda services, _user: services.auth.sign_in("sato", "sato-pass-1"))
    assert code == 0
    assert windows and windows[0].actor.login == "sato" and windows[0].actor.role == "counselor"
    actions = [event.action for event in desk.audit.history("user", "sato")]
    assert actions[-2:] == ["login", "logout"]


# -- idle lock -------------------------------------------------------------------------------------


def test_idle_lock_hides_cases_and_asks_for_the_password(qtbot, desk: Services) -> None:  # type: ignore[no-untyped-def]
    sato = desk.auth.sign_in("sato", "sato-pass-1")
    desk.cases.register(sato, make_case())
    window = MainWindow(desk, sato)
    qtbot.addWidget(window)
    session = DeskSession(window, desk, sato)
    window.show()
    assert session.idle.interval_ms() == 15 * 60_000
    session.idle._timer.setInterval(50)  # the setting's minutes, shortened for the test
    session.idle.start()
    qtbot.waitUntil(lambda: session.locked, timeout=3000)
    assert not window.centralWidget().isVisible() and not window.menuBar().isEnabled()
    dialog = session.lock_dialog
    assert dialog is not None and dialog.isVisible() and dialog.login_edit.text() == "sato"
    dialog.password_edit.setText("sato-pass-1")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not session.locked, timeout=5000)
    assert window.centralWidget().isVisible() and window.menuBar().isEnabled()
    actions = [event.action for event in desk.audit.history("user", "sato")]
    assert actions[-2:] == ["lock", "login"]


def test_another_user_can_take_over_a_locked_desk(qtbot, desk: Services) -> None:  # type: ignore[no-untyped-def]
    sato = desk.auth.sign_in("sato", "sato-pass-1")
    window = MainWindow(desk, sato)
    qtbot.addWidget(window)
    session = DeskSession(window, desk, sato)
    window.show()
    window.lock_action.trigger()
    dialog = session.lock_dialog
    assert dialog is not None
    dialog.login_edit.setText("yamada")
    dialog.password_edit.setText("yamada-pass-1")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not session.locked, timeout=5000)
    assert window.actor.login == "yamada" and session.actor.login == "yamada"
    assert "山田" in window.user_label.text()


def test_quitting_the_lock_screen_closes_the_window(qtbot, desk: Services) -> None:  # type: ignore[no-untyped-def]
    sato = desk.auth.sign_in("sato", "sato-pass-1")
    window = MainWindow(desk, sato)
    qtbot.addWidget(window)
    session = DeskSession(window, desk, sato)
    window.show()
    session.lock()
    assert session.lock_dialog is not None
    session.lock_dialog.reject()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


# -- menus follow the role; services refuse anyway --------------------------------------------------


@pytest.mark.parametrize(
    ("login", "password", "users", "retention", "audit"),
    [
        ("sato", "sato-pass-1", False, False, False),
        ("yamada", "yamada-pass-1", False, False, True),
        ("kanri", "kanri-pass-1", True, True, True),
    ],
)
def test_menu_actions_follow_the_role(qtbot, desk: Services, login: str, password: str, users: bool, retention: bool, audit: bool) -> None:  # type: ignore[no-untyped-def]
    actor = desk.auth.sign_in(login, password)
    window = MainWindow(desk, actor)
    qtbot.addWidget(window)
    assert window.users_action.isEnabled() is users
    assert window.retention_action.isEnabled() is retention
    assert window.backup_action.isEnabled() is retention
    assert window.audit_action.isEnabled() is audit


def test_counselor_cannot_open_user_administration_even_directly(qtbot, desk: Services) -> None:  # type: ignore[no-untyped-def]
    from counselor_app.domain.errors import PermissionDeniedError

    sato = desk.auth.sign_in("sato", "sato-pass-1")
    with pytest.raises(PermissionDeniedError):
        UsersDialog(desk, sato)


def test_users_dialog_adds_disables_and_changes_roles(qtbot, desk: Services) -> None:  # type: ignore[no-untyped-def]
    admin = desk.auth.sign_in("kanri", "kanri-pass-1")
    dialog = UsersDialog(desk, admin, ask_role=lambda _parent, _login, _current: "supervisor", confirm=lambda _parent, _text: True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 3
    add = AddUserDialog(desk, admin, desk.setup.offices(), dialog)
    qtbot.addWidget(add)
    qtbot.keyClicks(add.login_edit, "suzuki")
    _type_japanese(add.name_edit, "鈴木 美咲")
    add.passwords.password.setText("suzuki-pass-1")
    add.passwords.confirm.setText("suzuki-pass-1")
    add.submit()
    assert add.account is not None and add.account.role == "counselor"
    dialog.reload()
    assert dialog.table.rowCount() == 4
    row = next(r for r in range(4) if dialog.table.item(r, 0).text() == "suzuki")
    dialog.table.selectRow(row)
    dialog.change_role()
    dialog.toggle_active()
    account = next(a for a in desk.users.accounts(admin) if a.login == "suzuki")
    assert account.role == "supervisor" and not account.active
    assert dialog.table.item(row, 4).text() == "無効"


def test_access_history_dialog_lists_who_viewed_the_case(qtbot, desk: Services) -> None:  # type: ignore[no-untyped-def]
    sato = desk.auth.sign_in("sato", "sato-pass-1")
    yamada = desk.auth.sign_in("yamada", "yamada-pass-1")
    case = desk.cases.register(sato, make_case())
    desk.cases.get(sato, case.id)
    window = MainWindow(desk, yamada)
    qtbot.addWidget(window)
    session = DeskSession(window, desk, yamada)
    window.table.selectRow(0)
    assert window.access_history_action.isEnabled()
    dialog = session.open_access_history()
    assert isinstance(dialog, AccessHistoryDialog)
    qtbot.addWidget(dialog)
    cells = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert [row[1:] for row in cells] == [["佐藤（sato）", "登録"], ["佐藤（sato）", "閲覧"], ["山田（yamada）", "閲覧"]]
    assert cells[0][0].startswith("令和8年11月27日")
    assert case.case_no in dialog.windowTitle()


def test_retention_dialog_previews_then_runs_after_confirmation(qtbot, desk: Services) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    admin = desk.auth.sign_in("kanri", "kanri-pass-1")
    sato = desk.auth.sign_in("sato", "sato-pass-1")
    old = desk.cases.register(sato, make_case(received_at=dt.datetime(2019, 5, 7, 10, 0)))
    with desk.db.engine.begin() as connection:
        connection.execute(text("UPDATE case_record SET status='closed', approved_at=:at WHERE id=:id"), {"at": dt.datetime(2019, 6, 1), "id": old.id})
    answers: list[str] = []
    dialog = RetentionDialog(desk, admin, confirm=lambda _parent, question: answers.append(question) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "1 件" in dialog.summary_label.text() and dialog.table.item(0, 0).text().startswith("2019年度")
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)
    assert answers and "元に戻せません" in answers[0]
    assert desk.cases.get(admin, old.id, audit_view=False).consultant.name is None
    assert not dialog.run_button.isEnabled()


# -- start-up recovery ---------------------------------------------------------------------------


def test_damaged_database_at_start_offers_the_newest_good_backup(qtbot, tmp_path: Path, reference: ReferenceData) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths.resolve(tmp_path / "data").create()
    target = resolve_target(paths.default_db_path)
    database, _ = open_database(target, create=True)
    services = build_services(database, reference, FixedClock(NOW), backup_dir=paths.backup_dir)
    actor = Actor(login="sato", role="admin", office_code="131016")
    services.setup.initialise(actor, office_code="131016")
    services.cases.register(actor, make_case(subject="バックアップにある相談"))
    assert services.backups.daily(refresh=True) is not None
    database.close()
    paths.default_db_path.write_bytes(b"\x00garbage" * 2048)
    offered = []
    opened = open_with_recovery(
        paths,
        target,
        DamagedDatabaseError("壊れています"),
        confirm=lambda problem, backup: offered.append(backup.path.name) or True,
        tell=lambda message: pytest.fail(message),
    )
    assert opened is not None and offered and offered[0].startswith("counselor-daily-")
    try:
        rows = opened.cases.page(actor, CaseFilter(), CaseSort("received_at"), 0, 5)
        assert [row.subject for row in rows] == ["バックアップにある相談"]
        with opened.db.uow() as uow:
            last = list(uow.audit.chain())[-1]
        assert (last.actor, last.action) == ("system", "restore") and "damaged_at_start" in last.detail
        assert opened.audit.verify().ok
    finally:
        opened.close()
    kept = list(paths.backup_dir.glob("counselor-replaced-*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00garbage" * 2048


def test_encrypted_database_asks_for_the_passphrase_until_it_is_right(qtbot, tmp_path: Path, reference: ReferenceData) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths.resolve(tmp_path / "data").create()
    secret = "desk passphrase 2026"
    database, _ = open_database(resolve_target(paths.default_db_path, passphrase=secret), create=True)
    database.close()
    answers = iter(["wrong one", secret])
    problems: list[str | None] = []

    def ask(where: str, problem: str | None) -> str | None:
        problems.append(problem)
        return next(answers)

    opened = open_with_recovery(
        paths, resolve_target(paths.default_db_path), PassphraseRequiredError("暗号化"), ask=ask, tell=pytest.fail
    )
    assert opened is not None and opened.db.target.encrypted
    opened.close()
    assert problems[0] is None and "違います" in (problems[1] or "")


def test_giving_up_on_the_passphrase_opens_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths.resolve(tmp_path / "data").create()
    opened = open_with_recovery(
        paths, resolve_target(paths.default_db_path), PassphraseRequiredError("暗号化"), ask=lambda _w, _p: None, tell=pytest.fail
    )
    assert opened is None
    assert not files.list_backups(paths.backup_dir)


# -- screenshot mode: no sign-in, no input, audited ---------------------------------------------------


def _screenshot(data: Path, shot: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counselor_app", "--data-dir", str(data), "--screenshot", str(shot), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(data.parent)},
    )


def test_screenshot_mode_signs_in_nobody_and_is_audited(tmp_path: Path, reference: ReferenceData) -> None:
    data = tmp_path / "data"
    paths = AppPaths.resolve(data).create()
    database, _ = open_database(resolve_target(paths.default_db_path), create=True)
    services = build_services(database, reference, FixedClock(NOW), passwords=FAST)
    services.auth.create_first_admin(FirstRun("131016", "テスト市", "kanri", "管理", "kanri-pass-1"))
    database.close()
    result = _screenshot(data, tmp_path / "shot.png")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "shot.png").stat().st_size > 10_000
    database, _ = open_database(resolve_target(paths.default_db_path), create=False)
    services = build_services(database, reference, FixedClock(NOW))
    events = services.audit.history("user", "screenshot")
    database.close()
    assert [event.action for event in events] == ["login"] and '"mode":"screenshot"' in events[0].detail
    assert not list(paths.backup_dir.glob("*.db")), "a screenshot writes no backups"


def test_screenshot_of_an_encrypted_database_needs_the_passphrase_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    paths = AppPaths.resolve(data).create()
    secret = tmp_path / "pass.txt"
    secret.write_text("screenshot passphrase\n", encoding="utf-8")
    open_database(resolve_target(paths.default_db_path, passphrase="screenshot passphrase"), create=True)[0].close()
    refused = _screenshot(data, tmp_path / "no.png")
    assert refused.returncode == 1 and "暗号化されています" in refused.stderr
    assert "Traceback" not in refused.stderr and not (tmp_path / "no.png").exists()
    shot = _screenshot(data, tmp_path / "yes.png", "--passphrase-file", str(secret))
    assert shot.returncode == 0, shot.stderr

"""A keyboard-only walk through the desk: the case list, an intake, a report and the settings — no mouse.

Japanese text arrives as an input method commits it; everything else is key presses
sent to whatever has the focus. Only the operating system's part is played by the
test: switching between top-level windows (Alt+Tab) and the file-save dialog.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from counselor_app.domain.entities import Actor
from counselor_app.services.preferences import Preferences, PreferencesStore
from counselor_app.ui import theme
from counselor_app.ui.appearance import Appearance
from counselor_app.ui.desk import Desk
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.reports_window import ReportsWindow
from counselor_app.ui.settings_dialog import SettingsDialog
from tests.ui.all_windows import fill_demo, sqlite_services
from tests.ui.intake_helpers import FakePrompter, Keyboard

K = Qt.Key


def _activate(qtbot: Any, window: QWidget) -> None:
    """What Alt+Tab does (the window manager's part)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.window(), timeout=3000)


def tab_chain(qtbot: Any, start: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back round."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=3000)
    visited: list[QWidget] = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), K.Key_Tab)
        current = QApplication.focusWidget()
        if current is None or current is start:
            break
        visited.append(current)
    return visited


def keyboard_controls(root: QWidget) -> set[QWidget]:
    """Visible, enabled controls that take the focus from the keyboard."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView, QTabBar)
    found = set()
    for widget in root.findChildren(QWidget):
        if (
            isinstance(widget, kinds)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not widget.objectName().startswith("qt_")
            and not isinstance(widget.parentWidget(), QLineEdit | QComboBox | QAbstractSpinBox)
        ):
            found.add(widget)
    return found


@pytest.fixture
def walk(qtbot, sqlite_db, reference, clock, qapp: QApplication, tmp_path: Path):  # type: ignore[no-untyped-def]
    services = sqlite_services(sqlite_db, reference, clock)
    fill_demo(services)
    for leftover in QApplication.topLevelWidgets():  # one desk per application (shortcuts are application-wide)
        if isinstance(leftover, MainWindow):
            leftover.close()
            leftover.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    store = PreferencesStore(tmp_path / "config" / "preferences.json")
    appearance = Appearance(qapp, Preferences(font_size=10), store)
    appearance.apply()
    admin = Actor(login="kanri", role="admin", office_code="131016", display_name="管理")
    desk = Desk(services, admin, prompter=FakePrompter(), appearance=appearance)
    desk.main_window.resize(1366, 768)
    desk.workspace.resize(1366, 768)
    desk.show()
    _activate(qtbot, desk.main_window)
    yield desk, services, admin, store
    desk.workspace.shutdown()
    for window in (desk.workspace, desk.main_window):
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setProperty(theme.THEME_PROPERTY, None)


def test_keyboard_only_walkthrough(walk, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk, services, admin, store = walk
    window: MainWindow = desk.main_window
    kb = Keyboard(qtbot)

    # -- the case list: every control is on the Tab chain; search, pick a row, open it ------------
    chain = tab_chain(qtbot, window.search_edit)
    missing = keyboard_controls(window.centralWidget()) - set(chain)
    assert not missing, [f"{type(w).__name__} {w.accessibleName()}" for w in missing]
    kb.ctrl(K.Key_F)
    kb.wait_focus(window.search_edit.objectName())
    assert QApplication.focusWidget() is window.search_edit
    kb.ime("工事")
    qtbot.waitUntil(lambda: 0 < window.model.rowCount() < 40, timeout=3000)
    while QApplication.focusWidget() is not window.table:
        kb.tab()
    kb.key(K.Key_Down)
    kb.key(K.Key_Home)
    assert window.selected_case_id() is not None
    kb.enter()  # 相談 > 開く
    qtbot.waitUntil(lambda: desk.workspace.isVisible() and desk.workspace.tabs.count() == 1, timeout=3000)
    _activate(qtbot, window)

    # -- an intake: Ctrl+N, type, move between steps, accept the suggestion, save ----------------
    kb.ctrl(K.Key_N)
    qtbot.waitUntil(lambda: desk.workspace.current_intake() is not None, timeout=3000)
    intake = desk.workspace.current_intake()
    assert intake is not None
    _activate(qtbot, desk.workspace)
    kb.wait_focus("channel")
    kb.ime("電話")
    kb.enter()
    kb.tab()
    kb.ime("苦情")
    kb.enter()
    kb.alt(K.Key_6)  # 相談内容
    kb.wait_focus("subject")
    kb.ime("名簿業者からの勧誘電話")
    kb.tab()
    kb.ime("名簿業者から勧誘の電話があり、どこで番号を知ったのか分からない。個人情報を消してほしい。")
    kb.alt(K.Key_7)  # 個人情報
    suggestion = intake.pi_step.suggestion_widget
    assert suggestion is not None
    qtbot.waitUntil(
        lambda: not suggestion.is_busy() and suggestion.result() is not None and suggestion.accept_button.isEnabled(),
        timeout=5000,
    )
    assert suggestion.result().pi_related
    kb.alt(K.Key_A)  # 提案を採用 (a mnemonic clicks after a short animation)
    qtbot.waitUntil(lambda: intake.pi_step.related_code() == "yes", timeout=3000)
    kb.ctrl(K.Key_S)
    qtbot.waitUntil(lambda: intake.case_id() is not None, timeout=5000)
    saved = services.cases.get(admin, intake.case_id(), audit_view=False)
    assert saved.subject == "名簿業者からの勧誘電話" and saved.pi is not None and saved.pi.related == "yes"
    kb.ctrl(K.Key_W)  # close the tab
    qtbot.waitUntil(lambda: desk.workspace.current_intake() is None, timeout=3000)

    # -- a report: Ctrl+P on the selected case, Ctrl+Enter makes it, Ctrl+S saves, Esc closes ------
    _activate(qtbot, window)
    window.table.setFocus()
    kb.key(K.Key_Down)
    kb.key(K.Key_Home)
    selected = window.selected_case_id()
    assert selected is not None
    kb.ctrl(K.Key_P)
    reports = window.reports_window
    assert isinstance(reports, ReportsWindow)
    _activate(qtbot, reports)
    summary = window.model.summary(window.table.currentIndex().row())
    assert summary is not None and summary.id == selected
    assert reports.case_no_edit.text() == summary.case_no
    chain = tab_chain(qtbot, reports.kind_combo)
    assert not keyboard_controls(reports.centralWidget()) - set(chain)
    with qtbot.waitSignal(reports.report_ready, timeout=60_000):
        kb.ctrl(K.Key_Return)
    qtbot.waitUntil(reports.preview.is_ready, timeout=10_000)
    target = tmp_path / "card.pdf"
    monkeypatch.setattr(reports, "choose_save_path", lambda _suggested: str(target))  # the OS file dialog
    kb.ctrl(K.Key_S)
    qtbot.waitUntil(target.exists, timeout=5000)
    assert target.read_bytes().startswith(b"%PDF")
    kb.key(K.Key_Escape)
    qtbot.waitUntil(lambda: not reports.isVisible(), timeout=3000)

    # -- the settings: Ctrl+, ; personal and office settings by keys; Enter saves ------------------
    _activate(qtbot, window)
    kb.ctrl(K.Key_Comma)
    qtbot.waitUntil(lambda: isinstance(window.settings_dialog, SettingsDialog) and window.settings_dialog.isVisible(), timeout=3000)
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.language_combo, timeout=3000)
    chain = tab_chain(qtbot, dialog.language_combo)
    assert not keyboard_controls(dialog) - set(chain) - {dialog.tabs.tabBar()}
    dialog.language_combo.setFocus()
    kb.alt(K.Key_F)  # 文字の大きさ(&F)
    assert QApplication.focusWidget() is dialog.font_spin
    kb.ctrl(K.Key_A)
    kb.type("14")
    kb.alt(K.Key_T)  # 配色(&T)
    kb.key(K.Key_Down)
    assert dialog.theme_combo.currentData() == "high_contrast"
    kb.ctrl(K.Key_Tab)  # next tab: 事務所の設定
    assert dialog.tabs.currentIndex() == 1
    kb.alt(K.Key_L)  # 無操作でロックするまで（分）(&L)
    assert QApplication.focusWidget() is dialog.number_spins["idle_lock_minutes"]
    kb.ctrl(K.Key_A)
    kb.type("30")
    kb.enter()  # 保存 (the default button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert json.loads(store.path.read_text(encoding="utf-8"))["font_size"] == 14
    assert QApplication.instance().font().pointSizeF() == 14  # type: ignore[union-attr]
    assert QApplication.instance().property(theme.THEME_PROPERTY) == "high_contrast"  # type: ignore[union-attr]
    assert services.setup.settings()["idle_lock_minutes"] == 30
    assert [event.entity_id for event in services.audit.history("setting", "idle_lock_minutes")] == ["idle_lock_minutes"]


def test_ctrl_shift_r_restores_drafts_or_opens_referrals_never_both(walk, qtbot) -> None:  # type: ignore[no-untyped-def]
    desk, _services, _admin, _store = walk
    window: MainWindow = desk.main_window
    kb = Keyboard(qtbot)
    window.search_edit.setFocus()
    window.set_pending_drafts(2)
    with qtbot.waitSignal(window.restore_drafts_requested, timeout=2000):
        kb.key(K.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.referral_window is None
    window.set_pending_drafts(0)
    kb.key(K.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.referral_window is not None and window.referral_window.isVisible(), timeout=3000)
    window.referral_window.close()

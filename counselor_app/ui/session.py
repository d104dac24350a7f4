"""The signed-in desk session: idle lock with re-login, and the security actions of the main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import DomainError
from counselor_app.services.container import Services
from counselor_app.ui.access_history_dialog import AccessHistoryDialog, open_access_history
from counselor_app.ui.background_tasks import Background
from counselor_app.ui.login_dialog import LoginDialog
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.retention_dialog import RetentionDialog
from counselor_app.ui.service_messages import error_text, translate_message
from counselor_app.ui.user_dialog import UsersDialog

# Events that count as someone at the desk.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard, mouse or input-method events."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle.emit)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time (restarts the count)."""
        self._timer.setInterval(max(1, minutes) * 60_000)

    def interval_ms(self) -> int:
        """Current idle time in milliseconds."""
        return int(self._timer.interval())

    def start(self) -> None:
        """Start (or restart) counting."""
        self._timer.start()

    def stop(self) -> None:
        """Stop counting (while locked)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class DeskSession(QObject):
    """Owns the signed-in actor of a main window: locks it when idle and connects security actions."""

    locked_changed = Signal(bool)
    actor_changed = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        actor: Actor,
        *,
        choose_backup_file: Callable[[QWidget], str | None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.actor = actor
        self._services = services
        self._choose_backup_file = choose_backup_file or _choose_backup_file
        self._background = Background(self)
        self._hidden: list[QWidget] = []
        self.locked = False
        self.lock_dialog: LoginDialog | None = None
        self.dialogs: list[QDialog] = []
        minutes = int(services.setup.settings()["idle_lock_minutes"])
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)
        window.lock_action.triggered.connect(self.lock)
        window.users_action.triggered.connect(self.open_users)
        window.audit_action.triggered.connect(self.verify_audit)
        window.retention_action.triggered.connect(self.open_retention)
        window.backup_action.triggered.connect(self.backup_now)
        window.access_history_action.triggered.connect(self.open_access_history)
        window.office_settings_changed.connect(self._office_settings_changed)
        self.idle.start()

    def _office_settings_changed(self, changed: dict[str, object]) -> None:
        minutes = changed.get("idle_lock_minutes")
        if isinstance(minutes, int):
            self.idle.set_minutes(minutes)
            if not self.locked:
                self.idle.start()

    # -- idle lock -------------------------------------------------------------------

    def lock(self) -> None:
        """Hide every case and ask for the password again (another user may sign in instead)."""
        if self.locked:
            return
        self.locked = True
        self.idle.stop()
        self._services.auth.sign_out(self.actor, reason="idle")
        # Other windows (case detail, dialogs) must not show personal data either.
        self._hidden = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not self.window and not isinstance(widget, LoginDialog)
        ]
        for widget in self._hidden:
            widget.hide()
        self.window.set_locked(True)
        self.locked_changed.emit(True)
        self.lock_dialog = LoginDialog(self._services.auth, locked_user=self.actor, parent=self.window)
        self.lock_dialog.finished.connect(self._lock_dialog_finished)
        self.lock_dialog.open()

    def _lock_dialog_finished(self, result: int) -> None:
        dialog = self.lock_dialog
        self.lock_dialog = None
        if dialog is None:
            return
        if result != QDialog.DialogCode.Accepted or dialog.actor is None:
            self.window.close()
            return
        if dialog.actor.login != self.actor.login:
            self.window.replace_actor(dialog.actor)
            self._hidden = []  # the previous user's windows stay closed
            self.actor_changed.emit(dialog.actor)
        self.actor = dialog.actor
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.window.set_locked(False)
        self.locked = False
        self.locked_changed.emit(False)
        self.idle.start()
        dialog.deleteLater()

    # -- actions ---------------------------------------------------------------------

    def _keep(self, dialog: QDialog) -> QDialog:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        return dialog

    def open_users(self) -> UsersDialog | None:
        """The user administration dialog (admins)."""
        try:
            dialog = UsersDialog(self._services, self.actor, self.window)
        except DomainError as exc:
            self._warn(error_text(exc, with_where=False))
            return None
        self._keep(dialog).open()
        return dialog

    def open_retention(self) -> RetentionDialog:
        """The retention dialog (admins; the service refuses others)."""
        dialog = RetentionDialog(self._services, self.actor, self.window)
        self._keep(dialog).open()
        return dialog

    def open_access_history(self) -> AccessHistoryDialog | None:
        """The selected case's access history (supervisors)."""
        case_id = self.window.selected_case_id()
        if case_id is None:
            return None
        row = self.window.table.selectionModel().selectedRows()
        summary = self.window.model.summary(row[0].row()) if row else None
        label = summary.case_no if summary and summary.case_no else str(case_id)
        dialog = open_access_history(self.window, self._services, self.actor, case_id, label)
        if dialog is not None:
            self._keep(dialog)
        return dialog

    def verify_audit(self) -> None:
        """Verify the audit chain in the background and say the result."""

        def done(result: object) -> None:
            checked = getattr(result, "checked", 0)
            problem = getattr(result, "problem", None)
            if problem is None:
                QMessageBox.information(
                    self.window,
                    self.tr("監査ログの検証"),
                    self.tr("監査ログ %1 件を検証しました。改ざんは見つかりません。").replace("%1", f"{checked:,}"),
                )
            else:
                QMessageBox.critical(
                    self.window,
                    self.tr("監査ログの検証"),
                    self.tr("監査ログの検証に失敗しました：イベント #%1（%2）")
                    .replace("%1", str(problem.seq))
                    .replace("%2", translate_message(problem.reason)),
                )

        self._background.start(lambda: self._services.audit.verify_as(self.actor), done, self._failed)

    def backup_now(self) -> None:
        """Write a backup to a file the admin chooses."""
        chosen = self._choose_backup_file(self.window)
        if not chosen:
            return

        def done(path: object) -> None:
            QMessageBox.information(
                self.window, self.tr("バックアップの作成"), self.tr("バックアップを作成しました：%1").replace("%1", str(path))
            )

        self._background.start(lambda: self._services.backups.backup_to(self.actor, Path(chosen)), done, self._failed)

    def _failed(self, error: Exception) -> None:
        self._warn(error_text(error, with_where=False))

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("相談記録"), message)

    def end(self, *, wait_ms: int = 30_000) -> None:
        """Sign out at exit (after background work has finished)."""
        self.idle.stop()
        self._background.wait(wait_ms)
        if not self.locked:
            self._services.auth.sign_out(self.actor)


def _choose_backup_file(parent: QWidget) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DeskSession", "バックアップの保存先"),
        "counselor-backup.db",
        QCoreApplication.translate("DeskSession", "データベース (*.db)"),
    )
    return path or None

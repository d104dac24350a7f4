"""Sign-in dialog (also the idle-lock screen): login and password, checked with argon2id off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.access import AccountLockedError, AuthenticationError
from counselor_app.domain.entities import Actor
from counselor_app.services.auth_service import AuthService
from counselor_app.ui import theme
from counselor_app.ui.background_tasks import Background
from counselor_app.ui.service_messages import error_text


class LoginDialog(QDialog):
    """Asks for login and password; ``actor`` holds the signed-in user after ``accept``.

    In lock mode (``locked_user`` given) it says why the screen is locked, starts
    with that login filled in, and lets another user sign in instead.
    """

    def __init__(
        self,
        auth: AuthService,
        *,
        office_label: str = "",
        login: str = "",
        locked_user: Actor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._background = Background(self)
        self.actor: Actor | None = None
        self.setObjectName("LoginDialog")
        self.setWindowTitle(self.tr("画面ロック中") if locked_user else self.tr("相談記録 — ログイン"))
        self.setModal(True)
        self.setMinimumWidth(420)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        heading = QLabel(self.tr("相談記録"), self)
        theme.set_role(heading, "title")
        layout.addWidget(heading)
        if locked_user is not None:
            intro = self.tr("操作がなかったため画面をロックしました。続けるにはパスワードを入力してください。")
        else:
            intro = self.tr("ログイン名とパスワードを入力してください。")
        self.intro_label = QLabel(intro, self)
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        if office_label:
            office = QLabel(office_label, self)
            theme.set_role(office, "muted")
            layout.addWidget(office)

        form = QFormLayout()
        form.setSpacing(8)
        self.login_edit = QLineEdit(self)
        self.login_edit.setAccessibleName(self.tr("ログイン名"))
        self.login_edit.setText(locked_user.login if locked_user else login)
        self.login_edit.setMaxLength(64)
        self.password_edit = QLineEdit(self)
        self.password_edit.setAccessibleName(self.tr("パスワード"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)
        form.addRow(self.tr("ログイン名"), self.login_edit)
        form.addRow(self.tr("パスワード"), self.password_edit)
        layout.addLayout(form)

        self.message_label = QLabel("", self)
        self.message_label.setWordWrap(True)
        theme.set_role(self.message_label, "error")
        self.message_label.setAccessibleName(self.tr("メッセージ"))
        layout.addWidget(self.message_label)

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(self.tr("ログイン"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(self.tr("終了"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if self.login_edit.text():
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.login_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        if self._background.busy:
            return
        login = self.login_edit.text().strip()
        password = self.password_edit.text()
        if not login or not password:
            self._show(self.tr("ログイン名とパスワードを入力してください"))
            return
        self._set_busy(True)
        self._show(self.tr("確認しています…"), error=False)
        self._background.start(lambda: self._auth.sign_in(login, password), self._signed_in, self._refused)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.login_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(not busy)

    def _signed_in(self, actor: object) -> None:
        self._set_busy(False)
        assert isinstance(actor, Actor)
        self.actor = actor
        self.password_edit.clear()
        self.message_label.clear()
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(error, AccountLockedError):
            self._show(
                self.tr("ログインの失敗が続いたため、%1 までロックされています（管理者に解除を依頼できます）").replace(
                    "%1", f"{error.until:%H:%M}"
                )
            )
        elif isinstance(error, AuthenticationError):
            self._show(self.tr("ログイン名またはパスワードが違います"))
        else:
            self._show(self.tr("ログインできません: %1").replace("%1", error_text(error)))

    def _show(self, text: str, *, error: bool = True) -> None:
        theme.set_role(self.message_label, "error" if error else "muted")
        self.message_label.setText(text)

"""First-run wizard: names the office and creates its first administrator, who is then signed in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.access import MIN_PASSWORD_LENGTH
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import DomainError
from counselor_app.services.auth_service import AuthService, FirstRun
from counselor_app.ui import theme
from counselor_app.ui.background_tasks import Background
from counselor_app.ui.service_messages import error_text


class FirstRunDialog(QDialog):
    """Collects the office and the administrator; ``actor`` is the new admin after ``accept``."""

    def __init__(self, auth: AuthService, *, office_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self._background = Background(self)
        self.actor: Actor | None = None
        self.setObjectName("FirstRunDialog")
        self.setWindowTitle(self.tr("相談記録 — 初期設定"))
        self.setModal(True)
        self.setMinimumWidth(520)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        heading = QLabel(self.tr("はじめに、所属と管理者を登録します"), self)
        theme.set_role(heading, "title")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "管理者は利用者の追加、設定の変更、バックアップと匿名化を行います。"
                "相談員・所長の利用者は、このあと「管理 → 利用者」で追加してください。"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        office_box = QGroupBox(self.tr("所属"), self)
        office_form = QFormLayout(office_box)
        self.office_code_edit = QLineEdit(office_box)
        self.office_code_edit.setPlaceholderText(self.tr("6桁の数字（例: 131016）"))
        self.office_code_edit.setMaxLength(6)
        if office_code and office_code != "000000":
            self.office_code_edit.setText(office_code)
        self.office_name_edit = QLineEdit(office_box)
        self.office_name_edit.setPlaceholderText(self.tr("例: さくら市消費生活センター"))
        office_form.addRow(self.tr("所属コード"), self.office_code_edit)
        office_form.addRow(self.tr("所属名"), self.office_name_edit)
        layout.addWidget(office_box)

        admin_box = QGroupBox(self.tr("管理者"), self)
        admin_form = QFormLayout(admin_box)
        self.login_edit = QLineEdit(admin_box)
        self.login_edit.setPlaceholderText(self.tr("英数字（例: kanri）"))
        self.login_edit.setMaxLength(64)
        self.display_name_edit = QLineEdit(admin_box)
        self.display_name_edit.setPlaceholderText(self.tr("例: 山田 太郎"))
        self.password_edit = QLineEdit(admin_box)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            self.tr("%1文字以上").replace("%1", str(MIN_PASSWORD_LENGTH))
        )
        self.confirm_edit = QLineEdit(admin_box)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        admin_form.addRow(self.tr("ログイン名"), self.login_edit)
        admin_form.addRow(self.tr("表示名"), self.display_name_edit)
        admin_form.addRow(self.tr("パスワード"), self.password_edit)
        admin_form.addRow(self.tr("パスワード（確認）"), self.confirm_edit)
        layout.addWidget(admin_box)

        self._fields = {
            "office_code": self.office_code_edit,
            "office_name": self.office_name_edit,
            "login": self.login_edit,
            "display_name": self.display_name_edit,
            "password": self.password_edit,
        }
        # Identifiers for code; the form's labels (their buddies) are what a screen reader says.
        for name, edit in (*self._fields.items(), ("confirm", self.confirm_edit)):
            edit.setObjectName(name)

        self.message_label = QLabel("", self)
        self.message_label.setWordWrap(True)
        theme.set_role(self.message_label, "error")
        layout.addWidget(self.message_label)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("登録してはじめる"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("終了"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        first = self.office_name_edit if self.office_code_edit.text() else self.office_code_edit
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark(self, field: str | None) -> None:
        for name, edit in self._fields.items():
            theme.set_invalid(edit, name == field)
        if field in self._fields:
            self._fields[field].setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        if self._background.busy:
            return
        if self.password_edit.text() != self.confirm_edit.text():
            self._mark("password")
            self.message_label.setText(self.tr("確認のパスワードが一致しません"))
            return
        request = FirstRun(
            office_code=self.office_code_edit.text(),
            office_name=self.office_name_edit.text(),
            login=self.login_edit.text(),
            display_name=self.display_name_edit.text(),
            password=self.password_edit.text(),
        )
        self.create_button.setEnabled(False)
        self.message_label.setText("")
        self._background.start(lambda: self._auth.create_first_admin(request), self._created, self._refused)

    def _created(self, actor: object) -> None:
        self.create_button.setEnabled(True)
        assert isinstance(actor, Actor)
        self.actor = actor
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.create_button.setEnabled(True)
        if isinstance(error, DomainError):
            self._mark(error.where)
            self.message_label.setText(error_text(error, with_where=False))
        else:
            self.message_label.setText(self.tr("登録できません: %1").replace("%1", error_text(error)))

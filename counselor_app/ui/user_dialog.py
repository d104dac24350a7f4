"""User administration (admins): list users, add, reset passwords, change roles, disable/enable, unlock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.access import MIN_PASSWORD_LENGTH, ROLES, UserAccount
from counselor_app.domain.entities import Actor, Office
from counselor_app.domain.errors import DomainError
from counselor_app.services.container import Services
from counselor_app.ui import theme
from counselor_app.ui.i18n import long_date
from counselor_app.ui.service_messages import error_text


def role_label(role: str) -> str:
    """The role as counselors name it."""
    labels = {
        "counselor": QCoreApplication.translate("UsersDialog", "相談員"),
        "supervisor": QCoreApplication.translate("UsersDialog", "所長・主任相談員"),
        "admin": QCoreApplication.translate("UsersDialog", "管理者"),
    }
    return labels.get(role, role)


def office_label(name: str, code: str) -> str:
    """An office as "name (code)"."""
    return QCoreApplication.translate("UsersDialog", "%1（%2）").replace("%1", name).replace("%2", code)


class _PasswordFields:
    """A password and its confirmation."""

    def __init__(self, parent: QWidget) -> None:
        self.password = QLineEdit(parent)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            QCoreApplication.translate("UsersDialog", "%1文字以上").replace("%1", str(MIN_PASSWORD_LENGTH))
        )
        self.password.setObjectName("password")
        self.confirm = QLineEdit(parent)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setObjectName("confirm")

    def matching(self) -> bool:
        return self.password.text() == self.confirm.text()


class AddUserDialog(QDialog):
    """Login, name, role, office and a first password; ``submit`` calls the service."""

    def __init__(self, services: Services, actor: Actor, offices: list[Office], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.account: UserAccount | None = None
        self.setWindowTitle(self.tr("利用者の追加"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.login_edit = QLineEdit(self)
        self.login_edit.setPlaceholderText(self.tr("英数字（例: sato.h）"))
        self.login_edit.setObjectName("login")
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("例: 佐藤 陽子"))
        self.name_edit.setObjectName("display_name")
        self.role_combo = QComboBox(self)
        for role in ROLES:
            self.role_combo.addItem(role_label(role), role)
        self.office_combo = QComboBox(self)
        for office in offices:
            self.office_combo.addItem(office_label(office.name, office.code), office.code)
        index = self.office_combo.findData(actor.office_code)
        self.office_combo.setCurrentIndex(max(index, 0))
        self.passwords = _PasswordFields(self)
        form.addRow(self.tr("ログイン名"), self.login_edit)
        form.addRow(self.tr("表示名"), self.name_edit)
        form.addRow(self.tr("役割"), self.role_combo)
        form.addRow(self.tr("所属"), self.office_combo)
        form.addRow(self.tr("パスワード"), self.passwords.password)
        form.addRow(self.tr("パスワード（確認）"), self.passwords.confirm)
        layout.addLayout(form)
        self.message_label = QLabel("", self)
        self.message_label.setWordWrap(True)
        theme.set_role(self.message_label, "error")
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(self.tr("追加"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        """Create the user, or say which field is wrong."""
        if not self.passwords.matching():
            self.message_label.setText(self.tr("確認のパスワードが一致しません"))
            return
        try:
            self.account = self._services.users.add(
                self._actor,
                login=self.login_edit.text(),
                display_name=self.name_edit.text(),
                role=str(self.role_combo.currentData()),
                office_code=str(self.office_combo.currentData() or ""),
                password=self.passwords.password.text(),
            )
        except DomainError as exc:
            self.message_label.setText(error_text(exc, with_where=False))
            return
        self.accept()


class PasswordResetDialog(QDialog):
    """A new password for one user (also lifts a lockout)."""

    def __init__(self, services: Services, actor: Actor, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._login = login
        self.setWindowTitle(self.tr("パスワードの再設定"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 の新しいパスワード").replace("%1", login), self))
        form = QFormLayout()
        self.passwords = _PasswordFields(self)
        form.addRow(self.tr("パスワード"), self.passwords.password)
        form.addRow(self.tr("パスワード（確認）"), self.passwords.confirm)
        layout.addLayout(form)
        self.message_label = QLabel("", self)
        self.message_label.setWordWrap(True)
        theme.set_role(self.message_label, "error")
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("再設定"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        """Store the new password, or say what is wrong."""
        if not self.passwords.matching():
            self.message_label.setText(self.tr("確認のパスワードが一致しません"))
            return
        try:
            self._services.users.reset_password(self._actor, self._login, self.passwords.password.text())
        except DomainError as exc:
            self.message_label.setText(error_text(exc, with_where=False))
            return
        self.accept()


# Dialog factories, replaceable in tests (which fake only dialogs).
AskRole = Callable[[QWidget, str, str], str | None]
Confirm = Callable[[QWidget, str], bool]


def ask_role(parent: QWidget, login: str, current: str) -> str | None:
    """Ask for a new role (None when cancelled)."""
    labels = [role_label(role) for role in ROLES]
    title = QCoreApplication.translate("UsersDialog", "役割の変更")
    prompt = QCoreApplication.translate("UsersDialog", "%1 の役割").replace("%1", login)
    chosen, ok = QInputDialog.getItem(parent, title, prompt, labels, ROLES.index(current), False)  # type: ignore[arg-type]
    return ROLES[labels.index(chosen)] if ok and chosen in labels else None


def confirm(parent: QWidget, text: str) -> bool:
    """Yes/no question."""
    answer = QMessageBox.question(parent, QCoreApplication.translate("UsersDialog", "確認"), text)
    return answer == QMessageBox.StandardButton.Yes


class UsersDialog(QDialog):
    """The list of users with the actions an administrator needs."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        ask_role: AskRole = ask_role,
        confirm: Confirm = confirm,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._ask_role = ask_role
        self._confirm = confirm
        self._accounts: list[UserAccount] = []
        self._offices = {office.code: office for office in services.setup.offices()}
        self.setObjectName("UsersDialog")
        self.setWindowTitle(self.tr("利用者の管理"))
        self.resize(860, 460)

        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("ログイン名"),
                self.tr("表示名"),
                self.tr("役割"),
                self.tr("所属"),
                self.tr("状態"),
                self.tr("最終ログイン"),
            ]
        )
        self.table.setAccessibleName(self.tr("利用者の一覧"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.message_label = QLabel("", self)
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("追加…"), self)
        self.reset_button = QPushButton(self.tr("パスワード再設定…"), self)
        self.role_button = QPushButton(self.tr("役割の変更…"), self)
        self.active_button = QPushButton(self.tr("無効にする"), self)
        self.unlock_button = QPushButton(self.tr("ロック解除"), self)
        close_button = QPushButton(self.tr("閉じる"), self)
        for button in (self.add_button, self.reset_button, self.role_button, self.active_button, self.unlock_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close_button)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        close_button.clicked.connect(self.accept)
        self.reload()

    # -- data ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the users again (after a change)."""
        selected = self.selected_login()
        self._accounts = self._services.users.accounts(self._actor)
        now = self._services.clock.now()
        self.table.setRowCount(len(self._accounts))
        for row, account in enumerate(self._accounts):
            office = self._offices.get(account.office_code)
            state = self.tr("有効") if account.active else self.tr("無効")
            if account.is_locked(now):
                state = self.tr("ロック中")
            elif account.active and not account.has_password:
                state = self.tr("パスワード未設定")
            last = (
                f"{long_date(account.last_login_at.date())} {account.last_login_at:%H:%M}"
                if account.last_login_at
                else ""
            )
            values = (
                account.login,
                account.display_name,
                role_label(account.role),
                office_label(office.name, account.office_code) if office else account.office_code,
                state,
                last,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not account.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
            if account.login == selected:
                self.table.selectRow(row)
        self._update_buttons()

    def selected_login(self) -> str | None:
        """Login of the selected row."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self._accounts[rows[0].row()].login if rows[0].row() < len(self._accounts) else None

    def _selected(self) -> UserAccount | None:
        login = self.selected_login()
        return next((account for account in self._accounts if account.login == login), None)

    def _update_buttons(self) -> None:
        account = self._selected()
        for button in (self.reset_button, self.role_button, self.active_button, self.unlock_button):
            button.setEnabled(account is not None)
        if account is not None:
            self.active_button.setText(self.tr("無効にする") if account.active else self.tr("有効にする"))
            self.unlock_button.setEnabled(account.failed_logins > 0 or account.locked_until is not None)

    def _run(self, action: Callable[[], None], done: str) -> None:
        try:
            action()
        except DomainError as exc:
            theme.set_role(self.message_label, "error")
            self.message_label.setText(error_text(exc, with_where=False))
            return
        theme.set_role(self.message_label, None)
        self.message_label.setText(done)
        self.reload()

    # -- actions ---------------------------------------------------------------------

    def add_user(self) -> None:
        """Open the add-user dialog."""
        dialog = AddUserDialog(self._services, self._actor, list(self._offices.values()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.account is not None:
            theme.set_role(self.message_label, None)
            self.message_label.setText(self.tr("%1 を追加しました").replace("%1", dialog.account.login))
            self.reload()

    def reset_password(self) -> None:
        """Open the password dialog for the selected user."""
        login = self.selected_login()
        if login is None:
            return
        dialog = PasswordResetDialog(self._services, self._actor, login, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            theme.set_role(self.message_label, None)
            self.message_label.setText(self.tr("%1 のパスワードを再設定しました").replace("%1", login))
            self.reload()

    def change_role(self) -> None:
        """Ask for and store a new role."""
        account = self._selected()
        if account is None:
            return
        role = self._ask_role(self, account.login, account.role)
        if role is None or role == account.role:
            return
        self._run(
            lambda: self._services.users.set_role(self._actor, account.login, role),
            self.tr("%1 の役割を変更しました").replace("%1", account.login),
        )

    def toggle_active(self) -> None:
        """Disable (after confirming) or re-enable the selected user."""
        account = self._selected()
        if account is None:
            return
        if account.active and not self._confirm(
            self, self.tr("%1 を無効にしますか？（記録は残ります）").replace("%1", account.login)
        ):
            return
        self._run(
            lambda: self._services.users.set_active(self._actor, account.login, not account.active),
            self.tr("%1 を更新しました").replace("%1", account.login),
        )

    def unlock(self) -> None:
        """Lift the selected user's lockout."""
        account = self._selected()
        if account is None:
            return
        self._run(
            lambda: self._services.users.unlock(self._actor, account.login),
            self.tr("%1 のロックを解除しました").replace("%1", account.login),
        )

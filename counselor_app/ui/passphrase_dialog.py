"""Asking for the passphrase of an encrypted (SQLCipher) database at start-up."""

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

from counselor_app.ui import theme


class PassphraseDialog(QDialog):
    """One passphrase field; ``passphrase()`` after ``accept``. Shows why the last try failed."""

    def __init__(self, database: str, *, error: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.setWindowTitle(self.tr("相談記録 — 暗号化データベース"))
        self.setModal(True)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr("このデータベースは暗号化されています。開くにはパスフレーズを入力してください。"), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        where = QLabel(database, self)
        theme.set_role(where, "muted")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        form = QFormLayout()
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("パスフレーズ"))
        form.addRow(self.tr("パスフレーズ"), self.passphrase_edit)
        layout.addLayout(form)
        self.message_label = QLabel(error or "", self)
        self.message_label.setWordWrap(True)
        theme.set_role(self.message_label, "error")
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("開く"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("終了"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        if not self.passphrase_edit.text():
            self.message_label.setText(self.tr("パスフレーズを入力してください"))
            return
        self.accept()

    def passphrase(self) -> str:
        """What was typed."""
        return self.passphrase_edit.text()


def ask_passphrase(database: str, error: str | None, parent: QWidget | None = None) -> str | None:
    """Show the dialog; the passphrase, or None when the user quits."""
    dialog = PassphraseDialog(database, error=error, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()

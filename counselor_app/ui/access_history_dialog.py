"""A case's access history for supervisors: who viewed, changed, exported or printed it, and when."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import DomainError
from counselor_app.services.audit_service import AccessRecord
from counselor_app.services.container import Services
from counselor_app.ui.i18n import long_date
from counselor_app.ui.service_messages import error_text

# Audit actions as the dialog names them (unknown actions are shown by their code).
_CONTEXT = "AccessHistoryDialog"
ACTION_LABELS = {
    "view": QT_TRANSLATE_NOOP("AccessHistoryDialog", "閲覧"),
    "create": QT_TRANSLATE_NOOP("AccessHistoryDialog", "登録"),
    "update": QT_TRANSLATE_NOOP("AccessHistoryDialog", "更新"),
    "export": QT_TRANSLATE_NOOP("AccessHistoryDialog", "書き出し"),
    "print": QT_TRANSLATE_NOOP("AccessHistoryDialog", "印刷"),
    "approve": QT_TRANSLATE_NOOP("AccessHistoryDialog", "決裁"),
    "return": QT_TRANSLATE_NOOP("AccessHistoryDialog", "差し戻し"),
    "submit": QT_TRANSLATE_NOOP("AccessHistoryDialog", "決裁申請"),
    "delete": QT_TRANSLATE_NOOP("AccessHistoryDialog", "削除"),
    "anonymise": QT_TRANSLATE_NOOP("AccessHistoryDialog", "匿名化"),
    "view_access_history": QT_TRANSLATE_NOOP("AccessHistoryDialog", "アクセス履歴の閲覧"),
    "referral": QT_TRANSLATE_NOOP("AccessHistoryDialog", "移送・紹介"),
    "merge": QT_TRANSLATE_NOOP("AccessHistoryDialog", "統合"),
}


def action_label(action: str) -> str:
    """The translated label of an audit action."""
    label = ACTION_LABELS.get(action)
    return QCoreApplication.translate(_CONTEXT, label) if label else action


class AccessHistoryDialog(QDialog):
    """Read-only table of one case's audit events, oldest first."""

    def __init__(
        self, records: list[AccessRecord], case_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AccessHistoryDialog")
        self.setWindowTitle(self.tr("アクセス履歴 — %1").replace("%1", case_label))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr("%1 の閲覧・変更・書き出し・印刷の記録（%2 件、監査ログより）")
            .replace("%1", case_label)
            .replace("%2", str(len(records))),
            self,
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.table = QTableWidget(len(records), 4, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels([self.tr("日時"), self.tr("利用者"), self.tr("操作"), self.tr("記録番号")])
        self.table.setAccessibleName(self.tr("アクセス履歴"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, record in enumerate(records):
            user = (
                record.display_name
                if record.display_name == record.login
                else self.tr("%1（%2）").replace("%1", record.display_name).replace("%2", record.login)
            )
            values = (
                f"{long_date(record.at.date())} {record.at:%H:%M:%S}",
                user,
                action_label(record.action),
                f"#{record.seq}",
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        if records:
            self.table.scrollToBottom()


def open_access_history(
    parent: QWidget, services: Services, actor: Actor, case_id: int, case_label: str
) -> AccessHistoryDialog | None:
    """Show a case's access history (the hook for case preview and detail views).

    The service checks the role; a counselor gets a message, not the history.
    Returns the dialog (shown, non-modal) or None when refused.
    """
    try:
        records = services.audit.case_access_history(actor, case_id)
    except DomainError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("AccessHistoryDialog", "アクセス履歴"), error_text(exc, with_where=False))
        return None
    dialog = AccessHistoryDialog(records, case_label, parent)
    dialog.show()
    return dialog

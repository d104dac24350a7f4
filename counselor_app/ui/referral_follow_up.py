"""Open and overdue referrals to follow up: status steps, replies and slips, for counselors and supervisors."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import DomainError
from counselor_app.domain.referrals import FollowUpRow, is_overdue
from counselor_app.services.container import Services
from counselor_app.ui.i18n import display_codelists, long_date
from counselor_app.ui.service_messages import error_text


class Prompter(Protocol):
    """The OS edges of this widget (file and text prompts), replaceable in tests."""

    def save_path(self, parent: QWidget, suggested: str) -> Path | None:
        """Where to save a PDF, or None when cancelled."""
        ...

    def reply_text(self, parent: QWidget) -> str | None:
        """The destination's reply, or None when cancelled."""
        ...


class QtPrompter:
    """Real dialogs."""

    def save_path(self, parent: QWidget, suggested: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            parent, parent.tr("移送票の保存"), suggested, "PDF (*.pdf)"
        )
        return Path(path) if path else None

    def reply_text(self, parent: QWidget) -> str | None:
        text, ok = QInputDialog.getMultiLineText(parent, parent.tr("回答の記録"), parent.tr("先方からの回答"))
        return text if ok else None


# Column headers (translated in the widget).
_NEXT_STATUS = {"UNSENT": "SENT", "SENT": "AWAITING", "AWAITING": "REPLIED", "REPLIED": "DONE"}


class ReferralFollowUpWidget(QWidget):
    """The list of referrals still waiting for something, due first; overdue ones say so in words.

    Signals:
        case_requested: id of the case behind a selected referral.
    """

    case_requested = Signal(int)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        prompter: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._prompter: Prompter = prompter or QtPrompter()
        self._rows: list[FollowUpRow] = []
        self.overdue_only = QCheckBox(self.tr("期限超過のみ"), self)
        self.overdue_only.toggled.connect(lambda _checked: self.refresh())
        self.summary = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("移送・紹介の追跡"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("期限"),
                self.tr("相談番号"),
                self.tr("移送・紹介先"),
                self.tr("種別"),
                self.tr("状況"),
                self.tr("注意"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._open_case)
        self.advance_button = QPushButton(self.tr("次の状況へ進める"), self)
        self.done_button = QPushButton(self.tr("完了にする"), self)
        self.slip_button = QPushButton(self.tr("移送票を保存…"), self)
        self.advance_button.clicked.connect(self.advance_selected)
        self.done_button.clicked.connect(lambda: self._move_selected("DONE"))
        self.slip_button.clicked.connect(self.save_selected_slip)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.overdue_only)
        buttons = QHBoxLayout()
        for button in (self.advance_button, self.done_button, self.slip_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        """Reload from the database."""
        self._rows = self._services.referrals.follow_up(
            self._actor, overdue_only=self.overdue_only.isChecked()
        )
        lists = display_codelists(self._services.reference.codelists)
        today = self._services.clock.now().date()
        overdue = 0
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            referral = row.referral
            late = is_overdue(referral, today)
            overdue += late
            values = [
                long_date(referral.due_date) if referral.due_date else self.tr("期限なし"),
                row.case_no or "",
                row.destination_name,
                lists["referral_kind"].label_of(referral.kind),
                lists["referral_status"].label_of(referral.status),
                self.tr("期限超過") if late else "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, index)
                if late:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(
            self.tr("未完了 %1 件（うち期限超過 %2 件）")
            .replace("%1", str(len(self._rows)))
            .replace("%2", str(overdue))
        )

    def _selected(self) -> FollowUpRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def advance_selected(self) -> None:
        """Move the selected referral to its next status (asking for the reply when one is due)."""
        row = self._selected()
        if row is None:
            return
        next_status = _NEXT_STATUS.get(row.referral.status, "DONE")
        self._move_selected(next_status)

    def _move_selected(self, status: str) -> None:
        row = self._selected()
        if row is None or row.referral.id is None:
            return
        reply = None
        if status == "REPLIED":
            reply = self._prompter.reply_text(self)
            if reply is None:
                return
        try:
            self._services.referrals.transition(
                self._actor, row.referral.id, status, expected_version=row.referral.version, reply_text=reply
            )
        except DomainError as exc:
            self.message.setText(error_text(exc, with_where=False))
            return
        self.message.setText("")
        self.refresh()

    def save_selected_slip(self) -> None:
        """Write the selected referral's slip to a PDF the user chooses."""
        row = self._selected()
        if row is None or row.referral.id is None:
            return
        path = self._prompter.save_path(self, f"{row.case_no}-{row.referral.id}.pdf")
        if path is None:
            return
        try:
            data = self._services.referrals.slip_pdf(self._actor, row.referral.id)
        except DomainError as exc:
            self.message.setText(error_text(exc, with_where=False))
            return
        temporary = path.with_name(f".{path.name}.part")
        temporary.write_bytes(data)
        temporary.replace(path)
        self.message.setText(self.tr("保存しました: %1").replace("%1", str(path)))

    def _open_case(self, item: QTableWidgetItem) -> None:
        row = self._rows[int(item.data(Qt.ItemDataRole.UserRole))]
        if row.referral.case_id is not None:
            self.case_requested.emit(row.referral.case_id)

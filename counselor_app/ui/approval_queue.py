"""The supervisor's 決裁 queue: cases awaiting approval, a summary of the chosen one, approve or return with a comment."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.entities import Actor, Case
from counselor_app.domain.errors import DomainError
from counselor_app.domain.report_data import PendingApproval, ReviewStep
from counselor_app.services.container import Services
from counselor_app.ui import theme
from counselor_app.ui.case_table_model import short_wareki
from counselor_app.ui.i18n import display_codelists, long_date
from counselor_app.ui.intake.field_text import party_profile
from counselor_app.ui.service_messages import error_text


class ApprovalQueueWindow(QWidget):
    """決裁待ち一覧 for supervisors and admins.

    Signals:
        case_card_requested: a case number whose 相談カード the user wants to see.
        changed: a case was approved or returned (lists and the dashboard should refresh).
    """

    case_card_requested = Signal(str)
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self._services = services
        self._actor = actor
        self._lists = display_codelists(services.reference.codelists)
        self._pending: list[PendingApproval] = []
        self.setObjectName("ApprovalQueueWindow")
        self.setWindowTitle(self.tr("決裁待ち一覧"))
        self.resize(1200, 700)
        self._build()
        self.refresh()
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, activated=self.close)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        top = QHBoxLayout()
        self.count_label = QLabel(self)
        theme.set_role(self.count_label, "strong")
        top.addWidget(self.count_label)
        top.addStretch(1)
        self.refresh_button = QPushButton(self.tr("最新の状態に更新"), self)
        self.refresh_button.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableWidget(0, 6, splitter)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("決裁待ちの相談"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("提出日時"), self.tr("相談番号"), self.tr("受付日"), self.tr("件名"), self.tr("担当"), self.tr("個人情報")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((118, 150, 118, 220, 110, 80)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QTextBrowser(right)
        self.summary.setAccessibleName(self.tr("相談の概要"))
        self.summary.setOpenLinks(False)
        right_layout.addWidget(self.summary, 1)
        self.status_label = QLabel(right)
        self.status_label.setWordWrap(True)
        right_layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("決裁する"), right)
        self.approve_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.return_button = QPushButton(self.tr("差し戻す…"), right)
        self.return_button.clicked.connect(self.return_selected)
        self.card_button = QPushButton(self.tr("相談カードを表示"), right)
        self.card_button.clicked.connect(self._card_requested)
        for button in (self.approve_button, self.return_button, self.card_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([720, 460])
        layout.addWidget(splitter, 1)
        self._set_actions_enabled(False)

    # -- list ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the cases awaiting approval."""
        self._pending = self._services.approvals.pending(self._actor)
        self.table.setRowCount(len(self._pending))
        related = self._lists["pi_related"]
        for row, item in enumerate(self._pending):
            summary = item.summary
            cells = (
                short_wareki(item.submitted_at) if item.submitted_at else "",
                summary.case_no or "",
                short_wareki(summary.received_at),
                summary.subject or self.tr("（件名なし）"),
                summary.counselor or "",
                related.label_of(summary.pi_related),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.count_label.setText(self.tr("決裁待ち %1 件").replace("%1", f"{len(self._pending):,}"))
        self.summary.setHtml(self._placeholder())
        self._set_actions_enabled(False)
        if self._pending:
            self.table.selectRow(0)

    def selected(self) -> PendingApproval | None:
        """The highlighted pending case."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._pending):
            return None
        return self._pending[rows[0].row()]

    def select_case(self, case_id: int) -> bool:
        """Highlight a case by id; False when it is not in the queue."""
        for row, item in enumerate(self._pending):
            if item.summary.id == case_id:
                self.table.selectRow(row)
                return True
        return False

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.approve_button, self.return_button, self.card_button):
            button.setEnabled(enabled)

    def _selection_changed(self) -> None:
        item = self.selected()
        if item is None:
            self.summary.setHtml(self._placeholder())
            self._set_actions_enabled(False)
            return
        try:
            case = self._services.cases.get(self._actor, item.summary.id)
            history = self._services.approvals.history(self._actor, item.summary.id)
        except DomainError as exc:
            self._show_status(error_text(exc), error=True)
            return
        self.summary.setHtml(self._summary_html(case, history))
        self._set_actions_enabled(True)
        self._show_status("")

    # -- decisions -------------------------------------------------------------------

    def confirm_approve(self, case_no: str) -> bool:
        """Ask before approving (tests replace this dialog)."""
        answer = QMessageBox.question(
            self,
            self.tr("決裁"),
            self.tr("%1 を決裁します。決裁後は差し戻すまで編集できません。よろしいですか。").replace("%1", case_no),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_comment(self, case_no: str) -> str | None:
        """Ask for the reason of a return (tests replace this dialog)."""
        text, accepted = QInputDialog.getMultiLineText(
            self,
            self.tr("差し戻し"),
            self.tr("%1 を担当者に差し戻します。理由を入力してください。").replace("%1", case_no),
        )
        return text if accepted else None

    def approve_selected(self) -> bool:
        """Approve the highlighted case; True when it was approved."""
        item = self.selected()
        if item is None or not self.confirm_approve(item.summary.case_no or ""):
            return False
        try:
            self._services.approvals.approve(self._actor, item.summary.id, expected_version=item.version)
        except DomainError as exc:
            self._show_status(error_text(exc), error=True)
            return False
        self.refresh()
        self._show_status(self.tr("%1 を決裁しました").replace("%1", item.summary.case_no or ""))
        self.changed.emit()
        return True

    def return_selected(self) -> bool:
        """Return the highlighted case to its counselor with a comment; True when returned."""
        item = self.selected()
        if item is None:
            return False
        comment = self.ask_comment(item.summary.case_no or "")
        if comment is None:
            return False
        try:
            self._services.approvals.return_case(
                self._actor, item.summary.id, comment, expected_version=item.version
            )
        except DomainError as exc:
            self._show_status(error_text(exc), error=True)
            return False
        self.refresh()
        self._show_status(self.tr("%1 を差し戻しました").replace("%1", item.summary.case_no or ""))
        self.changed.emit()
        return True

    def _card_requested(self) -> None:
        item = self.selected()
        if item is not None and item.summary.case_no:
            self.case_card_requested.emit(item.summary.case_no)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        theme.set_role(self.status_label, "error" if error else "ok")
        self.status_label.setText(text)

    # -- summary ---------------------------------------------------------------------

    def _placeholder(self) -> str:
        text = self.tr("決裁待ちの相談はありません。") if not self._pending else self.tr("相談を選ぶと概要が表示されます。")
        return f"<p style='color:{theme.colours().muted}'>{html.escape(text)}</p>"

    def _summary_html(self, case: Case, history: list[ReviewStep]) -> str:
        lists = self._lists
        party = case.consultant if case.party_same_as_consultant else case.party

        def row(label: str, value: object) -> str:
            if value in (None, ""):
                return ""
            shown = str(value)
            return (
                f"<tr><th align='left' style='padding-right:8px;white-space:nowrap'>{html.escape(label)}</th>"
                f"<td>{html.escape(shown)}</td></tr>"
            )

        amounts = [
            self.tr("契約 %1円").replace("%1", f"{case.contract_amount:,}") if case.contract_amount else "",
            self.tr("既払 %1円").replace("%1", f"{case.paid_amount:,}") if case.paid_amount else "",
        ]
        rows = [
            row(self.tr("相談番号"), case.case_no),
            row(self.tr("受付"), f"{long_date(case.received_at.date())} {case.received_at:%H:%M}"),
            row(self.tr("受付方法・区分"), " / ".join(filter(None, (lists["channel"].label_of(case.channel), lists["category"].label_of(case.category))))),
            row(self.tr("契約当事者"), party_profile(party, lists)),
            row(self.tr("事業者"), case.business_name),
            row(self.tr("商品・役務"), lists["product"].path_label(case.product)),
            row(self.tr("販売購入形態"), lists["sales_form"].label_of(case.sales_form)),
            row(self.tr("金額"), "　".join(filter(None, amounts))),
            row(
                self.tr("個人情報"),
                (lists["pi_related"].label_of(case.pi.related) + " " + self.tr("、").join(lists["pi_issue"].label_of(code) for code in case.pi.issues))
                if case.pi
                else None,
            ),
            row(self.tr("処理結果"), lists["result"].label_of(case.result)),
            row(self.tr("移送・紹介"), self.tr("%1 件").replace("%1", str(len(case.referrals))) if case.referrals else None),
            row(self.tr("担当"), case.counselor),
        ]
        handling = "".join(
            f"<li>{html.escape(f'{entry.at:%m/%d %H:%M}')} "
            f"[{html.escape(lists['handling_counterpart'].label_of(entry.counterpart))}] {html.escape(entry.text)}</li>"
            for entry in case.handling
        )
        steps = {
            "submitted": self.tr("提出"),
            "approved": self.tr("決裁"),
            "returned": self.tr("差し戻し"),
        }
        trail = "".join(
            f"<li>{html.escape(f'{step.at:%Y-%m-%d %H:%M}')} {html.escape(steps.get(step.action, step.action))} "
            f"{html.escape(step.actor)}{(': ' + html.escape(step.comment)) if step.comment else ''}</li>"
            for step in history
        )
        # tr() stays outside the f-strings: lupdate does not look inside them.
        subject = html.escape(case.subject or self.tr("（件名なし）"))
        summary_heading = html.escape(self.tr("相談概要"))
        handling_heading = html.escape(self.tr("処理経過"))
        trail_heading = html.escape(self.tr("決裁の記録"))
        return (
            f"<h3 style='margin-bottom:4px'>{subject}</h3>"
            f"<table>{''.join(rows)}</table>"
            f"<h4>{summary_heading}</h4><p>{html.escape(case.narrative)}</p>"
            + (f"<h4>{handling_heading}</h4><ul>{handling}</ul>" if handling else "")
            + (f"<h4>{trail_heading}</h4><ul>{trail}</ul>" if trail else "")
        )

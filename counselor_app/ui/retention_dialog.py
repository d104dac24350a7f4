"""The retention job for admins: preview how many closed cases of which years are due, then anonymise."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import DomainError
from counselor_app.domain.retention import RetentionPreview
from counselor_app.services.container import Services
from counselor_app.services.retention_service import RetentionResult
from counselor_app.ui.background_tasks import Background
from counselor_app.ui.i18n import fiscal_year_text, long_date
from counselor_app.ui.service_messages import error_text

Confirm = Callable[[QWidget, str], bool]


def confirm(parent: QWidget, text: str) -> bool:
    """Ask before the irreversible step."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("RetentionDialog", "匿名化の実行"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class RetentionDialog(QDialog):
    """Shows the preview (logged in the audit trail) and runs the job off the GUI thread."""

    def __init__(
        self, services: Services, actor: Actor, parent: QWidget | None = None, *, confirm: Confirm = confirm
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._confirm = confirm
        self._background = Background(self)
        self.preview: RetentionPreview | None = None
        self.outcome: RetentionResult | None = None
        self.setObjectName("RetentionDialog")
        self.setWindowTitle(self.tr("保存期間による匿名化"))
        self.resize(560, 440)
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "保存期間を過ぎた完了済みの相談から、氏名・電話番号・住所などの個人情報を取り除きます。"
                "年代・性別・職業・地域・商品・金額などの統計項目は残ります。元に戻すことはできません。"
            ),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.summary_label = QLabel("", self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.table = QTableWidget(0, 2, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("匿名化の対象（受付年度別）"))
        self.table.setHorizontalHeaderLabels([self.tr("受付年度"), self.tr("件数")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("匿名化を実行…"), self)
        close_button = QPushButton(self.tr("閉じる"), self)
        row.addWidget(self.run_button)
        row.addStretch(1)
        row.addWidget(close_button)
        layout.addLayout(row)
        self.run_button.clicked.connect(self.run)
        close_button.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        """Ask the service for the preview and show it."""
        try:
            preview = self._services.retention.preview(self._actor)
        except DomainError as exc:
            self.summary_label.setText(error_text(exc, with_where=False))
            self.run_button.setEnabled(False)
            return
        self.preview = preview
        self.summary_label.setText(
            self.tr("保存期間 %1 年：%2 より前に完了した相談 %3 件が対象です。")
            .replace("%1", str(preview.retention_years))
            .replace("%2", long_date(preview.cutoff))
            .replace("%3", f"{preview.cases:,}")
        )
        self.table.setRowCount(len(preview.by_fiscal_year))
        for row, (year, count) in enumerate(sorted(preview.by_fiscal_year.items())):
            label = (
                self.tr("%1年度（%2）").replace("%1", str(year)).replace("%2", fiscal_year_text(year))
                if year
                else self.tr("不明")
            )
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(f"{count:,}"))
        self.run_button.setEnabled(not preview.nothing_to_do and not self._background.busy)

    def run(self) -> None:
        """Confirm, then anonymise in the background."""
        if self.preview is None or self.preview.nothing_to_do or self._background.busy:
            return
        question = self.tr("%1 件の相談の個人情報を取り除きます。元に戻せません。実行しますか？").replace(
            "%1", f"{self.preview.cases:,}"
        )
        if not self._confirm(self, question):
            return
        self.run_button.setEnabled(False)
        self.status_label.setText(self.tr("匿名化しています…"))
        self._background.start(lambda: self._services.retention.run(self._actor), self._done, self._failed)

    def _done(self, result: object) -> None:
        assert isinstance(result, RetentionResult)
        self.outcome = result
        self.status_label.setText(
            self.tr("%1 件の相談を匿名化しました（監査ログに記録しました）。").replace("%1", f"{result.cases:,}")
        )
        self.refresh()

    def _failed(self, error: Exception) -> None:
        message = error_text(error, with_where=False)
        self.status_label.setText(self.tr("匿名化できませんでした: %1").replace("%1", message))
        self.refresh()

"""Intake step 確認: what is still wrong or missing (by 相談区分, from the case rules), the whole case, save/submit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.entities import Case
from counselor_app.ui.cases.case_html import case_html
from counselor_app.ui.intake.field_text import field_label, severity_colour, severity_text
from counselor_app.ui.intake.step_base import FieldProblem, IntakeStep, StepContext

PATH_ROLE = Qt.ItemDataRole.UserRole + 3


class ReviewStep(IntakeStep):
    """確認: a list of problems (Enter jumps to the field) and the case as it will be saved.

    Signals:
        jump_requested: a field path the user wants to fix.
        save_requested / submit_requested: the buttons.
    """

    jump_requested = Signal(str)
    save_requested = Signal()
    submit_requested = Signal()

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("reviewProblems")
        self.problems.setStyleSheet("#reviewProblems::item { padding: 3px 4px; }")
        self.problems.setAccessibleName(self.tr("未入力・エラーの一覧"))
        self.problems.itemActivated.connect(self._activate)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("review.preview")
        self.preview.setAccessibleName(self.tr("保存される内容"))
        self.preview.setOpenLinks(False)
        self.save_button = QPushButton(self.tr("保存（Ctrl+S）"), self)
        self.submit_button = QPushButton(self.tr("決裁に回す…"), self)
        self.submit_button.setEnabled(False)
        self.submit_button.setToolTip(self.tr("決裁の機能は準備中です"))
        self.save_button.clicked.connect(self.save_requested)
        self.submit_button.clicked.connect(self.submit_requested)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary_label)
        left_layout.addWidget(self.problems, 1)
        left_layout.addStretch(0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def title(self) -> str:
        return self.tr("確認")

    def first_focus(self) -> QWidget | None:
        return self.problems if self.problems.count() else self.save_button

    def load(self, case: Case) -> None:
        return None

    def apply(self, case: Case) -> Case:
        return case

    def set_submit_enabled(self, enabled: bool) -> None:
        """Enable the submit button (when the approval feature provides a handler)."""
        self.submit_button.setEnabled(enabled)
        self.submit_button.setToolTip("" if enabled else self.tr("決裁の機能は準備中です"))

    def show_review(self, case: Case, problems: list[FieldProblem]) -> None:
        """Refresh the problem list and the preview."""
        self.problems.clear()
        self.problems.setVisible(bool(problems))
        order = {"error": 0, "missing": 1, "warning": 2}
        for problem in sorted(problems, key=lambda p: order.get(p.severity, 3)):
            label = field_label(problem.field)
            text = problem.text if label in problem.text else f"{label}: {problem.text}"
            item = QListWidgetItem(
                self.tr("%1　%2").replace("%1", severity_text(problem.severity)).replace("%2", text)
            )
            item.setData(PATH_ROLE, problem.field)
            item.setForeground(QColor(severity_colour(problem.severity)))
            self.problems.addItem(item)
        counts = {severity: sum(1 for p in problems if p.severity == severity) for severity in order}
        if not problems:
            self.summary_label.setText(self.tr("問題はありません。保存できます。"))
        else:
            self.summary_label.setText(
                self.tr("エラー %1 件（保存できません）・未入力 %2 件（決裁に回す前に）・注意 %3 件。Enterでその欄へ移動します。")
                .replace("%1", str(counts["error"]))
                .replace("%2", str(counts["missing"]))
                .replace("%3", str(counts["warning"]))
            )
        if self.problems.count():
            self.problems.setCurrentRow(0)
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(case_html(case, self.codelists))
        self.preview.verticalScrollBar().setValue(scroll)

    def _activate(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if isinstance(path, str):
            self.jump_requested.emit(path)

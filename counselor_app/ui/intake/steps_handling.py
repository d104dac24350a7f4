"""Intake step 処理・移送: the handling log (処理経過), the result (処理結果) and the case's referrals.

Recording a new referral belongs to the referrals feature: it connects to
``HandlingStep.referral_requested`` (re-emitted by ``IntakeView``) and the button here
stays disabled until a handler is set with :meth:`HandlingStep.set_referral_handler`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.entities import Case, HandlingEntry, Referral
from counselor_app.domain.text import normalise_display
from counselor_app.ui import theme
from counselor_app.ui.intake.step_base import FieldMessage, FieldProblem, IntakeStep, StepContext, new_form
from counselor_app.ui.widgets.code_picker import CodePicker
from counselor_app.ui.widgets.text_inputs import DateInput, TimeInput

DEFAULT_COUNTERPART = "consultant"


class HandlingStep(IntakeStep):
    """処理・移送: log lines (time, counterpart, text), 処理結果, and the referrals list.

    Signals:
        referral_requested: the user asked to record a referral (the referrals feature handles it).
    """

    referral_requested = Signal()

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        lists = self.codelists
        self._saved: tuple[HandlingEntry, ...] = ()
        self._new: list[HandlingEntry] = []
        self._referral_handler: Callable[[], None] | None = None

        log_caption = QLabel(self.tr("処理経過"), self)
        theme.set_role(log_caption, "heading")
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("handling.table")
        self.table.setHorizontalHeaderLabels([self.tr("日時"), self.tr("相手方"), self.tr("内容"), self.tr("記録者")])
        self.table.setAccessibleName(self.tr("処理経過の一覧"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 130)
        header.resizeSection(1, 90)
        header.resizeSection(3, 90)
        self.table.setMinimumHeight(120)
        self.table.installEventFilter(self)

        entry_row = QHBoxLayout()
        self.entry_date = DateInput(self)
        self.entry_date.echo.hide()
        self.entry_date.edit.setPlaceholderText(self.tr("今日"))
        self.entry_date.edit.setObjectName("handling.date")
        self.entry_date.edit.setAccessibleName(self.tr("新しい経過の日付"))
        self.entry_time = TimeInput(self)
        self.entry_time.edit.setPlaceholderText(self.tr("今"))
        self.entry_time.edit.setObjectName("handling.time")
        self.entry_time.edit.setAccessibleName(self.tr("新しい経過の時刻"))
        self.counterpart = CodePicker(lists["handling_counterpart"])
        self.counterpart.edit.setObjectName("handling.counterpart")
        self.counterpart.edit.setAccessibleName(self.tr("新しい経過の相手方"))
        self.counterpart.setMaximumWidth(150)
        self.counterpart.set_code(DEFAULT_COUNTERPART)
        self.entry_text = QLineEdit(self)
        self.entry_text.setObjectName("handling.text")
        self.entry_text.setAccessibleName(self.tr("新しい経過の内容"))
        self.entry_text.setPlaceholderText(self.tr("経過を一行で（Enterで追加）"))
        self.add_button = QPushButton(self.tr("追加"), self)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Enter in the text adds
        entry_caption = QLabel(self.tr("新しい経過(&L)"), self)
        entry_caption.setBuddy(self.entry_text)
        entry_row.addWidget(entry_caption)
        entry_row.addWidget(self.entry_date)
        entry_row.addWidget(self.entry_time)
        entry_row.addWidget(self.counterpart)
        entry_row.addWidget(self.entry_text, 4)
        entry_row.addWidget(self.add_button)
        self.entry_message = QLabel(self)
        theme.set_role(self.entry_message, "error")
        self.entry_message.hide()
        for widget in (self.entry_date, self.entry_time, self.counterpart):
            self.watch(widget)
        self.watch(self.entry_text)
        self._raw["handling.date"] = self.entry_date
        self._raw["handling.time"] = self.entry_time
        self._raw["handling.text"] = self.entry_text
        self.entry_text.returnPressed.connect(self.add_entry)
        self.add_button.clicked.connect(self.add_entry)

        form = new_form()
        self.result = self.add_field(
            form, "result", self.tr("処理結果(&K)"), CodePicker(lists["result"], placeholder=self.tr("助言・あっせん・他機関紹介…"))
        )

        referral_caption = QLabel(self.tr("移送・紹介"), self)
        theme.set_role(referral_caption, "heading")
        self.referrals = QTableWidget(0, 5, self)
        self.referrals.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.referrals.setObjectName("referrals.table")
        self.referrals.setHorizontalHeaderLabels(
            [self.tr("日付"), self.tr("種別"), self.tr("移送・紹介先"), self.tr("状況"), self.tr("回答期限")]
        )
        self.referrals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referrals.verticalHeader().setVisible(False)
        self.referrals.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.referrals.setMinimumHeight(70)
        self.referrals.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.referral_button = QPushButton(self.tr("移送・紹介を記録…"), self)
        self.referral_button.setEnabled(False)
        self.referral_button.setToolTip(self.tr("移送・紹介の記録は準備中です"))
        self.referral_button.clicked.connect(self.request_referral)
        referral_header = QHBoxLayout()
        referral_header.addWidget(referral_caption)
        referral_header.addStretch(1)
        referral_header.addWidget(self.referral_button)

        layout = QVBoxLayout(self)
        layout.addWidget(log_caption)
        layout.addWidget(self.table, 3)
        layout.addLayout(entry_row)
        layout.addWidget(self.entry_message)
        self.handling_message = FieldMessage(self)
        self.add_message("handling", self.handling_message)
        layout.addWidget(self.handling_message)
        layout.addLayout(form)
        layout.addLayout(referral_header)
        layout.addWidget(self.referrals, 1)
        chain = [self.entry_date.edit, self.entry_time.edit, self.counterpart.edit, self.entry_text, self.result.edit]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._destinations = {entry.id: entry.name for entry in context.services.reference.directory}

    def title(self) -> str:
        return self.tr("処理・移送")

    def first_focus(self) -> QWidget | None:
        return self.entry_text

    # -- referrals hook ------------------------------------------------------------------------

    def set_referral_handler(self, handler: Callable[[], None] | None) -> None:
        """Enable the referral button and call ``handler`` when it is pressed (the referrals feature)."""
        self._referral_handler = handler
        self.referral_button.setEnabled(handler is not None)
        self.referral_button.setToolTip("" if handler else self.tr("移送・紹介の記録は準備中です"))

    def request_referral(self) -> None:
        """Ask the referrals feature to record a new referral for this case."""
        self.referral_requested.emit()
        if self._referral_handler is not None:
            self._referral_handler()

    # -- handling log ----------------------------------------------------------------------------

    def new_entries(self) -> list[HandlingEntry]:
        """Lines added in this session and not yet saved."""
        return list(self._new)

    def add_entry(self) -> bool:
        """Add the typed line to the log (time: as typed, or now)."""
        text = normalise_display(self.entry_text.text())
        if not text:
            self.entry_message.setText(self.tr("経過の内容を入力してください"))
            self.entry_message.show()
            return False
        if self.entry_date.error() or self.entry_time.error():
            self.entry_message.setText(self.entry_date.error() or self.entry_time.error() or "")
            self.entry_message.show()
            return False
        now = self.context.services.clock.now()
        day = self.entry_date.date() or now.date()
        moment = self.entry_time.time() or now.time().replace(second=0, microsecond=0)
        entry = HandlingEntry(
            at=dt.datetime.combine(day, moment),
            counterpart=self.counterpart.code() or DEFAULT_COUNTERPART,
            text=text,
            created_by=self.context.actor.login,
        )
        self._new.append(entry)
        self.entry_text.clear()
        self.entry_date.set_text("")
        self.entry_time.set_text("")
        self.counterpart.set_code(DEFAULT_COUNTERPART)
        self.entry_message.hide()
        self._render()
        self._emit_changed()
        return True

    def _render(self) -> None:
        lists = self.codelists
        rows = [(entry, True) for entry in self._saved] + [(entry, False) for entry in self._new]
        self.table.setRowCount(len(rows))
        for row, (entry, saved) in enumerate(rows):
            values = [
                f"{entry.at:%Y/%m/%d %H:%M}",
                lists["handling_counterpart"].label_of(entry.counterpart),
                entry.text if saved else self.tr("%1（未保存）").replace("%1", entry.text),
                entry.created_by or "",
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if rows:
            self.table.scrollToBottom()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            row = self.table.currentRow() - len(self._saved)
            if 0 <= row < len(self._new):  # only lines not yet saved can be taken back
                del self._new[row]
                self._render()
                self._emit_changed()
                return True
        return super().eventFilter(watched, event)

    def load(self, case: Case) -> None:
        self._saved = tuple(entry for entry in case.handling if entry.id is not None)
        self._new = [entry for entry in case.handling if entry.id is None]
        self._render()
        self.result.set_code(case.result)
        self._show_referrals(case.referrals)

    def _show_referrals(self, referrals: tuple[Referral, ...]) -> None:
        lists = self.codelists
        self.referrals.setRowCount(len(referrals))
        for row, ref in enumerate(referrals):
            values = [
                f"{ref.date:%Y/%m/%d}",
                lists["referral_kind"].label_of(ref.kind),
                self._destinations.get(ref.destination_id, ref.destination_id),
                lists["referral_status"].label_of(ref.status),
                f"{ref.due_date:%Y/%m/%d}" if ref.due_date else "",
            ]
            for column, value in enumerate(values):
                self.referrals.setItem(row, column, QTableWidgetItem(value))

    def apply(self, case: Case) -> Case:
        return dataclasses.replace(case, handling=(*self._saved, *self._new), result=self.result.code())

    def local_problems(self) -> list[FieldProblem]:
        problems = super().local_problems()
        if self.entry_text.text().strip():
            problems.append(
                FieldProblem("handling", "warning", self.tr("入力中の経過がまだ追加されていません（Enterで追加）"))
            )
        return problems

"""Intake step 受付: when and how the consultation came in, its kind, harm/danger/経由 flags, re-consultation."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from counselor_app.domain.entities import Case
from counselor_app.domain.errors import DomainError
from counselor_app.ui import theme
from counselor_app.ui.intake.step_base import FieldMessage, FieldProblem, IntakeStep, StepContext, new_form
from counselor_app.ui.widgets.code_picker import CodePicker
from counselor_app.ui.widgets.text_inputs import DateInput, TimeInput


class ReceptionStep(IntakeStep):
    """受付: date and time (default now), channel, 相談区分, flags, earlier case number."""

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        lists = self.codelists
        form = new_form()
        when = QWidget(self)
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        self.date_input = DateInput(when)
        self.time_input = TimeInput(when)
        row.addWidget(self.date_input)
        row.addWidget(self.time_input)
        row.addStretch(1)
        self.date_input.edit.setObjectName("received_at.date")
        self.time_input.edit.setObjectName("received_at.time")
        self.date_input.edit.setAccessibleName(self.tr("受付日"))
        self.time_input.edit.setAccessibleName(self.tr("受付時刻"))
        caption = QLabel(self.tr("受付日時(&D)"), self)
        caption.setBuddy(self.date_input.edit)
        self.received_message = FieldMessage(self)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(when)
        column.addWidget(self.received_message)
        form.addRow(caption, box)
        self.add_message("received_at", self.received_message)
        self._raw["received_at.date"] = self.date_input
        self._raw["received_at.time"] = self.time_input
        self._fields["received_at"] = self.date_input
        self.watch(self.date_input)
        self.watch(self.time_input)

        self.channel = self.add_field(
            form, "channel", self.tr("受付方法(&C)"), CodePicker(lists["channel"], placeholder=self.tr("電話・来所・文書…"))
        )
        self.category = self.add_field(
            form, "category", self.tr("相談区分(&K)"), CodePicker(lists["category"], placeholder=self.tr("苦情・問合せ・要望"))
        )
        flags = QWidget(self)
        flag_row = QHBoxLayout(flags)
        flag_row.setContentsMargins(0, 0, 0, 0)
        self.harm = QCheckBox(self.tr("危害あり(&H)"), flags)
        self.danger = QCheckBox(self.tr("危険あり(&G)"), flags)
        self.via_center = QCheckBox(self.tr("経由相談(&V)"), flags)
        for path, box_widget in (("harm", self.harm), ("danger", self.danger), ("via_center", self.via_center)):
            box_widget.setObjectName(path)
            flag_row.addWidget(box_widget)
            self._fields[path] = box_widget
            self.watch(box_widget)
        flag_row.addStretch(1)
        flags_caption = QLabel(self.tr("区分"), self)
        flags_box = QWidget(self)
        flags_column = QVBoxLayout(flags_box)
        flags_column.setContentsMargins(0, 0, 0, 0)
        flags_column.setSpacing(1)
        flags_column.addWidget(flags)
        explanation = QLabel(
            self.tr("危害: けが・病気などの被害を受けた　危険: 被害のおそれがある　経由相談: 他の窓口を経由して受け付けた"),
            flags_box,
        )
        explanation.setWordWrap(True)
        theme.set_role(explanation, "muted")
        flags_column.addWidget(explanation)
        form.addRow(flags_caption, flags_box)

        self.related_no = QLineEdit(self)
        self.related_no.setPlaceholderText(self.tr("例: 131016-R8-000123（再相談のとき）"))
        self.related_no.setMaximumWidth(260)
        self.add_field(form, "related_case_uuid", self.tr("前回の相談番号(&R)"), self.related_no, raw=True)
        self.related_echo = QLabel(self)
        theme.set_role(self.related_echo, "muted")
        self.related_echo.setWordWrap(True)
        form.addRow("", self.related_echo)
        self.related_no.editingFinished.connect(self.resolve_related)
        self.related_no.textEdited.connect(lambda _text: self._forget_related())

        hints = QLabel(self)
        hints.setObjectName("keyboardHints")
        hints.setTextFormat(Qt.TextFormat.RichText)
        hints.setText(
            "<b>" + self.tr("キーボードだけで入力できます") + "</b><table cellspacing='0' cellpadding='2'>"
            + "".join(
                f"<tr><td style='padding-right:14px'><b>{key}</b></td><td>{text}</td></tr>"
                for key, text in (
                    ("Tab / Shift+Tab", self.tr("次の欄 / 前の欄")),
                    ("Ctrl+Enter", self.tr("次の手順へ（Ctrl+Shift+Enter で前へ）")),
                    ("Alt+1…9", self.tr("手順へ直接移動")),
                    (self.tr("文字を入力"), self.tr("一覧を絞り込み（ひらがな・カタカナ・全角半角を区別しません）")),
                    ("↓ / Enter / Esc", self.tr("一覧を開く / 選ぶ / 閉じる")),
                    ("Ctrl+S", self.tr("保存（入力中も数秒ごとに下書きを自動保存）")),
                    ("F8", self.tr("通話タイマーの開始・終了")),
                )
            )
            + "</table>"
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(18)
        layout.addWidget(hints, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._related_uuid: str | None = None
        self._related_error: str | None = None
        self._editing: Case | None = None

    def title(self) -> str:
        return self.tr("受付")

    def first_focus(self) -> QWidget | None:
        # Date and time default to now; the first thing to ask is how the call came in.
        return self.channel

    def load(self, case: Case) -> None:
        self._editing = case
        self.date_input.set_date(case.received_at.date())
        self.time_input.set_time(case.received_at.time())
        self.channel.set_code(case.channel)
        self.category.set_code(case.category)
        self.harm.setChecked(case.harm)
        self.danger.setChecked(case.danger)
        self.via_center.setChecked(case.via_center)
        self._related_uuid = case.related_case_uuid
        self._related_error = None
        self.related_no.setText("")
        self.related_echo.setText("")
        if case.related_case_uuid:
            earlier, _later = self.context.services.cases.related(self.context.actor, case)
            if earlier is not None:
                self.related_no.setText(earlier.case_no or "")
                self.related_echo.setText(self._describe(earlier.subject, earlier.received_at))

    def received_at(self, fallback: dt.datetime) -> dt.datetime:
        """The date and time as entered (``fallback`` for a part that cannot be read)."""
        day = self.date_input.date() or fallback.date()
        moment = self.time_input.time() or fallback.time()
        return dt.datetime.combine(day, moment)

    def apply(self, case: Case) -> Case:
        return dataclasses.replace(
            case,
            received_at=self.received_at(case.received_at),
            channel=self.channel.code(),
            category=self.category.code(),
            harm=self.harm.isChecked(),
            danger=self.danger.isChecked(),
            via_center=self.via_center.isChecked(),
            related_case_uuid=self._related_uuid if self.related_no.text().strip() else None,
        )

    def _forget_related(self) -> None:
        self._related_uuid = None
        self._related_error = None
        self.related_echo.setText("")

    def _describe(self, subject: str, received_at: dt.datetime) -> str:
        return self.tr("→ %1 受付「%2」").replace("%1", f"{received_at:%Y/%m/%d}").replace("%2", subject)

    def resolve_related(self) -> None:
        """Look the typed earlier case number up (on leaving the field, and before saving)."""
        text = self.related_no.text().strip()
        if not text or self._related_uuid is not None:
            return
        try:
            earlier = self.context.services.cases.find_earlier(self.context.actor, text, for_case=self._editing)
        except DomainError as exc:
            self._related_error = (
                self.tr("その相談番号の相談は見つかりません")
                if exc.code == "not_found"
                else self.tr("この相談を元にはできません（同じ相談か、つながりが循環します）")
                if exc.code == "validation"
                else self.tr("その相談は開けません")
            )
            self.related_echo.setText("")
        else:
            self._related_uuid = earlier.uuid
            self._related_error = None
            self.related_echo.setText(self._describe(earlier.subject, earlier.received_at))
        self._emit_changed()

    def local_problems(self) -> list[FieldProblem]:
        problems = super().local_problems()
        if self.time_input.error():
            problems.append(FieldProblem("received_at", "error", self.time_input.error() or ""))
        if self.date_input.text().strip() == "" or self.time_input.text().strip() == "":
            problems.append(FieldProblem("received_at", "error", self.tr("受付日時を入力してください")))
        if self._related_error:
            problems.append(FieldProblem("related_case_uuid", "error", self._related_error))
        return problems

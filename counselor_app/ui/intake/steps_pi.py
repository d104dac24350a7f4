"""Intake step 個人情報: the counselor's own judgement, beside a slot for the classification suggestion.

The classification feature embeds its ``PiSuggestionWidget`` with
:meth:`PiStep.embed_suggestion_widget` and applies a suggestion with
:meth:`PiStep.set_assessment` (one keystroke there = the same as choosing by hand here)
and :meth:`PiStep.record_suggestion` (score, cues and suggested values kept with the case).
The narrative it classifies comes from ``IntakeView.narrative_changed``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.entities import Case, PiAssessment
from counselor_app.domain.pi_assessment import is_overridden
from counselor_app.ui import theme
from counselor_app.ui.intake.step_base import FieldMessage, IntakeStep, StepContext, new_form
from counselor_app.ui.widgets.code_picker import CodeMultiPicker, CodePicker

RELATED_CODES = ("yes", "no", "undecided")


class PiStep(IntakeStep):
    """個人情報: related yes/no/undecided, issue types, holder and sector, and the suggestion slot."""

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        lists = self.codelists
        manual = QFrame(self)
        manual.setObjectName("piManual")
        manual.setFrameShape(QFrame.Shape.StyledPanel)
        manual_layout = QVBoxLayout(manual)
        heading = QLabel(self.tr("相談員の判定"), manual)
        theme.set_role(heading, "heading")
        manual_layout.addWidget(heading)
        form = new_form()
        related_row = QWidget(manual)
        row = QHBoxLayout(related_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.related_group = QButtonGroup(self)
        self.related_buttons: dict[str, QRadioButton] = {}
        mnemonics = {"yes": self.tr("関連あり(&Y)"), "no": self.tr("関連なし(&O)"), "undecided": self.tr("要確認(&U)")}
        for code in RELATED_CODES:
            button = QRadioButton(mnemonics[code], related_row)
            button.setObjectName(f"pi.related.{code}")
            self.related_group.addButton(button)
            self.related_buttons[code] = button
            row.addWidget(button)
            self.watch(button)
        row.addStretch(1)
        related_caption = QLabel(self.tr("個人情報関連"), manual)
        related_box = QWidget(manual)
        related_column = QVBoxLayout(related_box)
        related_column.setContentsMargins(0, 0, 0, 0)
        related_column.addWidget(related_row)
        self.related_message = FieldMessage(related_box)
        related_column.addWidget(self.related_message)
        form.addRow(related_caption, related_box)
        self.add_message("pi.related", self.related_message)
        self._fields["pi.related"] = self.related_buttons["yes"]
        self.issues = self.add_field(
            form, "pi.issues", self.tr("論点(&I)"), CodeMultiPicker(lists["pi_issue"], placeholder=self.tr("漏えい・名簿・迷惑メール…"))
        )
        self.holder = self.add_field(
            form, "pi.holder", self.tr("保有主体(&H)"), CodePicker(lists["pi_holder"], placeholder=self.tr("民間事業者・地方公共団体…"))
        )
        self.sector = self.add_field(
            form, "pi.sector", self.tr("事業分野(&E)"), CodePicker(lists["pi_sector"], placeholder=self.tr("通信販売・EC…"))
        )
        manual_layout.addLayout(form)
        manual_layout.addStretch(1)

        # The classification feature's area, clearly apart from the counselor's own controls.
        self.suggestion_frame = QFrame(self)
        self.suggestion_frame.setObjectName("piSuggestion")
        self.suggestion_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestion_layout = QVBoxLayout(self.suggestion_frame)
        suggestion_heading = QLabel(self.tr("判定の提案（相談概要から）"), self.suggestion_frame)
        theme.set_role(suggestion_heading, "heading")
        self.suggestion_layout.addWidget(suggestion_heading)
        self.suggestion_placeholder = QLabel(
            self.tr("提案はまだ利用できません。判定は左の欄で行ってください。"), self.suggestion_frame
        )
        self.suggestion_placeholder.setWordWrap(True)
        theme.set_role(self.suggestion_placeholder, "muted")
        self.suggestion_layout.addWidget(self.suggestion_placeholder)
        self.suggestion_layout.addStretch(1)
        self.suggestion_widget: QWidget | None = None

        self._columns = QHBoxLayout(self)
        self._columns.addWidget(manual, 3)
        self._columns.addWidget(self.suggestion_frame, 2)
        self._touched = False
        self._suggestion: dict[str, Any] = {}
        self._base: PiAssessment | None = None
        self.changed.connect(self._mark_touched)

    def title(self) -> str:
        return self.tr("個人情報")

    def first_focus(self) -> QWidget | None:
        checked = self.related_group.checkedButton()
        return checked or self.related_buttons["undecided"]

    # -- hooks for the classification feature ----------------------------------------------

    def embed_suggestion_widget(self, widget: QWidget) -> None:
        """Put the classification feature's widget into the suggestion area (replacing the placeholder)."""
        self.suggestion_placeholder.hide()
        if self.suggestion_widget is not None:
            self.suggestion_layout.removeWidget(self.suggestion_widget)
            self.suggestion_widget.setParent(None)
        self.suggestion_widget = widget
        widget.setParent(self.suggestion_frame)
        self.suggestion_layout.insertWidget(1, widget, 1)
        # The suggestion shows the narrative, cues, destinations and guidance: the decision
        # (four rows) goes on top and the suggestion gets the full width below.
        self._columns.setDirection(QBoxLayout.Direction.TopToBottom)
        self._columns.setStretch(0, 0)
        self._columns.setStretch(1, 1)

    def set_assessment(
        self,
        related: str | None = None,
        issues: Sequence[str] | None = None,
        holder: str | None = None,
        sector: str | None = None,
    ) -> None:
        """Set the counselor's judgement as if chosen here (None leaves a part unchanged)."""
        if related is not None and related in self.related_buttons:
            self.related_buttons[related].setChecked(True)
        if issues is not None:
            self.issues.set_codes(issues)
        if holder is not None:
            self.holder.set_code(holder)
        if sector is not None:
            self.sector.set_code(sector)
        self._touched = True
        self.changed.emit()

    def record_suggestion(self, **fields: Any) -> None:
        """Keep the suggestion's PiAssessment fields (score, cues, suggested_*, overridden, regime) with the case."""
        allowed = {field.name for field in dataclasses.fields(PiAssessment)}
        self._suggestion.update({key: value for key, value in fields.items() if key in allowed})
        self._touched = True
        self.changed.emit()

    # -- load / apply ------------------------------------------------------------------------

    def _mark_touched(self) -> None:
        self._touched = True

    def load(self, case: Case) -> None:
        self._base = case.pi
        self._suggestion = {}
        pi = case.pi
        self.related_group.setExclusive(False)
        for button in self.related_buttons.values():
            button.setChecked(False)
        self.related_group.setExclusive(True)
        if pi is not None:
            self.related_buttons[pi.related].setChecked(True)
        self.issues.set_codes(pi.issues if pi else ())
        self.holder.set_code(pi.holder if pi else None)
        self.sector.set_code(pi.sector if pi else None)
        self._touched = False

    def related_code(self) -> str | None:
        """The chosen related code, or None when nothing is chosen."""
        for code, button in self.related_buttons.items():
            if button.isChecked():
                return code
        return None

    def apply(self, case: Case) -> Case:
        related = self.related_code()
        if self._base is None and not self._touched and related is None:
            return dataclasses.replace(case, pi=None)  # never assessed: no row, not counted as 要確認
        base = self._base or PiAssessment()
        pi = dataclasses.replace(
            base,
            **self._suggestion,
            related=related or "undecided",
            issues=self.issues.codes(),
            holder=self.holder.code(),
            sector=self.sector.code(),
        )
        # A decision that differs from the suggestion it started from is an override.
        return dataclasses.replace(case, pi=dataclasses.replace(pi, overridden=is_overridden(pi)))

"""What every intake step shares: loading a case into widgets, applying widgets to a case, inline messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.entities import Actor, Case
from counselor_app.services.container import Services
from counselor_app.ui import theme
from counselor_app.ui.i18n import display_codelists
from counselor_app.ui.intake.field_text import SEVERITY_SYMBOLS
from counselor_app.ui.widgets.code_picker import CodeMultiPicker, CodePicker
from counselor_app.ui.widgets.text_inputs import ReadingInput

W = TypeVar("W", bound=QWidget)

_SEVERITY_ORDER = {"error": 0, "warning": 1, "missing": 2}


@dataclass(frozen=True)
class FieldProblem:
    """Something to say next to a field: a rule issue or text that cannot be read."""

    field: str
    severity: str  # error / warning / missing
    text: str


@dataclass
class StepContext:
    """What steps need from the intake around them."""

    services: Services
    actor: Actor
    received_on: Callable[[], dt.date]

    @property
    def codelists(self) -> CodeLists:
        """The code lists in force, labelled in the interface language."""
        return display_codelists(self.services.reference.codelists)


class FieldMessage(QLabel):
    """The inline message under a field (hidden when there is nothing to say)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()
        self.severity: str | None = None

    def show_problem(self, problem: FieldProblem | None) -> None:
        """Show a problem, or hide."""
        self.severity = problem.severity if problem else None
        if problem is None:
            self.clear()
            self.hide()
            return
        theme.set_role(self, problem.severity)
        self.setText(f"{SEVERITY_SYMBOLS.get(problem.severity, '●')} {problem.text}")
        self.show()


class IntakeStep(QWidget):
    """One page of the intake.

    Subclasses build their widgets with :meth:`add_field` (which names each input after
    its field path, routes inline messages to it and reports edits), then implement
    :meth:`title`, :meth:`load` and :meth:`apply`.

    Signals:
        changed: the user edited something on this page.
    """

    changed = Signal()

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.codelists = context.codelists
        self._fields: dict[str, QWidget] = {}
        self._messages: dict[str, FieldMessage] = {}
        self._raw: dict[str, ReadingInput | QLineEdit] = {}
        self._loading = False

    # -- to implement --------------------------------------------------------------------

    def title(self) -> str:
        """The step's name in the step list."""
        raise NotImplementedError

    def load(self, case: Case) -> None:
        """Show ``case`` in the widgets."""
        raise NotImplementedError

    def apply(self, case: Case) -> Case:
        """Return ``case`` with this page's fields as entered."""
        raise NotImplementedError

    # -- shared behaviour ------------------------------------------------------------------

    def load_case(self, case: Case) -> None:
        """Load without reporting edits."""
        self._loading = True
        try:
            self.load(case)
        finally:
            self._loading = False

    def first_focus(self) -> QWidget | None:
        """The widget that gets the focus when the step is entered."""
        return next(iter(self._fields.values()), None)

    def field_widget(self, path: str) -> QWidget | None:
        """The input of a field path (for jumping to a problem)."""
        return self._fields.get(path)

    def paths(self) -> set[str]:
        """Field paths on this page."""
        return set(self._fields) | set(self._messages)

    def local_problems(self) -> list[FieldProblem]:
        """Text on this page that cannot be read (dates, amounts, unknown picker entries)."""
        problems: list[FieldProblem] = []
        for path, widget in self._fields.items():
            if isinstance(widget, ReadingInput) and widget.error():
                problems.append(FieldProblem(path, "error", widget.error() or ""))
            elif isinstance(widget, CodePicker | CodeMultiPicker) and not widget.is_valid():
                problems.append(FieldProblem(path, "error", self.tr("一覧から選んでください（↓キーで一覧）")))
        return problems

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Show the worst problem of each field on this page under it."""
        worst: dict[str, FieldProblem] = {}
        for problem in problems:
            current = worst.get(problem.field)
            if current is None or _SEVERITY_ORDER[problem.severity] < _SEVERITY_ORDER[current.severity]:
                worst[problem.field] = problem
        for path, message in self._messages.items():
            message.show_problem(worst.get(path))

    def message_text(self, path: str) -> str:
        """The inline message shown for a field ("" when none)."""
        message = self._messages.get(path)
        return message.text() if message is not None else ""

    def form_state(self) -> dict[str, Any]:
        """Raw text of inputs that may hold text not yet valid (restored after a crash)."""
        return {path: widget.text() for path, widget in self._raw.items()}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        """Put raw texts back (after :meth:`load_case`)."""
        self._loading = True
        try:
            for path, widget in self._raw.items():
                text = state.get(path)
                if isinstance(text, str):
                    if isinstance(widget, QLineEdit):
                        widget.setText(text)
                    else:
                        widget.set_text(text)
        finally:
            self._loading = False

    def _emit_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def watch(self, widget: QWidget) -> None:
        """Report the user's edits of ``widget`` as :attr:`changed`."""
        if isinstance(widget, CodePicker | CodeMultiPicker | ReadingInput):
            widget.edited.connect(self._emit_changed)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._emit_changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._emit_changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._emit_changed)

    def add_field(
        self,
        form: QFormLayout,
        path: str,
        label: str,
        widget: W,
        *,
        raw: bool = False,
        hint: str = "",
    ) -> W:
        """Add a labelled input with its inline message to ``form`` and register it under ``path``."""
        target = widget
        while target.focusProxy() is not None:
            target = target.focusProxy()
        target.setObjectName(path)
        spoken = label.replace("&", "")
        target.setAccessibleName(spoken)
        if isinstance(widget, CodeMultiPicker):
            widget.chips.setAccessibleName(self.tr("%1：選んだ項目").replace("%1", spoken))
        container = QWidget(self)
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        if hint:
            hint_label = QLabel(hint, container)
            theme.set_role(hint_label, "muted")
            hint_label.setWordWrap(True)
            column.addWidget(hint_label)
        message = FieldMessage(container)
        column.addWidget(message)
        caption = QLabel(label, self)
        caption.setBuddy(target)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        caption.setContentsMargins(0, 4, 0, 0)
        form.addRow(caption, container)
        self._fields[path] = widget
        self._messages[path] = message
        if raw and isinstance(widget, ReadingInput | QLineEdit):
            self._raw[path] = widget
        self.watch(widget)
        return widget

    def add_message(self, path: str, message: FieldMessage) -> None:
        """Route messages for ``path`` to a label placed by the subclass."""
        self._messages[path] = message


def new_form() -> QFormLayout:
    """A form layout with the intake's spacing and label alignment."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(4)
    return form

"""Inputs that read what counselors type: yen amounts (全角, 1万2千円), dates (西暦/和暦), times, ages.

Each is a line edit with a quiet echo beside it ("= 12,000円", "令和8年11月27日（金）")
so the counselor sees at once how the text was understood; text that cannot be read
stays as typed, marked, and ``error()`` says why.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from counselor_app.domain.amounts import parse_yen
from counselor_app.domain.date_input import DateInputError, parse_age, parse_date, parse_time
from counselor_app.domain.errors import ValidationError
from counselor_app.ui import theme
from counselor_app.ui.i18n import long_date


class ReadingInput(QWidget):
    """A line edit plus an echo label; subclasses parse."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, echo_width: int = 0, max_width: int = 0) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        if max_width:
            self.edit.setMaximumWidth(max_width)
        self.echo = QLabel(self)
        theme.set_role(self.echo, "muted")
        self.echo.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if echo_width:
            self.echo.setMinimumWidth(echo_width)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        if max_width:
            layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(self.echo, 1)
        else:
            layout.addWidget(self.edit, 1)
            layout.addWidget(self.echo, 0)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._error: str | None = None
        self.edit.textChanged.connect(self._reread)
        self.edit.textEdited.connect(lambda _text: self.edited.emit())

    def text(self) -> str:
        """The raw text."""
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Replace the raw text (no ``edited`` signal)."""
        self.edit.setText(text)

    def error(self) -> str | None:
        """Why the text cannot be read, or None."""
        return self._error

    def _reread(self, text: str) -> None:
        self._error = None
        echo = ""
        try:
            echo = self._understand(text)
        except ValidationError as exc:
            self._error = self._explain(exc)
        self.echo.setText(echo if self._error is None else "")
        theme.set_invalid(self.edit, self._error is not None)
        # Not by colour alone: the reason is also the field's tooltip and accessible description.
        self.edit.setToolTip(self._error or "")
        self.edit.setAccessibleDescription(self._error or "")

    def _understand(self, text: str) -> str:
        raise NotImplementedError

    def _explain(self, exc: ValidationError) -> str:
        raise NotImplementedError


class AmountInput(ReadingInput):
    """Yen amount: 12000, １２，０００円, 1万2千円, 3.5万."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, echo_width=110, max_width=180)
        self.edit.setPlaceholderText(self.tr("例: 1万2千円"))
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)

    def amount(self) -> int | None:
        """The amount in yen, or None (empty or unreadable)."""
        try:
            return parse_yen(self.edit.text())
        except ValidationError:
            return None

    def set_amount(self, amount: int | None) -> None:
        """Show an amount."""
        self.set_text("" if amount is None else str(amount))

    def _understand(self, text: str) -> str:
        value = parse_yen(text)
        return "" if value is None else self.tr("= %1円").replace("%1", f"{value:,}")

    def _explain(self, exc: ValidationError) -> str:
        return self.tr("金額として読めません（例: 12000、1万2千円）")


class DateInput(ReadingInput):
    """A date typed as 2026/11/27, 20261127, R8.11.27 or 令和8年11月27日."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, echo_width=150, max_width=130)
        self.edit.setPlaceholderText(self.tr("例: R8.11.27"))

    def date(self) -> dt.date | None:
        """The date, or None (empty or unreadable)."""
        try:
            return parse_date(self.edit.text())
        except ValidationError:
            return None

    def set_date(self, day: dt.date | None) -> None:
        """Show a date (西暦, which every form of input accepts back)."""
        self.set_text("" if day is None else f"{day:%Y/%m/%d}")

    def _understand(self, text: str) -> str:
        day = parse_date(text)
        return "" if day is None else long_date(day, with_weekday=True)

    def _explain(self, exc: ValidationError) -> str:
        reason = exc.reason if isinstance(exc, DateInputError) else "format"
        if reason == "nonexistent":
            return self.tr("存在しない日付です")
        if reason == "era":
            return self.tr("元号の期間にない日付です")
        return self.tr("日付として読めません（例: 2026/11/27、R8.11.27）")


class TimeInput(ReadingInput):
    """A time of day typed as 14:05, 1405 or 14時5分."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_width=70)
        self.edit.setPlaceholderText(self.tr("14:05"))
        self.echo.hide()

    def time(self) -> dt.time | None:
        """The time, or None (empty or unreadable)."""
        try:
            return parse_time(self.edit.text())
        except ValidationError:
            return None

    def set_time(self, moment: dt.time | None) -> None:
        """Show a time."""
        self.set_text("" if moment is None else f"{moment:%H:%M}")

    def _understand(self, text: str) -> str:
        parse_time(text)
        return ""

    def _explain(self, exc: ValidationError) -> str:
        reason = exc.reason if isinstance(exc, DateInputError) else "format"
        if reason == "nonexistent":
            return self.tr("存在しない時刻です")
        return self.tr("時刻として読めません（例: 14:05）")


class AgeInput(ReadingInput):
    """An exact age in years (全角 digits accepted); 「歳」 may be typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_width=70)
        self.echo.hide()

    def age(self) -> int | None:
        """The age, or None (empty or unreadable)."""
        try:
            return parse_age(self.edit.text())
        except ValidationError:
            return None

    def set_age(self, age: int | None) -> None:
        """Show an age."""
        self.set_text("" if age is None else str(age))

    def _understand(self, text: str) -> str:
        parse_age(text)
        return ""

    def _explain(self, exc: ValidationError) -> str:
        return self.tr("年齢は数字で入力してください")

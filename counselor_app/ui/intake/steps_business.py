"""Intake step 事業者: pick a business from the registry as you type (with the reason it matched), or register one."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.corporate_number import is_valid_corporate_number, normalise_corporate_number
from counselor_app.domain.entities import Business, Case
from counselor_app.domain.errors import DomainError
from counselor_app.domain.text import normalise_display
from counselor_app.services.business_service import BusinessMatch
from counselor_app.ui import theme
from counselor_app.ui.intake.step_base import FieldProblem, IntakeStep, StepContext, new_form
from counselor_app.ui.widgets.code_picker import SuggestionPopup

SUGGEST_DEBOUNCE_MS = 150
_NEW = "__new__"
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class BusinessPicker(QWidget):
    """A name field that asks the registry (BusinessService.suggest) while the counselor types.

    Enter takes the highlighted suggestion; the last entry offers to register the typed
    name as a new business. Text that matches nothing is kept as an unregistered name.

    Signals:
        edited: the user typed or chose something.
        chosen: a registry business (or None for "not from the registry") was chosen.
        register_requested: the user asked to register the typed name.
    """

    edited = Signal()
    chosen = Signal(object)
    register_requested = Signal(str)

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._business: Business | None = None
        self._matches: list[BusinessMatch] = []
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("事業者名・屋号の一部を入力（全角・半角・かなの違いは無視）"))
        self.edit.setClearButtonEnabled(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.setMaximumWidth(640)
        self._popup: SuggestionPopup | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SUGGEST_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_suggestions)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.installEventFilter(self)

    def business(self) -> Business | None:
        """The registry business chosen, or None."""
        return self._business

    def name(self) -> str:
        """The business name as entered or chosen."""
        return normalise_display(self.edit.text())

    def set_business(self, business: Business | None, name: str | None) -> None:
        """Show a stored choice (no signals)."""
        self._business = business
        self.edit.setText(business.display_name if business else (name or ""))
        self.hide_popup()

    def popup_visible(self) -> bool:
        """True while suggestions are shown."""
        return self._popup is not None and self._popup.isVisible()

    def suggestions(self) -> list[str]:
        """The shown suggestion lines (for tests)."""
        popup = self._popup
        return [] if popup is None else [popup.item(row).text() for row in range(popup.count())]

    def hide_popup(self) -> None:
        """Close the suggestion list."""
        if self._popup is not None:
            self._popup.hide()

    def _on_edited(self, _text: str) -> None:
        if self._business is not None:
            self._business = None
            self.chosen.emit(None)
        self.edited.emit()
        self._timer.start()

    def refresh_suggestions(self) -> None:
        """Ask the registry for the typed text now."""
        self._timer.stop()
        text = self.edit.text().strip()
        if not text:
            self.hide_popup()
            return
        self._matches = self._context.services.businesses.suggest(text)
        if self._popup is None:
            self._popup = SuggestionPopup(self.edit)
            self._popup.itemClicked.connect(self._take_item)
        popup = self._popup
        popup.clear()
        for match in self._matches:
            number = f"  {match.business.corporate_number}" if match.business.corporate_number else ""
            entry = QListWidgetItem(
                self.tr("%1　— %2").replace("%1", f"{match.business.display_name}{number}").replace("%2", match.reason)
            )
            entry.setData(ID_ROLE, match.business.id)
            popup.addItem(entry)
        create = QListWidgetItem(self.tr("＋「%1」を新しい事業者として登録…").replace("%1", text))
        create.setData(ID_ROLE, _NEW)
        popup.addItem(create)
        popup.setCurrentRow(0)
        popup.show_under_anchor()

    def _take_item(self, item: QListWidgetItem) -> None:
        value = item.data(ID_ROLE)
        self.hide_popup()
        if value == _NEW:
            self.register_requested.emit(self.edit.text().strip())
            return
        match = next((m for m in self._matches if m.business.id == value), None)
        if match is not None:
            self._business = match.business
            self.edit.setText(match.business.display_name)
            self.chosen.emit(match.business)
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            plain = (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier) == Qt.KeyboardModifier.NoModifier
            visible = self.popup_visible()
            popup = self._popup
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and plain:
                if not visible:
                    self.refresh_suggestions()
                elif popup is not None:
                    popup.move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                if self._timer.isActive():
                    self.refresh_suggestions()
                if self.popup_visible() and self._popup is not None and self._popup.currentItem() is not None:
                    self._take_item(self._popup.currentItem())
                    return True
            if key == Qt.Key.Key_Escape and visible:
                self.hide_popup()
                return True
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self._timer.stop()
            self.hide_popup()
        return super().eventFilter(watched, event)


class BusinessStep(IntakeStep):
    """事業者: registry picker, what was chosen, and an inline form to register a new business."""

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        form = new_form()
        self.picker = BusinessPicker(context, self)
        self.add_field(form, "business_name", self.tr("事業者(&B)"), self.picker, raw=False)
        self._fields["business_id"] = self.picker
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        theme.set_role(self.info, "heading")
        form.addRow("", self.info)
        self.picker.chosen.connect(lambda _business: self._show_info())
        self.picker.edited.connect(self._show_info)
        self.picker.edited.connect(self._emit_changed)
        self.picker.register_requested.connect(self.open_registration)

        self.registration = QFrame(self)
        self.registration.setFrameShape(QFrame.Shape.StyledPanel)
        self.registration.setObjectName("registration")
        reg_layout = QVBoxLayout(self.registration)
        reg_title = QLabel(self.tr("新しい事業者を登録簿に登録"), self.registration)
        theme.set_role(reg_title, "strong")
        reg_layout.addWidget(reg_title)
        reg_form = new_form()
        self.new_name = QLineEdit(self.registration)
        self.new_number = QLineEdit(self.registration)
        self.new_number.setPlaceholderText(self.tr("13桁（わかれば）"))
        self.new_number.setMaximumWidth(200)
        self.new_phone = QLineEdit(self.registration)
        self.new_address = QLineEdit(self.registration)
        self.new_url = QLineEdit(self.registration)
        for path, label, widget in (
            ("business.new.name", self.tr("事業者名"), self.new_name),
            ("business.new.corporate_number", self.tr("法人番号"), self.new_number),
            ("business.new.phone", self.tr("電話番号"), self.new_phone),
            ("business.new.address", self.tr("所在地"), self.new_address),
            ("business.new.url", self.tr("URL"), self.new_url),
        ):
            self.add_field(reg_form, path, label, widget, raw=True)
        reg_layout.addLayout(reg_form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.register_button = QPushButton(self.tr("登録して選ぶ"), self.registration)
        self.cancel_button = QPushButton(self.tr("やめる"), self.registration)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.cancel_button)
        reg_layout.addLayout(buttons)
        self.register_button.clicked.connect(self.register_new)
        self.cancel_button.clicked.connect(self.close_registration)
        for widget in (self.new_name, self.new_number, self.new_phone, self.new_address, self.new_url):
            widget.returnPressed.connect(self.register_new)
            widget.installEventFilter(self)
        self.registration.hide()
        self.new_message = QLabel(self.registration)
        theme.set_role(self.new_message, "error")
        reg_layout.addWidget(self.new_message)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.registration)
        hint = QLabel(
            self.tr("登録簿にない名前のまま記録することもできます（後で名寄せできます）。↓キーで候補、Enterで選択、Escで閉じる。"),
            self,
        )
        hint.setWordWrap(True)
        theme.set_role(hint, "muted")
        layout.addWidget(hint)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("事業者")

    def first_focus(self) -> QWidget | None:
        return self.picker

    def load(self, case: Case) -> None:
        business = self.context.services.businesses.get(case.business_id) if case.business_id else None
        self.picker.set_business(business, case.business_name)
        self.close_registration()
        self._show_info()

    def apply(self, case: Case) -> Case:
        business = self.picker.business()
        name = self.picker.name() or None
        return dataclasses.replace(
            case,
            business_id=business.id if business else None,
            business_name=business.display_name if business else name,
        )

    def _show_info(self) -> None:
        business = self.picker.business()
        if business is not None:
            details = [self.tr("登録簿の事業者")]
            if business.corporate_number:
                details.append(self.tr("法人番号 %1").replace("%1", business.corporate_number))
            details += list(business.phones[:2]) + list(business.addresses[:1])
            self.info.setText(self.tr("　／　").join(details))
        elif self.picker.name():
            self.info.setText(self.tr("登録簿にない事業者名として記録します（Enterで候補・新規登録）"))
        else:
            self.info.setText("")

    def open_registration(self, name: str) -> None:
        """Show the inline registration form, prefilled with the typed name."""
        self.new_name.setText(name)
        for widget in (self.new_number, self.new_phone, self.new_address, self.new_url):
            widget.clear()
        self.new_message.clear()
        self.registration.show()
        self.new_name.setFocus()

    def close_registration(self) -> None:
        """Hide the registration form and go back to the name field."""
        had_focus = self.registration.isVisible()
        self.registration.hide()
        if had_focus:
            self.picker.setFocus()

    def register_new(self) -> None:
        """Create the business in the registry and choose it."""
        name = normalise_display(self.new_name.text())
        number = normalise_corporate_number(self.new_number.text()) if self.new_number.text().strip() else None
        if not name:
            self.new_message.setText(self.tr("事業者名を入力してください"))
            return
        if number and not is_valid_corporate_number(number):
            self.new_message.setText(self.tr("法人番号は13桁で、検査用数字が合う必要があります"))
            return
        details: dict[str, object] = {"corporate_number": number}
        for key, widget in (("phones", self.new_phone), ("addresses", self.new_address), ("urls", self.new_url)):
            value = normalise_display(widget.text())
            details[key] = (value,) if value else ()
        try:
            business = self.context.services.businesses.create(self.context.actor, name, **details)
        except DomainError:
            self.new_message.setText(self.tr("登録できませんでした。入力を確かめてください。"))
            return
        self.picker.set_business(business, None)
        self.registration.hide()
        self.picker.setFocus()
        self._show_info()
        self._emit_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.registration.isVisible()
        ):
            self.close_registration()
            return True
        return super().eventFilter(watched, event)

    def local_problems(self) -> list[FieldProblem]:
        # The registration form is not part of the case; only its own message line reports.
        return []

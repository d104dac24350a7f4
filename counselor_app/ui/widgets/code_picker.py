"""Code-list pickers that filter as you type (NFKC + kana folded substrings), single or multi, flat or hierarchical.

Keyboard: typing filters; Down/Up move in the list (Down on an empty field shows the
whole list); Enter or Tab takes the highlighted entry; Esc closes the list (a second Esc
puts back the chosen label). Leaving the field with text that names exactly one entry
takes it; other text stays visible and the picker reports itself invalid.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.codelists import CodeItem, CodeList
from counselor_app.domain.text import fold
from counselor_app.ui import theme

MAX_VISIBLE_ROWS = 10
PICKER_MAX_WIDTH = 460
POPUP_MIN_WIDTH = 300
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class SuggestionPopup(QListWidget):
    """A list floating under an input inside the same window; it never takes the focus.

    A child widget rather than a Qt.Popup window, so typing keeps going to the input
    (and to the input method) while the list follows.
    """

    def __init__(self, anchor: QWidget) -> None:
        super().__init__(anchor.window())
        self._anchor = anchor
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.Box)
        self.setUniformItemSizes(True)
        self.setObjectName("suggestionPopup")
        self.hide()

    def show_under_anchor(self) -> None:
        """Place the list under (or, near the window's bottom, above) the anchor and show it."""
        window = self._anchor.window()
        if self.parentWidget() is not window:
            self.setParent(window)
        if self.count() == 0:
            self.hide()
            return
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4)
        height = min(self.count(), MAX_VISIBLE_ROWS) * row_height + 2 * self.frameWidth() + 2
        width = max(self._anchor.width(), POPUP_MIN_WIDTH, self.sizeHintForColumn(0) + 28)
        width = min(width, window.width() - 8)
        below = self._anchor.mapTo(window, QPoint(0, self._anchor.height()))
        top = below.y()
        if top + height > window.height() - 4:
            top = max(4, self._anchor.mapTo(window, QPoint(0, 0)).y() - height)
        left = min(below.x(), max(4, window.width() - width - 4))
        self.setGeometry(QRect(left, top, width, height))
        self.show()
        self.raise_()

    def move_selection(self, step: int) -> None:
        """Highlight the next (+1) or previous (-1) row, staying in range."""
        if self.count() == 0:
            return
        row = self.currentRow()
        row = 0 if row < 0 else max(0, min(self.count() - 1, row + step))
        self.setCurrentRow(row)
        self.scrollToItem(self.currentItem())


def rank(codelist: CodeList, typed: str, *, with_path: bool) -> list[CodeItem]:
    """Items matching ``typed``: exact label/code first, then prefixes, then substrings (list order kept)."""
    needle = fold(typed)
    if not needle:
        return list(codelist.items)
    scored: list[tuple[int, int, CodeItem]] = []
    for position, item in enumerate(codelist.items):
        keys = list(item.search_keys())
        if with_path:
            keys.append(fold(codelist.path_label(item.code)))
        if any(key == needle for key in keys):
            score = 0
        elif any(key.startswith(needle) for key in keys):
            score = 1
        elif any(needle in key for key in keys):
            score = 2
        else:
            continue
        scored.append((score, position, item))
    return [item for _score, _position, item in sorted(scored, key=lambda entry: entry[:2])]


class CodePicker(QWidget):
    """Choose one code from a code list by typing part of its label (or its code).

    Signals:
        code_changed: the chosen code (or None) after the user changed it.
        edited: any keystroke in the field (for autosave and validation).
    """

    code_changed = Signal(object)
    edited = Signal()

    def __init__(
        self,
        codelist: CodeList,
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        exclude: Sequence[str] = (),
        auto_take_single: bool = True,
    ) -> None:
        super().__init__(parent)
        self._codelist = codelist
        self._with_path = codelist.hierarchical
        self._exclude = set(exclude)
        self._auto_take_single = auto_take_single
        self._code: str | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMaximumWidth(PICKER_MAX_WIDTH)
        self._popup: SuggestionPopup | None = None
        self.edit.installEventFilter(self)
        self.edit.textEdited.connect(self._on_edited)

    # -- public API ---------------------------------------------------------------------

    @property
    def codelist(self) -> CodeList:
        """The list this picker chooses from."""
        return self._codelist

    def code(self) -> str | None:
        """The chosen code, or None."""
        return self._code

    def set_code(self, code: str | None) -> None:
        """Show ``code`` as chosen (no signal: this is the program speaking, not the user)."""
        self._code = code if self._codelist.get(code) is not None else None
        self.edit.setText(self._display(self._code))
        self._set_invalid(False)
        self.hide_popup()

    def is_valid(self) -> bool:
        """False when the field holds text that names no entry."""
        text = self.edit.text().strip()
        return not text or text == self._display(self._code)

    def typed_text(self) -> str:
        """What is in the field now (may be unfinished)."""
        return self.edit.text()

    def popup_visible(self) -> bool:
        """True while the suggestion list is shown."""
        return self._popup is not None and self._popup.isVisible()

    def popup_codes(self) -> list[str]:
        """Codes in the suggestion list, top to bottom (for tests and screen readers)."""
        popup = self._popup
        if popup is None:
            return []
        return [popup.item(row).data(CODE_ROLE) for row in range(popup.count())]

    def set_exclude(self, codes: Sequence[str]) -> None:
        """Codes not offered (a multi picker hides the ones already chosen)."""
        self._exclude = set(codes)

    def hide_popup(self) -> None:
        """Close the suggestion list."""
        if self._popup is not None:
            self._popup.hide()

    # -- behaviour ------------------------------------------------------------------------

    def _display(self, code: str | None) -> str:
        if code is None:
            return ""
        if self._with_path:
            return self._codelist.path_label(code)
        return self._codelist.label_of(code)

    def _candidates(self, text: str) -> list[CodeItem]:
        return [
            item for item in rank(self._codelist, text, with_path=self._with_path) if item.code not in self._exclude
        ]

    def _ensure_popup(self) -> SuggestionPopup:
        if self._popup is None:
            self._popup = SuggestionPopup(self.edit)
            self._popup.itemClicked.connect(lambda item: self._take(item.data(CODE_ROLE)))
        return self._popup

    def _fill_popup(self, items: Sequence[CodeItem]) -> None:
        popup = self._ensure_popup()
        popup.clear()
        bold = QFont(popup.font())
        bold.setBold(True)
        for item in items:
            text = self._codelist.path_label(item.code) if self._with_path else item.label
            entry = QListWidgetItem(text)
            entry.setData(CODE_ROLE, item.code)
            if self._with_path and item.parent is None:
                entry.setFont(bold)
            popup.addItem(entry)
        if popup.count():
            popup.setCurrentRow(0)
        popup.show_under_anchor()

    def _on_edited(self, text: str) -> None:
        self.edited.emit()
        if not text.strip():
            self.hide_popup()
            if self._code is not None:
                self._code = None
                self.code_changed.emit(None)
            self._set_invalid(False)
            return
        self._fill_popup(self._candidates(text))
        self._set_invalid(False)

    def _take(self, code: str | None) -> None:
        changed = code != self._code
        self._code = code
        self.edit.setText(self._display(code))
        self._set_invalid(False)
        self.hide_popup()
        if changed:
            self.code_changed.emit(code)
            self.edited.emit()

    def take_highlighted(self) -> bool:
        """Choose the highlighted suggestion; False when there is none."""
        popup = self._popup
        if popup is None or not popup.isVisible() or popup.currentItem() is None:
            return False
        self._take(popup.currentItem().data(CODE_ROLE))
        return True

    def _settle(self) -> None:
        """On leaving the field: take an exact (or the only) match, else mark the text invalid."""
        self.hide_popup()
        text = self.edit.text().strip()
        if not text:
            return
        if text == self._display(self._code):
            return
        candidates = self._candidates(text)
        needle = fold(text)
        exact = [
            item
            for item in candidates
            if needle in (fold(item.label), fold(item.code), *(fold(a) for a in item.aliases))
            or (self._with_path and needle == fold(self._codelist.path_label(item.code)))
        ]
        if len(exact) == 1:
            self._take(exact[0].code)
        elif self._auto_take_single and len(candidates) == 1:
            self._take(candidates[0].code)
        else:
            self._set_invalid(True)
            self.edited.emit()

    def _set_invalid(self, invalid: bool) -> None:
        if self.edit.property("invalid") == invalid:
            return
        self.edit.setProperty("invalid", invalid)
        theme.set_invalid(self.edit, invalid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key(event)
            if event.type() == QEvent.Type.FocusOut:
                self._settle()
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        visible = self.popup_visible()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and (plain or modifiers == Qt.KeyboardModifier.AltModifier):
            if not visible:
                text = self.edit.text()
                self._fill_popup(self._candidates("" if text == self._display(self._code) else text))
            else:
                self._ensure_popup().move_selection(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and visible:
            self._ensure_popup().move_selection(MAX_VISIBLE_ROWS if key == Qt.Key.Key_PageDown else -MAX_VISIBLE_ROWS)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and visible:
            return self.take_highlighted()
        if key == Qt.Key.Key_Tab and visible:
            self.take_highlighted()
            return False  # the Tab still moves on
        if key == Qt.Key.Key_Escape:
            if visible:
                self.hide_popup()
                return True
            if self.edit.text() != self._display(self._code):
                self.edit.setText(self._display(self._code))
                self._set_invalid(False)
                return True
        return False


class CodeMultiPicker(QWidget):
    """Choose several codes: a picker that adds what you take to a row of chips.

    Keyboard: Enter adds the highlighted entry and leaves the field empty for the next;
    Backspace in the empty field removes the last chip; in the chip row, Delete removes
    the selected chip.

    Signals:
        codes_changed: the chosen codes after the user changed them.
        edited: any keystroke or change.
    """

    codes_changed = Signal(object)
    edited = Signal()

    def __init__(self, codelist: CodeList, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self._codelist = codelist
        self._codes: list[str] = []
        self.picker = CodePicker(codelist, self, placeholder=placeholder, auto_take_single=False)
        self.chips = QListWidget(self)
        self.chips.setAccessibleName(self.tr("選んだ項目"))
        self.chips.setViewMode(QListView.ViewMode.ListMode)
        self.chips.setFlow(QListView.Flow.LeftToRight)
        self.chips.setWrapping(True)
        self.chips.setResizeMode(QListView.ResizeMode.Adjust)
        self.chips.setSpacing(2)
        self.chips.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chips.setObjectName("chips")
        line = self.chips.fontMetrics().height() + 12
        self.chips.setFixedHeight(2 * line + 4)
        self.chips.hide()
        self.setMaximumWidth(PICKER_MAX_WIDTH + 160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.picker)
        layout.addWidget(self.chips)
        self.setFocusProxy(self.picker)
        self.picker.code_changed.connect(self._add)
        self.picker.edited.connect(self.edited)
        self.picker.edit.installEventFilter(self)
        self.chips.installEventFilter(self)
        self.chips.itemDoubleClicked.connect(lambda item: self.remove(item.data(CODE_ROLE)))

    def codes(self) -> tuple[str, ...]:
        """Chosen codes in the order they were added."""
        return tuple(self._codes)

    def set_codes(self, codes: Sequence[str]) -> None:
        """Show ``codes`` as chosen (no signal)."""
        self._codes = [code for code in dict.fromkeys(codes) if self._codelist.get(code) is not None]
        self._render()

    def is_valid(self) -> bool:
        """False when the input holds text that was not taken."""
        return self.picker.is_valid()

    def _add(self, code: object) -> None:
        if isinstance(code, str) and code not in self._codes:
            self._codes.append(code)
            self._render()
            self.codes_changed.emit(self.codes())
            self.edited.emit()
        self.picker.set_code(None)

    def remove(self, code: str) -> None:
        """Remove a chosen code (as the user)."""
        if code in self._codes:
            self._codes.remove(code)
            self._render()
            self.codes_changed.emit(self.codes())
            self.edited.emit()

    def _render(self) -> None:
        self.chips.clear()
        for code in self._codes:
            entry = QListWidgetItem(self._codelist.label_of(code) + " ×")
            entry.setData(CODE_ROLE, code)
            entry.setToolTip(self.tr("Delete キーで外します"))
            self.chips.addItem(entry)
        self.chips.setVisible(bool(self._codes))
        self.picker.set_exclude(self._codes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if (
                watched is self.picker.edit
                and event.key() == Qt.Key.Key_Backspace
                and not self.picker.edit.text()
                and self._codes
            ):
                self.remove(self._codes[-1])
                return True
            if watched is self.chips and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                item = self.chips.currentItem()
                if item is not None:
                    self.remove(item.data(CODE_ROLE))
                    return True
        return super().eventFilter(watched, event)

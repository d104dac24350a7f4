"""Driving the desk from the keyboard in tests: IME commits for Japanese, key clicks for ASCII and shortcuts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from counselor_app.ui.prompter import UnsavedChoice


class FakePrompter:
    """Answers the desk's questions as the test says (dialogs are the edge we fake)."""

    def __init__(self, unsaved: UnsavedChoice = "keep", discard: bool = True) -> None:
        self.unsaved = unsaved
        self.discard = discard
        self.asked: list[str] = []

    def unsaved_changes(self, parent: QWidget, title: str) -> UnsavedChoice:
        self.asked.append(f"unsaved:{title}")
        return self.unsaved

    def confirm_discard_drafts(self, parent: QWidget, count: int) -> bool:
        self.asked.append(f"discard:{count}")
        return self.discard


class Keyboard:
    """Types into whatever has the focus, like a person at the desk."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def name(self) -> str:
        return self.focused().objectName()

    def ime(self, text: str) -> None:
        """Japanese (or any) text, committed by an input method."""
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(self.focused(), event)

    def type(self, text: str) -> None:
        """ASCII only (QTest cannot type other characters)."""
        self.qtbot.keyClicks(self.focused(), text)

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focused(), key, modifiers)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.key(Qt.Key.Key_Tab)

    def enter(self) -> None:
        self.key(Qt.Key.Key_Return)

    def ctrl(self, key: Qt.Key) -> None:
        self.key(key, Qt.KeyboardModifier.ControlModifier)

    def alt(self, key: Qt.Key) -> None:
        self.key(key, Qt.KeyboardModifier.AltModifier)

    def wait_focus(self, name: str, timeout: int = 3000) -> None:
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and self.name() == name, timeout=timeout)

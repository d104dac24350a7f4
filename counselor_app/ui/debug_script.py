"""A hidden test hook: ``COUNSELOR_UI_SCRIPT=script.json`` makes the running app act like a typing user.

Used by the crash-recovery test (a real ``python -m counselor_app`` process that is killed
with SIGKILL while typing). It is read only when the variable is set; it does nothing a
user could not do with the keyboard. Script format::

    {"progress": "/tmp/progress.jsonl",          # optional; one JSON line per typed character
     "sign_in": {"login": "sato", "password_file": "/tmp/pw"},  # optional; typed into the real
                                                 # sign-in dialog (the password is checked as usual)
     "steps": [
       {"do": "new_case"},                          # Ctrl+N
       {"do": "type", "field": "subject", "text": "定期購入", "interval_ms": 50},
       {"do": "next_step"},                         # Ctrl+Enter
       {"do": "restore_drafts"},                    # the list window's 復元する button
       {"do": "dump", "path": "/tmp/state.json"},   # what the current intake shows, as JSON
       {"do": "wait", "ms": 500},
       {"do": "quit"}]}

``field`` is an input's object name, which is its case field path (``subject``,
``narrative``, ``consultant.name``, ``contract_amount``…). Text is delivered as input-method
commits, one character at a time, exactly as a Japanese IME delivers it.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from counselor_app.domain.case_snapshot import case_to_snapshot
from counselor_app.ui.desk import Desk

ENVIRONMENT_VARIABLE = "COUNSELOR_UI_SCRIPT"


def scripted_credentials(script_path: Path) -> tuple[str, str] | None:
    """The login and password a script types into the sign-in dialog, if it has a sign_in part."""
    script = json.loads(script_path.read_text(encoding="utf-8"))
    sign_in = script.get("sign_in")
    if not isinstance(sign_in, dict):
        return None
    password = Path(str(sign_in["password_file"])).read_text(encoding="utf-8").strip("\r\n")
    return str(sign_in["login"]), password


def commit_text(widget: QWidget, text: str) -> None:
    """Deliver ``text`` to ``widget`` as an input method does (a commit string)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


class ScriptRunner(QObject):
    """Plays a script against a desk, one step per event-loop turn (the app stays live)."""

    def __init__(self, desk: Desk, script_path: Path) -> None:
        super().__init__()
        self._desk = desk
        script = json.loads(script_path.read_text(encoding="utf-8"))
        self._steps: list[dict[str, Any]] = list(script.get("steps", []))
        progress = script.get("progress")
        self._progress = Path(progress).open("a", encoding="utf-8") if progress else None  # noqa: SIM115
        self._index = 0

    def start(self) -> None:
        """Begin after the windows are up."""
        QTimer.singleShot(0, self._next)

    def _log(self, **entry: Any) -> None:
        if self._progress is not None:
            self._progress.write(json.dumps({"t": time.time(), **entry}, ensure_ascii=False) + "\n")
            self._progress.flush()

    def _find(self, name: str) -> QWidget | None:
        intake = self._desk.workspace.current_intake()
        root: QWidget = intake if intake is not None else self._desk.main_window
        return root.findChild(QWidget, name)

    def _next(self) -> None:
        if self._index >= len(self._steps):
            return
        step = self._steps[self._index]
        self._index += 1
        action = step.get("do")
        delay = 0
        if action == "new_case":
            self._desk.main_window.new_case_action.trigger()
        elif action == "type":
            self._type(str(step["field"]), str(step["text"]), int(step.get("interval_ms", 50)))
            return
        elif action == "next_step":
            intake = self._desk.workspace.current_intake()
            if intake is not None:
                intake.next_step()
        elif action == "restore_drafts":
            self._desk.main_window.restore_drafts_button.click()
        elif action == "dump":
            self._dump(Path(step["path"]))
        elif action == "wait":
            delay = int(step.get("ms", 0))
        elif action == "quit":
            self._log(event="quit")
            self._desk.main_window.close()
            QApplication.quit()
            return
        self._log(event=str(action))
        QTimer.singleShot(delay, self._next)

    def _type(self, field: str, text: str, interval_ms: int, position: int = 0) -> None:
        widget = self._find(field)
        if widget is None:
            self._log(event="missing", field=field)
            QTimer.singleShot(0, self._next)
            return
        if position == 0:
            intake = self._desk.workspace.current_intake()
            if intake is not None:
                intake.jump_to_field(field)
            widget.setFocus()
        commit_text(widget, text[position])
        self._log(event="typed", field=field, typed=text[: position + 1])
        if position + 1 < len(text):
            QTimer.singleShot(interval_ms, lambda: self._type(field, text, interval_ms, position + 1))
        else:
            QTimer.singleShot(interval_ms, self._next)

    def _dump(self, path: Path) -> None:
        intake = self._desk.workspace.current_intake()
        main = self._desk.main_window
        state: dict[str, Any] = {
            "intakes": len(self._desk.workspace.intakes()),
            "fields": {},
            "banner": {"visible": main.draft_banner.isVisible(), "text": main.draft_banner_label.text()},
        }
        if intake is not None:
            for widget in intake.findChildren(QWidget):
                name = widget.objectName()
                if isinstance(widget, QLineEdit) and name:
                    state["fields"][name] = widget.text()
                elif isinstance(widget, QPlainTextEdit) and name:
                    state["fields"][name] = widget.toPlainText()
            state["case"] = case_to_snapshot(intake.collect_case())
            state["draft_key"] = intake.draft_key
            state["step"] = intake.current_step()
        temporary = path.with_suffix(path.suffix + ".tmp")
        temporary.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)

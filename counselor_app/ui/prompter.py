"""The few questions the desk asks in a dialog, behind an interface tests replace (aesthetics §3.6)."""

from __future__ import annotations

from typing import Literal, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

UnsavedChoice = Literal["save", "keep", "discard", "cancel"]




class Prompter(Protocol):
    """Questions that need an answer before the desk goes on."""

    def unsaved_changes(self, parent: QWidget, title: str) -> UnsavedChoice:
        """A tab with unsaved input is being closed: save, keep as a draft, discard, or cancel."""
        ...

    def confirm_discard_drafts(self, parent: QWidget, count: int) -> bool:
        """Really throw away ``count`` unsaved drafts?"""
        ...


class MessageBoxPrompter:
    """The real questions, as message boxes."""

    def unsaved_changes(self, parent: QWidget, title: str) -> UnsavedChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Prompter", "未保存の入力"))
        box.setText(QCoreApplication.translate("Prompter", "「%1」に保存していない入力があります。").replace("%1", title))
        save = box.addButton(QCoreApplication.translate("Prompter", "保存して閉じる"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(QCoreApplication.translate("Prompter", "下書きに残して閉じる"), QMessageBox.ButtonRole.ActionRole)
        discard = box.addButton(QCoreApplication.translate("Prompter", "破棄して閉じる"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QCoreApplication.translate("Prompter", "閉じない"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return "save"
        if clicked is keep:
            return "keep"
        if clicked is discard:
            return "discard"
        return "cancel"

    def confirm_discard_drafts(self, parent: QWidget, count: int) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Prompter", "下書きの破棄"),
            QCoreApplication.translate("Prompter", "保存されていない入力 %1 件を破棄します。元に戻せません。よろしいですか。").replace("%1", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

"""Shown when another desk saved the case first: who and when, and both versions side by side (nothing overwritten)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.case_snapshot import differing_fields, flatten
from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.entities import Case
from counselor_app.ui import theme
from counselor_app.ui.intake.field_text import display_value, field_label


class ConflictPanel(QFrame):
    """Theirs vs mine, with the two ways out the counselor may choose.

    Signals:
        take_theirs: open the stored version (mine stays kept as a draft).
        save_mine: save my version over theirs, knowingly.
    """

    take_theirs = Signal()
    save_mine = Signal()

    def __init__(self, codelists: CodeLists, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codelists = codelists
        self.setObjectName("conflictPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("conflictMessage")
        self.table = QTableWidget(0, 3, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("自分の入力と保存されている内容の違い"))
        self.table.setObjectName("conflict.table")
        self.table.setHorizontalHeaderLabels([self.tr("項目"), self.tr("自分の入力（未保存）"), self.tr("保存されている内容")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(170)
        self.theirs_button = QPushButton(self.tr("保存されている内容を開く（自分の入力は下書きに残す）"), self)
        self.mine_button = QPushButton(self.tr("確認したうえで自分の入力を保存する"), self)
        self.close_button = QPushButton(self.tr("閉じる"), self)
        self.theirs_button.clicked.connect(self.take_theirs)
        self.mine_button.clicked.connect(self.save_mine)
        self.close_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.mine_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.hide()

    def show_conflict(self, mine: Case, theirs: Case) -> list[str]:
        """Show the differences; returns the differing field paths."""
        who = theirs.updated_by or self.tr("別の端末")
        when = f"{theirs.updated_at:%Y/%m/%d %H:%M}" if theirs.updated_at else ""
        self.message.setText(
            self.tr("この相談は %1 が %2 に先に保存しました（版 %3）。上書きはしていません。違いを確かめて選んでください。")
            .replace("%1", who)
            .replace("%2", when)
            .replace("%3", str(theirs.version))
        )
        paths = differing_fields(mine, theirs)
        mine_flat, theirs_flat = flatten(mine), flatten(theirs)
        self.table.setRowCount(len(paths))
        for row, path in enumerate(paths):
            cells = [
                field_label(path),
                display_value(path, mine_flat.get(path), self._codelists),
                display_value(path, theirs_flat.get(path), self._codelists),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 1:
                    item.setBackground(QColor(theme.colours().changed_background))
                self.table.setItem(row, column, item)
        self.show()
        self.theirs_button.setFocus()
        return paths

    def rows(self) -> list[tuple[str, str, str]]:
        """The shown rows as text (label, mine, theirs)."""
        return [
            tuple(self.table.item(row, column).text() for column in range(3))  # type: ignore[misc]
            for row in range(self.table.rowCount())
        ]

"""類似事例: earlier cases like the one being taken, with their handling and result, updated as the narrative grows."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.entities import Actor
from counselor_app.services.search_service import SearchService, SimilarCase
from counselor_app.ui import theme

DEBOUNCE_MS = 600
MIN_NARRATIVE = 8  # characters; shorter text matches everything and helps nobody


class SimilarCasesWidget(QWidget):
    """A short list of similar earlier cases; double-click (or Enter) asks to open one.

    Signals:
        case_requested: id of a similar case the counselor wants to read.
    """

    case_requested = Signal(int)

    def __init__(self, search: SearchService, actor: Actor, codelists: CodeLists, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._actor = actor
        self._codelists = codelists
        self._context: tuple[str, int | None, str | None, tuple[str, ...], int | None] = ("", None, None, (), None)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("類似事例"), self)
        theme.set_role(self.title, "strong")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("類似事例の一覧"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.hint = QLabel(self.tr("相談概要を入力すると、似た過去の相談が表示されます。"), self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        self.results: list[SimilarCase] = []

    def set_context(
        self,
        narrative: str,
        *,
        business_id: int | None = None,
        product: str | None = None,
        methods: tuple[str, ...] = (),
        exclude_case_id: int | None = None,
    ) -> None:
        """Update what the case is about; the list refreshes after a short pause in typing."""
        context = (narrative, business_id, product, methods, exclude_case_id)
        if context != self._context:
            self._context = context
            self._timer.start()

    def shutdown(self) -> None:
        """Drop a lookup waiting for the typing pause (its window is closing, perhaps with the database)."""
        self._timer.stop()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        """A hidden list needs no lookup."""
        self.shutdown()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Look up similar cases now (an indexed query: fast enough for the GUI thread)."""
        narrative, business_id, product, methods, exclude = self._context
        self.list.clear()
        if len(narrative.strip()) < MIN_NARRATIVE and business_id is None:
            self.results = []
            self.hint.show()
            return
        self.results = self._search.similar(
            self._actor,
            narrative,
            business_id=business_id,
            product=product,
            methods=methods,
            exclude_case_id=exclude,
        )
        self.hint.setVisible(not self.results)
        if not self.results:
            self.hint.setText(self.tr("似た過去の相談は見つかりませんでした。"))
        for item in self.results:
            result = self._codelists["result"].label_of(item.result, self.tr("処理中"))
            handling = item.handling[-1] if item.handling else ""
            text = (
                f"{item.case_no}  {item.received_at:%Y-%m-%d}  {item.subject}\n"
                + self.tr("処理結果: %1").replace("%1", result)
                + (f"\n{handling}" if handling else "")
                + "\n"
                + " / ".join(self._reason(code, item) for code in item.reasons)
            )
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item.case_id)
            entry.setToolTip(html.escape("\n".join(item.handling)))
            self.list.addItem(entry)

    def _reason(self, code: str, item: SimilarCase) -> str:
        if code == "text":
            return self.tr("文章の類似度 %1%").replace("%1", f"{item.text_similarity * 100:.0f}")
        return {
            "business": self.tr("同じ事業者"),
            "product": self.tr("同じ商品・役務"),
            "method": self.tr("同じ販売方法・手口"),
        }.get(code, code)

    def _activated(self, item: QListWidgetItem) -> None:
        self.case_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

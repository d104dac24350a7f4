"""The case list view-model: counts in SQL, fetches rows in pages, keeps a bounded page cache."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from counselor_app.domain.calendar import era_of
from counselor_app.domain.case_query import CaseFilter, CaseSort, SortKey
from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.entities import CaseSummary
from counselor_app.ui.i18n import ui_language

Index = QModelIndex | QPersistentModelIndex


class CaseSource(Protocol):
    """Where the model gets its rows (CaseService bound to the current user)."""

    def count(self, flt: CaseFilter) -> int:
        """Number of matching cases."""
        ...

    def page(self, flt: CaseFilter, sort: CaseSort, offset: int, limit: int) -> list[CaseSummary]:
        """One page of rows."""
        ...


# (header, sort key); the header is translated in headerData().
COLUMNS: tuple[tuple[str, SortKey], ...] = (
    (QT_TRANSLATE_NOOP("CaseTableModel", "相談番号"), "case_no"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "受付日時"), "received_at"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "状態"), "status"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "受付方法"), "channel"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "件名"), "subject"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "事業者"), "business_name"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "商品・役務"), "product"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "個人情報"), "received_at"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "担当"), "counselor"),
)
PI_COLUMN = 7
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def short_wareki(moment: Any) -> str:
    """Compact 和暦 for tables: R8.11.27 14:05 (2026-11-27 14:05 in the English interface)."""
    if ui_language() == "en":
        return f"{moment:%Y-%m-%d %H:%M}"
    era, year = era_of(moment.date())
    return f"{era.initial}{year}.{moment.month:02d}.{moment.day:02d} {moment.hour:02d}:{moment.minute:02d}"


class CaseTableModel(QAbstractTableModel):
    """Rows of the case list, loaded lazily.

    Memory stays flat in the number of cases: only the row count and at most
    ``MAX_PAGES`` pages of ``PAGE_SIZE`` summaries are held.
    """

    PAGE_SIZE = 200
    MAX_PAGES = 25

    def __init__(self, source: CaseSource, codelists: CodeLists, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._codelists = codelists
        self._filter = CaseFilter()
        self._sort = CaseSort()
        self._count = 0
        self._pages: OrderedDict[int, list[CaseSummary]] = OrderedDict()
        self.pages_fetched = 0

    # -- state -----------------------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        """The filter in effect."""
        return self._filter

    def set_filter(self, flt: CaseFilter) -> None:
        """Apply a filter (one COUNT query; rows are fetched when shown)."""
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Drop cached rows and re-count (after saves, imports, merges)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._source.count(self._filter)
        self.endResetModel()

    def cached_pages(self) -> int:
        """How many pages are held (for memory checks)."""
        return len(self._pages)

    def summary(self, row: int) -> CaseSummary | None:
        """The summary at ``row`` (fetching its page if needed)."""
        if not 0 <= row < self._count:
            return None
        page_number, offset = divmod(row, self.PAGE_SIZE)
        page = self._page(page_number)
        return page[offset] if offset < len(page) else None

    def _page(self, number: int) -> list[CaseSummary]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._source.page(self._filter, self._sort, number * self.PAGE_SIZE, self.PAGE_SIZE)
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # -- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("CaseTableModel", COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        if role == CASE_ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return summary.subject
        return None

    def _display(self, summary: CaseSummary, column: int) -> str:
        lists = self._codelists
        if column == 0:
            return summary.case_no or ""
        if column == 1:
            return short_wareki(summary.received_at)
        if column == 2:
            return lists["case_status"].label_of(summary.status, summary.status)
        if column == 3:
            return lists["channel"].label_of(summary.channel)
        if column == 4:
            return summary.subject
        if column == 5:
            return summary.business_name or ""
        if column == 6:
            top = lists["product"].top_of(summary.product)
            return top.label if top else ""
        if column == PI_COLUMN:
            # Text, not colour alone, says whether the case is PI related.
            return (
                lists["pi_related"].label_of(summary.pi_related)
                if summary.pi_related in ("yes", "undecided")
                else ""
            )
        if column == 8:
            return summary.counselor or ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or column == PI_COLUMN:
            return
        sort = CaseSort(key=COLUMNS[column][1], descending=order == Qt.SortOrder.DescendingOrder)
        if sort == self._sort and self._pages:
            return
        self._sort = sort
        # The order changed, not the rows: drop the pages but keep the count (no COUNT query).
        self.beginResetModel()
        self._pages.clear()
        self.endResetModel()

"""Surge alerts (急増アラート): businesses, and products with one sales method, with many recent cases."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.business_registry import SurgeAlert
from counselor_app.services.container import Services
from counselor_app.ui import theme
from counselor_app.ui.background_jobs import BackgroundJobs
from counselor_app.ui.i18n import display_codelists, long_date
from counselor_app.ui.service_messages import error_text

ACTION_COLUMN = 6


class SurgeAlertsWidget(QWidget):
    """A self-contained list of surge alerts for the supervisor dashboard.

    The thresholds come from the settings (surge_case_count, surge_window_days).
    Alerts load off the GUI thread; call :meth:`refresh` after new cases.

    Signals:
        information_requested: business id of a business alert whose 情報提供 was pressed.
        business_opened: business id of a business alert that was double-clicked.
    """

    information_requested = Signal(int)
    business_opened = Signal(int)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._codelists = display_codelists(services.reference.codelists)
        self._offices = {office.code: office.name for office in services.setup.offices()}
        self._jobs = BackgroundJobs(self)
        self._on_error = on_error
        self.alerts: list[SurgeAlert] = []
        self._rows_shown: int | None = None  # None: the table takes what the layout gives it
        self.setObjectName("SurgeAlertsWidget")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.caption = QLabel(self.tr("急増アラート"), self)
        theme.set_role(self.caption, "strong")
        header.addWidget(self.caption, 1)
        self.refresh_button = QPushButton(self.tr("更新"), self)
        self.refresh_button.setAccessibleName(self.tr("急増アラートを更新"))
        self.refresh_button.clicked.connect(self.refresh)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)
        self.table = QTableWidget(0, 7, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("急増アラート"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("種別"),
                self.tr("対象"),
                self.tr("件数"),
                self.tr("前の期間"),
                self.tr("所属"),
                self.tr("受付日（最初〜最後）"),
                self.tr("対応"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.refresh()

    def refresh(self) -> None:
        """Reload the alerts (off the GUI thread)."""
        self.refresh_button.setEnabled(False)
        businesses, setup = self._services.businesses, self._services.setup

        def work() -> tuple[list[SurgeAlert], int, int]:
            settings = setup.settings()
            return businesses.surge_alerts(), int(settings["surge_case_count"]), int(settings["surge_window_days"])

        self._jobs.run(work, lambda result: self._show(*result), self._failed)

    def _show(self, alerts: list[SurgeAlert], threshold: int, days: int) -> None:
        self.refresh_button.setEnabled(True)
        self.alerts = alerts
        self.caption.setText(
            self.tr("急増アラート（過去%1日に%2件以上）").replace("%1", str(days)).replace("%2", str(threshold))
        )
        self.table.setRowCount(len(alerts))
        for row, alert in enumerate(alerts):
            self._fill_row(row, alert)
        self.empty_label.setText("" if alerts else self.tr("いまアラートはありません。"))
        self.empty_label.setVisible(not alerts)
        # An empty table is only headers: the one line above says it more briefly.
        self.table.setVisible(bool(alerts))
        self._fit_height()

    def limit_rows(self, rows: int) -> None:
        """Show at most this many alerts before the table scrolls (fewer alerts take less room)."""
        self._rows_shown = rows
        self._fit_height()

    def _fit_height(self) -> None:
        if self._rows_shown is None:
            return
        table = self.table
        rows = max(1, min(self._rows_shown, table.rowCount()))
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )

    def _fill_row(self, row: int, alert: SurgeAlert) -> None:
        lists = self._codelists
        if alert.kind == "business":
            kind = self.tr("事業者")
            subject = alert.business_name or ""
        else:
            kind = self.tr("商品・手口")
            product = lists["product"].path_label(alert.product)
            subject = f"{product} × {lists['sales_method'].label_of(alert.method, alert.method or '')}"
            if alert.businesses:
                subject += self.tr("（事業者 %1）").replace("%1", str(alert.businesses))
        offices = "、".join(self._offices.get(code, code) for code in alert.offices)
        period = self.tr("%1〜%2").replace("%1", long_date(alert.first_received.date())).replace(
            "%2", long_date(alert.last_received.date())
        )
        values = (
            kind,
            subject,
            self.tr("%1 件").replace("%1", str(alert.count)),
            self.tr("%1 件").replace("%1", str(alert.previous_count)),
            self.tr("%1 か所").replace("%1", str(len(alert.offices))),
            period,
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if column in (2, 3, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 4:
                item.setToolTip(offices)
            if column == 1:
                item.setToolTip(subject)
            self.table.setItem(row, column, item)
        business_id = alert.business_id
        if alert.kind != "business" or business_id is None:
            # 情報提供 is made per business; a product alert points at several.
            return
        button = QPushButton(self.tr("情報提供"), self.table)
        button.setAccessibleName(self.tr("%1 の情報提供").replace("%1", subject))
        button.clicked.connect(lambda _checked=False, bid=business_id: self.information_requested.emit(bid))
        self.table.setCellWidget(row, ACTION_COLUMN, button)

    def information_button(self, row: int) -> QPushButton | None:
        """The 情報提供 button of a row (business alerts only)."""
        widget = self.table.cellWidget(row, ACTION_COLUMN)
        return widget if isinstance(widget, QPushButton) else None

    def _double_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.alerts) and self.alerts[row].business_id is not None:
            business_id = self.alerts[row].business_id
            assert business_id is not None
            self.business_opened.emit(business_id)

    def _failed(self, error: Exception) -> None:
        self.refresh_button.setEnabled(True)
        message = error_text(error, with_where=False)
        self.empty_label.setText(self.tr("アラートを読み込めませんでした: %1").replace("%1", message))
        self.empty_label.setVisible(True)
        if self._on_error is not None:
            self._on_error(message)

    def wait_idle(self) -> None:
        """Let a queued reload finish (tests, and before the database is closed)."""
        self._jobs.wait()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Finish a reload before the widget goes away."""
        self._jobs.wait()
        super().closeEvent(event)

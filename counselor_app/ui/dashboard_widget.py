"""The supervisor dashboard strip: this month's cases, PI share, overdue referrals, cases awaiting approval, surge alerts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from counselor_app.domain.entities import Actor
from counselor_app.domain.report_data import DashboardFigures
from counselor_app.services.container import Services
from counselor_app.ui import theme
from counselor_app.ui.background import BackgroundJob
from counselor_app.ui.i18n import month_label
from counselor_app.ui.surge_alerts_widget import SurgeAlertsWidget

# Rows of surge alerts shown before the list scrolls (the case list keeps the screen).
SURGE_ROWS_SHOWN = 3


class _Tile(QFrame):
    """A caption over a big number and a small line of context."""

    def __init__(self, caption: str, accessible_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("DashboardTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(accessible_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        layout.setSpacing(0)
        self.caption = QLabel(caption, self)
        theme.set_role(self.caption, "muted")
        self.value = QLabel("…", self)
        theme.set_role(self.value, "figure")
        self.detail = QLabel("", self)
        theme.set_role(self.detail, "muted")
        for label in (self.caption, self.value, self.detail):
            layout.addWidget(label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_figure(self, value: str, detail: str, *, alert: bool = False) -> None:
        # An alert is said with a symbol and in words (accessible description), not by colour alone.
        self.value.setText(("▲ " if alert else "") + value)
        theme.set_role(self.value, "figure-alert" if alert else "figure")
        self.detail.setText(detail)
        self.setAccessibleDescription(
            f"{self.caption.text()}: {value}, {detail}" + (self.tr("（要対応）") if alert else "")
        )


class DashboardWidget(QWidget):
    """At-a-glance figures for supervisors and admins, and the surge alerts; loads in the background.

    ``surge`` is the embedded SurgeAlertsWidget (its information_requested and
    business_opened signals are connected by the main window).

    Signals:
        approval_queue_requested: the user wants the 決裁待ち list.
        monthly_report_requested: the user wants this month's statistics.
        loaded: figures arrived (carries the DashboardFigures).
    """

    approval_queue_requested = Signal()
    monthly_report_requested = Signal()
    loaded = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._job: BackgroundJob | None = None
        self.figures: DashboardFigures | None = None
        self.setObjectName("DashboardWidget")
        self.setAccessibleName(self.tr("所長向けの概況"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        layout = QHBoxLayout()
        layout.setSpacing(6)
        outer.addLayout(layout)
        self.cases_tile = _Tile(self.tr("今月の受付"), self.tr("今月の受付件数"), self)
        self.pi_tile = _Tile(self.tr("個人情報関連（今月）"), self.tr("個人情報関連の割合"), self)
        self.referral_tile = _Tile(self.tr("移送・紹介の回答期限超過"), self.tr("期限超過の移送・紹介"), self)
        self.approval_tile = _Tile(self.tr("決裁待ち"), self.tr("決裁待ちの件数"), self)
        for tile in (self.cases_tile, self.pi_tile, self.referral_tile, self.approval_tile):
            layout.addWidget(tile, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        self.queue_button = QPushButton(self.tr("決裁待ちを開く"), self)
        self.queue_button.clicked.connect(self.approval_queue_requested)
        self.monthly_button = QPushButton(self.tr("月報を作成…"), self)
        self.monthly_button.clicked.connect(self.monthly_report_requested)
        buttons.addWidget(self.queue_button)
        buttons.addWidget(self.monthly_button)
        layout.addLayout(buttons)
        self.surge = SurgeAlertsWidget(services, self)
        self.surge.limit_rows(SURGE_ROWS_SHOWN)
        outer.addWidget(self.surge)
        self.refresh()

    def is_loading(self) -> bool:
        """True while figures are being counted."""
        return self._job is not None and not self._job.done

    def refresh(self) -> None:
        """Count again in the background (the GUI stays responsive on large databases)."""
        if self.is_loading():
            return
        if self.surge.refresh_button.isEnabled():
            self.surge.refresh()
        services, actor = self._services, self._actor
        job = BackgroundJob(
            lambda _progress: services.reports.dashboard(actor),
            unexpected_message=self.tr("概況を集計できませんでした"),
        )
        job.signals.finished.connect(self._show)
        job.signals.failed.connect(self._failed)
        self._job = job
        job.start()

    def _show(self, figures: DashboardFigures) -> None:
        self.figures = figures
        month = month_label(figures.month.year, figures.month.month)
        change = figures.cases_this_month - figures.cases_previous_month
        self.cases_tile.caption.setText(self.tr("今月の受付（%1）").replace("%1", month))
        self.cases_tile.show_figure(
            self.tr("%1 件").replace("%1", f"{figures.cases_this_month:,}"),
            self.tr("前月 %1 件（%2）")
            .replace("%1", f"{figures.cases_previous_month:,}")
            .replace("%2", f"{change:+,}" if change else "±0"),
        )
        self.pi_tile.show_figure(
            figures.pi_share,
            self.tr("%1 件").replace("%1", f"{figures.pi_related_this_month:,}"),
        )
        self.referral_tile.show_figure(
            self.tr("%1 件").replace("%1", f"{figures.referrals_overdue:,}"),
            self.tr("未完了 %1 件").replace("%1", f"{figures.referrals_open:,}"),
            alert=figures.referrals_overdue > 0,
        )
        self.approval_tile.show_figure(
            self.tr("%1 件").replace("%1", f"{figures.awaiting_approval:,}"),
            self.tr("すべての所属") if self._actor.role == "admin" else self.tr("所属と支所"),
        )
        self.loaded.emit(figures)

    def _failed(self, message: str) -> None:
        for tile in (self.cases_tile, self.pi_tile, self.referral_tile, self.approval_tile):
            tile.show_figure("—", message)

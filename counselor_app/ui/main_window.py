"""The main window: case list with filters, a case preview, menus for every feature, and the status bar."""

from __future__ import annotations

import dataclasses
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.access import Permission, allows
from counselor_app.domain.calendar import fiscal_year
from counselor_app.domain.case_query import CaseFilter, CaseSort
from counselor_app.domain.entities import Actor, Case, CaseSummary
from counselor_app.domain.errors import DomainError
from counselor_app.domain.search import highlight_spans, parse_query
from counselor_app.services.container import Services
from counselor_app.ui import theme
from counselor_app.ui.appearance import Appearance
from counselor_app.ui.case_table_model import CASE_ID_ROLE, CaseTableModel, short_wareki
from counselor_app.ui.dashboard_widget import DashboardWidget
from counselor_app.ui.intake.field_text import party_profile

if TYPE_CHECKING:  # imported when first opened: QtPdf and QtPrintSupport stay out of start-up
    from counselor_app.ui.approval_queue import ApprovalQueueWindow
    from counselor_app.ui.referral_follow_up import ReferralFollowUpWidget
    from counselor_app.ui.reports_window import ReportsWindow
from counselor_app.ui.i18n import display_codelists, fiscal_year_text, long_date
from counselor_app.ui.service_messages import error_text
from counselor_app.ui.widgets.text_inputs import DateInput

if TYPE_CHECKING:
    from counselor_app.ui.business_window import BusinessWindow
    from counselor_app.ui.settings_dialog import SettingsDialog

SEARCH_DEBOUNCE_MS = 250


def highlighted_html(text: str, query: str) -> str:
    """Escape ``text`` for HTML and mark every occurrence of the query terms (width/kana folded)."""
    spans = highlight_spans(text, parse_query(query))
    mark = theme.colours()
    parts: list[str] = []
    cursor = 0
    for start, end in spans:
        parts.append(html.escape(text[cursor:start]))
        parts.append(
            f"<b style='background:{mark.mark_background}; color:{mark.mark_text}'>{html.escape(text[start:end])}</b>"
        )
        cursor = end
    parts.append(html.escape(text[cursor:]))
    return "".join(parts)


class _BoundCaseSource:
    """Adapts CaseService to the model's CaseSource for one actor."""

    def __init__(self, services: Services, actor: Actor) -> None:
        self._services = services
        self._actor = actor

    def count(self, flt: CaseFilter) -> int:
        return self._services.cases.count(self._actor, flt)

    def page(self, flt: CaseFilter, sort: CaseSort, offset: int, limit: int) -> list[CaseSummary]:
        return self._services.cases.page(self._actor, flt, sort, offset, limit)


class MainWindow(QMainWindow):
    """The counselor's desk.

    Signals:
        case_opened: a case id the user asked to open in detail (0: a new case).
        restore_drafts_requested / discard_drafts_requested: the unsaved-drafts banner's buttons.
    """

    case_opened = Signal(int)
    restore_drafts_requested = Signal()
    discard_drafts_requested = Signal()
    office_settings_changed = Signal(dict)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        appearance: Appearance | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.appearance = appearance or Appearance(app)
        self.settings_dialog: SettingsDialog | None = None
        self._columns_fitted = False
        self._codelists = display_codelists(services.reference.codelists)
        self.reports_window: ReportsWindow | None = None
        self.approval_window: ApprovalQueueWindow | None = None
        self.dashboard: DashboardWidget | None = None
        self.business_window: BusinessWindow | None = None
        self.referral_window: ReferralFollowUpWidget | None = None
        self.setWindowTitle(self.tr("相談記録"))
        self.setObjectName("MainWindow")
        self.model = CaseTableModel(_BoundCaseSource(services, actor), self._codelists, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self._build_menus()
        self._build_central()
        self._build_status_bar()
        self.model.set_filter(self._current_filter())
        self._update_count()
        self.apply_permissions()
        self.appearance.changed.connect(self._measure)

    # -- construction ----------------------------------------------------------------

    def _action(
        self, menu: QMenu, text: str, *, shortcut: QKeySequence | str | None = None, enabled: bool = True
    ) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if not enabled:
            action.setEnabled(False)
            action.setStatusTip(self.tr("この機能は準備中です"))
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("ファイル(&F)"))
        self.new_case_action = self._action(
            file_menu, self.tr("新しい相談(&N)"), shortcut=QKeySequence.StandardKey.New
        )
        self.new_case_action.triggered.connect(self._new_case)
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, self.tr("相談の取り込み(&I)…"))
        self.export_action = self._action(file_menu, self.tr("事例集の書き出し(&E)…"))
        self.import_action.triggered.connect(self.open_import_dialog)
        self.export_action.triggered.connect(self.open_export_dialog)
        for action in (self.import_action, self.export_action):
            action.setEnabled(self._actor.is_supervisor)
            if not self._actor.is_supervisor:
                action.setStatusTip(self.tr("所長・主任相談員だけが使えます"))
        file_menu.addSeparator()
        self.bundle_export_action = self._action(file_menu, self.tr("支所データの書き出し…"))
        self.bundle_import_action = self._action(file_menu, self.tr("支所データの取り込み…"))
        self.bundle_conflicts_action = self._action(file_menu, self.tr("支所データの競合の解決…"))
        self.bundle_export_action.triggered.connect(self.open_bundle_export)
        self.bundle_import_action.triggered.connect(self.open_bundle_import)
        self.bundle_conflicts_action.triggered.connect(self.open_bundle_conflicts)
        file_menu.addSeparator()
        self.lock_action = self._action(file_menu, self.tr("画面をロック(&L)"), shortcut="Ctrl+L")
        quit_action = self._action(file_menu, self.tr("終了(&Q)"), shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        case_menu = bar.addMenu(self.tr("相談(&C)"))
        self.open_case_action = self._action(case_menu, self.tr("開く(&O)"), shortcut="Return")
        self.open_case_action.triggered.connect(self._open_selected)
        self.search_action = self._action(
            case_menu, self.tr("検索(&S)"), shortcut=QKeySequence.StandardKey.Find
        )
        self.search_action.triggered.connect(
            lambda: self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        self.refresh_action = self._action(
            case_menu, self.tr("最新の状態に更新(&R)"), shortcut=QKeySequence.StandardKey.Refresh
        )
        self.refresh_action.triggered.connect(self.refresh)
        case_menu.addSeparator()
        self.submit_action = self._action(case_menu, self.tr("決裁に回す"))
        self.submit_action.triggered.connect(self._submit_selected)
        self.approval_queue_action = self._action(
            case_menu, self.tr("決裁待ち一覧…"), enabled=self._actor.is_supervisor
        )
        self.approval_queue_action.triggered.connect(self.open_approval_queue)
        self.referrals_action = self._action(case_menu, self.tr("移送・紹介の追跡…"), shortcut="Ctrl+Shift+R")
        self.referrals_action.triggered.connect(self.open_referral_follow_up)
        self.access_history_action = self._action(case_menu, self.tr("アクセス履歴(&H)…"), enabled=False)

        report_menu = bar.addMenu(self.tr("報告書(&R)"))
        self.monthly_report_action = self._action(
            report_menu, self.tr("月報（統計）…"), enabled=self._actor.is_supervisor
        )
        self.monthly_report_action.triggered.connect(lambda: self.open_reports(monthly=True))
        self.case_card_action = self._action(report_menu, self.tr("相談カード…"), shortcut="Ctrl+P")
        self.case_card_action.triggered.connect(lambda: self.open_reports(monthly=False))
        self.casebook_report_action = self._action(
            report_menu, self.tr("対応事例集…"), enabled=self._actor.is_supervisor
        )
        self.casebook_report_action.triggered.connect(self.open_casebook_report)

        admin_menu = bar.addMenu(self.tr("管理(&A)"))
        self.directory_action = self._action(admin_menu, self.tr("窓口一覧…"))
        self.directory_action.triggered.connect(self._open_directory)
        self._directory_dialog: QWidget | None = None
        self._update_directory_action()
        self.business_action = self._action(admin_menu, self.tr("事業者（名寄せ）…"))
        self.business_action.triggered.connect(self.open_business_window)
        self.users_action = self._action(admin_menu, self.tr("利用者…"), enabled=False)
        self.settings_action = self._action(admin_menu, self.tr("設定…"), shortcut="Ctrl+,")
        self.settings_action.triggered.connect(self.open_settings)
        self.audit_action = self._action(admin_menu, self.tr("監査ログの検証"), enabled=False)
        admin_menu.addSeparator()
        self.backup_action = self._action(admin_menu, self.tr("バックアップの作成…"), enabled=False)
        self.retention_action = self._action(admin_menu, self.tr("保存期間による匿名化…"), enabled=False)

        view_menu = bar.addMenu(self.tr("表示(&V)"))
        self.zoom_in_action = self._action(view_menu, self.tr("文字を大きく(&L)"))
        self.zoom_out_action = self._action(view_menu, self.tr("文字を小さく(&S)"))
        self.zoom_reset_action = self._action(view_menu, self.tr("文字の大きさを元に戻す(&R)"))
        # Every window of the application zooms (Ctrl+= too: "+" needs Shift on many keyboards).
        for action, keys in (
            (self.zoom_in_action, ("Ctrl++", "Ctrl+=")),
            (self.zoom_out_action, ("Ctrl+-",)),
            (self.zoom_reset_action, ("Ctrl+0",)),
        ):
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.zoom_in_action.triggered.connect(lambda: self._zoom(1))
        self.zoom_out_action.triggered.connect(lambda: self._zoom(-1))
        self.zoom_reset_action.triggered.connect(lambda: self._zoom(0))
        view_menu.addSeparator()
        self.high_contrast_action = self._action(view_menu, self.tr("ハイコントラスト表示(&H)"))
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(self.appearance.theme_name == "high_contrast")
        self.high_contrast_action.toggled.connect(self._toggle_high_contrast)

        help_menu = bar.addMenu(self.tr("ヘルプ(&H)"))
        self.about_action = self._action(help_menu, self.tr("バージョン情報"))
        self.about_action.triggered.connect(self._about)

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        if self._actor.is_supervisor:
            self.dashboard = DashboardWidget(self._services, self._actor, central)
            self.dashboard.approval_queue_requested.connect(self.open_approval_queue)
            self.dashboard.monthly_report_requested.connect(lambda: self.open_reports(monthly=True))
            self.dashboard.surge.information_requested.connect(self.open_business_report)
            self.dashboard.surge.business_opened.connect(self._show_business)
            layout.addWidget(self.dashboard)
        self._build_draft_banner(central, layout)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.search_edit = QLineEdit(central)
        self.search_edit.setPlaceholderText(self.tr("件名・相談概要・事業者・相談番号で検索（Ctrl+F）"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("検索"))
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        filters.addWidget(self.search_edit, 3)

        self.year_combo = self._combo(central, self.tr("年度"))
        self.year_combo.addItem(self.tr("全年度"), None)
        today = self._services.clock.now().date()
        for year in range(fiscal_year(today), fiscal_year(today) - 6, -1):
            label = self.tr("%1年度（%2）").replace("%1", str(year)).replace("%2", fiscal_year_text(year))
            self.year_combo.addItem(label, year)
        filters.addWidget(self.year_combo, 1)

        self.status_combo = self._combo(central, self.tr("状態"))
        self.status_combo.addItem(self.tr("すべての状態"), ())
        for item in self._codelists["case_status"].items:
            if item.code != "draft":
                self.status_combo.addItem(item.label, (item.code,))
        filters.addWidget(self.status_combo, 1)

        self.pi_combo = self._combo(central, self.tr("個人情報"))
        self.pi_combo.addItem(self.tr("個人情報：すべて"), None)
        for item in self._codelists["pi_related"].items:
            self.pi_combo.addItem(self.tr("個人情報：") + item.label, item.code)
        filters.addWidget(self.pi_combo, 1)

        self.referral_combo = self._combo(central, self.tr("移送・紹介"))
        self.referral_combo.addItem(self.tr("移送・紹介：すべて"), None)
        self.referral_combo.addItem(self.tr("移送・紹介：未完了"), "open")
        self.referral_combo.addItem(self.tr("移送・紹介：期限超過"), "overdue")
        filters.addWidget(self.referral_combo, 1)

        self.new_case_button = QPushButton(self.tr("新しい相談（Ctrl+N）"), central)
        self.new_case_button.setAccessibleName(self.tr("新しい相談"))
        self.new_case_button.clicked.connect(self._new_case)
        filters.addWidget(self.new_case_button)
        layout.addLayout(filters)
        self._build_more_filters(central, layout)

        splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.table = QTableView(splitter)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("相談一覧"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._fit_columns()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.preview = QTextBrowser(splitter)
        self.preview.setAccessibleName(self.tr("相談の概要"))
        self.preview.setOpenLinks(False)
        self.preview.setMinimumWidth(260)
        self.preview.setHtml(self._preview_placeholder())
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1040, 300])
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        for combo in (self.year_combo, self.status_combo, self.pi_combo, self.referral_combo):
            combo.currentIndexChanged.connect(lambda _index: self._apply_filters())

    def _build_draft_banner(self, parent: QWidget, layout: QVBoxLayout) -> None:
        self.draft_banner = QFrame(parent)
        self.draft_banner.setObjectName("draftBanner")
        row = QHBoxLayout(self.draft_banner)
        row.setContentsMargins(8, 4, 8, 4)
        self.draft_banner_label = QLabel(self.draft_banner)
        self.restore_drafts_button = QPushButton(self.tr("復元する（Ctrl+Shift+R）"), self.draft_banner)
        self.restore_drafts_button.setObjectName("restoreDrafts")
        self.discard_drafts_button = QPushButton(self.tr("破棄する…"), self.draft_banner)
        self.restore_drafts_button.clicked.connect(self.restore_drafts_requested)
        self.discard_drafts_button.clicked.connect(self.discard_drafts_requested)
        row.addWidget(self.draft_banner_label, 1)
        row.addWidget(self.restore_drafts_button)
        row.addWidget(self.discard_drafts_button)
        self.draft_banner.hide()
        layout.addWidget(self.draft_banner)
        # Ctrl+Shift+R restores drafts while the banner shows, and opens the referral
        # follow-up otherwise: one key, never two shortcuts at once (Qt would run neither).
        self._restore_shortcut = QShortcut(QKeySequence("Ctrl+Shift+R"), self)
        self._restore_shortcut.setEnabled(False)
        self._restore_shortcut.activated.connect(self.restore_drafts_requested.emit)

    def set_pending_drafts(self, count: int) -> None:
        """Offer to restore ``count`` drafts left by an earlier session (hidden when 0)."""
        self.draft_banner_label.setText(
            self.tr(
                "保存されていない入力中の相談が %1 件あります（前回の終了時や異常終了時のもの）。"
            ).replace("%1", str(count))
        )
        self.draft_banner.setVisible(count > 0)
        self._restore_shortcut.setEnabled(count > 0)
        self.referrals_action.setShortcut(QKeySequence() if count > 0 else QKeySequence("Ctrl+Shift+R"))

    def _build_more_filters(self, parent: QWidget, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        row.setSpacing(6)
        period = QLabel(self.tr("期間(&P)"), parent)
        self.from_date = DateInput(parent)
        self.to_date = DateInput(parent)
        for edit, name in (
            (self.from_date, self.tr("期間の開始日")),
            (self.to_date, self.tr("期間の終了日")),
        ):
            edit.echo.hide()
            edit.edit.setAccessibleName(name)
            edit.edit.textChanged.connect(lambda _text: self._search_timer.start())
        self._size_date_edits()
        self.from_date.edit.setPlaceholderText(self.tr("開始日"))
        self.to_date.edit.setPlaceholderText(self.tr("終了日"))
        period.setBuddy(self.from_date.edit)
        row.addWidget(period)
        row.addWidget(self.from_date)
        row.addWidget(QLabel(self.tr("〜"), parent))
        row.addWidget(self.to_date)

        self.counselor_combo = self._combo(parent, self.tr("担当"))
        self.counselor_combo.addItem(self.tr("担当：すべて"), None)
        for login in self._services.cases.counselors(self._actor):
            self.counselor_combo.addItem(self.tr("担当：") + login, login)
        row.addWidget(self.counselor_combo, 1)

        self.office_combo = self._combo(parent, self.tr("所属"))
        self.office_combo.addItem(self.tr("所属：すべて"), None)
        for office in self._services.setup.offices():
            self.office_combo.addItem(self.tr("所属：") + office.name, office.code)
        if self._actor.role == "counselor":
            # Counselors see their own office's cases only (CaseService enforces it too).
            self.office_combo.setCurrentIndex(max(0, self.office_combo.findData(self._actor.office_code)))
            self.office_combo.setEnabled(False)
        row.addWidget(self.office_combo, 1)

        self.product_combo = self._combo(parent, self.tr("商品・役務"))
        self.product_combo.addItem(self.tr("商品・役務：すべて"), None)
        for item in self._codelists["product"].children(None):
            self.product_combo.addItem(self.tr("商品・役務：") + item.label, item.code)
        row.addWidget(self.product_combo, 1)

        self.sales_form_combo = self._combo(parent, self.tr("販売購入形態"))
        self.sales_form_combo.addItem(self.tr("販売購入形態：すべて"), None)
        for item in self._codelists["sales_form"].items:
            self.sales_form_combo.addItem(self.tr("販売購入形態：") + item.label, item.code)
        row.addWidget(self.sales_form_combo, 1)

        self.clear_filters_button = QPushButton(self.tr("条件をクリア"), parent)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        row.addWidget(self.clear_filters_button)
        layout.addLayout(row)
        for combo in (self.counselor_combo, self.office_combo, self.product_combo, self.sales_form_combo):
            combo.currentIndexChanged.connect(lambda _index: self._apply_filters())

    def _size_date_edits(self) -> None:
        width = self.fontMetrics().horizontalAdvance("0000/00/00") + 24
        for edit in (self.from_date.edit, self.to_date.edit):
            edit.setFixedWidth(width)

    def clear_filters(self) -> None:
        """Back to every case the user may see."""
        for combo in (
            self.year_combo, self.status_combo, self.pi_combo, self.referral_combo,
            self.counselor_combo, self.product_combo, self.sales_form_combo,
        ):  # fmt: skip
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        if self.office_combo.isEnabled():
            self.office_combo.blockSignals(True)
            self.office_combo.setCurrentIndex(0)
            self.office_combo.blockSignals(False)
        for edit in (self.from_date.edit, self.to_date.edit, self.search_edit):
            edit.blockSignals(True)
        self.from_date.set_text("")
        self.to_date.set_text("")
        self.search_edit.clear()
        for edit in (self.from_date.edit, self.to_date.edit, self.search_edit):
            edit.blockSignals(False)
        self._apply_filters()

    def _combo(self, parent: QWidget, accessible_name: str) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(accessible_name)
        # Shrinks (eliding its text) rather than push the window past the screen at large text sizes.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        offices = {office.code: office.name for office in self._services.setup.offices()}
        office_name = offices.get(self._actor.office_code, self._actor.office_code)
        self.office_label = QLabel(
            self.tr("所属: %1（%2）").replace("%1", office_name).replace("%2", self._actor.office_code)
        )
        self.user_label = QLabel(
            self.tr("利用者: %1").replace("%1", self._actor.display_name or self._actor.login)
        )
        self.db_label = QLabel(self.tr("データベース: %1").replace("%1", self._services.database_label()))
        self.count_label = QLabel()
        for label in (self.office_label, self.user_label, self.db_label):
            bar.addWidget(label)
        bar.addPermanentWidget(self.count_label)

    # -- behaviour -------------------------------------------------------------------

    def _current_filter(self) -> CaseFilter:
        return CaseFilter(
            fiscal_year=self.year_combo.currentData(),
            statuses=self.status_combo.currentData() or (),
            pi_related=self.pi_combo.currentData(),
            referral=self.referral_combo.currentData(),
            text=self.search_edit.text().strip() or None,
            received_from=self.from_date.date(),
            received_to=self.to_date.date(),
            counselor=self.counselor_combo.currentData(),
            office_code=self.office_combo.currentData(),
            product_top=self.product_combo.currentData(),
            sales_form=self.sales_form_combo.currentData(),
        )

    def _apply_filters(self) -> None:
        self.model.set_filter(self._current_filter())
        self._update_count()
        self.preview.setHtml(self._preview_placeholder())

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("表示 %1 件").replace("%1", f"{shown:,}"))

    def refresh(self) -> None:
        """Reload the list (after a save elsewhere)."""
        self.model.refresh()
        self._update_count()

    def selected_case_id(self) -> int | None:
        """Id of the selected row's case, if any."""
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        value = self.model.data(indexes[0], CASE_ID_ROLE)
        return int(value) if value is not None else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        case_id = self.selected_case_id()
        self.access_history_action.setEnabled(
            case_id is not None and allows(self._actor.role, Permission.VIEW_ACCESS_HISTORY)
        )
        if case_id is None:
            self.preview.setHtml(self._preview_placeholder())
            return
        case = self._services.cases.get(self._actor, case_id)
        self.preview.setHtml(self._preview_html(case))

    def _open_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.case_opened.emit(case_id)

    def _new_case(self) -> None:
        self.case_opened.emit(0)

    # -- reports and 決裁 -------------------------------------------------------------

    def open_reports(self, *, monthly: bool) -> ReportsWindow:
        """Show the reports window on the 月報 or on the selected case's 相談カード."""
        if self.reports_window is None:
            from counselor_app.ui.reports_window import ReportsWindow

            self.reports_window = ReportsWindow(self._services, self._actor, self)
        if monthly:
            self.reports_window.show_monthly()
        else:
            summary = self._selected_summary()
            self.reports_window.show_case_card(summary.case_no if summary else None)
        self.reports_window.show()
        self.reports_window.activateWindow()
        return self.reports_window

    def open_casebook_report(self) -> ReportsWindow:
        """Show the reports window on the 対応事例集 (supervisors)."""
        window = self._reports()
        window.show_casebook()
        return window

    def open_business_report(self, business_id: int) -> ReportsWindow:
        """Show the reports window on the 情報提供 report of one business and generate it (supervisors)."""
        window = self._reports()
        business = self._services.businesses.get(business_id)
        window.show_business(business_id, business.display_name if business else str(business_id), generate=True)
        return window

    def _reports(self) -> ReportsWindow:
        if self.reports_window is None:
            from counselor_app.ui.reports_window import ReportsWindow

            self.reports_window = ReportsWindow(self._services, self._actor, self)
        self.reports_window.show()
        self.reports_window.activateWindow()
        return self.reports_window

    def open_approval_queue(self) -> ApprovalQueueWindow | None:
        """Show the 決裁待ち list (supervisors and admins)."""
        if not self._actor.is_supervisor:
            return None
        if self.approval_window is None:
            from counselor_app.ui.approval_queue import ApprovalQueueWindow

            self.approval_window = ApprovalQueueWindow(self._services, self._actor, self)
            self.approval_window.changed.connect(self._after_review)
            self.approval_window.case_card_requested.connect(self._show_card_of)
        else:
            self.approval_window.refresh()
        self.approval_window.show()
        self.approval_window.activateWindow()
        return self.approval_window

    def _show_card_of(self, case_no: str) -> None:
        window = self.open_reports(monthly=False)
        window.show_case_card(case_no, generate=True)

    def _after_review(self) -> None:
        self.refresh()
        if self.dashboard is not None:
            self.dashboard.refresh()

    def _selected_summary(self) -> CaseSummary | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.summary(indexes[0].row()) if indexes else None

    def _submit_selected(self) -> None:
        """Send the selected case for 決裁 (the rules name what is still missing)."""
        summary = self._selected_summary()
        if summary is None:
            self.statusBar().showMessage(self.tr("決裁に回す相談を選んでください"), 8000)
            return
        try:
            self._services.approvals.submit(self._actor, summary.id)
        except DomainError as exc:
            self.statusBar().showMessage(self.tr("決裁に回せません: %1").replace("%1", error_text(exc)), 15000)
            return
        self.statusBar().showMessage(
            self.tr("%1 を決裁に回しました").replace("%1", summary.case_no or ""), 8000
        )
        self._after_review()

    def _update_directory_action(self) -> None:
        allowed = self._actor.is_supervisor
        self.directory_action.setEnabled(allowed)
        self.directory_action.setStatusTip("" if allowed else self.tr("主任・管理者だけが使えます"))

    def _open_directory(self) -> None:
        # Imported on first use: start-up stays lean.
        from counselor_app.ui.directory_dialog import DirectoryDialog

        dialog = DirectoryDialog(self._services, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._directory_dialog = dialog
        dialog.open()

    def open_export_dialog(self) -> None:
        """ファイル > 事例集の書き出し…: period, format, preview, then write."""
        from counselor_app.ui.casebook_dialogs import CasebookExportDialog

        self.export_dialog = CasebookExportDialog(self._services, self._actor, self)
        self.export_dialog.show()

    def open_import_dialog(self) -> None:
        """ファイル > 相談の取り込み…: validate, then import all or nothing."""
        from counselor_app.ui.casebook_dialogs import CaseImportDialog

        self.import_dialog = CaseImportDialog(self._services, self._actor, self)
        self.import_dialog.imported.connect(lambda _result: self.refresh())
        self.import_dialog.show()

    def open_bundle_export(self) -> QWidget:
        """ファイル > 支所データの書き出し…: everything (or what changed since a day), encrypted."""
        from counselor_app.ui.sync_dialogs import BundleExportDialog

        self.bundle_export_dialog = BundleExportDialog(self._services, self._actor, self)
        self.bundle_export_dialog.show()
        return self.bundle_export_dialog

    def open_bundle_import(self) -> QWidget:
        """ファイル > 支所データの取り込み…: preview (new / updated / conflicts), then import."""
        from counselor_app.ui.sync_dialogs import BundleImportDialog

        self.bundle_import_dialog = BundleImportDialog(self._services, self._actor, self)
        self.bundle_import_dialog.imported.connect(lambda _result: self._after_review())
        self.bundle_import_dialog.conflicts_requested.connect(self.open_bundle_conflicts)
        self.bundle_import_dialog.show()
        return self.bundle_import_dialog

    def open_bundle_conflicts(self) -> QWidget:
        """ファイル > 支所データの競合の解決…: mine beside theirs, one case at a time."""
        from counselor_app.ui.sync_dialogs import ConflictDialog

        self.conflict_dialog = ConflictDialog(self._services, self._actor, self)
        self.conflict_dialog.resolved.connect(self._after_review)
        self.conflict_dialog.show()
        return self.conflict_dialog

    def open_referral_follow_up(self) -> QWidget:
        """Show open and overdue referrals (a counselor's own; a supervisor's whole office)."""
        from counselor_app.ui.referral_follow_up import ReferralFollowUpWidget

        if self.referral_window is None:
            window = ReferralFollowUpWidget(self._services, self._actor)
            window.setWindowTitle(self.tr("移送・紹介の追跡"))
            window.setWindowFlag(Qt.WindowType.Window)
            window.setParent(self, Qt.WindowType.Window)
            window.case_requested.connect(self.case_opened.emit)
            window.resize(1000, 560)
            QShortcut(QKeySequence(QKeySequence.StandardKey.Close), window, activated=window.close)
            self.referral_window = window
        else:
            self.referral_window.refresh()
        self.referral_window.show()
        self.referral_window.activateWindow()
        return self.referral_window

    def open_business_window(self) -> None:
        """Show the business registry (one window, raised when already open)."""
        # Imported on first use, so that start-up loads only what the main window needs.
        from counselor_app.ui.business_window import BusinessWindow

        window = self.business_window
        if window is None:
            window = BusinessWindow(self._services, self._actor, self)
            window.case_opened.connect(self.case_opened.emit)
            window.information_requested.connect(self.open_business_report)
            window.resize(1280, 720)
            QShortcut(QKeySequence(QKeySequence.StandardKey.Close), window, activated=window.close)
            self.business_window = window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.activateWindow()

    def _show_business(self, business_id: int) -> None:
        self.open_business_window()
        if self.business_window is not None:
            self.business_window.show_business(business_id)

    def wait_for_background(self) -> None:
        """Let the dashboard's and the registry's background reads finish (before the database closes)."""
        if self.dashboard is not None:
            self.dashboard.surge.wait_idle()
        if self.business_window is not None:
            self.business_window.wait_idle()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.wait_for_background()
        super().closeEvent(event)

    def _zoom(self, step: int) -> None:
        """Bigger (+1), smaller (-1) or back to the system size (0), in every window; remembered."""
        problem = self.appearance.zoom(step) if step else self.appearance.reset_zoom()
        size = self.appearance.point_size
        self.statusBar().showMessage(
            problem or self.tr("文字の大きさ: %1 ポイント").replace("%1", f"{size:g}"), 5000
        )

    def _toggle_high_contrast(self, on: bool) -> None:
        problem = self.appearance.update(theme="high_contrast" if on else "standard")
        if problem:
            self.statusBar().showMessage(problem, 8000)

    def _fit_columns(self) -> None:
        """Column widths from the font and the labels in force (English labels are longer; so is 16 pt)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()

        def fits(*texts: str, cap: int = 10_000) -> int:
            return min(cap, max(metrics.horizontalAdvance(text) for text in texts) + 18)

        def labels(name: str) -> list[str]:
            return [item.label for item in self._codelists[name].items]

        lists = self._codelists
        tops = [item.label for item in lists["product"].children(None)]
        headers = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(self.model.columnCount())]
        widths = {
            0: fits("000000-R88-000000", headers[0]),
            1: fits(short_wareki(self._services.clock.now()), headers[1]) + 12,
            2: fits(*labels("case_status"), headers[2]),
            3: fits(*labels("channel"), headers[3]),
            7: fits(*labels("pi_related"), headers[7]),
            8: fits("takahashi.k", headers[8]),
        }
        # Subject, business and product share what is left; the subject stretches.
        available = self.table.viewport().width()
        if available < 300:
            available = 1020
        rest = max(0, available - sum(widths.values()))
        # A business name of about 14 full-width characters (two average widths each) fits before "…".
        widths[5] = min(max(metrics.averageCharWidth() * 28 + 18, fits(headers[5])), max(110, int(rest * 0.34)))
        widths[6] = max(fits(headers[6]), min(fits(*tops), max(90, int(rest * 0.26))))
        for column, width in widths.items():
            header.resizeSection(column, width)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._columns_fitted:
            self._columns_fitted = True
            QTimer.singleShot(0, self._fit_columns)

    def _measure(self) -> None:
        """Re-measure what was sized by hand after the font size changed."""
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._size_date_edits()
        self._fit_columns()
        self.high_contrast_action.blockSignals(True)
        self.high_contrast_action.setChecked(self.appearance.theme_name == "high_contrast")
        self.high_contrast_action.blockSignals(False)
        if self._selected_summary() is None:
            self.preview.setHtml(self._preview_placeholder())

    def open_settings(self) -> SettingsDialog:
        """管理 > 設定…: personal preferences (everyone) and office settings (admins)."""
        from counselor_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._services, self._actor, self.appearance, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.office_settings_changed.connect(self.office_settings_changed)
        dialog.finished.connect(lambda _result: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _about(self) -> None:
        from counselor_app import __version__

        self.preview.setHtml(
            "<h3>"
            + html.escape(self.tr("相談記録"))
            + f" {html.escape(__version__)}</h3>"
            + "<p>"
            + html.escape(self.tr("消費生活相談の記録と個人情報関連相談の振り分け"))
            + "</p>"
            + "<p>"
            + html.escape(self.tr("フォント: IPAexゴシック（IPAフォントライセンスv1.0）"))
            + "</p>"
        )

    # -- preview ---------------------------------------------------------------------

    def _preview_placeholder(self) -> str:
        return (
            f"<p style='color:{theme.colours().muted}'>"
            + html.escape(self.tr("相談を選ぶと、ここに概要が表示されます。Enter で開きます。"))
            + "</p>"
        )

    def _preview_html(self, case: Case) -> str:
        lists = self._codelists

        def row(label: str, value: Any) -> str:
            text = "" if value in (None, "") else str(value)
            return f"<tr><th align='left' style='padding-right:8px;white-space:nowrap'>{html.escape(label)}</th><td>{html.escape(text)}</td></tr>"

        party = case.consultant if case.party_same_as_consultant else case.party
        pi = case.pi
        rows = [
            row(self.tr("相談番号"), case.case_no),
            row(self.tr("受付"), f"{long_date(case.received_at.date())} {case.received_at:%H:%M}"),
            row(self.tr("受付方法"), lists["channel"].label_of(case.channel)),
            row(self.tr("相談区分"), lists["category"].label_of(case.category)),
            row(self.tr("状態"), lists["case_status"].label_of(case.status)),
            row(self.tr("契約当事者"), party_profile(party, lists)),
            row(self.tr("事業者"), case.business_name),
            row(self.tr("商品・役務"), lists["product"].path_label(case.product)),
            row(self.tr("販売購入形態"), lists["sales_form"].label_of(case.sales_form)),
            row(
                self.tr("販売方法・手口"),
                "、".join(lists["sales_method"].label_of(code) for code in case.methods),
            ),
            row(self.tr("契約購入金額"), self._yen(case.contract_amount)),
            row(self.tr("既支払金額"), self._yen(case.paid_amount)),
            row(self.tr("個人情報"), lists["pi_related"].label_of(pi.related) if pi else None),
            row(self.tr("処理結果"), lists["result"].label_of(case.result)),
        ]
        if case.review_comment and case.status == "open":
            rows.insert(5, row(self.tr("差し戻し"), case.review_comment))
        subject = html.escape(case.subject or self.tr("（件名なし）"))
        summary_heading = html.escape(self.tr("相談概要"))
        handling_heading = html.escape(self.tr("処理経過"))
        narrative = highlighted_html(case.narrative, self.search_edit.text())
        handling = "".join(
            f"<li>{html.escape(f'{entry.at:%m/%d %H:%M}')} "
            f"[{html.escape(lists['handling_counterpart'].label_of(entry.counterpart))}] {html.escape(entry.text)}</li>"
            for entry in case.handling
        )
        return (
            f"<h3 style='margin-bottom:4px'>{subject}</h3><table>{''.join(rows)}</table>"
            f"<h4>{summary_heading}</h4><p>{narrative}</p>"
            + (f"<h4>{handling_heading}</h4><ul>{handling}</ul>" if handling else "")
        )

    def _yen(self, amount: int | None) -> str | None:
        return None if amount is None else self.tr("%1円").replace("%1", f"{amount:,}")

    @property
    def actor(self) -> Actor:
        """The signed-in user."""
        return self._actor

    def replace_actor(self, actor: Actor) -> None:
        """Switch the user (after a re-login) and reload."""
        self._actor = dataclasses.replace(actor)
        self._update_directory_action()
        self.model = CaseTableModel(_BoundCaseSource(self._services, actor), self._codelists, self)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.user_label.setText(self.tr("利用者: %1").replace("%1", actor.display_name or actor.login))
        self.preview.setHtml(self._preview_placeholder())
        self.apply_permissions()
        self.refresh()

    def apply_permissions(self) -> None:
        """Offer the menu actions the user's role allows (the services check again)."""
        role = self._actor.role
        for action, permission in (
            (self.users_action, Permission.MANAGE_USERS),
            (self.audit_action, Permission.VERIFY_AUDIT),
            (self.backup_action, Permission.BACKUP),
            (self.retention_action, Permission.RUN_RETENTION),
            (self.bundle_export_action, Permission.EXPORT),
            (self.bundle_import_action, Permission.SYNC),
            (self.bundle_conflicts_action, Permission.SYNC),
        ):
            action.setEnabled(allows(role, permission))
            action.setStatusTip("" if action.isEnabled() else self.tr("この役割では使えません"))
        self.access_history_action.setEnabled(
            self.selected_case_id() is not None and allows(role, Permission.VIEW_ACCESS_HISTORY)
        )

    def set_locked(self, locked: bool) -> None:
        """Hide every case while the screen is locked; show them again after sign-in."""
        if locked:
            self.table.clearSelection()
            self.preview.setHtml(self._preview_placeholder())
        central = self.centralWidget()
        if central is not None:
            central.setVisible(not locked)
        self.menuBar().setEnabled(not locked)

"""The business view (事業者・名寄せ): search the registry, one business's cases across offices, counts, amounts, merges."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.business_names import strip_legal_form
from counselor_app.domain.business_registry import AmountSummary, BusinessMerge, BusinessProfile
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import DomainError
from counselor_app.services.business_service import BusinessMatch
from counselor_app.services.container import Services
from counselor_app.ui import theme
from counselor_app.ui.background_jobs import BackgroundJobs
from counselor_app.ui.case_table_model import short_wareki
from counselor_app.ui.i18n import display_codelists, long_date
from counselor_app.ui.service_messages import error_text

SEARCH_DEBOUNCE_MS = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Rows per breakdown table (the rest are summed into その他).
BREAKDOWN_ROWS = 12

Confirm = Callable[[QWidget, str, str], bool]
Inform = Callable[[QWidget, str, str], None]


def ask_user(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question (replaced by a fake in tests)."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes


def tell_user(parent: QWidget, title: str, text: str) -> None:
    """Show why something could not be done (replaced by a fake in tests)."""
    QMessageBox.warning(parent, title, text)


def _item(text: str, *, data: Any = None, align_right: bool = False, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(ID_ROLE, data)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class BusinessWindow(QWidget):
    """The registry for counselors and supervisors.

    Searches and profiles are loaded off the GUI thread. Supervisors (and admins) also
    see the merge and unmerge buttons.

    Signals:
        case_opened: a case id the user asked to open.
        registry_changed: a merge or unmerge was made (other views may reload).
        information_requested: business id whose 情報提供 report a supervisor asked for.
    """

    case_opened = Signal(int)
    registry_changed = Signal()
    information_requested = Signal(int)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        confirm: Confirm = ask_user,
        inform: Inform = tell_user,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._services = services
        self._actor = actor
        self._confirm = confirm
        self._inform = inform
        self._codelists = display_codelists(services.reference.codelists)
        self._offices = {office.code: office.name for office in services.setup.offices()}
        self._jobs = BackgroundJobs(self)
        self._search_serial = 0
        self._profile_serial = 0
        self.profile: BusinessProfile | None = None
        self._candidates: list[BusinessMatch] = []
        self.setObjectName("BusinessWindow")
        self.setWindowTitle(self.tr("事業者（名寄せ）"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.search_now)
        self._build()
        self.search_now()

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("事業者名・法人番号・電話番号で検索（株式会社と（株）、全角と半角は区別しません）"))
        self.search_edit.setAccessibleName(self.tr("事業者の検索"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        top.addWidget(self.search_edit, 1)
        self.registry_label = QLabel(self)
        top.addWidget(self.registry_label)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.results_caption = QLabel(left)
        left_layout.addWidget(self.results_caption)
        self.results = self._table(left, (self.tr("事業者名"), self.tr("一致の理由・件数")))
        self.results.setAccessibleName(self.tr("検索結果"))
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.results.itemSelectionChanged.connect(self._result_selected)
        left_layout.addWidget(self.results, 1)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.setSpacing(4)
        self.title_label = QLabel(right)
        theme.set_role(self.title_label, "title")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        self.information_button = QPushButton(self.tr("情報提供の報告書…"), right)
        self.information_button.setAccessibleName(self.tr("省庁の窓口への情報提供の報告書を作成"))
        self.information_button.setToolTip(
            self.tr("この事業者の相談を匿名化した一覧と、件数・金額・手口の傾向を PDF にまとめます")
        )
        self.information_button.clicked.connect(self.request_information)
        self.information_button.setVisible(self._actor.is_supervisor)
        title_row.addWidget(self.information_button)
        right_layout.addLayout(title_row)
        facts = QFormLayout()
        facts.setHorizontalSpacing(12)
        facts.setVerticalSpacing(2)
        self.number_label = self._value_label(right)
        self.phone_label = self._value_label(right)
        self.names_label = self._value_label(right)
        self.cases_label = self._value_label(right)
        self.amounts_label = self._value_label(right)
        facts.addRow(self.tr("法人番号"), self.number_label)
        facts.addRow(self.tr("電話番号"), self.phone_label)
        facts.addRow(self.tr("名称・別名"), self.names_label)
        facts.addRow(self.tr("相談"), self.cases_label)
        facts.addRow(self.tr("金額"), self.amounts_label)
        right_layout.addLayout(facts)

        self.tabs = QTabWidget(right)
        self.tabs.addTab(self._build_cases_tab(), self.tr("相談一覧"))
        self.tabs.addTab(self._build_breakdown_tab(), self.tr("件数の内訳"))
        self.tabs.addTab(self._build_merge_tab(), self.tr("名寄せ・統合"))
        right_layout.addWidget(self.tabs, 1)

        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([390, 960])
        layout.addWidget(splitter, 1)
        self._show_profile(None)

    def _value_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _table(self, parent: QWidget, headers: Sequence[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), parent)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setHorizontalHeaderLabels(list(headers))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        return table

    def _build_cases_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        self.cases_table = self._table(
            page,
            (
                self.tr("相談番号"),
                self.tr("受付日時"),
                self.tr("所属"),
                self.tr("商品・役務"),
                self.tr("販売方法・手口"),
                self.tr("契約購入金額"),
                self.tr("状態"),
                self.tr("記録された事業者名"),
            ),
        )
        self.cases_table.setAccessibleName(self.tr("この事業者の相談"))
        header = self.cases_table.horizontalHeader()
        for column, width in enumerate((132, 108, 132, 104, 132, 88, 60, 110)):
            # Never narrower than the (translated) header text.
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        self.cases_table.doubleClicked.connect(self._open_case)
        layout.addWidget(self.cases_table, 1)
        self.hidden_label = QLabel(page)
        self.hidden_label.setWordWrap(True)
        layout.addWidget(self.hidden_label)
        return page

    def _build_breakdown_tab(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(4, 4, 4, 4)
        self.product_table = self._table(page, (self.tr("商品・役務"), self.tr("件数")))
        self.method_table = self._table(page, (self.tr("販売方法・手口"), self.tr("件数")))
        self.office_table = self._table(page, (self.tr("所属"), self.tr("件数")))
        self.product_table.setAccessibleName(self.tr("商品・役務別の件数"))
        self.method_table.setAccessibleName(self.tr("販売方法・手口別の件数"))
        self.office_table.setAccessibleName(self.tr("所属別の件数"))
        for column, table in enumerate((self.product_table, self.method_table, self.office_table)):
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            grid.addWidget(table, 0, column)
        return page

    def _build_merge_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        candidates_box = QGroupBox(self.tr("同一の可能性がある記録"), page)
        candidates_layout = QVBoxLayout(candidates_box)
        self.candidates_table = self._table(candidates_box, (self.tr("事業者名"), self.tr("一致の理由")))
        self.candidates_table.setAccessibleName(self.tr("同一の可能性がある記録"))
        self.candidates_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.candidates_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.candidates_table.itemSelectionChanged.connect(self._update_buttons)
        candidates_layout.addWidget(self.candidates_table, 1)
        self.merge_button = QPushButton(self.tr("選んだ記録をこの事業者に統合…"), candidates_box)
        self.merge_button.clicked.connect(self.merge_selected)
        candidates_layout.addWidget(self.merge_button)
        layout.addWidget(candidates_box, 1)

        history_box = QGroupBox(self.tr("統合の履歴"), page)
        history_layout = QVBoxLayout(history_box)
        self.merges_table = self._table(
            history_box, (self.tr("統合した記録"), self.tr("相談"), self.tr("統合日時"), self.tr("状態"))
        )
        self.merges_table.setAccessibleName(self.tr("統合の記録"))
        self.merges_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.merges_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.merges_table.itemSelectionChanged.connect(self._update_buttons)
        history_layout.addWidget(self.merges_table, 1)
        self.unmerge_button = QPushButton(self.tr("選んだ統合を取り消す…"), history_box)
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        history_layout.addWidget(self.unmerge_button)
        layout.addWidget(history_box, 1)

        supervisor = self._actor.is_supervisor
        self.merge_button.setVisible(supervisor)
        self.unmerge_button.setVisible(supervisor)
        if not supervisor:
            note = QLabel(self.tr("統合と取り消しは主任相談員・所長が行います。"), history_box)
            history_layout.addWidget(note)
        return page

    # -- searching -------------------------------------------------------------------

    def search_now(self) -> None:
        """Run the search for the current text (the busiest businesses when it is empty)."""
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        self._search_serial += 1
        serial = self._search_serial
        businesses = self._services.businesses

        def work() -> tuple[int, list[BusinessMatch] | list[tuple[Any, int]], int]:
            found: list[BusinessMatch] | list[tuple[Any, int]] = (
                businesses.suggest(text, limit=50) if text else businesses.busiest(limit=50)
            )
            return serial, found, businesses.count()

        self._jobs.run(work, lambda result: self._show_results(text, *result), self._failed)

    def _show_results(self, text: str, serial: int, found: list[Any], registered: int) -> None:
        if serial != self._search_serial:
            return  # a newer search is on its way
        self.registry_label.setText(self.tr("登録事業者 %1 件").replace("%1", f"{registered:,}"))
        self.results.setRowCount(0)
        if text:
            self.results_caption.setText(
                self.tr("「%1」の検索結果 %2 件").replace("%1", text).replace("%2", str(len(found)))
                if found
                else self.tr("「%1」に一致する事業者はありません").replace("%1", text)
            )
        else:
            self.results_caption.setText(self.tr("最近1年の相談が多い事業者"))
        for row, entry in enumerate(found):
            self.results.insertRow(row)
            if isinstance(entry, BusinessMatch):
                business, detail = entry.business, self.reason(entry, text)
            else:
                business, cases = entry
                detail = self.tr("%1 件").replace("%1", f"{cases:,}")
            self.results.setItem(row, 0, _item(business.display_name, data=business.id))
            self.results.setItem(row, 1, _item(detail))
        current = self.profile.business.id if self.profile else None
        for row in range(self.results.rowCount()):
            if self.results.item(row, 0).data(ID_ROLE) == current:
                self.results.selectRow(row)
                break
        else:
            if self.results.rowCount() and self.profile is None:
                self.results.selectRow(0)

    def reason(self, match: BusinessMatch, typed: str = "") -> str:
        """The match's reason in the user's language (``typed``: the search text, for containment)."""
        other = match.matched_name and match.matched_name != match.business.display_name
        suffix = self.tr("（%1）").replace("%1", match.matched_name) if other else ""
        if match.kind == "corporate_number":
            return self.tr("法人番号が一致")
        if match.kind == "phone":
            return self.tr("電話番号が一致")
        if match.kind == "name_exact":
            return self.tr("名称が一致") + suffix
        if match.kind == "name_contains":
            core = strip_legal_form(typed) if typed else ""
            if core:
                return self.tr("名称に「%1」を含む").replace("%1", core) + suffix
            return self.tr("名称の一部が一致") + suffix
        return self.tr("名称が類似（%1%）").replace("%1", f"{match.score:.0f}") + suffix

    def _result_selected(self) -> None:
        rows = self.results.selectionModel().selectedRows()
        if rows:
            business_id = self.results.item(rows[0].row(), 0).data(ID_ROLE)
            if business_id is not None and (self.profile is None or self.profile.business.id != business_id):
                self.show_business(int(business_id))

    # -- one business ----------------------------------------------------------------

    def show_business(self, business_id: int) -> None:
        """Load and show one business (its survivor when it was merged)."""
        self._profile_serial += 1
        serial = self._profile_serial
        businesses, actor = self._services.businesses, self._actor

        def work() -> tuple[int, BusinessProfile, list[BusinessMatch]]:
            profile = businesses.profile(actor, business_id)
            assert profile.business.id is not None
            return serial, profile, businesses.similar_records(profile.business.id)

        self._jobs.run(work, lambda result: self._profile_loaded(*result), self._failed)

    def _profile_loaded(self, serial: int, profile: BusinessProfile, candidates: list[BusinessMatch]) -> None:
        if serial == self._profile_serial:
            self._show_profile(profile, candidates)

    def _show_profile(self, profile: BusinessProfile | None, candidates: Sequence[BusinessMatch] = ()) -> None:
        self.profile = profile
        for table in (
            self.cases_table,
            self.product_table,
            self.method_table,
            self.office_table,
            self.candidates_table,
            self.merges_table,
        ):
            table.setRowCount(0)
        if profile is None:
            self.title_label.setText(self.tr("事業者を選んでください"))
            for label in (self.number_label, self.phone_label, self.names_label, self.cases_label, self.amounts_label):
                label.setText("")
            self.hidden_label.setText("")
            self._update_buttons()
            return
        business = profile.business
        self.title_label.setText(business.display_name)
        self.number_label.setText("、".join(profile.corporate_numbers) or self.tr("未登録"))
        self.phone_label.setText("、".join(profile.phones) or self.tr("未登録"))
        others = [name for name in profile.names if name != business.display_name]
        self.names_label.setText("、".join(others) or self.tr("なし"))
        self.cases_label.setText(self._cases_text(profile))
        self.amounts_label.setText(
            self.tr("契約購入金額 %1　既支払金額 %2")
            .replace("%1", self._amount_text(profile.contract))
            .replace("%2", self._amount_text(profile.paid))
        )
        self._fill_cases(profile)
        self._fill_breakdowns(profile)
        self._fill_merges(profile.merges, candidates)
        self._update_buttons()

    def _cases_text(self, profile: BusinessProfile) -> str:
        if profile.case_count == 0:
            return self.tr("まだありません")
        text = (
            self.tr("%1 件（所属 %2 か所）")
            .replace("%1", f"{profile.case_count:,}")
            .replace("%2", str(len(profile.by_office)))
        )
        if profile.first_received and profile.last_received:
            text += self.tr("　%1〜%2").replace("%1", long_date(profile.first_received.date())).replace(
                "%2", long_date(profile.last_received.date())
            )
        return text

    def _amount_text(self, amounts: AmountSummary) -> str:
        if amounts.average is None:
            return self.tr("記録なし")
        return (
            self.tr("合計 %1円・平均 %2円（%3 件）")
            .replace("%1", f"{amounts.total:,}")
            .replace("%2", f"{amounts.average:,}")
            .replace("%3", f"{amounts.cases:,}")
        )

    def _fill_cases(self, profile: BusinessProfile) -> None:
        lists = self._codelists
        table = self.cases_table
        table.setRowCount(len(profile.cases))
        for row, case in enumerate(profile.cases):
            methods = "、".join(lists["sales_method"].label_of(code) for code in case.methods)
            amount = "" if case.contract_amount is None else self.tr("%1円").replace("%1", f"{case.contract_amount:,}")
            values = (
                case.case_no or "",
                short_wareki(case.received_at),
                self._offices.get(case.office_code, case.office_code),
                lists["product"].label_of(case.product),
                methods,
                amount,
                lists["case_status"].label_of(case.status),
                case.business_name or "",
            )
            for column, value in enumerate(values):
                table.setItem(
                    row,
                    column,
                    _item(
                        value,
                        data=case.id if column == 0 else None,
                        align_right=column == 5,
                        tooltip=case.subject if column == 0 else (value if column in (2, 3, 4, 7) else None),
                    ),
                )
        shown = len(profile.cases)
        visible_total = profile.case_count - profile.hidden_cases
        notes = []
        if shown < visible_total:
            notes.append(self.tr("新しい %1 件を表示しています（全 %2 件）。").replace("%1", f"{shown:,}").replace("%2", f"{visible_total:,}"))
        if profile.hidden_cases:
            notes.append(
                self.tr("ほかの所属の相談 %1 件は件数と金額にだけ含めています。").replace("%1", f"{profile.hidden_cases:,}")
            )
        self.hidden_label.setText("".join(notes))
        self.hidden_label.setVisible(bool(notes))
        self.tabs.setTabText(0, self.tr("相談一覧（%1）").replace("%1", f"{profile.case_count:,}"))

    def _fill_breakdowns(self, profile: BusinessProfile) -> None:
        lists = self._codelists
        self._fill_counts(
            self.product_table,
            [(lists["product"].path_label(code) or self.tr("（未分類）"), count) for code, count in profile.by_product],
        )
        self._fill_counts(
            self.method_table, [(lists["sales_method"].label_of(code, code), count) for code, count in profile.by_method]
        )
        self._fill_counts(
            self.office_table, [(self._offices.get(code, code), count) for code, count in profile.by_office]
        )

    def _fill_counts(self, table: QTableWidget, rows: list[tuple[str, int]]) -> None:
        if len(rows) > BREAKDOWN_ROWS:
            rest = sum(count for _label, count in rows[BREAKDOWN_ROWS - 1 :])
            rows = [*rows[: BREAKDOWN_ROWS - 1], (self.tr("その他"), rest)]
        table.setRowCount(len(rows))
        for row, (label, count) in enumerate(rows):
            table.setItem(row, 0, _item(label, tooltip=label))
            table.setItem(row, 1, _item(f"{count:,}", align_right=True))

    def _fill_merges(self, merges: Sequence[BusinessMerge], candidates: Sequence[BusinessMatch]) -> None:
        self._candidates = list(candidates)
        self.candidates_table.setRowCount(len(candidates))
        for row, match in enumerate(candidates):
            self.candidates_table.setItem(row, 0, _item(match.business.display_name, data=match.business.id))
            self.candidates_table.setItem(row, 1, _item(self.reason(match)))
        self.merges_table.setRowCount(len(merges))
        for row, merge in enumerate(merges):
            state = (
                self.tr("統合中")
                if merge.active
                else self.tr("取り消し済み（%1）").replace("%1", merge.undone_by or "")
            )
            values = (
                merge.merged_name,
                self.tr("%1 件").replace("%1", str(merge.moved_cases)),
                short_wareki(merge.merged_at),
                state,
            )
            for column, value in enumerate(values):
                self.merges_table.setItem(
                    row,
                    column,
                    _item(
                        value,
                        data=merge.id if column == 0 else None,
                        tooltip=self.tr("%1 が統合").replace("%1", merge.merged_by) if column == 2 else None,
                    ),
                )
        self.tabs.setTabText(2, self.tr("名寄せ・統合（候補 %1）").replace("%1", str(len(candidates))))

    def _selected_id(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        value = table.item(rows[0].row(), 0).data(ID_ROLE)
        return None if value is None else int(value)

    def _update_buttons(self) -> None:
        supervisor = self._actor.is_supervisor
        self.information_button.setEnabled(supervisor and self.profile is not None)
        self.merge_button.setEnabled(supervisor and self._selected_id(self.candidates_table) is not None)
        merge = self._selected_merge()
        self.unmerge_button.setEnabled(supervisor and merge is not None and merge.active)

    def _selected_merge(self) -> BusinessMerge | None:
        merge_id = self._selected_id(self.merges_table)
        if self.profile is None or merge_id is None:
            return None
        return next((merge for merge in self.profile.merges if merge.id == merge_id), None)

    # -- actions ---------------------------------------------------------------------

    def request_information(self) -> None:
        """Ask for the 情報提供 report of the business shown (the main window makes it)."""
        if self.profile is not None and self.profile.business.id is not None and self._actor.is_supervisor:
            self.information_requested.emit(self.profile.business.id)

    def merge_selected(self) -> None:
        """Merge the selected candidate into the business shown, after confirmation."""
        merged_id = self._selected_id(self.candidates_table)
        if self.profile is None or merged_id is None or self.profile.business.id is None:
            return
        kept = self.profile.business
        merged_name = next(
            (match.business.display_name for match in self._candidates if match.business.id == merged_id), ""
        )
        question = (
            self.tr("「%1」を「%2」に統合します。相談と別名は「%2」に移ります（あとで取り消せます）。よろしいですか。")
            .replace("%1", merged_name)
            .replace("%2", kept.display_name)
        )
        if not self._confirm(self, self.tr("事業者の統合"), question):
            return
        self._act(lambda: self._services.businesses.merge(self._actor, kept.id or 0, merged_id), kept.id)

    def unmerge_selected(self) -> None:
        """Undo the selected merge, after confirmation."""
        merge = self._selected_merge()
        if self.profile is None or merge is None:
            return
        question = (
            self.tr("「%1」の統合を取り消します。移した相談と別名は元の記録に戻ります。よろしいですか。")
            .replace("%1", merge.merged_name)
        )
        if not self._confirm(self, self.tr("統合の取り消し"), question):
            return
        self._act(lambda: self._services.businesses.unmerge(self._actor, merge.id), self.profile.business.id)

    def _act(self, action: Callable[[], Any], business_id: int | None) -> None:
        # Merges move every case of a record: run them off the GUI thread too.
        def done(_result: Any) -> None:
            self.registry_changed.emit()
            if business_id is not None:
                self.show_business(business_id)
            self.search_now()

        def refused(error: Exception) -> None:
            if isinstance(error, DomainError):
                self._inform(self, self.tr("できませんでした"), error_text(error, with_where=False))
            else:
                self._failed(error)

        self._jobs.run(action, done, refused)

    def _open_case(self) -> None:
        case_id = self._selected_id(self.cases_table)
        if case_id is not None:
            self.case_opened.emit(case_id)

    def _failed(self, error: Exception) -> None:
        message = error_text(error, with_where=False)
        self._inform(self, self.tr("読み込めませんでした"), message)

    # -- lifetime --------------------------------------------------------------------

    def wait_idle(self) -> None:
        """Let queued loads finish (tests, and before the database is closed)."""
        self._jobs.wait()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Finish background loads before the window goes away."""
        self._jobs.wait()
        super().closeEvent(event)

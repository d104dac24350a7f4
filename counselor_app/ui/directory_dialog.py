"""Directory management (窓口一覧) for supervisors and admins: search, contacts, retirement, local departments, guidance."""

from __future__ import annotations

import datetime as dt
import html
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.directory import KINDS
from counselor_app.domain.entities import Actor, Contact, DirectoryEntry
from counselor_app.domain.errors import DomainError
from counselor_app.domain.guidance import GuidanceLabels
from counselor_app.services.classification_service import CsvImportError
from counselor_app.services.container import Services
from counselor_app.ui import theme
from counselor_app.ui.i18n import display_codelists, long_date
from counselor_app.ui.service_messages import error_text

SEARCH_DEBOUNCE_MS = 200
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it (never a half-written file)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class RetireDialog(QDialog):
    """Asks for the end date of a window and the body that took over."""

    def __init__(self, entry: DirectoryEntry, candidates: list[DirectoryEntry], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("窓口の廃止"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("「%1」を廃止します。現行体制では後継の窓口が提案されます。").replace("%1", entry.name)))
        form = QFormLayout()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("廃止日"))
        form.addRow(self.tr("廃止日（この日まで有効）(&D)"), self.date_edit)
        self.successor_combo = QComboBox(self)
        self.successor_combo.setAccessibleName(self.tr("後継の窓口"))
        self.successor_combo.addItem(self.tr("（後継なし）"), None)
        for candidate in candidates:
            self.successor_combo.addItem(f"{candidate.id}  {candidate.name}", candidate.id)
        form.addRow(self.tr("後継の窓口(&S)"), self.successor_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def valid_to(self) -> dt.date:
        """The chosen last day of validity."""
        value = self.date_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def successor_id(self) -> str | None:
        """The chosen successor, if any."""
        data = self.successor_combo.currentData()
        return str(data) if data else None


class LocalEntryDialog(QDialog):
    """Adds one of the office's own departments (関係部局) and what kind of cases it takes."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("関係部局の追加"))
        self.resize(620, 560)
        codelists = display_codelists(services.reference.codelists)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.parent_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        for kind in KINDS:
            self.kind_combo.addItem(kind, kind)
        self.kind_combo.setCurrentIndex(KINDS.index("local_gov_window"))
        self.phone_edit = QLineEdit(self)
        self.hours_edit = QLineEdit(self)
        self.url_edit = QLineEdit(self)
        self.basis_edit = QLineEdit(self)
        self.basis_edit.setPlaceholderText(self.tr("例：○○市個人情報保護法施行条例（空欄なら基本方針7(3)／法14条）"))
        self.note_edit = QLineEdit(self)
        for label, widget in (
            (self.tr("名称(&N)"), self.name_edit),
            (self.tr("上位組織"), self.parent_edit),
            (self.tr("種別"), self.kind_combo),
            (self.tr("電話"), self.phone_edit),
            (self.tr("受付時間"), self.hours_edit),
            (self.tr("URL"), self.url_edit),
            (self.tr("根拠"), self.basis_edit),
            (self.tr("備考"), self.note_edit),
        ):
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("提案する相談（論点・分野。「すべて」はどの相談にも）")))
        self.target_list = QListWidget(self)
        self.target_list.setAccessibleName(self.tr("対象の論点・分野"))
        entries = [("*", self.tr("すべての個人情報関連相談"))]
        entries += [(item.code, item.label) for item in codelists["pi_issue"].items]
        entries += [(item.code, item.label) for item in codelists["pi_sector"].items]
        for code, label in entries:
            item = QListWidgetItem(f"{code}  {label}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.target_list.addItem(item)
        layout.addWidget(self.target_list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def entry(self) -> DirectoryEntry:
        """The department as entered (the service validates it and assigns the id)."""
        targets = tuple(
            str(self.target_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.target_list.count())
            if self.target_list.item(row).checkState() == Qt.CheckState.Checked
        )

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return DirectoryEntry(
            id="",
            name=self.name_edit.text().strip(),
            kind=str(self.kind_combo.currentData()),
            regime="BOTH",
            parent=text(self.parent_edit),
            sectors=targets,
            contact=Contact(phone=text(self.phone_edit), hours=text(self.hours_edit), url=text(self.url_edit)),
            legal_basis=text(self.basis_edit),
            note=text(self.note_edit),
            local=True,
        )


class DirectoryDialog(QDialog):
    """The directory of windows and the handling guide.

    Everyone with access can search and read; supervisors can also export (CSV of local
    departments, the printable guide) and edit the guide; admins edit contacts, retire
    windows and add or import local departments. The legal basis is never editable; offices
    annotate it instead.
    """

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DirectoryDialog")
        self.setWindowTitle(self.tr("窓口一覧と対応の手引き"))
        self.resize(1240, 700)
        self._services = services
        self._classification = services.classification
        self._actor = actor
        self._is_admin = actor.role == "admin"
        self._entries: dict[str, DirectoryEntry] = {}
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._directory_tab(), self.tr("窓口(&W)"))
        self.tabs.addTab(self._guidance_tab(), self.tr("対応の手引き(&G)"))
        layout.addWidget(self.tabs)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()
        self._show_guidance()

    # -- directory tab ---------------------------------------------------------------------

    def _directory_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.search_edit = QLineEdit(tab)
        self.search_edit.setPlaceholderText(self.tr("名称・電話・ID・分野コードで検索"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("窓口の検索"))
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        filters.addWidget(self.search_edit, 3)
        self.regime_combo = QComboBox(tab)
        self.regime_combo.setAccessibleName(self.tr("体制"))
        self.regime_combo.addItem(self.tr("すべての体制"), None)
        self.regime_combo.addItem(self.tr("現行体制"), "CURRENT")
        self.regime_combo.addItem(self.tr("2005年基本方針の体制"), "POLICY_2005")
        self.regime_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        filters.addWidget(self.regime_combo, 1)
        self.retired_check = QCheckBox(self.tr("廃止された窓口も表示"), tab)
        self.retired_check.setChecked(True)
        self.retired_check.toggled.connect(lambda _checked: self.refresh())
        filters.addWidget(self.retired_check)
        self.local_check = QCheckBox(self.tr("関係部局だけ"), tab)
        self.local_check.toggled.connect(lambda _checked: self.refresh())
        filters.addWidget(self.local_check)
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        self.table = QTableWidget(0, 6, splitter)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels(
            [self.tr("ID"), self.tr("名称"), self.tr("体制"), self.tr("電話"), self.tr("有効期間"), self.tr("区分")]
        )
        self.table.setAccessibleName(self.tr("窓口の一覧"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_pane(splitter))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([880, 440])
        layout.addWidget(splitter, 1)

        actions = QHBoxLayout()
        self.retire_button = QPushButton(self.tr("廃止（後継を指定）(&R)…"), tab)
        self.retire_button.clicked.connect(self.retire_selected)
        self.reinstate_button = QPushButton(self.tr("廃止の取り消し"), tab)
        self.reinstate_button.clicked.connect(self.reinstate_selected)
        self.add_button = QPushButton(self.tr("関係部局を追加(&L)…"), tab)
        self.add_button.clicked.connect(self.add_local)
        self.import_button = QPushButton(self.tr("関係部局のCSV取り込み…"), tab)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button = QPushButton(self.tr("関係部局のCSV書き出し…"), tab)
        self.export_button.clicked.connect(self.export_csv)
        for button in (self.retire_button, self.reinstate_button, self.add_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        layout.addLayout(actions)
        for button in (self.retire_button, self.reinstate_button, self.add_button, self.import_button):
            button.setEnabled(self._is_admin)
            if not self._is_admin:
                button.setToolTip(self.tr("管理者だけが変更できます"))
        self.export_button.setEnabled(self._actor.is_supervisor)
        return tab

    def _detail_pane(self, parent: QWidget) -> QWidget:
        pane = QWidget(parent)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(4, 0, 0, 0)
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.detail_title)
        basis_box = QGroupBox(self.tr("法的根拠（参照データ。編集できません）"), pane)
        basis_layout = QFormLayout(basis_box)
        self.basis_current = QLabel()
        self.basis_2005 = QLabel()
        self.note_label = QLabel()
        for label in (self.basis_current, self.basis_2005, self.note_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        basis_layout.addRow(self.tr("現行"), self.basis_current)
        basis_layout.addRow(self.tr("2005年"), self.basis_2005)
        basis_layout.addRow(self.tr("備考"), self.note_label)
        layout.addWidget(basis_box)
        contact_box = QGroupBox(self.tr("連絡先と事務所の注記"), pane)
        form = QFormLayout(contact_box)
        self.phone_edit = QLineEdit(contact_box)
        self.hours_edit = QLineEdit(contact_box)
        self.url_edit = QLineEdit(contact_box)
        self.contact_note_edit = QLineEdit(contact_box)
        self.annotation_edit = QLineEdit(contact_box)
        self.annotation_edit.setPlaceholderText(self.tr("根拠についての事務所の注記（根拠そのものは変わりません）"))
        for label, edit in (
            (self.tr("電話(&P)"), self.phone_edit),
            (self.tr("受付時間"), self.hours_edit),
            (self.tr("URL"), self.url_edit),
            (self.tr("連絡先メモ"), self.contact_note_edit),
            (self.tr("注記"), self.annotation_edit),
        ):
            edit.setReadOnly(not self._is_admin)
            form.addRow(label, edit)
        self.save_button = QPushButton(self.tr("連絡先を保存(&S)"), contact_box)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_contact)
        form.addRow("", self.save_button)
        layout.addWidget(contact_box)
        layout.addStretch(1)
        return pane

    def refresh(self) -> None:
        """Re-run the search with the current filters, keeping the selection when possible."""
        selected = self.selected_id()
        entries = self._classification.search_directory(
            self.search_edit.text(),
            regime=self.regime_combo.currentData(),
            include_retired=self.retired_check.isChecked(),
            local_only=self.local_check.isChecked(),
        )
        self._entries = {entry.id: entry for entry in entries}
        today = self._services.clock.now().date()
        self.table.setRowCount(len(entries))
        regimes = {"CURRENT": self.tr("現行"), "POLICY_2005": self.tr("2005年"), "BOTH": self.tr("両方")}
        for row, entry in enumerate(entries):
            retired = not entry.is_valid_on(today)
            values = (
                entry.id,
                entry.name,
                regimes.get(entry.regime, entry.regime),
                entry.contact.phone or "",
                self._period(entry),
                self.tr("関係部局") if entry.local else self.tr("参照"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ENTRY_ID_ROLE, entry.id)
                item.setToolTip(value)
                if retired:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setToolTip(self.tr("廃止済み"))
                self.table.setItem(row, column, item)
        if selected in self._entries:
            self.select(selected)
        else:
            self.table.clearSelection()
        self._show_selected()  # the row may stay selected while its entry changed

    def _period(self, entry: DirectoryEntry) -> str:
        start = long_date(entry.valid_from) if entry.valid_from else ""
        end = long_date(entry.valid_to) if entry.valid_to else ""
        if not start and not end:
            return ""
        text = self.tr("%1〜%2").replace("%1", start).replace("%2", end)
        if entry.successor_id:
            text += " " + self.tr("→ %1").replace("%1", entry.successor_id)
        return text

    def selected_id(self) -> str | None:
        """Id of the selected entry."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else str(item.data(ENTRY_ID_ROLE))

    def select(self, entry_id: str) -> None:
        """Select an entry by id (if it is listed)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ENTRY_ID_ROLE) == entry_id:
                self.table.selectRow(row)
                return

    def _show_selected(self) -> None:
        entry = self._entries.get(self.selected_id() or "")
        edits = (self.phone_edit, self.hours_edit, self.url_edit, self.contact_note_edit, self.annotation_edit)
        if entry is None:
            self.detail_title.setText(html.escape(self.tr("窓口を選ぶと詳細が表示されます。")))
            for label in (self.basis_current, self.basis_2005, self.note_label):
                label.clear()
            for edit in edits:
                edit.clear()
            self.save_button.setEnabled(False)
            self.retire_button.setEnabled(False)
            self.reinstate_button.setEnabled(False)
            return
        parent = f"<br><span style='color:{theme.colours().muted}'>{html.escape(entry.parent)}</span>" if entry.parent else ""
        self.detail_title.setText(f"<b>{html.escape(entry.name)}</b>{parent}")
        self.basis_current.setText(entry.legal_basis or "—")
        self.basis_2005.setText(entry.legal_basis_2005 or "—")
        self.note_label.setText(entry.note or "—")
        values = (entry.contact.phone, entry.contact.hours, entry.contact.url, entry.contact.note, entry.annotation)
        for edit, value in zip(edits, values, strict=True):
            edit.setText(value or "")
        self.save_button.setEnabled(self._is_admin)
        today = self._services.clock.now().date()
        self.retire_button.setEnabled(self._is_admin and entry.is_valid_on(today))
        self.reinstate_button.setEnabled(self._is_admin and entry.valid_to is not None)

    # -- actions ---------------------------------------------------------------------------

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("窓口一覧"), message)

    def _inform(self, message: str) -> None:
        QMessageBox.information(self, self.tr("窓口一覧"), message)

    def save_contact(self) -> None:
        """Store the edited contact fields of the selected entry."""
        entry_id = self.selected_id()
        if entry_id is None:
            return
        try:
            self._classification.update_contact(
                self._actor,
                entry_id,
                phone=self.phone_edit.text(),
                hours=self.hours_edit.text(),
                url=self.url_edit.text(),
                contact_note=self.contact_note_edit.text(),
                annotation=self.annotation_edit.text(),
            )
        except DomainError as exc:
            self._warn(error_text(exc))
            return
        self.refresh()

    def retire_selected(self) -> None:
        """Retire the selected window, naming its successor."""
        entry = self._entries.get(self.selected_id() or "")
        if entry is None:
            return
        today = self._services.clock.now().date()
        candidates = [
            other for other in self._classification.directory() if other.id != entry.id and other.is_valid_on(today)
        ]
        dialog = RetireDialog(entry, candidates, today, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self._classification.retire(
                self._actor, entry.id, valid_to=dialog.valid_to(), successor_id=dialog.successor_id()
            )
        except DomainError as exc:
            self._warn(error_text(exc))
            return
        self.refresh()

    def reinstate_selected(self) -> None:
        """Undo the office's retirement of the selected window."""
        entry_id = self.selected_id()
        if entry_id is None:
            return
        try:
            self._classification.reinstate(self._actor, entry_id)
        except DomainError as exc:
            self._warn(error_text(exc))
            return
        self.refresh()

    def add_local(self) -> None:
        """Add a local department (関係部局)."""
        dialog = LocalEntryDialog(self._services, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            added = self._classification.add_local(self._actor, dialog.entry())
        except DomainError as exc:
            self._warn(error_text(exc))
            return
        self.refresh()
        self.select(added.id)

    def import_csv(self) -> None:
        """Import local departments from CSV (all or nothing)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("関係部局のCSV取り込み"), "", self.tr("CSV ファイル (*.csv)")
        )
        if not path:
            return
        try:
            result = self._classification.import_local_csv(self._actor, Path(path).read_bytes())
        except CsvImportError as exc:
            shown = "\n".join(exc.problems[:15])
            more = len(exc.problems) - 15
            if more > 0:
                shown += "\n" + self.tr("ほか %1 件").replace("%1", str(more))
            self._warn(self.tr("取り込みませんでした（何も変更していません）。\n%1").replace("%1", shown))
            return
        except (DomainError, OSError) as exc:
            self._warn(error_text(exc))
            return
        self.refresh()
        self._inform(
            self.tr("関係部局を %1 件追加、%2 件更新しました。")
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
        )

    def export_csv(self) -> None:
        """Export this office's local departments as CSV (UTF-8 with BOM for Excel)."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("関係部局のCSV書き出し"), "local_departments.csv", self.tr("CSV ファイル (*.csv)")
        )
        if not path:
            return
        try:
            text = self._classification.export_local_csv(self._actor)
            write_atomically(Path(path), text.encode("utf-8-sig"))
        except (DomainError, OSError) as exc:
            self._warn(error_text(exc))

    # -- guidance tab ----------------------------------------------------------------------

    def _guidance_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        self.guidance_state = QLabel()
        top.addWidget(self.guidance_state, 1)
        self.guidance_regime = QComboBox(tab)
        self.guidance_regime.setAccessibleName(self.tr("手引きの体制"))
        self.guidance_regime.addItem(self.tr("現行体制"), "CURRENT")
        self.guidance_regime.addItem(self.tr("2005年基本方針の体制"), "POLICY_2005")
        office = self._classification.regime()
        self.guidance_regime.setCurrentIndex(max(self.guidance_regime.findData(office), 0))
        self.guidance_regime.currentIndexChanged.connect(lambda _index: self._show_guidance())
        top.addWidget(self.guidance_regime)
        layout.addLayout(top)
        self.guidance_view = QTextBrowser(tab)
        self.guidance_view.setAccessibleName(self.tr("対応の手引き（印刷用）"))
        layout.addWidget(self.guidance_view, 1)
        buttons = QHBoxLayout()
        self.export_html_button = QPushButton(self.tr("印刷用 HTML を書き出す…"), tab)
        self.export_html_button.clicked.connect(lambda: self.export_guidance("html"))
        self.export_text_button = QPushButton(self.tr("テキストを書き出す…"), tab)
        self.export_text_button.clicked.connect(lambda: self.export_guidance("text"))
        self.export_json_button = QPushButton(self.tr("編集用 JSON を書き出す…"), tab)
        self.export_json_button.clicked.connect(lambda: self.export_guidance("json"))
        self.import_json_button = QPushButton(self.tr("編集した JSON を取り込む…"), tab)
        self.import_json_button.clicked.connect(self.import_guidance)
        self.reset_button = QPushButton(self.tr("配布時の手引きに戻す"), tab)
        self.reset_button.clicked.connect(self.reset_guidance)
        for button in (self.export_html_button, self.export_text_button, self.export_json_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_json_button)
        buttons.addWidget(self.reset_button)
        for button in (self.import_json_button, self.reset_button):
            button.setEnabled(self._actor.is_supervisor)
        layout.addLayout(buttons)
        return tab

    def guidance_labels(self) -> GuidanceLabels:
        """Headings of the printable guide in the user's language."""
        regime = self.guidance_regime.currentData()
        return GuidanceLabels(
            title=self.tr("個人情報に関する相談の対応の手引き"),
            common=self.tr("共通"),
            ask=self.tr("聞き取ること"),
            advise=self.tr("助言すること"),
            rule=self.tr("根拠"),
            window=self.tr("窓口"),
            regime=self.tr("現行体制") if regime == "CURRENT" else self.tr("2005年基本方針の体制"),
        )

    def _show_guidance(self) -> None:
        customised = self._classification.guidance_is_customised()
        self.guidance_state.setText(
            self.tr("事務所で編集した手引きを使っています。")
            if customised
            else self.tr("配布時の手引きを使っています。")
        )
        self.reset_button.setEnabled(self._actor.is_supervisor and customised)
        self.guidance_view.setHtml(
            self._classification.guidance_html(self.guidance_labels(), regime=self.guidance_regime.currentData())
        )

    def export_guidance(self, kind: str) -> None:
        """Write the guide as printable HTML, plain text, or the editable JSON."""
        import json

        names = {"html": "guidance.html", "text": "guidance.txt", "json": "guidance.json"}
        filters = {
            "html": self.tr("HTML ファイル (*.html)"),
            "text": self.tr("テキストファイル (*.txt)"),
            "json": self.tr("JSON ファイル (*.json)"),
        }
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("対応の手引きの書き出し"), names[kind], filters[kind])
        if not path:
            return
        regime = self.guidance_regime.currentData()
        if kind == "html":
            text = self._classification.guidance_html(self.guidance_labels(), regime=regime)
        elif kind == "text":
            text = self._classification.guidance_text(self.guidance_labels(), regime=regime)
        else:
            text = json.dumps(self._classification.guidance_document(), ensure_ascii=False, indent=1) + "\n"
        try:
            write_atomically(Path(path), text.encode("utf-8"))
        except OSError as exc:
            self._warn(error_text(exc))

    def import_guidance(self) -> None:
        """Store an edited guide after validating it (nothing changes when it is wrong)."""
        import json

        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("対応の手引きの取り込み"), "", self.tr("JSON ファイル (*.json)")
        )
        if not path:
            return
        try:
            document = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            self._warn(self.tr("読めません: %1").replace("%1", error_text(exc)))
            return
        try:
            self._classification.save_guidance(self._actor, document)
        except DomainError as exc:
            self._warn(self.tr("取り込みませんでした: %1").replace("%1", error_text(exc)))
            return
        self._show_guidance()

    def reset_guidance(self) -> None:
        """Go back to the shipped guide."""
        try:
            self._classification.reset_guidance(self._actor)
        except DomainError as exc:
            self._warn(error_text(exc))
            return
        self._show_guidance()

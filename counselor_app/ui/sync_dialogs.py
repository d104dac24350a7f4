"""支所データ: the bundle export dialog, the import dialog (preview first, import in the background) and the side-by-side conflict dialog."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.access import Permission, allows
from counselor_app.domain.bundle_envelope import MIN_PASSPHRASE_CHARS
from counselor_app.domain.bundle_format import UnknownOfficeError
from counselor_app.domain.calendar import wareki
from counselor_app.domain.case_snapshot import differing_fields, flatten
from counselor_app.domain.entities import Actor, Case, Office
from counselor_app.domain.errors import DomainError
from counselor_app.domain.report_data import ReviewStep
from counselor_app.services.container import Services
from counselor_app.services.sync_service import (
    BundleExportResult,
    ConflictDetail,
    ConflictSummary,
    ImportPreview,
)
from counselor_app.ui import theme
from counselor_app.ui.background_tasks import Background
from counselor_app.ui.intake.field_text import display_value, field_label

BUNDLE_SUFFIX = ".bundle"


def _message(error: Exception) -> str:
    return error.message if isinstance(error, DomainError) else str(error)


def _when(moment: dt.datetime) -> str:
    return f"{wareki(moment.date())} {moment:%H:%M}"


# New case numbers named in the summary; the rest are counted ("ほか N 件").
_NEW_NUMBERS_SHOWN = 12


class BundleExportDialog(QDialog):
    """Everything (or what changed since a day) into one encrypted file for the center."""

    exported = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._background = Background(self)
        self.result: BundleExportResult | None = None
        self.setObjectName("BundleExportDialog")
        self.setWindowTitle(self.tr("支所データの書き出し"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "この端末の相談を、暗号化した1つのファイルに書き出します。USBメモリなどでセンターに運び、"
                "センターで「支所データの取り込み」をします。同じファイルを二度取り込んでも重複しません。"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        scope = QVBoxLayout()
        self.all_radio = QRadioButton(self.tr("すべての相談（初回や、まとめて送るとき）"), self)
        since_row = QHBoxLayout()
        self.since_radio = QRadioButton(self.tr("この日以降に変わった相談だけ"), self)
        today = services.clock.now().date()
        start = today.replace(day=1)
        self.since_edit = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setAccessibleName(self.tr("この日以降"))
        since_row.addWidget(self.since_radio)
        since_row.addWidget(self.since_edit)
        since_row.addStretch(1)
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.since_radio)
        self.all_radio.setChecked(True)
        scope.addWidget(self.all_radio)
        scope.addLayout(since_row)
        form.addRow(self.tr("書き出す範囲"), scope)

        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("パスフレーズ"))
        self.passphrase_edit.setPlaceholderText(
            self.tr("%1文字以上").replace("%1", str(MIN_PASSPHRASE_CHARS))
        )
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("パスフレーズ（確認）"))
        form.addRow(self.tr("パスフレーズ"), self.passphrase_edit)
        form.addRow(self.tr("もう一度"), self.confirm_edit)
        hint = QLabel(
            self.tr("パスフレーズはファイルと一緒に運ばず、電話など別の方法でセンターに伝えてください。"), self
        )
        hint.setWordWrap(True)
        theme.set_role(hint, "muted")
        form.addRow("", hint)

        path_row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("書き出し先"))
        office = str(services.setup.settings().get("office_code", ""))
        self.path_edit.setText(str(Path.home() / f"shisho-{office}-{today:%Y%m%d}{BUNDLE_SUFFIX}"))
        browse = QPushButton(self.tr("選ぶ…"), self)
        browse.setAutoDefault(False)  # Enter in a field exports, never opens a file dialog
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("書き出し先"), path_row)
        layout.addLayout(form)

        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("書き出す"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        close = QPushButton(self.tr("閉じる"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(640, 420)

    def choose_path(self) -> Path | None:
        """Ask where to write (tests replace this)."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("支所データの書き出し先"), self.path_edit.text(), self.tr("支所データ (*.bundle)")
        )
        return Path(name) if name else None

    def _browse(self) -> None:
        chosen = self.choose_path()
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def since(self) -> dt.date | None:
        """The chosen day, or None for everything."""
        if not self.since_radio.isChecked():
            return None
        chosen = self.since_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def _problem(self, text: str) -> None:
        theme.set_role(self.status_label, "error")
        self.status_label.setText(text)

    def start_export(self) -> None:
        """Check the form, then write the bundle in the background."""
        passphrase = self.passphrase_edit.text()
        if len(passphrase) < MIN_PASSPHRASE_CHARS:
            self._problem(self.tr("パスフレーズは %1 文字以上にしてください").replace("%1", str(MIN_PASSPHRASE_CHARS)))
            return
        if passphrase != self.confirm_edit.text():
            self._problem(self.tr("確認用のパスフレーズが一致しません"))
            return
        text = self.path_edit.text().strip()
        if not text:
            self._problem(self.tr("書き出し先を指定してください"))
            return
        target = Path(text)
        since = self.since()
        services, actor = self._services, self._actor
        self.export_button.setEnabled(False)
        self.progress.show()
        theme.set_role(self.status_label, None)
        self.status_label.setText(self.tr("書き出しています…"))
        self._background.start(
            lambda: services.sync.export_bundle(actor, target, passphrase, since=since), self._done, self._failed
        )

    def is_busy(self) -> bool:
        """True while the export runs."""
        return self._background.busy

    def _done(self, result: object) -> None:
        assert isinstance(result, BundleExportResult)
        self.result = result
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        theme.set_role(self.status_label, None)
        self.status_label.setText(
            self.tr("書き出しました: 相談 %1 件、事業者 %2 件、監査ログ %3 件（%4）")
            .replace("%1", f"{result.cases:,}")
            .replace("%2", f"{result.businesses:,}")
            .replace("%3", f"{result.audit_events:,}")
            .replace("%4", str(result.path))
        )
        self.exported.emit(result)

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self._problem(self.tr("書き出せませんでした: %1").replace("%1", _message(error)))


class BundleImportDialog(QDialog):
    """Choose a bundle, see N new / M updated / K conflicts, then import it in one transaction."""

    imported = Signal(object)
    conflicts_requested = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._background = Background(self)
        self.preview: ImportPreview | None = None
        self.result: ImportPreview | None = None
        self.unknown_office: UnknownOfficeError | None = None
        self.setObjectName("BundleImportDialog")
        self.setWindowTitle(self.tr("支所データの取り込み"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        path_row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("取り込むファイル"))
        self.path_edit.setPlaceholderText(self.tr("支所で書き出したファイル（.bundle）"))
        self.path_edit.textChanged.connect(lambda _text: self._invalidate())
        browse = QPushButton(self.tr("選ぶ…"), self)
        browse.setAutoDefault(False)  # Enter in a field previews, never opens a file dialog
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("ファイル"), path_row)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("パスフレーズ"))
        self.passphrase_edit.textChanged.connect(lambda _text: self._invalidate())
        form.addRow(self.tr("パスフレーズ"), self.passphrase_edit)
        layout.addLayout(form)

        self.summary_label = QLabel(
            self.tr("まず「件数を確認」で、新しく加わる相談・更新される相談・競合する相談の件数を確かめてください。まだ何も書き込みません。"),
            self,
        )
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        counts = QFrame(self)
        counts.setObjectName("bundleCounts")
        counts.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(counts)
        grid.setContentsMargins(12, 8, 12, 8)
        self.count_labels: dict[str, QLabel] = {}
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        for column, (key, title) in enumerate(
            (
                ("new", self.tr("新規")),
                ("updated", self.tr("更新分")),
                ("conflicts", self.tr("競合")),
                ("unchanged", self.tr("変更なし")),
            )
        ):
            number = QLabel("–", counts)
            number.setFont(big)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setAccessibleName(title)
            caption = QLabel(title, counts)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, 0, column)
            grid.addWidget(caption, 1, column)
            self.count_labels[key] = number
        layout.addWidget(counts)

        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("取り込みの内容"))
        layout.addWidget(self.details, 1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("件数を確認"), self)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.start_preview)
        self.register_button = QPushButton(self.tr("この所属を登録する"), self)
        self.register_button.hide()
        self.register_button.setAutoDefault(False)
        self.register_button.clicked.connect(self.register_office)
        self.import_button = QPushButton(self.tr("取り込む"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.conflicts_button = QPushButton(self.tr("競合を解決…"), self)
        self.conflicts_button.setAutoDefault(False)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.conflicts_button.setVisible(services.sync.open_conflict_count(actor) > 0)
        close = QPushButton(self.tr("閉じる"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.register_button)
        buttons.addStretch(1)
        buttons.addWidget(self.conflicts_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(760, 560)

    def choose_file(self) -> Path | None:
        """Ask for the bundle (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("取り込む支所データ"), "", self.tr("支所データ (*.bundle);;すべてのファイル (*)")
        )
        return Path(name) if name else None

    def _browse(self) -> None:
        chosen = self.choose_file()
        if chosen is not None:
            self.path_edit.setText(str(chosen))
            self.passphrase_edit.setFocus()

    def _invalidate(self) -> None:
        self.preview = None
        self.import_button.setEnabled(False)

    def is_busy(self) -> bool:
        """True while a preview or an import runs."""
        return self._background.busy

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.preview_button, self.path_edit, self.passphrase_edit):
            widget.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.preview is not None and self.preview.already_imported_at is None)

    def _target(self) -> tuple[Path, str] | None:
        text = self.path_edit.text().strip()
        if not text:
            self._problem(self.tr("取り込むファイルを選んでください"))
            return None
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self._problem(self.tr("パスフレーズを入力してください"))
            return None
        return Path(text), passphrase

    def _problem(self, text: str) -> None:
        theme.set_role(self.summary_label, "error")
        self.summary_label.setText(text)

    def start_preview(self) -> None:
        """Decrypt, check and plan in the background; nothing is written."""
        target = self._target()
        if target is None:
            return
        path, passphrase = target
        services, actor = self._services, self._actor
        self.unknown_office = None
        self.register_button.hide()
        theme.set_role(self.summary_label, None)
        self.summary_label.setText(self.tr("確認しています…"))
        self._busy(True)
        self._background.start(lambda: services.sync.preview(actor, path, passphrase), self._previewed, self._failed)

    def _previewed(self, preview: object) -> None:
        assert isinstance(preview, ImportPreview)
        self.preview = preview
        self._busy(False)
        self._show_counts(preview)
        office = preview.source_office + (
            self.tr("（%1）").replace("%1", preview.source_office_name) if preview.source_office_name else ""
        )
        if preview.already_imported_at is not None:
            self.summary_label.setText(
                self.tr("この支所データは %1 に取り込み済みです。もう一度取り込んでも何も変わりません。").replace(
                    "%1", _when(preview.already_imported_at)
                )
            )
        else:
            self.summary_label.setText(
                self.tr("%1が%2に書き出した支所データです。取り込むと、下の件数のとおりに反映します。")
                .replace("%1", office)
                .replace("%2", _when(preview.created_at))
            )
        self.details.setHtml(self._details_html(preview))
        self.import_button.setEnabled(preview.already_imported_at is None)
        if preview.already_imported_at is None:
            self.import_button.setFocus()

    def _show_counts(self, preview: ImportPreview) -> None:
        values = {
            "new": preview.new,
            "updated": preview.updated,
            "conflicts": preview.conflicts,
            "unchanged": preview.unchanged + preview.outdated,
        }
        for key, label in self.count_labels.items():
            label.setText(f"{values[key]:,}")
        theme.set_role(self.count_labels["conflicts"], "warning" if preview.conflicts else None)

    def _details_html(self, preview: ImportPreview) -> str:
        parts = []
        if preview.conflicts:
            parts.append(
                "<p><b>"
                + html.escape(
                    self.tr("競合 %1 件: この端末と支所の両方で変更された相談です。上書きせずに残し、取り込み後に所長・主任相談員が一件ずつ選びます。").replace(
                        "%1", str(preview.conflicts)
                    )
                )
                + "</b><br>"
                + html.escape(self.tr("、").join(preview.conflict_case_numbers))
                + "</p>"
            )
        if preview.updated:
            parts.append(
                "<p>"
                + html.escape(self.tr("更新（支所でだけ変更された相談）:"))
                + " "
                + html.escape(self.tr("、").join(preview.updated_case_numbers))
                + "</p>"
            )
        if preview.new:
            shown = preview.new_case_numbers[:_NEW_NUMBERS_SHOWN]
            more = self.tr("ほか %1 件").replace("%1", f"{preview.new - len(shown):,}")
            listed = self.tr("、").join(shown)
            extra = self.tr("（%1）").replace("%1", more) if preview.new > len(shown) else ""
            parts.append("<p>" + html.escape(self.tr("新規:") + " " + listed + extra) + "</p>")
        extras = [
            self.tr("新しい事業者 %1 件").replace("%1", f"{preview.new_businesses:,}"),
            self.tr("支所の監査ログ %1 件").replace("%1", f"{preview.audit_events:,}"),
        ]
        if preview.new_directory_entries:
            extras.append(self.tr("支所の窓口 %1 件").replace("%1", str(preview.new_directory_entries)))
        if preview.outdated:
            extras.append(self.tr("以前に取り込んだものより古い相談 %1 件（取り込みません）").replace("%1", str(preview.outdated)))
        if preview.since:
            extras.append(self.tr("%1 以降に変わった相談だけを含みます").replace("%1", wareki(preview.since)))
        parts.append("<p style='color:#555'>" + html.escape(self.tr("、").join(extras)) + "</p>")
        return "".join(parts)

    def start_import(self) -> None:
        """Import in one transaction in the background (only after a preview)."""
        if self.preview is None or self.preview.already_imported_at is not None:
            return
        target = self._target()
        if target is None:
            return
        path, passphrase = target
        services, actor = self._services, self._actor
        theme.set_role(self.summary_label, None)
        self.summary_label.setText(self.tr("取り込んでいます…（全件を1つの処理で反映します）"))
        self._busy(True)
        self.import_button.setEnabled(False)
        self._background.start(lambda: services.sync.import_bundle(actor, path, passphrase), self._imported, self._failed)

    def _imported(self, result: object) -> None:
        assert isinstance(result, ImportPreview)
        self.result = result
        self.preview = None
        self._busy(False)
        self._show_counts(result)
        self.passphrase_edit.clear()
        text = self.tr("取り込みました: 新規 %1 件、更新 %2 件、競合 %3 件。").replace("%1", f"{result.new:,}").replace(
            "%2", f"{result.updated:,}"
        ).replace("%3", f"{result.conflicts:,}")
        if result.conflicts:
            text += self.tr("競合した相談は上書きしていません。「競合を解決…」で一件ずつ選んでください。")
        self.summary_label.setText(text)
        self.conflicts_button.setVisible(self._services.sync.open_conflict_count(self._actor) > 0)
        if result.conflicts:
            self.conflicts_button.setFocus()
        self.imported.emit(result)

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.preview = None
        self.import_button.setEnabled(False)
        for label in self.count_labels.values():
            label.setText("–")
        self.details.clear()
        self._problem(self.tr("取り込めません（何も変更していません）: %1").replace("%1", _message(error)))
        if isinstance(error, UnknownOfficeError):
            self.unknown_office = error
            can_register = allows(self._actor.role, Permission.MANAGE_OFFICES)
            self.register_button.setVisible(can_register)
            if not can_register:
                self.details.setHtml(
                    "<p>" + html.escape(self.tr("管理者に、この所属の登録を依頼してください。")) + "</p>"
                )

    def register_office(self) -> None:
        """An admin registers the bundle's unknown office, then the preview runs again."""
        error = self.unknown_office
        if error is None:
            return
        name = error.office_name or error.office_code
        known = {office.code for office in self._services.setup.offices()}
        parent = error.parent_code if error.parent_code in known else None
        try:
            self._services.sync.register_office(self._actor, Office(code=error.office_code, name=name, parent_code=parent))
        except DomainError as exc:
            self._problem(_message(exc))
            return
        self.register_button.hide()
        self.start_preview()


class ConflictDialog(QDialog):
    """Open conflicts: this database's version beside the branch's, differences marked; keep mine or take theirs."""

    resolved = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._codelists = services.reference.codelists
        self.detail: ConflictDetail | None = None
        self._summaries: list[ConflictSummary] = []
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(self.tr("支所データの競合"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("解決を待っている相談"), left))
        self.list = QListWidget(left)
        self.list.setAccessibleName(self.tr("競合の一覧"))
        self.list.currentRowChanged.connect(self._show_row)
        left_layout.addWidget(self.list, 1)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.header_label = QLabel("", right)
        self.header_label.setWordWrap(True)
        theme.set_role(self.header_label, "strong")
        right_layout.addWidget(self.header_label)
        self.table = QTableWidget(0, 3, right)
        self.table.setObjectName("sync.conflict.table")
        self.table.setHorizontalHeaderLabels([self.tr("項目"), self.tr("この端末の内容"), self.tr("支所の内容")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableWidget::item { padding: 4px 6px; }")
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Wrapped rows follow the column widths (a handling log is several lines).
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        right_layout.addWidget(self.table, 1)
        self.all_fields_check = QCheckBox(self.tr("同じ内容の項目も表示する"), right)
        self.all_fields_check.toggled.connect(lambda _checked: self._fill_table())
        right_layout.addWidget(self.all_fields_check)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([240, 960])
        layout.addWidget(splitter, 1)
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("この端末の内容を残す"), self)
        self.take_button = QPushButton(self.tr("支所の内容を採用する"), self)
        self.keep_button.clicked.connect(lambda: self.resolve("mine"))
        self.take_button.clicked.connect(lambda: self.resolve("theirs"))
        close = QPushButton(self.tr("閉じる"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(1240, 680)
        self.refresh()

    def refresh(self) -> None:
        """Reload the open conflicts."""
        try:
            self._summaries = self._services.sync.conflicts(self._actor)
        except DomainError as exc:
            self.status_label.setText(_message(exc))
            self._summaries = []
        self.list.blockSignals(True)
        self.list.clear()
        for summary in self._summaries:
            item = QListWidgetItem(
                f"{summary.case_no or summary.case_uuid}\n"
                + self.tr("所属 %1・%2").replace("%1", summary.peer_office).replace("%2", f"{summary.detected_at:%m/%d %H:%M}")
            )
            item.setToolTip(summary.subject)
            self.list.addItem(item)
        self.list.blockSignals(False)
        has_any = bool(self._summaries)
        self.keep_button.setEnabled(has_any)
        self.take_button.setEnabled(has_any)
        if has_any:
            self.list.setCurrentRow(0)
            self._show_row(0)
        else:
            self.detail = None
            self.table.setRowCount(0)
            self.header_label.setText(self.tr("解決を待っている競合はありません。"))

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._summaries):
            return
        try:
            self.detail = self._services.sync.conflict_detail(self._actor, self._summaries[row].id)
        except DomainError as exc:
            self.status_label.setText(_message(exc))
            self.detail = None
            return
        detail = self.detail
        self.header_label.setText(
            self.tr("%1 「%2」: この端末と支所（%3）の両方で変更されました。どちらの内容を残すか選んでください。")
            .replace("%1", detail.summary.case_no or "")
            .replace("%2", detail.mine.subject)
            .replace("%3", detail.summary.peer_office)
        )
        self._fill_table()

    def rows(self) -> list[tuple[str, str, str, bool]]:
        """What the table shows: (item, mine, theirs, differs)."""
        detail = self.detail
        if detail is None:
            return []
        mine, theirs = detail.mine, detail.theirs
        differing = set(differing_fields(mine, theirs))
        mine_flat, theirs_flat = flatten(mine), flatten(theirs)
        rows: list[tuple[str, str, str, bool]] = [
            (
                self.tr("最終更新"),
                self._updated(mine),
                self._updated(theirs),
                (mine.updated_at, mine.updated_by) != (theirs.updated_at, theirs.updated_by),
            )
        ]
        for path in dict.fromkeys([*mine_flat, *theirs_flat]):
            differs = path in differing
            if not differs and not self.all_fields_check.isChecked():
                continue
            if path == "handling":
                rows.append((field_label(path), self._handling(mine), self._handling(theirs), differs))
                continue
            rows.append(
                (
                    field_label(path),
                    display_value(path, mine_flat.get(path), self._codelists),
                    display_value(path, theirs_flat.get(path), self._codelists),
                    differs,
                )
            )
        referrals_mine, referrals_theirs = self._referrals(mine), self._referrals(theirs)
        if referrals_mine != referrals_theirs or self.all_fields_check.isChecked():
            rows.append((self.tr("移送・紹介"), referrals_mine, referrals_theirs, referrals_mine != referrals_theirs))
        reviews_mine, reviews_theirs = self._reviews(detail.mine_reviews), self._reviews(detail.theirs_reviews)
        if reviews_mine != reviews_theirs or self.all_fields_check.isChecked():
            rows.append((self.tr("決裁の経過"), reviews_mine, reviews_theirs, reviews_mine != reviews_theirs))
        return rows

    def _fill_table(self) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for number, (label, mine, theirs, differs) in enumerate(rows):
            for column, text in enumerate((label, mine, theirs)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if differs and column:
                    # The theme's mark colours: readable in the standard and the high-contrast theme.
                    item.setBackground(QColor(theme.colours().mark_background))
                    item.setForeground(QColor(theme.colours().mark_text))
                if column == 0 and differs:
                    bold = QFont(self.font())
                    bold.setBold(True)
                    item.setFont(bold)
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()

    def _updated(self, case: Case) -> str:
        when = f"{case.updated_at:%Y/%m/%d %H:%M}" if case.updated_at else ""
        return f"{when} {case.updated_by or ''}".strip()

    def _handling(self, case: Case) -> str:
        lines = [
            f"{entry.at:%m/%d %H:%M} [{self._codelists['handling_counterpart'].label_of(entry.counterpart)}] {entry.text}"
            for entry in sorted(case.handling, key=lambda entry: entry.at)
        ]
        return "\n".join(lines)

    def _referrals(self, case: Case) -> str:
        kinds, statuses = self._codelists["referral_kind"], self._codelists["referral_status"]
        lines = []
        for referral in sorted(case.referrals, key=lambda ref: (ref.date, ref.uuid or "")):
            lines.append(
                f"{referral.date:%Y/%m/%d} {kinds.label_of(referral.kind, referral.kind)} {referral.destination_id} "
                f"{statuses.label_of(referral.status, referral.status)}"
            )
        return "\n".join(lines)

    def _reviews(self, steps: tuple[ReviewStep, ...]) -> str:
        names = {
            "submitted": self.tr("決裁に回す"),
            "approved": self.tr("承認"),
            "returned": self.tr("差し戻し"),
        }
        return "\n".join(
            f"{step.at:%m/%d %H:%M} {names.get(step.action, step.action)} {step.actor}" for step in steps
        )

    def resolve(self, keep: str) -> None:
        """Settle the shown conflict (the services check the role and that nothing changed meanwhile)."""
        detail = self.detail
        if detail is None:
            return
        try:
            self._services.sync.resolve(
                self._actor,
                detail.summary.id,
                "mine" if keep == "mine" else "theirs",
                expected_version=detail.mine.version,
            )
        except DomainError as exc:
            theme.set_role(self.status_label, "error")
            self.status_label.setText(_message(exc))
            return
        theme.set_role(self.status_label, None)
        self.status_label.setText(
            (self.tr("%1: この端末の内容を残しました。") if keep == "mine" else self.tr("%1: 支所の内容を採用しました。")).replace(
                "%1", detail.summary.case_no or ""
            )
        )
        self.resolved.emit()
        self.refresh()

"""The casebook export dialog (preview of the scrubbed narratives first) and the case import dialog (validation report first)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.calendar import fiscal_year, fiscal_year_bounds
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import DomainError
from counselor_app.domain.scrubber import KINDS, ScrubResult
from counselor_app.services.casebook_service import (
    ExportEncodingError,
    ExportPreview,
    ExportResult,
    ImportReport,
    ImportResult,
)
from counselor_app.services.container import Services
from counselor_app.ui.service_messages import error_text, translate_message

# Colours of the highlighted redactions in the preview (structured numbers vs. names and places).
_HIGHLIGHT = {"name": "#ffe08a", "address": "#ffd0b0", "birth_date": "#e5d4ff"}
_HIGHLIGHT_OTHER = "#c9e7ff"


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    """Runs one service call off the GUI thread and reports back through signals."""

    def __init__(self, work: Callable[[_Signals], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals)
        except DomainError as exc:
            self.signals.failed.emit(exc)
        except OSError as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def highlighted_html(result: ScrubResult, kind_names: dict[str, str]) -> str:
    """The scrubbed text as HTML, each placeholder on a coloured background with its type as tooltip."""
    parts = []
    position = 0
    text = result.text
    for redaction in result.redactions:
        parts.append(html.escape(text[position : redaction.out_start]))
        colour = _HIGHLIGHT.get(redaction.kind, _HIGHLIGHT_OTHER)
        parts.append(
            f"<span style='background:{colour}; color:#1a1a1a' title='{html.escape(kind_names.get(redaction.kind, ''))}'>"
            f"{html.escape(text[redaction.out_start : redaction.out_end])}</span>"
        )
        position = redaction.out_end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


class CasebookExportDialog(QDialog):
    """Choose a period and a format, look at the scrubbed narratives, then write the casebook."""

    exported = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._pool = QThreadPool.globalInstance()
        self._job: _Job | None = None
        self.previewed = False
        self.last_result: ExportResult | None = None
        self.setWindowTitle(self.tr("事例集の書き出し"))
        self.setObjectName("CasebookExportDialog")
        self.kind_names = {
            "name": self.tr("氏名"),
            "phone": self.tr("電話番号"),
            "email": self.tr("メール"),
            "postal_code": self.tr("郵便番号"),
            "address": self.tr("住所"),
            "birth_date": self.tr("生年月日"),
            "my_number": self.tr("個人番号"),
            "card": self.tr("カード番号"),
            "account": self.tr("口座番号"),
            "id_number": self.tr("識別番号"),
        }
        today = services.clock.now().date()
        first_day, _last = fiscal_year_bounds(fiscal_year(today))

        form = QFormLayout()
        self.from_edit = self._date_edit(first_day, self.tr("受付日の始め"))
        self.to_edit = self._date_edit(today, self.tr("受付日の終わり"))
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("〜")))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        form.addRow(self.tr("期間（受付日）"), period)
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("形式"))
        self.format_combo.addItem(self.tr("CSV（集計表は別ファイル）"), "csv")
        self.format_combo.addItem(self.tr("Excel（XLSX、集計表は別シート）"), "xlsx")
        self.format_combo.addItem(self.tr("JSON（相談JSON、集計は別ファイル）"), "json")
        form.addRow(self.tr("形式"), self.format_combo)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setAccessibleName(self.tr("文字コード"))
        self.encoding_combo.addItem(self.tr("UTF-8（BOM付き）"), "utf-8-sig")
        self.encoding_combo.addItem(self.tr("Shift_JIS（CP932、古いExcel向け）"), "cp932")
        form.addRow(self.tr("文字コード"), self.encoding_combo)
        self.substitute_check = QCheckBox(self.tr("CP932で書けない文字（環境依存文字・絵文字など）を似た文字か〓に置き換える"))
        form.addRow("", self.substitute_check)

        self.preview_button = QPushButton(self.tr("プレビュー"))
        self.preview_button.clicked.connect(self.start_preview)
        self.export_button = QPushButton(self.tr("書き出す…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.start_export)
        close_button = QPushButton(self.tr("閉じる"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close_button)

        self.summary_label = QLabel(self.tr("プレビューで匿名化の結果を確かめてから書き出してください。"))
        self.summary_label.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("匿名化した相談概要のプレビュー"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(880, 620)

        for widget in (self.from_edit, self.to_edit):
            widget.dateChanged.connect(lambda _date: self._invalidate())
        self.format_combo.currentIndexChanged.connect(lambda _index: self._sync_options())
        self.encoding_combo.currentIndexChanged.connect(lambda _index: self._sync_options())
        self._sync_options()

    def _date_edit(self, day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    # -- state -----------------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        """The chosen period."""
        start, end = self.from_edit.date(), self.to_edit.date()
        return dt.date(start.year(), start.month(), start.day()), dt.date(end.year(), end.month(), end.day())

    def _sync_options(self) -> None:
        is_csv = self.format_combo.currentData() == "csv"
        self.encoding_combo.setEnabled(is_csv)
        if not is_csv:
            self.encoding_combo.setCurrentIndex(0)
        self.substitute_check.setEnabled(is_csv and self.encoding_combo.currentData() == "cp932")
        if not self.substitute_check.isEnabled():
            self.substitute_check.setChecked(False)

    def _invalidate(self) -> None:
        self.previewed = False
        self.export_button.setEnabled(False)

    def _busy(self, busy: bool) -> None:
        for widget in (self.preview_button, self.from_edit, self.to_edit, self.format_combo):
            widget.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.previewed)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _run(self, work: Callable[[_Signals], Any], done: Callable[[Any], None]) -> None:
        job = _Job(work)
        job.signals.done.connect(done)
        job.signals.failed.connect(self._failed)
        job.signals.progress.connect(self._progress)
        self._job = job
        self._busy(True)
        self._pool.start(job)

    def is_busy(self) -> bool:
        """True while a preview or an export runs in the background."""
        return self.progress.isVisible()

    # -- preview ---------------------------------------------------------------------------

    def start_preview(self) -> None:
        """Scrub the first cases of the period in the background and show them."""
        start, end = self.period()
        services, actor = self._services, self._actor
        self._run(lambda _signals: services.casebook.preview(actor, start, end), self._show_preview)

    def _show_preview(self, preview: ExportPreview) -> None:
        self._busy(False)
        counts = self.tr("、").join(
            f"{self.kind_names[kind]} {preview.redactions[kind]}" for kind in KINDS if preview.redactions.get(kind)
        )
        self.summary_label.setText(
            self.tr("対象 %1 件。先頭 %2 件の匿名化: %3")
            .replace("%1", f"{preview.total:,}")
            .replace("%2", str(len(preview.items)))
            .replace("%3", counts or self.tr("なし"))
        )
        blocks = []
        for item in preview.items:
            blocks.append(
                "<p style='margin-bottom:10px'>"
                f"<b>{html.escape(item.case_no or '')}</b> {html.escape(item.caption)}<br>"
                f"<i>{highlighted_html(item.subject, self.kind_names)}</i><br>"
                f"{highlighted_html(item.narrative, self.kind_names)}</p>"
            )
        if not blocks:
            nothing = html.escape(self.tr("この期間の相談はありません。"))
            blocks.append(f"<p>{nothing}</p>")
        self.preview.setHtml("".join(blocks))
        self.previewed = preview.total > 0
        self.export_button.setEnabled(self.previewed)

    # -- export ----------------------------------------------------------------------------

    def choose_path(self) -> Path | None:
        """Ask where to write (tests replace this)."""
        fmt = self.format_combo.currentData()
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("事例集の書き出し先"), f"casebook.{fmt}", f"*.{fmt}"
        )
        return Path(name) if name else None

    def start_export(self) -> None:
        """Write the casebook in the background (only after a preview)."""
        if not self.previewed:
            return
        target = self.choose_path()
        if target is None:
            return
        start, end = self.period()
        fmt = self.format_combo.currentData()
        encoding = self.encoding_combo.currentData()
        substitute = self.substitute_check.isChecked()
        services, actor = self._services, self._actor

        def work(signals: _Signals) -> ExportResult:
            return services.casebook.export(
                actor,
                start,
                end,
                fmt,
                target,
                encoding=encoding,
                substitute=substitute,
                progress=lambda done, total: signals.progress.emit(done, total),
            )

        self._run(work, self._exported)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _exported(self, result: ExportResult) -> None:
        self._busy(False)
        self.last_result = result
        removed = sum(result.redactions.values())
        text = (
            self.tr("%1 件を書き出しました（匿名化 %2 箇所）: %3")
            .replace("%1", f"{result.cases:,}")
            .replace("%2", f"{removed:,}")
            .replace("%3", "、".join(path.name for path in result.files[:3]) + ("…" if len(result.files) > 3 else ""))
        )
        if result.substitutions:
            text += self.tr("（CP932で書けない文字を %1 箇所置き換えました）").replace("%1", str(len(result.substitutions)))
        self.summary_label.setText(text)
        self.exported.emit(result)

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        if isinstance(error, ExportEncodingError):
            lines = "".join(f"<li>{html.escape(problem.describe())}</li>" for problem in error.problems[:50])
            self.summary_label.setText(
                self.tr("CP932で書けない文字があるため、何も書き出していません。置き換えを許可するか、UTF-8を選んでください。")
            )
            self.preview.setHtml(f"<ul>{lines}</ul>")
            return
        self.summary_label.setText(self.tr("書き出せませんでした: %1").replace("%1", error_text(error)))


class CaseImportDialog(QDialog):
    """Pick a file, read the validation report, then import all of it (or nothing)."""

    imported = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._pool = QThreadPool.globalInstance()
        self._job: _Job | None = None
        self.report: ImportReport | None = None
        self.last_result: ImportResult | None = None
        self.setWindowTitle(self.tr("相談の取り込み"))
        self.setObjectName("CaseImportDialog")
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("取り込むファイル"))
        self.path_edit.setPlaceholderText(self.tr("CSV・Excel（XLSX）・JSON・JSONL のファイル"))
        self.path_edit.textChanged.connect(lambda _text: self._invalidate())
        browse = QPushButton(self.tr("選ぶ…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.check_button = QPushButton(self.tr("検証"))
        self.check_button.clicked.connect(self.start_validation)
        self.import_button = QPushButton(self.tr("取り込む"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        close_button = QPushButton(self.tr("閉じる"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close_button)
        self.summary_label = QLabel(
            self.tr("取り込みは全件か0件です。先に検証し、問題がなければ取り込めます。見出しは事例集と同じです。")
        )
        self.summary_label.setWordWrap(True)
        self.report_view = QTextBrowser()
        self.report_view.setAccessibleName(self.tr("検証結果"))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(buttons)
        self.resize(760, 480)

    def choose_file(self) -> Path | None:
        """Ask for the file (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("取り込むファイル"), "", self.tr("相談ファイル (*.csv *.xlsx *.json *.jsonl)")
        )
        return Path(name) if name else None

    def _browse(self) -> None:
        chosen = self.choose_file()
        if chosen is not None:
            self.path_edit.setText(str(chosen))
            self.start_validation()

    def _invalidate(self) -> None:
        self.report = None
        self.import_button.setEnabled(False)

    def is_busy(self) -> bool:
        """True while a validation or an import runs in the background."""
        return self._job is not None

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        job = _Job(lambda _signals: work())
        job.signals.done.connect(done)
        job.signals.failed.connect(self._failed)
        self._job = job
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self._pool.start(job)

    def start_validation(self) -> None:
        """Read and check the file in the background."""
        text = self.path_edit.text().strip()
        if not text:
            return
        path = Path(text)
        services, actor = self._services, self._actor
        self._run(lambda: services.casebook.validate_file(actor, path), self._show_report)

    def _show_report(self, report: ImportReport) -> None:
        self._job = None
        self.check_button.setEnabled(True)
        self.report = report
        if report.ok:
            self.summary_label.setText(self.tr("%1 件を取り込めます。").replace("%1", f"{report.cases:,}"))
            fine = html.escape(self.tr("問題は見つかりませんでした。"))
            self.report_view.setHtml(f"<p>{fine}</p>")
        else:
            self.summary_label.setText(
                self.tr("問題が %1 件あります。直してからもう一度検証してください（何も取り込んでいません）。").replace(
                    "%1", str(len(report.errors))
                )
            )
            items = "".join(f"<li>{html.escape(error)}</li>" for error in report.errors)
            self.report_view.setHtml(f"<ol>{items}</ol>")
        self.import_button.setEnabled(report.ok)

    def start_import(self) -> None:
        """Import the validated file in one transaction, in the background."""
        if self.report is None or not self.report.ok:
            return
        path = self.report.path
        services, actor = self._services, self._actor
        self._run(lambda: services.casebook.import_file(actor, path), self._imported)

    def _imported(self, result: ImportResult) -> None:
        self._job = None
        self.check_button.setEnabled(True)
        self.last_result = result
        self.summary_label.setText(
            self.tr("%1 件を取り込みました（相談番号 %2 〜 %3）。")
            .replace("%1", f"{result.cases:,}")
            .replace("%2", result.first_case_no or "")
            .replace("%3", result.last_case_no or "")
        )
        self.report = None
        self.imported.emit(result)

    def _failed(self, error: Exception) -> None:
        self._job = None
        self.check_button.setEnabled(True)
        self.summary_label.setText(self.tr("取り込めませんでした（何も取り込んでいません）: %1").replace("%1", error_text(error)))
        problems = getattr(error, "problems", None)
        if problems:
            self.report_view.setHtml("<ol>" + "".join(f"<li>{html.escape(translate_message(p))}</li>" for p in problems) + "</ol>")


__all__ = ["CaseImportDialog", "CasebookExportDialog", "highlighted_html"]

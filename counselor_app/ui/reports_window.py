"""The reports window: choose a report, generate it in the background, preview it, print it or save it."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPageLayout, QPageSize, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.calendar import fiscal_year, fiscal_year_bounds
from counselor_app.domain.casebook_report import DEFAULT_PER_THEME, MAX_PER_THEME
from counselor_app.domain.entities import Actor
from counselor_app.domain.report_data import Month, RenderedReport
from counselor_app.services.container import Services
from counselor_app.ui import theme
from counselor_app.ui.background import BackgroundJob
from counselor_app.ui.i18n import month_label
from counselor_app.ui.pdf_preview import PdfPreview

MONTHS_OFFERED = 36
PANEL_WIDTH = 320
KIND_MONTHLY, KIND_CASE, KIND_CASEBOOK, KIND_BUSINESS = "monthly", "case_card", "casebook", "business"
PAGE_OF_KIND = {KIND_MONTHLY: 0, KIND_CASE: 1, KIND_CASEBOOK: 2, KIND_BUSINESS: 3}


class ReportsWindow(QMainWindow):
    """報告書: 月報（統計）, 対応事例集 and 事業者の情報提供 for supervisors, 相談カード for everyone with access to the case.

    Signals:
        report_ready: a RenderedReport finished and is shown.
        report_failed: generation failed; carries the message shown.
    """

    report_ready = Signal(object)
    report_failed = Signal(str)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._job: BackgroundJob | None = None
        self._rendered: RenderedReport | None = None
        self._business_id: int | None = None
        self.setObjectName("ReportsWindow")
        self.setWindowTitle(self.tr("報告書"))
        self.resize(1280, 740)
        self._build()
        self._kind_changed()
        # Closed from the keyboard like a dialog (Esc) or a document (Ctrl+W).
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close)):
            QShortcut(keys, self, activated=self.close)

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        outer = QHBoxLayout(central)
        outer.setContentsMargins(10, 10, 10, 10)
        outer.setSpacing(12)

        panel = QFrame(central)
        panel.setFixedWidth(PANEL_WIDTH)
        form_box = QVBoxLayout(panel)
        form_box.setContentsMargins(0, 0, 0, 0)
        form_box.setSpacing(8)

        heading = QLabel(self.tr("報告書の種類"), panel)
        theme.set_role(heading, "strong")
        form_box.addWidget(heading)
        self.kind_combo = QComboBox(panel)
        self.kind_combo.setAccessibleName(self.tr("報告書の種類"))
        if self._actor.is_supervisor:
            self.kind_combo.addItem(self.tr("月報（統計）"), KIND_MONTHLY)
        self.kind_combo.addItem(self.tr("相談カード"), KIND_CASE)
        if self._actor.is_supervisor:
            self.kind_combo.addItem(self.tr("対応事例集"), KIND_CASEBOOK)
            self.kind_combo.addItem(self.tr("事業者の情報提供"), KIND_BUSINESS)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._kind_changed())
        form_box.addWidget(self.kind_combo)

        self.pages = QStackedWidget(panel)
        self.pages.addWidget(self._monthly_page())
        self.pages.addWidget(self._case_page())
        self.pages.addWidget(self._casebook_page())
        self.pages.addWidget(self._business_page())
        form_box.addWidget(self.pages)

        self.generate_button = QPushButton(self.tr("作成"), panel)
        self.generate_button.setDefault(True)
        self.generate_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.generate_button.clicked.connect(self.generate)
        form_box.addWidget(self.generate_button)

        self.progress = QProgressBar(panel)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("作成の進み具合"))
        form_box.addWidget(self.progress)
        self.status_label = QLabel(panel)
        self.status_label.setWordWrap(True)
        form_box.addWidget(self.status_label)
        form_box.addStretch(1)

        self.print_button = QPushButton(self.tr("印刷…"), panel)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("PDFとして保存…"), panel)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_report)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
            form_box.addWidget(button)

        self.preview = PdfPreview(central)
        outer.addWidget(panel)
        outer.addWidget(self.preview, 1)
        self.setCentralWidget(central)

    def _monthly_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 4, 0, 4)
        self.month_combo = QComboBox(page)
        self.month_combo.setAccessibleName(self.tr("対象月"))
        current = Month.of(self._services.clock.now().date())
        for offset in range(MONTHS_OFFERED):
            month = current.shifted(-offset)
            self.month_combo.addItem(self._month_label(month), month.iso())
        # The 月報 is usually made for the month that has just ended.
        self.month_combo.setCurrentIndex(1)
        form.addRow(self.tr("対象月"), self.month_combo)
        self.office_combo = QComboBox(page)
        self.office_combo.setAccessibleName(self.tr("所属"))
        offices = self._services.reports.report_offices(self._actor)
        if self._actor.role == "admin":
            self.office_combo.addItem(self.tr("すべての所属"), None)
        elif offices:
            self.office_combo.addItem(self.tr("所属と支所すべて"), self._actor.office_code)
        for office in offices:
            self.office_combo.addItem(self._labelled(office.name, office.code), office.code)
        form.addRow(self.tr("所属"), self.office_combo)
        note = QLabel(self.tr("受付日で集計します。前月・前年同月との比較と、グラフを含みます。"), page)
        self._wrap(note, "muted")
        form.addRow(note)
        return page

    @staticmethod
    def _wrap(label: QLabel, role: str) -> None:
        """A wrapped note that keeps its full height in the fixed-width panel (any language)."""
        label.setWordWrap(True)
        theme.set_role(label, role)
        label.setMinimumHeight(label.heightForWidth(PANEL_WIDTH - 8))

    def _labelled(self, name: str, code: str) -> str:
        return self.tr("%1（%2）").replace("%1", name).replace("%2", code)

    def _month_label(self, month: Month) -> str:
        return self._labelled(month_label(month.year, month.month), month.iso())

    def _case_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 4, 0, 4)
        self.case_no_edit = QLineEdit(page)
        self.case_no_edit.setPlaceholderText(self.tr("例: 131016-R8-000123"))
        self.case_no_edit.setAccessibleName(self.tr("相談番号"))
        self.case_no_edit.returnPressed.connect(self.generate)
        form.addRow(self.tr("相談番号"), self.case_no_edit)
        note = QLabel(
            self.tr("保存用の写しです。氏名・連絡先などの個人情報を含みます。作成・印刷・保存は監査ログに記録されます。"),
            page,
        )
        self._wrap(note, "warning")
        form.addRow(note)
        return page

    def _casebook_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 4, 0, 4)
        today = self._services.clock.now().date()
        first_day, _last = fiscal_year_bounds(fiscal_year(today))
        self.casebook_from_edit = self._date_edit(first_day, self.tr("受付日の始め"), page)
        self.casebook_to_edit = self._date_edit(today, self.tr("受付日の終わり"), page)
        form.addRow(self.tr("受付日の始め"), self.casebook_from_edit)
        form.addRow(self.tr("受付日の終わり"), self.casebook_to_edit)
        self.per_theme_spin = QSpinBox(page)
        self.per_theme_spin.setRange(1, MAX_PER_THEME)
        self.per_theme_spin.setValue(DEFAULT_PER_THEME)
        self.per_theme_spin.setAccessibleName(self.tr("テーマごとの事例数"))
        form.addRow(self.tr("テーマごとの事例数"), self.per_theme_spin)
        note = QLabel(
            self.tr(
                "決裁済みの相談を、商品・役務の大分類と個人情報関連の論点ごとに、決裁の新しい順に掲載します。"
                "氏名・連絡先などは取り除きます。"
            ),
            page,
        )
        self._wrap(note, "muted")
        form.addRow(note)
        return page

    def _business_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 4, 0, 4)
        self.business_label = QLabel(self.tr("（事業者の画面から選んでください）"), page)
        self.business_label.setWordWrap(True)
        self.business_label.setAccessibleName(self.tr("事業者"))
        form.addRow(self.tr("事業者"), self.business_label)
        note = QLabel(
            self.tr("省庁の窓口へ情報提供するための報告書です。相談は匿名化し、件数・金額・手口の傾向をまとめます。"),
            page,
        )
        self._wrap(note, "muted")
        form.addRow(note)
        return page

    @staticmethod
    def _date_edit(day: dt.date, name: str, parent: QWidget) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    @staticmethod
    def _day(edit: QDateEdit) -> dt.date:
        chosen = edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    # -- public ----------------------------------------------------------------------

    def kind(self) -> str:
        """The chosen report kind."""
        return str(self.kind_combo.currentData())

    def show_monthly(self, month: Month | None = None, *, generate: bool = False) -> None:
        """Switch to the 月報 (optionally for ``month``), optionally generating it at once."""
        index = self.kind_combo.findData(KIND_MONTHLY)
        if index < 0:
            return
        self.kind_combo.setCurrentIndex(index)
        if month is not None:
            found = self.month_combo.findData(month.iso())
            if found < 0:
                self.month_combo.insertItem(0, self._month_label(month), month.iso())
                found = 0
            self.month_combo.setCurrentIndex(found)
        if generate:
            self.generate()

    def show_case_card(self, case_no: str | None = None, *, generate: bool = False) -> None:
        """Switch to the 相談カード (optionally for ``case_no``), optionally generating it at once."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(KIND_CASE))
        if case_no:
            self.case_no_edit.setText(case_no)
        if generate and self.case_no_edit.text().strip():
            self.generate()
        else:
            self.case_no_edit.setFocus()

    def show_casebook(
        self, start: dt.date | None = None, end: dt.date | None = None, *, generate: bool = False
    ) -> None:
        """Switch to the 対応事例集 (optionally for a period), optionally generating it at once."""
        index = self.kind_combo.findData(KIND_CASEBOOK)
        if index < 0:
            return
        self.kind_combo.setCurrentIndex(index)
        for edit, day in ((self.casebook_from_edit, start), (self.casebook_to_edit, end)):
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        if generate:
            self.generate()

    def show_business(self, business_id: int, name: str, *, generate: bool = False) -> None:
        """Switch to the 情報提供 report of one business, optionally generating it at once."""
        index = self.kind_combo.findData(KIND_BUSINESS)
        if index < 0:
            return
        self._business_id = business_id
        self.business_label.setText(name)
        self.kind_combo.setCurrentIndex(index)
        if generate:
            self.generate()

    def is_busy(self) -> bool:
        """True while a report is being generated."""
        return self._job is not None and not self._job.done

    def rendered(self) -> RenderedReport | None:
        """The report shown, if any."""
        return self._rendered

    # -- generating ------------------------------------------------------------------

    def _kind_changed(self) -> None:
        self.pages.setCurrentIndex(PAGE_OF_KIND.get(self.kind(), 1))

    def generate(self) -> None:
        """Start generating the chosen report in the background."""
        if self.is_busy():
            return
        services, actor = self._services, self._actor
        if self.kind() == KIND_MONTHLY:
            month = Month.parse(str(self.month_combo.currentData()))
            office = self.office_combo.currentData()

            def work(progress):  # type: ignore[no-untyped-def]
                return services.reports.monthly_pdf(actor, month, office_code=office, progress=progress)

        elif self.kind() == KIND_CASEBOOK:
            start, end = self._day(self.casebook_from_edit), self._day(self.casebook_to_edit)
            per_theme = self.per_theme_spin.value()

            def work(progress):  # type: ignore[no-untyped-def]
                return services.reports.casebook_pdf(actor, start, end, per_theme=per_theme, progress=progress)

        elif self.kind() == KIND_BUSINESS:
            business_id = self._business_id
            if business_id is None:
                self._show_status(self.tr("事業者の画面で事業者を選んでから作成してください"), error=True)
                return

            def work(progress):  # type: ignore[no-untyped-def]
                return services.reports.business_pdf(actor, business_id, progress=progress)

        else:
            case_no = self.case_no_edit.text().strip()
            if not case_no:
                self._show_status(self.tr("相談番号を入力してください"), error=True)
                self.case_no_edit.setFocus()
                return

            def work(progress):  # type: ignore[no-untyped-def]
                return services.reports.case_card_pdf(actor, case_no, progress=progress)

        self._set_busy(True)
        self.progress.setValue(0)
        self._show_status(self.tr("作成しています…"))
        job = BackgroundJob(work, unexpected_message=self.tr("報告書を作成できませんでした（詳しくはログを参照）"))
        job.signals.progress.connect(self.progress.setValue)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self._job = job
        job.start()

    def _set_busy(self, busy: bool) -> None:
        self.generate_button.setEnabled(not busy)
        self.kind_combo.setEnabled(not busy)
        self.pages.setEnabled(not busy)
        ready = not busy and self._rendered is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        theme.set_role(self.status_label, "error" if error else None)
        self.status_label.setText(text)

    def _finished(self, rendered: RenderedReport) -> None:
        self._rendered = rendered
        self.preview.load(rendered.pdf)
        self.progress.setValue(100)
        self._set_busy(False)
        self._show_status(
            self.tr("%1 を作成しました（%2 ページ）").replace("%1", rendered.title).replace("%2", str(rendered.pages))
        )
        self.setWindowTitle(self.tr("報告書 — %1").replace("%1", rendered.title))
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self:
            # The create button was disabled while working and took the focus with it:
            # give it to the preview (arrow keys and PgUp/PgDn page through it).
            self.preview.view.setFocus()
        self.report_ready.emit(rendered)

    def _failed(self, message: str) -> None:
        self.progress.setValue(0)
        self._set_busy(False)
        self._show_status(message, error=True)
        self.report_failed.emit(message)

    # -- printing and saving ---------------------------------------------------------

    def choose_printer(self, printer: QPrinter) -> bool:
        """Let the user pick a printer and pages (tests replace this dialog)."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("印刷"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_report(self, printer: QPrinter | None = None) -> int:
        """Print the shown report; returns the number of pages sent (0 when cancelled)."""
        if self._rendered is None or not self.preview.is_ready():
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._rendered.title)
        printer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, printer.pageLayout().margins())
        )
        printer.setFullPage(True)
        printer.setFromTo(1, self.preview.document.pageCount())
        if not self.choose_printer(printer):
            return 0
        pages = self.preview.print_to(printer)
        if pages:
            self._services.reports.record_printed(self._actor, self._rendered, pages)
            self._show_status(self.tr("%1 ページを印刷しました").replace("%1", str(pages)))
        else:
            self._show_status(self.tr("印刷できませんでした"), error=True)
        return pages

    def choose_save_path(self, suggested: str) -> str | None:
        """Ask where to save the PDF (tests replace this dialog)."""
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("PDFとして保存"), suggested, self.tr("PDF ファイル (*.pdf)")
        )
        return path or None

    def save_report(self) -> Path | None:
        """Save the shown PDF (written to a temporary name, then renamed); returns the path."""
        if self._rendered is None:
            return None
        chosen = self.choose_save_path(str(Path.home() / self._rendered.file_name))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(self._rendered.pdf)
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("保存できません"), self.tr("%1 に保存できません（%2）").replace("%1", str(target)).replace("%2", exc.strerror or "")
            )
            return None
        self._services.reports.record_printed(self._actor, self._rendered, self._rendered.pages, output="file")
        self._show_status(self.tr("%1 に保存しました").replace("%1", str(target)))
        return target

    # -- closing ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            QThreadPool.globalInstance().waitForDone(60_000)
        # Case cards hold personal data: forget them when the window closes.
        self.preview.clear()
        self._rendered = None
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        super().closeEvent(event)

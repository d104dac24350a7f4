"""A print preview of a PDF held in memory (QtPdf), with page navigation, zoom, and printing through QPrinter."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

# Pages go to the printer as images at most at this resolution (enough for text, bounded memory).
MAX_PRINT_DPI = 300


class PdfPreview(QWidget):
    """Shows a PDF from bytes (nothing is written to disk) and prints it.

    Signals:
        loaded: the document is ready; carries its page count.
    """

    loaded = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("印刷プレビュー"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.previous_button = self._button(self.tr("◀ 前のページ"), self._previous_page)
        self.next_button = self._button(self.tr("次のページ ▶"), self._next_page)
        self.page_label = QLabel(self)
        self.fit_button = self._button(self.tr("幅に合わせる"), self._fit_width)
        self.zoom_out_button = self._button(self.tr("縮小"), lambda: self._zoom(1 / 1.25))
        self.zoom_in_button = self._button(self.tr("拡大"), lambda: self._zoom(1.25))
        for widget in (self.previous_button, self.next_button, self.page_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.document.statusChanged.connect(self._status_changed)
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._update_page_label())
        self._update_page_label()

    def _button(self, text: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        button.setEnabled(False)
        return button

    # -- loading ---------------------------------------------------------------------

    def load(self, pdf: bytes) -> None:
        """Show ``pdf`` (replaces what was shown)."""
        self.document.close()
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def clear(self) -> None:
        """Show nothing (and drop the PDF from memory)."""
        self.document.close()
        self._bytes = QByteArray()
        self._update_page_label()

    def is_ready(self) -> bool:
        """True when a document is loaded."""
        return self.document.status() == QPdfDocument.Status.Ready

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        ready = status == QPdfDocument.Status.Ready
        for button in (
            self.previous_button,
            self.next_button,
            self.fit_button,
            self.zoom_in_button,
            self.zoom_out_button,
        ):
            button.setEnabled(ready)
        self._update_page_label()
        if ready:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.pageNavigator().jump(0, QPointF(), 0)
            self.loaded.emit(self.document.pageCount())

    # -- navigation ------------------------------------------------------------------

    def current_page(self) -> int:
        """Zero-based page shown at the top of the view."""
        return self.view.pageNavigator().currentPage()

    def _update_page_label(self) -> None:
        count = self.document.pageCount() if self.is_ready() else 0
        current = self.current_page() + 1 if count else 0
        self.page_label.setText(self.tr("%1 / %2 ページ").replace("%1", str(current)).replace("%2", str(count)))

    def _previous_page(self) -> None:
        self.view.pageNavigator().jump(max(self.current_page() - 1, 0), QPointF(), 0)

    def _next_page(self) -> None:
        last = max(self.document.pageCount() - 1, 0)
        self.view.pageNavigator().jump(min(self.current_page() + 1, last), QPointF(), 0)

    def _fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # FitToWidth's effective factor: viewport width over the page width in pixels.
            points = self.document.pagePointSize(self.current_page())
            pixels = points.width() * self.logicalDpiX() / 72 if points.width() else 1.0
            current = self.view.viewport().width() / pixels if pixels else 1.0
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(current * factor, 0.25), 5.0))

    # -- printing --------------------------------------------------------------------

    def print_to(self, printer: QPrinter) -> int:
        """Send the pages (or the range chosen in the print dialog) to ``printer``; returns pages printed."""
        if not self.is_ready():
            return 0
        count = self.document.pageCount()
        first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
        last = min(printer.toPage(), count) - 1 if printer.toPage() else count - 1
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            for page in range(first, last + 1):
                if printed:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(page, size)
                target = QRectF(painter.viewport())
                scale = min(target.width() / size.width(), target.height() / size.height())
                width, height = size.width() * scale, size.height() * scale
                box = QRectF(target.x() + (target.width() - width) / 2, target.y(), width, height)
                painter.drawImage(box, image)
                printed += 1
        finally:
            painter.end()
        return printed

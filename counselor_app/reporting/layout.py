"""Page furniture shared by the supervisor PDFs: A4 frame, Japanese styles, table styles, "n / N" page numbers."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from counselor_app.reporting.fonts import JAPANESE_FONT, register_japanese_font

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 17 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

# Greys only: the PDFs are printed on office monochrome printers.
INK = colors.Color(0.1, 0.1, 0.1)
RULE = colors.Color(0.45, 0.45, 0.45)
HEADER_FILL = colors.Color(0.87, 0.87, 0.87)
ZEBRA_FILL = colors.Color(0.955, 0.955, 0.955)
TOTAL_FILL = colors.Color(0.91, 0.91, 0.91)

Progress = Callable[[int], None]

# Layout tables state a font too (reportlab's default is the unembedded Helvetica).
BASE_FONT = ("FONT", (0, 0), (-1, -1), JAPANESE_FONT, 8)


@dataclass(frozen=True)
class Styles:
    """Paragraph styles in the embedded Japanese font."""

    font: str
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    label: ParagraphStyle
    note: ParagraphStyle


def make_styles(fonts_dir: Path) -> Styles:
    """Register IPAexGothic and build the styles every report uses."""
    font = register_japanese_font(fonts_dir)

    def style(name: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
        options = {"textColor": INK, **extra}
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **options)

    return Styles(
        font=font,
        title=style("title", 17, 22, alignment=TA_LEFT),
        heading=style("heading", 11.5, 15, spaceBefore=9, spaceAfter=4),
        body=style("body", 9, 13),
        small=style("small", 7.5, 10),
        cell=style("cell", 8.5, 11),
        label=style("label", 8, 10),
        note=style("note", 7, 9.5, textColor=colors.Color(0.3, 0.3, 0.3)),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; newlines kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def section_heading(title: str, styles: Styles) -> Table:
    """A heading with a dark bar on its left and a rule under it."""
    table = Table([["", para(title, styles.heading)]], colWidths=[3, CONTENT_WIDTH - 3])
    table.setStyle(
        TableStyle(
            [
                BASE_FONT,
                ("BACKGROUND", (0, 0), (0, 0), INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LEFTPADDING", (1, 0), (1, 0), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits in ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    font: str,
    *,
    size: float = 8.5,
    header_rows: int = 1,
    numeric_from: int = 1,
    total_row: bool = False,
    zebra: bool = True,
    split_in_row: bool = False,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table: grey header, numbers right-aligned, optional shaded total row.

    ``split_in_row`` lets a row taller than the space left (a long narrative) continue on
    the next page instead of failing the layout.
    """
    table = Table(list(rows), colWidths=list(widths), repeatRows=header_rows, splitInRow=int(split_in_row))
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font, size, size + 2.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("ALIGN", (numeric_from, header_rows), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ]
    if zebra:
        last = len(rows) - (2 if total_row else 1)
        for index in range(header_rows + 1, last + 1, 2):
            commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA_FILL))
    if total_row:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK),
        ]
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """A canvas that knows the page count at the end and prints "n / N" on every page."""

    footer_text = ""
    header_text = ""
    font = "Helvetica"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Start every page in the embedded font, so the PDF references no unembedded base-14 font.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = self.font
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_furniture(total)
            super().showPage()
        super().save()

    def _draw_furniture(self, total: int) -> None:
        self.saveState()
        self.setFillColor(INK)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        if self.header_text:
            self.setFont(self.font, 7.5)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 11 * mm, self.header_text)
            self.line(MARGIN_X, PAGE_HEIGHT - 12.5 * mm, PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 12.5 * mm)
        self.line(MARGIN_X, 12.5 * mm, PAGE_WIDTH - MARGIN_X, 12.5 * mm)
        self.setFont(self.font, 7.5)
        self.drawString(MARGIN_X, 8.5 * mm, self.footer_text)
        self.setFont(self.font, 8.5)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, 8.5 * mm, f"{self._pageNumber} / {total} ページ")
        self.restoreState()


def toc_heading(flowable: Flowable, level: int, text: str) -> Flowable:
    """Mark ``flowable`` as a table-of-contents entry (and a PDF bookmark) at ``level``."""
    flowable.toc_entry = (level, text)  # read by _ContentsDocTemplate.afterFlowable
    return flowable


class _ContentsDocTemplate(SimpleDocTemplate):  # type: ignore[misc]  # reportlab ships no type hints
    """Reports every marked heading with its page to the TableOfContents, and bookmarks it."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        entry = getattr(flowable, "toc_entry", None)
        if entry is None:
            return
        level, text = entry
        key = f"toc-{id(flowable)}"
        # An explicit place and zoom (XYZ): viewers such as QtPdf reject links to a bare "Fit".
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=PAGE_HEIGHT, zoom=1)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, text, self.page, key))


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    author: str,
    font: str,
    header: str,
    footer: str,
    progress: Progress | None = None,
    contents: bool = False,
) -> tuple[bytes, int]:
    """Lay out ``story`` on A4 pages with header, footer and page numbers; returns (PDF, pages).

    With ``contents``, headings marked by :func:`toc_heading` fill the story's
    TableOfContents (laid out in as many passes as its page numbers need).
    """
    buffer = io.BytesIO()
    template = _ContentsDocTemplate if contents else SimpleDocTemplate
    doc = template(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        creator="相談記録 (counselor-app)",
        subject=title,
    )
    if progress is not None:
        estimate = {"size": max(len(story), 1)}

        def _on_progress(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                estimate["size"] = max(value, 1)
            elif kind == "PROGRESS":
                progress(min(99, value * 100 // estimate["size"]))

        doc.setProgressCallBack(_on_progress)

    canvas_class = type(
        "ReportCanvas",
        (NumberedCanvas,),
        {"footer_text": footer, "header_text": header, "font": font},
    )
    if contents:
        doc.multiBuild(story, canvasmaker=canvas_class)
    else:
        doc.build(story, canvasmaker=canvas_class)
    pages = doc.page
    return buffer.getvalue(), pages

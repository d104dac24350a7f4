"""Drawing the 対応事例集 PDF: cover summary, table of contents, chapters of themes, anonymised examples."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from counselor_app.domain.calendar import wareki
from counselor_app.domain.casebook_report import (
    CHAPTER_TITLES,
    PI_CHAPTER,
    PRODUCT_CHAPTER,
    CasebookReport,
    CaseExample,
    ThemeSection,
)
from counselor_app.reporting.layout import (
    BASE_FONT,
    CONTENT_WIDTH,
    HEADER_FILL,
    INK,
    RULE,
    Progress,
    Styles,
    build_pdf,
    grid_table,
    make_styles,
    para,
    section_heading,
    toc_heading,
)

_LABEL_W = 24 * mm


def period_label(report: CasebookReport) -> str:
    """令和8年4月1日〜令和9年3月31日."""
    return f"{wareki(report.start)}〜{wareki(report.end)}"


class _Book:
    """Builds the flowables of one 対応事例集."""

    def __init__(self, report: CasebookReport, styles: Styles) -> None:
        self.report = report
        self.s = styles

    def cover(self) -> list[Flowable]:
        r = self.report
        rows = [
            ("対象期間", f"{period_label(r)}（受付日）"),
            ("対象", f"{r.office_label}"),
            ("対象の相談", f"決裁済みの相談 {r.eligible:,}件"),
            ("掲載事例", f"{r.selected:,}件（テーマごとに最新の決裁済み事例を最大 {r.per_theme} 件）"),
            ("テーマ", f"{len(r.chapter(PRODUCT_CHAPTER))}（商品・役務）、{len(r.chapter(PI_CHAPTER))}（個人情報関連）"),
            ("作成", f"{wareki(r.created_at.date())} {r.created_by}"),
        ]
        table = grid_table(
            [[para(label, self.s.cell), para(value, self.s.cell)] for label, value in rows],
            [_LABEL_W + 8 * mm, CONTENT_WIDTH - _LABEL_W - 8 * mm],
            self.s.font,
            header_rows=0,
            numeric_from=2,
            zebra=False,
            extra=[("BACKGROUND", (0, 0), (0, -1), HEADER_FILL)],
        )
        notes = (
            "掲載した事例は、相談者・契約当事者を特定できる情報（氏名、電話番号、住所、メールアドレス、"
            "生年月日、各種番号など）を取り除き、〔氏名〕〔電話番号〕などの記号に置き換えています。"
            "見出しの括弧書きは、国民生活センターの事例紹介と同じく、受付年月と契約当事者の属性です。"
            "処理経過は所内の記録を除き、日付を省いて掲載しています。"
        )
        return [
            para("対応事例集", self.s.title),
            Spacer(1, 2 * mm),
            para(period_label(r), self.s.heading),
            Spacer(1, 3 * mm),
            table,
            Spacer(1, 3 * mm),
            para(notes, self.s.small),
        ]

    def contents(self) -> list[Flowable]:
        # Its inner table must name the embedded font too (reportlab's default is Helvetica).
        toc = TableOfContents(
            tableStyle=TableStyle(
                [BASE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
            )
        )  # fmt: skip
        toc.dotsMinLevel = 0
        level0 = self.s.body.clone("toc0", fontSize=10, leading=15, spaceBefore=4)
        level1 = self.s.body.clone("toc1", fontSize=9, leading=12.5, leftIndent=8 * mm)
        toc.levelStyles = [level0, level1]
        return [Spacer(1, 6 * mm), section_heading("目次", self.s), Spacer(1, 2 * mm), toc]

    def chapter(self, number: int, name: str) -> list[Flowable]:
        sections = self.report.chapter(name)
        title = f"第{number}章　{CHAPTER_TITLES[name]}"
        heading = toc_heading(para(title, self.s.title), 0, title)
        intro = (
            "商品・役務の大分類ごとに掲げます。個人情報関連の相談は第2章に掲げます。"
            if name == PRODUCT_CHAPTER
            else "個人情報に関連する相談を、論点ごとに掲げます（論点が複数の相談は最初の論点に）。"
        )
        blocks: list[Flowable] = [PageBreak(), heading, Spacer(1, 1.5 * mm), para(intro, self.s.small)]
        if not sections:
            blocks += [Spacer(1, 3 * mm), para("この期間に該当する決裁済みの事例はありません。", self.s.body)]
        for index, section in enumerate(sections, start=1):
            blocks += self.theme(f"{number}-{index}", section)
        return blocks

    def theme(self, number: str, section: ThemeSection) -> list[Flowable]:
        title = f"{number}　{section.title}"
        heading = toc_heading(section_heading(title, self.s), 1, f"{title}（{len(section.examples)}件）")
        count = para(
            f"決裁済みの相談 {section.eligible:,}件のうち、最新の {len(section.examples)}件を掲載", self.s.note
        )
        blocks: list[Flowable] = [CondPageBreak(45 * mm), Spacer(1, 4 * mm), heading, Spacer(1, 1 * mm), count]
        for example in section.examples:
            blocks += [Spacer(1, 2.5 * mm), *self.example(example)]
        return blocks

    def example(self, example: CaseExample) -> list[Flowable]:
        s = self.s
        head = Table(
            [[para(f"事例{example.number}", s.heading), para(example.title, s.heading)], ["", para(example.caption, s.body)]],
            colWidths=[_LABEL_W, CONTENT_WIDTH - _LABEL_W],
        )
        head.setStyle(
            TableStyle(
                [
                    BASE_FONT,
                    ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.9, INK),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        classification = " ／ ".join(f"{label}：{value}" for label, value in example.classification)
        rows: list[list[Any]] = [
            [para("分類", s.label), para(classification, s.small)],
            [para("相談内容", s.label), para(example.narrative, s.cell)],
        ]
        if example.handling:
            steps = "\n".join(
                f"{index}. {step.counterpart + '：' if step.counterpart else ''}{step.text}"
                for index, step in enumerate(example.handling, start=1)
            )
            rows.append([para("処理経過", s.label), para(steps, s.cell)])
        rows.append([para("処理結果", s.label), para(example.result, s.cell)])
        body = grid_table(
            rows,
            [_LABEL_W, CONTENT_WIDTH - _LABEL_W],
            s.font,
            header_rows=0,
            numeric_from=2,
            zebra=False,
            split_in_row=True,
            extra=[("BACKGROUND", (0, 0), (0, -1), HEADER_FILL), ("VALIGN", (0, 0), (-1, -1), "TOP")],
        )
        body.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 0.9, INK), ("GRID", (0, 0), (-1, -1), 0.3, RULE)]))
        return [KeepTogether([head, body])]

    def story(self) -> list[Flowable]:
        return [*self.cover(), *self.contents(), *self.chapter(1, PRODUCT_CHAPTER), *self.chapter(2, PI_CHAPTER)]


def render_casebook_report(
    report: CasebookReport, fonts_dir: Path, *, progress: Progress | None = None
) -> tuple[bytes, int]:
    """The 対応事例集 as PDF bytes and its page count."""
    styles = make_styles(fonts_dir)
    book = _Book(report, styles)
    created = f"{wareki(report.created_at.date())} {report.created_by}"
    return build_pdf(
        book.story(),
        title=f"対応事例集（{period_label(report)}）",
        author=report.created_by,
        font=styles.font,
        header=f"対応事例集　{period_label(report)}",
        footer=f"{report.office_label}　作成 {created}",
        progress=progress,
        contents=True,
    )

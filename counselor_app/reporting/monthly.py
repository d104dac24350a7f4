"""Drawing the monthly statistics PDF (月報) from a labelled MonthlyReport: tables, charts, page numbers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from counselor_app.domain.calendar import wareki
from counselor_app.domain.report_data import (
    Breakdown,
    ComparisonRow,
    CrossTab,
    MonthlyReport,
    share_percent,
    signed,
)
from counselor_app.reporting.charts import paired_bar_chart, share_bar, stacked_bar_chart
from counselor_app.reporting.layout import (
    BASE_FONT,
    CONTENT_WIDTH,
    HEADER_FILL,
    INK,
    Progress,
    Styles,
    build_pdf,
    grid_table,
    make_styles,
    para,
    section_heading,
)

CHART_ROWS = 10
_GAP = 5 * mm
_LEFT = CONTENT_WIDTH * 0.53
_RIGHT = CONTENT_WIDTH - _LEFT - _GAP


def _yen(value: int) -> str:
    return f"{value:,}円"


def _value(row: ComparisonRow, value: int) -> str:
    return _yen(value) if row.unit == "円" else f"{value:,}"


def _signed(row: ComparisonRow, value: int) -> str:
    text = signed(value)
    return f"{text}円" if row.unit == "円" and value else text


def _side_by_side(left: Flowable, right: Flowable) -> Table:
    table = Table([[left, "", right]], colWidths=[_LEFT, _GAP, _RIGHT])
    table.setStyle(
        TableStyle(
            [
                BASE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _title_block(report: MonthlyReport, styles: Styles) -> list[Flowable]:
    month = report.month
    info = [
        ["対象期間", month.span_label()],
        ["所属", report.office_label],
        ["作成", f"{wareki(report.created_at.date())} {report.created_at:%H:%M}　{report.created_by}"],
    ]
    table = grid_table(
        [[para(a, styles.cell), para(b, styles.cell)] for a, b in info],
        [22 * mm, CONTENT_WIDTH - 22 * mm],
        styles.font,
        header_rows=0,
        numeric_from=2,
        zebra=False,
        extra=[("BACKGROUND", (0, 0), (0, -1), HEADER_FILL)],
    )
    legend = (
        f"当月＝{month.wareki()}、前月＝{month.shifted(-1).wareki()}、"
        f"前年同月＝{month.shifted(-12).wareki()}。件数は受付日で集計（削除された相談を除く）。"
    )
    return [
        para(f"{month.wareki()}分　消費生活相談 月報（統計）", styles.title),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 1.5 * mm),
        para(legend, styles.note),
    ]


def _totals(report: MonthlyReport, styles: Styles) -> list[Flowable]:
    header = ["区分", "当月", "前月", "前月比", "前年同月", "前年同月比"]
    rows: list[list[Any]] = [header]
    for row in report.totals:
        rows.append(
            [
                row.label,
                _value(row, row.current),
                _value(row, row.previous_month),
                _signed(row, row.current - row.previous_month),
                _value(row, row.previous_year),
                _signed(row, row.current - row.previous_year),
            ]
        )
    widths = [44 * mm] + [(CONTENT_WIDTH - 44 * mm) / 5] * 5
    return [
        section_heading("1　概況", styles),
        grid_table(rows, widths, styles.font, extra=[("BACKGROUND", (0, 1), (-1, 1), HEADER_FILL)]),
    ]


def _amounts(report: MonthlyReport, styles: Styles) -> list[Flowable]:
    rows: list[list[Any]] = [["金額", "期間", "合計", "入力件数", "平均"]]
    for amount in report.amounts:
        rows.append([amount.label, amount.period, _yen(amount.total), f"{amount.count:,}", _yen(amount.average)])
    widths = [34 * mm, 24 * mm] + [(CONTENT_WIDTH - 58 * mm) / 3] * 3
    extra: list[tuple[Any, ...]] = [("ALIGN", (1, 1), (1, -1), "CENTER")]
    half = len(report.amounts) // 2
    if half:
        extra.append(("LINEABOVE", (0, half + 1), (-1, half + 1), 0.9, INK))
    return [
        section_heading("2　契約購入金額・既支払金額", styles),
        grid_table(rows, widths, styles.font, numeric_from=2, zebra=False, extra=extra),
        Spacer(1, 1 * mm),
        para("平均は金額の入力がある相談（0円を除く）の平均。円未満は四捨五入。", styles.note),
    ]


def _breakdown_table(breakdown: Breakdown, styles: Styles, width: float, *, label: str) -> Table:
    rows: list[list[Any]] = [[label, "当月", "構成比", "前年同月", "増減"]]
    for row in breakdown.rows:
        rows.append(
            [
                para(row.label, styles.label),
                f"{row.current:,}",
                share_percent(row.current, breakdown.total),
                f"{row.previous_year:,}",
                signed(row.current - row.previous_year),
            ]
        )
    rows.append(
        [
            breakdown.total_label,
            f"{breakdown.total:,}",
            share_percent(breakdown.total, breakdown.total),
            f"{breakdown.total_previous_year:,}",
            signed(breakdown.total - breakdown.total_previous_year),
        ]
    )
    label_w = width * (0.4 if width > 85 * mm else 0.3)
    return grid_table(rows, [label_w] + [(width - label_w) / 4] * 4, styles.font, size=8, total_row=True)



def _no_data(styles: Styles) -> Flowable:
    return para("（該当する相談がないため、グラフはありません）", styles.note)


def _share_chart(breakdown: Breakdown, styles: Styles, width: float, *, height: float = 12.0) -> Flowable:
    """This month's composition as one 100% bar (no bar when the month is empty)."""
    if not breakdown.total:
        return _no_data(styles)
    parts = [(row.label, row.current) for row in breakdown.rows if row.current]
    return share_bar(parts, width=width, font=styles.font, height=height)


def _chart_rows(breakdown: Breakdown) -> list[tuple[str, int, int]]:
    ranked = sorted(breakdown.rows, key=lambda row: (-row.current, -row.previous_year))
    return [(row.label, row.current, row.previous_year) for row in ranked[:CHART_ROWS]]


def _breakdownsection_heading(
    number: int, breakdown: Breakdown, styles: Styles, *, label: str, chart_note: str = ""
) -> list[Flowable]:
    chart_rows = _chart_rows(breakdown)
    if not any(current or previous for _label, current, previous in chart_rows):
        return [section_heading(f"{number}　{breakdown.title}", styles), _side_by_side(_breakdown_table(breakdown, styles, _LEFT, label=label), _no_data(styles))]
    chart: list[Flowable] = [
        paired_bar_chart(
            chart_rows,
            width=_RIGHT,
            font=styles.font,
            current_label="当月",
            comparison_label="前年同月",
        )
    ]
    if chart_note:
        chart.append(para(chart_note, styles.note))
    left: list[Flowable] = [_breakdown_table(breakdown, styles, _LEFT, label=label)]
    if breakdown.note:
        left += [Spacer(1, 1 * mm), para(breakdown.note, styles.note)]
    return [
        section_heading(f"{number}　{breakdown.title}", styles),
        _side_by_side(_stack(left), _stack(chart)),
    ]


def _stack(flowables: Sequence[Flowable]) -> Table:
    table = Table([[item] for item in flowables])
    table.setStyle(
        TableStyle(
            [
                BASE_FONT,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _cross_tab(number: int, cross: CrossTab, scheme: str, styles: Styles) -> list[Flowable]:
    header = ["年代", *cross.column_labels, "合計", "構成比"]
    rows: list[list[Any]] = [header]
    total = cross.total
    for index, label in enumerate(cross.row_labels):
        row_total = cross.row_total(index)
        rows.append(
            [label, *(f"{value:,}" for value in cross.cells[index]), f"{row_total:,}", share_percent(row_total, total)]
        )
    rows.append(
        [
            "合計",
            *(f"{cross.column_total(c):,}" for c in range(len(cross.column_labels))),
            f"{total:,}",
            share_percent(total, total),
        ]
    )
    label_w = 30 * mm
    widths = [label_w] + [(CONTENT_WIDTH - label_w) / (len(header) - 1)] * (len(header) - 1)
    chart: Flowable = (
        stacked_bar_chart(
            [(label, cross.cells[index]) for index, label in enumerate(cross.row_labels)],
            cross.column_labels,
            width=CONTENT_WIDTH,
            font=styles.font,
        )
        if total
        else _no_data(styles)
    )
    return [
        section_heading(f"{number}　{cross.title}", styles),
        grid_table(rows, widths, styles.font, size=8, total_row=True),
        Spacer(1, 1 * mm),
        para(f"契約当事者の属性で集計（{scheme}）。契約当事者の記録がない相談は「不明」。", styles.note),
        Spacer(1, 2 * mm),
        chart,
    ]


def _pisection_heading(number: int, report: MonthlyReport, styles: Styles) -> list[Flowable]:
    share = report.pi_share
    bar = _share_chart(share, styles, CONTENT_WIDTH, height=16.0)
    share_table = _breakdown_table(share, styles, CONTENT_WIDTH, label="個人情報関連の判定")
    issues = report.pi_issues
    issue_rows = _chart_rows(issues)
    issue_chart: Flowable = (
        paired_bar_chart(
            issue_rows, width=_RIGHT, font=styles.font, current_label="当月", comparison_label="前年同月"
        )
        if issue_rows
        else _no_data(styles)
    )
    issue_block = _side_by_side(
        _stack(
            [
                _breakdown_table(issues, styles, _LEFT, label="論点"),
                Spacer(1, 1 * mm),
                para(issues.note, styles.note),
            ]
        ),
        issue_chart,
    )
    return [
        section_heading(f"{number}　{share.title}", styles),
        bar,
        Spacer(1, 2 * mm),
        share_table,
        Spacer(1, 3 * mm),
        para(issues.title, styles.body),
        Spacer(1, 1 * mm),
        issue_block,
    ]


def _referrals(number: int, report: MonthlyReport, styles: Styles) -> list[Flowable]:
    rows: list[list[Any]] = [["種別", "当月の件数", "うち未完了", "うち期限超過"]]
    for row in report.referrals:
        rows.append([row.label, f"{row.made:,}", f"{row.still_open:,}", f"{row.overdue:,}"])
    rows.append(
        [
            "合計",
            f"{sum(r.made for r in report.referrals):,}",
            f"{sum(r.still_open for r in report.referrals):,}",
            f"{sum(r.overdue for r in report.referrals):,}",
        ]
    )
    widths = [44 * mm] + [(CONTENT_WIDTH - 44 * mm) / 3] * 3
    summary = (
        f"作成日現在、未完了の移送・紹介は全期間で {report.referrals_open_all:,} 件"
        f"（うち回答期限超過 {report.referrals_overdue_all:,} 件）。"
    )
    return [
        section_heading(f"{number}　移送・紹介・情報提供", styles),
        grid_table(rows, widths, styles.font, total_row=True),
        Spacer(1, 1.5 * mm),
        para(summary, styles.body),
        para("未完了・期限超過は作成日時点の状況（当月に行ったもの）。", styles.note),
    ]


def _officesection_heading(number: int, breakdown: Breakdown, styles: Styles) -> list[Flowable]:
    return [
        section_heading(f"{number}　{breakdown.title}", styles),
        _breakdown_table(breakdown, styles, CONTENT_WIDTH, label="所属"),
    ]


def render_monthly(
    report: MonthlyReport, fonts_dir: Path, *, progress: Progress | None = None
) -> tuple[bytes, int]:
    """The 月報 as PDF bytes and its page count."""
    styles = make_styles(fonts_dir)
    story: list[Flowable] = []
    story += _title_block(report, styles)
    story += [Spacer(1, 3 * mm), KeepTogether(_totals(report, styles))]
    story += [Spacer(1, 2 * mm), KeepTogether(_amounts(report, styles))]
    channel, category = report.breakdown("channel"), report.breakdown("category")
    story += [
        Spacer(1, 2 * mm),
        KeepTogether(
            [
                section_heading("3　受付方法・相談区分", styles),
                _side_by_side(
                    _breakdown_table(channel, styles, _LEFT, label=channel.title),
                    _stack(
                        [
                            _breakdown_table(category, styles, _RIGHT, label=category.title),
                            Spacer(1, 2 * mm),
                            _share_chart(category, styles, _RIGHT),
                        ]
                    ),
                ),
            ]
        ),
    ]
    story += [Spacer(1, 2 * mm), KeepTogether(_referrals(4, report, styles))]
    number = 5
    for key, label, note in (
        ("product_top", "大分類", f"グラフは当月の件数の多い上位{CHART_ROWS}分類。"),
        ("sales_form", "販売購入形態", ""),
    ):
        story += [Spacer(1, 2 * mm), KeepTogether(_breakdownsection_heading(number, report.breakdown(key), styles, label=label, chart_note=note))]
        number += 1
    story += [CondPageBreak(120 * mm), KeepTogether(_cross_tab(number, report.age_gender, report.age_scheme, styles))]
    number += 1
    story += [
        Spacer(1, 2 * mm),
        KeepTogether(_breakdownsection_heading(number, report.breakdown("result"), styles, label="処理結果")),
    ]
    number += 1
    story += [Spacer(1, 2 * mm), KeepTogether(_pisection_heading(number, report, styles))]
    number += 1
    if report.by_office is not None:
        story += [Spacer(1, 2 * mm), KeepTogether(_officesection_heading(number, report.by_office, styles))]
    title = f"{report.month.wareki()}分 消費生活相談 月報（統計）"
    return build_pdf(
        story,
        title=title,
        author=report.created_by,
        font=styles.font,
        header=f"{report.office_label}　{title}",
        footer=f"相談記録　作成 {wareki(report.created_at.date())}",
        progress=progress,
    )

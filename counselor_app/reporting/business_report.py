"""Drawing the 情報提供 PDF about one business: who it is, what the cases show, amounts, and the anonymised case list."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from counselor_app.domain.business_registry import AmountSummary
from counselor_app.domain.business_report import BusinessCaseLine, BusinessReport, Tally
from counselor_app.domain.calendar import wareki
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

_GAP = 5 * mm
_HALF = (CONTENT_WIDTH - _GAP) / 2
_LABEL_W = 30 * mm


def _yen(value: int | None) -> str:
    return "" if value is None else f"{value:,}円"


def _share(count: int, total: int) -> str:
    return "-" if not total else f"{100 * count / total:.1f}%"


class _Sheet:
    """Builds the flowables of one 情報提供 report."""

    def __init__(self, report: BusinessReport, styles: Styles) -> None:
        self.r = report
        self.f = report.figures
        self.s = styles

    def period(self) -> str:
        r, f = self.r, self.f
        if r.start or r.end:
            return f"{wareki(r.start) if r.start else ''}〜{wareki(r.end) if r.end else ''}（受付日）"
        if f.first_received and f.last_received:
            return f"全期間（{wareki(f.first_received)}〜{wareki(f.last_received)} に受付）"
        return "全期間"

    def head(self) -> list[Flowable]:
        r = self.r
        addressee = Table([[para("（提供先）", self.s.small), ""]], colWidths=[24 * mm, 70 * mm])
        addressee.setStyle(TableStyle([BASE_FONT, ("LINEBELOW", (1, 0), (1, 0), 0.6, INK)]))
        return [
            para("事業者に関する情報提供", self.s.title),
            Spacer(1, 2 * mm),
            para(f"{r.issuer}　{wareki(r.created_at.date())}", self.s.body),
            Spacer(1, 2 * mm),
            addressee,
            Spacer(1, 2 * mm),
            para(
                "当センターに寄せられた相談のうち、下記の事業者に関するものをまとめました。相談の内容は、"
                "相談者を特定できる情報（氏名、電話番号、住所、メールアドレス、生年月日、各種番号など）を取り除き、"
                "〔氏名〕などの記号に置き換えています。",
                self.s.small,
            ),
        ]

    def fields(self, rows: Sequence[tuple[str, str]]) -> Table:
        return grid_table(
            [[para(label, self.s.cell), para(value, self.s.cell)] for label, value in rows],
            [_LABEL_W, CONTENT_WIDTH - _LABEL_W],
            self.s.font,
            header_rows=0,
            numeric_from=2,
            zebra=False,
            extra=[("BACKGROUND", (0, 0), (0, -1), HEADER_FILL), ("VALIGN", (0, 0), (-1, -1), "TOP")],
        )

    def identity(self) -> list[Flowable]:
        r = self.r
        rows = [
            ("事業者名", r.business_name),
            ("別名・表記ゆれ", "、".join(r.other_names) or "なし"),
            ("法人番号", "、".join(r.corporate_numbers) or "不明"),
            ("所在地", "、".join(r.addresses) or "不明"),
            ("電話番号", "、".join(r.phones) or "不明"),
            ("URL", "、".join(r.urls) or "不明"),
        ]
        return [section_heading("1. 事業者", self.s), Spacer(1, 1.5 * mm), self.fields(rows)]

    def summary(self) -> list[Flowable]:
        f = self.f

        def amount(summary: AmountSummary) -> str:
            if not summary.cases:
                return "記録なし"
            return f"合計 {_yen(summary.total)}　平均 {_yen(summary.average)}（金額の記録がある {summary.cases:,}件）"

        rows = [
            ("対象期間", self.period()),
            ("相談件数", f"{f.case_count:,}件"),
            ("うち個人情報関連", f"{f.pi_related:,}件"),
            ("契約購入金額", amount(f.contract)),
            ("既支払金額", amount(f.paid)),
            ("受け付けた所属", "、".join(f"{t.label} {t.count:,}件" for t in f.by_office) or "なし"),
        ]
        return [section_heading("2. 相談の概要", self.s), Spacer(1, 1.5 * mm), self.fields(rows)]

    def tally(self, title: str, tallies: Sequence[Tally], *, width: float, limit: int = 12) -> Table:
        total = self.f.case_count
        shown = list(tallies[:limit])
        rows: list[list[Any]] = [[title, "件数", "割合"]]
        rows += [[para(t.label, self.s.cell), f"{t.count:,}", _share(t.count, total)] for t in shown]
        rest = sum(t.count for t in tallies[limit:])
        if rest:
            rows.append([para(f"その他（{len(tallies) - limit}項目）", self.s.cell), f"{rest:,}", _share(rest, total)])
        if len(rows) == 1:
            rows.append([para("記録なし", self.s.cell), "", ""])
        return grid_table(rows, [width - 34 * mm, 16 * mm, 18 * mm], self.s.font)

    def pair(self, left: Flowable, right: Flowable) -> Table:
        table = Table([[left, "", right]], colWidths=[_HALF, _GAP, _HALF])
        table.setStyle(
            TableStyle(
                [BASE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
            )
        )  # fmt: skip
        return table

    def patterns(self) -> list[Flowable]:
        f = self.f
        note = para(
            "販売方法・手口は1件に複数ありうるため、合計は相談件数と一致しません。割合は相談件数に対する割合。",
            self.s.note,
        )
        return [
            section_heading("3. 相談の傾向", self.s),
            Spacer(1, 1.5 * mm),
            self.pair(
                self.tally("商品・役務（大分類）", f.by_product_top, width=_HALF),
                self.tally("販売購入形態", f.by_sales_form, width=_HALF),
            ),
            Spacer(1, 3 * mm),
            self.pair(
                self.tally("販売方法・手口", f.by_method, width=_HALF),
                self.tally("商品・役務", f.by_product, width=_HALF, limit=10),
            ),
            Spacer(1, 3 * mm),
            self.pair(
                self.tally("年度", f.by_fiscal_year, width=_HALF, limit=20),
                self.tally("直近12か月（受付月）", f.by_month, width=_HALF),
            ),
            Spacer(1, 3 * mm),
            self.pair(self.tally("処理結果", f.by_result, width=_HALF), Spacer(1, 1)),
            Spacer(1, 1 * mm),
            note,
        ]

    def case(self, line: BusinessCaseLine) -> Flowable:
        s = self.s
        facts = "　".join(
            part
            for part in (
                line.product,
                line.sales_form,
                line.methods,
                f"契約 {_yen(line.contract_amount)}" if line.contract_amount is not None else "",
                f"既払 {_yen(line.paid_amount)}" if line.paid_amount is not None else "",
                "個人情報関連" if line.pi_related else "",
            )
            if part
        )
        rows: list[list[Any]] = [
            [para(f"{line.number}", s.label), para(f"{line.subject}　{line.caption}", s.cell)],
            ["", para(facts, s.small)],
            ["", para(line.narrative, s.cell)],
            ["", para(f"処理結果：{line.result}　受付：{line.office}", s.small)],
        ]
        table = grid_table(
            rows,
            [10 * mm, CONTENT_WIDTH - 10 * mm],
            s.font,
            header_rows=0,
            numeric_from=2,
            zebra=False,
            split_in_row=True,
            extra=[
                ("SPAN", (0, 0), (0, -1)),
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("INNERGRID", (1, 0), (1, -1), 0, HEADER_FILL),
            ],
        )
        return KeepTogether([table, Spacer(1, 1.5 * mm)])

    def cases(self) -> list[Flowable]:
        f = self.f
        if f.listed_all:
            note = f"全 {f.case_count:,}件を新しい順に掲げます。"
        else:
            note = f"全 {f.case_count:,}件のうち、新しい {len(f.cases):,}件を新しい順に掲げます。"
        blocks: list[Flowable] = [section_heading("4. 相談の一覧（匿名化）", self.s), Spacer(1, 1 * mm), para(note, self.s.note)]
        if not f.cases:
            blocks.append(para("相談の記録はありません。", self.s.body))
        for line in f.cases:
            blocks += [Spacer(1, 1 * mm), self.case(line)]
        return blocks

    def story(self) -> list[Flowable]:
        gap = Spacer(1, 5 * mm)
        return [
            *self.head(), gap, KeepTogether(self.identity()), gap, KeepTogether(self.summary()), gap,
            *self.patterns(), gap, *self.cases(),
        ]  # fmt: skip


def render_business_report(
    report: BusinessReport, fonts_dir: Path, *, progress: Progress | None = None
) -> tuple[bytes, int]:
    """The 情報提供 report as PDF bytes and its page count."""
    styles = make_styles(fonts_dir)
    sheet = _Sheet(report, styles)
    created = f"{wareki(report.created_at.date())} {report.created_by}"
    return build_pdf(
        sheet.story(),
        title=f"事業者に関する情報提供（{report.business_name}）",
        author=report.created_by,
        font=styles.font,
        header=f"事業者に関する情報提供　{report.business_name}",
        footer=f"{report.issuer}　作成 {created}",
        progress=progress,
    )

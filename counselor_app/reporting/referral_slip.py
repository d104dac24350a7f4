"""The referral slip (移送票・紹介票・情報提供票): one A4 page per referral, personal data only within consent."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from counselor_app.reporting.fonts import register_japanese_font

TITLES = {"TRANSFER": "移送票", "INTRO": "紹介票", "INFO": "情報提供票"}


@dataclass(frozen=True)
class SlipData:
    """Everything printed on a slip, already filtered by the consent gate."""

    kind: str
    office_name: str
    office_code: str
    issued_on: str  # 和暦
    destination_name: str
    destination_contact: str
    case_no: str
    received_on: str  # 和暦
    subject: str
    summary: str
    request: str
    reason: str
    due_on: str
    consent_text: str
    caller: tuple[tuple[str, str], ...]  # (label, value or 〔本人同意なし〕)
    attributes: tuple[tuple[str, str], ...]  # non-personal attributes (年代, 性別, 職業, 商品・役務…)
    counselor: str


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def build_slip(data: SlipData, fonts_dir: Path) -> bytes:
    """Render one slip to PDF bytes (IPAexGothic embedded)."""
    font = register_japanese_font(fonts_dir)
    title_style = ParagraphStyle("title", fontName=font, fontSize=18, leading=24, alignment=TA_CENTER)
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=14)
    small = ParagraphStyle("small", fontName=font, fontSize=8.5, leading=11, textColor=colors.HexColor("#333333"))
    label = ParagraphStyle("label", parent=body, fontSize=9.5)

    def cell(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(_escape(text), style)

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"{TITLES.get(data.kind, '移送票')} {data.case_no}",
        author=data.office_name,
    )
    heading = Table(
        [
            [cell(f"{data.office_name}（{data.office_code}）", small), cell(f"発行日：{data.issued_on}", small)],
        ],
        colWidths=[120 * mm, 54 * mm],
    )
    heading.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))

    def grid(rows: list[list[Paragraph]], widths: list[float]) -> Table:
        table = Table(rows, colWidths=widths)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    widths = [36 * mm, 138 * mm]
    destination = grid(
        [
            [cell("宛先", label), cell(f"{data.destination_name}\n{data.destination_contact}".strip())],
            [cell("相談番号", label), cell(data.case_no)],
            [cell("受付日", label), cell(data.received_on)],
            [cell("件名", label), cell(data.subject)],
            [cell("依頼事項", label), cell(data.request or "（特になし）")],
            [cell("理由", label), cell(data.reason or "")],
            [cell("回答期限", label), cell(data.due_on or "（期限なし）")],
        ],
        widths,
    )
    caller = grid([[cell(name, label), cell(value)] for name, value in data.caller], widths)
    attributes = grid([[cell(name, label), cell(value)] for name, value in data.attributes], widths)
    summary = grid([[cell("相談概要", label), cell(data.summary)]], widths)
    story = [
        heading,
        Spacer(1, 4 * mm),
        Paragraph(TITLES.get(data.kind, "移送票"), title_style),
        Spacer(1, 5 * mm),
        destination,
        Spacer(1, 4 * mm),
        Paragraph("相談者（本人の同意の範囲で記載）", body),
        Spacer(1, 1.5 * mm),
        caller,
        Spacer(1, 1.5 * mm),
        Paragraph(_escape(data.consent_text), small),
        Spacer(1, 4 * mm),
        attributes,
        Spacer(1, 4 * mm),
        summary,
        Spacer(1, 8 * mm),
        Paragraph(_escape(f"担当：{data.counselor}　　{data.office_name}"), body),
    ]
    document.build(story)
    return buffer.getvalue()

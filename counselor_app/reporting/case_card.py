"""Drawing the 相談カード (the filing copy of one case): every field, handling log, referrals, 決裁欄."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from counselor_app.domain.calendar import fiscal_year_label, wareki
from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.entities import Party, Referral
from counselor_app.domain.report_data import CaseCardData
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

# What a referral's consent scope and shared fields name (Party field names and case parts).
FIELD_NAMES = {
    "name": "氏名",
    "name_kana": "氏名（カナ）",
    "phone": "電話番号",
    "email": "メール",
    "address": "住所",
    "postal_code": "郵便番号",
    "birth_date": "生年月日",
    "age": "年齢",
    "narrative": "相談概要",
    "business": "事業者",
}
REVIEW_ACTIONS = {"submitted": "決裁に提出", "approved": "決裁", "returned": "差し戻し"}
_LABEL_W = 26 * mm
_VALUE_W = CONTENT_WIDTH / 2 - _LABEL_W


def _when(moment: dt.datetime | None) -> str:
    return "" if moment is None else f"{wareki(moment.date())} {moment:%H:%M}"


def _day(day: dt.date | None) -> str:
    return "" if day is None else wareki(day)


def _yen(value: int | None) -> str:
    return "" if value is None else f"{value:,}円"


def _yes_no(value: bool | None) -> str:
    return {True: "あり", False: "なし", None: ""}[value]


class _Card:
    """Builds the card's flowables for one case."""

    def __init__(self, data: CaseCardData, lists: CodeLists, styles: Styles) -> None:
        self.data = data
        self.case = data.case
        self.lists = lists
        self.s = styles

    def name_of(self, login: str | None, *, with_login: bool = True) -> str:
        """A user's display name, with the login in brackets where space allows."""
        if not login:
            return ""
        display = self.data.user_names.get(login)
        if not display or display == login:
            return login
        return f"{display}（{login}）" if with_login else display

    def label(self, list_name: str, code: str | None) -> str:
        if code is None:
            return ""
        return self.lists[list_name].label_of(code, default=f"（{code}）")

    def section(self, title: str) -> Table:
        return section_heading(title, self.s)

    def fields(self, pairs: Sequence[tuple[str, str] | tuple[str, str, str, str]]) -> Table:
        """A 4-column label/value grid; a 2-tuple spans the whole width."""
        rows: list[list[Any]] = []
        spans: list[tuple[Any, ...]] = []
        for index, pair in enumerate(pairs):
            cells = [para(text, self.s.cell) for text in pair]
            if len(pair) == 2:
                rows.append([cells[0], cells[1], "", ""])
                spans.append(("SPAN", (1, index), (3, index)))
            else:
                rows.append(cells)
        extra: list[tuple[Any, ...]] = [*spans, ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for index, pair in enumerate(pairs):
            extra.append(("BACKGROUND", (0, index), (0, index), HEADER_FILL))
            if len(pair) == 4:
                extra.append(("BACKGROUND", (2, index), (2, index), HEADER_FILL))
        table = grid_table(
            rows,
            [_LABEL_W, _VALUE_W, _LABEL_W, _VALUE_W],
            self.s.font,
            header_rows=0,
            numeric_from=4,
            zebra=False,
            split_in_row=True,
            extra=extra,
        )
        return table

    # -- blocks ------------------------------------------------------------------------

    def title_and_stamps(self) -> Table:
        case = self.case
        title = [
            para("消費生活相談カード", self.s.title),
            Spacer(1, 2 * mm),
            para(f"相談番号　{case.case_no or ''}", self.s.heading),
            para(f"{self.data.office_name}　{fiscal_year_label(case.fiscal_year) if case.fiscal_year else ''}", self.s.body),
        ]
        box = 17 * mm
        approved = case.approved_at is not None and case.status == "closed"
        date_cell = (
            para(f"{wareki(case.approved_at.date())}\n{self.name_of(case.approved_by, with_login=False)}", self.s.small)
            if approved and case.approved_at is not None
            else ""
        )
        stamps = Table(
            [["所長", "主任", "担当", "決裁日"], ["", "", "", date_cell]],
            colWidths=[box, box, box, 30 * mm],
            rowHeights=[5.5 * mm, box],
        )
        stamps.setStyle(
            TableStyle(
                [
                    BASE_FONT,
                    ("FONT", (0, 0), (-1, -1), self.s.font, 8),
                    ("GRID", (0, 0), (-1, -1), 0.6, INK),
                    ("BOX", (0, 0), (-1, -1), 1.0, INK),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                    ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                    ("VALIGN", (3, 1), (3, 1), "MIDDLE"),
                ]
            )
        )
        status = self.label("case_status", case.status)
        state = (
            f"決裁済　{_when(case.approved_at)}　{self.name_of(case.approved_by)}"
            if approved
            else f"未決裁（状態：{status}）"
        )
        right = Table([["決裁欄"], [stamps], [para(state, self.s.small)]], colWidths=[3 * box + 30 * mm])
        right.setStyle(
            TableStyle(
                [
                    BASE_FONT,
                    ("FONT", (0, 0), (-1, -1), self.s.font, 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        left_w = CONTENT_WIDTH - (3 * box + 30 * mm) - 4 * mm
        outer = Table([[title, "", right]], colWidths=[left_w, 4 * mm, 3 * box + 30 * mm])
        outer.setStyle(
            TableStyle(
                [
                    BASE_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return outer

    def caution(self) -> Table:
        table = Table(
            [[para("取扱注意：個人情報を含む内部保存用の写しです。複写・持ち出しをしないでください。", self.s.small)]],
            colWidths=[CONTENT_WIDTH],
        )
        table.setStyle(TableStyle([BASE_FONT, ("BOX", (0, 0), (-1, -1), 0.8, INK), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
        return table

    def reception(self) -> list[Flowable]:
        c = self.case
        flags = "、".join(
            label for label, on in (("危害", c.harm), ("危険", c.danger)) if on
        ) or "なし"
        return [
            self.section("受付"),
            self.fields(
                [
                    ("受付日時", _when(c.received_at), "受付方法", self.label("channel", c.channel)),
                    ("相談区分", self.label("category", c.category), "危害・危険", flags),
                    ("経由相談", "該当" if c.via_center else "非該当", "状態", self.label("case_status", c.status)),
                    ("担当相談員", self.name_of(c.counselor), "所属", f"{self.data.office_name}（{c.office_code}）"),
                    ("分類の版", c.classification_version or "", "関連する相談", self.data.related_case_no or ""),
                ]
            ),
        ]

    def person(self, title: str, person: Party, *, same: bool = False) -> list[Flowable]:
        if same:
            return [self.section(title), self.fields([("契約当事者", "相談者と同じ")])]
        place = " ".join(
            part for part in (self.label("prefecture", person.prefecture), person.municipality or "") if part
        )
        return [
            self.section(title),
            self.fields(
                [
                    ("氏名", person.name or "", "氏名（カナ）", person.name_kana or ""),
                    ("電話番号", person.phone or "", "メール", person.email or ""),
                    ("郵便番号", person.postal_code or "", "生年月日", _day(person.birth_date)),
                    ("住所", person.address or ""),
                    ("年齢", "" if person.age is None else f"{person.age}歳", "年代", self.label("age_band", person.age_band)),
                    ("性別", self.label("gender", person.gender), "職業", self.label("occupation", person.occupation)),
                    ("相談者との関係", self.label("relation", person.relation), "居住地", place),
                ]
            ),
        ]

    def business(self) -> list[Flowable]:
        c = self.case
        registry = self.data.business
        rows: list[tuple[str, str] | tuple[str, str, str, str]] = [
            ("事業者名（記録）", c.business_name or "", "登録上の名称", registry.name if registry else "")
        ]
        if registry is not None:
            rows += [
                ("法人番号", registry.corporate_number or "", "電話番号", "、".join(registry.phones)),
                ("所在地", "、".join(registry.addresses)),
                ("URL", "、".join(registry.urls)),
            ]
        return [self.section("事業者"), self.fields(rows)]

    def contract(self) -> list[Flowable]:
        c = self.case
        return [
            self.section("商品・役務と契約"),
            self.fields(
                [
                    ("商品・役務", self.lists["product"].path_label(c.product) or ""),
                    ("販売購入形態", self.label("sales_form", c.sales_form), "支払方法", self.label("payment", c.payment)),
                    ("販売方法・手口", "、".join(self.label("sales_method", code) for code in c.methods)),
                    ("内容キーワード", "、".join(self.label("content_keyword", code) for code in c.keywords)),
                    ("契約購入金額", _yen(c.contract_amount), "既支払金額", _yen(c.paid_amount)),
                ]
            ),
        ]

    def content(self) -> list[Flowable]:
        c = self.case
        return [
            self.section("相談内容"),
            self.fields([("件名", c.subject), ("相談概要", c.narrative), ("処理結果", self.label("result", c.result))]),
        ]

    def assessment(self) -> list[Flowable]:
        pi = self.case.pi
        if pi is None:
            return [self.section("個人情報関連の判定"), self.fields([("判定", "未判定")])]
        suggestion = "、".join(
            part
            for part in (
                {True: "関連あり", False: "関連なし", None: ""}[pi.suggested_related],
                "・".join(self.label("pi_issue", code) for code in pi.suggested_issues),
                self.label("pi_holder", pi.suggested_holder),
                "" if pi.score is None else f"スコア {pi.score:.2f}",
            )
            if part
        )
        return [
            self.section("個人情報関連の判定"),
            self.fields(
                [
                    ("判定", self.label("pi_related", pi.related), "保有主体", self.label("pi_holder", pi.holder)),
                    ("事業分野", self.label("pi_sector", pi.sector), "窓口の体制", pi.regime or ""),
                    ("論点", "、".join(self.label("pi_issue", code) for code in pi.issues)),
                    ("提案（自動判定）", suggestion or "なし"),
                    ("判定の手がかり", "、".join(f"「{cue.text}」" for cue in pi.cues[:12]) or "なし"),
                    ("提案の変更", "変更あり" if pi.overridden else "なし", "判定者・日時", f"{self.name_of(pi.assessed_by)} {_when(pi.assessed_at)}"),
                ]
            ),
        ]

    def handling(self) -> list[Flowable]:
        entries = self.case.handling
        if not entries:
            return [self.section("処理経過"), para("記録なし", self.s.body)]
        rows: list[list[Any]] = [["日時", "相手方", "内容", "記録者"]]
        for entry in entries:
            rows.append(
                [
                    para(_when(entry.at), self.s.cell),
                    para(self.label("handling_counterpart", entry.counterpart), self.s.cell),
                    para(entry.text, self.s.cell),
                    para(self.name_of(entry.created_by, with_login=False), self.s.cell),
                ]
            )
        widths = [38 * mm, 18 * mm, CONTENT_WIDTH - 38 * mm - 18 * mm - 26 * mm, 26 * mm]
        table = grid_table(
            rows, widths, self.s.font, numeric_from=4, split_in_row=True, extra=[("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
        return [self.section("処理経過"), table]

    def referral(self, index: int, referral: Referral) -> Table:
        entry = self.data.destinations.get(referral.destination_id)
        destination = entry.name if entry else referral.destination_id
        if entry and entry.parent:
            destination = f"{destination}（{entry.parent}）"
        consent = _yes_no(referral.consent)
        if referral.consent:
            scope = "・".join(FIELD_NAMES.get(name, name) for name in referral.consent_scope)
            consent = f"あり（{_day(referral.consent_at)}）" + (f"　範囲：{scope}" if scope else "")
        return self.fields(
            [
                (f"{index}. 移送・紹介先", destination),
                ("種別", self.label("referral_kind", referral.kind), "日付", _day(referral.date)),
                ("方法", self.label("referral_method", referral.method), "状況", self.label("referral_status", referral.status)),
                ("理由", referral.reason or ""),
                ("本人の同意", consent),
                ("提供した項目", "・".join(FIELD_NAMES.get(name, name) for name in referral.shared_fields)),
                ("依頼内容", referral.request or ""),
                ("回答期限", _day(referral.due_date), "回答日", _day(referral.reply_date)),
                ("回答", referral.reply_text or ""),
                ("記録", f"{_when(referral.created_at)} {self.name_of(referral.created_by)}".strip()),
            ]
        )

    def referrals(self) -> list[Flowable]:
        if not self.case.referrals:
            return [self.section("移送・紹介・情報提供"), para("なし", self.s.body)]
        blocks: list[Flowable] = [self.section("移送・紹介・情報提供")]
        for index, referral in enumerate(self.case.referrals, start=1):
            blocks += [self.referral(index, referral), Spacer(1, 2 * mm)]
        return blocks

    def reviews(self) -> list[Flowable]:
        c = self.case
        head: list[Flowable] = [self.section("決裁の記録")]
        if c.review_comment and c.status == "open":
            head.append(para(f"差し戻しのコメント：{c.review_comment}", self.s.body))
            head.append(Spacer(1, 1.5 * mm))
        if not self.data.reviews:
            return [*head, para("記録なし", self.s.body)]
        rows: list[list[Any]] = [["日時", "操作", "担当", "コメント"]]
        for step in self.data.reviews:
            rows.append(
                [
                    para(_when(step.at), self.s.cell),
                    para(REVIEW_ACTIONS.get(step.action, step.action), self.s.cell),
                    para(self.name_of(step.actor, with_login=False), self.s.cell),
                    para(step.comment or "", self.s.cell),
                ]
            )
        widths = [38 * mm, 22 * mm, 26 * mm, CONTENT_WIDTH - 86 * mm]
        table = grid_table(
            rows, widths, self.s.font, numeric_from=4, split_in_row=True, extra=[("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
        return [*head, table]

    def record(self) -> list[Flowable]:
        c = self.case
        return [
            self.section("記録の履歴"),
            self.fields(
                [
                    ("作成", f"{_when(c.created_at)} {self.name_of(c.created_by)}", "更新", f"{_when(c.updated_at)} {self.name_of(c.updated_by)}"),
                    ("版", str(c.version), "識別子（UUID）", c.uuid or ""),
                ]
            ),
        ]

    def story(self) -> list[Flowable]:
        c = self.case
        gap = Spacer(1, 3 * mm)
        blocks: list[Flowable] = [self.title_and_stamps(), Spacer(1, 3 * mm), self.caution()]
        for part in (
            self.reception(),
            self.person("相談者", c.consultant),
            self.person("契約当事者", c.party, same=c.party_same_as_consultant),
            self.business(),
            self.contract(),
        ):
            blocks += [gap, KeepTogether(part)]
        for part in (self.content(), self.assessment()):
            blocks += [gap, KeepTogether(part)]
        blocks += [gap, *self.handling(), gap, *self.referrals(), gap, *self.reviews()]
        blocks += [gap, KeepTogether(self.record())]
        return blocks


def render_case_card(
    data: CaseCardData, lists: CodeLists, fonts_dir: Path, *, progress: Progress | None = None
) -> tuple[bytes, int]:
    """The 相談カード as PDF bytes and its page count."""
    styles = make_styles(fonts_dir)
    card = _Card(data, lists, styles)
    case_no = data.case.case_no or ""
    printed = f"{wareki(data.printed_at.date())} {data.printed_at:%H:%M} {data.printed_by}"
    return build_pdf(
        card.story(),
        title=f"相談カード {case_no}",
        author=data.printed_by,
        font=styles.font,
        header=f"相談カード　{case_no}　取扱注意（個人情報を含む）",
        footer=f"{data.office_name}　印刷 {printed}",
        progress=progress,
    )

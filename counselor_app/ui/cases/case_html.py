"""One case as HTML for reading: every field, the handling log (処理経過), PI judgement, referrals, re-consultations."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.entities import Case, CaseSummary, Party
from counselor_app.ui import theme
from counselor_app.ui.i18n import long_date
from counselor_app.ui.intake.field_text import person_field_label

CASE_LINK_PREFIX = "case:"


def _join(items: Iterable[str]) -> str:
    return QCoreApplication.translate("CaseHtml", "、").join(item for item in items if item)


# Headings used inside f-strings: named here so that lupdate extracts them (it cannot look inside f-strings).
_NO_SUBJECT = QT_TRANSLATE_NOOP("CaseHtml", '（件名なし）')
_CONSULTANT = QT_TRANSLATE_NOOP("CaseHtml", '相談者')
_PARTY = QT_TRANSLATE_NOOP("CaseHtml", '契約当事者')
_SAME_AS_CONSULTANT = QT_TRANSLATE_NOOP("CaseHtml", '相談者と同じ')
_BUSINESS_AND_PRODUCT = QT_TRANSLATE_NOOP("CaseHtml", '事業者・商品')
_SUMMARY = QT_TRANSLATE_NOOP("CaseHtml", '相談概要')
_PERSONAL_INFORMATION = QT_TRANSLATE_NOOP("CaseHtml", '個人情報')
_NONE_RECORDED = QT_TRANSLATE_NOOP("CaseHtml", '記録はありません')
_HANDLING = QT_TRANSLATE_NOOP("CaseHtml", '処理経過')
_DUE = QT_TRANSLATE_NOOP("CaseHtml", '期限 %1')
_REFERRALS = QT_TRANSLATE_NOOP("CaseHtml", '移送・紹介')
_EARLIER_CASE = QT_TRANSLATE_NOOP("CaseHtml", '前回の相談')
_NOT_SHOWN = QT_TRANSLATE_NOOP("CaseHtml", '（表示できません）')
_FOLLOW_UPS = QT_TRANSLATE_NOOP("CaseHtml", 'この相談の再相談')
_FOLLOW_UP = QT_TRANSLATE_NOOP("CaseHtml", '再相談')


def _heading(text: str) -> str:
    return QCoreApplication.translate("CaseHtml", text)


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _rows(pairs: Iterable[tuple[str, object]]) -> str:
    cells = []
    colours = theme.colours()
    empty = f"<span style='color:{colours.muted}'>—</span>"
    for label, value in pairs:
        text = "" if value in (None, "", ()) else str(value)
        cells.append(
            "<tr><th align='left' valign='top' style='padding:1px 10px 1px 0; white-space:nowrap;"
            f" color:{colours.heading}'>{_esc(label)}</th><td style='padding:1px 0'>{_esc(text) or empty}</td></tr>"
        )
    return "<table cellspacing='0'>" + "".join(cells) + "</table>"


def _yen(amount: int | None) -> str | None:
    return None if amount is None else QCoreApplication.translate("CaseHtml", "%1円").replace("%1", f"{amount:,}")


def _moment(value: object) -> str:
    if value is None:
        return ""
    date = value.date() if hasattr(value, "date") else value
    time = f" {value:%H:%M}" if hasattr(value, "hour") else ""
    return long_date(date) + time  # type: ignore[arg-type]


def _person(party: Party, lists: CodeLists, *, with_relation: bool) -> str:
    pairs: list[tuple[str, object]] = [
        (person_field_label("name"), party.name),
        (person_field_label("name_kana"), party.name_kana),
        (person_field_label("phone"), party.phone),
        (person_field_label("email"), party.email),
        (person_field_label("postal_code"), party.postal_code),
        (person_field_label("address"), party.address),
        (person_field_label("birth_date"), long_date(party.birth_date) if party.birth_date else None),
        (person_field_label("age"), None if party.age is None else QCoreApplication.translate("CaseHtml", "%1歳").replace("%1", str(party.age))),
        (person_field_label("age_band"), lists["age_band"].label_of(party.age_band)),
        (person_field_label("gender"), lists["gender"].label_of(party.gender)),
        (person_field_label("occupation"), lists["occupation"].label_of(party.occupation)),
        (person_field_label("prefecture"), lists["prefecture"].label_of(party.prefecture)),
        (person_field_label("municipality"), party.municipality),
    ]
    if with_relation:
        pairs.append((person_field_label("relation"), lists["relation"].label_of(party.relation)))
    return _rows(pairs)


def _summary_link(row: CaseSummary) -> str:
    return (
        f"<a href='{CASE_LINK_PREFIX}{row.id}'>{_esc(row.case_no)}</a> "
        f"{_esc(_moment(row.received_at))} {_esc(row.subject)}"
    )


def case_html(
    case: Case,
    lists: CodeLists,
    *,
    earlier: CaseSummary | None = None,
    later: Sequence[CaseSummary] = (),
    destinations: Mapping[str, str] | None = None,
    include_personal: bool = True,
    columns: int = 1,
) -> str:
    """Render a case; ``destinations`` maps directory ids to names for the referral list.

    ``columns=2`` puts reception and people on the left and the matter itself on the right
    (the detail view on a wide screen); the review step uses one column.
    """
    names = destinations or {}
    flags = [
        label
        for flag, label in ((case.harm, QCoreApplication.translate("CaseHtml", "危害")), (case.danger, QCoreApplication.translate("CaseHtml", "危険")), (case.via_center, QCoreApplication.translate("CaseHtml", "経由相談")))
        if flag
    ]
    head = _rows(
        [
            (QCoreApplication.translate("CaseHtml", "相談番号"), case.case_no or QCoreApplication.translate("CaseHtml", "（未保存）")),
            (QCoreApplication.translate("CaseHtml", "状態"), lists["case_status"].label_of(case.status)),
            (QCoreApplication.translate("CaseHtml", "受付日時"), _moment(case.received_at)),
            (QCoreApplication.translate("CaseHtml", "受付方法"), lists["channel"].label_of(case.channel)),
            (QCoreApplication.translate("CaseHtml", "相談区分"), lists["category"].label_of(case.category)),
            (QCoreApplication.translate("CaseHtml", "危害・危険・経由"), _join(flags)),
            (QCoreApplication.translate("CaseHtml", "担当"), case.counselor),
        ]
    )
    parts = [f"<h2 style='margin:0 0 6px 0'>{_esc(case.subject or _heading(_NO_SUBJECT))}</h2>", head]
    if include_personal:
        parts.append(f"<h3>{_esc(_heading(_CONSULTANT))}</h3>" + _person(case.consultant, lists, with_relation=False))
        if case.party_same_as_consultant:
            parts.append(f"<h3>{_esc(_heading(_PARTY))}</h3><p>{_esc(_heading(_SAME_AS_CONSULTANT))}</p>")
        else:
            parts.append(f"<h3>{_esc(_heading(_PARTY))}</h3>" + _person(case.party, lists, with_relation=True))
    left_count = len(parts)
    parts.append(
        f"<h3>{_esc(_heading(_BUSINESS_AND_PRODUCT))}</h3>"
        + _rows(
            [
                (QCoreApplication.translate("CaseHtml", "事業者"), case.business_name),
                (QCoreApplication.translate("CaseHtml", "登録簿"), QCoreApplication.translate("CaseHtml", "登録済み") if case.business_id else QCoreApplication.translate("CaseHtml", "未登録")),
                (QCoreApplication.translate("CaseHtml", "商品・役務"), lists["product"].path_label(case.product)),
                (QCoreApplication.translate("CaseHtml", "販売購入形態"), lists["sales_form"].label_of(case.sales_form)),
                (QCoreApplication.translate("CaseHtml", "販売方法・手口"), _join(lists["sales_method"].label_of(code) for code in case.methods)),
                (QCoreApplication.translate("CaseHtml", "相談内容キーワード"), _join(lists["content_keyword"].label_of(c) for c in case.keywords)),
                (QCoreApplication.translate("CaseHtml", "契約購入金額"), _yen(case.contract_amount)),
                (QCoreApplication.translate("CaseHtml", "既支払金額"), _yen(case.paid_amount)),
                (QCoreApplication.translate("CaseHtml", "支払方法"), lists["payment"].label_of(case.payment)),
            ]
        )
    )
    narrative = _esc(case.narrative).replace("\n", "<br>")
    parts.append(f"<h3>{_esc(_heading(_SUMMARY))}</h3><p style='margin-top:0'>{narrative or '—'}</p>")
    pi = case.pi
    parts.append(
        f"<h3>{_esc(_heading(_PERSONAL_INFORMATION))}</h3>"
        + _rows(
            [
                (QCoreApplication.translate("CaseHtml", "関連"), lists["pi_related"].label_of(pi.related) if pi else QCoreApplication.translate("CaseHtml", "未判定")),
                (QCoreApplication.translate("CaseHtml", "論点"), _join(lists["pi_issue"].label_of(code) for code in pi.issues) if pi else None),
                (QCoreApplication.translate("CaseHtml", "保有主体"), lists["pi_holder"].label_of(pi.holder) if pi else None),
                (QCoreApplication.translate("CaseHtml", "事業分野"), lists["pi_sector"].label_of(pi.sector) if pi else None),
            ]
        )
    )
    if case.handling:
        rows = "".join(
            "<tr>"
            f"<td style='padding:1px 8px 1px 0; white-space:nowrap'>{_esc(f'{entry.at:%Y/%m/%d %H:%M}')}</td>"
            f"<td style='padding:1px 8px 1px 0; white-space:nowrap'>"
            f"{_esc(lists['handling_counterpart'].label_of(entry.counterpart))}</td>"
            f"<td style='padding:1px 0'>{_esc(entry.text)}</td></tr>"
            for entry in case.handling
        )
        handling = f"<table cellspacing='0'>{rows}</table>"
    else:
        handling = f"<p>{_esc(_heading(_NONE_RECORDED))}</p>"
    parts.append(f"<h3>{_esc(_heading(_HANDLING))}</h3>{handling}")
    parts.append(_rows([(QCoreApplication.translate("CaseHtml", "処理結果"), lists["result"].label_of(case.result))]))
    if case.referrals:
        rows = "".join(
            "<tr>"
            f"<td style='padding:1px 8px 1px 0'>{_esc(f'{ref.date:%Y/%m/%d}')}</td>"
            f"<td style='padding:1px 8px 1px 0'>{_esc(lists['referral_kind'].label_of(ref.kind))}</td>"
            f"<td style='padding:1px 8px 1px 0'>{_esc(names.get(ref.destination_id, ref.destination_id))}</td>"
            f"<td style='padding:1px 8px 1px 0'>{_esc(lists['referral_status'].label_of(ref.status))}</td>"
            f"<td>{_esc(_heading(_DUE).replace('%1', f'{ref.due_date:%Y/%m/%d}') if ref.due_date else '')}</td>"
            "</tr>"
            for ref in case.referrals
        )
        parts.append(f"<h3>{_esc(_heading(_REFERRALS))}</h3><table cellspacing='0'>{rows}</table>")
    reconsult = []
    if earlier is not None:
        reconsult.append(f"<p>{_esc(_heading(_EARLIER_CASE))}: {_summary_link(earlier)}</p>")
    elif case.related_case_uuid:
        reconsult.append(f"<p>{_esc(_heading(_EARLIER_CASE))}: {_esc(_heading(_NOT_SHOWN))}</p>")
    if later:
        items = "".join(f"<li>{_summary_link(row)}</li>" for row in later)
        reconsult.append(f"<p>{_esc(_heading(_FOLLOW_UPS))}:</p><ul>{items}</ul>")
    if reconsult:
        parts.append(f"<h3>{_esc(_heading(_FOLLOW_UP))}</h3>" + "".join(reconsult))
    footer = _rows(
        [
            (QCoreApplication.translate("CaseHtml", "登録"), f"{_moment(case.created_at)} {case.created_by or ''}" if case.created_at else None),
            (QCoreApplication.translate("CaseHtml", "更新"), f"{_moment(case.updated_at)} {case.updated_by or ''}" if case.updated_at else None),
            (QCoreApplication.translate("CaseHtml", "版"), case.version or None),
            (QCoreApplication.translate("CaseHtml", "分類の版"), case.classification_version),
        ]
    )
    footer_html = f"<div style='color:{theme.colours().muted}; margin-top:8px'>{footer}</div>"
    if columns == 2:
        return (
            "<table width='100%' cellspacing='0'><tr>"
            f"<td width='44%' valign='top'>{''.join(parts[:left_count])}</td>"
            f"<td width='56%' valign='top' style='padding-left:24px'>{''.join(parts[left_count:])}</td>"
            f"</tr></table>{footer_html}"
        )
    return "".join(parts) + footer_html

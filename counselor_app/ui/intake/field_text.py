"""Translated names of case fields and translated wording of case-rule issues (domain text stays Japanese)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from counselor_app.domain.case_rules import RuleIssue
from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.entities import Party
from counselor_app.ui import theme

_CONTEXT = "CaseFields"

# Field path -> label, for inline messages, the review list and "theirs vs mine".
_LABELS: dict[str, str] = {
    "received_at": QT_TRANSLATE_NOOP("CaseFields", "受付日時"),
    "channel": QT_TRANSLATE_NOOP("CaseFields", "受付方法"),
    "category": QT_TRANSLATE_NOOP("CaseFields", "相談区分"),
    "harm": QT_TRANSLATE_NOOP("CaseFields", "危害"),
    "danger": QT_TRANSLATE_NOOP("CaseFields", "危険"),
    "via_center": QT_TRANSLATE_NOOP("CaseFields", "経由相談"),
    "related_case_uuid": QT_TRANSLATE_NOOP("CaseFields", "再相談（前回の相談）"),
    "party_same_as_consultant": QT_TRANSLATE_NOOP("CaseFields", "契約当事者は相談者と同じ"),
    "business_id": QT_TRANSLATE_NOOP("CaseFields", "事業者（登録簿）"),
    "business_name": QT_TRANSLATE_NOOP("CaseFields", "事業者名"),
    "product": QT_TRANSLATE_NOOP("CaseFields", "商品・役務"),
    "sales_form": QT_TRANSLATE_NOOP("CaseFields", "販売購入形態"),
    "methods": QT_TRANSLATE_NOOP("CaseFields", "販売方法・手口"),
    "keywords": QT_TRANSLATE_NOOP("CaseFields", "相談内容キーワード"),
    "payment": QT_TRANSLATE_NOOP("CaseFields", "支払方法"),
    "contract_amount": QT_TRANSLATE_NOOP("CaseFields", "契約購入金額"),
    "paid_amount": QT_TRANSLATE_NOOP("CaseFields", "既支払金額"),
    "subject": QT_TRANSLATE_NOOP("CaseFields", "件名"),
    "narrative": QT_TRANSLATE_NOOP("CaseFields", "相談概要"),
    "result": QT_TRANSLATE_NOOP("CaseFields", "処理結果"),
    "status": QT_TRANSLATE_NOOP("CaseFields", "状態"),
    "counselor": QT_TRANSLATE_NOOP("CaseFields", "担当"),
    "handling": QT_TRANSLATE_NOOP("CaseFields", "処理経過"),
    "office_code": QT_TRANSLATE_NOOP("CaseFields", "所属"),
    "approved_by": QT_TRANSLATE_NOOP("CaseFields", "決裁者"),
    "approved_at": QT_TRANSLATE_NOOP("CaseFields", "決裁日時"),
    "review_comment": QT_TRANSLATE_NOOP("CaseFields", "決裁コメント"),
    "classification_version": QT_TRANSLATE_NOOP("CaseFields", "分類の版"),
    "case_no": QT_TRANSLATE_NOOP("CaseFields", "相談番号"),
    "fiscal_year": QT_TRANSLATE_NOOP("CaseFields", "年度"),
    "uuid": QT_TRANSLATE_NOOP("CaseFields", "識別子"),
    "pi.related": QT_TRANSLATE_NOOP("CaseFields", "個人情報関連"),
    "pi.issues": QT_TRANSLATE_NOOP("CaseFields", "個人情報の論点"),
    "pi.holder": QT_TRANSLATE_NOOP("CaseFields", "個人情報の保有主体"),
    "pi.sector": QT_TRANSLATE_NOOP("CaseFields", "事業分野"),
}
_PERSON: dict[str, str] = {
    "consultant": QT_TRANSLATE_NOOP("CaseFields", "相談者"),
    "party": QT_TRANSLATE_NOOP("CaseFields", "契約当事者"),
}
_PERSON_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("CaseFields", "氏名"),
    "name_kana": QT_TRANSLATE_NOOP("CaseFields", "フリガナ"),
    "phone": QT_TRANSLATE_NOOP("CaseFields", "電話番号"),
    "email": QT_TRANSLATE_NOOP("CaseFields", "メール"),
    "address": QT_TRANSLATE_NOOP("CaseFields", "住所"),
    "postal_code": QT_TRANSLATE_NOOP("CaseFields", "郵便番号"),
    "birth_date": QT_TRANSLATE_NOOP("CaseFields", "生年月日"),
    "age": QT_TRANSLATE_NOOP("CaseFields", "年齢"),
    "age_band": QT_TRANSLATE_NOOP("CaseFields", "年代"),
    "gender": QT_TRANSLATE_NOOP("CaseFields", "性別"),
    "occupation": QT_TRANSLATE_NOOP("CaseFields", "職業"),
    "relation": QT_TRANSLATE_NOOP("CaseFields", "相談者との関係"),
    "prefecture": QT_TRANSLATE_NOOP("CaseFields", "都道府県"),
    "municipality": QT_TRANSLATE_NOOP("CaseFields", "市区町村"),
}

# Fixed messages of domain/case_rules.py; variable ones are worded below by field and severity.
_RULE_MESSAGES = (
    QT_TRANSLATE_NOOP("RuleMessages", "受付日時が未来になっています"),
    QT_TRANSLATE_NOOP("RuleMessages", "受付日時が古すぎます（1984年以降）"),
    QT_TRANSLATE_NOOP("RuleMessages", "相談概要を入力してください"),
    QT_TRANSLATE_NOOP("RuleMessages", "金額は0以上です"),
    QT_TRANSLATE_NOOP("RuleMessages", "既支払金額が契約購入金額を超えています"),
    QT_TRANSLATE_NOOP("RuleMessages", "生年月日が受付日より後です"),
    QT_TRANSLATE_NOOP("RuleMessages", "年齢は0〜120で入力してください"),
    QT_TRANSLATE_NOOP("RuleMessages", "相談区分を選んでください"),
)


def field_label(path: str) -> str:
    """The translated name of a field path such as ``party.age_band``."""
    if path in _LABELS:
        return QCoreApplication.translate(_CONTEXT, _LABELS[path])
    person, _, inner = path.partition(".")
    if person in _PERSON and inner in _PERSON_FIELDS:
        return (
            QCoreApplication.translate("CaseFields", "%1の%2")
            .replace("%1", QCoreApplication.translate(_CONTEXT, _PERSON[person]))
            .replace("%2", QCoreApplication.translate(_CONTEXT, _PERSON_FIELDS[inner]))
        )
    return path


def person_field_label(inner: str) -> str:
    """The translated name of a person's field (氏名, 年代, …) without the person."""
    return QCoreApplication.translate(_CONTEXT, _PERSON_FIELDS.get(inner, inner))


def issue_text(issue: RuleIssue) -> str:
    """The issue's message in the interface language."""
    if issue.message in _RULE_MESSAGES:
        return QCoreApplication.translate("RuleMessages", issue.message)
    if issue.severity == "missing":
        return QCoreApplication.translate("RuleMessages", "%1が未入力です").replace("%1", field_label(issue.field))
    if issue.field.endswith(".age_band") and issue.severity == "warning":
        return QCoreApplication.translate("RuleMessages", "年齢と年代が合いません")
    if issue.severity == "error":
        # The remaining errors of case_rules name a code that is not in its code list.
        return QCoreApplication.translate("RuleMessages", "一覧にない値です")
    return issue.message


def severity_text(severity: str) -> str:
    """Error / missing / warning, translated."""
    names = {
        "error": QT_TRANSLATE_NOOP("RuleMessages", "エラー"),
        "missing": QT_TRANSLATE_NOOP("RuleMessages", "未入力"),
        "warning": QT_TRANSLATE_NOOP("RuleMessages", "注意"),
    }
    return QCoreApplication.translate("RuleMessages", names.get(severity, severity))


# Each severity has a symbol as well as a colour: nothing is told by colour alone.
SEVERITY_SYMBOLS = {"error": "●", "warning": "▲", "missing": "○"}


def severity_colour(severity: str) -> str:
    """The theme's colour for error / warning / missing."""
    colours = theme.colours()
    return {"error": colours.error, "warning": colours.warning, "missing": colours.missing}.get(severity, colours.text)


# Field path -> code list used to show its codes as labels.
_CODE_LISTS = {
    "channel": "channel",
    "category": "category",
    "product": "product",
    "sales_form": "sales_form",
    "payment": "payment",
    "result": "result",
    "status": "case_status",
    "methods": "sales_method",
    "keywords": "content_keyword",
    "pi.related": "pi_related",
    "pi.issues": "pi_issue",
    "pi.holder": "pi_holder",
    "pi.sector": "pi_sector",
    "age_band": "age_band",
    "gender": "gender",
    "occupation": "occupation",
    "relation": "relation",
    "prefecture": "prefecture",
}


def display_value(path: str, value: object, lists: CodeLists) -> str:
    """A stored value as a person reads it (labels for codes, 和暦-free short dates, はい/いいえ)."""
    if value is None or value in ("", ()):
        return ""
    key = path.split(".", 1)[1] if path.startswith(("consultant.", "party.")) else path
    list_name = _CODE_LISTS.get(key)
    if list_name is not None:
        codelist = lists[list_name]
        if isinstance(value, tuple | list):
            return QCoreApplication.translate("CaseFields", "、").join(codelist.label_of(str(v), str(v)) for v in value)
        return codelist.path_label(str(value)) if codelist.hierarchical else codelist.label_of(str(value), str(value))
    if isinstance(value, bool):
        return QCoreApplication.translate("CaseFields", "はい") if value else QCoreApplication.translate("CaseFields", "いいえ")
    if isinstance(value, dt.datetime):
        return f"{value:%Y/%m/%d %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%Y/%m/%d}"
    if path in ("contract_amount", "paid_amount") and isinstance(value, int):
        return QCoreApplication.translate("CaseFields", "%1円").replace("%1", f"{value:,}")
    if path == "handling" and isinstance(value, tuple):
        return QCoreApplication.translate("CaseFields", "%1 件").replace("%1", str(len(value)))
    if path == "related_case_uuid":
        return QCoreApplication.translate("CaseFields", "あり")
    return str(value)


def party_profile(party: Party, lists: CodeLists) -> str:
    """年代 性別 職業 of a party in one line (what a list or a summary says of the contract party)."""
    labels = (
        lists["age_band"].label_of(party.age_band),
        lists["gender"].label_of(party.gender),
        lists["occupation"].label_of(party.occupation),
    )
    return " ".join(label for label in labels if label)

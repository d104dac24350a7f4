"""Rules a case must satisfy: hard errors block saving; missing items block submission for approval."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.entities import Case, Party

Severity = Literal["error", "missing", "warning"]

# Labels of 相談区分 and what a counselor must have asked before the case goes to 決裁.
_REQUIRED_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "苦情": ("channel", "subject", "party.age_band", "party.gender", "product", "sales_form", "result"),
    "問合せ": ("channel", "subject", "result"),
    "要望": ("channel", "subject", "result"),
}
FIELD_LABELS: dict[str, str] = {
    "received_at": "受付日時",
    "channel": "受付方法",
    "category": "相談区分",
    "subject": "件名",
    "narrative": "相談概要",
    "party.age_band": "契約当事者の年代",
    "party.gender": "契約当事者の性別",
    "product": "商品・役務",
    "sales_form": "販売購入形態",
    "result": "処理結果",
    "paid_amount": "既支払金額",
    "contract_amount": "契約購入金額",
    "consultant.age": "相談者の年齢",
    "party.age": "契約当事者の年齢",
}


@dataclass(frozen=True)
class RuleIssue:
    """One problem with a case, tied to a field."""

    field: str
    severity: Severity
    message: str


def _code_checks(case: Case, codelists: CodeLists) -> list[RuleIssue]:
    issues: list[RuleIssue] = []
    checks = [
        ("channel", "channel", case.channel),
        ("category", "category", case.category),
        ("product", "product", case.product),
        ("sales_form", "sales_form", case.sales_form),
        ("payment", "payment", case.payment),
        ("result", "result", case.result),
    ]
    for person, party in (("consultant", case.consultant), ("party", case.party)):
        checks += [
            (f"{person}.age_band", "age_band", party.age_band),
            (f"{person}.gender", "gender", party.gender),
            (f"{person}.occupation", "occupation", party.occupation),
            (f"{person}.relation", "relation", party.relation),
            (f"{person}.prefecture", "prefecture", party.prefecture),
        ]
    for field, list_name, code in checks:
        if code is not None and codelists[list_name].get(code) is None:
            issues.append(
                RuleIssue(field, "error", f"コード {code!r} は{codelists[list_name].label}にありません")
            )
    for code in case.methods:
        if codelists["sales_method"].get(code) is None:
            issues.append(RuleIssue("methods", "error", f"コード {code!r} は販売方法・手口にありません"))
    for code in case.keywords:
        if codelists["content_keyword"].get(code) is None:
            issues.append(RuleIssue("keywords", "error", f"コード {code!r} は相談内容キーワードにありません"))
    return issues


def _age_checks(prefix: str, party: Party, codelists: CodeLists) -> list[RuleIssue]:
    if party.age is None:
        return []
    if not 0 <= party.age <= 120:
        return [RuleIssue(f"{prefix}.age", "error", "年齢は0〜120で入力してください")]
    expected = codelists.age_band_for(party.age)
    if party.age_band and party.age_band not in (expected, "UNK"):
        return [
            RuleIssue(
                f"{prefix}.age_band",
                "warning",
                f"年齢 {party.age} 歳と年代（{codelists['age_band'].label_of(party.age_band)}）が合いません",
            )
        ]
    return []


def check_case(case: Case, codelists: CodeLists, *, now: dt.datetime) -> list[RuleIssue]:
    """Every rule issue of a case, in field order."""
    issues: list[RuleIssue] = []
    if case.received_at > now + dt.timedelta(minutes=5):
        issues.append(RuleIssue("received_at", "error", "受付日時が未来になっています"))
    if case.received_at.year < 1984:
        issues.append(RuleIssue("received_at", "error", "受付日時が古すぎます（1984年以降）"))
    if not case.narrative.strip():
        issues.append(RuleIssue("narrative", "error", "相談概要を入力してください"))
    for name, amount in (("contract_amount", case.contract_amount), ("paid_amount", case.paid_amount)):
        if amount is not None and amount < 0:
            issues.append(RuleIssue(name, "error", "金額は0以上です"))
    if (
        case.contract_amount is not None
        and case.paid_amount is not None
        and case.paid_amount > case.contract_amount
    ):
        issues.append(RuleIssue("paid_amount", "warning", "既支払金額が契約購入金額を超えています"))
    for prefix, party in (("consultant", case.consultant), ("party", case.party)):
        if party.birth_date and party.birth_date > case.received_at.date():
            issues.append(RuleIssue(f"{prefix}.birth_date", "error", "生年月日が受付日より後です"))
        issues.extend(_age_checks(prefix, party, codelists))
    issues.extend(_code_checks(case, codelists))
    category_label = codelists["category"].label_of(case.category)
    if case.category is None:
        issues.append(RuleIssue("category", "missing", "相談区分を選んでください"))
    for field in _REQUIRED_BY_CATEGORY.get(category_label, ()):
        if not _value(case, field):
            issues.append(RuleIssue(field, "missing", f"{FIELD_LABELS.get(field, field)}が未入力です"))
    return issues


def _value(case: Case, field: str) -> object:
    if field.startswith("party."):
        party = case.consultant if case.party_same_as_consultant else case.party
        return getattr(party, field.split(".", 1)[1])
    if field.startswith("consultant."):
        return getattr(case.consultant, field.split(".", 1)[1])
    return getattr(case, field)


def blocking(issues: list[RuleIssue], *, for_submission: bool) -> list[RuleIssue]:
    """Issues that stop a save (errors) or a submission (errors and missing items)."""
    stops: tuple[Severity, ...] = ("error", "missing") if for_submission else ("error",)
    return [issue for issue in issues if issue.severity in stops]

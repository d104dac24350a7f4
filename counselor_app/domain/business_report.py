"""情報提供 about a business: its anonymised cases, the patterns in them and the amounts, for a ministry window.

Built from the casebook rows of the business's cases (scrubbed texts, codes; no personal
field), so nothing here can carry a caller's identity. Business data itself (names,
法人番号, the registry's phones, addresses and URLs) is not personal data in this
application and is what the ministry needs.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from counselor_app.domain import casebook as cb
from counselor_app.domain.business_registry import AmountSummary
from counselor_app.domain.calendar import fiscal_year_label
from counselor_app.domain.codelists import CodeLists

DEFAULT_LISTED = 200
MONTHS_SHOWN = 12


@dataclass(frozen=True)
class Tally:
    """A labelled count."""

    label: str
    count: int


@dataclass(frozen=True)
class BusinessCaseLine:
    """One anonymised case of the business as listed for the ministry."""

    number: int
    caption: str
    office: str
    product: str
    sales_form: str
    methods: str
    contract_amount: int | None
    paid_amount: int | None
    result: str
    pi_related: bool
    subject: str
    narrative: str


@dataclass(frozen=True)
class BusinessFigures:
    """What the cases of a business show: counts, patterns, amounts and the anonymised list."""

    case_count: int
    first_received: dt.date | None
    last_received: dt.date | None
    by_office: tuple[Tally, ...]
    by_product_top: tuple[Tally, ...]
    by_product: tuple[Tally, ...]
    by_sales_form: tuple[Tally, ...]
    by_method: tuple[Tally, ...]
    by_fiscal_year: tuple[Tally, ...]
    by_month: tuple[Tally, ...]
    by_result: tuple[Tally, ...]
    pi_related: int
    contract: AmountSummary
    paid: AmountSummary
    cases: tuple[BusinessCaseLine, ...]

    @property
    def listed_all(self) -> bool:
        """True when every case is in the list."""
        return len(self.cases) == self.case_count


@dataclass(frozen=True)
class BusinessReport:
    """Everything the 情報提供 PDF prints about one business."""

    business_id: int
    business_name: str
    other_names: tuple[str, ...]
    corporate_numbers: tuple[str, ...]
    phones: tuple[str, ...]
    addresses: tuple[str, ...]
    urls: tuple[str, ...]
    issuer: str
    created_at: dt.datetime
    created_by: str
    start: dt.date | None
    end: dt.date | None
    figures: BusinessFigures


def _ranked(counts: Counter[str]) -> tuple[Tally, ...]:
    return tuple(Tally(label, n) for label, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _month_of(received: str) -> tuple[int, int]:
    return int(received[:4]), int(received[5:7])


def summarise(
    rows: Sequence[tuple[str, cb.CasebookRow]],
    codelists: CodeLists,
    office_names: Mapping[str, str],
    *,
    listed: int,
) -> BusinessFigures:
    """The counts, amounts and case list (newest first, at most ``listed``; 0: all) of a business's rows.

    ``rows`` are (office code, casebook row), oldest first. Amounts count the cases where
    one was recorded (as the business window does); averages are over those cases.
    """
    products = codelists["product"]
    tops: Counter[str] = Counter()
    items: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    methods: Counter[str] = Counter()
    years: Counter[int] = Counter()
    months: Counter[tuple[int, int]] = Counter()
    offices: Counter[str] = Counter()
    results: Counter[str] = Counter()
    contract = [0, 0]
    paid = [0, 0]
    pi_related = 0
    for office, row in rows:
        top = products.top_of(row.product)
        tops[top.label if top else "記録なし"] += 1
        items[products.path_label(row.product) or "記録なし"] += 1
        forms[codelists["sales_form"].label_of(row.sales_form, "記録なし")] += 1
        for code in set(row.methods):
            methods[codelists["sales_method"].label_of(code, code)] += 1
        year, month = _month_of(row.received)
        years[year if month >= 4 else year - 1] += 1
        months[(year, month)] += 1
        offices[office_names.get(office, office)] += 1
        results[codelists["result"].label_of(row.result, "記録なし")] += 1
        if row.contract_amount is not None:
            contract[0] += 1
            contract[1] += row.contract_amount
        if row.paid_amount is not None:
            paid[0] += 1
            paid[1] += row.paid_amount
        pi_related += row.pi_related == "yes"
    recent: list[Tally] = []
    if months:
        year, month = max(months)
        for _ in range(MONTHS_SHOWN):
            recent.append(Tally(f"{year}年{month}月", months[(year, month)]))
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        recent.reverse()
    shown = rows[-listed:] if listed else rows
    lines = []
    for number, (office, row) in enumerate(reversed(shown), start=1):
        year, month = _month_of(row.received)
        lines.append(
            BusinessCaseLine(
                number=number,
                caption=cb.caption_of(year, month, row.party_age_band, row.party_gender, row.party_occupation, codelists),
                office=office_names.get(office, office),
                product=products.path_label(row.product) or "記録なし",
                sales_form=codelists["sales_form"].label_of(row.sales_form, "記録なし"),
                methods="、".join(codelists["sales_method"].label_of(code, code) for code in row.methods),
                contract_amount=row.contract_amount,
                paid_amount=row.paid_amount,
                result=codelists["result"].label_of(row.result, "記録なし"),
                pi_related=row.pi_related == "yes",
                subject=row.subject,
                narrative=row.narrative,
            )
        )
    return BusinessFigures(
        case_count=len(rows),
        first_received=dt.date.fromisoformat(rows[0][1].received[:10]) if rows else None,
        last_received=dt.date.fromisoformat(rows[-1][1].received[:10]) if rows else None,
        by_office=_ranked(offices),
        by_product_top=_ranked(tops),
        by_product=_ranked(items),
        by_sales_form=_ranked(forms),
        by_method=_ranked(methods),
        by_fiscal_year=tuple(Tally(fiscal_year_label(year), years[year]) for year in sorted(years)),
        by_month=tuple(recent),
        by_result=_ranked(results),
        pi_related=pi_related,
        contract=AmountSummary(contract[0], contract[1]),
        paid=AmountSummary(paid[0], paid[1]),
        cases=tuple(lines),
    )

"""The anonymised casebook: its rows in the NCAC aggregation shape, captions, aggregate tables, and reading rows back.

Pure functions over code lists: the services read the database and files, this
module decides what a casebook row says. ``caption`` and ``scrub_case`` are the
pieces the 対応事例集 PDF reuses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from counselor_app.domain.amounts import parse_yen
from counselor_app.domain.calendar import ERAS, fiscal_year
from counselor_app.domain.codelists import CodeItem, CodeList, CodeLists
from counselor_app.domain.entities import Case, Party, PiAssessment, Referral
from counselor_app.domain.errors import ValidationError
from counselor_app.domain.scrubber import PersonalValues, ScrubResult, scrub

# -- what a case contributes ---------------------------------------------------------------


class PartyFacts(NamedTuple):
    """A 相談者 or 契約当事者 as the casebook needs it (personal fields only feed the scrubber)."""

    age_band: str | None = None
    gender: str | None = None
    occupation: str | None = None
    relation: str | None = None
    prefecture: str | None = None
    municipality: str | None = None
    name: str | None = None
    name_kana: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    postal_code: str | None = None
    birth_date: dt.date | None = None


class ReferralFacts(NamedTuple):
    """A referral as published: where, what kind, when, whether the caller agreed."""

    destination_id: str
    kind: str
    date: dt.date
    consent: bool | None


class CaseFacts(NamedTuple):
    """Everything one casebook row is built from (read in bulk, so a tuple, not a Case)."""

    case_no: str | None
    received_at: dt.datetime
    classification_version: str | None
    channel: str | None
    category: str | None
    harm: bool
    danger: bool
    via_center: bool
    consultant: PartyFacts
    party: PartyFacts
    business_name: str | None
    corporate_number: str | None
    product: str | None
    sales_form: str | None
    payment: str | None
    contract_amount: int | None
    paid_amount: int | None
    subject: str
    narrative: str
    result: str | None
    pi_related: str | None
    pi_issues: tuple[str, ...]
    pi_holder: str | None
    pi_sector: str | None
    methods: tuple[str, ...]
    keywords: tuple[str, ...]
    referrals: tuple[ReferralFacts, ...]


_PERSONAL = ("name", "name_kana", "phone", "email", "address", "postal_code", "birth_date")


def party_facts(party: Party) -> PartyFacts:
    """The casebook view of a domain Party."""
    return PartyFacts(
        age_band=party.age_band,
        gender=party.gender,
        occupation=party.occupation,
        relation=party.relation,
        prefecture=party.prefecture,
        municipality=party.municipality,
        name=party.name,
        name_kana=party.name_kana,
        phone=party.phone,
        email=party.email,
        address=party.address,
        postal_code=party.postal_code,
        birth_date=party.birth_date,
    )


def case_facts(case: Case, *, corporate_number: str | None = None) -> CaseFacts:
    """The casebook view of a full Case (the bulk export builds CaseFacts straight from rows)."""
    consultant = party_facts(case.consultant)
    party = consultant if case.party_same_as_consultant else party_facts(case.party)
    pi = case.pi
    return CaseFacts(
        case_no=case.case_no,
        received_at=case.received_at,
        classification_version=case.classification_version,
        channel=case.channel,
        category=case.category,
        harm=case.harm,
        danger=case.danger,
        via_center=case.via_center,
        consultant=consultant,
        party=party,
        business_name=case.business_name,
        corporate_number=corporate_number,
        product=case.product,
        sales_form=case.sales_form,
        payment=case.payment,
        contract_amount=case.contract_amount,
        paid_amount=case.paid_amount,
        subject=case.subject,
        narrative=case.narrative,
        result=case.result,
        pi_related=pi.related if pi else None,
        pi_issues=tuple(pi.issues) if pi else (),
        pi_holder=pi.holder if pi else None,
        pi_sector=pi.sector if pi else None,
        methods=tuple(case.methods),
        keywords=tuple(case.keywords),
        referrals=tuple(ReferralFacts(r.destination_id, r.kind, r.date, r.consent) for r in case.referrals),
    )


def personal_values(facts: CaseFacts) -> PersonalValues:
    """The case's own personal values (both people), prepared for the scrubber."""
    values: list[tuple[str, str]] = []
    people = (facts.consultant,) if facts.party is facts.consultant else (facts.consultant, facts.party)
    for person in people:
        for name in _PERSONAL:
            value = getattr(person, name)
            if value:
                values.append((name, value.isoformat() if isinstance(value, dt.date) else str(value)))
    return PersonalValues(values)


def scrub_case(case: Case | CaseFacts, text: str | None = None) -> ScrubResult:
    """Scrub a case's narrative (or ``text``, e.g. its subject) of its own and any personal data."""
    facts = case if isinstance(case, CaseFacts) else case_facts(case)
    return scrub(facts.narrative if text is None else text, personal_values(facts))


# -- captions ------------------------------------------------------------------------------


def caption(case: Case | CaseFacts, codelists: CodeLists) -> str:
    """The NCAC-style line under a case example: (2026年10月受付 契約当事者:70歳代、女性、家事従事者).

    Unknown attributes are left out; with none known the line is (2026年10月受付).
    """
    facts = case if isinstance(case, CaseFacts) else case_facts(case)
    party = facts.party
    parts = []
    band = codelists["age_band"].get(party.age_band)
    if band is not None and band.code != "UNK":
        parts.append(band.label)
    gender = codelists["gender"].get(party.gender)
    if gender is not None and gender.code != "U":
        parts.append(gender.label)
    occupation = codelists["occupation"].get(party.occupation)
    if occupation is not None and occupation.label != "不明" and occupation.label not in parts:
        parts.append(occupation.label)
    received = f"{facts.received_at.year}年{facts.received_at.month}月受付"
    if not parts:
        return f"({received})"
    return f"({received} 契約当事者:{'、'.join(parts)})"


# -- the casebook layout -------------------------------------------------------------------

CODE = "_コード"
MULTI_SEPARATOR = ":"  # 販売方法・手口:インターネット通販
REFERRAL_SEPARATOR = "；"
REFERRAL_KIND_SEPARATOR = "："
# Flags and indicator columns hold 1 when set and stay empty otherwise.
ON = 1

# (header, list name) of single coded fields, in column order, with where the value lives.
_CODED: tuple[tuple[str, str, str], ...] = (
    ("受付方法", "channel", "channel"),
    ("相談区分", "category", "category"),
)
_CONSULTANT_CODED: tuple[tuple[str, str, str], ...] = (
    ("相談者_年代", "age_band", "consultant.age_band"),
    ("相談者_性別", "gender", "consultant.gender"),
    ("相談者_職業", "occupation", "consultant.occupation"),
    ("相談者と契約当事者の関係", "relation", "consultant.relation"),
)
_PARTY_CODED: tuple[tuple[str, str, str], ...] = (
    ("契約当事者_年代", "age_band", "party.age_band"),
    ("契約当事者_性別", "gender", "party.gender"),
    ("契約当事者_職業", "occupation", "party.occupation"),
    ("契約当事者_居住地_都道府県", "prefecture", "party.prefecture"),
)
# Personal columns an import may carry (never exported).
PERSONAL_HEADERS: dict[str, str] = {
    f"{role}_{label}": f"{key}.{field}"
    for role, key in (("相談者", "consultant"), ("契約当事者", "party"))
    for label, field in (
        ("氏名", "name"),
        ("氏名カナ", "name_kana"),
        ("電話番号", "phone"),
        ("メール", "email"),
        ("住所", "address"),
        ("郵便番号", "postal_code"),
        ("生年月日", "birth_date"),
        ("年齢", "age"),
    )
}
# Other spellings of headers that centers' own spreadsheets use.
HEADER_ALIASES: dict[str, str] = {
    "受付日": "受付年月日",
    "受付日時": "受付年月日",
    "相談受付日": "受付年月日",
    "概要": "相談概要",
    "相談内容": "相談概要",
    "相談方法": "受付方法",
    "契約金額": "契約購入金額",
    "既支払額": "既支払金額",
    "事業者": "事業者名",
    "商品役務": "商品・役務",
    "商品・サービス": "商品・役務",
    "販売・購入形態": "販売購入形態",
}
# Columns derived from others: written for readers, ignored when read back.
DERIVED_HEADERS = frozenset(
    {"整理番号", "年度", "事例見出し", "契約当事者_年代（公表区分）", "商品・役務_大分類", "商品・役務_大分類_コード"}
)


@dataclass(frozen=True)
class CasebookLayout:
    """The casebook's columns for one set of code lists and directory entries."""

    codelists: CodeLists
    directory_names: Mapping[str, str]
    headers: tuple[str, ...] = field(init=False)
    _pairs: dict[str, dict[str, list[str]]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lists = self.codelists
        headers: list[str] = ["整理番号", "受付年月日", "年度", "classification_version"]
        for header, _list, _key in _CODED:
            headers += [header + CODE, header]
        headers += ["危害", "危険", "経由相談"]
        for header, _list, _key in _CONSULTANT_CODED:
            headers += [header + CODE, header]
        for header, _list, _key in _PARTY_CODED:
            headers += [header + CODE, header]
            if header == "契約当事者_年代":
                headers.append("契約当事者_年代（公表区分）")
        headers += ["契約当事者_居住地_市区町村"]
        headers += ["商品・役務_大分類_コード", "商品・役務_大分類", "商品・役務_コード", "商品・役務"]
        headers += ["販売購入形態_コード", "販売購入形態"]
        headers += [f"販売方法・手口{MULTI_SEPARATOR}{item.label}" for item in lists["sales_method"].items]
        headers += [f"相談内容キーワード{MULTI_SEPARATOR}{item.label}" for item in lists["content_keyword"].items]
        headers += ["支払方法・信用供与_コード", "支払方法・信用供与", "契約購入金額", "既支払金額"]
        headers += ["事業者名", "法人番号", "処理結果_コード", "処理結果"]
        headers += ["個人情報関連_コード", "個人情報関連"]
        headers += [f"個人情報の論点{MULTI_SEPARATOR}{item.label}" for item in lists["pi_issue"].items]
        headers += ["個人情報の保有主体_コード", "個人情報の保有主体", "事業分野_コード", "事業分野"]
        headers += [f"移送・紹介{MULTI_SEPARATOR}{item.label}" for item in lists["referral_kind"].items]
        headers += ["移送・紹介先", "件名", "事例見出し", "相談概要"]
        object.__setattr__(self, "headers", tuple(headers))
        # code → [code, label] for every list, so that a row costs dict look-ups only.
        object.__setattr__(
            self,
            "_pairs",
            {name: {item.code: [item.code, item.label] for item in codes.items} for name, codes in lists.lists.items()},
        )

    # -- writing -------------------------------------------------------------------------

    def row(self, facts: CaseFacts, serial: int) -> tuple[list[Any], ScrubResult, ScrubResult]:
        """One anonymised row (cells in header order) and what was scrubbed from narrative and subject."""
        lists = self.codelists
        pairs = self._pairs

        def pair(list_name: str, code: str | None) -> list[str]:
            found = pairs[list_name].get(code) if code is not None else None
            if found is None:
                return ["", ""] if not code else [code, ""]
            return found

        values = personal_values(facts)
        narrative = scrub(facts.narrative, values)
        subject = scrub(facts.subject, values) if facts.subject else ScrubResult("", ())
        received = facts.received_at
        cells: list[Any] = [serial, received.date().isoformat(), fiscal_year(received.date())]
        cells.append(facts.classification_version or lists.classification_version)
        cells += pair("channel", facts.channel)
        cells += pair("category", facts.category)
        cells += [_flag(facts.harm), _flag(facts.danger), _flag(facts.via_center)]
        consultant, party = facts.consultant, facts.party
        cells += pair("age_band", consultant.age_band)
        cells += pair("gender", consultant.gender)
        cells += pair("occupation", consultant.occupation)
        cells += pair("relation", consultant.relation)
        cells += pair("age_band", party.age_band)
        cells.append(published_band_label(lists, party.age_band, received.date()))
        cells += pair("gender", party.gender)
        cells += pair("occupation", party.occupation)
        cells += pair("prefecture", party.prefecture)
        cells.append(party.municipality or "")
        product = lists["product"]
        top = product.top_of(facts.product)
        cells += [top.code if top else "", top.label if top else ""]
        cells += pair("product", facts.product)
        cells += pair("sales_form", facts.sales_form)
        cells += _indicators(lists["sales_method"], facts.methods)
        cells += _indicators(lists["content_keyword"], facts.keywords)
        cells += pair("payment", facts.payment)
        cells += [_amount(facts.contract_amount), _amount(facts.paid_amount)]
        cells += [facts.business_name or "", facts.corporate_number or ""]
        cells += pair("result", facts.result)
        cells += pair("pi_related", facts.pi_related)
        cells += _indicators(lists["pi_issue"], facts.pi_issues)
        cells += pair("pi_holder", facts.pi_holder)
        cells += pair("pi_sector", facts.pi_sector)
        cells += _indicators(lists["referral_kind"], tuple(r.kind for r in facts.referrals))
        cells.append(
            REFERRAL_SEPARATOR.join(
                f"{lists['referral_kind'].label_of(r.kind, r.kind)}{REFERRAL_KIND_SEPARATOR}"
                f"{self.directory_names.get(r.destination_id, r.destination_id)}"
                for r in facts.referrals
            )
        )
        cells += [subject.text, caption(facts, lists), narrative.text]
        return cells, narrative, subject

    def json_case(self, facts: CaseFacts, narrative: ScrubResult, subject: ScrubResult) -> dict[str, Any]:
        """The case JSON of DESIGN.md §4 without personal fields (labels, not codes)."""
        lists = self.codelists

        def label(list_name: str, code: str | None) -> str | None:
            item = lists[list_name].get(code)
            return item.label if item else None

        def person(party: PartyFacts, *, with_residence: bool) -> dict[str, Any]:
            data: dict[str, Any] = {
                "age_band": label("age_band", party.age_band),
                "gender": label("gender", party.gender),
                "occupation": label("occupation", party.occupation),
                "relation": label("relation", party.relation),
            }
            if with_residence:
                data["prefecture"] = label("prefecture", party.prefecture)
                data["municipality"] = party.municipality
            return data

        return {
            "received_at": facts.received_at.date().isoformat(),
            "fiscal_year": fiscal_year(facts.received_at.date()),
            "classification_version": facts.classification_version or lists.classification_version,
            "channel": label("channel", facts.channel),
            "category": label("category", facts.category),
            "harm": facts.harm,
            "danger": facts.danger,
            "via_center": facts.via_center,
            "consultant": person(facts.consultant, with_residence=False),
            "party": person(facts.party, with_residence=True),
            "business": {"name": facts.business_name, "corporate_number": facts.corporate_number},
            "product": label("product", facts.product),
            "sales_form": label("sales_form", facts.sales_form),
            "methods": [lists["sales_method"].label_of(code, code) for code in facts.methods],
            "keywords": [lists["content_keyword"].label_of(code, code) for code in facts.keywords],
            "payment": label("payment", facts.payment),
            "contract_amount": facts.contract_amount,
            "paid_amount": facts.paid_amount,
            "subject": subject.text,
            "caption": caption(facts, lists),
            "narrative": narrative.text,
            "result": label("result", facts.result),
            "pi": None
            if facts.pi_related is None
            else {
                "related": label("pi_related", facts.pi_related),
                "issues": [lists["pi_issue"].label_of(code, code) for code in facts.pi_issues],
                "holder": label("pi_holder", facts.pi_holder),
                "sector": label("pi_sector", facts.pi_sector),
            },
            "referrals": [
                {
                    "destination": self.directory_names.get(r.destination_id, r.destination_id),
                    "kind": lists["referral_kind"].label_of(r.kind, r.kind),
                    "date": r.date.isoformat(),
                    "consent": r.consent,
                }
                for r in facts.referrals
            ],
        }


def _flag(value: bool) -> int | str:
    return ON if value else ""


def _amount(value: int | None) -> int | str:
    return "" if value is None else value


def _indicators(codes: CodeList, chosen: Sequence[str]) -> list[int | str]:
    if not chosen:
        return [""] * len(codes.items)
    present = set(chosen)
    return [ON if item.code in present else "" for item in codes.items]


def published_band_label(codelists: CodeLists, stored: str | None, received: dt.date) -> str:
    """The 年代 in the scheme NCAC published for the receipt date (18・19歳 exists from 2022-04)."""
    if stored is None:
        return ""
    scheme = "age_band_2022" if received >= dt.date(2022, 4, 1) else "age_band_pre2022"
    item = codelists.published_band(scheme, stored)
    return item.label if item else ""


# -- spreadsheet safety -----------------------------------------------------------------------

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


FORMULA_FIRST = frozenset(FORMULA_START)


def neutralise(value: Any) -> Any:
    """Make a text cell inert in spreadsheets: a leading = + - @ gets an apostrophe in front."""
    if value.__class__ is str and value[:1] in FORMULA_FIRST:
        return "'" + value
    return value


def unneutralise(value: str) -> str:
    """Undo :func:`neutralise` when a casebook is read back."""
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


# -- aggregate tables in NCAC shapes ------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """An aggregate table: a sheet (or file) name, its header and its rows."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def _share(count: int, total: int) -> float:
    return round(100.0 * count / total, 1) if total else 0.0


_MONTHS = (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)


class CasebookTotals:
    """Counts the exported cases the way NCAC and local centres publish them."""

    def __init__(self, codelists: CodeLists) -> None:
        self._lists = codelists
        self.cases = 0
        self.by_year_month: Counter[tuple[int, int]] = Counter()
        self.band_gender: Counter[tuple[str, str]] = Counter()
        self.occupation: Counter[str] = Counter()
        self.product_top: Counter[str] = Counter()
        self.product: Counter[str] = Counter()
        self.sales_form: Counter[str] = Counter()
        self.methods: Counter[str] = Counter()
        self.pi_related: Counter[str] = Counter()
        self.pi_issues: Counter[str] = Counter()
        self.result: Counter[str] = Counter()
        self.amount_by_year: dict[int, list[int]] = {}

    def add(self, facts: CaseFacts) -> None:
        """Count one case."""
        self.cases += 1
        day = facts.received_at.date()
        year = fiscal_year(day)
        self.by_year_month[(year, day.month)] += 1
        party = facts.party
        self.band_gender[(party.age_band or "UNK", party.gender or "U")] += 1
        self.occupation[party.occupation or ""] += 1
        top = self._lists["product"].top_of(facts.product)
        self.product_top[top.code if top else ""] += 1
        if facts.product:
            self.product[facts.product] += 1
        self.sales_form[facts.sales_form or ""] += 1
        for code in set(facts.methods):
            self.methods[code] += 1
        self.pi_related[facts.pi_related or ""] += 1
        if facts.pi_related == "yes":
            for code in set(facts.pi_issues):
                self.pi_issues[code] += 1
        self.result[facts.result or ""] += 1
        sums = self.amount_by_year.setdefault(year, [0, 0, 0, 0])
        if facts.contract_amount:
            sums[0] += facts.contract_amount
            sums[1] += 1
        if facts.paid_amount:
            sums[2] += facts.paid_amount
            sums[3] += 1

    def _by_list(self, name: str, title: str, counts: Counter[str], list_name: str) -> Table:
        codes = self._lists[list_name]
        total = self.cases
        rows = [
            (item.code, item.label, counts[item.code], _share(counts[item.code], total))
            for item in codes.items
            if counts[item.code] or list_name != "product"
        ]
        if counts[""]:
            rows.append(("", "未入力", counts[""], _share(counts[""], total)))
        rows.append(("", "合計", sum(counts.values()), 100.0 if total else 0.0))
        return Table(name, ("コード", title, "件数", "構成比(%)"), tuple(rows))

    def tables(self) -> list[Table]:
        """Every aggregate table, in the order of the NCAC annual summary."""
        lists = self._lists
        total = self.cases
        years = sorted({year for year, _month in self.by_year_month})
        month_rows = [
            (f"{year}年度", *(self.by_year_month[(year, m)] for m in _MONTHS), sum(
                self.by_year_month[(year, m)] for m in _MONTHS
            ))
            for year in years
        ]
        tables = [
            Table(
                "年度別・月別件数",
                ("年度", *(f"{m}月" for m in _MONTHS), "合計"),
                tuple(month_rows),
            )
        ]
        genders = lists["gender"].items
        band_rows = []
        for band in lists["age_band"].items:
            counts = [self.band_gender[(band.code, g.code)] for g in genders]
            band_rows.append((band.label, *counts, sum(counts), _share(sum(counts), total)))
        column_totals = [sum(self.band_gender[(b.code, g.code)] for b in lists["age_band"].items) for g in genders]
        band_rows.append(("合計", *column_totals, sum(column_totals), 100.0 if total else 0.0))
        tables.append(
            Table(
                "契約当事者 年代別・性別",
                ("年代", *(g.label for g in genders), "合計", "構成比(%)"),
                tuple(band_rows),
            )
        )
        tables.append(self._by_list("契約当事者 職業別", "職業", self.occupation, "occupation"))
        top_rows = [
            (item.code, item.label, self.product_top[item.code], _share(self.product_top[item.code], total))
            for item in lists["product"].children(None)
        ]
        if self.product_top[""]:
            top_rows.append(("", "未入力", self.product_top[""], _share(self.product_top[""], total)))
        top_rows.append(("", "合計", total, 100.0 if total else 0.0))
        tables.append(Table("商品・役務 大分類別", ("コード", "大分類", "件数", "構成比(%)"), tuple(top_rows)))
        ranked = sorted(self.product.items(), key=lambda pair: (-pair[1], pair[0]))[:20]
        tables.append(
            Table(
                "商品・役務 上位",
                ("順位", "コード", "商品・役務", "大分類", "件数"),
                tuple(
                    (
                        rank,
                        code,
                        lists["product"].label_of(code, code),
                        (lists["product"].top_of(code) or CodeItem("", "")).label,
                        count,
                    )
                    for rank, (code, count) in enumerate(ranked, start=1)
                ),
            )
        )
        tables.append(self._by_list("販売購入形態別", "販売購入形態", self.sales_form, "sales_form"))
        method_rows = [
            (item.code, item.label, self.methods[item.code], _share(self.methods[item.code], total))
            for item in lists["sales_method"].items
        ]
        tables.append(
            Table("販売方法・手口別", ("コード", "販売方法・手口", "件数", "全件に対する割合(%)"), tuple(method_rows))
        )
        related = self.pi_related["yes"]
        pi_rows: list[tuple[Any, ...]] = [
            (item.code, item.label, self.pi_related[item.code], _share(self.pi_related[item.code], total))
            for item in lists["pi_related"].items
        ]
        if self.pi_related[""]:
            pi_rows.append(("", "未判定", self.pi_related[""], _share(self.pi_related[""], total)))
        pi_rows += [
            (item.code, f"論点: {item.label}", self.pi_issues[item.code], _share(self.pi_issues[item.code], related))
            for item in lists["pi_issue"].items
        ]
        tables.append(Table("個人情報関連", ("コード", "区分・論点", "件数", "割合(%)"), tuple(pi_rows)))
        tables.append(self._by_list("処理結果別", "処理結果", self.result, "result"))
        amount_rows = []
        overall = [0, 0, 0, 0]
        for year in sorted(self.amount_by_year):
            sums = self.amount_by_year[year]
            overall = [a + b for a, b in zip(overall, sums, strict=True)]
            amount_rows.append(_amount_row(f"{year}年度", sums))
        amount_rows.append(_amount_row("合計", overall))
        tables.append(
            Table(
                "契約購入金額・既支払金額",
                (
                    "年度",
                    "契約購入金額 合計(円)",
                    "契約購入金額 平均(円)",
                    "件数(入力あり)",
                    "既支払金額 合計(円)",
                    "既支払金額 平均(円)",
                    "件数(入力あり)",
                ),
                tuple(amount_rows),
            )
        )
        return tables


def _amount_row(label: str, sums: list[int]) -> tuple[Any, ...]:
    contract, contract_n, paid, paid_n = sums
    return (
        label,
        contract,
        round(contract / contract_n) if contract_n else "",
        contract_n,
        paid,
        round(paid / paid_n) if paid_n else "",
        paid_n,
    )


# -- reading a casebook (import) ---------------------------------------------------------------

MAX_CELL_CHARS = 100_000
REQUIRED_HEADERS = ("受付年月日", "相談概要")
_JSON_KEYS = frozenset(
    {
        "received_at", "fiscal_year", "classification_version", "channel", "category", "harm", "danger",
        "via_center", "consultant", "party", "business", "product", "sales_form", "methods", "keywords",
        "payment", "contract_amount", "paid_amount", "subject", "caption", "narrative", "result", "pi",
        "referrals", "serial",
    }
)  # fmt: skip
_PERSON_KEYS = frozenset(
    {
        "name", "name_kana", "phone", "email", "address", "postal_code", "birth_date", "age", "age_band",
        "gender", "occupation", "relation", "prefecture", "municipality",
    }
)  # fmt: skip
_ERA_NAMES = {era.name: era for era in ERAS} | {era.initial: era for era in ERAS}
_DATE_TEXT = re.compile(
    r"^(?:(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?"
    r"|(?P<era>明治|大正|昭和|平成|令和|[MTSHR])\s*(?P<ey>元|\d{1,2})[-/.年](?P<em>\d{1,2})[-/.月](?P<ed>\d{1,2})日?)"
    r"(?:[ T]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2}(?:\.\d+)?)?)?$"
)
EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def known_headers(layout: CasebookLayout) -> frozenset[str]:
    """Every header an import accepts (casebook, personal and aliases)."""
    return frozenset(layout.headers) | frozenset(PERSONAL_HEADERS) | frozenset(HEADER_ALIASES)


def normalise_header(text: str) -> str:
    """Strip brackets and spaces from a header (［件名］ → 件名) and resolve aliases."""
    cleaned = re.sub(r"[［］\[\]\s\u3000]", "", str(text))
    return HEADER_ALIASES.get(cleaned, cleaned)


def parse_received(value: Any, where: str) -> dt.datetime:
    """A date (and optional time) as written in a casebook: ISO, 2026/10/5, 2026年10月5日, 令和8年10月5日, R8.10.5, an Excel serial."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 200_000:
            return (EXCEL_EPOCH + dt.timedelta(days=float(value))).replace(microsecond=0)
        raise ValidationError(f"日付として読めません: {value}", where=where)
    text = re.sub(r"\s+", " ", str(value).translate(_FULLWIDTH_DIGITS)).strip()
    if re.fullmatch(r"\d{5}(?:\.\d+)?", text):
        return parse_received(float(text), where)
    match = _DATE_TEXT.match(text)
    if not match:
        raise ValidationError(f"日付として読めません: {value}", where=where)
    try:
        if match.group("y"):
            day = dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        else:
            era = _ERA_NAMES[match.group("era")]
            year = 1 if match.group("ey") == "元" else int(match.group("ey"))
            day = dt.date(era.start.year + year - 1, int(match.group("em")), int(match.group("ed")))
        clock = dt.time(int(match.group("H")), int(match.group("M"))) if match.group("H") else dt.time()
    except ValueError as exc:
        raise ValidationError(f"日付として正しくありません: {value}", where=where) from exc
    return dt.datetime.combine(day, clock)


_FULLWIDTH_DIGITS = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {0x3000: " "}


class _Reader:
    """Resolves labels against the code lists and collects values for one record."""

    def __init__(self, codelists: CodeLists, destinations: Mapping[str, str], where: str) -> None:
        self.lists = codelists
        self.destinations = destinations
        self.where = where

    def fail(self, column: str, message: str) -> ValidationError:
        return ValidationError(message, where=f"{self.where} 列「{column}」")

    def code(self, list_name: str, column: str, label: Any, code: Any = None) -> str | None:
        """The code of a label (or, when only a code column is filled, that code)."""
        codes = self.lists[list_name]
        text = _text(label)
        if text:
            item = codes.by_label(text) or _by_path(codes, text)
            if item is None:
                raise self.fail(column, f"「{text}」は{codes.label}のコード表にありません")
            return item.code
        code_text = _text(code)
        if code_text:
            item = codes.get(code_text) or _by_number(codes, code_text)
            if item is None:
                raise self.fail(column + CODE, f"コード「{code_text}」は{codes.label}のコード表にありません")
            return item.code
        return None

    def codes(self, list_name: str, column: str, labels: Iterable[Any]) -> tuple[str, ...]:
        result = []
        for label in labels:
            code = self.code(list_name, column, label)
            if code is not None and code not in result:
                result.append(code)
        return tuple(result)

    def amount(self, column: str, value: Any) -> int | None:
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise self.fail(column, f"金額が数値ではありません: {value}")
        if isinstance(value, int):
            amount = value
        elif isinstance(value, float):
            if not value.is_integer():
                raise self.fail(column, f"金額が整数ではありません: {value}")
            amount = int(value)
        else:
            try:
                parsed = parse_yen(str(value), field=column)
            except ValidationError as exc:
                raise self.fail(column, f"金額が数値ではありません: {value}") from exc
            if parsed is None:
                return None
            amount = parsed
        if amount < 0:
            raise self.fail(column, "金額は0以上です")
        return amount

    def flag(self, column: str, value: Any) -> bool:
        text = _text(value)
        if text in ("", "0", "false", "False", "FALSE", "いいえ", "なし", "無", "×"):
            return False
        if text in ("1", "true", "True", "TRUE", "はい", "あり", "有", "○", "〇", "該当", "1.0"):
            return True
        raise self.fail(column, f"1 か空欄で指定してください: {text}")

    def age(self, column: str, value: Any) -> int | None:
        text = _text(value)
        if not text:
            return None
        try:
            age = int(float(text))
        except ValueError as exc:
            raise self.fail(column, f"年齢が数値ではありません: {text}") from exc
        if not 0 <= age <= 120:
            raise self.fail(column, "年齢は0〜120で入力してください")
        return age

    def birth(self, column: str, value: Any) -> dt.date | None:
        if value is None or value == "":
            return None
        try:
            return parse_received(value, self.where).date()
        except ValidationError as exc:
            raise self.fail(column, exc.message) from exc

    def destination(self, column: str, text: str) -> str:
        key = text.strip()
        if key in self.destinations:
            return key
        for entry_id, name in self.destinations.items():
            if name == key:
                return entry_id
        raise self.fail(column, f"移送・紹介先「{key}」は窓口一覧にありません")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _by_path(codes: CodeList, text: str) -> CodeItem | None:
    """A hierarchical label written as 大分類 > 商品KW."""
    if ">" not in text and "＞" not in text:
        return None
    last = re.split(r"\s*[>＞]\s*", text)[-1]
    return codes.by_label(last)


def _by_number(codes: CodeList, text: str) -> CodeItem | None:
    """A code whose leading zeros a spreadsheet dropped (1 for 01)."""
    if not text.isdigit():
        return None
    for item in codes.items:
        if item.code.isdigit() and int(item.code) == int(text) and len(item.code) <= 2:
            return item
    return None


def _check_cell(reader: _Reader, column: str, value: Any) -> Any:
    if isinstance(value, str):
        if len(value) > MAX_CELL_CHARS:
            raise reader.fail(column, f"セルが大きすぎます（{len(value):,} 文字、上限 {MAX_CELL_CHARS:,} 文字）")
        return unneutralise(value)
    return value


def case_from_row(
    row: Mapping[str, Any],
    codelists: CodeLists,
    destinations: Mapping[str, str],
    *,
    where: str,
    office_code: str,
) -> tuple[Case, str | None]:
    """A Case (and the business's 法人番号) from one casebook row (headers already normalised).

    Raises:
        ValidationError: naming ``where`` and the column that is wrong.
    """
    reader = _Reader(codelists, destinations, where)
    cells = {header: _check_cell(reader, header, value) for header, value in row.items()}

    def get(header: str) -> Any:
        value = cells.get(header)
        return None if value == "" else value

    received_raw = get("受付年月日")
    if received_raw is None:
        raise reader.fail("受付年月日", "受付年月日がありません（必須）")
    try:
        received = parse_received(received_raw, where)
    except ValidationError as exc:
        raise reader.fail("受付年月日", exc.message) from exc
    narrative = _text(get("相談概要"))
    if not narrative:
        raise reader.fail("相談概要", "相談概要がありません（必須）")

    def coded(header: str, list_name: str) -> str | None:
        return reader.code(list_name, header, get(header), get(header + CODE))

    def indicators(prefix: str, list_name: str) -> tuple[str, ...]:
        chosen = []
        for item in codelists[list_name].items:
            header = f"{prefix}{MULTI_SEPARATOR}{item.label}"
            if header in cells and reader.flag(header, cells[header]):
                chosen.append(item.code)
        joined = _text(get(prefix))
        if joined:
            chosen += reader.codes(list_name, prefix, re.split(r"[、,，;；/／]", joined))
        return tuple(dict.fromkeys(chosen))

    for header in cells:
        if header.startswith(tuple(f"{p}{MULTI_SEPARATOR}" for p in _MULTI_PREFIXES)):
            prefix, _, label = header.partition(MULTI_SEPARATOR)
            list_name = _MULTI_PREFIXES[prefix]
            if codelists[list_name].by_label(label) is None:
                raise reader.fail(header, f"「{label}」は{codelists[list_name].label}のコード表にありません")

    def person(role: str, key: str) -> Party:
        fields: dict[str, Any] = {}
        for header, path in PERSONAL_HEADERS.items():
            if not header.startswith(role + "_"):
                continue
            attribute = path.split(".", 1)[1]
            value = get(header)
            if attribute == "age":
                fields["age"] = reader.age(header, value)
            elif attribute == "birth_date":
                fields["birth_date"] = reader.birth(header, value)
            else:
                fields[attribute] = _text(value) or None
        for header, list_name, path in (*_CONSULTANT_CODED, *_PARTY_CODED):
            if path.startswith(key + "."):
                fields[path.split(".", 1)[1]] = coded(header, list_name)
        if key == "party":
            fields["municipality"] = _text(get("契約当事者_居住地_市区町村")) or None
        if fields.get("age") is not None and not fields.get("age_band"):
            fields["age_band"] = codelists.age_band_for(int(fields["age"]))
        return Party(**fields)

    consultant = person("相談者", "consultant")
    party = person("契約当事者", "party")
    related = coded("個人情報関連", "pi_related")
    issues = indicators("個人情報の論点", "pi_issue")
    holder = coded("個人情報の保有主体", "pi_holder")
    sector = coded("事業分野", "pi_sector")
    pi = None
    if related or issues or holder or sector:
        pi = PiAssessment(related=related or "undecided", issues=issues, holder=holder, sector=sector)  # type: ignore[arg-type]
    kinds = indicators("移送・紹介", "referral_kind")
    referrals = _row_referrals(reader, _text(get("移送・紹介先")), kinds, received.date())
    case = Case(
        office_code=office_code,
        received_at=received,
        narrative=narrative,
        channel=coded("受付方法", "channel"),
        category=coded("相談区分", "category"),
        harm=reader.flag("危害", get("危害")),
        danger=reader.flag("危険", get("危険")),
        via_center=reader.flag("経由相談", get("経由相談")),
        consultant=consultant,
        party=party,
        party_same_as_consultant=False,
        business_name=_text(get("事業者名")) or None,
        product=coded("商品・役務", "product"),
        sales_form=coded("販売購入形態", "sales_form"),
        methods=indicators("販売方法・手口", "sales_method"),
        keywords=indicators("相談内容キーワード", "content_keyword"),
        payment=coded("支払方法・信用供与", "payment"),
        contract_amount=reader.amount("契約購入金額", get("契約購入金額")),
        paid_amount=reader.amount("既支払金額", get("既支払金額")),
        subject=_text(get("件名")),
        result=coded("処理結果", "result"),
        pi=pi,
        referrals=referrals,
        classification_version=_text(get("classification_version")) or None,
    )
    return case, _text(get("法人番号")) or None


_MULTI_PREFIXES = {
    "販売方法・手口": "sales_method",
    "相談内容キーワード": "content_keyword",
    "個人情報の論点": "pi_issue",
    "移送・紹介": "referral_kind",
}


def _row_referrals(
    reader: _Reader, text: str, kinds: tuple[str, ...], day: dt.date
) -> tuple[Referral, ...]:
    referrals: list[Referral] = []
    column = "移送・紹介先"
    for part in filter(None, (piece.strip() for piece in text.split(REFERRAL_SEPARATOR))):
        kind_label, separator, destination = part.partition(REFERRAL_KIND_SEPARATOR)
        if not separator:
            raise reader.fail(column, f"「種別：窓口名」の形で書いてください: {part}")
        kind = reader.code("referral_kind", column, kind_label)
        assert kind is not None
        referrals.append(Referral(destination_id=reader.destination(column, destination), kind=kind, date=day))
    if kinds and {r.kind for r in referrals} != set(kinds):
        raise reader.fail(column, "移送・紹介の種別の列と移送・紹介先が一致しません")
    return tuple(referrals)


def case_from_json(
    data: Any,
    codelists: CodeLists,
    destinations: Mapping[str, str],
    *,
    where: str,
    office_code: str,
) -> tuple[Case, str | None]:
    """A Case (and the business's 法人番号) from one case object of the case JSON (DESIGN.md §4).

    Raises:
        ValidationError: naming ``where`` and the key that is wrong.
    """
    reader = _Reader(codelists, destinations, where)
    if not isinstance(data, dict):
        raise ValidationError("相談はオブジェクト（{…}）で書いてください", where=where)
    unknown = sorted(set(data) - _JSON_KEYS)
    if unknown:
        raise reader.fail(unknown[0], "未知のキーです")
    for key, value in data.items():
        if isinstance(value, str):
            _check_cell(reader, key, value)
    if data.get("received_at") in (None, ""):
        raise reader.fail("received_at", "received_at がありません（必須）")
    try:
        received = parse_received(data["received_at"], where)
    except ValidationError as exc:
        raise reader.fail("received_at", exc.message) from exc
    narrative = data.get("narrative")
    if not isinstance(narrative, str) or not narrative.strip():
        raise reader.fail("narrative", "narrative がありません（必須）")

    def label(key: str, list_name: str, value: Any) -> str | None:
        if value is not None and not isinstance(value, str):
            raise reader.fail(key, "ラベル（文字列）で書いてください")
        return reader.code(list_name, key, value)

    def labels(key: str, list_name: str, value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise reader.fail(key, "ラベルの配列で書いてください")
        return reader.codes(list_name, key, value)

    def flag(key: str) -> bool:
        value = data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise reader.fail(key, "true か false で書いてください")
        return value

    def person(key: str) -> Party:
        raw = data.get(key) or {}
        if not isinstance(raw, dict):
            raise reader.fail(key, "オブジェクトで書いてください")
        extra = sorted(set(raw) - _PERSON_KEYS)
        if extra:
            raise reader.fail(f"{key}.{extra[0]}", "未知のキーです")
        age = raw.get("age")
        if age is not None and (not isinstance(age, int) or isinstance(age, bool) or not 0 <= age <= 120):
            raise reader.fail(f"{key}.age", "年齢は0〜120の整数で書いてください")
        band = label(f"{key}.age_band", "age_band", raw.get("age_band"))
        if age is not None and band is None:
            band = codelists.age_band_for(age)
        texts = {}
        for attribute in ("name", "name_kana", "phone", "email", "address", "postal_code", "municipality"):
            value = raw.get(attribute)
            if value is not None and not isinstance(value, str):
                raise reader.fail(f"{key}.{attribute}", "文字列で書いてください")
            texts[attribute] = value or None
        return Party(
            age=age,
            age_band=band,
            gender=label(f"{key}.gender", "gender", raw.get("gender")),
            occupation=label(f"{key}.occupation", "occupation", raw.get("occupation")),
            relation=label(f"{key}.relation", "relation", raw.get("relation")),
            prefecture=label(f"{key}.prefecture", "prefecture", raw.get("prefecture")),
            birth_date=reader.birth(f"{key}.birth_date", raw.get("birth_date")),
            **texts,
        )

    business = data.get("business") or {}
    if not isinstance(business, dict):
        raise reader.fail("business", "オブジェクトで書いてください")
    unknown_business = sorted(set(business) - {"name", "corporate_number", "phone", "address", "url"})
    if unknown_business:
        raise reader.fail(f"business.{unknown_business[0]}", "未知のキーです")
    pi_raw = data.get("pi")
    pi = None
    if pi_raw is not None:
        if not isinstance(pi_raw, dict):
            raise reader.fail("pi", "オブジェクトで書いてください")
        related_text = pi_raw.get("related")
        if isinstance(related_text, bool):
            related: str | None = "yes" if related_text else "no"
        else:
            related = label("pi.related", "pi_related", related_text)
        pi = PiAssessment(
            related=related or "undecided",  # type: ignore[arg-type]
            issues=labels("pi.issues", "pi_issue", pi_raw.get("issues")),
            holder=label("pi.holder", "pi_holder", pi_raw.get("holder")),
            sector=label("pi.sector", "pi_sector", pi_raw.get("sector")),
        )
    referrals = []
    raw_referrals = data.get("referrals") or []
    if not isinstance(raw_referrals, list):
        raise reader.fail("referrals", "配列で書いてください")
    for index, raw in enumerate(raw_referrals):
        key = f"referrals[{index}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("destination"), str):
            raise reader.fail(key, "destination と kind を持つオブジェクトで書いてください")
        kind = label(f"{key}.kind", "referral_kind", raw.get("kind"))
        if kind is None:
            raise reader.fail(f"{key}.kind", "kind がありません")
        day = received.date()
        if raw.get("date"):
            try:
                day = parse_received(raw["date"], where).date()
            except ValidationError as exc:
                raise reader.fail(f"{key}.date", exc.message) from exc
        consent = raw.get("consent")
        if consent is not None and not isinstance(consent, bool):
            raise reader.fail(f"{key}.consent", "true か false で書いてください")
        referrals.append(
            Referral(
                destination_id=reader.destination(f"{key}.destination", raw["destination"]),
                kind=kind,
                date=day,
                consent=consent,
                consent_at=day if consent else None,
            )
        )
    subject = data.get("subject") or ""
    if not isinstance(subject, str):
        raise reader.fail("subject", "文字列で書いてください")
    version = data.get("classification_version")
    case = Case(
        office_code=office_code,
        received_at=received,
        narrative=narrative.strip(),
        channel=label("channel", "channel", data.get("channel")),
        category=label("category", "category", data.get("category")),
        harm=flag("harm"),
        danger=flag("danger"),
        via_center=flag("via_center"),
        consultant=person("consultant"),
        party=person("party"),
        party_same_as_consultant=False,
        business_name=business.get("name") or None,
        product=label("product", "product", data.get("product")),
        sales_form=label("sales_form", "sales_form", data.get("sales_form")),
        methods=labels("methods", "sales_method", data.get("methods")),
        keywords=labels("keywords", "content_keyword", data.get("keywords")),
        payment=label("payment", "payment", data.get("payment")),
        contract_amount=reader.amount("contract_amount", data.get("contract_amount")),
        paid_amount=reader.amount("paid_amount", data.get("paid_amount")),
        subject=subject.strip(),
        result=label("result", "result", data.get("result")),
        pi=pi,
        referrals=tuple(referrals),
        classification_version=version if isinstance(version, str) and version else None,
    )
    corporate = business.get("corporate_number")
    return case, (str(corporate) if corporate else None)


def iter_json_cases(document: Any, where: str) -> Iterator[tuple[int, Any]]:
    """(1-based index, object) of the cases in a decoded .json file (an array)."""
    if not isinstance(document, list):
        raise ValidationError("JSON ファイルは相談の配列（[…]）にしてください", where=where)
    yield from enumerate(document, start=1)

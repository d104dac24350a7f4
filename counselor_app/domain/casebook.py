"""The anonymised casebook: its rows in the NCAC aggregation shape, captions, aggregate tables, and reading rows back.

Pure functions over code lists: the services read the database and files, this
module decides what a casebook row says. ``caption`` and ``scrub_case`` are the
pieces the 対応事例集 PDF reuses.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby
from operator import attrgetter
from typing import Any, NamedTuple

from counselor_app.domain.amounts import parse_yen
from counselor_app.domain.calendar import ERAS
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
    people = (facts.consultant,) if facts.party is facts.consultant else (facts.consultant, facts.party)
    return people_values(people)


def people_values(people: Iterable[PartyFacts]) -> PersonalValues:
    """The personal values of some people, prepared for the scrubber."""
    values: list[tuple[str, str]] = []
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


def scrub_texts(case: Case | CaseFacts) -> tuple[ScrubResult, ScrubResult]:
    """The published (subject, narrative): scrubbed of the case's own and any personal data.

    The persistence layer stores this with every case it writes (case_record.scrubbed_*,
    stamped with ``SCRUBBER_VERSION``), so that an export reads it instead of scrubbing.
    """
    facts = case if isinstance(case, CaseFacts) else case_facts(case)
    return scrub_published(facts.subject, facts.narrative, personal_values(facts))


def scrub_published(subject: str, narrative: str, values: PersonalValues) -> tuple[ScrubResult, ScrubResult]:
    """:func:`scrub_texts` from the texts and the case's prepared personal values."""
    return (scrub(subject, values) if subject else ScrubResult("", ())), scrub(narrative, values)


def redaction_counts(subject: ScrubResult, narrative: ScrubResult) -> dict[str, int]:
    """Redactions per type over a case's subject and narrative (the redaction report's row)."""
    counts = Counter(narrative.counts())
    counts.update(subject.counts())
    return dict(counts)


def encode_counts(counts: Mapping[str, int]) -> str:
    """Redaction counts as stored: "" for none, else compact JSON such as {"name":1,"phone":2}."""
    present = {kind: int(n) for kind, n in sorted(counts.items()) if n}
    return json.dumps(present, separators=(",", ":")) if present else ""


def decode_counts(text: str | None) -> dict[str, int]:
    """The counts :func:`encode_counts` stored."""
    if not text:
        return {}
    return {str(kind): int(n) for kind, n in json.loads(text).items()}


# -- captions ------------------------------------------------------------------------------


def caption(case: Case | CaseFacts, codelists: CodeLists) -> str:
    """The NCAC-style line under a case example: (2026年10月受付 契約当事者:70歳代、女性、家事従事者).

    Unknown attributes are left out; with none known the line is (2026年10月受付).
    """
    facts = case if isinstance(case, CaseFacts) else case_facts(case)
    party = facts.party
    return caption_of(
        facts.received_at.year, facts.received_at.month, party.age_band, party.gender, party.occupation, codelists
    )


def caption_of(
    year: int, month: int, age_band: str | None, gender: str | None, occupation: str | None, codelists: CodeLists
) -> str:
    """:func:`caption` from its parts (receipt year and month, the contract party's codes)."""
    parts = []
    band = codelists["age_band"].get(age_band)
    if band is not None and band.code != "UNK":
        parts.append(band.label)
    sex = codelists["gender"].get(gender)
    if sex is not None and sex.code != "U":
        parts.append(sex.label)
    job = codelists["occupation"].get(occupation)
    if job is not None and job.label != "不明" and job.label not in parts:
        parts.append(job.label)
    received = f"{year}年{month}月受付"
    if not parts:
        return f"({received})"
    return f"({received} 契約当事者:{'、'.join(parts)})"


# -- what a casebook row publishes ---------------------------------------------------------


class PublishedReferral(NamedTuple):
    """A referral as the casebook publishes it (date as ISO text)."""

    destination_id: str
    kind: str
    day: str
    consent: bool | None


class CasebookRow(NamedTuple):
    """Everything one anonymised casebook row is built from: codes, scrubbed texts, no personal field.

    The export reads these straight from SQL (persistence/repositories/casebook_repository.py
    keeps its column order); ``published_row`` builds one from a full case.
    ``received`` is ISO text beginning YYYY-MM-DD; ``party_*`` is the contract party
    (the consultant when they are the same person).
    """

    case_no: str | None
    received: str
    classification_version: str | None
    channel: str | None
    category: str | None
    harm: Any
    danger: Any
    via_center: Any
    consultant_age_band: str | None
    consultant_gender: str | None
    consultant_occupation: str | None
    consultant_relation: str | None
    party_age_band: str | None
    party_gender: str | None
    party_occupation: str | None
    party_prefecture: str | None
    party_relation: str | None
    party_municipality: str | None
    product: str | None
    sales_form: str | None
    payment: str | None
    contract_amount: int | None
    paid_amount: int | None
    business_name: str | None
    corporate_number: str | None
    result: str | None
    pi_related: str | None
    pi_issues: tuple[str, ...]
    pi_holder: str | None
    pi_sector: str | None
    methods: tuple[str, ...]
    keywords: tuple[str, ...]
    referrals: tuple[PublishedReferral, ...]
    subject: str
    narrative: str
    redactions: str  # encode_counts() of subject and narrative together


def published_row(facts: CaseFacts, subject: ScrubResult, narrative: ScrubResult) -> CasebookRow:
    """The casebook row of a case whose texts were just scrubbed (preview, tests)."""
    consultant, party = facts.consultant, facts.party
    return CasebookRow(
        case_no=facts.case_no,
        received=facts.received_at.isoformat(sep=" "),
        classification_version=facts.classification_version,
        channel=facts.channel,
        category=facts.category,
        harm=facts.harm,
        danger=facts.danger,
        via_center=facts.via_center,
        consultant_age_band=consultant.age_band,
        consultant_gender=consultant.gender,
        consultant_occupation=consultant.occupation,
        consultant_relation=consultant.relation,
        party_age_band=party.age_band,
        party_gender=party.gender,
        party_occupation=party.occupation,
        party_prefecture=party.prefecture,
        party_relation=party.relation,
        party_municipality=party.municipality,
        product=facts.product,
        sales_form=facts.sales_form,
        payment=facts.payment,
        contract_amount=facts.contract_amount,
        paid_amount=facts.paid_amount,
        business_name=facts.business_name,
        corporate_number=facts.corporate_number,
        result=facts.result,
        pi_related=facts.pi_related,
        pi_issues=facts.pi_issues,
        pi_holder=facts.pi_holder,
        pi_sector=facts.pi_sector,
        methods=facts.methods,
        keywords=facts.keywords,
        referrals=tuple(
            PublishedReferral(r.destination_id, r.kind, r.date.isoformat(), r.consent) for r in facts.referrals
        ),
        subject=subject.text,
        narrative=narrative.text,
        redactions=encode_counts(redaction_counts(subject, narrative)),
    )


# -- the packed row the export reads ------------------------------------------------------

SEGMENT = "\x1f"  # between the codes of one packed segment (ASCII unit separator)
ITEM = "\x1e"  # between the items of a packed multi-valued field (ASCII record separator)
_TRUE = frozenset({"1", "true", "t"})


class PackedRow(NamedTuple):
    """A casebook row as the export reads it: the codes of each segment joined into one text.

    The database joins the codes (persistence/repositories/casebook_repository.py), so
    that a row is a score of Python objects, not a hundred, and a segment's text is
    the key of its rendered cells. NULL is packed as an empty code. Segments:

    * flags: channel␟category␟harm␟danger␟via_center (flags as 1 or 0)
    * consultant: age_band␟gender␟occupation␟relation
    * party (the contract party): age_band␟gender␟occupation␟prefecture␟relation
    * goods: product␟sales_form␟payment
    * outcome: result␟pi_related␟pi_holder␟pi_sector␟pi_issues (JSON array)
    * methods, keywords: codes joined by ␞, in any order (None for none)
    * referrals: id␟kind␟destination␟date␟consent (1, 0 or empty) joined by ␞, in any order
    """

    case_no: str | None
    received: str
    classification_version: str | None
    flags: str
    consultant: str
    party: str
    municipality: str | None
    goods: str
    contract_amount: int | None
    paid_amount: int | None
    business_name: str | None
    corporate_number: str | None
    outcome: str
    methods: str | None
    keywords: str | None
    referrals: str | None
    subject: str
    narrative: str
    redactions: str
    # Where the row came from: the case, its version and the version of the scrubber
    # that produced subject, narrative and redactions (stale ones are scrubbed again).
    case_id: int | None = None
    version: int | None = None
    scrub_version: int | None = None


def pack(row: CasebookRow, referral_ids: Sequence[int] | None = None) -> PackedRow:
    """The packed form of a row (what the export's SQL returns for it)."""

    def codes(*values: Any) -> str:
        return SEGMENT.join("" if value is None else str(value) for value in values)

    def flag(value: Any) -> str:
        return "1" if value else "0"

    ids = referral_ids if referral_ids is not None else range(1, len(row.referrals) + 1)
    return PackedRow(
        case_no=row.case_no,
        received=row.received,
        classification_version=row.classification_version,
        flags=codes(row.channel, row.category, flag(row.harm), flag(row.danger), flag(row.via_center)),
        consultant=codes(
            row.consultant_age_band, row.consultant_gender, row.consultant_occupation, row.consultant_relation
        ),
        party=codes(row.party_age_band, row.party_gender, row.party_occupation, row.party_prefecture, row.party_relation),
        municipality=row.party_municipality,
        goods=codes(row.product, row.sales_form, row.payment),
        contract_amount=row.contract_amount,
        paid_amount=row.paid_amount,
        business_name=row.business_name,
        corporate_number=row.corporate_number,
        outcome=codes(
            row.result, row.pi_related, row.pi_holder, row.pi_sector,
            None if row.pi_related is None else json.dumps(list(row.pi_issues)),
        ),  # fmt: skip
        methods=ITEM.join(row.methods) or None,
        keywords=ITEM.join(row.keywords) or None,
        referrals=ITEM.join(
            codes(referral_id, r.kind, r.destination_id, r.day, "" if r.consent is None else flag(r.consent))
            for referral_id, r in zip(ids, row.referrals, strict=True)
        )
        or None,
        subject=row.subject,
        narrative=row.narrative,
        redactions=row.redactions,
    )


@lru_cache(maxsize=4096)
def _codes(segment: str) -> tuple[str | None, ...]:
    return tuple(code or None for code in segment.split(SEGMENT))


@lru_cache(maxsize=1024)
def _flag_codes(segment: str) -> tuple[Any, ...]:
    channel, category, harm, danger, via = segment.split(SEGMENT)
    return channel or None, category or None, harm in _TRUE, danger in _TRUE, via in _TRUE


@lru_cache(maxsize=4096)
def _outcome_codes(segment: str) -> tuple[Any, ...]:
    result, related, holder, sector, issues = segment.split(SEGMENT)
    return result or None, related or None, tuple(json.loads(issues)) if issues else (), holder or None, sector or None


@lru_cache(maxsize=4096)
def _items(packed: str | None) -> tuple[str, ...]:
    return tuple(sorted(packed.split(ITEM))) if packed else ()


def _referrals(packed: str | None) -> tuple[PublishedReferral, ...]:
    """Packed referrals in the order they were made (by id)."""
    if not packed:
        return ()
    items = []
    for item in packed.split(ITEM):
        referral_id, kind, destination, day, consent = item.split(SEGMENT)
        items.append(
            (int(referral_id), PublishedReferral(destination, kind, day, None if consent == "" else consent in _TRUE))
        )
    items.sort(key=lambda pair: pair[0])
    return tuple(referral for _id, referral in items)


def csv_field(value: Any) -> str:
    """One cell as csv.writer writes it (minimal quoting), neutralised first (see :func:`neutralise`)."""
    if value.__class__ is not str:
        return str(value)
    text: str = value
    if text[:1] in FORMULA_FIRST:
        text = "'" + text
    if '"' in text or "," in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv_fragment(cells: Sequence[Any]) -> str:
    return ",".join(map(csv_field, cells))


def _fiscal_year_of(received: str) -> int:
    year = int(received[:4])
    return year if int(received[5:7]) >= 4 else year - 1


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


class _Fragments:
    """Rendered CSV runs of cells, one dictionary per packed segment."""

    def __init__(self) -> None:
        self.head: dict[tuple[str, str | None], str] = {}
        self.flags: dict[str, str] = {}
        self.consultant: dict[str, str] = {}
        self.party: dict[tuple[str, str], tuple[str, str]] = {}
        self.goods: dict[str, tuple[str, str]] = {}
        self.multi: dict[tuple[str | None, str | None], str] = {}
        self.outcome: dict[str, str] = {}
        self.referrals: dict[tuple[tuple[str, str], ...], str] = {}
        self.names: dict[tuple[str | None, str | None, str | None], tuple[str, str]] = {}


@dataclass(frozen=True)
class CasebookLayout:
    """The casebook's columns for one set of code lists and directory entries."""

    codelists: CodeLists
    directory_names: Mapping[str, str]
    headers: tuple[str, ...] = field(init=False)
    _pairs: dict[str, dict[str, list[str]]] = field(init=False, repr=False, compare=False)
    _cache: dict[Any, Any] = field(init=False, repr=False, compare=False)
    _fragments: _Fragments = field(init=False, repr=False, compare=False)
    _no_referrals: list[Any] = field(init=False, repr=False, compare=False)
    _no_referral_fragment: str = field(init=False, repr=False, compare=False)

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
        object.__setattr__(self, "_cache", {})
        object.__setattr__(self, "_fragments", _Fragments())
        object.__setattr__(self, "_no_referrals", [*_indicators(lists["referral_kind"], ()), ""])
        object.__setattr__(self, "_no_referral_fragment", _csv_fragment(self._no_referrals))

    # -- writing -------------------------------------------------------------------------

    def row(self, facts: CaseFacts, serial: int) -> tuple[list[Any], ScrubResult, ScrubResult]:
        """One anonymised row (cells in header order) and what was scrubbed from narrative and subject.

        Scrubs now; the export instead reads rows whose texts were scrubbed when the case was saved.
        """
        subject, narrative = scrub_texts(facts)
        return self.cells(published_row(facts, subject, narrative), serial), narrative, subject

    def cells(self, row: CasebookRow, serial: int) -> list[Any]:
        """The cells of one casebook row, in header order (the reference for :meth:`csv_line`)."""
        received = row.received
        contract, paid = row.contract_amount, row.paid_amount
        return [
            serial,
            *self._head_cells(received, row.classification_version),
            *self._flag_cells(row.channel, row.category, row.harm, row.danger, row.via_center),
            *self._consultant_cells(
                row.consultant_age_band, row.consultant_gender, row.consultant_occupation, row.consultant_relation
            ),
            *self._party_cells(row.party_age_band, row.party_gender, row.party_occupation, row.party_prefecture, received),
            row.party_municipality or "",
            *self._product_cells(row.product, row.sales_form),
            *self._multi_cells(row.methods, row.keywords),
            *self._pair("payment", row.payment),
            "" if contract is None else contract,
            "" if paid is None else paid,
            row.business_name or "",
            row.corporate_number or "",
            *self._outcome_cells(row.result, row.pi_related, row.pi_issues, row.pi_holder, row.pi_sector),
            *self._referral_cells(tuple((r.kind, r.destination_id) for r in row.referrals)),
            row.subject,
            self._caption(received, row.party_age_band, row.party_gender, row.party_occupation),
            row.narrative,
        ]

    def csv_line(self, packed: PackedRow, serial: int) -> str:
        """``cells(unpack(packed), serial)`` as one CSV line, neutralised, quoted as csv.writer quotes, CRLF.

        The export's hot path: a run of cells that depends only on one packed segment
        is rendered once per distinct segment and looked up afterwards (the code lists
        are small, so a 100,000-case export meets a few thousand distinct segments).
        """
        cache = self._fragments
        received = packed.received
        key: Any = (received[:10], packed.classification_version)
        head = cache.head.get(key)
        if head is None:
            head = cache.head[key] = _csv_fragment(self._head_cells(received, packed.classification_version))
        flags = cache.flags.get(packed.flags)
        if flags is None:
            flags = cache.flags[packed.flags] = _csv_fragment(self._flag_cells(*_flag_codes(packed.flags)))
        consultant = cache.consultant.get(packed.consultant)
        if consultant is None:
            consultant = cache.consultant[packed.consultant] = _csv_fragment(
                self._consultant_cells(*_codes(packed.consultant))
            )
        # The party's cells depend on the month too (published age bands changed in 2022-04), as does the caption.
        key = (received[:7], packed.party)
        party_and_caption = cache.party.get(key)
        if party_and_caption is None:
            band, gender, occupation, prefecture, _relation = _codes(packed.party)
            party_and_caption = cache.party[key] = (
                _csv_fragment(self._party_cells(band, gender, occupation, prefecture, received)),
                csv_field(self._caption(received, band, gender, occupation)),
            )
        party, caption = party_and_caption
        goods = cache.goods.get(packed.goods)
        if goods is None:
            product, form, payment = _codes(packed.goods)
            goods = cache.goods[packed.goods] = (
                _csv_fragment(self._product_cells(product, form)),
                _csv_fragment(self._pair("payment", payment)),
            )
        key = (packed.methods, packed.keywords)
        multi = cache.multi.get(key)
        if multi is None:
            multi = cache.multi[key] = _csv_fragment(self._multi_cells(_items(packed.methods), _items(packed.keywords)))
        outcome = cache.outcome.get(packed.outcome)
        if outcome is None:
            outcome = cache.outcome[packed.outcome] = _csv_fragment(
                self._outcome_cells(*_outcome_codes(packed.outcome))
            )
        if packed.referrals:
            pairs = tuple((r.kind, r.destination_id) for r in _referrals(packed.referrals))
            referrals = cache.referrals.get(pairs)
            if referrals is None:
                referrals = cache.referrals[pairs] = _csv_fragment(self._referral_cells(pairs))
        else:
            referrals = self._no_referral_fragment
        # Municipalities and businesses repeat: their rendered cells are kept too.
        names = cache.names
        key = (packed.municipality, packed.business_name, packed.corporate_number)
        named = names.get(key)
        if named is None:
            named = names[key] = (
                csv_field(packed.municipality or ""),
                f"{csv_field(packed.business_name or '')},{csv_field(packed.corporate_number or '')}",
            )
        contract, paid = packed.contract_amount, packed.paid_amount
        return (
            f"{serial},{head},{flags},{consultant},{party},{named[0]},{goods[0]},"
            f"{multi},{goods[1]},{'' if contract is None else contract},{'' if paid is None else paid},"
            f"{named[1]},{outcome},{referrals},{csv_field(packed.subject)},{caption},{csv_field(packed.narrative)}\r\n"
        )

    def unpack(self, packed: PackedRow) -> CasebookRow:
        """The typed row of a packed one (JSON and XLSX exports)."""
        channel, category, harm, danger, via_center = _flag_codes(packed.flags)
        result, related, issues, holder, sector = _outcome_codes(packed.outcome)
        return CasebookRow._make(
            (
                packed.case_no, packed.received, packed.classification_version,
                channel, category, harm, danger, via_center,
                *_codes(packed.consultant), *_codes(packed.party), packed.municipality,
                *_codes(packed.goods), packed.contract_amount, packed.paid_amount,
                packed.business_name, packed.corporate_number,
                result, related, issues, holder, sector,
                _items(packed.methods), _items(packed.keywords), _referrals(packed.referrals),
                packed.subject, packed.narrative, packed.redactions,
            )
        )  # fmt: skip

    # Each run of cells, built from codes; cached, since a casebook has few distinct ones.

    def _head_cells(self, received: str, version: str | None) -> list[Any]:
        return [received[:10], _fiscal_year_of(received), version or self.codelists.classification_version]

    def _flag_cells(self, channel: str | None, category: str | None, harm: Any, danger: Any, via: Any) -> list[Any]:
        key = ("flags", channel, category, bool(harm), bool(danger), bool(via))
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = [
                *self._pair("channel", channel), *self._pair("category", category),
                _flag(harm), _flag(danger), _flag(via),
            ]  # fmt: skip
        return found

    def _consultant_cells(
        self, band: str | None, gender: str | None, occupation: str | None, relation: str | None
    ) -> list[Any]:
        return [
            *self._pair("age_band", band),
            *self._pair("gender", gender),
            *self._pair("occupation", occupation),
            *self._pair("relation", relation),
        ]

    def _party_cells(
        self, band: str | None, gender: str | None, occupation: str | None, prefecture: str | None, received: str
    ) -> list[Any]:
        key = ("party", band, received >= _AGE_OF_MAJORITY_CHANGE)
        published = self._cache.get(key)
        if published is None:
            published = self._cache[key] = published_band_label(
                self.codelists, band, dt.date.fromisoformat(received[:10])
            )
        return [
            *self._pair("age_band", band),
            published,
            *self._pair("gender", gender),
            *self._pair("occupation", occupation),
            *self._pair("prefecture", prefecture),
        ]

    def _product_cells(self, product: str | None, sales_form: str | None) -> list[Any]:
        top = self.codelists["product"].top_of(product)
        return [top.code if top else "", top.label if top else "", *self._pair("product", product)] + self._pair(
            "sales_form", sales_form
        )

    def _multi_cells(self, methods: Sequence[str], keywords: Sequence[str]) -> list[Any]:
        key = ("multi", frozenset(methods), frozenset(keywords))
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = _indicators(self.codelists["sales_method"], methods) + _indicators(
                self.codelists["content_keyword"], keywords
            )
        return found

    def _outcome_cells(
        self,
        result: str | None,
        related: str | None,
        issues: Sequence[str],
        holder: str | None,
        sector: str | None,
    ) -> list[Any]:
        return [
            *self._pair("result", result),
            *self._pair("pi_related", related),
            *_indicators(self.codelists["pi_issue"], issues),
            *self._pair("pi_holder", holder),
            *self._pair("pi_sector", sector),
        ]

    def _referral_cells(self, pairs: tuple[tuple[str, str], ...]) -> list[Any]:
        """Kind indicators and the 移送・紹介先 text of (kind, destination) pairs, in referral order."""
        if not pairs:
            return self._no_referrals
        kinds = self.codelists["referral_kind"]
        return _indicators(kinds, tuple(kind for kind, _ in pairs)) + [
            REFERRAL_SEPARATOR.join(
                f"{kinds.label_of(kind, kind)}{REFERRAL_KIND_SEPARATOR}{self.directory_names.get(dest, dest)}"
                for kind, dest in pairs
            )
        ]

    def _caption(self, received: str, band: str | None, gender: str | None, occupation: str | None) -> str:
        return caption_of(int(received[:4]), int(received[5:7]), band, gender, occupation, self.codelists)

    def _pair(self, list_name: str, code: str | None) -> list[str]:
        found = self._pairs[list_name].get(code) if code is not None else None
        if found is None:
            return ["", ""] if not code else [code, ""]
        return found

    def json_case(self, row: CasebookRow) -> dict[str, Any]:
        """The case JSON of DESIGN.md §4 without personal fields (labels, not codes)."""
        lists = self.codelists

        def label(list_name: str, code: str | None) -> str | None:
            item = lists[list_name].get(code)
            return item.label if item else None

        received = row.received
        return {
            "received_at": received[:10],
            "fiscal_year": _fiscal_year_of(received),
            "classification_version": row.classification_version or lists.classification_version,
            "channel": label("channel", row.channel),
            "category": label("category", row.category),
            "harm": bool(row.harm),
            "danger": bool(row.danger),
            "via_center": bool(row.via_center),
            "consultant": {
                "age_band": label("age_band", row.consultant_age_band),
                "gender": label("gender", row.consultant_gender),
                "occupation": label("occupation", row.consultant_occupation),
                "relation": label("relation", row.consultant_relation),
            },
            "party": {
                "age_band": label("age_band", row.party_age_band),
                "gender": label("gender", row.party_gender),
                "occupation": label("occupation", row.party_occupation),
                "relation": label("relation", row.party_relation),
                "prefecture": label("prefecture", row.party_prefecture),
                "municipality": row.party_municipality,
            },
            "business": {"name": row.business_name, "corporate_number": row.corporate_number},
            "product": label("product", row.product),
            "sales_form": label("sales_form", row.sales_form),
            "methods": [lists["sales_method"].label_of(code, code) for code in row.methods],
            "keywords": [lists["content_keyword"].label_of(code, code) for code in row.keywords],
            "payment": label("payment", row.payment),
            "contract_amount": row.contract_amount,
            "paid_amount": row.paid_amount,
            "subject": row.subject,
            "caption": caption_of(
                int(received[:4]), int(received[5:7]), row.party_age_band, row.party_gender, row.party_occupation, lists
            ),
            "narrative": row.narrative,
            "result": label("result", row.result),
            "pi": None
            if row.pi_related is None
            else {
                "related": label("pi_related", row.pi_related),
                "issues": [lists["pi_issue"].label_of(code, code) for code in row.pi_issues],
                "holder": label("pi_holder", row.pi_holder),
                "sector": label("pi_sector", row.pi_sector),
            },
            "referrals": [
                {
                    "destination": self.directory_names.get(r.destination_id, r.destination_id),
                    "kind": lists["referral_kind"].label_of(r.kind, r.kind),
                    "date": r.day[:10],
                    "consent": None if r.consent is None else bool(r.consent),
                }
                for r in row.referrals
            ],
        }


_AGE_OF_MAJORITY_CHANGE = "2022-04-01"


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


_party_of = attrgetter("party")
_goods_of = attrgetter("goods")
_outcome_of = attrgetter("outcome")
_methods_of = attrgetter("methods")
_contract_of = attrgetter("contract_amount")
_paid_of = attrgetter("paid_amount")


def _month_of(row: PackedRow) -> str:
    return row.received[:7]


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
        # Tallies of packed segments (a few hundred distinct values each), expanded for the tables.
        self._months: Counter[str] = Counter()
        self._parties: Counter[str] = Counter()
        self._goods: Counter[str] = Counter()
        self._outcomes: Counter[str] = Counter()
        self._methods: Counter[str | None] = Counter()
        self._amounts: dict[str, list[int]] = {}
        self._expanded = 0

    def add(self, row: PackedRow) -> None:
        """Count one case."""
        self.add_all((row,))

    def add_all(self, rows: Iterable[PackedRow]) -> None:
        """Count cases given oldest first (tallied by packed segment; the tables expand them).

        Counting runs in C (Counter.update over attribute getters), a month at a time.
        """
        for month, group in groupby(rows, key=_month_of):
            cases = list(group)
            self.cases += len(cases)
            self._months[month] += len(cases)
            self._parties.update(map(_party_of, cases))
            self._goods.update(map(_goods_of, cases))
            self._outcomes.update(map(_outcome_of, cases))
            self._methods.update(map(_methods_of, cases))
            contract = list(filter(None, map(_contract_of, cases)))
            paid = list(filter(None, map(_paid_of, cases)))
            if contract or paid:
                sums = self._amounts.setdefault(month, [0, 0, 0, 0])
                sums[0] += sum(contract)
                sums[1] += len(contract)
                sums[2] += sum(paid)
                sums[3] += len(paid)

    def _expand(self) -> None:
        """Turn the tallied segments into the per-dimension counts (once, before the tables)."""
        if self._expanded == self.cases:
            return
        for counter in (
            self.by_year_month, self.band_gender, self.occupation, self.product_top, self.product,
            self.sales_form, self.methods, self.pi_related, self.pi_issues, self.result,
        ):  # fmt: skip
            counter.clear()
        self.amount_by_year.clear()
        for month, n in self._months.items():
            year, number = int(month[:4]), int(month[5:7])
            self.by_year_month[(year if number >= 4 else year - 1, number)] += n
        for party, n in self._parties.items():
            band, gender, occupation, _prefecture, _relation = _codes(party)
            self.band_gender[(band or "UNK", gender or "U")] += n
            self.occupation[occupation or ""] += n
        products = self._lists["product"]
        for goods, n in self._goods.items():
            product, form, _payment = _codes(goods)
            top = products.top_of(product)
            self.product_top[top.code if top else ""] += n
            if product:
                self.product[product] += n
            self.sales_form[form or ""] += n
        for methods, n in self._methods.items():
            for code in set(_items(methods)):
                self.methods[code] += n
        for outcome, n in self._outcomes.items():
            result, related, issues, _holder, _sector = _outcome_codes(outcome)
            self.pi_related[related or ""] += n
            if related == "yes":
                for code in set(issues):
                    self.pi_issues[code] += n
            self.result[result or ""] += n
        for month, sums in sorted(self._amounts.items()):
            year, number = int(month[:4]), int(month[5:7])
            fiscal = year if number >= 4 else year - 1
            total = self.amount_by_year.setdefault(fiscal, [0, 0, 0, 0])
            for index in range(4):
                total[index] += sums[index]
        # Years with cases but no amounts still get a row (as before: every counted year had one).
        for year, _number in self.by_year_month:
            self.amount_by_year.setdefault(year, [0, 0, 0, 0])
        self._expanded = self.cases

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
        self._expand()
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

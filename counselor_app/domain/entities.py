"""Immutable domain records of a case log: cases, parties, PI assessments, referrals, businesses, users."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

PartyRole = Literal["consultant", "party"]
CaseStatus = Literal["draft", "open", "awaiting_approval", "closed"]
Role = Literal["counselor", "supervisor", "admin"]
Regime = Literal["POLICY_2005", "CURRENT", "BOTH"]

# Fields that identify a person. Exports, PDFs for supervisors, logs and the
# scrubber drop or mask exactly these (DESIGN.md §3, "marked as such in the model").
PERSONAL_PARTY_FIELDS: tuple[str, ...] = (
    "name",
    "name_kana",
    "phone",
    "email",
    "address",
    "postal_code",
    "birth_date",
)
PERSONAL_BUSINESS_FIELDS: tuple[str, ...] = ()  # business data is not personal data


@dataclass(frozen=True)
class Party:
    """相談者 or 契約当事者 with the attributes PIO-NET aggregates by."""

    name: str | None = None
    name_kana: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    postal_code: str | None = None
    birth_date: dt.date | None = None
    age: int | None = None
    age_band: str | None = None
    gender: str | None = None
    occupation: str | None = None
    relation: str | None = None
    prefecture: str | None = None
    municipality: str | None = None

    def personal_values(self) -> dict[str, str]:
        """The personal fields that are filled, as text (for scrubbing and consent checks)."""
        values: dict[str, str] = {}
        for name in PERSONAL_PARTY_FIELDS:
            value = getattr(self, name)
            if value:
                values[name] = value.isoformat() if isinstance(value, dt.date) else str(value)
        return values

    def is_empty(self) -> bool:
        """True when nothing at all was recorded about this person."""
        return all(getattr(self, name) in (None, "") for name in self.__dataclass_fields__)


@dataclass(frozen=True)
class HandlingEntry:
    """One line of the handling log (処理経過)."""

    at: dt.datetime
    counterpart: str
    text: str
    created_by: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class Cue:
    """A piece of narrative that moved the classifier, with its weight and meaning."""

    text: str
    weight: float
    start: int
    end: int
    rule: str
    issue: str | None = None


@dataclass(frozen=True)
class PiAssessment:
    """The personal-information judgement on a case: the counselor's decision and the suggestion."""

    related: Literal["yes", "no", "undecided"] = "undecided"
    issues: tuple[str, ...] = ()
    holder: str | None = None
    sector: str | None = None
    regime: str | None = None
    score: float | None = None
    cues: tuple[Cue, ...] = ()
    suggested_related: bool | None = None
    suggested_issues: tuple[str, ...] = ()
    suggested_holder: str | None = None
    overridden: bool = False
    assessed_at: dt.datetime | None = None
    assessed_by: str | None = None


@dataclass(frozen=True)
class Referral:
    """A 移送・紹介・情報提供 from the center to another body, with consent and follow-up."""

    destination_id: str
    kind: str
    date: dt.date
    method: str | None = None
    reason: str | None = None
    consent: bool | None = None
    consent_at: dt.date | None = None
    consent_scope: tuple[str, ...] = ()
    shared_fields: tuple[str, ...] = ()
    request: str | None = None
    due_date: dt.date | None = None
    status: str = "UNSENT"
    reply_text: str | None = None
    reply_date: dt.date | None = None
    uuid: str | None = None
    id: int | None = None
    case_id: int | None = None
    created_by: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    version: int = 0


@dataclass(frozen=True)
class Case:
    """One consultation (相談), PIO-NET shaped: store codes, show labels."""

    office_code: str
    received_at: dt.datetime
    narrative: str = ""
    channel: str | None = None
    category: str | None = None
    harm: bool = False
    danger: bool = False
    via_center: bool = False
    consultant: Party = field(default_factory=Party)
    party: Party = field(default_factory=Party)
    party_same_as_consultant: bool = False
    business_id: int | None = None
    business_name: str | None = None
    product: str | None = None
    sales_form: str | None = None
    methods: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    payment: str | None = None
    contract_amount: int | None = None
    paid_amount: int | None = None
    subject: str = ""
    result: str | None = None
    status: CaseStatus = "draft"
    counselor: str | None = None
    approved_by: str | None = None
    approved_at: dt.datetime | None = None
    review_comment: str | None = None
    related_case_uuid: str | None = None
    classification_version: str | None = None
    handling: tuple[HandlingEntry, ...] = ()
    pi: PiAssessment | None = None
    referrals: tuple[Referral, ...] = ()
    id: int | None = None
    uuid: str | None = None
    case_no: str | None = None
    fiscal_year: int | None = None
    version: int = 0
    created_at: dt.datetime | None = None
    created_by: str | None = None
    updated_at: dt.datetime | None = None
    updated_by: str | None = None
    deleted_at: dt.datetime | None = None


@dataclass(frozen=True)
class CaseSummary:
    """A case-list row: what the list shows, never personal fields."""

    id: int
    case_no: str | None
    received_at: dt.datetime
    status: str
    channel: str | None
    category: str | None
    subject: str
    business_name: str | None
    product: str | None
    pi_related: str | None
    counselor: str | None
    office_code: str


@dataclass(frozen=True)
class Business:
    """A business (事業者) in the registry, for 名寄せ."""

    display_name: str
    normalized_key: str = ""
    corporate_number: str | None = None
    aliases: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    sector: str | None = None
    merged_into_id: int | None = None
    id: int | None = None
    uuid: str | None = None
    version: int = 0


@dataclass(frozen=True)
class Contact:
    """How to reach a window."""

    phone: str | None = None
    hours: str | None = None
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class DirectoryEntry:
    """A window (窓口) cases can be referred to, valid for a regime and a period."""

    id: str
    name: str
    kind: str
    regime: Regime
    parent: str | None = None
    sectors: tuple[str, ...] = ()
    contact: Contact = field(default_factory=Contact)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    successor_id: str | None = None
    legal_basis: str | None = None
    legal_basis_2005: str | None = None
    note: str | None = None
    sources: tuple[str, ...] = ()
    local: bool = False
    office_code: str | None = None
    annotation: str | None = None

    def basis_for(self, regime: str) -> str | None:
        """The legal basis text shown in ``regime`` (the policy's own wording in 2005 mode)."""
        if regime == "POLICY_2005":
            return self.legal_basis_2005
        return self.legal_basis

    def is_valid_on(self, day: dt.date) -> bool:
        """True when the body existed on ``day``."""
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)


@dataclass(frozen=True)
class Office:
    """A consumer center or branch; its code prefixes case numbers."""

    code: str
    name: str
    parent_code: str | None = None


@dataclass(frozen=True)
class User:
    """A person who logs in."""

    login: str
    display_name: str
    role: Role
    office_code: str
    password_hash: str | None = None
    active: bool = True
    id: int | None = None


@dataclass(frozen=True)
class Actor:
    """Who performs an operation; services check roles against it and audit it."""

    login: str
    role: Role
    office_code: str
    display_name: str = ""

    @property
    def is_supervisor(self) -> bool:
        """Supervisors and admins may approve, export and print summaries."""
        return self.role in ("supervisor", "admin")


@dataclass(frozen=True)
class AuditEvent:
    """An append-only, hash-chained record of who did what to which record."""

    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    detail: str
    prev_hash: str
    hash: str
    seq: int | None = None

"""Conversions between table records and immutable domain objects."""

from __future__ import annotations

from typing import Any

from counselor_app.domain.entities import (
    Business,
    Case,
    Contact,
    Cue,
    DirectoryEntry,
    HandlingEntry,
    Office,
    Party,
    PiAssessment,
    Referral,
    User,
)
from counselor_app.persistence.tables import (
    BusinessRecord,
    CaseRecord,
    DirectoryEntryRecord,
    HandlingEntryRecord,
    OfficeRecord,
    PartyRecord,
    PiAssessmentRecord,
    ReferralRecord,
    UserRecord,
)

PARTY_COLUMNS: tuple[str, ...] = tuple(Party.__dataclass_fields__)

# Case columns copied one to one between CaseRecord and Case.
CASE_SCALAR_COLUMNS: tuple[str, ...] = (
    "uuid",
    "case_no",
    "office_code",
    "fiscal_year",
    "received_at",
    "channel",
    "category",
    "harm",
    "danger",
    "via_center",
    "party_same_as_consultant",
    "business_id",
    "business_name",
    "product",
    "sales_form",
    "payment",
    "contract_amount",
    "paid_amount",
    "subject",
    "narrative",
    "result",
    "status",
    "counselor",
    "approved_by",
    "approved_at",
    "review_comment",
    "related_case_uuid",
    "classification_version",
    "version",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "deleted_at",
)


def party_to_row(party: Party) -> dict[str, Any]:
    """Party fields as a column dict."""
    return {name: getattr(party, name) for name in PARTY_COLUMNS}


def party_from_record(record: PartyRecord | None) -> Party:
    """Build a Party (empty when the case has none recorded)."""
    if record is None:
        return Party()
    return Party(**{name: getattr(record, name) for name in PARTY_COLUMNS})


def handling_from_record(record: HandlingEntryRecord) -> HandlingEntry:
    """Build a handling-log entry."""
    return HandlingEntry(
        id=record.id,
        at=record.at,
        counterpart=record.counterpart,
        text=record.text,
        created_by=record.created_by,
    )


def cue_to_json(cue: Cue) -> dict[str, Any]:
    """A cue as stored in the assessment's JSON column."""
    return {
        "text": cue.text,
        "weight": cue.weight,
        "start": cue.start,
        "end": cue.end,
        "rule": cue.rule,
        "issue": cue.issue,
    }


def cue_from_json(raw: dict[str, Any]) -> Cue:
    """A stored cue back as a domain object."""
    return Cue(
        text=str(raw.get("text", "")),
        weight=float(raw.get("weight", 0.0)),
        start=int(raw.get("start", 0)),
        end=int(raw.get("end", 0)),
        rule=str(raw.get("rule", "")),
        issue=raw.get("issue"),
    )


def pi_to_row(pi: PiAssessment) -> dict[str, Any]:
    """An assessment as a column dict (without case_id)."""
    return {
        "related": pi.related,
        "issues": list(pi.issues),
        "holder": pi.holder,
        "sector": pi.sector,
        "regime": pi.regime,
        "score": pi.score,
        "cues": [cue_to_json(cue) for cue in pi.cues],
        "suggested_related": pi.suggested_related,
        "suggested_issues": list(pi.suggested_issues),
        "suggested_holder": pi.suggested_holder,
        "overridden": pi.overridden,
        "assessed_at": pi.assessed_at,
        "assessed_by": pi.assessed_by,
    }


def pi_from_record(record: PiAssessmentRecord | None) -> PiAssessment | None:
    """Build an assessment (None when the case was never assessed)."""
    if record is None:
        return None
    related = record.related if record.related in ("yes", "no", "undecided") else "undecided"
    return PiAssessment(
        related=related,  # type: ignore[arg-type]  # narrowed by the check above
        issues=tuple(record.issues or ()),
        holder=record.holder,
        sector=record.sector,
        regime=record.regime,
        score=record.score,
        cues=tuple(cue_from_json(raw) for raw in record.cues or ()),
        suggested_related=record.suggested_related,
        suggested_issues=tuple(record.suggested_issues or ()),
        suggested_holder=record.suggested_holder,
        overridden=record.overridden,
        assessed_at=record.assessed_at,
        assessed_by=record.assessed_by,
    )


REFERRAL_COLUMNS: tuple[str, ...] = (
    "uuid",
    "destination_id",
    "kind",
    "date",
    "method",
    "reason",
    "consent",
    "consent_at",
    "request",
    "due_date",
    "status",
    "reply_text",
    "reply_date",
    "created_by",
    "created_at",
    "updated_at",
    "version",
)


def referral_to_row(referral: Referral) -> dict[str, Any]:
    """A referral as a column dict (without id/case_id)."""
    row = {name: getattr(referral, name) for name in REFERRAL_COLUMNS}
    row["consent_scope"] = list(referral.consent_scope)
    row["shared_fields"] = list(referral.shared_fields)
    return row


def referral_from_record(record: ReferralRecord) -> Referral:
    """Build a referral."""
    return Referral(
        id=record.id,
        case_id=record.case_id,
        consent_scope=tuple(record.consent_scope or ()),
        shared_fields=tuple(record.shared_fields or ()),
        **{name: getattr(record, name) for name in REFERRAL_COLUMNS},
    )


def case_to_row(case: Case) -> dict[str, Any]:
    """Scalar case columns as a dict (children are stored separately)."""
    return {name: getattr(case, name) for name in CASE_SCALAR_COLUMNS}


def case_from_records(
    record: CaseRecord,
    *,
    consultant: PartyRecord | None,
    party: PartyRecord | None,
    methods: list[str],
    keywords: list[str],
    handling: list[HandlingEntryRecord],
    pi: PiAssessmentRecord | None,
    referrals: list[ReferralRecord],
) -> Case:
    """Assemble a full Case from its record and children."""
    values = {name: getattr(record, name) for name in CASE_SCALAR_COLUMNS}
    return Case(
        id=record.id,
        consultant=party_from_record(consultant),
        party=party_from_record(party),
        methods=tuple(methods),
        keywords=tuple(keywords),
        handling=tuple(handling_from_record(entry) for entry in handling),
        pi=pi_from_record(pi),
        referrals=tuple(referral_from_record(ref) for ref in referrals),
        **values,
    )


def business_from_record(record: BusinessRecord, aliases: list[str]) -> Business:
    """Build a registry business."""
    return Business(
        id=record.id,
        uuid=record.uuid,
        display_name=record.display_name,
        normalized_key=record.normalized_key,
        corporate_number=record.corporate_number,
        aliases=tuple(aliases),
        phones=tuple(record.phones or ()),
        addresses=tuple(record.addresses or ()),
        urls=tuple(record.urls or ()),
        sector=record.sector,
        merged_into_id=record.merged_into_id,
        version=record.version,
    )


def directory_from_record(record: DirectoryEntryRecord) -> DirectoryEntry:
    """Build a directory entry."""
    regime = record.regime if record.regime in ("POLICY_2005", "CURRENT", "BOTH") else "BOTH"
    return DirectoryEntry(
        id=record.id,
        name=record.name,
        kind=record.kind,
        regime=regime,  # type: ignore[arg-type]  # narrowed above
        parent=record.parent,
        sectors=tuple(record.sectors or ()),
        contact=Contact(phone=record.phone, hours=record.hours, url=record.url, note=record.contact_note),
        valid_from=record.valid_from,
        valid_to=record.valid_to,
        successor_id=record.successor_id,
        legal_basis=record.legal_basis,
        legal_basis_2005=record.legal_basis_2005,
        note=record.note,
        sources=tuple(record.sources or ()),
        local=record.local,
        office_code=record.office_code,
        annotation=record.annotation,
    )


def directory_to_row(entry: DirectoryEntry) -> dict[str, Any]:
    """A directory entry as a column dict."""
    return {
        "id": entry.id,
        "name": entry.name,
        "parent": entry.parent,
        "kind": entry.kind,
        "sectors": list(entry.sectors),
        "phone": entry.contact.phone,
        "hours": entry.contact.hours,
        "url": entry.contact.url,
        "contact_note": entry.contact.note,
        "regime": entry.regime,
        "valid_from": entry.valid_from,
        "valid_to": entry.valid_to,
        "successor_id": entry.successor_id,
        "legal_basis": entry.legal_basis,
        "legal_basis_2005": entry.legal_basis_2005,
        "note": entry.note,
        "sources": list(entry.sources),
        "local": entry.local,
        "office_code": entry.office_code,
        "annotation": entry.annotation,
    }


def office_from_record(record: OfficeRecord) -> Office:
    """Build an office."""
    return Office(code=record.code, name=record.name, parent_code=record.parent_code)


def user_from_record(record: UserRecord) -> User:
    """Build a user."""
    role = record.role if record.role in ("counselor", "supervisor", "admin") else "counselor"
    return User(
        id=record.id,
        login=record.login,
        display_name=record.display_name,
        role=role,  # type: ignore[arg-type]  # narrowed above
        office_code=record.office_code,
        password_hash=record.password_hash,
        active=record.active,
    )

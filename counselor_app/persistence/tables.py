"""SQLModel tables of the whole data model (DESIGN.md §3); personal columns carry info={"personal": True}."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, DateTime, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def moment(**kwargs: Any) -> Any:
    """A timestamp column: naive wall-clock time of the office's time zone (Asia/Tokyo by default).

    Japan has no daylight saving time, so naive local times sort and group by day
    and month exactly as counselors read them (see db/README.md).
    """
    return Field(sa_type=DateTime(timezone=False), **kwargs)


def personal(**kwargs: Any) -> Any:
    """A nullable text column holding personal data (names, phones, addresses, e-mail)."""
    return Field(default=None, sa_column_kwargs={"info": {"personal": True}}, **kwargs)


class OfficeRecord(SQLModel, table=True):
    """A consumer center or branch office."""

    __tablename__ = "office"

    code: str = Field(primary_key=True, max_length=16)
    name: str
    parent_code: str | None = Field(default=None, max_length=16)
    created_at: dt.datetime = moment()


class UserRecord(SQLModel, table=True):
    """A login with its role; passwords only as argon2id hashes."""

    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    login: str = Field(unique=True, max_length=64)
    display_name: str
    role: str = Field(max_length=16)
    office_code: str = Field(foreign_key="office.code", max_length=16)
    password_hash: str | None = None
    active: bool = True
    failed_logins: int = 0
    locked_until: dt.datetime | None = moment(default=None)
    last_login_at: dt.datetime | None = moment(default=None)
    created_at: dt.datetime = moment()


class BusinessRecord(SQLModel, table=True):
    """A business in the registry (名寄せ); merged records point at the survivor."""

    __tablename__ = "business"
    __table_args__ = (Index("ix_business_normalized_key", "normalized_key"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True, max_length=36)
    display_name: str
    normalized_key: str
    corporate_number: str | None = Field(default=None, max_length=13, index=True)
    phones: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    addresses: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    urls: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    sector: str | None = Field(default=None, max_length=32)
    merged_into_id: int | None = Field(default=None, foreign_key="business.id")
    version: int = 0
    created_at: dt.datetime = moment()
    updated_at: dt.datetime = moment()


class BusinessAliasRecord(SQLModel, table=True):
    """Another name a business is known by; kept through merges."""

    __tablename__ = "business_alias"
    __table_args__ = (Index("ix_business_alias_key", "normalized_key"),)

    id: int | None = Field(default=None, primary_key=True)
    business_id: int = Field(foreign_key="business.id", index=True)
    alias: str
    normalized_key: str


class BusinessMergeRecord(SQLModel, table=True):
    """A merge of two business records, with what is needed to undo it."""

    __tablename__ = "business_merge"

    id: int | None = Field(default=None, primary_key=True)
    kept_id: int = Field(foreign_key="business.id")
    merged_id: int = Field(foreign_key="business.id")
    moved_case_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    moved_alias_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    merged_at: dt.datetime = moment()
    merged_by: str
    undone_at: dt.datetime | None = moment(default=None)
    undone_by: str | None = None


class CaseRecord(SQLModel, table=True):
    """One consultation: PIO-NET dimensions as codes, narrative, workflow state."""

    __tablename__ = "case_record"
    __table_args__ = (
        UniqueConstraint("office_code", "fiscal_year", "seq", name="uq_case_office_year_seq"),
        # Live cases by date: the case list's default order and its COUNT use this
        # narrow index instead of scanning the wide case rows.
        Index("ix_case_live", "deleted_at", "received_at"),
        Index("ix_case_status_received", "status", "received_at"),
        Index("ix_case_office_received", "office_code", "received_at"),
        Index("ix_case_business", "business_id"),
        Index("ix_case_product", "product"),
        Index("ix_case_counselor", "counselor"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True, max_length=36)
    case_no: str | None = Field(default=None, unique=True, max_length=32)
    office_code: str = Field(foreign_key="office.code", max_length=16)
    fiscal_year: int | None = None
    seq: int | None = None
    received_at: dt.datetime = moment()
    channel: str | None = Field(default=None, max_length=8)
    category: str | None = Field(default=None, max_length=8)
    harm: bool = False
    danger: bool = False
    via_center: bool = False
    party_same_as_consultant: bool = False
    business_id: int | None = Field(default=None, foreign_key="business.id")
    business_name: str | None = None
    product: str | None = Field(default=None, max_length=8)
    sales_form: str | None = Field(default=None, max_length=8)
    payment: str | None = Field(default=None, max_length=8)
    contract_amount: int | None = Field(default=None, sa_type=BigInteger)
    paid_amount: int | None = Field(default=None, sa_type=BigInteger)
    subject: str = ""
    narrative: str = Field(default="", sa_type=Text)
    result: str | None = Field(default=None, max_length=8)
    status: str = Field(default="draft", max_length=24)
    counselor: str | None = Field(default=None, max_length=64)
    approved_by: str | None = Field(default=None, max_length=64)
    approved_at: dt.datetime | None = moment(default=None)
    review_comment: str | None = None
    related_case_uuid: str | None = Field(default=None, max_length=36)
    classification_version: str | None = Field(default=None, max_length=16)
    version: int = 0
    created_at: dt.datetime = moment()
    created_by: str | None = None
    updated_at: dt.datetime = moment()
    updated_by: str | None = None
    deleted_at: dt.datetime | None = moment(default=None)
    anonymised_at: dt.datetime | None = moment(default=None)


class CaseSearchRecord(SQLModel, table=True):
    """Derived full-text search text of a case (domain/search.py), kept apart so case rows stay narrow.

    Indexed by FTS5 (trigram and n-gram) on SQLite and pg_trgm/GIN on PostgreSQL; see migration 0002.
    """

    __tablename__ = "case_search_text"

    case_id: int = Field(foreign_key="case_record.id", primary_key=True)
    search_text: str = Field(default="", sa_type=Text)
    search_ngrams: str = Field(default="", sa_type=Text)


class CaseScrubRecord(SQLModel, table=True):
    """Derived casebook texts of a case (domain/casebook.scrub_texts), kept apart so case rows stay narrow.

    The published subject and narrative and the redactions per type, computed on every
    write and stamped with the scrubber's version; an export scrubs rows with another
    stamp (or none) again. See migration 0004.
    """

    __tablename__ = "case_scrub"

    case_id: int = Field(foreign_key="case_record.id", primary_key=True)
    scrub_version: int | None = None
    scrubbed_subject: str = Field(default="", sa_type=Text)
    scrubbed_narrative: str = Field(default="", sa_type=Text)
    redaction_counts: str = Field(default="", sa_type=Text)


class PartyRecord(SQLModel, table=True):
    """相談者 or 契約当事者 of a case; identity columns are personal."""

    __tablename__ = "party"
    __table_args__ = (UniqueConstraint("case_id", "role", name="uq_party_case_role"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_record.id", index=True)
    role: str = Field(max_length=16)
    name: str | None = personal()
    name_kana: str | None = personal()
    phone: str | None = personal()
    email: str | None = personal()
    address: str | None = personal()
    postal_code: str | None = personal()
    birth_date: dt.date | None = personal()
    age: int | None = None
    age_band: str | None = Field(default=None, max_length=8)
    gender: str | None = Field(default=None, max_length=8)
    occupation: str | None = Field(default=None, max_length=8)
    relation: str | None = Field(default=None, max_length=8)
    prefecture: str | None = Field(default=None, max_length=8)
    municipality: str | None = Field(default=None, max_length=64)


class CaseMethodRecord(SQLModel, table=True):
    """A 販売方法・手口 of a case (multi-valued)."""

    __tablename__ = "case_method"

    case_id: int = Field(foreign_key="case_record.id", primary_key=True)
    code: str = Field(primary_key=True, max_length=8)


class CaseKeywordRecord(SQLModel, table=True):
    """A content keyword of a case (multi-valued)."""

    __tablename__ = "case_keyword"

    case_id: int = Field(foreign_key="case_record.id", primary_key=True)
    code: str = Field(primary_key=True, max_length=8)


class HandlingEntryRecord(SQLModel, table=True):
    """One line of the handling log (処理経過)."""

    __tablename__ = "handling_entry"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_record.id", index=True)
    at: dt.datetime = moment()
    counterpart: str = Field(max_length=16)
    text: str = Field(sa_type=Text)
    created_by: str | None = None


class PiAssessmentRecord(SQLModel, table=True):
    """The personal-information judgement of a case, with the suggestion it started from."""

    __tablename__ = "pi_assessment"
    __table_args__ = (Index("ix_pi_related", "related"),)

    case_id: int = Field(foreign_key="case_record.id", primary_key=True)
    related: str = Field(default="undecided", max_length=12)
    issues: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    holder: str | None = Field(default=None, max_length=16)
    sector: str | None = Field(default=None, max_length=32)
    regime: str | None = Field(default=None, max_length=16)
    score: float | None = None
    cues: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    suggested_related: bool | None = None
    suggested_issues: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    suggested_holder: str | None = Field(default=None, max_length=16)
    overridden: bool = False
    assessed_at: dt.datetime | None = moment(default=None)
    assessed_by: str | None = None


class DirectoryEntryRecord(SQLModel, table=True):
    """A window (窓口): seeded from reference data; offices edit contacts and add local ones."""

    __tablename__ = "directory_entry"

    id: str = Field(primary_key=True, max_length=64)
    name: str
    parent: str | None = None
    kind: str = Field(max_length=32)
    sectors: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    phone: str | None = None
    hours: str | None = None
    url: str | None = None
    contact_note: str | None = None
    regime: str = Field(max_length=16)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    successor_id: str | None = Field(default=None, max_length=64)
    legal_basis: str | None = None
    legal_basis_2005: str | None = None
    note: str | None = None
    sources: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    local: bool = False
    office_code: str | None = Field(default=None, max_length=16)
    annotation: str | None = None
    updated_at: dt.datetime | None = moment(default=None)


class ReferralRecord(SQLModel, table=True):
    """A 移送・紹介・情報提供 with consent to share and follow-up dates."""

    __tablename__ = "referral"
    __table_args__ = (Index("ix_referral_status_due", "status", "due_date"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True, max_length=36)
    case_id: int = Field(foreign_key="case_record.id", index=True)
    destination_id: str = Field(foreign_key="directory_entry.id", max_length=64)
    kind: str = Field(max_length=16)
    date: dt.date
    method: str | None = Field(default=None, max_length=16)
    reason: str | None = None
    consent: bool | None = None
    consent_at: dt.date | None = None
    consent_scope: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    shared_fields: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    request: str | None = None
    due_date: dt.date | None = None
    status: str = Field(default="UNSENT", max_length=16)
    reply_text: str | None = None
    reply_date: dt.date | None = None
    created_by: str | None = None
    created_at: dt.datetime = moment()
    updated_at: dt.datetime = moment()
    version: int = 0


class CaseReviewRecord(SQLModel, table=True):
    """A step of the 決裁 workflow: submitted, approved or returned, with a comment."""

    __tablename__ = "case_review"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_record.id", index=True)
    action: str = Field(max_length=16)
    actor: str = Field(max_length=64)
    at: dt.datetime = moment()
    comment: str | None = None


class CaseNumberCounterRecord(SQLModel, table=True):
    """The last issued sequence per office and fiscal year; locked while a number is issued."""

    __tablename__ = "case_number_counter"

    office_code: str = Field(primary_key=True, max_length=16)
    fiscal_year: int = Field(primary_key=True)
    last_seq: int = 0


class DraftRecord(SQLModel, table=True):
    """Autosaved intake state, restored after a crash."""

    __tablename__ = "draft"

    id: int | None = Field(default=None, primary_key=True)
    draft_key: str = Field(unique=True, max_length=64)
    case_id: int | None = Field(default=None, foreign_key="case_record.id")
    owner: str = Field(max_length=64)
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    base_version: int | None = None
    updated_at: dt.datetime = moment()


class AuditEventRecord(SQLModel, table=True):
    """Append-only, hash-chained audit trail (detail never contains personal fields)."""

    __tablename__ = "audit_event"
    # A case's access history reads one entity's events without scanning the trail.
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    seq: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = moment()
    actor: str = Field(max_length=64)
    action: str = Field(max_length=32)
    entity: str = Field(max_length=32)
    entity_id: str | None = Field(default=None, max_length=64)
    detail: str = ""
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class AuditHeadRecord(SQLModel, table=True):
    """The newest audit event, written with every append: deleting events at the end shows."""

    __tablename__ = "audit_head"

    id: int = Field(default=1, primary_key=True)
    seq: int
    hash: str = Field(max_length=64)


class SettingRecord(SQLModel, table=True):
    """An office-wide setting (regime, retention years, alert thresholds, ...)."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=64)
    value: Any = Field(default=None, sa_column=Column(JSON))
    updated_at: dt.datetime = moment()
    updated_by: str | None = None


class SyncPeerStateRecord(SQLModel, table=True):
    """What was last exchanged with another office for a case (bundle merges)."""

    __tablename__ = "sync_peer_state"

    case_uuid: str = Field(primary_key=True, max_length=36)
    peer_office: str = Field(primary_key=True, max_length=16)
    exchanged_version: int
    exchanged_hash: str = Field(max_length=64)
    exchanged_at: dt.datetime = moment()


class SyncConflictRecord(SQLModel, table=True):
    """A case changed on both sides since the last exchange, waiting for a supervisor."""

    __tablename__ = "sync_conflict"

    id: int | None = Field(default=None, primary_key=True)
    case_uuid: str = Field(max_length=36, index=True)
    peer_office: str = Field(max_length=16)
    theirs: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    detected_at: dt.datetime = moment()
    resolved_at: dt.datetime | None = moment(default=None)
    resolved_by: str | None = None
    resolution: str | None = Field(default=None, max_length=16)


class ImportedAuditEventRecord(SQLModel, table=True):
    """An audit event of another database's hash chain, kept exactly as recorded there (bundle imports).

    Kept apart from ``audit_event`` so that the local chain stays this database's own and
    the branch's chain stays verifiable as the branch's (``chain_id`` is the hash of the
    branch's first event; ``seq`` and the hashes are the branch's).
    """

    __tablename__ = "imported_audit_event"
    __table_args__ = (Index("ix_imported_audit_case", "case_uuid"),)

    chain_id: str = Field(primary_key=True, max_length=64)
    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    origin_office: str = Field(max_length=16)
    at: dt.datetime = moment()
    actor: str = Field(max_length=64)
    action: str = Field(max_length=32)
    entity: str = Field(max_length=32)
    entity_id: str | None = Field(default=None, max_length=64)
    detail: str = ""
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    case_uuid: str | None = Field(default=None, max_length=36)
    bundle_id: str = Field(max_length=36)


class BundleImportRecord(SQLModel, table=True):
    """A branch bundle that was imported (so a second import is recognised)."""

    __tablename__ = "bundle_import"

    bundle_id: str = Field(primary_key=True, max_length=36)
    office_code: str = Field(max_length=16)
    imported_at: dt.datetime = moment()
    imported_by: str | None = None
    summary: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


def personal_columns() -> dict[str, list[str]]:
    """Map each table to its personal columns (used by exports, logs and tests)."""
    result: dict[str, list[str]] = {}
    for table in SQLModel.metadata.sorted_tables:
        names = [column.name for column in table.columns if column.info.get("personal")]
        if names:
            result[table.name] = names
    return result

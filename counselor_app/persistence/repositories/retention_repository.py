"""Finding closed cases past their retention period and writing their anonymised form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from counselor_app.domain.entities import PERSONAL_PARTY_FIELDS
from counselor_app.domain.search import char_ngrams, index_text
from counselor_app.persistence.tables import (
    CaseRecord,
    CaseReviewRecord,
    CaseScrubRecord,
    CaseSearchRecord,
    DraftRecord,
    HandlingEntryRecord,
    PartyRecord,
    PiAssessmentRecord,
    ReferralRecord,
    SyncConflictRecord,
)


@dataclass
class CaseTexts:
    """Every free text of one case that may name a person, and the case's personal values."""

    case_id: int
    case_uuid: str
    personal_values: list[tuple[str, str]]
    subject: str
    narrative: str
    review_comment: str | None
    handling: dict[int, str] = field(default_factory=dict)
    referrals: dict[int, dict[str, str | None]] = field(default_factory=dict)
    reviews: dict[int, str | None] = field(default_factory=dict)
    cues: list[dict[str, Any]] | None = None


_REFERRAL_TEXTS = ("reason", "request", "reply_text")


class RetentionRepository:
    """Queries and updates of the retention job (in the caller's transaction)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @staticmethod
    def _due(cutoff: dt.datetime) -> list[ColumnElement[bool]]:
        closed_at = func.coalesce(col(CaseRecord.approved_at), col(CaseRecord.updated_at))
        return [
            col(CaseRecord.status) == "closed",
            col(CaseRecord.anonymised_at).is_(None),
            closed_at < cutoff,
        ]

    def due_by_fiscal_year(self, cutoff: dt.datetime) -> dict[int, int]:
        """How many due cases per fiscal year of receipt."""
        rows = self._session.execute(
            select(col(CaseRecord.fiscal_year), func.count())
            .where(*self._due(cutoff))
            .group_by(col(CaseRecord.fiscal_year))
            .order_by(col(CaseRecord.fiscal_year))
        )
        return {int(year or 0): int(count) for year, count in rows}

    def due_ids(self, cutoff: dt.datetime, limit: int) -> list[int]:
        """Ids of up to ``limit`` due cases, oldest first."""
        rows = self._session.execute(
            select(col(CaseRecord.id)).where(*self._due(cutoff)).order_by(col(CaseRecord.id)).limit(limit)
        )
        return [int(case_id) for (case_id,) in rows]

    def texts(self, case_ids: Sequence[int]) -> list[CaseTexts]:
        """The texts and personal values of the given cases."""
        session = self._session
        result: dict[int, CaseTexts] = {}
        for record in session.execute(select(CaseRecord).where(col(CaseRecord.id).in_(case_ids))).scalars():
            assert record.id is not None
            result[record.id] = CaseTexts(
                case_id=record.id,
                case_uuid=record.uuid,
                personal_values=[],
                subject=record.subject,
                narrative=record.narrative,
                review_comment=record.review_comment,
            )
        for party in session.execute(select(PartyRecord).where(col(PartyRecord.case_id).in_(case_ids))).scalars():
            for name in PERSONAL_PARTY_FIELDS:
                value = getattr(party, name)
                if value:
                    text = value.isoformat() if isinstance(value, dt.date) else str(value)
                    result[party.case_id].personal_values.append((name, text))
        for entry in session.execute(
            select(HandlingEntryRecord).where(col(HandlingEntryRecord.case_id).in_(case_ids))
        ).scalars():
            assert entry.id is not None
            result[entry.case_id].handling[entry.id] = entry.text
        for referral in session.execute(
            select(ReferralRecord).where(col(ReferralRecord.case_id).in_(case_ids))
        ).scalars():
            assert referral.id is not None
            result[referral.case_id].referrals[referral.id] = {
                name: getattr(referral, name) for name in _REFERRAL_TEXTS
            }
        for review in session.execute(
            select(CaseReviewRecord).where(col(CaseReviewRecord.case_id).in_(case_ids))
        ).scalars():
            assert review.id is not None
            result[review.case_id].reviews[review.id] = review.comment
        for pi in session.execute(
            select(PiAssessmentRecord).where(col(PiAssessmentRecord.case_id).in_(case_ids))
        ).scalars():
            result[pi.case_id].cues = list(pi.cues)
        return list(result.values())

    def write_anonymised(self, texts: CaseTexts, *, now: dt.datetime) -> None:
        """Store scrubbed texts, drop the personal columns and drafts, stamp ``anonymised_at``."""
        session = self._session
        case_id = texts.case_id
        session.execute(
            update(CaseRecord)
            .where(col(CaseRecord.id) == case_id)
            .values(
                subject=texts.subject,
                narrative=texts.narrative,
                review_comment=texts.review_comment,
                anonymised_at=now,
                # An open edit elsewhere must not write the personal data back.
                version=col(CaseRecord.version) + 1,
            )
        )
        session.execute(
            update(PartyRecord)
            .where(col(PartyRecord.case_id) == case_id)
            .values(**dict.fromkeys(PERSONAL_PARTY_FIELDS))
        )
        for entry_id, text in texts.handling.items():
            session.execute(
                update(HandlingEntryRecord).where(col(HandlingEntryRecord.id) == entry_id).values(text=text)
            )
        for referral_id, values in texts.referrals.items():
            session.execute(
                update(ReferralRecord).where(col(ReferralRecord.id) == referral_id).values(**values)
            )
        for review_id, comment in texts.reviews.items():
            session.execute(
                update(CaseReviewRecord).where(col(CaseReviewRecord.id) == review_id).values(comment=comment)
            )
        if texts.cues is not None:
            session.execute(
                update(PiAssessmentRecord).where(col(PiAssessmentRecord.case_id) == case_id).values(cues=texts.cues)
            )
        session.execute(delete(DraftRecord).where(col(DraftRecord.case_id) == case_id))
        # The derived texts were made from the personal originals: rebuild them from what is left.
        business = session.execute(select(col(CaseRecord.business_name)).where(col(CaseRecord.id) == case_id)).scalar()
        folded = index_text([texts.subject, texts.narrative, business, *texts.handling.values()])
        session.execute(
            update(CaseSearchRecord)
            .where(col(CaseSearchRecord.case_id) == case_id)
            .values(search_text=folded, search_ngrams=char_ngrams(folded))
        )
        session.execute(
            update(CaseScrubRecord)
            .where(col(CaseScrubRecord.case_id) == case_id)
            .values(scrub_version=None, scrubbed_subject=texts.subject, scrubbed_narrative=texts.narrative, redaction_counts="")
        )
        session.execute(
            update(SyncConflictRecord)
            .where(col(SyncConflictRecord.case_uuid) == texts.case_uuid)
            .values(theirs={})
        )

    def anonymised_count(self) -> int:
        """Cases anonymised so far."""
        return int(
            self._session.execute(
                select(func.count()).select_from(CaseRecord).where(col(CaseRecord.anonymised_at).is_not(None))
            ).scalar_one()
        )


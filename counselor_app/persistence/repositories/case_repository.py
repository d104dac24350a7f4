"""Storing and querying cases with their parties, keywords, handling log, PI assessment and referrals."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid as uuid_module
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import and_, column, delete, exists, func, insert, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement, TextClause
from sqlmodel import Session, col

from counselor_app.domain.case_query import CaseFilter, CaseSort
from counselor_app.domain.casebook import encode_counts, redaction_counts, scrub_texts
from counselor_app.domain.entities import Case, CaseSummary
from counselor_app.domain.errors import ConflictError, NotFoundError
from counselor_app.domain.referrals import OPEN_STATUSES, WAITING_STATUSES
from counselor_app.domain.scrubber import SCRUBBER_VERSION
from counselor_app.domain.search import index_columns, parse_query
from counselor_app.persistence.mappers import (
    case_from_records,
    case_to_row,
    party_to_row,
    pi_to_row,
    referral_to_row,
)
from counselor_app.persistence.tables import (
    CaseKeywordRecord,
    CaseMethodRecord,
    CaseNumberCounterRecord,
    CaseRecord,
    CaseScrubRecord,
    CaseSearchRecord,
    HandlingEntryRecord,
    PartyRecord,
    PiAssessmentRecord,
    ReferralRecord,
)

_SORT_COLUMNS: dict[str, Any] = {
    "received_at": col(CaseRecord.received_at),
    "case_no": col(CaseRecord.case_no),
    "status": col(CaseRecord.status),
    "channel": col(CaseRecord.channel),
    "subject": col(CaseRecord.subject),
    "business_name": col(CaseRecord.business_name),
    "product": col(CaseRecord.product),
    "counselor": col(CaseRecord.counselor),
}


_CASE_NUMBER_LIKE = re.compile(r"^[0-9A-Za-z-]{3,}$")
# Searches with at most this many matches are ordered by relevance, larger ones newest first.
RANKED_MATCHES = 5_000
# From this many new cases on, SQLite's FTS5 indexes are fed in bulk (see add_search_rows).
_BULK_FTS_ROWS = 200
# FTS5's in-memory term buffer ("hashsize"): its default, and the size used while feeding in bulk.
_FTS_HASH_BYTES = 1024 * 1024
_BULK_FTS_HASH_BYTES = 64 * 1024 * 1024


def search_columns(case: Case) -> dict[str, str]:
    """The derived full-text columns of a case (kept in step with every write)."""
    return search_columns_for(case.subject, case.narrative, case.business_name, [entry.text for entry in case.handling])


def search_columns_for(
    subject: str | None, narrative: str | None, business_name: str | None, handling_texts: Iterable[str]
) -> dict[str, str]:
    """The derived full-text columns from a case's texts (also for rows written without a Case, e.g. bundles)."""
    folded, ngrams = index_columns([subject, narrative, business_name, *handling_texts])
    return {"search_text": folded, "search_ngrams": ngrams}


def summary_columns() -> tuple[Any, ...]:
    """The columns of a :class:`CaseSummary`, in its field order (needs the pi_assessment outer join)."""
    return (
        col(CaseRecord.id),
        col(CaseRecord.case_no),
        col(CaseRecord.received_at),
        col(CaseRecord.status),
        col(CaseRecord.channel),
        col(CaseRecord.category),
        col(CaseRecord.subject),
        col(CaseRecord.business_name),
        col(CaseRecord.product),
        col(PiAssessmentRecord.related),
        col(CaseRecord.counselor),
        col(CaseRecord.office_code),
    )


def scrub_columns(case: Case) -> dict[str, Any]:
    """The derived casebook columns of a case: its published texts and redaction counts (every write)."""
    subject, narrative = scrub_texts(case)
    return {
        "scrub_version": SCRUBBER_VERSION,
        "scrubbed_subject": subject.text,
        "scrubbed_narrative": narrative.text,
        "redaction_counts": encode_counts(redaction_counts(subject, narrative)),
    }


def write_scrub(session: Session, case_id: int, values: dict[str, Any]) -> None:
    """Store the casebook scrub of a case, replacing the one it has (the caller holds the case row)."""
    outcome = session.execute(update(CaseScrubRecord).where(col(CaseScrubRecord.case_id) == case_id).values(**values))
    if not getattr(outcome, "rowcount", 0):
        session.execute(insert(CaseScrubRecord).values(case_id=case_id, **values))


def _fts_phrase(terms: list[str]) -> str:
    return " AND ".join(f'"{term}"' for term in terms)


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class CaseRepository:
    """Cases in one session; returns domain objects, never records."""

    def __init__(self, session: Session) -> None:
        self._session = session

    # -- numbering -----------------------------------------------------------------

    def next_sequence(self, office_code: str, fiscal_year: int) -> int:
        """Issue the next gap-free sequence number for an office and fiscal year.

        The counter row is updated in the caller's write transaction, so two desks
        saving at the same moment serialise on it (SQLite: BEGIN IMMEDIATE;
        PostgreSQL: the row lock taken by UPDATE), and a rolled-back save gives
        its number back.
        """
        session = self._session
        table = CaseNumberCounterRecord.__table__  # type: ignore[attr-defined]
        highest = session.execute(
            select(func.max(col(CaseRecord.seq))).where(
                col(CaseRecord.office_code) == office_code, col(CaseRecord.fiscal_year) == fiscal_year
            )
        ).scalar_one()
        dialect_insert = (
            postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        )
        # Create the counter once; a concurrent creator makes this a no-op (it waits on
        # the primary key until the other transaction commits, then does nothing).
        session.execute(
            dialect_insert(table)
            .values(office_code=office_code, fiscal_year=fiscal_year, last_seq=int(highest or 0))
            .on_conflict_do_nothing(index_elements=["office_code", "fiscal_year"])
        )
        issued = session.execute(
            update(table)
            .where(table.c.office_code == office_code, table.c.fiscal_year == fiscal_year)
            .values(last_seq=table.c.last_seq + 1)
            .returning(table.c.last_seq)
        ).scalar_one()
        return int(issued)

    def reserve_sequences(self, office_code: str, fiscal_year: int, count: int) -> int:
        """Reserve ``count`` consecutive numbers at once (bulk loads); returns the first."""
        first = self.next_sequence(office_code, fiscal_year)
        if count > 1:
            table = CaseNumberCounterRecord.__table__  # type: ignore[attr-defined]
            self._session.execute(
                update(table)
                .where(table.c.office_code == office_code, table.c.fiscal_year == fiscal_year)
                .values(last_seq=table.c.last_seq + (count - 1))
            )
        return first

    # -- writing -------------------------------------------------------------------

    def add(self, case: Case, *, seq: int | None = None) -> int:
        """Insert a case with all children; returns its id."""
        row = case_to_row(case)
        row["uuid"] = case.uuid or str(uuid_module.uuid4())
        row["seq"] = seq
        case_table = CaseRecord.__table__  # type: ignore[attr-defined]
        case_id = int(
            self._session.execute(insert(case_table).values(**row).returning(case_table.c.id)).scalar_one()
        )
        self._session.execute(insert(CaseSearchRecord).values(case_id=case_id, **search_columns(case)))
        self._session.execute(insert(CaseScrubRecord).values(case_id=case_id, **scrub_columns(case)))
        self._write_children(case_id, case)
        return case_id

    def update(self, case: Case, *, expected_version: int) -> int:
        """Overwrite a case if nobody saved it since ``expected_version``; returns the new version.

        Raises:
            ConflictError: the stored version differs (another desk saved first).
        """
        assert case.id is not None
        row = case_to_row(case)
        row.pop("uuid")
        row["version"] = expected_version + 1
        case_table = CaseRecord.__table__  # type: ignore[attr-defined]
        outcome = cast(
            CursorResult[Any],
            self._session.execute(
                update(case_table)
                .where(case_table.c.id == case.id, case_table.c.version == expected_version)
                .values(**row)
            ),
        )
        updated = outcome.rowcount
        if updated != 1:
            current = self._session.execute(
                select(col(CaseRecord.version), col(CaseRecord.updated_by), col(CaseRecord.updated_at)).where(
                    col(CaseRecord.id) == case.id
                )
            ).one_or_none()
            if current is None:
                raise NotFoundError("相談が見つかりません", where=f"case {case.id}")
            raise ConflictError(
                f"この相談は {current.updated_by or '別の端末'} が {current.updated_at:%Y-%m-%d %H:%M} に"
                f"保存しています（版 {current.version}）。上書きせずに、最新の内容を確認してください。",
                where=case.case_no or str(case.id),
            )
        self._session.execute(
            update(CaseSearchRecord).where(col(CaseSearchRecord.case_id) == case.id).values(**search_columns(case))
        )
        # A case written by a bundle has no stored scrub yet: this save adds it.
        write_scrub(self._session, case.id, scrub_columns(case))
        self._write_children(case.id, case, replace=True)
        return expected_version + 1

    def set_fields(self, case_id: int, **values: Any) -> None:
        """Update scalar columns and bump the version (workflow transitions)."""
        self._session.execute(
            update(CaseRecord)
            .where(col(CaseRecord.id) == case_id)
            .values(version=col(CaseRecord.version) + 1, **values)
        )

    def _write_children(self, case_id: int, case: Case, *, replace: bool = False) -> None:
        session = self._session
        if replace:
            for table in (PartyRecord, CaseMethodRecord, CaseKeywordRecord, PiAssessmentRecord):
                session.execute(delete(table).where(table.case_id == case_id))  # type: ignore[arg-type]
            existing_handling = {
                entry_id
                for (entry_id,) in session.execute(
                    select(col(HandlingEntryRecord.id)).where(col(HandlingEntryRecord.case_id) == case_id)
                )
            }
            kept = {entry.id for entry in case.handling if entry.id is not None}
            removed = existing_handling - kept
            if removed:
                session.execute(delete(HandlingEntryRecord).where(col(HandlingEntryRecord.id).in_(removed)))
        parties = [
            {"case_id": case_id, "role": "consultant", **party_to_row(case.consultant)},
        ]
        if not case.party.is_empty() or case.party_same_as_consultant:
            source = case.consultant if case.party_same_as_consultant else case.party
            parties.append({"case_id": case_id, "role": "party", **party_to_row(source)})
        session.execute(insert(PartyRecord), parties)
        if case.methods:
            session.execute(
                insert(CaseMethodRecord),
                [{"case_id": case_id, "code": code} for code in dict.fromkeys(case.methods)],
            )
        if case.keywords:
            session.execute(
                insert(CaseKeywordRecord),
                [{"case_id": case_id, "code": code} for code in dict.fromkeys(case.keywords)],
            )
        new_entries = [entry for entry in case.handling if entry.id is None]
        if new_entries:
            session.execute(
                insert(HandlingEntryRecord),
                [
                    {
                        "case_id": case_id,
                        "at": entry.at,
                        "counterpart": entry.counterpart,
                        "text": entry.text,
                        "created_by": entry.created_by,
                    }
                    for entry in new_entries
                ],
            )
        if case.pi is not None:
            session.execute(insert(PiAssessmentRecord).values(case_id=case_id, **pi_to_row(case.pi)))

    def bulk_add(self, cases: Sequence[Case], sequences: Sequence[int | None]) -> list[int]:
        """Insert many complete cases quickly (demo data, imports, bundles); returns ids in order."""
        session = self._session
        case_table = CaseRecord.__table__  # type: ignore[attr-defined]
        rows = []
        for case, seq in zip(cases, sequences, strict=True):
            row = case_to_row(case)
            row["uuid"] = case.uuid or str(uuid_module.uuid4())
            row["seq"] = seq
            rows.append(row)
        # "insertmanyvalues" batches the rows and, with sort_by_parameter_order, returns
        # the ids in input order on both SQLite and PostgreSQL.
        ids = [
            int(case_id)
            for case_id in session.execute(
                insert(case_table).returning(case_table.c.id, sort_by_parameter_order=True), rows
            ).scalars()
        ]
        parties: list[dict[str, Any]] = []
        methods: list[dict[str, Any]] = []
        keywords: list[dict[str, Any]] = []
        handling: list[dict[str, Any]] = []
        assessments: list[dict[str, Any]] = []
        referrals: list[dict[str, Any]] = []
        searches: list[dict[str, Any]] = []
        scrubs: list[dict[str, Any]] = []
        for case_id, case in zip(ids, cases, strict=True):
            searches.append({"case_id": case_id, **search_columns(case)})
            scrubs.append({"case_id": case_id, **scrub_columns(case)})
            parties.append({"case_id": case_id, "role": "consultant", **party_to_row(case.consultant)})
            if not case.party.is_empty() or case.party_same_as_consultant:
                source = case.consultant if case.party_same_as_consultant else case.party
                parties.append({"case_id": case_id, "role": "party", **party_to_row(source)})
            methods.extend({"case_id": case_id, "code": code} for code in dict.fromkeys(case.methods))
            keywords.extend({"case_id": case_id, "code": code} for code in dict.fromkeys(case.keywords))
            handling.extend(
                {
                    "case_id": case_id,
                    "at": entry.at,
                    "counterpart": entry.counterpart,
                    "text": entry.text,
                    "created_by": entry.created_by,
                }
                for entry in case.handling
            )
            if case.pi is not None:
                assessments.append({"case_id": case_id, **pi_to_row(case.pi)})
            for referral in case.referrals:
                row = referral_to_row(referral)
                row["uuid"] = referral.uuid or str(uuid_module.uuid4())
                row["case_id"] = case_id
                referrals.append(row)
        self.add_search_rows(searches)
        for table, batch in (
            (CaseScrubRecord, scrubs),
            (PartyRecord, parties),
            (CaseMethodRecord, methods),
            (CaseKeywordRecord, keywords),
            (HandlingEntryRecord, handling),
            (PiAssessmentRecord, assessments),
            (ReferralRecord, referrals),
        ):
            if batch:
                session.execute(insert(table), batch)
        return ids

    def add_search_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Insert search-text rows (``case_id``, ``search_text``, ``search_ngrams``) of new cases.

        On SQLite a large batch feeds the FTS5 indexes with one INSERT … SELECT each
        instead of the per-row trigger (measured 4x faster on 20,000 cases); the trigger
        is dropped and re-created inside the caller's transaction, so a rollback keeps it.
        """
        if not rows:
            return
        session = self._session
        if session.get_bind().dialect.name != "sqlite" or len(rows) < _BULK_FTS_ROWS:
            session.execute(insert(CaseSearchRecord), list(rows))
            return
        trigger_sql = session.execute(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'case_search_ai'")
        ).scalar_one_or_none()
        if trigger_sql is None:
            session.execute(insert(CaseSearchRecord), list(rows))
            return
        session.execute(text("DROP TRIGGER case_search_ai"))
        session.execute(insert(CaseSearchRecord), list(rows))
        ids = sorted(int(row["case_id"]) for row in rows)
        for fts_table, fts_insert in (
            (
                "case_fts_tri",
                "INSERT INTO case_fts_tri(rowid, search_text) SELECT case_id, search_text FROM case_search_text",
            ),
            (
                "case_fts_ngram",
                "INSERT INTO case_fts_ngram(rowid, search_ngrams) SELECT case_id, search_ngrams FROM case_search_text",
            ),
        ):
            # A bigger in-memory term buffer for this feed writes fewer, larger index segments
            # (fewer merges; an isolated feed of 100,000 cases took 7.6 s -> 5.7 s, mean of five
            # runs each), then set back to the default value.
            session.execute(text(f"INSERT INTO {fts_table}({fts_table}, rank) VALUES ('hashsize', {_BULK_FTS_HASH_BYTES})"))
            self._feed_fts(fts_insert, ids)
            session.execute(text(f"INSERT INTO {fts_table}({fts_table}, rank) VALUES ('hashsize', {_FTS_HASH_BYTES})"))
        session.execute(text(str(trigger_sql)))

    def _feed_fts(self, fts_insert: str, ids: Sequence[int]) -> None:
        session = self._session
        if ids[-1] - ids[0] + 1 == len(ids):  # one id range, every row in it is new
            session.execute(text(f"{fts_insert} WHERE case_id BETWEEN :low AND :high"), {"low": ids[0], "high": ids[-1]})
            return
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            session.execute(text(f"{fts_insert} WHERE case_id IN ({','.join(str(case_id) for case_id in chunk)})"))

    # -- reading -------------------------------------------------------------------

    def get(self, case_id: int) -> Case:
        """Load one case with all its children.

        Raises:
            NotFoundError: no such case.
        """
        record = self._session.get(CaseRecord, case_id)
        if record is None:
            raise NotFoundError("相談が見つかりません", where=f"case {case_id}")
        return self._assemble(record)

    def get_by_uuid(self, case_uuid: str) -> Case | None:
        """Load a case by its global UUID, or None."""
        record = self._session.execute(
            select(CaseRecord).where(col(CaseRecord.uuid) == case_uuid)
        ).scalar_one_or_none()
        return None if record is None else self._assemble(record)

    def get_by_number(self, case_no: str) -> Case | None:
        """Load a case by its human case number, or None."""
        record = self._session.execute(
            select(CaseRecord).where(col(CaseRecord.case_no) == case_no)
        ).scalar_one_or_none()
        return None if record is None else self._assemble(record)

    def _assemble(self, record: CaseRecord) -> Case:
        session = self._session
        assert record.id is not None
        case_id = record.id
        parties = {
            party.role: party
            for party in session.execute(select(PartyRecord).where(col(PartyRecord.case_id) == case_id)).scalars()
        }
        methods = list(
            session.execute(
                select(col(CaseMethodRecord.code)).where(col(CaseMethodRecord.case_id) == case_id)
            ).scalars()
        )
        keywords = list(
            session.execute(
                select(col(CaseKeywordRecord.code)).where(col(CaseKeywordRecord.case_id) == case_id)
            ).scalars()
        )
        handling = list(
            session.execute(
                select(HandlingEntryRecord)
                .where(col(HandlingEntryRecord.case_id) == case_id)
                .order_by(col(HandlingEntryRecord.at), col(HandlingEntryRecord.id))
            ).scalars()
        )
        pi = session.get(PiAssessmentRecord, case_id)
        referrals = list(
            session.execute(
                select(ReferralRecord)
                .where(col(ReferralRecord.case_id) == case_id)
                .order_by(col(ReferralRecord.id))
            ).scalars()
        )
        return case_from_records(
            record,
            consultant=parties.get("consultant"),
            party=parties.get("party"),
            methods=methods,
            keywords=keywords,
            handling=handling,
            pi=pi,
            referrals=referrals,
        )

    def version_of(self, case_id: int) -> int:
        """Current stored version of a case."""
        version = self._session.execute(
            select(col(CaseRecord.version)).where(col(CaseRecord.id) == case_id)
        ).scalar_one_or_none()
        if version is None:
            raise NotFoundError("相談が見つかりません", where=f"case {case_id}")
        return int(version)

    # -- listing -------------------------------------------------------------------

    def _conditions(self, flt: CaseFilter, today: dt.date) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if not flt.include_deleted:
            conditions.append(col(CaseRecord.deleted_at).is_(None))
        if flt.received_from:
            conditions.append(
                col(CaseRecord.received_at) >= dt.datetime.combine(flt.received_from, dt.time())
            )
        if flt.received_to:
            end = dt.datetime.combine(flt.received_to + dt.timedelta(days=1), dt.time())
            conditions.append(col(CaseRecord.received_at) < end)
        if flt.fiscal_year is not None:
            conditions.append(col(CaseRecord.fiscal_year) == flt.fiscal_year)
        if flt.statuses:
            conditions.append(col(CaseRecord.status).in_(flt.statuses))
        if flt.counselor:
            conditions.append(col(CaseRecord.counselor) == flt.counselor)
        if flt.office_code:
            conditions.append(col(CaseRecord.office_code) == flt.office_code)
        if flt.product_top:
            conditions.append(
                or_(
                    col(CaseRecord.product) == flt.product_top,
                    col(CaseRecord.product).startswith(flt.product_top),
                )
            )
        if flt.sales_form:
            conditions.append(col(CaseRecord.sales_form) == flt.sales_form)
        if flt.business_id is not None:
            conditions.append(col(CaseRecord.business_id) == flt.business_id)
        if flt.pi_related:
            # An alias: the list query already outer-joins pi_assessment, and SQL would
            # otherwise correlate the subquery away.
            assessment = aliased(PiAssessmentRecord)
            conditions.append(
                exists().where(
                    and_(
                        col(assessment.case_id) == col(CaseRecord.id),
                        col(assessment.related) == flt.pi_related,
                    )
                )
            )
        if flt.referral:
            referral_conditions = [
                col(ReferralRecord.case_id) == col(CaseRecord.id),
                col(ReferralRecord.status).in_(WAITING_STATUSES if flt.referral == "overdue" else OPEN_STATUSES),
            ]
            if flt.referral == "overdue":
                referral_conditions.append(col(ReferralRecord.due_date) < today)
            conditions.append(exists().where(and_(*referral_conditions)))
        if flt.text:
            text_condition = self._text_condition(flt.text)
            if text_condition is not None:
                conditions.append(text_condition)
        return conditions

    def _text_condition(self, query_text: str) -> ColumnElement[bool] | None:
        """Cases whose folded text contains every query term (FTS5 on SQLite, pg_trgm/GIN on PostgreSQL)."""
        query = parse_query(query_text)
        if query.is_empty:
            return None
        long_terms = [term for term in query.terms if len(term) >= 3]
        short_terms = [term for term in query.terms if len(term) < 3]
        parts: list[ColumnElement[bool] | TextClause] = []
        if self._session.get_bind().dialect.name == "postgresql":
            searched: list[ColumnElement[bool] | TextClause] = [
                col(CaseSearchRecord.search_text).like(f"%{_like_escape(term)}%", escape="\\") for term in long_terms
            ]
            if short_terms:
                # Written exactly like the GIN index expression of migration 0002 so that it is used.
                searched.append(
                    text("string_to_array(case_search_text.search_ngrams, ' ') @> CAST(:ngram_terms AS text[])").bindparams(
                        ngram_terms=short_terms
                    )
                )
            parts.append(col(CaseRecord.id).in_(select(col(CaseSearchRecord.case_id)).where(*searched)))
        else:
            if long_terms:
                matches = text("SELECT rowid FROM case_fts_tri WHERE case_fts_tri MATCH :tri").bindparams(
                    tri=_fts_phrase(long_terms)
                )
                parts.append(col(CaseRecord.id).in_(matches.columns(column("rowid"))))
            if short_terms:
                matches = text("SELECT rowid FROM case_fts_ngram WHERE case_fts_ngram MATCH :ngram").bindparams(
                    ngram=_fts_phrase(short_terms)
                )
                parts.append(col(CaseRecord.id).in_(matches.columns(column("rowid"))))
        condition = and_(*parts)
        stripped = query_text.strip()
        if _CASE_NUMBER_LIKE.match(stripped) and "-" in stripped:
            return or_(condition, col(CaseRecord.case_no).like(f"%{_like_escape(stripped)}%", escape="\\"))
        return condition

    def ranked_ids(
        self, flt: CaseFilter, *, limit: int, today: dt.date, match_count: int | None = None
    ) -> list[int]:
        """Ids matching ``flt`` (whose ``text`` is the query), most relevant first.

        Relevance is BM25 over the trigram index on SQLite and trigram similarity on
        PostgreSQL when the query has a term of 3+ characters; otherwise recency. When
        more than RANKED_MATCHES cases match (``match_count``), the newest come first:
        ranking tens of thousands of matches costs seconds at a million cases, and so
        broad a query is narrowed by the counselor anyway.
        """
        query = parse_query(flt.text or "")
        long_terms = [term for term in query.terms if len(term) >= 3]
        if match_count is not None and match_count > RANKED_MATCHES:
            long_terms = []
        conditions = self._conditions(flt, today)
        statement = select(col(CaseRecord.id)).where(*conditions)
        if long_terms and self._session.get_bind().dialect.name == "postgresql":
            statement = statement.outerjoin(
                CaseSearchRecord, col(CaseSearchRecord.case_id) == col(CaseRecord.id)
            ).order_by(
                func.similarity(col(CaseSearchRecord.search_text), " ".join(long_terms)).desc(),
                col(CaseRecord.received_at).desc(),
            )
        elif long_terms:
            rank = (
                text("SELECT rowid AS fts_id, rank AS fts_rank FROM case_fts_tri WHERE case_fts_tri MATCH :rank_q")
                .bindparams(rank_q=_fts_phrase(long_terms))
                .columns(column("fts_id"), column("fts_rank"))
                .subquery("fts")
            )
            # Outer join: a case-number match has no text rank and sorts after text matches.
            statement = statement.outerjoin(rank, rank.c.fts_id == col(CaseRecord.id)).order_by(
                rank.c.fts_rank.is_(None), rank.c.fts_rank, col(CaseRecord.received_at).desc()
            )
        else:
            statement = statement.order_by(col(CaseRecord.received_at).desc(), col(CaseRecord.id).desc())
        return [int(case_id) for case_id in self._session.execute(statement.limit(limit)).scalars()]

    def similar_candidates(
        self,
        terms: list[str],
        *,
        business_id: int | None,
        product: str | None,
        office_code: str | None,
        exclude_id: int | None,
        limit: int,
    ) -> list[int]:
        """Ids of cases that share text (any probe trigram), the business, or the product class."""
        live: list[ColumnElement[bool]] = [col(CaseRecord.deleted_at).is_(None)]
        if office_code:
            live.append(col(CaseRecord.office_code) == office_code)
        if exclude_id is not None:
            live.append(col(CaseRecord.id) != exclude_id)
        ids: list[int] = []
        if terms:
            if self._session.get_bind().dialect.name == "postgresql":
                # Any probe trigram (each LIKE uses the pg_trgm index), best overall similarity first.
                any_term = or_(
                    *(col(CaseSearchRecord.search_text).like(f"%{_like_escape(term)}%", escape="\\") for term in terms)
                )
                statement = (
                    select(col(CaseRecord.id))
                    .join(CaseSearchRecord, col(CaseSearchRecord.case_id) == col(CaseRecord.id))
                    .where(*live, any_term)
                    .order_by(func.similarity(col(CaseSearchRecord.search_text), "".join(terms)).desc())
                )
            else:
                matches = (
                    text("SELECT rowid AS fts_id, rank AS fts_rank FROM case_fts_tri WHERE case_fts_tri MATCH :probe")
                    .bindparams(probe=" OR ".join(f'"{term}"' for term in terms))
                    .columns(column("fts_id"), column("fts_rank"))
                    .subquery("probe")
                )
                statement = (
                    select(col(CaseRecord.id))
                    .join(matches, matches.c.fts_id == col(CaseRecord.id))
                    .where(*live)
                    .order_by(matches.c.fts_rank)
                )
            ids.extend(int(case_id) for case_id in self._session.execute(statement.limit(limit)).scalars())
        for condition in (
            col(CaseRecord.business_id) == business_id if business_id is not None else None,
            col(CaseRecord.product) == product if product else None,
        ):
            if condition is not None:
                statement = (
                    select(col(CaseRecord.id)).where(*live, condition).order_by(col(CaseRecord.received_at).desc())
                )
                ids.extend(int(case_id) for case_id in self._session.execute(statement.limit(limit // 4 or 1)).scalars())
        return list(dict.fromkeys(ids))

    def texts(self, ids: list[int]) -> dict[int, tuple[CaseSummary, str, list[str]]]:
        """For search results: each case's list row, narrative and handling-log texts (3 queries)."""
        if not ids:
            return {}
        rows = self._session.execute(
            select(
                *summary_columns(),
                col(CaseRecord.narrative),
            )
            .outerjoin(PiAssessmentRecord, col(PiAssessmentRecord.case_id) == col(CaseRecord.id))
            .where(col(CaseRecord.id).in_(ids))
        ).all()
        handling: dict[int, list[str]] = {}
        for case_id, entry_text in self._session.execute(
            select(col(HandlingEntryRecord.case_id), col(HandlingEntryRecord.text))
            .where(col(HandlingEntryRecord.case_id).in_(ids))
            .order_by(col(HandlingEntryRecord.id))
        ):
            handling.setdefault(int(case_id), []).append(str(entry_text))
        return {
            int(row[0]): (summary_from_row(row), str(row[12]), handling.get(int(row[0]), []))
            for row in rows
        }

    def count(self, flt: CaseFilter, *, today: dt.date) -> int:
        """Number of cases matching a filter."""
        matches = self._fts_only_matches(flt)
        if matches is not None:
            return self._count_fts_matches(*matches, include_deleted=flt.include_deleted)
        statement = select(func.count()).select_from(CaseRecord).where(*self._conditions(flt, today))
        return int(self._session.execute(statement).scalar_one())

    def _fts_only_matches(self, flt: CaseFilter) -> tuple[str, dict[str, str]] | None:
        """The SQLite FTS query of a search that has no other filter than the text, else None.

        Such a search is counted in the FTS indexes alone: joining a million case rows
        only to check ``deleted_at`` costs ~200 ms at 1M cases, the index count ~10 ms.
        """
        if not flt.text or self._session.get_bind().dialect.name != "sqlite":
            return None
        if dataclasses.replace(flt, text=None, include_deleted=False) != CaseFilter():
            return None
        stripped = flt.text.strip()
        if _CASE_NUMBER_LIKE.match(stripped) and "-" in stripped:
            return None  # a case number may match outside the text indexes
        query = parse_query(flt.text)
        if query.is_empty:
            return None
        long_terms = [term for term in query.terms if len(term) >= 3]
        short_terms = [term for term in query.terms if len(term) < 3]
        parts, params = [], {}
        if long_terms:
            parts.append("SELECT rowid FROM case_fts_tri WHERE case_fts_tri MATCH :fast_tri")
            params["fast_tri"] = _fts_phrase(long_terms)
        if short_terms:
            parts.append("SELECT rowid FROM case_fts_ngram WHERE case_fts_ngram MATCH :fast_ngram")
            params["fast_ngram"] = _fts_phrase(short_terms)
        return " INTERSECT ".join(parts), params

    def _count_fts_matches(self, matches: str, params: dict[str, str], *, include_deleted: bool) -> int:
        total = int(self._session.execute(text(f"SELECT count(*) FROM ({matches})"), params).scalar_one())
        if include_deleted or not total:
            return total
        # Deleted cases are few: walk them by the live-case index and subtract those that match.
        deleted = self._session.execute(
            text(
                "SELECT count(*) FROM case_record INDEXED BY ix_case_live"
                f" WHERE deleted_at IS NOT NULL AND id IN ({matches})"
            ),
            params,
        ).scalar_one()
        return total - int(deleted)

    def page(
        self, flt: CaseFilter, sort: CaseSort, *, offset: int, limit: int, today: dt.date
    ) -> list[CaseSummary]:
        """One page of list rows, sorted in SQL."""
        sort_column = _SORT_COLUMNS[sort.key]
        order = [sort_column.desc() if sort.descending else sort_column.asc()]
        order.append(col(CaseRecord.id).desc() if sort.descending else col(CaseRecord.id).asc())
        statement = (
            select(
                *summary_columns(),
            )
            .outerjoin(PiAssessmentRecord, col(PiAssessmentRecord.case_id) == col(CaseRecord.id))
            .where(*self._conditions(flt, today))
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )
        return [summary_from_row(row) for row in self._session.execute(statement)]

    def related_summaries(self, case_uuid: str) -> list[CaseSummary]:
        """Re-consultations (再相談) that point at a case, oldest first."""
        statement = (
            _summary_select()
            .where(col(CaseRecord.related_case_uuid) == case_uuid, col(CaseRecord.deleted_at).is_(None))
            .order_by(col(CaseRecord.received_at), col(CaseRecord.id))
        )
        return [summary_from_row(row) for row in self._session.execute(statement)]

    def summary_by_uuid(self, case_uuid: str) -> CaseSummary | None:
        """The list row of one case by its UUID, or None."""
        row = self._session.execute(
            _summary_select().where(col(CaseRecord.uuid) == case_uuid)
        ).one_or_none()
        return None if row is None else summary_from_row(row)

    def counselors(self, office_code: str | None) -> list[str]:
        """Logins of counselors who have cases (in one office), alphabetically."""
        statement = select(col(CaseRecord.counselor)).where(col(CaseRecord.counselor).is_not(None)).distinct()
        if office_code:
            statement = statement.where(col(CaseRecord.office_code) == office_code)
        return sorted(str(login) for login in self._session.execute(statement).scalars())


def _summary_select() -> Any:
    """The columns of a case-list row (PI relevance joined in)."""
    return select(*summary_columns()).outerjoin(
        PiAssessmentRecord, col(PiAssessmentRecord.case_id) == col(CaseRecord.id)
    )


def summary_from_row(row: Any) -> CaseSummary:
    """A :class:`CaseSummary` from a row that starts with :func:`summary_columns`."""
    return CaseSummary(*row[:12])

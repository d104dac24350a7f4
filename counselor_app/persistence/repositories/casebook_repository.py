"""Reading cases in bulk for the casebook export (a few queries per month of cases, not per case)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from sqlalchemy import String, bindparam, case, cast, func, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from counselor_app.domain.casebook import ITEM, SEGMENT, CaseFacts, PackedRow, PartyFacts, ReferralFacts
from counselor_app.persistence.repositories.case_repository import write_scrub
from counselor_app.persistence.tables import (
    BusinessRecord,
    CaseKeywordRecord,
    CaseMethodRecord,
    CaseRecord,
    CaseScrubRecord,
    PartyRecord,
    PiAssessmentRecord,
    ReferralRecord,
)

# Cases are read a month at a time: bounded memory, a handful of queries per month.
WINDOW = dt.timedelta(days=31)
_PARTY_COLUMNS = (
    "age_band",
    "gender",
    "occupation",
    "relation",
    "prefecture",
    "municipality",
    "name",
    "name_kana",
    "phone",
    "email",
    "address",
    "postal_code",
    "birth_date",
)
_EMPTY_PARTY = PartyFacts()


class ScrubUpdate(NamedTuple):
    """Freshly scrubbed texts of a case, to be stored if the case did not change meanwhile."""

    case_id: int
    version: int
    scrub_version: int
    subject: str
    narrative: str
    redactions: str


class CasebookRepository:
    """Live cases of a period as CaseFacts, oldest first, streamed in chunks."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def ids_in_period(self, start: dt.datetime, end: dt.datetime) -> list[int]:
        """Ids of live cases received in [start, end), in casebook order."""
        return list(
            self._session.execute(
                select(col(CaseRecord.id))
                .where(
                    col(CaseRecord.received_at) >= start,
                    col(CaseRecord.received_at) < end,
                    col(CaseRecord.deleted_at).is_(None),
                )
                .order_by(col(CaseRecord.received_at), col(CaseRecord.id))
            ).scalars()
        )

    def count_in_period(self, start: dt.datetime, end: dt.datetime) -> int:
        """How many live cases were received in [start, end)."""
        return int(
            self._session.execute(
                select(func.count())
                .select_from(CaseRecord)
                .where(
                    col(CaseRecord.received_at) >= start,
                    col(CaseRecord.received_at) < end,
                    col(CaseRecord.deleted_at).is_(None),
                )
            ).scalar_one()
        )

    def facts(self, start: dt.datetime, end: dt.datetime) -> Iterator[CaseFacts]:
        """Live cases received in [start, end), oldest first, read a month at a time."""
        window = start
        while window < end:
            upper = min(end, window + WINDOW)
            yield from self._window(window, upper)
            window = upper

    def export_rows(self, start: dt.datetime, end: dt.datetime) -> Iterator[list[PackedRow]]:
        """Live cases received in [start, end) as published rows, oldest first, a month per list.

        Per month one statement for the cases (no personal column is read: the texts
        are the stored scrubbed ones) and one per child table, each built once and
        run with the month's bounds; no ORM, no per-row type conversion (dates and
        JSON come as text).
        """
        connection = self._session.connection()
        bounds: Any = connection.execute(
            select(func.min(col(CaseRecord.received_at)), func.max(col(CaseRecord.received_at))).where(
                col(CaseRecord.received_at) >= start,
                col(CaseRecord.received_at) < end,
                col(CaseRecord.deleted_at).is_(None),
            )
        ).one()
        first, last = bounds
        if first is None or last is None:
            return
        statement = _export_statement(
            col(CaseRecord.received_at) >= bindparam("low"),
            col(CaseRecord.received_at) < bindparam("high"),
            col(CaseRecord.deleted_at).is_(None),
        )
        window = max(start, first)
        while window <= last:
            upper = min(end, window + WINDOW)
            records = self._export_window(statement, {"low": window, "high": upper})
            if records:
                yield records
            window = upper

    def _export_window(self, statement: Any, bounds: dict[str, Any]) -> list[PackedRow]:
        return list(map(PackedRow._make, self._session.connection().execute(statement, bounds).all()))

    def business_rows(
        self, business_ids: Sequence[int], start: dt.datetime | None = None, end: dt.datetime | None = None
    ) -> list[tuple[str, PackedRow]]:
        """(office code, casebook row) of the live cases of some business records, oldest first."""
        where: list[Any] = [col(CaseRecord.business_id).in_(list(business_ids)), col(CaseRecord.deleted_at).is_(None)]
        if start is not None:
            where.append(col(CaseRecord.received_at) >= start)
        if end is not None:
            where.append(col(CaseRecord.received_at) < end)
        connection = self._session.connection()
        offices = dict(connection.execute(select(col(CaseRecord.id), col(CaseRecord.office_code)).where(*where)).all())
        rows = list(map(PackedRow._make, connection.execute(_export_statement(*where)).all()))
        return [(str(offices.get(row.case_id, "")), row) for row in rows]

    def store_scrubs(self, updates: Sequence[ScrubUpdate]) -> int:
        """Store freshly scrubbed texts; a case saved meanwhile (another version) keeps its own. Returns rows stored.

        The case row is locked first (PostgreSQL; SQLite writers are serialised anyway), in
        the order a desk's save takes its locks: a save racing with this one either commits
        before the version is read (and wins) or waits until this transaction ends.
        """
        stored = 0
        for item in updates:
            unchanged = self._session.execute(
                select(col(CaseRecord.version))
                .where(col(CaseRecord.id) == item.case_id)
                .with_for_update()
            ).scalar_one_or_none()
            if unchanged != item.version:
                continue
            values = {
                "scrub_version": item.scrub_version,
                "scrubbed_subject": item.subject,
                "scrubbed_narrative": item.narrative,
                "redaction_counts": item.redactions,
            }
            write_scrub(self._session, item.case_id, values)
            stored += 1
        return stored

    def facts_by_id(self, ids: Sequence[int]) -> dict[int, CaseFacts]:
        """Some cases by id, personal fields included (what scrubbing them again needs)."""
        if not ids:
            return {}
        found: dict[int, CaseFacts] = {}
        self._read([col(CaseRecord.id).in_(ids)], by_id=found)
        return found

    def facts_for(self, ids: Sequence[int]) -> list[CaseFacts]:
        """A few cases by id, in that order (the export preview)."""
        if not ids:
            return []
        return self._read([col(CaseRecord.id).in_(ids)], ordered_ids=ids)

    def _window(self, start: dt.datetime, end: dt.datetime) -> list[CaseFacts]:
        return self._read(
            [
                col(CaseRecord.received_at) >= start,
                col(CaseRecord.received_at) < end,
                col(CaseRecord.deleted_at).is_(None),
            ]
        )

    def _read(
        self, where: list[Any], ordered_ids: Sequence[int] | None = None, by_id: dict[int, CaseFacts] | None = None
    ) -> list[CaseFacts]:
        # Core execution on the session's connection: plain tuples, none of the ORM's
        # per-row loading; children are read with the same condition, not with id lists.
        connection = self._session.connection()
        case = CaseRecord
        in_scope = select(col(case.id)).where(*where)
        rows = connection.execute(
            select(
                col(case.id),
                col(case.case_no),
                col(case.received_at),
                col(case.classification_version),
                col(case.channel),
                col(case.category),
                col(case.harm),
                col(case.danger),
                col(case.via_center),
                col(case.party_same_as_consultant),
                col(case.business_name),
                col(BusinessRecord.corporate_number),
                col(case.product),
                col(case.sales_form),
                col(case.payment),
                col(case.contract_amount),
                col(case.paid_amount),
                col(case.subject),
                col(case.narrative),
                col(case.result),
                col(PiAssessmentRecord.related),
                col(PiAssessmentRecord.issues),
                col(PiAssessmentRecord.holder),
                col(PiAssessmentRecord.sector),
            )
            .outerjoin(BusinessRecord, col(BusinessRecord.id) == col(case.business_id))
            .outerjoin(PiAssessmentRecord, col(PiAssessmentRecord.case_id) == col(case.id))
            .where(*where)
            .order_by(col(case.received_at), col(case.id))
        ).all()
        if not rows:
            return []
        parties: dict[tuple[int, str], PartyFacts] = {}
        party_columns = [col(getattr(PartyRecord, name)) for name in _PARTY_COLUMNS]
        for row in connection.execute(
            select(col(PartyRecord.case_id), col(PartyRecord.role), *party_columns).where(
                col(PartyRecord.case_id).in_(in_scope)
            )
        ).all():
            parties[(row[0], row[1])] = PartyFacts(*row[2:])
        methods = self._multi(CaseMethodRecord, in_scope)
        keywords = self._multi(CaseKeywordRecord, in_scope)
        referrals: dict[int, list[ReferralFacts]] = defaultdict(list)
        for referring_case, destination, kind, day, consent in connection.execute(
            select(
                col(ReferralRecord.case_id),
                col(ReferralRecord.destination_id),
                col(ReferralRecord.kind),
                col(ReferralRecord.date),
                col(ReferralRecord.consent),
            )
            .where(col(ReferralRecord.case_id).in_(in_scope))
            .order_by(col(ReferralRecord.id))
        ).all():
            referrals[referring_case].append(ReferralFacts(destination, kind, day, consent))
        result: list[CaseFacts] = []
        by_id = {} if by_id is None else by_id
        for row in rows:
            case_id: int = row[0]  # type: ignore[assignment]  # a primary key, never NULL
            consultant = parties.get((case_id, "consultant"), _EMPTY_PARTY)
            party = consultant if row[9] else parties.get((case_id, "party"), _EMPTY_PARTY)
            facts = CaseFacts(
                case_no=row[1],
                received_at=row[2],
                classification_version=row[3],
                channel=row[4],
                category=row[5],
                harm=bool(row[6]),
                danger=bool(row[7]),
                via_center=bool(row[8]),
                consultant=consultant,
                party=party,
                business_name=row[10],
                corporate_number=row[11],
                product=row[12],
                sales_form=row[13],
                payment=row[14],
                contract_amount=row[15],
                paid_amount=row[16],
                subject=row[17] or "",
                narrative=row[18] or "",
                result=row[19],
                pi_related=row[20],
                pi_issues=tuple(row[21] or ()),
                pi_holder=row[22],
                pi_sector=row[23],
                methods=methods.get(case_id, ()),
                keywords=keywords.get(case_id, ()),
                referrals=tuple(referrals.get(case_id, ())),
            )
            result.append(facts)
            by_id[case_id] = facts
        if ordered_ids is not None:
            return [by_id[case_id] for case_id in ordered_ids if case_id in by_id]
        return result

    def _multi(self, table: Any, in_scope: Any) -> dict[int, tuple[str, ...]]:
        found: dict[int, list[str]] = defaultdict(list)
        for case_id, code in (
            self._session.connection()
            .execute(select(col(table.case_id), col(table.code)).where(col(table.case_id).in_(in_scope)).order_by(col(table.code)))
            .all()
        ):
            found[case_id].append(code)
        return {case_id: tuple(codes) for case_id, codes in found.items()}

    def business_id_by_corporate_number(self, number: str) -> int | None:
        """The live registry business with a 法人番号 (imports link to it)."""
        return self._session.execute(
            select(col(BusinessRecord.id))
            .where(col(BusinessRecord.corporate_number) == number, col(BusinessRecord.merged_into_id).is_(None))
            .order_by(col(BusinessRecord.id))
            .limit(1)
        ).scalar_one_or_none()


def _export_statement(*where: Any) -> Any:
    """The casebook rows of the cases matching ``where``, oldest first.

    It returns PackedRow's columns in order: the codes of each segment
    joined by SEGMENT and the children aggregated with ITEM (domain/casebook.py
    PackedRow), so a month of cases is one statement and few Python objects.
    """
    c = CaseRecord
    consultant = aliased(PartyRecord)
    party = aliased(PartyRecord)
    text = String()

    def joined(*columns: Any) -> Any:
        packed: Any = func.coalesce(columns[0], "")
        for column in columns[1:]:
            packed = packed + SEGMENT + func.coalesce(column, "")
        return packed

    def flag(column: Any) -> Any:
        return case((column, "1"), else_="0")

    def codes(table: Any) -> Any:
        return (
            select(func.aggregate_strings(col(table.code), ITEM))
            .where(col(table.case_id) == col(c.id))
            .scalar_subquery()
        )

    r = ReferralRecord
    consent = case((col(r.consent).is_(None), ""), (col(r.consent).is_(True), "1"), else_="0")
    referrals = (
        select(
            func.aggregate_strings(
                joined(cast(col(r.id), text), col(r.kind), col(r.destination_id), cast(col(r.date), text), consent),
                ITEM,
            )
        )
        .where(col(r.case_id) == col(c.id))
        .scalar_subquery()
    )
    pi = PiAssessmentRecord
    scrub = CaseScrubRecord
    # The contract party is the consultant's row when they are the same person.
    party_role = case((col(c.party_same_as_consultant), "consultant"), else_="party")
    return (
        select(
            col(c.case_no), cast(col(c.received_at), text), col(c.classification_version),
            joined(col(c.channel), col(c.category), flag(col(c.harm)), flag(col(c.danger)), flag(col(c.via_center))),
            joined(col(consultant.age_band), col(consultant.gender), col(consultant.occupation), col(consultant.relation)),
            joined(col(party.age_band), col(party.gender), col(party.occupation), col(party.prefecture), col(party.relation)),
            col(party.municipality),
            joined(col(c.product), col(c.sales_form), col(c.payment)),
            col(c.contract_amount), col(c.paid_amount), col(c.business_name), col(BusinessRecord.corporate_number),
            joined(col(c.result), col(pi.related), col(pi.holder), col(pi.sector), cast(col(pi.issues), text)),
            codes(CaseMethodRecord), codes(CaseKeywordRecord), referrals,
            col(scrub.scrubbed_subject), col(scrub.scrubbed_narrative), col(scrub.redaction_counts),
            col(c.id), col(c.version), col(scrub.scrub_version),
        )
        .outerjoin(consultant, (col(consultant.case_id) == col(c.id)) & (col(consultant.role) == "consultant"))
        .outerjoin(party, (col(party.case_id) == col(c.id)) & (col(party.role) == party_role))
        .outerjoin(BusinessRecord, col(BusinessRecord.id) == col(c.business_id))
        .outerjoin(pi, col(pi.case_id) == col(c.id))
        .outerjoin(scrub, col(scrub.case_id) == col(c.id))
        .where(*where)
        .order_by(col(c.received_at), col(c.id))
    )  # fmt: skip

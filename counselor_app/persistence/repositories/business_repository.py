"""The business registry (事業者): records, aliases, reversible merges, and the case figures per business."""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuid_module
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Text, cast, func, insert, select, update
from sqlmodel import Session, col

from counselor_app.domain.business_names import business_key
from counselor_app.domain.business_registry import BusinessCaseRow, BusinessMerge
from counselor_app.domain.entities import Business
from counselor_app.persistence.mappers import business_from_record
from counselor_app.persistence.tables import (
    BusinessAliasRecord,
    BusinessMergeRecord,
    BusinessRecord,
    CaseMethodRecord,
    CaseRecord,
)


class RegistrySignature(NamedTuple):
    """Cheap fingerprint of the registry: a change means an in-memory index is stale."""

    max_business_id: int
    max_alias_id: int
    merges: int
    undone_merges: int


class IndexedBusiness(NamedTuple):
    """What the matching index needs of a business record."""

    id: int
    display_name: str
    normalized_key: str
    corporate_number: str | None
    phones: tuple[str, ...]
    merged_into_id: int | None


class IndexedAlias(NamedTuple):
    """What the matching index needs of an alias."""

    id: int
    business_id: int
    alias: str
    normalized_key: str


class CaseCounts(NamedTuple):
    """Cases about a group of business records, counted in SQL."""

    total: int
    by_office: list[tuple[str, int]]
    by_product: list[tuple[str | None, int]]
    by_method: list[tuple[str, int]]
    contract_cases: int
    contract_total: int
    paid_cases: int
    paid_total: int
    first_received: dt.datetime | None
    last_received: dt.datetime | None


class BusinessWindowCount(NamedTuple):
    """Cases of one business record at one office within a period."""

    business_id: int
    office_code: str
    cases: int
    first_received: dt.datetime
    last_received: dt.datetime


class ProductMethodCount(NamedTuple):
    """Cases of one product with one sales method within a period."""

    product: str
    method: str
    cases: int
    offices: tuple[str, ...]
    businesses: int
    first_received: dt.datetime
    last_received: dt.datetime


def _chunks(ids: Sequence[int], size: int = 1000) -> Iterable[list[int]]:
    # PostgreSQL and SQLite both limit the bound parameters of one statement.
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _live_cases() -> Any:
    return col(CaseRecord.deleted_at).is_(None)


class BusinessRepository:
    """Businesses in one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    # -- records -----------------------------------------------------------------------

    def add(self, business: Business, *, now: dt.datetime) -> int:
        """Create a business with its aliases; returns the id."""
        return self.add_many([business], now=now)[0]

    def add_many(self, businesses: Sequence[Business], *, now: dt.datetime) -> list[int]:
        """Create many businesses (demo data, imports, benchmarks) in one round trip; ids in order."""
        if not businesses:
            return []
        table = BusinessRecord.__table__  # type: ignore[attr-defined]
        rows = [
            {
                "uuid": business.uuid or str(uuid_module.uuid4()),
                "display_name": business.display_name,
                "normalized_key": business.normalized_key or business_key(business.display_name),
                "corporate_number": business.corporate_number,
                "phones": list(business.phones),
                "addresses": list(business.addresses),
                "urls": list(business.urls),
                "sector": business.sector,
                "merged_into_id": None,
                "version": 0,
                "created_at": now,
                "updated_at": now,
            }
            for business in businesses
        ]
        ids = [
            int(business_id)
            for business_id in self._session.execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
            ).scalars()
        ]
        aliases = [
            {"business_id": business_id, "alias": alias, "normalized_key": business_key(alias)}
            for business_id, business in zip(ids, businesses, strict=True)
            for alias in business.aliases
        ]
        if aliases:
            self._session.execute(insert(BusinessAliasRecord), aliases)
        return ids

    def add_alias(self, business_id: int, alias: str) -> int:
        """Record another name of a business; returns the alias id."""
        record = BusinessAliasRecord(business_id=business_id, alias=alias, normalized_key=business_key(alias))
        self._session.add(record)
        self._session.flush()
        assert record.id is not None
        return record.id

    def get(self, business_id: int) -> Business | None:
        """One business with its aliases, or None."""
        return self.get_many([business_id]).get(business_id)

    def get_many(self, business_ids: Iterable[int]) -> dict[int, Business]:
        """Businesses by id (two queries whatever the number), with their aliases."""
        wanted = sorted(set(business_ids))
        if not wanted:
            return {}
        records = self._session.execute(select(BusinessRecord).where(col(BusinessRecord.id).in_(wanted))).scalars()
        aliases: dict[int, list[str]] = {}
        for business_id, alias in self._session.execute(
            select(col(BusinessAliasRecord.business_id), col(BusinessAliasRecord.alias))
            .where(col(BusinessAliasRecord.business_id).in_(wanted))
            .order_by(col(BusinessAliasRecord.id))
        ):
            aliases.setdefault(int(business_id), []).append(str(alias))
        return {
            int(record.id): business_from_record(record, aliases.get(int(record.id), []))
            for record in records
            if record.id is not None
        }

    def find_exact(self, normalized_key: str, corporate_number: str | None) -> int | None:
        """Id of a live business with this key and exactly this 法人番号 (None matches None)."""
        number = col(BusinessRecord.corporate_number)
        return self._session.execute(
            select(col(BusinessRecord.id))
            .where(
                col(BusinessRecord.normalized_key) == normalized_key,
                col(BusinessRecord.merged_into_id).is_(None),
                number.is_(None) if corporate_number is None else number == corporate_number,
            )
            .order_by(col(BusinessRecord.id))
            .limit(1)
        ).scalar_one_or_none()

    def find_by_key(self, normalized_key: str) -> Business | None:
        """A live business whose normalised name equals ``normalized_key``."""
        record = (
            self._session.execute(
                select(BusinessRecord)
                .where(
                    col(BusinessRecord.normalized_key) == normalized_key,
                    col(BusinessRecord.merged_into_id).is_(None),
                )
                .order_by(col(BusinessRecord.id))
            )
            .scalars()
            .first()
        )
        return None if record is None or record.id is None else self.get(record.id)

    def all_keys(self) -> list[tuple[int, str, str]]:
        """(id, normalised key, display name) of live businesses and their aliases."""
        rows: list[tuple[int, str, str]] = [
            (int(business_id), str(key), str(name))
            for business_id, key, name in self._session.execute(
                select(col(BusinessRecord.id), col(BusinessRecord.normalized_key), col(BusinessRecord.display_name)).where(
                    col(BusinessRecord.merged_into_id).is_(None)
                )
            )
        ]
        rows.extend(
            (int(business_id), str(key), str(alias))
            for business_id, key, alias in self._session.execute(
                select(
                    col(BusinessAliasRecord.business_id),
                    col(BusinessAliasRecord.normalized_key),
                    col(BusinessAliasRecord.alias),
                )
                .join(BusinessRecord, col(BusinessRecord.id) == col(BusinessAliasRecord.business_id))
                .where(col(BusinessRecord.merged_into_id).is_(None))
            )
        )
        return rows

    def count(self) -> int:
        """Number of live (not merged) businesses."""
        return int(
            self._session.execute(
                select(func.count()).select_from(BusinessRecord).where(col(BusinessRecord.merged_into_id).is_(None))
            ).scalar_one()
        )

    # -- the matching index ------------------------------------------------------------

    def signature(self) -> RegistrySignature:
        """Max ids and merge counts: O(1) on the id indexes, the merge table is small."""
        max_business = self._session.execute(select(func.max(col(BusinessRecord.id)))).scalar_one()
        max_alias = self._session.execute(select(func.max(col(BusinessAliasRecord.id)))).scalar_one()
        merges, undone = self._session.execute(
            select(func.count(), func.count(col(BusinessMergeRecord.undone_at))).select_from(BusinessMergeRecord)
        ).one()
        return RegistrySignature(int(max_business or 0), int(max_alias or 0), int(merges), int(undone))

    def counts(self) -> tuple[int, int]:
        """(business records including merged ones, aliases): to notice rows committed under lower ids."""
        records = self._session.execute(select(func.count()).select_from(BusinessRecord)).scalar_one()
        aliases = self._session.execute(select(func.count()).select_from(BusinessAliasRecord)).scalar_one()
        return int(records), int(aliases)

    def indexed_businesses(self, *, after_id: int = 0) -> list[IndexedBusiness]:
        """Every business record with id > ``after_id`` (merged ones too: they point at their survivor).

        Read at the Core level with the phones as raw JSON text: building the index of
        100,000 businesses is dominated by per-row overhead, and most rows have one phone or none.
        """
        table = BusinessRecord.__table__  # type: ignore[attr-defined]
        statement = (
            select(
                table.c.id,
                table.c.display_name,
                table.c.normalized_key,
                table.c.corporate_number,
                cast(table.c.phones, Text),
                table.c.merged_into_id,
            )
            .where(table.c.id > after_id)
            .order_by(table.c.id)
        )
        rows = self._session.connection().execute(statement).all()
        # One parse of all phone lists (json.loads per row costs more than the query).
        phones = json.loads("[" + ",".join(row[4] or "[]" for row in rows) + "]")
        return [
            IndexedBusiness(row[0], row[1], row[2], row[3], tuple(row_phones), row[5])
            for row, row_phones in zip(rows, phones, strict=True)
        ]

    def indexed_aliases(self, *, after_id: int = 0) -> list[IndexedAlias]:
        """Every alias with id > ``after_id``."""
        statement = (
            select(
                col(BusinessAliasRecord.id),
                col(BusinessAliasRecord.business_id),
                col(BusinessAliasRecord.alias),
                col(BusinessAliasRecord.normalized_key),
            )
            .where(col(BusinessAliasRecord.id) > after_id)
            .order_by(col(BusinessAliasRecord.id))
        )
        return [IndexedAlias(int(row[0]), int(row[1]), str(row[2]), str(row[3])) for row in self._session.execute(statement)]

    def merged_into_map(self) -> dict[int, int]:
        """record id -> the record it was merged into, for every merged record."""
        return {
            int(record_id): int(target)
            for record_id, target in self._session.execute(
                select(col(BusinessRecord.id), col(BusinessRecord.merged_into_id)).where(
                    col(BusinessRecord.merged_into_id).is_not(None)
                )
            )
        }

    def group_ids(self, business_id: int) -> list[int]:
        """The business and every record merged into it, directly or through another merge."""
        group = [business_id]
        frontier = [business_id]
        while frontier:
            frontier = [
                int(record_id)
                for record_id in self._session.execute(
                    select(col(BusinessRecord.id)).where(col(BusinessRecord.merged_into_id).in_(frontier))
                ).scalars()
                if int(record_id) not in group
            ]
            group.extend(frontier)
        return group

    # -- merges ------------------------------------------------------------------------

    def merge(self, kept_id: int, merged_id: int, *, by: str, now: dt.datetime) -> int:
        """Point ``merged_id`` (its cases and aliases) at ``kept_id``; returns the merge id.

        Moved cases get a new version, so that a desk holding one open is told to reload
        instead of silently linking it back to the merged record.
        """
        session = self._session
        case_ids = sorted(
            int(case_id)
            for case_id in session.execute(
                select(col(CaseRecord.id)).where(col(CaseRecord.business_id) == merged_id)
            ).scalars()
        )
        alias_ids = sorted(
            int(alias_id)
            for alias_id in session.execute(
                select(col(BusinessAliasRecord.id)).where(col(BusinessAliasRecord.business_id) == merged_id)
            ).scalars()
        )
        self._move_cases(case_ids, from_id=merged_id, to_id=kept_id)
        for chunk in _chunks(alias_ids):
            session.execute(
                update(BusinessAliasRecord).where(col(BusinessAliasRecord.id).in_(chunk)).values(business_id=kept_id)
            )
        for business_id, target in ((merged_id, kept_id), (kept_id, None)):
            values: dict[str, Any] = {"version": col(BusinessRecord.version) + 1, "updated_at": now}
            if business_id == merged_id:
                values["merged_into_id"] = target
            session.execute(update(BusinessRecord).where(col(BusinessRecord.id) == business_id).values(**values))
        record = BusinessMergeRecord(
            kept_id=kept_id,
            merged_id=merged_id,
            moved_case_ids=case_ids,
            moved_alias_ids=alias_ids,
            merged_at=now,
            merged_by=by,
        )
        session.add(record)
        session.flush()
        assert record.id is not None
        return record.id

    def unmerge(self, merge_id: int, *, by: str, now: dt.datetime) -> tuple[int, int]:
        """Undo a merge: cases and aliases that still point at the kept record go back.

        Returns (cases moved back, aliases moved back). Cases re-linked by hand since the
        merge keep their new link.
        """
        session = self._session
        record = session.get(BusinessMergeRecord, merge_id)
        assert record is not None
        case_ids = [
            int(case_id)
            for chunk in _chunks(record.moved_case_ids or [])
            for case_id in session.execute(
                select(col(CaseRecord.id)).where(
                    col(CaseRecord.id).in_(chunk), col(CaseRecord.business_id) == record.kept_id
                )
            ).scalars()
        ]
        alias_ids = [
            int(alias_id)
            for chunk in _chunks(record.moved_alias_ids or [])
            for alias_id in session.execute(
                select(col(BusinessAliasRecord.id)).where(
                    col(BusinessAliasRecord.id).in_(chunk), col(BusinessAliasRecord.business_id) == record.kept_id
                )
            ).scalars()
        ]
        self._move_cases(case_ids, from_id=record.kept_id, to_id=record.merged_id)
        for chunk in _chunks(alias_ids):
            session.execute(
                update(BusinessAliasRecord)
                .where(col(BusinessAliasRecord.id).in_(chunk))
                .values(business_id=record.merged_id)
            )
        session.execute(
            update(BusinessRecord)
            .where(col(BusinessRecord.id) == record.merged_id)
            .values(merged_into_id=None, version=col(BusinessRecord.version) + 1, updated_at=now)
        )
        session.execute(
            update(BusinessRecord)
            .where(col(BusinessRecord.id) == record.kept_id)
            .values(version=col(BusinessRecord.version) + 1, updated_at=now)
        )
        record.undone_at = now
        record.undone_by = by
        session.add(record)
        session.flush()
        return len(case_ids), len(alias_ids)

    def _move_cases(self, case_ids: list[int], *, from_id: int, to_id: int) -> None:
        for chunk in _chunks(case_ids):
            self._session.execute(
                update(CaseRecord)
                .where(col(CaseRecord.id).in_(chunk), col(CaseRecord.business_id) == from_id)
                .values(business_id=to_id, version=col(CaseRecord.version) + 1)
            )

    def moved_alias_ids(self, merge_id: int) -> list[int]:
        """The aliases a merge moved to the kept record."""
        record = self._session.get(BusinessMergeRecord, merge_id)
        return [] if record is None else [int(alias_id) for alias_id in record.moved_alias_ids or ()]

    def get_merge(self, merge_id: int) -> BusinessMerge | None:
        """One merge or None."""
        found = self._merges(col(BusinessMergeRecord.id) == merge_id)
        return found[0] if found else None

    def merges_involving(self, business_ids: Iterable[int]) -> list[BusinessMerge]:
        """Merges whose kept record is one of ``business_ids``, newest first."""
        ids = list(business_ids)
        return self._merges(col(BusinessMergeRecord.kept_id).in_(ids)) if ids else []

    def active_merge_of(self, merged_id: int) -> BusinessMerge | None:
        """The merge in force that took ``merged_id`` away, if any."""
        found = self._merges(
            col(BusinessMergeRecord.merged_id) == merged_id, col(BusinessMergeRecord.undone_at).is_(None)
        )
        return found[0] if found else None

    def _merges(self, *conditions: Any) -> list[BusinessMerge]:
        statement = (
            select(BusinessMergeRecord, col(BusinessRecord.display_name))
            .join(BusinessRecord, col(BusinessRecord.id) == col(BusinessMergeRecord.merged_id))
            .where(*conditions)
            .order_by(col(BusinessMergeRecord.merged_at).desc(), col(BusinessMergeRecord.id).desc())
        )
        merges = []
        for record, merged_name in self._session.execute(statement):
            assert record.id is not None
            merges.append(
                BusinessMerge(
                    id=record.id,
                    kept_id=record.kept_id,
                    merged_id=record.merged_id,
                    merged_name=str(merged_name),
                    moved_cases=len(record.moved_case_ids or ()),
                    moved_aliases=len(record.moved_alias_ids or ()),
                    merged_at=record.merged_at,
                    merged_by=record.merged_by,
                    undone_at=record.undone_at,
                    undone_by=record.undone_by,
                )
            )
        return merges

    # -- cases of a business -----------------------------------------------------------

    def case_counts(self, business_ids: Sequence[int]) -> CaseCounts:
        """Counts by office, product and sales method, and amounts, over every office."""
        session = self._session
        of_group = (col(CaseRecord.business_id).in_(list(business_ids)), _live_cases())
        total, first, last, contract_cases, contract_total, paid_cases, paid_total = session.execute(
            select(
                func.count(),
                func.min(col(CaseRecord.received_at)),
                func.max(col(CaseRecord.received_at)),
                func.count(col(CaseRecord.contract_amount)),
                func.coalesce(func.sum(col(CaseRecord.contract_amount)), 0),
                func.count(col(CaseRecord.paid_amount)),
                func.coalesce(func.sum(col(CaseRecord.paid_amount)), 0),
            ).where(*of_group)
        ).one()

        def grouped(column: Any) -> list[tuple[Any, int]]:
            rows = session.execute(
                select(column, func.count()).where(*of_group).group_by(column).order_by(func.count().desc(), column)
            )
            return [(value, int(count)) for value, count in rows]

        by_method = [
            (str(code), int(count))
            for code, count in session.execute(
                select(col(CaseMethodRecord.code), func.count())
                .join(CaseRecord, col(CaseRecord.id) == col(CaseMethodRecord.case_id))
                .where(*of_group)
                .group_by(col(CaseMethodRecord.code))
                .order_by(func.count().desc(), col(CaseMethodRecord.code))
            )
        ]
        return CaseCounts(
            total=int(total),
            by_office=[(str(office), count) for office, count in grouped(col(CaseRecord.office_code))],
            by_product=grouped(col(CaseRecord.product)),
            by_method=by_method,
            contract_cases=int(contract_cases),
            contract_total=int(contract_total),
            paid_cases=int(paid_cases),
            paid_total=int(paid_total),
            first_received=first,
            last_received=last,
        )

    def case_rows(
        self, business_ids: Sequence[int], *, office_code: str | None = None, limit: int = 500
    ) -> list[BusinessCaseRow]:
        """The group's live cases, newest first (only one office's when ``office_code`` is given)."""
        conditions = [col(CaseRecord.business_id).in_(list(business_ids)), _live_cases()]
        if office_code is not None:
            conditions.append(col(CaseRecord.office_code) == office_code)
        rows = list(
            self._session.execute(
                select(
                    col(CaseRecord.id),
                    col(CaseRecord.case_no),
                    col(CaseRecord.received_at),
                    col(CaseRecord.office_code),
                    col(CaseRecord.status),
                    col(CaseRecord.subject),
                    col(CaseRecord.business_name),
                    col(CaseRecord.product),
                    col(CaseRecord.contract_amount),
                    col(CaseRecord.paid_amount),
                )
                .where(*conditions)
                .order_by(col(CaseRecord.received_at).desc(), col(CaseRecord.id).desc())
                .limit(limit)
            )
        )
        methods: dict[int, list[str]] = {}
        for chunk in _chunks([int(row[0]) for row in rows]):
            for case_id, code in self._session.execute(
                select(col(CaseMethodRecord.case_id), col(CaseMethodRecord.code))
                .where(col(CaseMethodRecord.case_id).in_(chunk))
                .order_by(col(CaseMethodRecord.case_id), col(CaseMethodRecord.code))
            ):
                methods.setdefault(int(case_id), []).append(str(code))
        return [
            BusinessCaseRow(
                id=int(row[0]),
                case_no=row[1],
                received_at=row[2],
                office_code=str(row[3]),
                status=str(row[4]),
                subject=str(row[5] or ""),
                business_name=row[6],
                product=row[7],
                methods=tuple(methods.get(int(row[0]), ())),
                contract_amount=row[8],
                paid_amount=row[9],
            )
            for row in rows
        ]

    def count_cases(self, business_ids: Sequence[int], *, office_code: str | None = None) -> int:
        """Number of the group's live cases (at one office when given)."""
        conditions = [col(CaseRecord.business_id).in_(list(business_ids)), _live_cases()]
        if office_code is not None:
            conditions.append(col(CaseRecord.office_code) == office_code)
        return int(self._session.execute(select(func.count()).select_from(CaseRecord).where(*conditions)).scalar_one())

    def busiest(self, *, since: dt.datetime, limit: int) -> list[tuple[int, int]]:
        """(business record id, live cases received since ``since``), most cases first."""
        count = func.count()
        rows = self._session.execute(
            select(col(CaseRecord.business_id), count)
            .where(col(CaseRecord.business_id).is_not(None), col(CaseRecord.received_at) >= since, _live_cases())
            .group_by(col(CaseRecord.business_id))
            .order_by(count.desc(), col(CaseRecord.business_id))
            .limit(limit)
        )
        return [(int(business_id), int(cases)) for business_id, cases in rows]

    # -- surge figures -----------------------------------------------------------------

    def business_window_counts(self, start: dt.datetime, end: dt.datetime) -> list[BusinessWindowCount]:
        """Per business record and office: live cases received in [start, end)."""
        rows = self._session.execute(
            select(
                col(CaseRecord.business_id),
                col(CaseRecord.office_code),
                func.count(),
                func.min(col(CaseRecord.received_at)),
                func.max(col(CaseRecord.received_at)),
            )
            .where(
                col(CaseRecord.received_at) >= start,
                col(CaseRecord.received_at) < end,
                col(CaseRecord.business_id).is_not(None),
                _live_cases(),
            )
            .group_by(col(CaseRecord.business_id), col(CaseRecord.office_code))
        )
        return [BusinessWindowCount(int(row[0]), str(row[1]), int(row[2]), row[3], row[4]) for row in rows]

    def product_method_counts(
        self, start: dt.datetime, end: dt.datetime, *, minimum: int
    ) -> list[ProductMethodCount]:
        """Per (product, sales method): live cases received in [start, end), at least ``minimum``."""
        in_window = (
            col(CaseRecord.received_at) >= start,
            col(CaseRecord.received_at) < end,
            col(CaseRecord.product).is_not(None),
            _live_cases(),
        )
        joined = select(
            col(CaseRecord.product),
            col(CaseMethodRecord.code),
            func.count(),
            func.count(func.distinct(col(CaseRecord.business_id))),
            func.min(col(CaseRecord.received_at)),
            func.max(col(CaseRecord.received_at)),
        ).join(CaseMethodRecord, col(CaseMethodRecord.case_id) == col(CaseRecord.id))
        rows = list(
            self._session.execute(
                joined.where(*in_window)
                .group_by(col(CaseRecord.product), col(CaseMethodRecord.code))
                .having(func.count() >= minimum)
            )
        )
        offices: dict[tuple[str, str], list[str]] = {}
        if rows:
            for product, code, office in self._session.execute(
                select(col(CaseRecord.product), col(CaseMethodRecord.code), col(CaseRecord.office_code))
                .join(CaseMethodRecord, col(CaseMethodRecord.case_id) == col(CaseRecord.id))
                .where(*in_window)
                .group_by(col(CaseRecord.product), col(CaseMethodRecord.code), col(CaseRecord.office_code))
                .order_by(col(CaseRecord.office_code))
            ):
                offices.setdefault((str(product), str(code)), []).append(str(office))
        return [
            ProductMethodCount(
                product=str(row[0]),
                method=str(row[1]),
                cases=int(row[2]),
                offices=tuple(offices.get((str(row[0]), str(row[1])), ())),
                businesses=int(row[3]),
                first_received=row[4],
                last_received=row[5],
            )
            for row in rows
        ]

    def product_method_count(self, product: str, method: str, start: dt.datetime, end: dt.datetime) -> int:
        """Live cases of one product with one sales method received in [start, end)."""
        return int(
            self._session.execute(
                select(func.count())
                .select_from(CaseRecord)
                .join(CaseMethodRecord, col(CaseMethodRecord.case_id) == col(CaseRecord.id))
                .where(
                    col(CaseRecord.product) == product,
                    col(CaseMethodRecord.code) == method,
                    col(CaseRecord.received_at) >= start,
                    col(CaseRecord.received_at) < end,
                    _live_cases(),
                )
            ).scalar_one()
        )

"""Branch bundles in the database: reading cases as bundle rows, writing imported rows, peer state, conflicts, imported audit trails."""

from __future__ import annotations

import datetime as dt
import operator
import uuid as uuid_module
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime, Table, bindparam, delete, func, insert, or_, select, text, update
from sqlalchemy.exc import DataError, IntegrityError, StatementError
from sqlmodel import Session, col

from counselor_app.domain.bundle_format import (
    CASE_TABLE,
    CASE_TABLES,
    TABLES,
    BundleFormatError,
    BundleTable,
    CaseIndexer,
    CaseRows,
    chunked,
    group_cases,
    index_here,
)
from counselor_app.domain.business_names import business_key
from counselor_app.domain.entities import Case
from counselor_app.domain.report_data import ReviewStep
from counselor_app.persistence.mappers import case_from_records
from counselor_app.persistence.repositories.case_repository import CaseRepository
from counselor_app.persistence.tables import (
    AuditEventRecord,
    BundleImportRecord,
    BusinessAliasRecord,
    BusinessRecord,
    CaseKeywordRecord,
    CaseMethodRecord,
    CaseNumberCounterRecord,
    CaseRecord,
    CaseReviewRecord,
    CaseScrubRecord,
    CaseSearchRecord,
    DirectoryEntryRecord,
    HandlingEntryRecord,
    ImportedAuditEventRecord,
    OfficeRecord,
    PartyRecord,
    PiAssessmentRecord,
    ReferralRecord,
    SettingRecord,
    SyncConflictRecord,
    SyncPeerStateRecord,
)

# Bundle table -> database table of one case's rows (CASE_TABLES order).
_CASE_TABLE_RECORDS: dict[str, Any] = {
    "case_record": CaseRecord,
    "party": PartyRecord,
    "case_method": CaseMethodRecord,
    "case_keyword": CaseKeywordRecord,
    "handling_entry": HandlingEntryRecord,
    "pi_assessment": PiAssessmentRecord,
    "referral": ReferralRecord,
    "case_review": CaseReviewRecord,
}
_DATABASE_ID = "sync_database_id"
# Child rows are written in this order and deleted in reverse (foreign keys).
_CHILD_TABLES = [spec.name for spec in CASE_TABLES[1:]]


def _table(record: Any) -> Table:
    return record.__table__  # type: ignore[no-any-return]


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _datetime(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is not None:
        # Times are stored as the office's local time; a bundle never carries an offset.
        raise ValueError("a time with an offset")
    return parsed


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _decoder(table: Table, column: str) -> Callable[[Any], Any] | None:
    if column not in table.c:
        return None
    kind = table.c[column].type
    if isinstance(kind, DateTime):
        return _datetime
    if isinstance(kind, Date):
        return _date
    return None


def _unbindable_value(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> tuple[int, str] | None:
    """(row number, column) of the first value no driver can take, if any (only on the error path).

    Those are JSON objects or arrays where a plain value belongs (JSON columns hold them
    serialised by then) and integers beyond 64 bits.
    """
    for number, row in enumerate(rows, start=1):
        for column, value in zip(columns, row, strict=False):
            if isinstance(value, dict | list | tuple | set) or (
                isinstance(value, int) and not -(2**63) <= value < 2**63
            ):
                return number, column
    return None


def _sqlite_bind_processor(kind: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The column type's SQLite bind processing; for dates and times a C-speed equivalent.

    SQLAlchemy stores SQLite DATETIME as ``YYYY-MM-DD HH:MM:SS.ffffff`` and DATE as
    ``YYYY-MM-DD``, which is exactly ``isoformat`` of naive values (anything else goes to
    SQLAlchemy's own processor); tests/persistence/test_sync_storage_format.py compares both.
    """
    processor = kind.dialect_impl(dialect).bind_processor(dialect)
    if processor is None:
        return None
    if isinstance(kind, DateTime):

        def datetime_storage(value: Any) -> Any:
            if type(value) is dt.datetime and value.tzinfo is None:
                return value.isoformat(" ", "microseconds")
            return processor(value)

        return datetime_storage
    if isinstance(kind, Date):

        def date_storage(value: Any) -> Any:
            if type(value) is dt.date:
                return value.isoformat()
            return processor(value)

        return date_storage
    return processor  # type: ignore[no-any-return]


# New cases are written in batches of this many (rows, children, search text, FTS5 feed).
_INSERT_BATCH = 5000


class _RowReader:
    """Turns bundle rows (format or bundle column order) into typed values for one table."""

    def __init__(self, name: str, bundle: BundleTable, record: Any, *, skip: Iterable[str] = ()) -> None:
        self.name = name
        table = _table(record)
        skipped = set(skip)
        plan = [
            (column, index, _decoder(table, column))
            for index, column in enumerate(bundle.columns)
            if column not in skipped
        ]
        self.columns = [column for column, _index, _decode in plan]
        picks = [index for _column, index, _decode in plan]
        # One C-level call per row instead of a comprehension (a million child rows per 100,000 cases).
        getter = operator.itemgetter(*picks)
        self._pick: Callable[[Sequence[Any]], list[Any]] = (
            (lambda row: list(getter(row))) if len(picks) > 1 else (lambda row: [getter(row)])
        )
        self._decoders = [(position, decode) for position, (_c, _i, decode) in enumerate(plan) if decode is not None]

    def values(self, row: Sequence[Any], number: int) -> list[Any]:
        """The row's values in ``columns`` order, dates and times parsed."""
        values = self._pick(row)
        try:
            for position, decode in self._decoders:
                value = values[position]
                if value is not None:
                    values[position] = decode(value)
        except (TypeError, ValueError) as exc:
            raise BundleFormatError(
                "支所データの内容が不正です: 日付か日時が読めません", where=f"{self.name}:{number}"
            ) from exc
        return values

    def __call__(self, row: Sequence[Any], number: int) -> dict[str, Any]:
        return dict(zip(self.columns, self.values(row, number), strict=True))


@dataclass(frozen=True)
class LocalCase:
    """What import needs to know about a case already here."""

    id: int
    uuid: str
    version: int
    case_no: str | None


@dataclass(frozen=True)
class PeerState:
    """The last exchange of one case with one office."""

    version: int
    hash: str


@dataclass(frozen=True)
class ConflictRow:
    """A stored sync conflict."""

    id: int
    case_uuid: str
    peer_office: str
    theirs: dict[str, Any]
    detected_at: dt.datetime
    resolved_at: dt.datetime | None
    resolved_by: str | None
    resolution: str | None


class SyncRepository:
    """Bundle reading and writing in one session (the caller's transaction)."""

    def __init__(self, session: Session, *, dialect: str) -> None:
        self._session = session
        self._dialect = dialect
        self._cases = CaseRepository(session)

    def _rows(self, statement: Any) -> list[Any]:
        return list(self._session.connection().execute(statement).all())

    def consistent_snapshot(self) -> None:
        """Make every read of this (read-only) unit see one moment; call it first.

        SQLite's WAL readers already keep the snapshot of their first read; PostgreSQL's
        default READ COMMITTED would let an export mix moments.
        """
        if self._dialect == "postgresql":
            self._session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))

    @contextmanager
    def write_errors(self) -> Iterator[None]:
        """Turn a constraint the bundle's rows break into one clear line (the unit rolls back)."""
        try:
            yield
        except (IntegrityError, DataError) as exc:
            reason = (str(exc.orig).splitlines() or [type(exc).__name__])[0]
            raise BundleFormatError(f"支所データをデータベースに書き込めません（{reason}）", where="import") from exc
        except StatementError as exc:
            if not isinstance(exc.orig, TypeError | ValueError):
                raise  # not the bundle's values: the database itself (a privilege, the server went away)
            # A value SQLAlchemy could not bind; its text would echo the bundle's content.
            raise BundleFormatError(
                f"支所データをデータベースに書き込めません（{type(exc.orig).__name__}）", where="import"
            ) from exc

    # -- export ---------------------------------------------------------------------------------

    def export_case_ids(self, since: dt.datetime | None) -> list[int]:
        """Ids of cases to export: all (tombstones too), or those changed since ``since``.

        A referral update or a 決裁 step changes the case without touching its row, so
        they count as changes too.
        """
        statement = select(col(CaseRecord.id)).order_by(col(CaseRecord.id))
        if since is not None:
            statement = statement.where(
                or_(
                    col(CaseRecord.updated_at) >= since,
                    col(CaseRecord.id).in_(
                        select(col(ReferralRecord.case_id)).where(col(ReferralRecord.updated_at) >= since)
                    ),
                    col(CaseRecord.id).in_(
                        select(col(CaseReviewRecord.case_id)).where(col(CaseReviewRecord.at) >= since)
                    ),
                )
            )
        return [int(case_id) for (case_id,) in self._rows(statement)]

    def case_tables(self, case_ids: Sequence[int]) -> dict[str, list[list[Any]]]:
        """The rows of ``case_ids`` in every per-case table, in format column order."""
        result: dict[str, list[list[Any]]] = {spec.name: [] for spec in CASE_TABLES}
        case_table = _table(CaseRecord)
        business_table = _table(BusinessRecord)
        case_columns = [
            business_table.c.uuid if name == "business_uuid" else case_table.c[name]
            for name in TABLES[CASE_TABLE].columns
        ]
        for chunk in chunked(list(case_ids)):
            statement = (
                select(*case_columns)
                .select_from(case_table.outerjoin(business_table, business_table.c.id == case_table.c.business_id))
                .where(case_table.c.id.in_(chunk))
                .order_by(case_table.c.id)
            )
            result[CASE_TABLE].extend([_encode(value) for value in row] for row in self._rows(statement))
            for name in _CHILD_TABLES:
                table = _table(_CASE_TABLE_RECORDS[name])
                columns = [
                    case_table.c.uuid if column == "case_uuid" else table.c[column] for column in TABLES[name].columns
                ]
                order = [table.c.case_id, *(table.c[key] for key in ("id",) if key in table.c)]
                statement = (
                    select(*columns)
                    .select_from(table.join(case_table, case_table.c.id == table.c.case_id))
                    .where(table.c.case_id.in_(chunk))
                    .order_by(*order)
                )
                result[name].extend([_encode(value) for value in row] for row in self._rows(statement))
        return result

    def business_rows(self, *, referenced_by: Sequence[int], all_live: bool, since: dt.datetime | None) -> tuple[
        list[list[Any]], list[list[Any]]
    ]:
        """Businesses (and their aliases) for a bundle: those the cases name, plus all live or recently changed ones."""
        table = _table(BusinessRecord)
        ids: set[int] = set()
        for chunk in chunked(list(referenced_by)):
            ids.update(
                int(business_id)
                for (business_id,) in self._rows(
                    select(col(CaseRecord.business_id))
                    .where(col(CaseRecord.id).in_(chunk), col(CaseRecord.business_id).is_not(None))
                    .distinct()
                )
            )
        if all_live or since is not None:
            statement = select(table.c.id).where(table.c.merged_into_id.is_(None))
            if not all_live and since is not None:
                statement = statement.where(table.c.updated_at >= since)
            ids.update(int(business_id) for (business_id,) in self._rows(statement))
        columns = [table.c[name] for name in TABLES["business"].columns]
        businesses: list[list[Any]] = []
        aliases: list[list[Any]] = []
        alias_table = _table(BusinessAliasRecord)
        for chunk in chunked(sorted(ids)):
            businesses.extend(
                [_encode(value) for value in row]
                for row in self._rows(select(*columns).where(table.c.id.in_(chunk)).order_by(table.c.id))
            )
            aliases.extend(
                list(row)
                for row in self._rows(
                    select(table.c.uuid, alias_table.c.alias, alias_table.c.normalized_key)
                    .select_from(alias_table.join(table, table.c.id == alias_table.c.business_id))
                    .where(alias_table.c.business_id.in_(chunk))
                    .order_by(alias_table.c.id)
                )
            )
        return businesses, aliases

    def local_directory_rows(self, destination_ids: Iterable[str]) -> list[list[Any]]:
        """The office-added (local) directory entries among ``destination_ids``."""
        table = _table(DirectoryEntryRecord)
        columns = [table.c[name] for name in TABLES["directory_entry"].columns]
        rows: list[list[Any]] = []
        for chunk in chunked(sorted(set(destination_ids))):
            rows.extend(
                [_encode(value) for value in row]
                for row in self._rows(
                    select(*columns).where(table.c.id.in_(chunk), table.c.local.is_(True)).order_by(table.c.id)
                )
            )
        return rows

    def office_rows(self, codes: Iterable[str]) -> list[list[Any]]:
        """Code, name and parent of the given offices."""
        table = _table(OfficeRecord)
        wanted = sorted(set(codes))
        if not wanted:
            return []
        return [
            list(row)
            for row in self._rows(
                select(table.c.code, table.c.name, table.c.parent_code).where(table.c.code.in_(wanted)).order_by(table.c.code)
            )
        ]

    def audit_chain_id(self, *, create_at: dt.datetime | None = None) -> str | None:
        """This database's identity, which names its audit trail wherever the trail is imported.

        A random UUID kept as the setting ``sync_database_id`` (settings ignore unknown
        keys), made on the first export (``create_at``). Not derived from the first event:
        two databases initialised by the same script in the same second would share it.
        """
        record = self._session.get(SettingRecord, _DATABASE_ID)
        if record is not None and isinstance(record.value, str):
            return record.value
        if create_at is None:
            return None
        value = str(uuid_module.uuid4())
        self._session.add(SettingRecord(key=_DATABASE_ID, value=value, updated_at=create_at, updated_by=None))
        self._session.flush()
        return value

    def audit_rows(self, since: dt.datetime | None) -> list[list[Any]]:
        """This database's audit events (since a moment), with the UUID of the case an event is about."""
        table = _table(AuditEventRecord)
        names = [name for name in TABLES["audit_event"].columns if name != "case_uuid"]
        statement = select(*(table.c[name] for name in names)).order_by(table.c.seq)
        if since is not None:
            statement = statement.where(table.c.at >= since)
        rows = self._rows(statement)
        entity_at, id_at = names.index("entity"), names.index("entity_id")
        case_ids = sorted(
            {int(row[id_at]) for row in rows if row[entity_at] == "case" and str(row[id_at] or "").isdigit()}
        )
        uuids: dict[int, str] = {}
        for chunk in chunked(case_ids):
            uuids.update(
                (int(case_id), str(case_uuid))
                for case_id, case_uuid in self._rows(
                    select(col(CaseRecord.id), col(CaseRecord.uuid)).where(col(CaseRecord.id).in_(chunk))
                )
            )
        result = []
        for row in rows:
            case_uuid = None
            if row[entity_at] == "case" and str(row[id_at] or "").isdigit():
                case_uuid = uuids.get(int(row[id_at]))
            result.append([*(_encode(value) for value in row), case_uuid])
        return result

    def exchanged_hashes(self, case_uuids: Sequence[str]) -> dict[str, list[str]]:
        """Per case, every content hash this database last exchanged with any office."""
        result: dict[str, list[str]] = defaultdict(list)
        for chunk in chunked(list(case_uuids)):
            for case_uuid, digest in self._rows(
                select(col(SyncPeerStateRecord.case_uuid), col(SyncPeerStateRecord.exchanged_hash))
                .where(col(SyncPeerStateRecord.case_uuid).in_(chunk))
                .order_by(col(SyncPeerStateRecord.case_uuid), col(SyncPeerStateRecord.peer_office))
            ):
                if digest not in result[case_uuid]:
                    result[case_uuid].append(str(digest))
        return dict(result)

    # -- import: what is here -------------------------------------------------------------------

    def bundle_import(self, bundle_id: str) -> tuple[dt.datetime, dict[str, Any]] | None:
        """When a bundle was imported, and its summary (None: never)."""
        record = self._session.get(BundleImportRecord, bundle_id)
        return None if record is None else (record.imported_at, dict(record.summary or {}))

    def known_offices(self) -> set[str]:
        """Codes of every registered office."""
        return {str(code) for (code,) in self._rows(select(col(OfficeRecord.code)))}

    def local_cases(self, case_uuids: Sequence[str]) -> dict[str, LocalCase]:
        """Cases already here, by UUID."""
        found: dict[str, LocalCase] = {}
        for chunk in chunked(list(case_uuids)):
            for case_id, case_uuid, version, case_no in self._rows(
                select(col(CaseRecord.id), col(CaseRecord.uuid), col(CaseRecord.version), col(CaseRecord.case_no)).where(
                    col(CaseRecord.uuid).in_(chunk)
                )
            ):
                found[str(case_uuid)] = LocalCase(int(case_id), str(case_uuid), int(version), case_no)
        return found

    def case_number_owners(self, case_numbers: Sequence[str]) -> dict[str, str]:
        """Case number -> UUID of the case holding it here."""
        owners: dict[str, str] = {}
        for chunk in chunked(list(case_numbers)):
            owners.update(
                (str(case_no), str(case_uuid))
                for case_no, case_uuid in self._rows(
                    select(col(CaseRecord.case_no), col(CaseRecord.uuid)).where(col(CaseRecord.case_no).in_(chunk))
                )
            )
        return owners

    def peer_states(self, peer_office: str, case_uuids: Sequence[str]) -> dict[str, PeerState]:
        """The last exchange with ``peer_office`` of each case that has one."""
        states: dict[str, PeerState] = {}
        for chunk in chunked(list(case_uuids)):
            for case_uuid, version, digest in self._rows(
                select(
                    col(SyncPeerStateRecord.case_uuid),
                    col(SyncPeerStateRecord.exchanged_version),
                    col(SyncPeerStateRecord.exchanged_hash),
                ).where(
                    col(SyncPeerStateRecord.peer_office) == peer_office,
                    col(SyncPeerStateRecord.case_uuid).in_(chunk),
                )
            ):
                states[str(case_uuid)] = PeerState(int(version), str(digest))
        return states

    def existing_directory_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are in the directory."""
        found: set[str] = set()
        for chunk in chunked(sorted(set(ids))):
            found.update(
                str(entry_id)
                for (entry_id,) in self._rows(
                    select(col(DirectoryEntryRecord.id)).where(col(DirectoryEntryRecord.id).in_(chunk))
                )
            )
        return found

    def existing_referral_uuids(self, uuids: Sequence[str]) -> dict[str, str]:
        """Referral UUID -> UUID of the case it belongs to, for referrals already here."""
        found: dict[str, str] = {}
        for chunk in chunked(list(uuids)):
            found.update(
                (str(ref_uuid), str(case_uuid))
                for ref_uuid, case_uuid in self._rows(
                    select(col(ReferralRecord.uuid), col(CaseRecord.uuid))
                    .join(CaseRecord, col(CaseRecord.id) == col(ReferralRecord.case_id))
                    .where(col(ReferralRecord.uuid).in_(chunk))
                )
            )
        return found

    def local_case_rows(self, case_ids: Sequence[int]) -> dict[str, CaseRows]:
        """Cases here as bundle rows (format column order), by UUID: for content hashes and conflicts."""
        tables = {
            name: BundleTable(TABLES[name].columns, rows) for name, rows in self.case_tables(case_ids).items()
        }
        return group_cases(tables)

    # -- import: businesses, directory, cases ----------------------------------------------------

    def match_businesses(self, businesses: BundleTable) -> dict[str, int]:
        """Bundle business UUID -> id of the same business here: by UUID, then 法人番号, then exact 名寄せ key.

        Only records that were here before this import are matched, so a bundle's own
        records (even two spellings of one business) arrive as the branch keeps them.
        """
        table = _table(BusinessRecord)
        rows = list(businesses.dicts())
        matched: dict[str, int] = {}
        survivors = self._survivors()
        by_uuid: dict[str, int] = {}
        for chunk in chunked([row["uuid"] for row in rows]):
            by_uuid.update(
                (str(business_uuid), int(business_id))
                for business_id, business_uuid in self._rows(select(table.c.id, table.c.uuid).where(table.c.uuid.in_(chunk)))
            )
        for row in rows:
            if row["uuid"] in by_uuid:
                matched[row["uuid"]] = survivors(by_uuid[row["uuid"]])
        numbers = sorted({row["corporate_number"] for row in rows if row["uuid"] not in matched and row["corporate_number"]})
        by_number: dict[str, int] = {}
        for chunk in chunked(numbers):
            for business_id, number in self._rows(
                select(table.c.id, table.c.corporate_number)
                .where(table.c.corporate_number.in_(chunk), table.c.merged_into_id.is_(None))
                .order_by(table.c.id)
            ):
                by_number.setdefault(str(number), int(business_id))
        for row in rows:
            if row["uuid"] not in matched and row["corporate_number"] in by_number:
                matched[row["uuid"]] = by_number[row["corporate_number"]]
        keys = {row["uuid"]: business_key(str(row["display_name"])) for row in rows if row["uuid"] not in matched}
        by_key = self._ids_by_key(sorted(set(keys.values())))
        for business_uuid, key in keys.items():
            if key and key in by_key:
                matched[business_uuid] = by_key[key]
        return matched

    def _survivors(self) -> Callable[[int], int]:
        merged = {
            int(business_id): int(into)
            for business_id, into in self._rows(
                select(col(BusinessRecord.id), col(BusinessRecord.merged_into_id)).where(
                    col(BusinessRecord.merged_into_id).is_not(None)
                )
            )
        }

        def survivor(business_id: int) -> int:
            seen = {business_id}
            while business_id in merged and merged[business_id] not in seen:
                business_id = merged[business_id]
                seen.add(business_id)
            return business_id

        return survivor

    def _ids_by_key(self, keys: Sequence[str]) -> dict[str, int]:
        table = _table(BusinessRecord)
        alias_table = _table(BusinessAliasRecord)
        found: dict[str, int] = {}
        for chunk in chunked(list(keys)):
            for business_id, key in self._rows(
                select(table.c.id, table.c.normalized_key)
                .where(table.c.normalized_key.in_(chunk), table.c.merged_into_id.is_(None))
                .order_by(table.c.id)
            ):
                found.setdefault(str(key), int(business_id))
            for business_id, key in self._rows(
                select(table.c.id, alias_table.c.normalized_key)
                .select_from(alias_table.join(table, table.c.id == alias_table.c.business_id))
                .where(alias_table.c.normalized_key.in_(chunk), table.c.merged_into_id.is_(None))
                .order_by(table.c.id)
            ):
                found.setdefault(str(key), int(business_id))
        return found

    def insert_businesses(
        self, businesses: BundleTable, aliases: BundleTable, matched: Mapping[str, int]
    ) -> dict[str, int]:
        """Add the bundle's businesses that matched nothing, and new names of those that did; returns UUID -> id."""
        reader = _RowReader("business", businesses, BusinessRecord)
        table = _table(BusinessRecord)
        new_rows = [
            reader(row, number)
            for number, row in enumerate(businesses.rows, start=1)
            if row[businesses.index("uuid")] not in matched
        ]
        ids = dict(matched)
        if new_rows:
            for row in new_rows:
                row["merged_into_id"] = None
                row["normalized_key"] = business_key(str(row["display_name"]))
            inserted = self._session.execute(
                insert(table).returning(table.c.id, table.c.uuid, sort_by_parameter_order=True), new_rows
            ).all()
            ids.update((str(business_uuid), int(business_id)) for business_id, business_uuid in inserted)
        # Names a business is known by here: its key and its aliases' keys.
        known: dict[int, set[str]] = defaultdict(set)
        wanted = sorted(set(ids.values()))
        for chunk in chunked(wanted):
            for business_id, key in self._rows(
                select(col(BusinessRecord.id), col(BusinessRecord.normalized_key)).where(col(BusinessRecord.id).in_(chunk))
            ):
                known[int(business_id)].add(str(key))
            for business_id, key in self._rows(
                select(col(BusinessAliasRecord.business_id), col(BusinessAliasRecord.normalized_key)).where(
                    col(BusinessAliasRecord.business_id).in_(chunk)
                )
            ):
                known[int(business_id)].add(str(key))
        names: list[tuple[str, str]] = [
            (row["uuid"], str(row["display_name"])) for row in businesses.dicts() if row["uuid"] in matched
        ]
        names.extend((row["business_uuid"], str(row["alias"])) for row in aliases.dicts())
        new_aliases = []
        for business_uuid, name in names:
            business_id = ids[business_uuid]
            key = business_key(name)
            if key and key not in known[business_id]:
                known[business_id].add(key)
                new_aliases.append({"business_id": business_id, "alias": name, "normalized_key": key})
        if new_aliases:
            self._session.execute(insert(_table(BusinessAliasRecord)), new_aliases)
        return ids

    def insert_directory_entries(self, entries: BundleTable) -> int:
        """Add the bundle's local directory entries this database lacks (entries here are kept as they are)."""
        present = self.existing_directory_ids(row[entries.index("id")] for row in entries.rows)
        reader = _RowReader("directory_entry", entries, DirectoryEntryRecord)
        rows = [
            reader(row, number)
            for number, row in enumerate(entries.rows, start=1)
            if row[entries.index("id")] not in present
        ]
        if rows:
            self._session.execute(insert(_table(DirectoryEntryRecord)), rows)
        return len(rows)

    def _case_values(
        self, reader: _RowReader, bundle: BundleTable, group: CaseRows, number: int, business_ids: Mapping[str, int]
    ) -> dict[str, Any]:
        values = reader(group.case, number)
        business_uuid = group.case[bundle.index("business_uuid")]
        values["business_id"] = None if business_uuid is None else business_ids[business_uuid]
        return values

    def _bulk_insert(self, record: Any, columns: Sequence[str], rows: list[list[Any]]) -> None:
        """INSERT many rows given as value lists in ``columns`` order.

        The rows go straight to the driver, with each column's own bind processing (what
        SQLAlchemy would do, without its per-row bookkeeping, which measured as much as the
        inserts themselves on 100,000-case bundles): SQLite's executemany, PostgreSQL's COPY.
        """
        if not rows:
            return
        table = _table(record)
        dialect = self._session.get_bind().dialect
        sqlite = self._dialect == "sqlite"
        self._bind_rows(record, columns, rows)
        names = ", ".join(f'"{name}"' for name in columns)
        dbapi = dialect.dbapi
        assert dbapi is not None
        driver = self._session.connection().connection.driver_connection
        assert driver is not None
        try:
            if sqlite:
                # executemany takes the value lists as they are (no tuple copies).
                cursor = driver.cursor()
                try:
                    cursor.executemany(
                        f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" for _ in columns)})', rows
                    )
                finally:
                    cursor.close()
            else:
                with driver.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
        except (dbapi.IntegrityError, dbapi.DataError) as exc:  # a constraint the bundle's rows break
            reason = (str(exc).splitlines() or [type(exc).__name__])[0]
            raise BundleFormatError(
                f"支所データをデータベースに書き込めません（{table.name}: {reason}）", where=table.name
            ) from exc
        except (dbapi.ProgrammingError, dbapi.InterfaceError, OverflowError) as exc:
            # A value the driver cannot bind is the bundle's fault; anything else (a missing
            # table, a privilege, a closed connection) is the database's and goes up as it is.
            where = _unbindable_value(columns, rows)
            if where is None:
                raise
            number, column = where
            raise BundleFormatError(
                f"支所データの内容が不正です: {table.name} の {column} の値が読めません",
                where=f"{table.name}:{number}.{column}",
            ) from exc

    def _bind_rows(self, record: Any, columns: Sequence[str], rows: list[list[Any]], *, first: int = 1) -> None:
        """Apply each column's bind processing to the rows in place (what SQLAlchemy would do).

        Raises:
            BundleFormatError: a value the column cannot take, naming table, row and column.
        """
        table = _table(record)
        dialect = self._session.get_bind().dialect
        processors = [
            (position, processor)
            for position, processor in enumerate(
                _sqlite_bind_processor(table.c[name].type, dialect)
                if self._dialect == "sqlite"
                else table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                for name in columns
            )
            if processor is not None
        ]
        if not processors:
            return
        for number, row in enumerate(rows, start=first):
            try:
                for position, processor in processors:
                    row[position] = processor(row[position])
            except (TypeError, ValueError) as exc:
                raise BundleFormatError(
                    f"支所データの内容が不正です: {table.name} の {columns[position]} の値が読めません",
                    where=f"{table.name}:{number}.{columns[position]}",
                ) from exc

    def insert_cases(
        self,
        tables: Mapping[str, BundleTable],
        groups: Sequence[CaseRows],
        business_ids: Mapping[str, int],
        *,
        progress: Callable[[int], None] | None = None,
        indexer: CaseIndexer | None = None,
    ) -> dict[str, int]:
        """Insert complete cases (rows, children, search text) as they are in the bundle; returns UUID -> id.

        ``indexer`` gives the cases' search text (default: computed here, batch by batch).
        """
        bundle = tables[CASE_TABLE]
        case_table = _table(CaseRecord)
        reader = _RowReader(CASE_TABLE, bundle, CaseRecord, skip=("business_uuid",))
        columns = [*reader.columns, "business_id"]
        uuid_at, business_at = bundle.index("uuid"), bundle.index("business_uuid")
        ids: dict[str, int] = {}
        for start in range(0, len(groups), _INSERT_BATCH):
            batch = groups[start : start + _INSERT_BATCH]
            rows = []
            for offset, group in enumerate(batch):
                values = reader.values(group.case, start + offset + 1)
                business_uuid = group.case[business_at]
                values.append(None if business_uuid is None else business_ids[business_uuid])
                rows.append(values)
            wanted = {group.case[uuid_at] for group in batch}
            # A plain executemany, then the new ids by UUID: RETURNING in parameter order
            # makes SQLite insert one row per statement.
            before = self._session.execute(select(func.max(case_table.c.id))).scalar_one() or 0
            self._bulk_insert(CaseRecord, columns, rows)
            batch_ids = {
                str(case_uuid): int(case_id)
                for case_id, case_uuid in self._rows(
                    select(case_table.c.id, case_table.c.uuid).where(case_table.c.id > before)
                )
                if case_uuid in wanted
            }
            ids.update(batch_ids)
            self._write_children(tables, batch, batch_ids)
            search_rows = self._search_rows(tables, batch, batch_ids, indexer)
            if self._dialect == "sqlite":
                self._cases.add_search_rows(search_rows)  # feeds the FTS5 indexes in bulk
            else:  # COPY; the GIN indexes follow by themselves
                self._bulk_insert(
                    CaseSearchRecord,
                    ["case_id", "search_text", "search_ngrams"],
                    [[row["case_id"], row["search_text"], row["search_ngrams"]] for row in search_rows],
                )
            if progress is not None:
                progress(len(batch))
        self._raise_counters(bundle, groups)
        return ids

    def replace_cases(
        self,
        tables: Mapping[str, BundleTable],
        groups: Sequence[CaseRows],
        local: Mapping[str, LocalCase],
        business_ids: Mapping[str, int],
        *,
        indexer: CaseIndexer | None = None,
    ) -> dict[str, int]:
        """Overwrite cases here with the bundle's content (children replaced); returns UUID -> new local version.

        The version is bumped, so a desk with the old version open is stopped by optimistic locking.
        """
        if not groups:
            return {}
        bundle = tables[CASE_TABLE]
        case_table = _table(CaseRecord)
        reader = _RowReader(CASE_TABLE, bundle, CaseRecord, skip=("business_uuid", "uuid"))
        updates = []
        versions: dict[str, int] = {}
        for number, group in enumerate(groups, start=1):
            case_uuid = group.case[bundle.index("uuid")]
            here = local[case_uuid]
            values = self._case_values(reader, bundle, group, number, business_ids)
            # The update binds the values itself; check them first for a message naming the column.
            self._bind_rows(CaseRecord, list(values), [list(values.values())], first=number)
            values["version"] = here.version + 1
            versions[case_uuid] = here.version + 1
            updates.append({**{f"v_{name}": value for name, value in values.items()}, "target_id": here.id})
        names = [name for name in updates[0] if name != "target_id"]
        statement = (
            update(case_table)
            .where(case_table.c.id == bindparam("target_id"))
            .values({name[2:]: bindparam(name) for name in names})
        )
        self._session.connection().execute(statement, updates)
        ids = {group.case[bundle.index("uuid")]: local[group.case[bundle.index("uuid")]].id for group in groups}
        case_ids = list(ids.values())
        for name in reversed(_CHILD_TABLES):
            table = _table(_CASE_TABLE_RECORDS[name])
            for chunk in chunked(case_ids):
                self._session.execute(delete(table).where(table.c.case_id.in_(chunk)))
        self._write_children(tables, groups, ids)
        # The stored casebook scrub was made from the old content: the next export or
        # report scrubs these cases again (as it does for new cases from a bundle).
        scrubs = _table(CaseScrubRecord)
        for chunk in chunked(case_ids):
            self._session.execute(delete(scrubs).where(scrubs.c.case_id.in_(chunk)))
        search = _table(CaseSearchRecord)
        self._session.connection().execute(
            update(search)
            .where(search.c.case_id == bindparam("target_id"))
            .values(search_text=bindparam("v_text"), search_ngrams=bindparam("v_ngrams")),
            [
                {"target_id": row["case_id"], "v_text": row["search_text"], "v_ngrams": row["search_ngrams"]}
                for row in self._search_rows(tables, groups, ids, indexer)
            ],
        )
        self._raise_counters(bundle, groups)
        return versions

    def _write_children(
        self, tables: Mapping[str, BundleTable], groups: Sequence[CaseRows], ids: Mapping[str, int]
    ) -> None:
        uuid_at = tables[CASE_TABLE].index("uuid")
        for name in _CHILD_TABLES:
            bundle = tables[name]
            reader = _RowReader(name, bundle, _CASE_TABLE_RECORDS[name], skip=("case_uuid",))
            rows = []
            for group in groups:
                children = group.children.get(name)
                if not children:
                    continue
                case_id = ids[group.case[uuid_at]]
                for number, row in enumerate(children, start=1):
                    values = reader.values(row, number)
                    values.append(case_id)
                    rows.append(values)
            self._bulk_insert(_CASE_TABLE_RECORDS[name], [*reader.columns, "case_id"], rows)

    @staticmethod
    def _search_rows(
        tables: Mapping[str, BundleTable],
        groups: Sequence[CaseRows],
        ids: Mapping[str, int],
        indexer: CaseIndexer | None,
    ) -> list[dict[str, Any]]:
        uuid_at = tables[CASE_TABLE].index("uuid")
        columns = (indexer or index_here(tables))(groups)
        return [
            {"case_id": ids[group.case[uuid_at]], "search_text": folded, "search_ngrams": ngrams}
            for group, (folded, ngrams) in zip(groups, columns, strict=True)
        ]

    def _raise_counters(self, bundle: BundleTable, groups: Sequence[CaseRows]) -> None:
        """Keep each office's number counter at or above the highest number now stored."""
        office_at, year_at, seq_at = (bundle.index(name) for name in ("office_code", "fiscal_year", "seq"))
        highest: dict[tuple[str, int], int] = {}
        for group in groups:
            office, year, seq = group.case[office_at], group.case[year_at], group.case[seq_at]
            if year is not None and seq is not None:
                key = (str(office), int(year))
                highest[key] = max(highest.get(key, 0), int(seq))
        table = _table(CaseNumberCounterRecord)
        for (office, year), seq in highest.items():
            self._session.execute(
                update(table)
                .where(table.c.office_code == office, table.c.fiscal_year == year, table.c.last_seq < seq)
                .values(last_seq=seq)
            )

    # -- import: bookkeeping ----------------------------------------------------------------------

    def save_peer_states(
        self,
        peer_office: str,
        states: Mapping[str, PeerState],
        *,
        now: dt.datetime,
        replacing: Iterable[str] | None = None,
    ) -> None:
        """Remember the exchanged version and hash of each case with ``peer_office``.

        ``replacing`` names the cases that already have a state with this office (all of
        ``states`` when not given).
        """
        if not states:
            return
        table = _table(SyncPeerStateRecord)
        stale = list(states) if replacing is None else [case_uuid for case_uuid in replacing if case_uuid in states]
        for chunk in chunked(stale):
            self._session.execute(
                delete(table).where(table.c.peer_office == peer_office, table.c.case_uuid.in_(chunk))
            )
        self._bulk_insert(
            SyncPeerStateRecord,
            ["case_uuid", "peer_office", "exchanged_version", "exchanged_hash", "exchanged_at"],
            [[case_uuid, peer_office, state.version, state.hash, now] for case_uuid, state in states.items()],
        )

    def open_conflicts(self, peer_office: str | None = None, case_uuids: Sequence[str] | None = None) -> list[ConflictRow]:
        """Unresolved conflicts (of one office, of some cases), oldest first."""
        statement = select(SyncConflictRecord).where(col(SyncConflictRecord.resolved_at).is_(None))
        if peer_office is not None:
            statement = statement.where(col(SyncConflictRecord.peer_office) == peer_office)
        records: list[SyncConflictRecord] = []
        if case_uuids is None:
            records = list(self._session.execute(statement.order_by(col(SyncConflictRecord.id))).scalars())
        else:
            for chunk in chunked(list(case_uuids)):
                records.extend(
                    self._session.execute(statement.where(col(SyncConflictRecord.case_uuid).in_(chunk))).scalars()
                )
        return [_conflict(record) for record in records]

    def open_conflict_count(self) -> int:
        """How many conflicts wait for a supervisor."""
        return int(
            self._session.execute(
                select(func.count()).select_from(SyncConflictRecord).where(col(SyncConflictRecord.resolved_at).is_(None))
            ).scalar_one()
        )

    def get_conflict(self, conflict_id: int) -> ConflictRow | None:
        """One conflict or None."""
        record = self._session.get(SyncConflictRecord, conflict_id)
        return None if record is None else _conflict(record)

    def add_conflicts(self, peer_office: str, theirs: Mapping[str, dict[str, Any]], *, now: dt.datetime) -> None:
        """Record conflicts; an open one for the same case and office gets the newer content instead."""
        if not theirs:
            return
        open_ids = {row.case_uuid: row.id for row in self.open_conflicts(peer_office, list(theirs))}
        table = _table(SyncConflictRecord)
        new_rows = []
        for case_uuid, content in theirs.items():
            if case_uuid in open_ids:
                self._session.execute(
                    update(table).where(table.c.id == open_ids[case_uuid]).values(theirs=content, detected_at=now)
                )
            else:
                new_rows.append(
                    {"case_uuid": case_uuid, "peer_office": peer_office, "theirs": content, "detected_at": now}
                )
        if new_rows:
            self._session.execute(insert(table), new_rows)

    def resolve_conflict(self, conflict_id: int, resolution: str, *, by: str, now: dt.datetime) -> None:
        """Close a conflict with how it was resolved."""
        table = _table(SyncConflictRecord)
        self._session.execute(
            update(table)
            .where(table.c.id == conflict_id)
            .values(resolved_at=now, resolved_by=by, resolution=resolution)
        )

    def close_superseded_conflicts(self, peer_office: str, case_uuids: Sequence[str], *, by: str, now: dt.datetime) -> int:
        """Close open conflicts of cases a later bundle settled (same content, or the office took ours)."""
        rows = self.open_conflicts(peer_office, case_uuids)
        for row in rows:
            self.resolve_conflict(row.id, "superseded", by=by, now=now)
        return len(rows)

    def record_bundle_import(
        self, bundle_id: str, office_code: str, *, by: str, now: dt.datetime, summary: dict[str, Any]
    ) -> None:
        """Remember that a bundle was imported (a second import is recognised)."""
        self._session.add(
            BundleImportRecord(bundle_id=bundle_id, office_code=office_code, imported_at=now, imported_by=by, summary=summary)
        )
        self._session.flush()

    # -- imported audit trails ---------------------------------------------------------------------

    def imported_audit_neighbours(self, chain_id: str, seqs: Sequence[int]) -> tuple[dict[int, str], tuple[int, str] | None]:
        """Hashes of events of ``chain_id`` already stored among ``seqs``, and the stored event just before them."""
        table = _table(ImportedAuditEventRecord)
        stored: dict[int, str] = {}
        if not seqs:
            return stored, None
        low, high = min(seqs), max(seqs)
        for seq, digest in self._rows(
            select(table.c.seq, table.c.hash).where(table.c.chain_id == chain_id, table.c.seq.between(low, high))
        ):
            stored[int(seq)] = str(digest)
        before = self._session.connection().execute(
            select(table.c.seq, table.c.hash).where(table.c.chain_id == chain_id, table.c.seq == low - 1)
        ).one_or_none()
        return stored, (None if before is None else (int(before[0]), str(before[1])))

    def insert_imported_audit(
        self, chain_id: str, origin_office: str, bundle_id: str, events: BundleTable, skip: set[int]
    ) -> int:
        """Store a branch's audit events exactly as recorded there (except those already stored)."""
        reader = _RowReader("audit_event", events, ImportedAuditEventRecord)
        seq_at = events.index("seq")
        rows = []
        for number, row in enumerate(events.rows, start=1):
            if int(row[seq_at]) in skip:
                continue
            values = reader(row, number)
            values.update(chain_id=chain_id, origin_office=origin_office, bundle_id=bundle_id)
            rows.append(values)
        if rows:
            self._session.execute(insert(_table(ImportedAuditEventRecord)), rows)
        return len(rows)

    def imported_audit_chains(self) -> list[tuple[str, str]]:
        """(chain id, office) of every imported trail."""
        table = _table(ImportedAuditEventRecord)
        return [
            (str(chain), str(office))
            for chain, office in self._rows(select(table.c.chain_id, table.c.origin_office).distinct().order_by(table.c.chain_id))
        ]

    def imported_audit_events(self, chain_id: str) -> BundleTable:
        """One imported trail in sequence order, as bundle rows."""
        table = _table(ImportedAuditEventRecord)
        names = TABLES["audit_event"].columns
        rows = [
            [_encode(value) for value in row]
            for row in self._rows(
                select(*(table.c[name] for name in names)).where(table.c.chain_id == chain_id).order_by(table.c.seq)
            )
        ]
        return BundleTable(names, rows)

    # -- showing a bundle case ----------------------------------------------------------------------

    def case_from_rows(self, group: CaseRows, *, business_id: int | None = None) -> tuple[Case, list[ReviewStep]]:
        """A case (and its 決裁 steps) built from format-order rows, for showing "theirs" beside "mine"."""
        formats = {spec.name: BundleTable(spec.columns, []) for spec in CASE_TABLES}
        case_values = _RowReader(CASE_TABLE, formats[CASE_TABLE], CaseRecord, skip=("business_uuid",))(group.case, 1)
        record = CaseRecord(**case_values, business_id=business_id, id=None)
        children: dict[str, list[dict[str, Any]]] = {}
        for name in _CHILD_TABLES:
            reader = _RowReader(name, formats[name], _CASE_TABLE_RECORDS[name], skip=("case_uuid",))
            children[name] = [reader(row, number) for number, row in enumerate(group.children.get(name, ()), start=1)]
        parties = {row["role"]: PartyRecord(case_id=0, **row) for row in children["party"]}
        pi_rows = children["pi_assessment"]
        case = case_from_records(
            record,
            consultant=parties.get("consultant"),
            party=parties.get("party"),
            methods=[row["code"] for row in children["case_method"]],
            keywords=[row["code"] for row in children["case_keyword"]],
            handling=[HandlingEntryRecord(case_id=0, **row) for row in children["handling_entry"]],
            pi=PiAssessmentRecord(case_id=0, **pi_rows[0]) if pi_rows else None,
            referrals=[ReferralRecord(case_id=0, **row) for row in children["referral"]],
        )
        reviews = [
            ReviewStep(action=row["action"], actor=row["actor"], at=row["at"], comment=row["comment"])
            for row in sorted(children["case_review"], key=lambda row: row["at"])
        ]
        return case, reviews


def _conflict(record: SyncConflictRecord) -> ConflictRow:
    assert record.id is not None
    return ConflictRow(
        id=record.id,
        case_uuid=record.case_uuid,
        peer_office=record.peer_office,
        theirs=dict(record.theirs or {}),
        detected_at=record.detected_at,
        resolved_at=record.resolved_at,
        resolved_by=record.resolved_by,
        resolution=record.resolution,
    )


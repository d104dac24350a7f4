"""The versioned content of a branch bundle: manifest, tables of rows, validation, case content hashes, merge decisions.

A bundle's payload (inside the encrypted envelope, see ``bundle_envelope``) is one JSON
object::

    {"manifest": {...}, "tables": {"case_record": {"columns": [...], "rows": [[...], ...]}, ...}}

Tables carry rows, not objects: a column list and value lists, which is compact and loads
fast. Values are JSON-native (dates and times as ISO strings, JSON columns as lists or
objects). Rows point at their case by ``case_uuid`` and at their business by
``business_uuid``; local database ids never travel.

Merging (``decide``): a case is identified by its global UUID. Its *content hash* covers
everything a counselor or supervisor recorded (the case, parties, codes, handling log,
PI assessment, referrals, 決裁 steps) but not local bookkeeping (ids, the optimistic-locking
version, which registry record the business is linked to). Each side remembers the hash
it last exchanged with a peer (``sync_peer_state``) and a bundle carries the sender's
remembered hashes (``case_sync.base_hashes``); any of these is a state both sides have had.
If the local content is still such a state, only the bundle side changed: take it. If the
bundle content is such a state, only this side changed: keep it. Otherwise both changed:
a conflict for a supervisor, never a silent overwrite.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from counselor_app.domain.audit import GENESIS_HASH, ChainProblem, event_hash
from counselor_app.domain.bundle_envelope import FORMAT_VERSION, BundleError, BundleTooNewError
from counselor_app.domain.search import index_columns

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_OFFICE = re.compile(r"^\d{6}$")


class BundleFormatError(BundleError):
    """The decrypted content does not have the shape of this format version; ``where`` names the spot."""

    code = "bundle_format"


class UnknownOfficeError(BundleError):
    """The bundle comes from (or holds cases of) an office this database does not know."""

    code = "bundle_unknown_office"

    def __init__(self, message: str, *, office_code: str, office_name: str | None, parent_code: str | None) -> None:
        super().__init__(message)
        self.office_code = office_code
        self.office_name = office_name
        self.parent_code = parent_code


@dataclass(frozen=True)
class TableSpec:
    """One table of the format: its columns, and which of them a case's content hash covers."""

    name: str
    columns: tuple[str, ...]
    hashed: tuple[str, ...] = ()
    per_case: bool = False
    # Hashed columns that order a case's rows of this table canonically (ties: the rest).
    order: tuple[str, ...] = ()


_CASE_COLUMNS = (
    "uuid", "case_no", "office_code", "fiscal_year", "seq", "received_at", "channel", "category",
    "harm", "danger", "via_center", "party_same_as_consultant", "business_uuid", "business_name",
    "product", "sales_form", "payment", "contract_amount", "paid_amount", "subject", "narrative",
    "result", "status", "counselor", "approved_by", "approved_at", "review_comment",
    "related_case_uuid", "classification_version", "version", "created_at", "created_by",
    "updated_at", "updated_by", "deleted_at", "anonymised_at",
)  # fmt: skip
_PARTY_COLUMNS = (
    "case_uuid", "role", "name", "name_kana", "phone", "email", "address", "postal_code",
    "birth_date", "age", "age_band", "gender", "occupation", "relation", "prefecture", "municipality",
)  # fmt: skip
_PI_COLUMNS = (
    "case_uuid", "related", "issues", "holder", "sector", "regime", "score", "cues",
    "suggested_related", "suggested_issues", "suggested_holder", "overridden", "assessed_at", "assessed_by",
)  # fmt: skip
_REFERRAL_COLUMNS = (
    "case_uuid", "uuid", "destination_id", "kind", "date", "method", "reason", "consent",
    "consent_at", "consent_scope", "shared_fields", "request", "due_date", "status", "reply_text",
    "reply_date", "created_by", "created_at", "updated_at", "version",
)  # fmt: skip
_DIRECTORY_COLUMNS = (
    "id", "name", "parent", "kind", "sectors", "phone", "hours", "url", "contact_note", "regime",
    "valid_from", "valid_to", "successor_id", "legal_basis", "legal_basis_2005", "note", "sources",
    "local", "office_code", "annotation", "updated_at",
)  # fmt: skip


def _without(columns: tuple[str, ...], *excluded: str) -> tuple[str, ...]:
    return tuple(name for name in columns if name not in excluded)


CASE_TABLE = "case_record"
# The tables of one case, in hashing order (case_record first).
CASE_TABLES: tuple[TableSpec, ...] = (
    # Local bookkeeping stays out of the hash: the version counter is per database and the
    # business link depends on each side's registry (the name as typed is in the hash).
    TableSpec(CASE_TABLE, _CASE_COLUMNS, _without(_CASE_COLUMNS, "version", "business_uuid")),
    TableSpec("party", _PARTY_COLUMNS, _without(_PARTY_COLUMNS, "case_uuid"), per_case=True, order=("role",)),
    TableSpec("case_method", ("case_uuid", "code"), ("code",), per_case=True, order=("code",)),
    TableSpec("case_keyword", ("case_uuid", "code"), ("code",), per_case=True, order=("code",)),
    TableSpec(
        "handling_entry",
        ("case_uuid", "at", "counterpart", "text", "created_by"),
        ("at", "counterpart", "text", "created_by"),
        per_case=True,
        order=("at", "counterpart", "text", "created_by"),
    ),
    TableSpec("pi_assessment", _PI_COLUMNS, _without(_PI_COLUMNS, "case_uuid"), per_case=True),
    TableSpec(
        "referral",
        _REFERRAL_COLUMNS,
        _without(_REFERRAL_COLUMNS, "case_uuid", "version"),
        per_case=True,
        order=("uuid",),
    ),
    TableSpec(
        "case_review",
        ("case_uuid", "action", "actor", "at", "comment"),
        ("action", "actor", "at", "comment"),
        per_case=True,
        order=("at", "action", "actor", "comment"),
    ),
)
OTHER_TABLES: tuple[TableSpec, ...] = (
    TableSpec("office", ("code", "name", "parent_code")),
    TableSpec(
        "business",
        (
            "uuid", "display_name", "normalized_key", "corporate_number", "phones", "addresses",
            "urls", "sector", "version", "created_at", "updated_at",
        ),
    ),  # fmt: skip
    TableSpec("business_alias", ("business_uuid", "alias", "normalized_key")),
    TableSpec("directory_entry", _DIRECTORY_COLUMNS),
    TableSpec("case_sync", ("case_uuid", "base_hashes")),
    TableSpec(
        "audit_event",
        ("seq", "at", "actor", "action", "entity", "entity_id", "detail", "prev_hash", "hash", "case_uuid"),
    ),
)
TABLES: dict[str, TableSpec] = {spec.name: spec for spec in (*CASE_TABLES, *OTHER_TABLES)}


@dataclass(frozen=True)
class Manifest:
    """What a bundle is: who wrote it, when, from which schema, and how much is in it."""

    bundle_id: str
    source_office: str
    source_office_name: str | None
    created_at: dt.datetime
    since: dt.date | None
    schema_revision: str
    app_version: str
    counts: Mapping[str, int]
    audit_chain: str | None
    format: int = FORMAT_VERSION

    def to_json(self) -> dict[str, Any]:
        """The manifest as stored in the payload."""
        return {
            "format": self.format,
            "bundle_id": self.bundle_id,
            "source_office": self.source_office,
            "source_office_name": self.source_office_name,
            "created_at": self.created_at.isoformat(),
            "since": self.since.isoformat() if self.since else None,
            "schema_revision": self.schema_revision,
            "app_version": self.app_version,
            "counts": dict(self.counts),
            "audit_chain": self.audit_chain,
        }


@dataclass
class BundleTable:
    """Rows of one table with their column names."""

    columns: tuple[str, ...]
    rows: list[list[Any]]

    def index(self, column: str) -> int:
        """Position of ``column`` in each row."""
        return self.columns.index(column)

    def dicts(self) -> Iterable[dict[str, Any]]:
        """Rows as column -> value mappings."""
        names = self.columns
        return (dict(zip(names, row, strict=True)) for row in self.rows)


@dataclass
class BundlePayload:
    """A validated bundle content."""

    manifest: Manifest
    tables: dict[str, BundleTable]

    def table(self, name: str) -> BundleTable:
        """One table (every table of the format is present after validation)."""
        return self.tables[name]

    def to_json(self) -> dict[str, Any]:
        """The payload object that gets serialised and sealed."""
        return {
            "manifest": self.manifest.to_json(),
            "tables": {
                name: {"columns": list(table.columns), "rows": table.rows} for name, table in self.tables.items()
            },
        }


def empty_tables() -> dict[str, BundleTable]:
    """Every table of the format, with no rows, columns in format order."""
    return {name: BundleTable(spec.columns, []) for name, spec in TABLES.items()}


def encode_payload(payload: BundlePayload) -> bytes:
    """The payload as compact UTF-8 JSON."""
    return json.dumps(payload.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# -- reading -------------------------------------------------------------------------------------


def _fail(message: str, where: str) -> BundleFormatError:
    return BundleFormatError(f"支所データの内容が不正です: {message}", where=where)


def _parse_manifest(raw: Any, known_revisions: Iterable[str]) -> Manifest:
    if not isinstance(raw, dict):
        raise _fail("マニフェストがありません", "manifest")
    version = raw.get("format")
    if not isinstance(version, int):
        raise _fail("形式の版がありません", "manifest.format")
    if version > FORMAT_VERSION:
        raise BundleTooNewError(
            f"この支所データは新しい形式（版 {version}）です。アプリを更新してください", where="manifest.format"
        )
    if version != FORMAT_VERSION:
        raise _fail(f"形式の版 {version} は読めません", "manifest.format")
    bundle_id = raw.get("bundle_id")
    if not isinstance(bundle_id, str) or not _UUID.match(bundle_id):
        raise _fail("バンドルIDが不正です", "manifest.bundle_id")
    office = raw.get("source_office")
    if not isinstance(office, str) or not _OFFICE.match(office):
        raise _fail("書き出した所属のコードが不正です", "manifest.source_office")
    revision = raw.get("schema_revision")
    if not isinstance(revision, str) or not revision:
        raise _fail("スキーマの版がありません", "manifest.schema_revision")
    if revision not in set(known_revisions):
        raise BundleTooNewError(
            f"この支所データはこのアプリが知らないスキーマ（{revision}）のデータベースから書き出されています。"
            "アプリを更新してください",
            where="manifest.schema_revision",
        )
    counts = raw.get("counts")
    if not isinstance(counts, dict) or not all(
        isinstance(key, str) and isinstance(value, int) for key, value in counts.items()
    ):
        raise _fail("件数がありません", "manifest.counts")
    try:
        created_at = dt.datetime.fromisoformat(str(raw.get("created_at")))
        since = dt.date.fromisoformat(raw["since"]) if raw.get("since") else None
    except ValueError as exc:
        raise _fail("日時が読めません", "manifest.created_at") from exc
    name = raw.get("source_office_name")
    chain = raw.get("audit_chain")
    return Manifest(
        format=version,
        bundle_id=bundle_id.lower(),
        source_office=office,
        source_office_name=name if isinstance(name, str) else None,
        created_at=created_at,
        since=since,
        schema_revision=revision,
        app_version=str(raw.get("app_version") or ""),
        counts=counts,
        audit_chain=chain if isinstance(chain, str) else None,
    )


def _parse_table(name: str, raw: Any) -> BundleTable:
    spec = TABLES[name]
    if not isinstance(raw, dict) or not isinstance(raw.get("columns"), list) or not isinstance(raw.get("rows"), list):
        raise _fail("表の形が違います", name)
    columns = tuple(raw["columns"])
    unknown = [column for column in columns if column not in spec.columns]
    if unknown:
        raise _fail(f"未知の列 {unknown[0]}", f"{name}.{unknown[0]}")
    missing = [column for column in spec.columns if column not in columns]
    if missing:
        raise _fail(f"列 {missing[0]} がありません", f"{name}.{missing[0]}")
    if len(set(columns)) != len(columns):
        raise _fail("列が重複しています", name)
    width = len(columns)
    rows = raw["rows"]
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, list) or len(row) != width:
            raise _fail(f"{number} 行目の列数が違います", f"{name}:{number}")
    return BundleTable(columns, rows)


def parse_payload(raw: Any, *, known_revisions: Iterable[str]) -> BundlePayload:
    """Validate a decrypted payload's shape and cross-references.

    Raises:
        BundleFormatError: naming the table, row or column.
        BundleTooNewError: a newer format or an unknown schema revision.
    """
    if not isinstance(raw, dict):
        raise _fail("オブジェクトではありません", "payload")
    manifest = _parse_manifest(raw.get("manifest"), known_revisions)
    tables_raw = raw.get("tables")
    if not isinstance(tables_raw, dict):
        raise _fail("表がありません", "tables")
    unknown = sorted(set(tables_raw) - set(TABLES))
    if unknown:
        raise _fail(f"未知の表 {unknown[0]}", unknown[0])
    missing = [name for name in TABLES if name not in tables_raw]
    if missing:
        raise _fail(f"表 {missing[0]} がありません", missing[0])
    tables = {name: _parse_table(name, tables_raw[name]) for name in TABLES}
    payload = BundlePayload(manifest=manifest, tables=tables)
    _check_references(payload)
    return payload


def _check_references(payload: BundlePayload) -> None:
    cases = payload.table(CASE_TABLE)
    uuid_at = cases.index("uuid")
    case_uuids: set[str] = set()
    for number, row in enumerate(cases.rows, start=1):
        value = row[uuid_at]
        if not isinstance(value, str) or not _UUID.match(value):
            raise _fail("相談のUUIDが不正です", f"{CASE_TABLE}:{number}.uuid")
        if value in case_uuids:
            raise _fail(f"相談のUUIDが重複しています（{value}）", f"{CASE_TABLE}:{number}.uuid")
        case_uuids.add(value)
        for column in ("office_code", "received_at"):
            if not isinstance(row[cases.index(column)], str):
                raise _fail(f"{column} がありません", f"{CASE_TABLE}:{number}.{column}")
    _check_texts(payload)
    businesses = payload.table("business")
    business_uuids = {row[businesses.index("uuid")] for row in businesses.rows}
    if len(business_uuids) != len(businesses.rows) or not all(
        isinstance(value, str) and _UUID.match(value) for value in business_uuids
    ):
        raise _fail("事業者のUUIDが不正か重複しています", "business.uuid")
    business_at = cases.index("business_uuid")
    for number, row in enumerate(cases.rows, start=1):
        if row[business_at] is not None and row[business_at] not in business_uuids:
            raise _fail("相談が指す事業者が含まれていません", f"{CASE_TABLE}:{number}.business_uuid")
    aliases = payload.table("business_alias")
    alias_at = aliases.index("business_uuid")
    for number, row in enumerate(aliases.rows, start=1):
        if row[alias_at] not in business_uuids:
            raise _fail("別名が指す事業者が含まれていません", f"business_alias:{number}")
    for spec in (*CASE_TABLES[1:], TABLES["case_sync"]):
        table = payload.table(spec.name)
        at = table.index("case_uuid")
        for number, row in enumerate(table.rows, start=1):
            if row[at] not in case_uuids:
                raise _fail("行が指す相談が含まれていません", f"{spec.name}:{number}.case_uuid")
    counts = payload.manifest.counts
    for name, key in (("case_record", "cases"), ("business", "businesses"), ("audit_event", "audit_events")):
        if key in counts and counts[key] != len(payload.table(name).rows):
            raise _fail(f"件数がマニフェストと一致しません（{key}）", f"manifest.counts.{key}")


# Free-text columns that search text is made from: text or nothing, never another JSON value.
_TEXT_COLUMNS = {CASE_TABLE: ("subject", "narrative", "business_name"), "handling_entry": ("text",)}


def _check_texts(payload: BundlePayload) -> None:
    for name, columns in _TEXT_COLUMNS.items():
        table = payload.table(name)
        for column in columns:
            at = table.index(column)
            for number, row in enumerate(table.rows, start=1):
                value = row[at]
                if value is not None and not isinstance(value, str):
                    raise _fail(f"{name} の {column} が文字列ではありません", f"{name}:{number}.{column}")


# -- case groups and content hashes --------------------------------------------------------------


@dataclass
class CaseRows:
    """One case's rows across the per-case tables (values in the owning table's column order)."""

    case: list[Any]
    children: dict[str, list[list[Any]]] = field(default_factory=dict)


def group_cases(tables: Mapping[str, BundleTable]) -> dict[str, CaseRows]:
    """Case UUID -> its rows, for every case in ``tables``."""
    cases = tables[CASE_TABLE]
    uuid_at = cases.index("uuid")
    groups = {row[uuid_at]: CaseRows(case=row) for row in cases.rows}
    for spec in CASE_TABLES[1:]:
        table = tables[spec.name]
        at = table.index("case_uuid")
        for row in table.rows:
            group = groups.get(row[at])
            if group is not None:
                group.children.setdefault(spec.name, []).append(row)
    return groups


def search_texts(tables: Mapping[str, BundleTable]) -> Callable[[CaseRows], list[str | None]]:
    """What a case is found by, from its bundle rows: subject, narrative, business name, handling log texts."""
    cases = tables[CASE_TABLE]
    subject_at, narrative_at, business_at = (cases.index(name) for name in ("subject", "narrative", "business_name"))
    text_at = tables["handling_entry"].index("text")

    def texts(rows: CaseRows) -> list[str | None]:
        case = rows.case
        handling = [entry[text_at] for entry in rows.children.get("handling_entry", ())]
        return [case[subject_at], case[narrative_at], case[business_at], *handling]

    return texts


# Search text and n-grams of cases, in the order given (computed here or by a helper process).
CaseIndexer = Callable[[Sequence[CaseRows]], list[tuple[str, str]]]


def index_here(tables: Mapping[str, BundleTable]) -> CaseIndexer:
    """A :data:`CaseIndexer` that computes in this process."""
    texts = search_texts(tables)

    def index(groups: Sequence[CaseRows]) -> list[tuple[str, str]]:
        return [index_columns(texts(group)) for group in groups]

    return index


# One encoder for every hash: json.dumps builds a new one per call when given options.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _canonical_key(row: Sequence[Any]) -> str:
    return _CANONICAL.encode(row)


class ContentHasher:
    """Content hashes of cases whose rows come in given column orders (a bundle's or the format's)."""

    def __init__(self, tables: Mapping[str, BundleTable] | None = None) -> None:
        self._picks: dict[str, Callable[[Sequence[Any]], tuple[Any, ...]]] = {}
        self._order: dict[str, list[int]] = {}
        for spec in CASE_TABLES:
            columns = tables[spec.name].columns if tables is not None else spec.columns
            self._picks[spec.name] = _picker([columns.index(column) for column in spec.hashed])
            # Positions within the picked values.
            self._order[spec.name] = [spec.hashed.index(column) for column in spec.order]
        self._children = [(spec.name, self._picks[spec.name], self._order[spec.name]) for spec in CASE_TABLES[1:]]

    def __call__(self, rows: CaseRows) -> str:
        """SHA-256 over the canonical JSON of what was recorded (order of child rows ignored)."""
        body: list[Any] = [self._picks[CASE_TABLE](rows.case)]
        children = rows.children
        for name, pick, order in self._children:
            picked = [pick(row) for row in children.get(name, ())]
            body.append(_canonical_order(picked, order) if len(picked) > 1 else picked)
        # Tuples and lists encode alike (JSON arrays), so the hash is the same either way.
        return hashlib.sha256(_CANONICAL.encode(body).encode("utf-8")).hexdigest()


def _picker(indexes: list[int]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """The values at ``indexes`` of a row, as a tuple (one C-level call per row)."""
    if len(indexes) == 1:
        (only,) = indexes
        return lambda row: (row[only],)
    return operator.itemgetter(*indexes)


def case_digests(
    columns: Mapping[str, tuple[str, ...]], groups: Sequence[CaseRows]
) -> list[tuple[str, str, str]]:
    """Content hash, search text and its n-grams of each case, from rows in the given column orders.

    This is the per-case work of a large import that a helper process does (one chunk per call).
    """
    if not groups:
        return []
    tables = {name: BundleTable(names, []) for name, names in columns.items()}
    hasher = ContentHasher(tables)
    texts = search_texts(tables)
    return [(hasher(group), *index_columns(texts(group))) for group in groups]


def _canonical_order(rows: list[tuple[Any, ...]], order: list[int]) -> list[tuple[Any, ...]]:
    """Rows sorted by their ordering columns; rows that tie there, by their whole canonical JSON."""
    keys = [tuple("" if values[i] is None else str(values[i]) for i in order) for values in rows]
    if len(set(keys)) == len(keys):
        return [row for _key, row in sorted(zip(keys, rows, strict=True), key=lambda pair: pair[0])]
    return sorted(rows, key=lambda values: (tuple("" if values[i] is None else str(values[i]) for i in order), _canonical_key(values)))


# -- decisions -----------------------------------------------------------------------------------


class SyncAction(StrEnum):
    """What importing one case does."""

    NEW = "new"
    UPDATE = "update"
    CONFLICT = "conflict"
    UNCHANGED = "unchanged"
    OUTDATED = "outdated"


def decide(
    *,
    local_hash: str | None,
    bundle_hash: str,
    bundle_version: int,
    ancestors: set[str],
    last_exchanged_version: int | None,
) -> SyncAction:
    """The three-way decision for one case (see the module docstring)."""
    if local_hash is None:
        return SyncAction.NEW
    if local_hash == bundle_hash:
        return SyncAction.UNCHANGED
    if last_exchanged_version is not None and bundle_version < last_exchanged_version:
        # An older bundle than one already taken from this office: never go back in time.
        return SyncAction.OUTDATED
    if bundle_hash in ancestors:
        return SyncAction.UNCHANGED  # only this side changed since the last exchange
    if local_hash in ancestors:
        return SyncAction.UPDATE  # only the bundle side changed
    return SyncAction.CONFLICT


# -- the branch's audit trail --------------------------------------------------------------------


def verify_audit_segment(
    table: BundleTable, previous: tuple[int, str] | None
) -> ChainProblem | None:
    """Check a bundle's audit events: each hash recomputes and links to the one before.

    ``previous`` is the (seq, hash) of the newest event of the same chain imported before,
    if any; a segment that starts right after it must link to it.
    """
    names = table.columns
    expected: tuple[int, str] | None = previous
    for row in table.rows:
        event = dict(zip(names, row, strict=True))
        try:
            seq = int(event["seq"])
            at = dt.datetime.fromisoformat(str(event["at"]))
        except (TypeError, ValueError):
            return ChainProblem(0, "監査イベントの番号か日時が読めません")
        if seq == 1 and event["prev_hash"] != GENESIS_HASH:
            return ChainProblem(seq, "最初のイベントの連結が不正です")
        if expected is not None and seq == expected[0] + 1 and event["prev_hash"] != expected[1]:
            return ChainProblem(seq, "直前のイベントとの連結が一致しません")
        if expected is not None and seq <= expected[0]:
            return ChainProblem(seq, "イベントの順序が不正です")
        recomputed = event_hash(
            str(event["prev_hash"]),
            seq=seq,
            at=at,
            actor=str(event["actor"]),
            action=str(event["action"]),
            entity=str(event["entity"]),
            entity_id=None if event["entity_id"] is None else str(event["entity_id"]),
            detail=str(event["detail"]),
        )
        if recomputed != event["hash"]:
            return ChainProblem(seq, "内容が記録時から変更されています")
        expected = (seq, str(event["hash"]))
    return None


def chunked(values: Sequence[Any], size: int = 900) -> Iterable[Sequence[Any]]:
    """Slices of at most ``size`` (bound-parameter limits of SQLite and PostgreSQL)."""
    for start in range(0, len(values), size):
        yield values[start : start + size]

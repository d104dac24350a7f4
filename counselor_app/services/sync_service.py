"""Branch bundles: export an encrypted bundle, preview and import one idempotently, and resolve conflicts side by side.

Audit trails (decided here, documented in the README): a branch's audit events travel in
the bundle and are stored as they were recorded there, in ``imported_audit_event`` keyed by
the branch chain's identity (the hash of its first event) and its own sequence numbers.
The local chain is never rewritten or interleaved, so ``counselor audit verify`` keeps
verifying it; the imported trail is verified on import (each event's hash recomputes and
links to the one before, including the last one stored from earlier bundles) and again by
``audit verify``. The import itself is one event in the local chain (counts only).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid as uuid_module
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from counselor_app import __version__
from counselor_app.domain.access import Permission, require
from counselor_app.domain.audit import ChainProblem
from counselor_app.domain.bundle_envelope import (
    BundleError,
    BundleTamperedError,
    NotABundleError,
    check_passphrase,
    open_sealed,
    seal,
)
from counselor_app.domain.bundle_format import (
    CASE_TABLE,
    CASE_TABLES,
    TABLES,
    BundleFormatError,
    BundlePayload,
    BundleTable,
    CaseRows,
    ContentHasher,
    Manifest,
    SyncAction,
    UnknownOfficeError,
    decide,
    encode_payload,
    group_cases,
    parse_payload,
    verify_audit_segment,
)
from counselor_app.domain.clock import Clock
from counselor_app.domain.entities import Actor, Case, Office
from counselor_app.domain.errors import ConflictError, NotFoundError, StateError
from counselor_app.domain.report_data import ReviewStep
from counselor_app.persistence.database import Database
from counselor_app.persistence.migrate import known_revisions
from counselor_app.persistence.repositories.sync_repository import LocalCase, PeerState
from counselor_app.persistence.unit_of_work import UnitOfWork
from counselor_app.services.audit_service import AuditService
from counselor_app.services.collector import collector_paused
from counselor_app.services.index_helper import (
    HELPER_MIN_CASES,
    ExecutorFactory,
    ImportHelper,
    helper_worthwhile,
    spawn_helper,
)

# A bundle file bigger than this is not one of ours (a million cases are about 300 MB).
MAX_BUNDLE_BYTES = 4 * 1024**3
# How many case numbers a preview lists per kind.
PREVIEW_LIST = 50
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BundleExportResult:
    """What ``export_bundle`` wrote."""

    path: Path
    bundle_id: str
    source_office: str
    cases: int
    businesses: int
    audit_events: int
    size: int
    since: dt.date | None


@dataclass(frozen=True)
class ImportPreview:
    """What importing a bundle does (or did): N new, M updated, K conflicts — before anything is written."""

    bundle_id: str
    source_office: str
    source_office_name: str | None
    created_at: dt.datetime
    since: dt.date | None
    new: int
    updated: int
    conflicts: int
    unchanged: int
    outdated: int
    new_businesses: int
    new_directory_entries: int
    audit_events: int
    already_imported_at: dt.datetime | None = None
    new_case_numbers: tuple[str, ...] = ()
    updated_case_numbers: tuple[str, ...] = ()
    conflict_case_numbers: tuple[str, ...] = ()

    @property
    def cases(self) -> int:
        """Cases in the bundle."""
        return self.new + self.updated + self.conflicts + self.unchanged + self.outdated

    def counts(self) -> dict[str, int]:
        """The counts (for the audit trail, the CLI's JSON and ``bundle_import.summary``)."""
        return {
            "new": self.new,
            "updated": self.updated,
            "conflicts": self.conflicts,
            "unchanged": self.unchanged,
            "outdated": self.outdated,
            "new_businesses": self.new_businesses,
            "new_directory_entries": self.new_directory_entries,
            "audit_events": self.audit_events,
        }


@dataclass(frozen=True)
class ConflictSummary:
    """An open conflict as listed."""

    id: int
    case_uuid: str
    case_no: str | None
    subject: str
    peer_office: str
    detected_at: dt.datetime


@dataclass(frozen=True)
class ConflictDetail:
    """Both versions of a conflicted case, for the side-by-side dialog."""

    summary: ConflictSummary
    mine: Case
    theirs: Case
    mine_reviews: tuple[ReviewStep, ...]
    theirs_reviews: tuple[ReviewStep, ...]
    their_version: int


@dataclass(frozen=True)
class ImportedAuditCheck:
    """Result of verifying the imported branch trails."""

    chains: int
    events: int
    problem: tuple[str, ChainProblem] | None  # (office, problem)


@dataclass
class _Plan:
    payload: BundlePayload
    groups: dict[str, CaseRows]
    hashes: dict[str, str]
    actions: dict[str, SyncAction]
    local: dict[str, LocalCase]
    matched_businesses: dict[str, int]
    new_directory: int
    audit_chain: str | None
    audit_skip: set[int]
    audit_new: int
    peers: set[str] = field(default_factory=set)
    already: tuple[dt.datetime, dict[str, Any]] | None = None
    preview: ImportPreview | None = field(default=None)


def _format_rows(table: BundleTable, rows: Sequence[list[Any]], name: str) -> list[list[Any]]:
    """Rows reordered into the format's column order (a bundle may order columns its own way)."""
    picks = [table.index(column) for column in TABLES[name].columns]
    if picks == list(range(len(picks))):
        return [list(row) for row in rows]
    return [[row[i] for i in picks] for row in rows]


class SyncService:
    """Branch bundles for offices without a connection (DESIGN.md §4 ``counselor bundle``)."""

    def __init__(self, db: Database, clock: Clock, audit: AuditService) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        # A large import folds its search text in a helper process (see index_helper).
        self.helper_min_cases = HELPER_MIN_CASES
        self.helper_factory: ExecutorFactory = spawn_helper

    # -- export ----------------------------------------------------------------------------------

    def export_bundle(
        self,
        actor: Actor,
        out: Path,
        passphrase: str,
        *,
        since: dt.date | None = None,
        progress: Progress | None = None,
    ) -> BundleExportResult:
        """Write every case (or those changed since ``since``) with what they reference, encrypted.

        Supervisors and admins only; audited with counts, never content. The file is
        written to a temporary name and renamed, so a failure leaves no half bundle.

        Raises:
            PermissionDeniedError, BundleError (passphrase too short, bad path).
        """
        require(actor, Permission.EXPORT)
        check_passphrase(passphrase)
        target = Path(out)
        if target.is_dir():
            raise BundleError(f"書き出し先がディレクトリです: {target}", where="out")
        if not target.parent.is_dir():
            raise BundleError(f"書き出し先のディレクトリがありません: {target.parent}", where="out")
        since_moment = dt.datetime.combine(since, dt.time()) if since else None
        now = self._clock.now()
        with self._db.uow(write=True) as uow:
            chain = uow.sync.audit_chain_id(create_at=now)
            uow.commit()
        with self._db.uow() as uow:
            uow.sync.consistent_snapshot()
            source = str(uow.offices.setting("office_code") or actor.office_code)
            case_ids = uow.sync.export_case_ids(since_moment)
            tables = {spec.name: BundleTable(spec.columns, []) for spec in TABLES.values()}
            for name, rows in uow.sync.case_tables(case_ids).items():
                tables[name].rows = rows
            cases = tables[CASE_TABLE]
            businesses, aliases = uow.sync.business_rows(
                referenced_by=case_ids, all_live=since is None, since=since_moment
            )
            tables["business"].rows = businesses
            tables["business_alias"].rows = aliases
            referrals = tables["referral"]
            tables["directory_entry"].rows = uow.sync.local_directory_rows(
                row[referrals.index("destination_id")] for row in referrals.rows
            )
            office_codes = {row[cases.index("office_code")] for row in cases.rows} | {source}
            tables["office"].rows = uow.sync.office_rows(office_codes)
            uuids = [row[cases.index("uuid")] for row in cases.rows]
            bases = uow.sync.exchanged_hashes(uuids)
            tables["case_sync"].rows = [[case_uuid, bases[case_uuid]] for case_uuid in uuids if case_uuid in bases]
            tables["audit_event"].rows = uow.sync.audit_rows(since_moment)
            office_names = {row[0]: row[1] for row in tables["office"].rows}
        revision = self._db.schema_revision() or ""
        manifest = Manifest(
            bundle_id=str(uuid_module.uuid4()),
            source_office=source,
            source_office_name=office_names.get(source),
            created_at=now,
            since=since,
            schema_revision=revision,
            app_version=__version__,
            counts={
                "cases": len(cases.rows),
                "businesses": len(tables["business"].rows),
                "audit_events": len(tables["audit_event"].rows),
                "referrals": len(referrals.rows),
            },
            audit_chain=chain,
        )
        data = seal(encode_payload(BundlePayload(manifest=manifest, tables=tables)), passphrase)
        _write_atomically(target, data)
        self._audit.record_now(
            actor,
            "bundle_export",
            "bundle",
            manifest.bundle_id,
            cases=len(cases.rows),
            businesses=len(tables["business"].rows),
            audit_events=len(tables["audit_event"].rows),
            since=since.isoformat() if since else None,
            bytes=len(data),
        )
        return BundleExportResult(
            path=target,
            bundle_id=manifest.bundle_id,
            source_office=source,
            cases=len(cases.rows),
            businesses=len(tables["business"].rows),
            audit_events=len(tables["audit_event"].rows),
            size=len(data),
            since=since,
        )

    # -- reading a bundle --------------------------------------------------------------------------

    def read_bundle(self, path: Path, passphrase: str) -> BundlePayload:
        """Open, authenticate, decrypt and validate a bundle file (nothing is written).

        Raises:
            BundleError subclasses with one-line messages: not a bundle, truncated,
            tampered, wrong passphrase, newer format or unknown schema, bad content.
        """
        source = Path(path)
        try:
            size = source.stat().st_size
            if source.is_dir():
                raise NotABundleError(f"支所データのファイルではありません（ディレクトリです）: {source}")
            if size > MAX_BUNDLE_BYTES:
                raise NotABundleError(f"支所データのファイルが大きすぎます: {source}")
            data = source.read_bytes()
        except OSError as exc:
            raise BundleError(f"支所データのファイルを読めません: {source} ({exc.strerror or exc})") from exc
        plain = open_sealed(data, passphrase)
        del data
        try:
            raw = json.loads(plain)
        except (UnicodeDecodeError, ValueError) as exc:
            raise BundleTamperedError("支所データの中身が JSON として読めません") from exc
        del plain
        return parse_payload(raw, known_revisions=known_revisions())

    # -- import ------------------------------------------------------------------------------------

    def preview(self, actor: Actor, path: Path, passphrase: str) -> ImportPreview:
        """What importing the bundle would do; nothing is written (``--dry-run``, the GUI's 確認).

        Raises:
            PermissionDeniedError, BundleError subclasses.
        """
        require(actor, Permission.SYNC)
        payload = self.read_bundle(path, passphrase)
        with self._db.uow() as uow:
            plan = self._plan(uow, payload)
        assert plan.preview is not None
        return plan.preview

    def import_bundle(
        self, actor: Actor, path: Path, passphrase: str, *, progress: Progress | None = None
    ) -> ImportPreview:
        """Import a bundle in one transaction; a bundle imported before changes nothing.

        Raises:
            PermissionDeniedError, BundleError subclasses (nothing is written).
        """
        require(actor, Permission.SYNC)
        with collector_paused():
            payload = self.read_bundle(path, passphrase)
            with ImportHelper(self.helper_factory) as helper, self._db.uow(write=True) as uow:
                if uow.sync.bundle_import(payload.manifest.bundle_id) is None and helper_worthwhile(
                    len(payload.table(CASE_TABLE).rows), min_cases=self.helper_min_cases
                ):
                    helper.start()  # the process starts while the import plans
                plan = self._plan(uow, payload)
                assert plan.preview is not None
                if plan.already is not None:
                    return plan.preview
                with uow.sync.write_errors():
                    self._apply(uow, actor, plan, progress, helper)
                uow.commit()
        return plan.preview

    def _plan(self, uow: UnitOfWork, payload: BundlePayload) -> _Plan:
        manifest = payload.manifest
        already = uow.sync.bundle_import(manifest.bundle_id)
        groups = group_cases(payload.tables)
        if already is not None:
            summary = already[1]
            plan = _Plan(payload, groups, {}, {}, {}, {}, 0, None, set(), 0, already=already)
            plan.preview = self._preview(plan, counts={key: int(summary.get(key, 0)) for key in _COUNT_KEYS})
            return plan
        self._check_offices(uow, payload)
        cases = payload.table(CASE_TABLE)
        uuid_at, number_at, version_at = (cases.index(name) for name in ("uuid", "case_no", "version"))
        uuids = list(groups)
        local = uow.sync.local_cases(uuids)
        self._check_case_numbers(uow, cases, uuid_at, number_at)
        peers = uow.sync.peer_states(manifest.source_office, uuids)
        local_hasher = ContentHasher()
        local_rows = uow.sync.local_case_rows([case.id for case in local.values()])
        # The decision needs the bundle's hash only where the case is here already; a new
        # case's hash is computed while it is written (see ImportHelper).
        hasher = ContentHasher(payload.tables)
        hashes = {case_uuid: hasher(groups[case_uuid]) for case_uuid in local_rows}
        sync_table = payload.table("case_sync")
        bases = {row[sync_table.index("case_uuid")]: row[sync_table.index("base_hashes")] for row in sync_table.rows}
        actions: dict[str, SyncAction] = {}
        for case_uuid, group in groups.items():
            here = local_rows.get(case_uuid)
            if here is None:
                actions[case_uuid] = SyncAction.NEW
                continue
            peer = peers.get(case_uuid)
            ancestors = {str(value) for value in bases.get(case_uuid) or () if isinstance(value, str)}
            if peer is not None:
                ancestors.add(peer.hash)
            actions[case_uuid] = decide(
                local_hash=local_hasher(here),
                bundle_hash=hashes[case_uuid],
                bundle_version=int(group.case[version_at] or 0),
                ancestors=ancestors,
                last_exchanged_version=None if peer is None else peer.version,
            )
        written = {case_uuid for case_uuid, action in actions.items() if action in _WRITTEN}
        self._check_referrals(uow, payload, groups, written)
        matched = uow.sync.match_businesses(payload.table("business"))
        directory = payload.table("directory_entry")
        present = uow.sync.existing_directory_ids(row[directory.index("id")] for row in directory.rows)
        chain, skip, audit_new = self._check_audit(uow, payload)
        plan = _Plan(
            payload=payload,
            groups=groups,
            hashes=hashes,
            actions=actions,
            local=local,
            matched_businesses=matched,
            new_directory=len(directory.rows) - len(present),
            audit_chain=chain,
            audit_skip=skip,
            audit_new=audit_new,
            peers=set(peers),
        )
        counts = {key: 0 for key in _COUNT_KEYS}
        for action in actions.values():
            counts[_ACTION_COUNT[action]] += 1
        counts["new_businesses"] = len(payload.table("business").rows) - len(matched)
        counts["new_directory_entries"] = plan.new_directory
        counts["audit_events"] = audit_new
        plan.preview = self._preview(plan, counts=counts)
        return plan

    def _preview(self, plan: _Plan, *, counts: Mapping[str, int]) -> ImportPreview:
        manifest = plan.payload.manifest
        cases = plan.payload.table(CASE_TABLE)
        number_at = cases.index("case_no")

        def numbers(action: SyncAction) -> tuple[str, ...]:
            chosen = [
                str(group.case[number_at] or case_uuid)
                for case_uuid, group in plan.groups.items()
                if plan.actions.get(case_uuid) == action
            ]
            return tuple(sorted(chosen)[:PREVIEW_LIST])

        return ImportPreview(
            bundle_id=manifest.bundle_id,
            source_office=manifest.source_office,
            source_office_name=manifest.source_office_name,
            created_at=manifest.created_at,
            since=manifest.since,
            new=counts["new"],
            updated=counts["updated"],
            conflicts=counts["conflicts"],
            unchanged=counts["unchanged"],
            outdated=counts["outdated"],
            new_businesses=counts["new_businesses"],
            new_directory_entries=counts["new_directory_entries"],
            audit_events=counts["audit_events"],
            already_imported_at=None if plan.already is None else plan.already[0],
            new_case_numbers=numbers(SyncAction.NEW),
            updated_case_numbers=numbers(SyncAction.UPDATE),
            conflict_case_numbers=numbers(SyncAction.CONFLICT),
        )

    @staticmethod
    def _check_offices(uow: UnitOfWork, payload: BundlePayload) -> None:
        known = uow.sync.known_offices()
        offices = {row[0]: (row[1], row[2]) for row in _format_rows(payload.table("office"), payload.table("office").rows, "office")}
        manifest = payload.manifest
        cases = payload.table(CASE_TABLE)
        needed = [manifest.source_office, *sorted({row[cases.index("office_code")] for row in cases.rows})]
        for code in needed:
            if code in known:
                continue
            name, parent = offices.get(code, (manifest.source_office_name if code == manifest.source_office else None, None))
            label = f"{code}（{name}）" if name else code
            raise UnknownOfficeError(
                f"この支所データの所属 {label}はこのデータベースに登録されていません。"
                f"管理者が所属を登録してから取り込んでください（counselor office add {code} --name …）",
                office_code=code,
                office_name=name,
                parent_code=parent,
            )

    @staticmethod
    def _check_case_numbers(uow: UnitOfWork, cases: BundleTable, uuid_at: int, number_at: int) -> None:
        incoming: dict[str, str] = {}
        for row in cases.rows:
            number = row[number_at]
            if not number:
                continue
            if number in incoming:
                raise BundleFormatError(f"支所データの中で相談番号 {number} が重複しています", where=str(number))
            incoming[str(number)] = str(row[uuid_at])
        owners = uow.sync.case_number_owners(list(incoming))
        for number, case_uuid in incoming.items():
            owner = owners.get(number)
            if owner is not None and owner != case_uuid:
                raise BundleError(
                    f"相談番号 {number} はこのデータベースで別の相談（UUID {owner}）に使われています。"
                    "同じ所属コードを二つのデータベースで使っていないか確認してください",
                    where=number,
                )

    @staticmethod
    def _check_referrals(uow: UnitOfWork, payload: BundlePayload, groups: Mapping[str, CaseRows], written: set[str]) -> None:
        referrals = payload.table("referral")
        uuid_at, case_at, destination_at = (referrals.index(name) for name in ("uuid", "case_uuid", "destination_id"))
        mine = {row[uuid_at]: row[case_at] for row in referrals.rows if row[case_at] in written}
        for ref_uuid, owner in uow.sync.existing_referral_uuids(list(mine)).items():
            if owner != mine[ref_uuid]:
                raise BundleError(
                    f"移送・紹介 {ref_uuid} はこのデータベースで別の相談に記録されています", where="referral"
                )
        directory = payload.table("directory_entry")
        offered = {row[directory.index("id")] for row in directory.rows}
        wanted = {row[destination_at] for row in referrals.rows if row[case_at] in groups} - offered
        missing = sorted(wanted - uow.sync.existing_directory_ids(wanted))
        if missing:
            raise BundleError(
                f"移送・紹介先の窓口 {missing[0]} がこのデータベースの窓口一覧にありません"
                "（counselor init で窓口一覧を更新してから取り込んでください）",
                where="referral.destination_id",
            )

    @staticmethod
    def _check_audit(uow: UnitOfWork, payload: BundlePayload) -> tuple[str | None, set[int], int]:
        events = payload.table("audit_event")
        chain = payload.manifest.audit_chain
        if not events.rows or chain is None or chain == uow.sync.audit_chain_id():
            return None, set(), 0  # nothing, or our own trail coming back
        seq_at, hash_at = events.index("seq"), events.index("hash")
        seqs = [int(row[seq_at]) for row in events.rows]
        stored, before = uow.sync.imported_audit_neighbours(chain, seqs)
        for row in events.rows:
            known = stored.get(int(row[seq_at]))
            if known is not None and known != row[hash_at]:
                raise BundleTamperedError(
                    f"支所の監査ログが以前に取り込んだものと一致しません（イベント #{row[seq_at]}）。"
                    "支所で counselor audit verify を実行してください",
                    where="audit_event",
                )
        problem = verify_audit_segment(events, before)
        if problem is not None:
            raise BundleTamperedError(
                f"支所の監査ログの連鎖が壊れています（イベント #{problem.seq}: {problem.reason}）。"
                "支所で counselor audit verify を実行してください",
                where="audit_event",
            )
        skip = set(stored)
        return chain, skip, len(seqs) - len(skip)

    def _apply(
        self, uow: UnitOfWork, actor: Actor, plan: _Plan, progress: Progress | None, helper: ImportHelper
    ) -> None:
        payload = plan.payload
        manifest = payload.manifest
        now = self._clock.now()
        peer = manifest.source_office
        cases = payload.table(CASE_TABLE)
        version_at = cases.index("version")
        business_ids = uow.sync.insert_businesses(
            payload.table("business"), payload.table("business_alias"), plan.matched_businesses
        )
        uow.sync.insert_directory_entries(payload.table("directory_entry"))
        by_action: dict[SyncAction, list[str]] = {action: [] for action in SyncAction}
        for case_uuid, action in plan.actions.items():
            by_action[action].append(case_uuid)
        total = len(by_action[SyncAction.NEW]) + len(by_action[SyncAction.UPDATE])
        done = 0

        def step(count: int) -> None:
            nonlocal done
            done += count
            if progress is not None:
                progress(done, total)

        new_groups = [plan.groups[case_uuid] for case_uuid in by_action[SyncAction.NEW]]
        update_groups = [plan.groups[case_uuid] for case_uuid in by_action[SyncAction.UPDATE]]
        # Hashes and search text of the written cases: from the helper process if it runs.
        columns = {spec.name: payload.table(spec.name).columns for spec in CASE_TABLES}
        helper.submit([*new_groups, *update_groups], columns, cases.index("uuid"))
        uow.sync.insert_cases(payload.tables, new_groups, business_ids, progress=step, indexer=helper.search_columns)
        uow.sync.replace_cases(payload.tables, update_groups, plan.local, business_ids, indexer=helper.search_columns)
        step(len(update_groups))
        exchanged = {
            case_uuid: PeerState(
                int(plan.groups[case_uuid].case[version_at] or 0),
                plan.hashes.get(case_uuid) or helper.content_hash(plan.groups[case_uuid]),
            )
            for action in (SyncAction.NEW, SyncAction.UPDATE, SyncAction.UNCHANGED)
            for case_uuid in by_action[action]
        }
        uow.sync.save_peer_states(peer, exchanged, now=now, replacing=plan.peers)
        settled = by_action[SyncAction.UPDATE] + by_action[SyncAction.UNCHANGED]
        uow.sync.close_superseded_conflicts(peer, settled, by=actor.login, now=now)
        theirs = {
            case_uuid: self._conflict_content(payload, plan, case_uuid, business_ids)
            for case_uuid in by_action[SyncAction.CONFLICT]
        }
        uow.sync.add_conflicts(peer, theirs, now=now)
        if plan.audit_chain is not None:
            uow.sync.insert_imported_audit(
                plan.audit_chain, peer, manifest.bundle_id, payload.table("audit_event"), plan.audit_skip
            )
        assert plan.preview is not None
        counts = plan.preview.counts()
        uow.sync.record_bundle_import(manifest.bundle_id, peer, by=actor.login, now=now, summary=counts)
        self._audit.record(uow, actor, "bundle_import", "bundle", manifest.bundle_id, office=peer, **counts)

    @staticmethod
    def _conflict_content(
        payload: BundlePayload, plan: _Plan, case_uuid: str, business_ids: Mapping[str, int]
    ) -> dict[str, Any]:
        group = plan.groups[case_uuid]
        cases = payload.table(CASE_TABLE)
        case_row = _format_rows(cases, [group.case], CASE_TABLE)[0]
        business_uuid = group.case[cases.index("business_uuid")]
        children = {
            spec.name: _format_rows(payload.table(spec.name), group.children.get(spec.name, []), spec.name)
            for spec in CASE_TABLES[1:]
        }
        return {
            "format": payload.manifest.format,
            "bundle_id": payload.manifest.bundle_id,
            "version": int(group.case[cases.index("version")] or 0),
            "hash": plan.hashes[case_uuid],
            "business_id": None if business_uuid is None else business_ids[business_uuid],
            "case": case_row,
            "children": children,
        }

    # -- conflicts -----------------------------------------------------------------------------------

    def conflicts(self, actor: Actor) -> list[ConflictSummary]:
        """Open conflicts, oldest first (supervisors and admins)."""
        require(actor, Permission.SYNC)
        with self._db.uow() as uow:
            rows = uow.sync.open_conflicts()
            local = uow.sync.local_cases([row.case_uuid for row in rows])
            summaries = []
            for row in rows:
                here = local.get(row.case_uuid)
                subject = ""
                if here is not None:
                    summary = uow.cases.summary_by_uuid(row.case_uuid)
                    subject = summary.subject if summary else ""
                summaries.append(
                    ConflictSummary(
                        id=row.id,
                        case_uuid=row.case_uuid,
                        case_no=here.case_no if here else None,
                        subject=subject,
                        peer_office=row.peer_office,
                        detected_at=row.detected_at,
                    )
                )
        return summaries

    def open_conflict_count(self, actor: Actor) -> int:
        """How many conflicts wait (0 for roles that cannot resolve them)."""
        if actor.role not in ("supervisor", "admin"):
            return 0
        with self._db.uow() as uow:
            return uow.sync.open_conflict_count()

    def conflict_detail(self, actor: Actor, conflict_id: int) -> ConflictDetail:
        """Mine and theirs of one open conflict.

        Raises:
            PermissionDeniedError, NotFoundError, StateError (already resolved).
        """
        require(actor, Permission.SYNC)
        with self._db.uow() as uow:
            row = uow.sync.get_conflict(conflict_id)
            if row is None:
                raise NotFoundError("競合が見つかりません", where=f"conflict {conflict_id}")
            if row.resolved_at is not None:
                raise StateError("この競合はすでに解決されています", where=f"conflict {conflict_id}")
            mine = uow.cases.get_by_uuid(row.case_uuid)
            if mine is None or mine.id is None:
                raise NotFoundError("競合している相談が見つかりません", where=row.case_uuid)
            mine_reviews = tuple(uow.reviews.history(mine.id))
            business_id = row.theirs.get("business_id")
            theirs, theirs_reviews = uow.sync.case_from_rows(
                _stored_group(row.theirs), business_id=int(business_id) if business_id else None
            )
        summary = ConflictSummary(
            id=row.id,
            case_uuid=row.case_uuid,
            case_no=mine.case_no,
            subject=mine.subject,
            peer_office=row.peer_office,
            detected_at=row.detected_at,
        )
        return ConflictDetail(
            summary=summary,
            mine=mine,
            theirs=theirs,
            mine_reviews=mine_reviews,
            theirs_reviews=tuple(theirs_reviews),
            their_version=int(row.theirs.get("version", 0)),
        )

    def resolve(
        self,
        actor: Actor,
        conflict_id: int,
        keep: Literal["mine", "theirs"],
        *,
        expected_version: int | None = None,
    ) -> int:
        """Settle a conflict: keep this database's version, or take the branch's; returns the case's version.

        Either way the branch's version counts as exchanged, so the same content does not
        come back as a conflict. ``expected_version`` (the local version the supervisor
        looked at) stops a resolution if the case changed meanwhile.

        Raises:
            PermissionDeniedError, NotFoundError, StateError, ConflictError.
        """
        require(actor, Permission.SYNC)
        if keep not in ("mine", "theirs"):
            raise StateError("mine か theirs を選んでください", where="keep")
        now = self._clock.now()
        with self._db.uow(write=True) as uow:
            row = uow.sync.get_conflict(conflict_id)
            if row is None:
                raise NotFoundError("競合が見つかりません", where=f"conflict {conflict_id}")
            if row.resolved_at is not None:
                raise StateError("この競合はすでに解決されています", where=f"conflict {conflict_id}")
            local = uow.sync.local_cases([row.case_uuid])
            here = local.get(row.case_uuid)
            if here is None:
                raise NotFoundError("競合している相談が見つかりません", where=row.case_uuid)
            if expected_version is not None and here.version != expected_version:
                raise ConflictError(
                    "表示したあとにこの相談が更新されました。もう一度開いて確かめてください",
                    where=here.case_no or row.case_uuid,
                )
            version = here.version
            if keep == "theirs":
                group = _stored_group(row.theirs)
                tables = {spec.name: BundleTable(spec.columns, []) for spec in CASE_TABLES}
                business_id = row.theirs.get("business_id")
                business_uuid = group.case[TABLES[CASE_TABLE].columns.index("business_uuid")]
                business_ids = {business_uuid: int(business_id)} if business_uuid and business_id else {}
                if business_uuid and not business_id:
                    group.case[TABLES[CASE_TABLE].columns.index("business_uuid")] = None
                version = uow.sync.replace_cases(tables, [group], local, business_ids)[row.case_uuid]
            uow.sync.save_peer_states(
                row.peer_office,
                {row.case_uuid: PeerState(int(row.theirs.get("version", 0)), str(row.theirs.get("hash", "")))},
                now=now,
            )
            uow.sync.resolve_conflict(conflict_id, keep, by=actor.login, now=now)
            self._audit.record(uow, actor, "sync_resolve", "case", here.id, resolution=keep, office=row.peer_office)
            uow.commit()
        return version

    # -- imported audit trails -------------------------------------------------------------------------

    def verify_imported_audit(self) -> ImportedAuditCheck:
        """Recompute every imported branch event and check the links between consecutive ones."""
        chains = events = 0
        with self._db.uow() as uow:
            for chain, office in uow.sync.imported_audit_chains():
                table = uow.sync.imported_audit_events(chain)
                chains += 1
                problem = _verify_stored_trail(table)
                if problem is not None:
                    return ImportedAuditCheck(chains, events, (office, problem))
                events += len(table.rows)
        return ImportedAuditCheck(chains, events, None)

    # -- offices -----------------------------------------------------------------------------------

    def register_office(self, actor: Actor, office: Office) -> bool:
        """Register a branch office so its bundles can be imported (admins only); True when new."""
        require(actor, Permission.MANAGE_OFFICES)
        from counselor_app.domain.offices import validate_office_code

        code = validate_office_code(office.code)
        name = office.name.strip()
        if not name:
            raise BundleError("所属名を入力してください", where="name")
        with self._db.uow(write=True) as uow:
            if uow.offices.get_office(code) is not None:
                return False
            if office.parent_code and uow.offices.get_office(office.parent_code) is None:
                raise NotFoundError(f"親の所属 {office.parent_code} が登録されていません", where="parent")
            uow.offices.add_office(Office(code=code, name=name, parent_code=office.parent_code), now=self._clock.now())
            self._audit.record(uow, actor, "create", "office", code, parent=office.parent_code)
            uow.commit()
        return True


_COUNT_KEYS = (
    "new", "updated", "conflicts", "unchanged", "outdated", "new_businesses", "new_directory_entries", "audit_events",
)  # fmt: skip
_ACTION_COUNT = {
    SyncAction.NEW: "new",
    SyncAction.UPDATE: "updated",
    SyncAction.CONFLICT: "conflicts",
    SyncAction.UNCHANGED: "unchanged",
    SyncAction.OUTDATED: "outdated",
}
_WRITTEN = {SyncAction.NEW, SyncAction.UPDATE, SyncAction.CONFLICT}


def _stored_group(theirs: Mapping[str, Any]) -> CaseRows:
    """A conflict's stored content back as rows (format column order)."""
    return CaseRows(
        case=list(theirs.get("case") or []),
        children={name: [list(row) for row in rows] for name, rows in (theirs.get("children") or {}).items()},
    )


def _verify_stored_trail(table: BundleTable) -> ChainProblem | None:
    """Walk a stored branch trail in segments of consecutive numbers (earlier bundles may have skipped some)."""
    segment: list[list[Any]] = []
    seq_at = table.index("seq")
    previous: tuple[int, str] | None = None
    for row in table.rows:
        if segment and int(row[seq_at]) != int(segment[-1][seq_at]) + 1:
            problem = verify_audit_segment(BundleTable(table.columns, segment), previous)
            if problem is not None:
                return problem
            segment = []
            previous = None
        segment.append(row)
    if segment:
        return verify_audit_segment(BundleTable(table.columns, segment), previous)
    return None


def _write_atomically(target: Path, data: bytes) -> None:
    temp = target.with_name(f".{target.name}.{uuid_module.uuid4().hex[:8]}.tmp")
    try:
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise BundleError(f"支所データを書き出せません: {target} ({exc.strerror or exc})", where="out") from exc

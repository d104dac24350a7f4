"""The business registry (名寄せ): matching while typing, creating, merging and unmerging, case history, surge alerts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from counselor_app.domain.business_matching import BusinessIndex, IndexHit
from counselor_app.domain.business_names import business_key, phone_key, strip_legal_form
from counselor_app.domain.business_registry import (
    MATCH_PRIORITY,
    AmountSummary,
    BusinessMerge,
    BusinessProfile,
    MatchKind,
    SurgeAlert,
    surge_window,
)
from counselor_app.domain.clock import Clock
from counselor_app.domain.corporate_number import is_valid_corporate_number, validate_corporate_number
from counselor_app.domain.entities import Actor, Business
from counselor_app.domain.errors import NotFoundError, PermissionDeniedError, StateError, ValidationError
from counselor_app.domain.settings import merged as merged_settings
from counselor_app.domain.text import nfkc
from counselor_app.persistence.database import Database
from counselor_app.persistence.unit_of_work import UnitOfWork
from counselor_app.services.audit_service import AuditService

# How often a suggestion checks whether another desk changed the registry (max ids: O(1)).
INDEX_CHECK_SECONDS = 1.0
# How often the rows are also counted (a full index scan): on PostgreSQL a desk can commit
# a business after another desk's later one, under a lower id that max(id) cannot reveal.
RECOUNT_SECONDS = 60.0
# The business view lists this many of a business's cases (counts and amounts cover all).
CASE_ROWS_SHOWN = 500
_DIGITS_ONLY = re.compile(r"^[\d\s()+\-‐－ー]+$")


@dataclass(frozen=True)
class BusinessMatch:
    """A registry business that may be the one the counselor is typing, and why."""

    business: Business
    score: float
    reason: str
    kind: MatchKind = "name_similar"
    matched_name: str = ""


def reason_text(kind: MatchKind, score: float, matched_name: str, business: Business, typed: str = "") -> str:
    """The reason shown next to a suggestion (「法人番号が一致」「名称が類似（92%）」…).

    When the name matched is an alias or a merged record's name, it is named too.
    """
    if kind == "corporate_number":
        return "法人番号が一致"
    if kind == "phone":
        return "電話番号が一致"
    other_name = matched_name and matched_name != business.display_name
    if kind == "name_exact":
        return f"名称が一致（{matched_name}）" if other_name else "名称が一致"
    if kind == "name_contains":
        core = strip_legal_form(typed) if typed.strip() else ""
        part = f"名称に「{core}」を含む" if core else "名称の一部が一致"
        return part + (f"（{matched_name}）" if other_name else "")
    return f"名称が類似（{score:.0f}%）" + (f"（{matched_name}）" if other_name else "")


class BusinessService:
    """The registry as intake, the business view and the supervisor dashboard use it.

    Matching runs on an in-memory index (``BusinessIndex``) built on first use and kept
    current: changes made here update it at once; changes by other desks are noticed by
    a cheap check at most every ``INDEX_CHECK_SECONDS``.
    """

    def __init__(self, db: Database, clock: Clock, audit: AuditService) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._lock = threading.RLock()
        self._index: BusinessIndex | None = None
        self._records = 0
        self._aliases = 0
        self._merge_state: tuple[int, int] = (0, 0)
        self._checked_at = float("-inf")
        self._counted_at = float("-inf")

    # -- the matching index ------------------------------------------------------------

    def _fresh_index(self) -> BusinessIndex:
        # Caller holds the lock.
        now = time.monotonic()
        if self._index is not None and now - self._checked_at < INDEX_CHECK_SECONDS:
            return self._index
        with self._db.uow() as uow:
            signature = uow.businesses.signature()
            index = self._index
            merge_state = (signature.merges, signature.undone_merges)
            if index is None or merge_state != self._merge_state:
                index = self._build(uow)
                self._counted_at = now
            elif signature.max_business_id > index.max_business_id or signature.max_alias_id > index.max_alias_id:
                self._load(uow, index)
            if now - self._counted_at >= RECOUNT_SECONDS:
                self._counted_at = now
                if (self._records, self._aliases) != uow.businesses.counts():
                    # A row committed late under a lower id: start over.
                    index = self._build(uow)
            self._index = index
            self._merge_state = merge_state
        self._checked_at = time.monotonic()
        return index

    def _build(self, uow: UnitOfWork) -> BusinessIndex:
        index = BusinessIndex()
        self._records = 0
        self._aliases = 0
        self._load(uow, index)
        return index

    def _load(self, uow: UnitOfWork, index: BusinessIndex) -> None:
        businesses = uow.businesses.indexed_businesses(after_id=index.max_business_id)
        aliases = uow.businesses.indexed_aliases(after_id=index.max_alias_id)
        for record in businesses:
            index.add_business(
                record.id,
                record.display_name,
                record.normalized_key,
                corporate_number=record.corporate_number,
                phone_keys=[phone_key(phone) for phone in record.phones],
                merged_into_id=record.merged_into_id,
            )
        for alias in aliases:
            index.add_alias(alias.id, alias.business_id, alias.alias, alias.normalized_key)
        self._records += len(businesses)
        self._aliases += len(aliases)

    def refresh_index(self) -> int:
        """Rebuild the index now (after bulk loads); returns the number of indexed names."""
        with self._lock:
            self._index = None
            self._checked_at = float("-inf")
            return len(self._fresh_index())

    def _changed_here(self) -> None:
        # Our own insert: let the next look-up load it (ids may interleave with other desks').
        self._checked_at = float("-inf")

    # -- matching ----------------------------------------------------------------------

    def suggest(
        self,
        text: str,
        *,
        limit: int = 10,
        phone: str | None = None,
        corporate_number: str | None = None,
    ) -> list[BusinessMatch]:
        """Registry businesses the typed name (and phone, 法人番号) may mean, best first.

        Exact 法人番号 or phone (digits compared) first, then the name: identical 名寄せ
        key, then similar (rapidfuzz ratio ≥ 75%) or containing the typed text. Typed
        text that is itself a valid 法人番号 or a full phone number is looked up as one.
        Empty when nothing matches (intake then offers to create a new business).
        """
        number = corporate_number.strip() if corporate_number else ""
        number = number if number and is_valid_corporate_number(number) else ""
        phone_digits = phone_key(phone) if phone else ""
        key = business_key(text) if text else ""
        if text and _DIGITS_ONLY.match(nfkc(text).strip()):
            digits = re.sub(r"\D", "", nfkc(text))
            if len(digits) == 13 and is_valid_corporate_number(digits):
                number = number or digits
            elif phone_key(text):
                phone_digits = phone_digits or phone_key(text)
        if number:
            number = re.sub(r"\D", "", nfkc(number))
        if not (key or number or phone_digits):
            return []
        with self._lock:
            hits = self._fresh_index().match(
                key, corporate_number=number or None, phone=phone_digits or None, limit=limit, typed=text
            )
        return self._matches(hits, typed=text)

    def _matches(self, hits: list[IndexHit], *, typed: str = "") -> list[BusinessMatch]:
        if not hits:
            return []
        with self._db.uow() as uow:
            businesses = uow.businesses.get_many(hit.business_id for hit in hits)
        return [
            BusinessMatch(
                business=businesses[hit.business_id],
                score=hit.score,
                reason=reason_text(hit.kind, hit.score, hit.matched_name, businesses[hit.business_id], typed),
                kind=hit.kind,
                matched_name=hit.matched_name,
            )
            for hit in hits
            if hit.business_id in businesses
        ]

    def similar_records(self, business_id: int, *, limit: int = 8) -> list[BusinessMatch]:
        """Other registry businesses that may be the same one (candidates for a merge)."""
        profile_names, numbers, phones, group = self._identity(business_id)
        with self._lock:
            index = self._fresh_index()
            best: dict[int, IndexHit] = {}
            queries: list[dict[str, Any]] = [{"key": business_key(name)} for name in profile_names]
            queries += [{"key": "", "corporate_number": number} for number in numbers]
            queries += [{"key": "", "phone": phone_key(phone)} for phone in phones if phone_key(phone)]
            for query in queries:
                for hit in index.match(limit=limit + len(group), **query):
                    if hit.business_id in group:
                        continue
                    current = best.get(hit.business_id)
                    if current is None or _stronger(hit, current):
                        best[hit.business_id] = hit
        ranked = sorted(best.values(), key=_rank)[:limit]
        return self._matches(ranked)

    def _identity(self, business_id: int) -> tuple[list[str], list[str], list[str], set[int]]:
        with self._db.uow() as uow:
            survivor = self._survivor(uow, business_id)
            group = uow.businesses.group_ids(survivor)
            records = uow.businesses.get_many(group)
        names = [name for record in records.values() for name in (record.display_name, *record.aliases)]
        numbers = [record.corporate_number for record in records.values() if record.corporate_number]
        phones = [phone for record in records.values() for phone in record.phones]
        return list(dict.fromkeys(names)), list(dict.fromkeys(numbers)), list(dict.fromkeys(phones)), set(group)

    # -- records -----------------------------------------------------------------------

    def create(self, actor: Actor, display_name: str, **details: object) -> Business:
        """Register a new business; audited.

        ``details`` are further Business fields: corporate_number (validated), phones,
        addresses, urls, aliases, sector.

        Raises:
            ValidationError: empty name or a 法人番号 with a wrong check digit.
        """
        name = display_name.strip() if display_name else ""
        if not name:
            raise ValidationError("事業者名を入力してください", where="business.display_name")
        fields: dict[str, Any] = dict(details)
        fields["corporate_number"] = validate_corporate_number(_optional_text(fields.get("corporate_number")))
        for name_of_list in ("phones", "addresses", "urls", "aliases"):
            fields[name_of_list] = tuple(
                value.strip() for value in _as_strings(fields.get(name_of_list)) if value.strip()
            )
        unknown = set(fields) - {field.name for field in dataclasses.fields(Business)}
        if unknown:
            raise ValidationError("不明な項目です", where=f"business.{sorted(unknown)[0]}")
        business = Business(display_name=name, normalized_key=business_key(name), **fields)
        with self._db.uow(write=True) as uow:
            business_id = uow.businesses.add(business, now=self._clock.now())
            self._audit.record(uow, actor, "create", "business", business_id)
            uow.commit()
            stored = uow.businesses.get(business_id)
        self._changed_here()
        assert stored is not None
        return stored

    def remember_alias(self, actor: Actor, business_id: int, name: str) -> bool:
        """Keep a spelling used in a case as an alias, unless the business already answers to it."""
        key = business_key(name)
        if not key:
            return False
        with self._db.uow(write=True) as uow:
            survivor = self._survivor(uow, business_id)
            records = uow.businesses.get_many(uow.businesses.group_ids(survivor))
            known = {business_key(text) for record in records.values() for text in (record.display_name, *record.aliases)}
            if key in known:
                return False
            alias_id = uow.businesses.add_alias(survivor, name.strip())
            self._audit.record(uow, actor, "add_alias", "business", survivor, alias_id=alias_id)
            uow.commit()
        self._changed_here()
        return True

    def get(self, business_id: int) -> Business | None:
        """One business or None."""
        with self._db.uow() as uow:
            return uow.businesses.get(business_id)

    def count(self) -> int:
        """Live (not merged) businesses."""
        with self._db.uow() as uow:
            return uow.businesses.count()

    def busiest(self, *, days: int = 365, limit: int = 50) -> list[tuple[Business, int]]:
        """Businesses with the most cases received in the last ``days`` days (merged records counted for their survivor)."""
        since = dt.datetime.combine(self._clock.now().date() - dt.timedelta(days=days - 1), dt.time())
        with self._db.uow() as uow:
            merged_into = uow.businesses.merged_into_map()
            totals: dict[int, int] = {}
            for record_id, cases in uow.businesses.busiest(since=since, limit=limit * 2):
                survivor = _follow(merged_into, record_id)
                totals[survivor] = totals.get(survivor, 0) + cases
            ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:limit]
            businesses = uow.businesses.get_many(business_id for business_id, _ in ranked)
        return [(businesses[business_id], cases) for business_id, cases in ranked if business_id in businesses]

    @staticmethod
    def _survivor(uow: UnitOfWork, business_id: int) -> int:
        if uow.businesses.get(business_id) is None:
            raise NotFoundError("事業者が見つかりません", where=f"business {business_id}")
        return _follow(uow.businesses.merged_into_map(), business_id)

    # -- the business view -------------------------------------------------------------

    def profile(self, actor: Actor, business_id: int) -> BusinessProfile:
        """A business with everything merged into it: its cases across offices, counts and amounts.

        Counts and amounts cover every office. The case rows are every office's for
        supervisors, and the counselor's own office's for counselors (the rest are only
        counted, in ``hidden_cases``).
        """
        with self._db.uow() as uow:
            survivor = self._survivor(uow, business_id)
            group = uow.businesses.group_ids(survivor)
            records = uow.businesses.get_many(group)
            counts = uow.businesses.case_counts(group)
            office = None if actor.is_supervisor else actor.office_code
            rows = uow.businesses.case_rows(group, office_code=office, limit=CASE_ROWS_SHOWN)
            visible = counts.total if office is None else uow.businesses.count_cases(group, office_code=office)
            merges = uow.businesses.merges_involving(group)
        return BusinessProfile(
            business=records[survivor],
            merged_records=tuple(records[record_id] for record_id in group if record_id != survivor),
            merges=tuple(merges),
            case_count=counts.total,
            by_office=tuple(counts.by_office),
            by_product=tuple(counts.by_product),
            by_method=tuple(counts.by_method),
            contract=AmountSummary(counts.contract_cases, counts.contract_total),
            paid=AmountSummary(counts.paid_cases, counts.paid_total),
            cases=tuple(rows),
            hidden_cases=counts.total - visible,
            first_received=counts.first_received,
            last_received=counts.last_received,
        )

    # -- merging -----------------------------------------------------------------------

    def merge(self, actor: Actor, kept_id: int, merged_id: int) -> BusinessMerge:
        """Merge ``merged_id`` into ``kept_id`` (supervisors): its cases and aliases follow; audited, reversible.

        Raises:
            PermissionDeniedError: not a supervisor.
            StateError: the same record, or one of them is already merged.
            NotFoundError: no such business.
        """
        _require_supervisor(actor, "事業者の統合")
        if kept_id == merged_id:
            raise StateError("同じ事業者どうしは統合できません", where=f"business {kept_id}")
        with self._db.uow(write=True) as uow:
            records = uow.businesses.get_many([kept_id, merged_id])
            for record_id in (kept_id, merged_id):
                record = records.get(record_id)
                if record is None:
                    raise NotFoundError("事業者が見つかりません", where=f"business {record_id}")
                if record.merged_into_id is not None:
                    raise StateError(
                        f"「{record.display_name}」は既に別の事業者に統合されています", where=f"business {record_id}"
                    )
            merge_id = uow.businesses.merge(kept_id, merged_id, by=actor.login, now=self._clock.now())
            merge = uow.businesses.get_merge(merge_id)
            assert merge is not None
            self._audit.record(
                uow,
                actor,
                "merge",
                "business",
                kept_id,
                merge_id=merge_id,
                merged_id=merged_id,
                cases=merge.moved_cases,
                aliases=merge.moved_aliases,
            )
            uow.commit()
            moved_aliases = self._moved_alias_ids(uow, merge_id)
        with self._lock:
            if self._index is not None:
                self._index.record_merge(merged_id, kept_id, moved_aliases)
                self._merge_state = (self._merge_state[0] + 1, self._merge_state[1])
        return merge

    def unmerge(self, actor: Actor, merge_id: int) -> BusinessMerge:
        """Undo a merge (supervisors): the merged record, its cases and aliases stand on their own again.

        Merges are undone newest first: when the kept record has since been merged into
        a third one, that merge must be undone before this one.

        Raises:
            PermissionDeniedError: not a supervisor.
            StateError: already undone, or a later merge must be undone first.
            NotFoundError: no such merge.
        """
        _require_supervisor(actor, "事業者の統合の取り消し")
        with self._db.uow(write=True) as uow:
            merge = uow.businesses.get_merge(merge_id)
            if merge is None:
                raise NotFoundError("統合の記録が見つかりません", where=f"merge {merge_id}")
            if not merge.active:
                raise StateError("この統合は既に取り消されています", where=f"merge {merge_id}")
            kept = uow.businesses.get(merge.kept_id)
            assert kept is not None
            if kept.merged_into_id is not None:
                later = uow.businesses.active_merge_of(merge.kept_id)
                target = uow.businesses.get(kept.merged_into_id)
                raise StateError(
                    f"先に「{kept.display_name}」から「{target.display_name if target else ''}」への統合を取り消してください",
                    where=f"merge {later.id if later else merge_id}",
                )
            moved_aliases = self._moved_alias_ids(uow, merge_id)
            cases, aliases = uow.businesses.unmerge(merge_id, by=actor.login, now=self._clock.now())
            self._audit.record(
                uow,
                actor,
                "unmerge",
                "business",
                merge.kept_id,
                merge_id=merge_id,
                merged_id=merge.merged_id,
                cases=cases,
                aliases=aliases,
            )
            uow.commit()
            undone = uow.businesses.get_merge(merge_id)
        assert undone is not None
        with self._lock:
            if self._index is not None:
                self._index.record_unmerge(merge.merged_id, moved_aliases)
                self._merge_state = (self._merge_state[0], self._merge_state[1] + 1)
        return undone

    @staticmethod
    def _moved_alias_ids(uow: UnitOfWork, merge_id: int) -> list[int]:
        return uow.businesses.moved_alias_ids(merge_id)

    def merges(self, business_id: int) -> list[BusinessMerge]:
        """Merges into the business (and into records merged into it), newest first."""
        with self._db.uow() as uow:
            return uow.businesses.merges_involving(uow.businesses.group_ids(self._survivor(uow, business_id)))

    # -- surge alerts ------------------------------------------------------------------

    def surge_alerts(self, *, today: dt.date | None = None) -> list[SurgeAlert]:
        """Businesses, and products with one sales method, with ``surge_case_count`` or more
        cases received within the last ``surge_window_days`` days (settings): business
        alerts first, each kind by number of cases.

        Cases of merged records count for the business they were merged into; each alert
        also carries the count of the window before, to tell a surge from the usual level.
        """
        day = today or self._clock.now().date()
        with self._db.uow() as uow:
            settings = merged_settings(uow.offices.settings())
            threshold = int(settings["surge_case_count"])
            days = int(settings["surge_window_days"])
            first_day, last_day = surge_window(day, days)
            start = dt.datetime.combine(first_day, dt.time())
            end = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time())
            previous_start = start - dt.timedelta(days=days)
            merged_into = uow.businesses.merged_into_map()
            current = _per_business(uow.businesses.business_window_counts(start, end), merged_into)
            previous = _per_business(uow.businesses.business_window_counts(previous_start, start), merged_into)
            surging = {business_id: figures for business_id, figures in current.items() if figures[0] >= threshold}
            names = uow.businesses.get_many(surging)
            alerts = [
                SurgeAlert(
                    kind="business",
                    count=count,
                    window_start=first_day,
                    window_end=last_day,
                    offices=tuple(sorted(offices)),
                    first_received=first,
                    last_received=last,
                    previous_count=previous.get(business_id, (0, set(), first, last))[0],
                    business_id=business_id,
                    business_name=names[business_id].display_name if business_id in names else None,
                )
                for business_id, (count, offices, first, last) in surging.items()
            ]
            for row in uow.businesses.product_method_counts(start, end, minimum=threshold):
                alerts.append(
                    SurgeAlert(
                        kind="product_method",
                        count=row.cases,
                        window_start=first_day,
                        window_end=last_day,
                        offices=row.offices,
                        first_received=row.first_received,
                        last_received=row.last_received,
                        previous_count=uow.businesses.product_method_count(
                            row.product, row.method, previous_start, start
                        ),
                        product=row.product,
                        method=row.method,
                        businesses=row.businesses,
                    )
                )
        # Businesses first (they can be reported), then by number of cases.
        return sorted(
            alerts,
            key=lambda alert: (
                alert.kind != "business",
                -alert.count,
                alert.business_name or "",
                alert.product or "",
                alert.method or "",
            ),
        )


def _per_business(
    rows: Iterable[Any], merged_into: dict[int, int]
) -> dict[int, tuple[int, set[str], dt.datetime, dt.datetime]]:
    totals: dict[int, tuple[int, set[str], dt.datetime, dt.datetime]] = {}
    for row in rows:
        survivor = _follow(merged_into, row.business_id)
        count, offices, first, last = totals.get(survivor, (0, set(), row.first_received, row.last_received))
        totals[survivor] = (
            count + row.cases,
            offices | {row.office_code},
            min(first, row.first_received),
            max(last, row.last_received),
        )
    return totals


def _follow(merged_into: dict[int, int], record_id: int) -> int:
    seen = {record_id}
    while record_id in merged_into and merged_into[record_id] not in seen:
        record_id = merged_into[record_id]
        seen.add(record_id)
    return record_id


def _rank(hit: IndexHit) -> tuple[int, float, str]:
    return (MATCH_PRIORITY[hit.kind], -hit.score, hit.matched_name)


def _stronger(hit: IndexHit, other: IndexHit) -> bool:
    return _rank(hit) < _rank(other)


def _require_supervisor(actor: Actor, what: str) -> None:
    if not actor.is_supervisor:
        raise PermissionDeniedError(f"{what}は主任相談員・所長が行います", where=actor.login)


def _optional_text(value: object) -> str | None:
    return None if value is None else str(value)


def _as_strings(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(item) for item in value]
    return [str(value)]

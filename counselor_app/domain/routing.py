"""Routing of PI cases: (holder, sector, issue, regime) → ordered destinations with referral kind and legal basis."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from counselor_app.domain.classifier import HOLDER_CODES, ISSUE_CODES, SECTOR_CODES
from counselor_app.domain.directory import POLICY_2005_CUTOFF, current_successor, in_regime
from counselor_app.domain.entities import DirectoryEntry
from counselor_app.domain.errors import ReferenceDataError

ROUTING_REGIMES = ("POLICY_2005", "CURRENT")
# Expanded at routing time from the directory (sector-specific bodies).
PLACEHOLDERS = {
    "@SECTOR_AO": "accredited_org",
    "@SECTOR_MINISTRY": "ministry",
}
# The Personal Information Protection Commission and its windows (pi-routing §5.3 N01).
PPC_PREFIX = "N01"
# Pretext fraud is a consumer/fraud case, never a handling complaint for the PPC (pi-routing §3.2).
NO_PPC_ISSUES = frozenset({"FRAUD_PI"})
# The policy-faithful mode shows the policy's own wording: no later bodies or current article numbers.
_LATER_WORDING = re.compile(r"個人情報保護委員会|消費者庁|相談ダイヤル|(?<!旧)法1[0-9]{2}条")
_RULE_KEYS = {"id", "regime", "holders", "sectors", "issues", "steps", "note"}
_STEP_KEYS = {"dest", "kind", "basis", "note"}


@dataclass(frozen=True)
class RouteStep:
    """One proposed destination of a rule: a directory id or placeholder, the referral kind, the basis."""

    dest: str
    kind: str
    basis: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class RoutingRule:
    """Destinations for the cases a rule matches; empty facets match anything."""

    id: str
    regime: str
    holders: frozenset[str]
    sectors: frozenset[str]
    issues: frozenset[str]
    steps: tuple[RouteStep, ...]

    def matches(self, holder: str | None, sector: str | None, issue: str | None) -> bool:
        """True when every facet the rule names agrees."""
        return (
            (not self.holders or holder in self.holders)
            and (not self.sectors or sector in self.sectors)
            and (not self.issues or issue in self.issues)
        )

    @property
    def specificity(self) -> int:
        """Issue beats holder beats sector when several rules match."""
        return 4 * bool(self.issues) + 2 * bool(self.holders) + bool(self.sectors)


@dataclass(frozen=True)
class LocalStep:
    """How office-added local departments (関係部局) are proposed after the rule's own steps."""

    kind: str
    basis: Mapping[str, str]


@dataclass(frozen=True)
class RoutingTable:
    """A validated routing table (resources/reference/routing.json)."""

    rules: tuple[RoutingRule, ...]
    local: LocalStep

    def rule_for(self, regime: str, holder: str | None, sector: str | None, issue: str | None) -> RoutingRule:
        """The most specific matching rule (the table always has a catch-all per regime)."""
        candidates = [
            rule for rule in self.rules if rule.regime == regime and rule.matches(holder, sector, issue)
        ]
        # max() keeps the first of equals: file order breaks ties.
        return max(candidates, key=lambda rule: rule.specificity)


@dataclass(frozen=True)
class Destination:
    """A proposed referral: where, how (移送/紹介/情報提供), and on which basis."""

    entry: DirectoryEntry
    kind: str
    basis: str
    rule: str
    note: str | None = None
    replaces: str | None = None


def _codes(raw: object, where: str, what: str, allowed: Collection[str]) -> frozenset[str]:
    if raw is None:
        return frozenset()
    if not isinstance(raw, list) or not all(isinstance(code, str) for code in raw):
        raise ReferenceDataError(f"{what} はコードの配列です", where=where)
    for code in raw:
        if code not in allowed:
            raise ReferenceDataError(f"{what}: 不明なコード {code!r}", where=where)
    return frozenset(raw)


def _parse_step(
    raw: object,
    where: str,
    regime: str,
    issues: frozenset[str],
    directory: Mapping[str, DirectoryEntry],
    referral_kinds: Collection[str],
) -> RouteStep:
    if not isinstance(raw, dict):
        raise ReferenceDataError("手順はオブジェクトです", where=where)
    unknown = sorted(set(raw) - _STEP_KEYS)
    if unknown:
        raise ReferenceDataError(f"不明な項目 {unknown[0]!r}", where=where)
    dest = raw.get("dest")
    if not isinstance(dest, str) or not dest:
        raise ReferenceDataError("dest がありません", where=where)
    if dest not in PLACEHOLDERS and dest not in directory:
        raise ReferenceDataError(f"窓口一覧にない移送・紹介先 {dest!r}", where=where)
    kind = raw.get("kind")
    if kind not in referral_kinds:
        raise ReferenceDataError(
            f"kind {kind!r} は {' / '.join(sorted(referral_kinds))} のいずれかです", where=where
        )
    basis = raw.get("basis")
    note = raw.get("note")
    for name, value in (("basis", basis), ("note", note)):
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise ReferenceDataError(f"{name} は空でない文字列です", where=where)
    entry = directory.get(dest)
    if entry is not None:
        if regime == "POLICY_2005" and not in_regime(entry, "POLICY_2005", today=POLICY_2005_CUTOFF):
            raise ReferenceDataError(
                f"2005年体制のルールに、2005年より後の（または現行のみの）窓口 {dest!r} があります", where=where
            )
        if regime == "CURRENT" and entry.regime not in ("CURRENT", "BOTH"):
            raise ReferenceDataError(f"現行体制のルールに、2005年体制だけの窓口 {dest!r} があります", where=where)
        if basis is None and not entry.basis_for(regime):
            raise ReferenceDataError(f"窓口 {dest!r} には {regime} の法的根拠がありません", where=where)
    if issues & NO_PPC_ISSUES and dest.startswith(PPC_PREFIX):
        raise ReferenceDataError(
            "個人情報を口実にした詐欺（FRAUD_PI）を個人情報保護委員会に回すことはできません", where=where
        )
    if regime == "POLICY_2005" and isinstance(basis, str) and _LATER_WORDING.search(basis):
        raise ReferenceDataError("2005年体制の根拠に、後の機関や現行法の条番号が書かれています", where=where)
    return RouteStep(dest=dest, kind=str(kind), basis=basis, note=note)


def parse_routing(
    document: object,
    directory: Iterable[DirectoryEntry],
    *,
    referral_kinds: Collection[str],
) -> RoutingTable:
    """Validate the routing table against the directory and the referral kinds.

    Raises:
        ReferenceDataError: naming the rule (and step) that is wrong.
    """
    entries = {entry.id: entry for entry in directory}
    if not isinstance(document, dict) or document.get("format") != 1:
        raise ReferenceDataError("format 1 のオブジェクトではありません", where="(root)")
    local_raw = document.get("local_departments")
    if not isinstance(local_raw, dict):
        raise ReferenceDataError("local_departments がありません", where="local_departments")
    local_kind = local_raw.get("kind")
    if local_kind not in referral_kinds:
        raise ReferenceDataError(f"kind {local_kind!r} は種別コードではありません", where="local_departments")
    local_basis = local_raw.get("basis")
    if not isinstance(local_basis, dict) or set(local_basis) != set(ROUTING_REGIMES) or not all(
        isinstance(text, str) and text for text in local_basis.values()
    ):
        raise ReferenceDataError("basis は POLICY_2005 と CURRENT の文字列です", where="local_departments")
    raw_rules = document.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise ReferenceDataError("rules が空か配列ではありません", where="rules")
    rules: list[RoutingRule] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_rules):
        where = f"rules[{index}]"
        if not isinstance(raw, dict):
            raise ReferenceDataError("ルールはオブジェクトです", where=where)
        rule_id = raw.get("id")
        if not isinstance(rule_id, str) or not rule_id:
            raise ReferenceDataError("id がありません", where=where)
        where = f"rules[{index}] ({rule_id})"
        if rule_id in seen:
            raise ReferenceDataError(f"id {rule_id!r} が重複しています", where=where)
        seen.add(rule_id)
        unknown = sorted(set(raw) - _RULE_KEYS)
        if unknown:
            raise ReferenceDataError(f"不明な項目 {unknown[0]!r}", where=where)
        regime = raw.get("regime")
        if regime not in ROUTING_REGIMES:
            raise ReferenceDataError(f"regime {regime!r} は {' / '.join(ROUTING_REGIMES)} です", where=where)
        holders = _codes(raw.get("holders"), where, "holders", HOLDER_CODES)
        sectors = _codes(raw.get("sectors"), where, "sectors", SECTOR_CODES)
        issues = _codes(raw.get("issues"), where, "issues", ISSUE_CODES)
        raw_steps = raw.get("steps")
        if not isinstance(raw_steps, list) or not raw_steps:
            raise ReferenceDataError("steps が空か配列ではありません", where=where)
        steps = tuple(
            _parse_step(step, f"{where}.steps[{i}]", regime, issues, entries, referral_kinds)
            for i, step in enumerate(raw_steps)
        )
        rules.append(
            RoutingRule(
                id=rule_id, regime=regime, holders=holders, sectors=sectors, issues=issues, steps=steps
            )
        )
    for regime in ROUTING_REGIMES:
        if not any(
            rule.regime == regime and not (rule.holders or rule.sectors or rule.issues) for rule in rules
        ):
            raise ReferenceDataError(f"{regime} の既定ルール（条件なし）がありません", where="rules")
    return RoutingTable(rules=tuple(rules), local=LocalStep(kind=str(local_kind), basis=dict(local_basis)))


def _expand(step: RouteStep, entries: Iterable[DirectoryEntry], sector: str | None) -> list[DirectoryEntry]:
    kind = PLACEHOLDERS[step.dest]
    if sector is None:
        return []
    return [entry for entry in entries if entry.kind == kind and not entry.local and sector in entry.sectors]


def route(
    table: RoutingTable,
    directory: Iterable[DirectoryEntry],
    *,
    regime: str,
    holder: str | None,
    sector: str | None,
    issue: str | None,
    today: dt.date,
) -> tuple[Destination, ...]:
    """Ordered destinations for a case, valid in ``regime`` today.

    POLICY_2005 proposes only bodies that existed by the end of 2005. CURRENT
    replaces an abolished body by its current successor (or drops it). Pretext
    fraud (FRAUD_PI) never goes to the PPC.
    """
    if regime not in ROUTING_REGIMES:
        raise ValueError(f"unknown regime {regime!r}")
    entries = list(directory)
    by_id = {entry.id: entry for entry in entries}
    rule = table.rule_for(regime, holder, sector, issue)
    proposals: list[tuple[DirectoryEntry, str, str | None, str | None]] = []
    for step in rule.steps:
        targets = _expand(step, entries, sector) if step.dest in PLACEHOLDERS else [by_id.get(step.dest)]
        for entry in targets:
            if entry is not None:
                proposals.append((entry, step.kind, step.basis, step.note))
    wanted = {code for code in (sector, issue) if code}
    for entry in entries:
        if entry.local and (wanted & set(entry.sectors) or "*" in entry.sectors):
            proposals.append((entry, table.local.kind, entry.legal_basis or table.local.basis[regime], entry.note))
    result: list[Destination] = []
    seen: set[str] = set()
    for entry, kind, basis, note in proposals:
        replaces: str | None = None
        chosen: DirectoryEntry | None = entry
        if regime == "POLICY_2005":
            if not in_regime(entry, regime, today=today):
                continue
        elif not in_regime(entry, regime, today=today):
            chosen = current_successor(entry, by_id, today=today)
            replaces = entry.id
            basis = None  # the step's basis was written for the abolished body
        if chosen is None or chosen.id in seen:
            continue
        if issue in NO_PPC_ISSUES and (chosen.id.startswith(PPC_PREFIX) or chosen.kind == "commission"):
            continue
        text = basis or chosen.basis_for(regime) or ""
        seen.add(chosen.id)
        result.append(
            Destination(entry=chosen, kind=kind, basis=text, rule=rule.id, note=note, replaces=replaces)
        )
    return tuple(result)

"""The directory of windows (窓口): validation of the reference file and regime/date selection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from counselor_app.domain.entities import Contact, DirectoryEntry
from counselor_app.domain.errors import ReferenceDataError

REGIMES = ("POLICY_2005", "CURRENT", "BOTH")
KINDS = (
    "business",
    "accredited_org",
    "local_gov_window",
    "national_center",
    "ministry",
    "commission",
    "police",
    "private_hotline",
    "court_or_adr",
)
# The policy-faithful directory shows the structure as of the basic policy's
# full enforcement year; nothing created after it.
POLICY_2005_CUTOFF = dt.date(2005, 12, 31)
_ALLOWED_KEYS = {
    "id",
    "name",
    "kind",
    "regime",
    "parent",
    "sectors",
    "contact",
    "valid_from",
    "valid_to",
    "successor_id",
    "legal_basis",
    "legal_basis_2005",
    "note",
    "sources",
}


def _date(raw: object, where: str) -> dt.date | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise ReferenceDataError("日付は YYYY-MM-DD の文字列で書いてください", where=where)
    try:
        return dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise ReferenceDataError(f"日付が読めません: {raw!r}", where=where) from exc


def _text(raw: Mapping[str, object], key: str, where: str, *, required: bool = False) -> str | None:
    value = raw.get(key)
    if value is None:
        if required:
            raise ReferenceDataError(f"{key} がありません", where=where)
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise ReferenceDataError(f"{key} は文字列でなければなりません", where=where)
    return value


def parse_entry(raw: object, where: str) -> DirectoryEntry:
    """Validate one directory entry."""
    if not isinstance(raw, dict):
        raise ReferenceDataError("項目はオブジェクトでなければなりません", where=where)
    unknown = set(raw) - _ALLOWED_KEYS
    if unknown:
        raise ReferenceDataError(f"不明な項目 {sorted(unknown)[0]!r}", where=where)
    entry_id = _text(raw, "id", where, required=True)
    assert entry_id is not None
    where = f"{where} ({entry_id})"
    name = _text(raw, "name", where, required=True)
    kind = _text(raw, "kind", where, required=True)
    regime = _text(raw, "regime", where, required=True)
    if kind not in KINDS:
        raise ReferenceDataError(f"kind {kind!r} は {', '.join(KINDS)} のいずれかです", where=where)
    if regime not in REGIMES:
        raise ReferenceDataError(f"regime {regime!r} は {', '.join(REGIMES)} のいずれかです", where=where)
    sectors = raw.get("sectors", [])
    if not isinstance(sectors, list) or not all(isinstance(s, str) for s in sectors):
        raise ReferenceDataError("sectors は文字列の配列です", where=where)
    sources = raw.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise ReferenceDataError("sources は文字列の配列です", where=where)
    contact_raw = raw.get("contact", {})
    if not isinstance(contact_raw, dict) or not all(
        key in ("phone", "hours", "url", "note") and isinstance(value, str)
        for key, value in contact_raw.items()
    ):
        raise ReferenceDataError("contact は phone/hours/url/note の文字列だけを持てます", where=where)
    valid_from = _date(raw.get("valid_from"), f"{where}.valid_from")
    valid_to = _date(raw.get("valid_to"), f"{where}.valid_to")
    if valid_from and valid_to and valid_to < valid_from:
        raise ReferenceDataError("valid_to が valid_from より前です", where=where)
    legal_basis = _text(raw, "legal_basis", where)
    legal_basis_2005 = _text(raw, "legal_basis_2005", where)
    if regime in ("CURRENT", "BOTH") and not legal_basis:
        raise ReferenceDataError("現行の窓口には legal_basis が必要です", where=where)
    if regime in ("POLICY_2005", "BOTH") and not legal_basis_2005:
        raise ReferenceDataError("2005年体制の窓口には legal_basis_2005 が必要です", where=where)
    assert name is not None and kind is not None
    return DirectoryEntry(
        id=entry_id,
        name=name,
        kind=kind,
        regime=regime,  # type: ignore[arg-type]  # checked against REGIMES above
        parent=_text(raw, "parent", where),
        sectors=tuple(sectors),
        contact=Contact(**contact_raw),
        valid_from=valid_from,
        valid_to=valid_to,
        successor_id=_text(raw, "successor_id", where),
        legal_basis=legal_basis,
        legal_basis_2005=legal_basis_2005,
        note=_text(raw, "note", where),
        sources=tuple(sources),
    )


def parse_directory(document: object) -> tuple[DirectoryEntry, ...]:
    """Validate the directory reference file.

    Raises:
        ReferenceDataError: naming the entry that is wrong.
    """
    if not isinstance(document, dict) or document.get("format") != 1:
        raise ReferenceDataError("format 1 のオブジェクトではありません", where="(root)")
    raw_entries = document.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        raise ReferenceDataError("entries が空か配列ではありません", where="entries")
    entries = tuple(parse_entry(raw, f"entries[{i}]") for i, raw in enumerate(raw_entries))
    ids: set[str] = set()
    for i, entry in enumerate(entries):
        if entry.id in ids:
            raise ReferenceDataError(f"id {entry.id!r} が重複しています", where=f"entries[{i}]")
        ids.add(entry.id)
    for i, entry in enumerate(entries):
        if entry.successor_id and entry.successor_id not in ids:
            raise ReferenceDataError(
                f"successor_id {entry.successor_id!r} がありません", where=f"entries[{i}] ({entry.id})"
            )
        if entry.successor_id and entry.valid_to is None:
            raise ReferenceDataError(
                "後継のある窓口には valid_to が必要です", where=f"entries[{i}] ({entry.id})"
            )
    return entries


def in_regime(entry: DirectoryEntry, regime: str, *, today: dt.date) -> bool:
    """Whether an entry may be proposed in a regime.

    POLICY_2005 shows only bodies that existed by the end of 2005; CURRENT shows
    only bodies that exist today.
    """
    if regime == "POLICY_2005":
        if entry.regime not in ("POLICY_2005", "BOTH"):
            return False
        return entry.valid_from is None or entry.valid_from <= POLICY_2005_CUTOFF
    if entry.regime not in ("CURRENT", "BOTH"):
        return False
    return entry.is_valid_on(today)


def current_successor(
    entry: DirectoryEntry, entries: Mapping[str, DirectoryEntry], *, today: dt.date
) -> DirectoryEntry | None:
    """Follow successors until a body that exists today (None if the chain ends)."""
    seen: set[str] = set()
    current: DirectoryEntry | None = entry
    while current is not None and not (current.regime in ("CURRENT", "BOTH") and current.is_valid_on(today)):
        if current.id in seen or current.successor_id is None:
            return None
        seen.add(current.id)
        current = entries.get(current.successor_id)
    return current


def index(entries: Iterable[DirectoryEntry]) -> dict[str, DirectoryEntry]:
    """Entries by id."""
    return {entry.id: entry for entry in entries}

"""A case as plain JSON data and back (intake drafts, "theirs vs mine" on conflicts): codes, not labels."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Mapping
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin

from counselor_app.domain.entities import Case

SNAPSHOT_FORMAT = 1

# Bookkeeping that says nothing about what the counselor recorded; never a "difference".
_BOOKKEEPING = frozenset(
    {"id", "version", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "referrals"}
)


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: _encode(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _encode(item) for key, item in value.items()}
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [arg for arg in get_args(kind) if arg is not type(None)]
        return _decode(options[0], value) if len(options) == 1 else value
    if origin is Literal:
        return value
    if origin is tuple:
        item_kind = get_args(kind)[0]
        return tuple(_decode(item_kind, item) for item in value)
    if origin in (dict, Mapping) or kind is Any:
        return value
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _decode_dataclass(kind, value)
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if kind in (int, float, str, bool):
        return kind(value)
    return value


def _decode_dataclass(cls: type, data: Mapping[str, Any]) -> Any:
    hints = _hints(cls)
    values = {
        field.name: _decode(hints[field.name], data[field.name])
        for field in dataclasses.fields(cls)
        if field.name in data
    }
    return cls(**values)


def case_to_snapshot(case: Case) -> dict[str, Any]:
    """Everything in a case as JSON-compatible data."""
    return {"format": SNAPSHOT_FORMAT, "case": _encode(case)}


def case_from_snapshot(snapshot: Mapping[str, Any]) -> Case:
    """Rebuild a case from :func:`case_to_snapshot` output (unknown keys are ignored)."""
    data = snapshot.get("case", snapshot)
    case = _decode_dataclass(Case, data)
    assert isinstance(case, Case)
    return case


def flatten(case: Case) -> dict[str, Any]:
    """Field path -> value (``consultant.name``, ``methods``, ``pi.issues``, ``handling``), for comparison."""
    flat: dict[str, Any] = {}
    for field in dataclasses.fields(case):
        if field.name in _BOOKKEEPING:
            continue
        value = getattr(case, field.name)
        if field.name == "party" and case.party_same_as_consultant:
            value = case.consultant  # stored as a copy of the consultant; compare what it means
        if field.name in ("consultant", "party", "pi") and value is not None:
            for inner in dataclasses.fields(value):
                if field.name == "pi" and inner.name not in ("related", "issues", "holder", "sector"):
                    continue
                flat[f"{field.name}.{inner.name}"] = getattr(value, inner.name)
        elif field.name == "handling":
            flat["handling"] = tuple((entry.at, entry.counterpart, entry.text) for entry in value)
        else:
            flat[field.name] = value
    return flat


def differing_fields(mine: Case, theirs: Case) -> list[str]:
    """Paths whose values differ between two versions of a case, in field order."""
    a, b = flatten(mine), flatten(theirs)
    if mine.pi is None and theirs.pi is not None:
        a.update({key: None for key in b if key.startswith("pi.")})
    if theirs.pi is None and mine.pi is not None:
        b.update({key: None for key in a if key.startswith("pi.")})
    keys = list(dict.fromkeys([*a, *b]))
    if mine.party_same_as_consultant and theirs.party_same_as_consultant:
        keys = [key for key in keys if not key.startswith("party.")]  # the consultant rows say it all
    return [key for key in keys if _normal(a.get(key)) != _normal(b.get(key))]


def _normal(value: Any) -> Any:
    # "" and None both mean "not entered" in a form.
    return None if value in ("", ()) else value

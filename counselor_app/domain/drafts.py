"""An autosaved intake in progress (下書き): what the counselor had typed, restorable after a crash."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from counselor_app.domain.case_snapshot import case_from_snapshot
from counselor_app.domain.entities import Case


@dataclass(frozen=True)
class Draft:
    """One intake's autosaved state.

    ``payload`` is JSON-compatible: ``{"case": <case snapshot>, "form": {...}, "step": n}``;
    ``base_version`` is the version of the stored case the edit started from (None for new cases),
    so a restored draft of an outdated case still ends in a conflict, never an overwrite.
    """

    key: str
    owner: str
    payload: dict[str, Any] = field(default_factory=dict)
    case_id: int | None = None
    base_version: int | None = None
    updated_at: dt.datetime | None = None
    id: int | None = None

    def case(self) -> Case | None:
        """The case as it was typed, or None when the payload holds none."""
        snapshot = self.payload.get("case")
        if not isinstance(snapshot, dict):
            return None
        return case_from_snapshot(snapshot)

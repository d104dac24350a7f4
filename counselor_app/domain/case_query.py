"""What a case list asks for: filters and sort order, independent of how they are queried."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

SortKey = Literal[
    "received_at", "case_no", "status", "channel", "subject", "business_name", "product", "counselor"
]
SORT_KEYS: tuple[SortKey, ...] = (
    "received_at",
    "case_no",
    "status",
    "channel",
    "subject",
    "business_name",
    "product",
    "counselor",
)


@dataclass(frozen=True)
class CaseFilter:
    """Filters of the case list; None means "any"."""

    received_from: dt.date | None = None
    received_to: dt.date | None = None
    fiscal_year: int | None = None
    statuses: tuple[str, ...] = ()
    counselor: str | None = None
    office_code: str | None = None
    pi_related: str | None = None
    product_top: str | None = None
    sales_form: str | None = None
    referral: Literal["open", "overdue"] | None = None
    business_id: int | None = None
    text: str | None = None
    include_deleted: bool = False


@dataclass(frozen=True)
class CaseSort:
    """Sort column and direction."""

    key: SortKey = "received_at"
    descending: bool = True

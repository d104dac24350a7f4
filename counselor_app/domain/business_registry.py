"""What the business registry (名寄せ) reports: merges, a business's case history, and surge alerts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from counselor_app.domain.entities import Business

MatchKind = Literal["corporate_number", "phone", "name_exact", "name_similar", "name_contains"]
# Stronger evidence first: an identical 法人番号 beats an identical phone beats a name.
MATCH_PRIORITY: dict[str, int] = {
    "corporate_number": 0,
    "phone": 1,
    "name_exact": 2,
    "name_similar": 3,
    "name_contains": 3,
}


@dataclass(frozen=True)
class BusinessMerge:
    """One merge of ``merged_id`` into ``kept_id`` (undone when ``undone_at`` is set)."""

    id: int
    kept_id: int
    merged_id: int
    merged_name: str
    moved_cases: int
    moved_aliases: int
    merged_at: dt.datetime
    merged_by: str
    undone_at: dt.datetime | None = None
    undone_by: str | None = None

    @property
    def active(self) -> bool:
        """True while the merge is in force."""
        return self.undone_at is None


@dataclass(frozen=True)
class BusinessCaseRow:
    """A case of a business as the business view lists it (never personal fields)."""

    id: int
    case_no: str | None
    received_at: dt.datetime
    office_code: str
    status: str
    subject: str
    business_name: str | None
    product: str | None
    methods: tuple[str, ...]
    contract_amount: int | None
    paid_amount: int | None


@dataclass(frozen=True)
class AmountSummary:
    """合計 and 平均 of the amounts that were recorded (cases without an amount are not averaged)."""

    cases: int = 0
    total: int = 0

    @property
    def average(self) -> int | None:
        """Rounded mean in yen, None when no case has an amount."""
        return None if self.cases == 0 else round(self.total / self.cases)


@dataclass(frozen=True)
class BusinessProfile:
    """A business with everything merged into it: names, numbers, cases across offices, counts and amounts."""

    business: Business
    merged_records: tuple[Business, ...]
    merges: tuple[BusinessMerge, ...]
    case_count: int
    by_office: tuple[tuple[str, int], ...]
    by_product: tuple[tuple[str | None, int], ...]
    by_method: tuple[tuple[str, int], ...]
    contract: AmountSummary
    paid: AmountSummary
    cases: tuple[BusinessCaseRow, ...]
    hidden_cases: int = 0
    first_received: dt.datetime | None = None
    last_received: dt.datetime | None = None

    @property
    def corporate_numbers(self) -> tuple[str, ...]:
        """法人番号 of the business and of the records merged into it."""
        numbers = [self.business.corporate_number, *(record.corporate_number for record in self.merged_records)]
        return tuple(dict.fromkeys(number for number in numbers if number))

    @property
    def phones(self) -> tuple[str, ...]:
        """Phones of the business and of the records merged into it."""
        phones = [*self.business.phones, *(phone for record in self.merged_records for phone in record.phones)]
        return tuple(dict.fromkeys(phones))

    @property
    def names(self) -> tuple[str, ...]:
        """Every name it is known by: its own, its aliases, and the merged records' names."""
        names = [
            self.business.display_name,
            *self.business.aliases,
            *(record.display_name for record in self.merged_records),
        ]
        return tuple(dict.fromkeys(names))


SurgeKind = Literal["business", "product_method"]


@dataclass(frozen=True)
class SurgeAlert:
    """``count`` cases about one business, or one product with one sales method, within the window."""

    kind: SurgeKind
    count: int
    window_start: dt.date
    window_end: dt.date
    offices: tuple[str, ...]
    first_received: dt.datetime
    last_received: dt.datetime
    previous_count: int = 0
    business_id: int | None = None
    business_name: str | None = None
    product: str | None = None
    method: str | None = None
    businesses: int = 0


def surge_window(today: dt.date, days: int) -> tuple[dt.date, dt.date]:
    """The last ``days`` days up to and including ``today``."""
    return today - dt.timedelta(days=days - 1), today

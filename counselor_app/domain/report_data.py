"""What supervisor reports contain: the month, raw tallies from the database, and the labelled figures PDFs print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from counselor_app.domain.calendar import wareki, wareki_month
from counselor_app.domain.entities import Case, CaseSummary, DirectoryEntry

NOT_ENTERED = "未入力"


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month, the period of a monthly report."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1..12")

    @classmethod
    def parse(cls, text: str) -> Month:
        """Read ``YYYY-MM`` (ValueError otherwise)."""
        parts = text.strip().split("-")
        if len(parts) != 2 or not (parts[0].isdigit() and parts[1].isdigit()) or len(parts[0]) != 4:
            raise ValueError(f"not YYYY-MM: {text}")
        return cls(int(parts[0]), int(parts[1]))

    @classmethod
    def of(cls, day: dt.date) -> Month:
        """The month a date falls in."""
        return cls(day.year, day.month)

    @property
    def start(self) -> dt.date:
        """First day."""
        return dt.date(self.year, self.month, 1)

    @property
    def end(self) -> dt.date:
        """First day of the next month (exclusive bound)."""
        return self.shifted(1).start

    @property
    def last_day(self) -> dt.date:
        """Last day (inclusive)."""
        return self.end - dt.timedelta(days=1)

    def shifted(self, months: int) -> Month:
        """The month ``months`` later (negative: earlier)."""
        index = self.year * 12 + (self.month - 1) + months
        return Month(index // 12, index % 12 + 1)

    def iso(self) -> str:
        """``YYYY-MM``."""
        return f"{self.year:04d}-{self.month:02d}"

    def wareki(self) -> str:
        """``令和8年11月``."""
        return wareki_month(self.year, self.month)

    def span_label(self) -> str:
        """``令和8年11月1日〜令和8年11月30日``."""
        return f"{wareki(self.start)}〜{wareki(self.last_day)}"


# -- raw tallies (persistence fills them, services label them) -------------------------


@dataclass(frozen=True)
class MonthTally:
    """Counts of live cases received in one period, by stored code (None: not entered)."""

    total: int = 0
    harm: int = 0
    danger: int = 0
    via_center: int = 0
    by_category: Mapping[str | None, int] = field(default_factory=dict)
    by_channel: Mapping[str | None, int] = field(default_factory=dict)
    by_product: Mapping[str | None, int] = field(default_factory=dict)
    by_sales_form: Mapping[str | None, int] = field(default_factory=dict)
    by_result: Mapping[str | None, int] = field(default_factory=dict)
    by_office: Mapping[str, int] = field(default_factory=dict)
    # (stored age band, gender) of the 契約当事者; (None, None) when no party was recorded.
    by_age_gender: Mapping[tuple[str | None, str | None], int] = field(default_factory=dict)
    # pi_assessment.related; None when the case has no assessment.
    by_pi_related: Mapping[str | None, int] = field(default_factory=dict)
    # Issue types of PI-related cases (a case can count under several).
    pi_issues: Mapping[str, int] = field(default_factory=dict)
    contract_total: int = 0
    contract_count: int = 0
    paid_total: int = 0
    paid_count: int = 0


@dataclass(frozen=True)
class ReferralTally:
    """Referrals of live cases in scope: made in a period, and open as of a day."""

    made_by_kind: Mapping[str, int] = field(default_factory=dict)
    open_by_kind: Mapping[str, int] = field(default_factory=dict)
    overdue_by_kind: Mapping[str, int] = field(default_factory=dict)
    open_all: int = 0
    overdue_all: int = 0


# -- labelled figures (what a PDF prints) ----------------------------------------------


def average_yen(total: int, count: int) -> int:
    """Average amount rounded half up to whole yen (0 when nothing was entered)."""
    return (2 * total + count) // (2 * count) if count else 0


def share_percent(part: int, whole: int) -> str:
    """``12.3%`` (one decimal, half up); ``-`` when the whole is zero."""
    if whole == 0:
        return "-"
    tenths = (2000 * part + whole) // (2 * whole)
    return f"{tenths // 10}.{tenths % 10}%"


def signed(value: int) -> str:
    """``+12`` / ``-3`` / ``±0`` with thousands separators (増減 columns)."""
    if value == 0:
        return "±0"
    return f"{value:+,}"


@dataclass(frozen=True)
class ComparisonRow:
    """A figure this month against the previous month and the same month a year earlier."""

    label: str
    current: int
    previous_month: int
    previous_year: int
    unit: str = "件"


@dataclass(frozen=True)
class CountRow:
    """One row of a breakdown: this month and the same month a year earlier."""

    label: str
    current: int
    previous_year: int
    code: str | None = None


@dataclass(frozen=True)
class Breakdown:
    """Counts by one dimension, in print order."""

    key: str
    title: str
    rows: tuple[CountRow, ...]
    total: int
    total_previous_year: int
    note: str = ""
    total_label: str = "合計"


@dataclass(frozen=True)
class CrossTab:
    """A table of counts (年代 × 性別): row and column labels and the cells."""

    title: str
    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]

    def row_total(self, row: int) -> int:
        """Sum of one row."""
        return sum(self.cells[row])

    def column_total(self, column: int) -> int:
        """Sum of one column."""
        return sum(row[column] for row in self.cells)

    @property
    def total(self) -> int:
        """Sum of every cell."""
        return sum(sum(row) for row in self.cells)


@dataclass(frozen=True)
class ReferralRow:
    """Referrals of one kind: made in the month, still open, overdue."""

    label: str
    made: int
    still_open: int
    overdue: int


@dataclass(frozen=True)
class AmountRow:
    """契約購入金額 or 既支払金額 of one period: total, cases with an amount, average."""

    label: str
    period: str
    total: int
    count: int

    @property
    def average(self) -> int:
        """Average over cases with an amount entered."""
        return average_yen(self.total, self.count)


@dataclass(frozen=True)
class MonthlyReport:
    """Everything the monthly statistics PDF prints, already labelled."""

    month: Month
    office_label: str
    offices: tuple[str, ...]
    created_at: dt.datetime
    created_by: str
    totals: tuple[ComparisonRow, ...]
    amounts: tuple[AmountRow, ...]
    breakdowns: tuple[Breakdown, ...]
    age_gender: CrossTab
    age_scheme: str
    pi_share: Breakdown
    pi_issues: Breakdown
    referrals: tuple[ReferralRow, ...]
    referrals_open_all: int
    referrals_overdue_all: int
    by_office: Breakdown | None = None

    @property
    def total(self) -> int:
        """Cases received in the month."""
        return self.totals[0].current

    def breakdown(self, key: str) -> Breakdown:
        """The breakdown with ``key`` (KeyError if absent)."""
        for item in self.breakdowns:
            if item.key == key:
                return item
        raise KeyError(key)


# -- the case card ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewStep:
    """One 決裁 step as recorded in case_review."""

    action: str
    actor: str
    at: dt.datetime
    comment: str | None = None


@dataclass(frozen=True)
class BusinessInfo:
    """What the registry holds about the case's business (printed on the card)."""

    name: str
    corporate_number: str | None = None
    phones: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseCardData:
    """A case with everything the filing card prints beside it."""

    case: Case
    office_name: str
    reviews: tuple[ReviewStep, ...]
    destinations: Mapping[str, DirectoryEntry]
    user_names: Mapping[str, str]
    business: BusinessInfo | None
    related_case_no: str | None
    printed_at: dt.datetime
    printed_by: str


@dataclass(frozen=True)
class RenderedReport:
    """A finished PDF in memory (nothing with personal data touches the disk until the user saves it)."""

    kind: str
    reference: str
    title: str
    pdf: bytes
    pages: int
    file_name: str
    entity: str = "report"
    entity_id: str = ""


# -- the approval queue and the dashboard ----------------------------------------------


@dataclass(frozen=True)
class PendingApproval:
    """A case waiting for 決裁, with when it was submitted."""

    summary: CaseSummary
    submitted_at: dt.datetime | None
    submitted_by: str | None
    version: int


@dataclass(frozen=True)
class DashboardFigures:
    """The supervisor's at-a-glance numbers for the current month."""

    month: Month
    cases_this_month: int
    cases_previous_month: int
    pi_related_this_month: int
    referrals_open: int
    referrals_overdue: int
    awaiting_approval: int

    @property
    def pi_share(self) -> str:
        """PI-related share of this month's cases."""
        return share_percent(self.pi_related_this_month, self.cases_this_month)

"""Supervisor reports: gathering the monthly statistics and the case card, rendering them as PDFs, auditing prints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from counselor_app.domain.business_report import DEFAULT_LISTED, BusinessReport, summarise
from counselor_app.domain.casebook import CasebookLayout, CasebookRow, PackedRow
from counselor_app.domain.casebook_report import (
    DEFAULT_PER_THEME,
    MAX_PER_THEME,
    CasebookReport,
    pick_examples,
    sections_of,
)
from counselor_app.domain.clock import Clock
from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.entities import Actor, Office
from counselor_app.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from counselor_app.domain.report_data import (
    NOT_ENTERED,
    AmountRow,
    Breakdown,
    BusinessInfo,
    CaseCardData,
    ComparisonRow,
    CountRow,
    CrossTab,
    DashboardFigures,
    Month,
    MonthlyReport,
    MonthTally,
    ReferralRow,
    RenderedReport,
)
from counselor_app.persistence.database import Database
from counselor_app.services.audit_service import AuditService
from counselor_app.services.business_service import BusinessService
from counselor_app.services.case_service import CaseService
from counselor_app.services.casebook_service import scrub_stale_rows
from counselor_app.services.office_scope import office_scope

Progress = Callable[[int], None]

# Published 年代 columns by 性別 (山口県-style table: 男 / 女 / 不明 / 企業・団体).
GENDER_COLUMNS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    ("男性", ("M",)),
    ("女性", ("F",)),
    ("その他・不明", ("X", "U", None)),
    ("企業・団体", ("O",)),
)
ELDERLY_BANDS = ("A70", "A80")
UNKNOWN_CODE = "（不明なコード）"


def _no_progress(_percent: int) -> None:
    return None


class ReportService:
    """Monthly statistics, case cards and the dashboard (supervisors; case cards also counselors)."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        codelists: CodeLists,
        audit: AuditService,
        cases: CaseService,
        fonts_dir: Path,
        businesses: BusinessService | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._codelists = codelists
        self._audit = audit
        self._cases = cases
        self._fonts_dir = fonts_dir
        self._businesses = businesses or BusinessService(db, clock, audit)
        # Unpacking casebook rows needs the code lists only (no directory names).
        self._layout = CasebookLayout(codelists, {})

    # -- scope -----------------------------------------------------------------------

    @staticmethod
    def _require_supervisor(actor: Actor) -> None:
        if not actor.is_supervisor:
            raise PermissionDeniedError("統計の報告書は所長・主任相談員が作成します", where=actor.login)

    def _offices(self) -> list[Office]:
        with self._db.uow() as uow:
            return uow.offices.offices()

    def report_offices(self, actor: Actor) -> list[Office]:
        """The offices a monthly report of ``actor`` can be limited to (empty for counselors)."""
        if not actor.is_supervisor:
            return []
        offices = self._offices()
        scope = office_scope(actor, offices)
        return [office for office in offices if scope is None or office.code in scope]

    # -- monthly statistics ----------------------------------------------------------

    def monthly_report(
        self,
        actor: Actor,
        month: Month,
        *,
        office_code: str | None = None,
        progress: Progress | None = None,
    ) -> MonthlyReport:
        """Every figure of the 月報, counted in SQL and labelled from the code lists.

        Raises:
            PermissionDeniedError: a counselor asked, or the office is outside the actor's reach.
        """
        self._require_supervisor(actor)
        report = progress or _no_progress
        offices = self._offices()
        scope = office_scope(actor, offices, office_code)
        today = self._clock.now().date()
        periods = (month, month.shifted(-1), month.shifted(-12))
        tallies: list[MonthTally] = []
        with self._db.uow() as uow:
            for index, period in enumerate(periods):
                tallies.append(uow.reports.month_tally(period.start, period.end, scope))
                report(10 + 15 * index)
            referrals = uow.reports.referral_tally(month.start, month.end, scope, as_of=today)
            in_scope = [office for office in offices if scope is None or office.code in scope]
            active = set(uow.reports.offices_with_cases([office.code for office in in_scope]))
        report(55)
        current, previous_month, previous_year = tallies
        label, names = self._office_label(in_scope, active)
        return MonthlyReport(
            month=month,
            office_label=label,
            offices=names,
            created_at=self._clock.now(),
            created_by=actor.display_name or actor.login,
            totals=self._totals(current, previous_month, previous_year),
            amounts=self._amounts(current, previous_month, previous_year),
            breakdowns=(
                self._coded("channel", "受付方法", "channel", current.by_channel, previous_year.by_channel),
                self._coded("category", "相談区分", "category", current.by_category, previous_year.by_category),
                self._products(current.by_product, previous_year.by_product),
                self._coded(
                    "sales_form", "販売購入形態", "sales_form", current.by_sales_form, previous_year.by_sales_form
                ),
                self._coded("result", "処理結果", "result", current.by_result, previous_year.by_result),
            ),
            age_gender=self._age_gender(month, current),
            age_scheme=self._codelists[self._age_scheme(month)].label.removeprefix("年代（").removesuffix("）"),
            pi_share=self._pi_share(current, previous_year),
            pi_issues=self._pi_issues(current, previous_year),
            referrals=tuple(
                ReferralRow(
                    label=item.label,
                    made=referrals.made_by_kind.get(item.code, 0),
                    still_open=referrals.open_by_kind.get(item.code, 0),
                    overdue=referrals.overdue_by_kind.get(item.code, 0),
                )
                for item in self._codelists["referral_kind"].items
            ),
            referrals_open_all=referrals.open_all,
            referrals_overdue_all=referrals.overdue_all,
            by_office=self._by_office(in_scope, active, current, previous_year),
        )

    def monthly_pdf(
        self,
        actor: Actor,
        month: Month,
        *,
        office_code: str | None = None,
        progress: Progress | None = None,
    ) -> RenderedReport:
        """The 月報 as a PDF in memory; producing it is audited as a print."""
        report = progress or _no_progress
        data = self.monthly_report(actor, month, office_code=office_code, progress=report)
        # reportlab loads only now, so starting the app and the CLI stays fast.
        from counselor_app.reporting.monthly import render_monthly

        pdf, pages = render_monthly(data, self._fonts_dir, progress=lambda p: report(55 + p * 40 // 100))
        self._audit.record_now(
            actor,
            "print",
            "report",
            f"monthly:{month.iso()}",
            report="monthly",
            offices=list(data.offices) if len(data.offices) < 20 else len(data.offices),
            pages=pages,
        )
        report(100)
        return RenderedReport(
            kind="monthly",
            reference=month.iso(),
            title=f"{month.wareki()}分 月報（統計）",
            pdf=pdf,
            pages=pages,
            file_name=f"monthly-{month.iso()}.pdf",
            entity="report",
            entity_id=f"monthly:{month.iso()}",
        )

    @staticmethod
    def _office_label(in_scope: Sequence[Office], active: set[str]) -> tuple[str, tuple[str, ...]]:
        codes = {office.code for office in in_scope}
        shown = [office for office in in_scope if office.code in active] or list(in_scope)
        roots = [office for office in shown if office.parent_code not in codes] or shown
        label = "、".join(office.name for office in roots) or "全所属"
        if len(shown) > len(roots):
            label += f"（支所・出張窓口など {len(shown) - len(roots)} か所を含む）"
        return label, tuple(office.name for office in shown)

    def _totals(self, cur: MonthTally, prev: MonthTally, last_year: MonthTally) -> tuple[ComparisonRow, ...]:
        def row(label: str, pick: Callable[[MonthTally], int], unit: str = "件") -> ComparisonRow:
            return ComparisonRow(label, pick(cur), pick(prev), pick(last_year), unit)

        def category(code: str) -> Callable[[MonthTally], int]:
            return lambda t: t.by_category.get(code, 0)

        rows = [row("受付件数", lambda t: t.total)]
        rows += [row(f"うち{item.label}", category(item.code)) for item in self._codelists["category"].items]
        rows += [
            row("危害", lambda t: t.harm),
            row("危険", lambda t: t.danger),
            row("経由相談", lambda t: t.via_center),
            row(
                "契約当事者70歳以上",
                lambda t: sum(n for (band, _g), n in t.by_age_gender.items() if band in ELDERLY_BANDS),
            ),
            row("個人情報関連", lambda t: t.by_pi_related.get("yes", 0)),
            row("契約購入金額 合計", lambda t: t.contract_total, "円"),
            row("既支払金額 合計", lambda t: t.paid_total, "円"),
        ]
        return tuple(rows)

    @staticmethod
    def _amounts(cur: MonthTally, prev: MonthTally, last_year: MonthTally) -> tuple[AmountRow, ...]:
        periods = (("当月", cur), ("前月", prev), ("前年同月", last_year))
        contract = [AmountRow("契約購入金額", name, t.contract_total, t.contract_count) for name, t in periods]
        paid = [AmountRow("既支払金額", name, t.paid_total, t.paid_count) for name, t in periods]
        return tuple(contract + paid)

    def _coded(
        self,
        key: str,
        title: str,
        list_name: str,
        current: Mapping[str | None, int],
        previous: Mapping[str | None, int],
    ) -> Breakdown:
        """Every code of a list in list order, then unknown codes and 未入力 when they occur."""
        codes = self._codelists[list_name]
        rows = [
            CountRow(item.label, current.get(item.code, 0), previous.get(item.code, 0), item.code)
            for item in codes.items
        ]
        rows += self._leftovers(codes.codes(), current, previous)
        return Breakdown(key, title, tuple(rows), sum(current.values()), sum(previous.values()))

    @staticmethod
    def _leftovers(
        known: Sequence[str], current: Mapping[str | None, int], previous: Mapping[str | None, int]
    ) -> list[CountRow]:
        unknown_now = sum(n for code, n in current.items() if code is not None and code not in known)
        unknown_then = sum(n for code, n in previous.items() if code is not None and code not in known)
        rows = []
        if unknown_now or unknown_then:
            rows.append(CountRow(UNKNOWN_CODE, unknown_now, unknown_then))
        if current.get(None) or previous.get(None):
            rows.append(CountRow(NOT_ENTERED, current.get(None, 0), previous.get(None, 0)))
        return rows

    def _products(self, current: Mapping[str | None, int], previous: Mapping[str | None, int]) -> Breakdown:
        """Leaf product codes rolled up to their 大分類; ranked by this month's count."""
        products = self._codelists["product"]

        def roll_up(counts: Mapping[str | None, int]) -> dict[str | None, int]:
            tops: dict[str | None, int] = {}
            for code, count in counts.items():
                top = products.top_of(code)
                key = top.code if top is not None else (None if code is None else UNKNOWN_CODE)
                tops[key] = tops.get(key, 0) + count
            return tops

        now, then = roll_up(current), roll_up(previous)
        order = {item.code: index for index, item in enumerate(products.children(None))}
        rows = [
            CountRow(item.label, now.get(item.code, 0), then.get(item.code, 0), item.code)
            for item in products.children(None)
            if now.get(item.code) or then.get(item.code)
        ]
        rows.sort(key=lambda row: (-row.current, order.get(row.code or "", 0)))
        if now.get(UNKNOWN_CODE) or then.get(UNKNOWN_CODE):
            rows.append(CountRow(UNKNOWN_CODE, now.get(UNKNOWN_CODE, 0), then.get(UNKNOWN_CODE, 0)))
        if now.get(None) or then.get(None):
            rows.append(CountRow(NOT_ENTERED, now.get(None, 0), then.get(None, 0)))
        return Breakdown(
            "product_top",
            "商品・役務（大分類）",
            tuple(rows),
            sum(now.values()),
            sum(then.values()),
            note="件数のある大分類のみ。当月の件数順。",
        )

    @staticmethod
    def _age_scheme(month: Month) -> str:
        # The age of majority fell to 18 on 2022-04-01; tables from then on split 18・19歳.
        return "age_band_2022" if month >= Month(2022, 4) else "age_band_pre2022"

    def _age_gender(self, month: Month, tally: MonthTally) -> CrossTab:
        scheme = self._age_scheme(month)
        bands = self._codelists[scheme].items
        unknown_row = next(
            (i for i, item in enumerate(bands) if "UNK" in item.extra.get("from", ())), len(bands) - 1
        )
        row_of = {code: i for i, item in enumerate(bands) for code in item.extra.get("from", ())}
        column_of = {code: i for i, (_label, codes) in enumerate(GENDER_COLUMNS) for code in codes}
        cells = [[0] * len(GENDER_COLUMNS) for _ in bands]
        for (band, gender), count in tally.by_age_gender.items():
            row = row_of.get(band, unknown_row) if band is not None else unknown_row
            column = column_of.get(gender, column_of[None])
            cells[row][column] += count
        return CrossTab(
            title="契約当事者の年代・性別",
            row_labels=tuple(item.label for item in bands),
            column_labels=tuple(label for label, _codes in GENDER_COLUMNS),
            cells=tuple(tuple(row) for row in cells),
        )

    def _pi_share(self, current: MonthTally, previous: MonthTally) -> Breakdown:
        related = self._codelists["pi_related"]
        rows = [
            CountRow(item.label, current.by_pi_related.get(item.code, 0), previous.by_pi_related.get(item.code, 0), item.code)
            for item in related.items
        ]
        rows.append(CountRow("未判定", current.by_pi_related.get(None, 0), previous.by_pi_related.get(None, 0)))
        return Breakdown(
            "pi_share", "個人情報関連の相談", tuple(rows), current.total, previous.total
        )

    def _pi_issues(self, current: MonthTally, previous: MonthTally) -> Breakdown:
        issues = self._codelists["pi_issue"]
        rows = [
            CountRow(item.label, current.pi_issues.get(item.code, 0), previous.pi_issues.get(item.code, 0), item.code)
            for item in issues.items
            if current.pi_issues.get(item.code) or previous.pi_issues.get(item.code)
        ]
        known = set(issues.codes())
        other_now = sum(n for code, n in current.pi_issues.items() if code not in known)
        other_then = sum(n for code, n in previous.pi_issues.items() if code not in known)
        if other_now or other_then:
            rows.append(CountRow(UNKNOWN_CODE, other_now, other_then))
        return Breakdown(
            "pi_issues",
            "個人情報関連の相談の論点",
            tuple(rows),
            current.by_pi_related.get("yes", 0),
            previous.by_pi_related.get("yes", 0),
            note="1件に複数の論点がありうるため、各行の合計は関連あり件数と一致しない。構成比は関連あり件数に対する割合。",
            total_label="関連あり件数",
        )

    @staticmethod
    def _by_office(
        in_scope: Sequence[Office], active: set[str], current: MonthTally, previous: MonthTally
    ) -> Breakdown | None:
        shown = [office for office in in_scope if office.code in active]
        if len(shown) < 2:
            return None
        rows = tuple(
            CountRow(
                f"{office.name}（{office.code}）",
                current.by_office.get(office.code, 0),
                previous.by_office.get(office.code, 0),
                office.code,
            )
            for office in shown
        )
        return Breakdown("office", "所属別の受付件数", rows, current.total, previous.total)

    # -- the case card ---------------------------------------------------------------

    def case_card_data(self, actor: Actor, case_no: str) -> CaseCardData:
        """The case and everything its card prints (the case view is audited).

        Raises:
            NotFoundError: no case has this number.
            PermissionDeniedError: a counselor of another office asked.
        """
        case = self._cases.find_by_number(actor, case_no)
        if case is None or case.id is None or case.deleted_at is not None:
            raise NotFoundError("この相談番号の相談はありません", where=case_no.strip())
        with self._db.uow() as uow:
            reviews = tuple(uow.reviews.history(case.id))
            office = uow.offices.get_office(case.office_code)
            destinations = {
                referral.destination_id: entry
                for referral in case.referrals
                if (entry := uow.directory.get(referral.destination_id)) is not None
            }
            user_names = {user.login: user.display_name for user in uow.offices.users()}
            business = None
            if case.business_id is not None:
                found = uow.businesses.get(case.business_id)
                if found is not None:
                    business = BusinessInfo(
                        name=found.display_name,
                        corporate_number=found.corporate_number,
                        phones=found.phones,
                        addresses=found.addresses,
                        urls=found.urls,
                    )
            related = uow.cases.get_by_uuid(case.related_case_uuid) if case.related_case_uuid else None
        return CaseCardData(
            case=case,
            office_name=office.name if office else case.office_code,
            reviews=reviews,
            destinations=destinations,
            user_names=user_names,
            business=business,
            related_case_no=related.case_no if related else None,
            printed_at=self._clock.now(),
            printed_by=actor.display_name or actor.login,
        )

    def case_card_pdf(
        self, actor: Actor, case_no: str, *, progress: Progress | None = None
    ) -> RenderedReport:
        """The 相談カード (filing copy, personal fields included) as a PDF; audited as a print."""
        report = progress or _no_progress
        data = self.case_card_data(actor, case_no)
        report(30)
        from counselor_app.reporting.case_card import render_case_card

        pdf, pages = render_case_card(
            data, self._codelists, self._fonts_dir, progress=lambda p: report(30 + p * 65 // 100)
        )
        assert data.case.id is not None
        self._audit.record_now(
            actor, "print", "case", data.case.id, report="case_card", case_no=data.case.case_no, pages=pages
        )
        report(100)
        return RenderedReport(
            kind="case_card",
            reference=data.case.case_no or str(data.case.id),
            title=f"相談カード {data.case.case_no}",
            pdf=pdf,
            pages=pages,
            file_name=f"case-{data.case.case_no}.pdf",
            entity="case",
            entity_id=str(data.case.id),
        )

    def record_printed(self, actor: Actor, rendered: RenderedReport, pages: int, *, output: str = "printer") -> None:
        """Audit another copy of a produced PDF: on paper (``printer``) or saved as a ``file``."""
        self._audit.record_now(
            actor,
            "print",
            rendered.entity,
            rendered.entity_id,
            report=rendered.kind,
            output=output,
            pages=pages,
        )

    # -- the 対応事例集 ---------------------------------------------------------------

    def casebook_report(
        self,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        *,
        per_theme: int = DEFAULT_PER_THEME,
        office_code: str | None = None,
        progress: Progress | None = None,
    ) -> CasebookReport:
        """The anonymised examples of approved cases received from ``start`` to ``end`` (inclusive).

        Selection rules: domain/casebook_report.py.

        Raises:
            PermissionDeniedError: a counselor asked, or the office is outside the actor's reach.
            ValidationError: a bad period or ``per_theme``.
        """
        if not actor.is_supervisor:
            raise PermissionDeniedError("対応事例集は所長・主任相談員が作成します", where=actor.login)
        if end < start:
            raise ValidationError("期間の終わりが始まりより前です", where="--to")
        if not 1 <= per_theme <= MAX_PER_THEME:
            raise ValidationError(f"テーマごとの件数は 1〜{MAX_PER_THEME} で指定してください", where="--per-theme")
        report = progress or _no_progress
        offices = self._offices()
        scope = office_scope(actor, offices, office_code)
        with self._db.uow() as uow:
            candidates = uow.reports.casebook_candidates(start, end + dt.timedelta(days=1), scope)
            in_scope = [office for office in offices if scope is None or office.code in scope]
            active = set(uow.reports.offices_with_cases([office.code for office in in_scope]))
            report(10)
            picks = pick_examples(candidates, self._codelists, per_theme)
            chosen = [case_id for pick in picks for case_id in pick.case_ids]
            cases = {}
            for index, case_id in enumerate(chosen, start=1):
                cases[case_id] = uow.cases.get(case_id)
                report(10 + 30 * index // max(len(chosen), 1))
        label, _names = self._office_label(in_scope, active)
        return CasebookReport(
            office_label=label,
            start=start,
            end=end,
            per_theme=per_theme,
            created_at=self._clock.now(),
            created_by=actor.display_name or actor.login,
            eligible=len(candidates),
            sections=sections_of(picks, cases, self._codelists),
        )

    def casebook_pdf(
        self,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        *,
        per_theme: int = DEFAULT_PER_THEME,
        office_code: str | None = None,
        progress: Progress | None = None,
    ) -> RenderedReport:
        """The 対応事例集 as a PDF in memory; producing it is audited as a print (counts, never content)."""
        report = progress or _no_progress
        data = self.casebook_report(actor, start, end, per_theme=per_theme, office_code=office_code, progress=report)
        from counselor_app.reporting.casebook_report import period_label, render_casebook_report

        pdf, pages = render_casebook_report(data, self._fonts_dir, progress=lambda p: report(45 + p * 50 // 100))
        reference = f"{start.isoformat()}_{end.isoformat()}"
        self._audit.record_now(
            actor,
            "print",
            "report",
            f"casebook:{reference}",
            report="casebook",
            eligible=data.eligible,
            examples=data.selected,
            per_theme=per_theme,
            pages=pages,
        )
        report(100)
        return RenderedReport(
            kind="casebook",
            reference=reference,
            title=f"対応事例集（{period_label(data)}）",
            pdf=pdf,
            pages=pages,
            file_name=f"casebook-{reference}.pdf",
            entity="report",
            entity_id=f"casebook:{reference}",
        )

    # -- 情報提供 about a business -------------------------------------------------------

    def business_report(
        self,
        actor: Actor,
        business_id: int,
        *,
        start: dt.date | None = None,
        end: dt.date | None = None,
        listed: int = DEFAULT_LISTED,
        progress: Progress | None = None,
    ) -> BusinessReport:
        """A business (with every record merged into it) and its anonymised cases, patterns and amounts.

        Every office's cases count, as in the business view; ``listed`` newest cases are
        listed (0: all). ``start``/``end`` limit the receipt dates (inclusive).

        Raises:
            PermissionDeniedError: a counselor asked.
            NotFoundError: no such business.
            ValidationError: a bad period or ``listed``.
        """
        if not actor.is_supervisor:
            raise PermissionDeniedError("情報提供の報告書は所長・主任相談員が作成します", where=actor.login)
        if start is not None and end is not None and end < start:
            raise ValidationError("期間の終わりが始まりより前です", where="--to")
        if listed < 0:
            raise ValidationError("掲載する件数は 0 以上です（0 はすべて）", where="--limit")
        report = progress or _no_progress
        profile = self._businesses.profile(actor, business_id)
        business = profile.business
        assert business.id is not None
        group = [business.id, *(record.id for record in profile.merged_records if record.id is not None)]
        offices = self._offices()
        low = None if start is None else dt.datetime.combine(start, dt.time())
        high = None if end is None else dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        report(20)
        with self._db.uow() as uow:
            located = uow.casebook.business_rows(group, low, high)
            fresh = scrub_stale_rows(uow, [row for _office, row in located], [])
        report(50)
        rows = [(office, self._unpacked(row)) for (office, _old), row in zip(located, fresh, strict=True)]
        figures = summarise(rows, self._codelists, {office.code: office.name for office in offices}, listed=listed)
        scope = office_scope(actor, offices)
        in_scope = [office for office in offices if scope is None or office.code in scope]
        with self._db.uow() as uow:
            active = set(uow.reports.offices_with_cases([office.code for office in in_scope]))
        issuer, _names = self._office_label(in_scope, active)
        addresses = [*business.addresses, *(a for record in profile.merged_records for a in record.addresses)]
        urls = [*business.urls, *(u for record in profile.merged_records for u in record.urls)]
        return BusinessReport(
            business_id=business.id,
            business_name=business.display_name,
            other_names=tuple(name for name in profile.names if name != business.display_name),
            corporate_numbers=profile.corporate_numbers,
            phones=profile.phones,
            addresses=tuple(dict.fromkeys(addresses)),
            urls=tuple(dict.fromkeys(urls)),
            issuer=issuer,
            created_at=self._clock.now(),
            created_by=actor.display_name or actor.login,
            start=start,
            end=end,
            figures=figures,
        )

    def _unpacked(self, row: PackedRow) -> CasebookRow:
        return self._layout.unpack(row)

    def business_pdf(
        self,
        actor: Actor,
        business_id: int,
        *,
        start: dt.date | None = None,
        end: dt.date | None = None,
        listed: int = DEFAULT_LISTED,
        progress: Progress | None = None,
    ) -> RenderedReport:
        """The 情報提供 report of a business as a PDF in memory; audited as a print (counts, never content)."""
        report = progress or _no_progress
        data = self.business_report(actor, business_id, start=start, end=end, listed=listed, progress=report)
        from counselor_app.reporting.business_report import render_business_report

        pdf, pages = render_business_report(data, self._fonts_dir, progress=lambda p: report(55 + p * 40 // 100))
        self._audit.record_now(
            actor,
            "print",
            "business",
            data.business_id,
            report="business_information",
            cases=data.figures.case_count,
            listed=len(data.figures.cases),
            pages=pages,
        )
        report(100)
        return RenderedReport(
            kind="business",
            reference=str(data.business_id),
            title=f"情報提供（{data.business_name}）",
            pdf=pdf,
            pages=pages,
            file_name=f"business-{data.business_id}.pdf",
            entity="business",
            entity_id=str(data.business_id),
        )

    # -- dashboard -------------------------------------------------------------------

    def dashboard(self, actor: Actor) -> DashboardFigures:
        """This month's numbers for a supervisor's office and branches (admins: every office)."""
        self._require_supervisor(actor)
        scope = office_scope(actor, self._offices())
        today = self._clock.now().date()
        month = Month.of(today)
        previous = month.shifted(-1)
        with self._db.uow() as uow:
            referrals = uow.reports.referral_tally(month.start, month.end, scope, as_of=today)
            return DashboardFigures(
                month=month,
                cases_this_month=uow.reports.case_count(month.start, month.end, scope),
                cases_previous_month=uow.reports.case_count(previous.start, previous.end, scope),
                pi_related_this_month=uow.reports.pi_related_count(month.start, month.end, scope),
                referrals_open=referrals.open_all,
                referrals_overdue=referrals.overdue_all,
                awaiting_approval=uow.reviews.awaiting_count(scope),
            )

"""Supervisor PDFs from demo data: every number printed equals an independent SQL count (SQLite and PostgreSQL)."""

import datetime as dt
import io
import json
from collections import Counter
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from counselor_app.domain.calendar import wareki
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import NotFoundError, PermissionDeniedError
from counselor_app.domain.report_data import Month
from counselor_app.services.container import Services
from tests.conftest import NOW
from tests.helpers import make_case
from tests.pdf_text import glyphs_missing_from_font, pdf_pages, percent, plain_text, row, section, to_int

ADMIN = Actor(login="root", role="admin", office_code="990001", display_name="管理者")
MONTH = Month(2026, 11)
AGE_ROWS = {
    "U18": "18歳未満",
    "A18": "18・19歳",
    "A20": "20歳代",
    "A30": "30歳代",
    "A40": "40歳代",
    "A50": "50歳代",
    "A60": "60歳代",
    "A70": "70歳以上",
    "A80": "70歳以上",
}
GENDER_COLUMNS = {"M": 0, "F": 1, "O": 3}


@pytest.fixture
def filled(services: Services) -> Services:
    services.demo.generate(ADMIN, 1200, seed=2, end=dt.date(2026, 11, 27))
    return services


class Sql:
    """Independent counts straight from the tables (no repository code)."""

    def __init__(self, services: Services) -> None:
        self.engine = services.db.engine

    def rows(self, sql: str, **params: Any) -> list[Any]:
        with self.engine.connect() as connection:
            return list(connection.execute(text(sql), params))

    def scalar(self, sql: str, **params: Any) -> int:
        return int(self.rows(sql, **params)[0][0] or 0)

    @staticmethod
    def period(month: Month) -> dict[str, dt.datetime]:
        return {
            "start": dt.datetime.combine(month.start, dt.time()),
            "end": dt.datetime.combine(month.end, dt.time()),
        }

    def count(self, month: Month, where: str = "1=1") -> int:
        return self.scalar(
            "SELECT count(*) FROM case_record WHERE deleted_at IS NULL "
            f"AND received_at >= :start AND received_at < :end AND {where}",
            **self.period(month),
        )

    def grouped(self, month: Month, expression: str) -> dict[Any, int]:
        return {
            key: int(n)
            for key, n in self.rows(
                f"SELECT {expression}, count(*) FROM case_record WHERE deleted_at IS NULL "
                f"AND received_at >= :start AND received_at < :end GROUP BY {expression}",
                **self.period(month),
            )
        }

    def amount(self, month: Month, column: str) -> tuple[int, int]:
        total, count = self.rows(
            f"SELECT sum({column}), count({column}) FROM case_record WHERE deleted_at IS NULL "
            f"AND received_at >= :start AND received_at < :end AND {column} > 0",
            **self.period(month),
        )[0]
        return int(total or 0), int(count)


def _check_totals(page: str, sql: Sql) -> None:
    months = (MONTH, MONTH.shifted(-1), MONTH.shifted(-12))
    checks = {
        "受付件数": "1=1",
        "うち苦情": "category = '01'",
        "うち問合せ": "category = '02'",
        "うち要望": "category = '03'",
        "危害": "harm = :yes",
        "危険": "danger = :yes",
        "経由相談": "via_center = :yes",
    }
    for label, where in checks.items():
        printed = row(page, label, 5)
        expected = [
            sql.scalar(
                "SELECT count(*) FROM case_record WHERE deleted_at IS NULL AND received_at >= :start "
                f"AND received_at < :end AND {where}",
                yes=True,
                **sql.period(m),
            )
            for m in months
        ]
        assert [to_int(printed[0]), to_int(printed[1]), to_int(printed[3])] == expected, label
        assert to_int(printed[2]) == expected[0] - expected[1]
        assert to_int(printed[4]) == expected[0] - expected[2]
    elderly = [
        sql.scalar(
            "SELECT count(*) FROM case_record c JOIN party p ON p.case_id = c.id AND p.role = 'party' "
            "WHERE c.deleted_at IS NULL AND c.received_at >= :start AND c.received_at < :end "
            "AND p.age_band IN ('A70', 'A80')",
            **sql.period(m),
        )
        for m in months
    ]
    printed = row(page, "契約当事者70歳以上", 5)
    assert [to_int(printed[0]), to_int(printed[1]), to_int(printed[3])] == elderly
    pi = [
        sql.scalar(
            "SELECT count(*) FROM case_record c JOIN pi_assessment a ON a.case_id = c.id "
            "WHERE c.deleted_at IS NULL AND c.received_at >= :start AND c.received_at < :end "
            "AND a.related = 'yes'",
            **sql.period(m),
        )
        for m in months
    ]
    printed = row(page, "個人情報関連", 5)
    assert [to_int(printed[0]), to_int(printed[1]), to_int(printed[3])] == pi
    for label, column in (("契約購入金額 合計", "contract_amount"), ("既支払金額 合計", "paid_amount")):
        printed = row(page, label, 5)
        assert printed[0].endswith("円")
        assert [to_int(printed[0]), to_int(printed[1]), to_int(printed[3])] == [
            sql.amount(m, column)[0] for m in months
        ]


def _check_amounts(page: str, sql: Sql) -> None:
    body = section(page, "契約購入金額・既支払金額", "受付方法・相談区分")
    lines = [line.split() for line in body.splitlines() if line.strip().startswith(("契約購入金額", "既支払金額"))]
    lines = [parts for parts in lines if len(parts) == 5]
    expected = []
    for label, column in (("契約購入金額", "contract_amount"), ("既支払金額", "paid_amount")):
        for name, month in (("当月", MONTH), ("前月", MONTH.shifted(-1)), ("前年同月", MONTH.shifted(-12))):
            total, count = sql.amount(month, column)
            average = (2 * total + count) // (2 * count) if count else 0
            expected.append([label, name, f"{total:,}円", f"{count:,}", f"{average:,}円"])
    assert lines == expected


def _check_coded(body: str, sql: Sql, column: str, labels: dict[str | None, str]) -> None:
    now, then = sql.grouped(MONTH, column), sql.grouped(MONTH.shifted(-12), column)
    total = sum(now.values())
    for code, label in labels.items():
        printed = row(body, label, 4)
        assert to_int(printed[0]) == now.get(code, 0), (column, label)
        assert printed[1] == percent(now.get(code, 0), total)
        assert to_int(printed[2]) == then.get(code, 0)
        assert to_int(printed[3]) == now.get(code, 0) - then.get(code, 0)
    printed = row(body, "合計", 4)
    assert to_int(printed[0]) == total and to_int(printed[2]) == sum(then.values())


def _check_age_gender(body: str, sql: Sql, services: Services) -> None:
    cells: dict[str, list[int]] = {label: [0, 0, 0, 0] for label in (*AGE_ROWS.values(), "不明")}
    for band, gender, n in sql.rows(
        "SELECT p.age_band, p.gender, count(*) FROM case_record c "
        "LEFT JOIN party p ON p.case_id = c.id AND p.role = 'party' "
        "WHERE c.deleted_at IS NULL AND c.received_at >= :start AND c.received_at < :end "
        "GROUP BY p.age_band, p.gender",
        **sql.period(MONTH),
    ):
        cells[AGE_ROWS.get(band, "不明")][GENDER_COLUMNS.get(gender, 2)] += int(n)
    total = sum(sum(values) for values in cells.values())
    for label, values in cells.items():
        printed = row(body, label, 6)
        assert [to_int(token) for token in printed[:5]] == [*values, sum(values)], label
        assert printed[5] == percent(sum(values), total)


def _check_pi(body: str, sql: Sql) -> None:
    related = {
        key: int(n)
        for key, n in sql.rows(
            "SELECT a.related, count(*) FROM case_record c LEFT JOIN pi_assessment a ON a.case_id = c.id "
            "WHERE c.deleted_at IS NULL AND c.received_at >= :start AND c.received_at < :end GROUP BY a.related",
            **sql.period(MONTH),
        )
    }
    total = sum(related.values())
    for code, label in (("yes", "関連あり"), ("no", "関連なし"), ("undecided", "要確認"), (None, "未判定")):
        printed = row(body, label, 4)
        assert to_int(printed[0]) == related.get(code, 0)
        assert printed[1] == percent(related.get(code, 0), total)
        if related.get(code):
            assert f"{label} {related[code]:,}件（{percent(related[code], total)}）" in body
    issues: Counter[str] = Counter()
    for (raw,) in sql.rows(
        "SELECT a.issues FROM case_record c JOIN pi_assessment a ON a.case_id = c.id "
        "WHERE c.deleted_at IS NULL AND c.received_at >= :start AND c.received_at < :end AND a.related = 'yes'",
        **sql.period(MONTH),
    ):
        issues.update(set(raw if isinstance(raw, list) else json.loads(raw)))
    # Every issue type the month's data has (which ones depends on the demo generator).
    labels = {
        "LEAK": "漏えい・滅失・毀損", "ACQ": "不正・不適正取得／入手経路不明", "PURPOSE": "目的外利用",
        "THIRD": "同意なき第三者提供／名簿売買", "RIGHTS": "開示・訂正・利用停止・消去請求への不対応",
        "MKT": "名簿・DM・勧誘電話", "SPAM": "迷惑メール／SMS", "ONLINE": "ネット上の情報削除",
        "FRAUD_ID": "なりすまし・フィッシング・不正ログイン", "FRAUD_PI": "個人情報を口実にした詐欺",
        "OVER": "過剰反応", "MYNUM": "マイナンバー", "PUBREC": "住民票・戸籍・DV支援措置など",
        "QUESTION": "法律に関する一般的な質問",
    }  # fmt: skip
    assert len(issues) >= 3 and set(issues) <= set(labels), issues
    # Longer labels wrap in the table cell, which the layout text cannot put back together.
    unwrapped = [code for code in issues if len(labels[code]) <= 12]
    assert unwrapped, issues
    for code in unwrapped:
        label = labels[code]
        printed = row(body, label, 4)
        assert to_int(printed[0]) == issues[code]
        assert printed[1] == percent(issues[code], related["yes"])
    assert to_int(row(body, "関連あり件数", 4)[0]) == related["yes"]


def _check_referrals(body: str, sql: Sql) -> None:
    today = NOW.date()
    base = (
        "FROM referral r JOIN case_record c ON c.id = r.case_id WHERE c.deleted_at IS NULL "
        "AND r.date >= :start AND r.date < :end"
    )
    period = {"start": MONTH.start, "end": MONTH.end, "today": today}
    for kind, label in (("TRANSFER", "移送"), ("INTRO", "紹介"), ("INFO", "情報提供・連携")):
        made = sql.scalar(f"SELECT count(*) {base} AND r.kind = :kind", kind=kind, **period)
        still_open = sql.scalar(
            f"SELECT count(*) {base} AND r.kind = :kind AND r.status IN ('UNSENT','SENT','AWAITING')",
            kind=kind,
            **period,
        )
        overdue = sql.scalar(
            f"SELECT count(*) {base} AND r.kind = :kind AND r.status IN ('UNSENT','SENT','AWAITING') "
            "AND r.due_date < :today",
            kind=kind,
            **period,
        )
        assert [to_int(token) for token in row(body, label, 3)] == [made, still_open, overdue], label
    open_all = sql.scalar(
        "SELECT count(*) FROM referral r JOIN case_record c ON c.id = r.case_id "
        "WHERE c.deleted_at IS NULL AND r.status IN ('UNSENT','SENT','AWAITING')"
    )
    overdue_all = sql.scalar(
        "SELECT count(*) FROM referral r JOIN case_record c ON c.id = r.case_id "
        "WHERE c.deleted_at IS NULL AND r.status IN ('UNSENT','SENT','AWAITING') AND r.due_date < :today",
        today=today,
    )
    assert open_all > 0
    assert f"全期間で {open_all:,} 件（うち回答期限超過 {overdue_all:,} 件）" in body


def test_monthly_pdf_numbers_equal_the_database(filled: Services) -> None:
    rendered = filled.reports.monthly_pdf(ADMIN, MONTH)
    pages = pdf_pages(rendered.pdf)
    assert rendered.pages == len(pages) >= 3
    whole = "\n".join(pages)
    sql = Sql(filled)
    assert sql.count(MONTH) > 20 and sql.count(MONTH.shifted(-12)) > 10

    assert "令和8年11月分 消費生活相談 月報（統計）" in whole
    assert "令和8年11月1日〜令和8年11月30日" in whole
    for number, page in enumerate(pages, start=1):
        assert f"{number} / {len(pages)} ページ" in page
    _check_totals(section(whole, "概況", "契約購入金額・既支払金額"), sql)
    _check_amounts(whole, sql)
    both = section(whole, "受付方法・相談区分", "移送・紹介・情報提供")
    _check_coded(
        both.replace("相談区分", "", 1),
        sql,
        "channel",
        {"01": "電話", "02": "来所", "03": "文書", "04": "メール", "05": "その他"},
    )
    _check_referrals(section(whole, "移送・紹介・情報提供", "商品・役務（大分類）"), sql)
    products = section(whole, "商品・役務（大分類）", "販売購入形態")
    _check_coded(
        products,
        sql,
        "substr(product, 1, 2)",
        {"02": "食料品", "28": "運輸・通信サービス", "01": "商品一般", "22": "レンタル・リース・貸借"},
    )
    _check_coded(
        section(whole, "販売購入形態", "契約当事者の年代・性別"),
        sql,
        "sales_form",
        {"01": "店舗購入", "02": "訪問販売", "03": "通信販売", "05": "電話勧誘販売", "09": "不明・無関係"},
    )
    _check_age_gender(section(whole, "契約当事者の年代・性別", "処理結果"), sql, filled)
    _check_coded(
        section(whole, "処理結果", "個人情報関連の相談"),
        sql,
        "result",
        {"01": "助言（自主交渉）", "03": "他機関紹介", "04": "あっせん解決", None: "未入力"},
    )
    _check_pi(section(whole, "個人情報関連の相談", "所属別の受付件数"), sql)
    offices = section(whole, "所属別の受付件数")
    by_office = sql.grouped(MONTH, "office_code")
    for code, count in by_office.items():
        assert to_int(row(offices, f"（{code}）", 4)[0]) == count


def test_category_table_and_flags_of_a_small_month(services: Services, counselor: Actor) -> None:
    services.cases.register(counselor, make_case(category="02", harm=True, received_at=dt.datetime(2026, 11, 2, 9)))
    services.cases.register(counselor, make_case(contract_amount=0, paid_amount=None))
    services.cases.register(counselor, make_case(received_at=dt.datetime(2025, 11, 5, 9), contract_amount=50_001))
    rendered = services.reports.monthly_pdf(ADMIN, MONTH)
    whole = "\n".join(pdf_pages(rendered.pdf))
    overview = section(whole, "概況", "契約購入金額・既支払金額")
    assert [to_int(t) for t in row(overview, "受付件数", 5)] == [2, 0, 2, 1, 1]
    assert [to_int(t) for t in row(overview, "危害", 5)] == [1, 0, 1, 0, 1]
    amounts = section(whole, "契約購入金額・既支払金額", "受付方法・相談区分")
    # 0 yen is not an entered amount: one contract of 12,000 this month, 50,001 a year ago.
    assert "契約購入金額 当月 12,000円 1 12,000円" in " ".join(amounts.split())
    assert "契約購入金額 前年同月 50,001円 1 50,001円" in " ".join(amounts.split())
    assert "既支払金額 当月 3,000円 1 3,000円" in " ".join(amounts.split())
    category = section(whole, "受付方法・相談区分", "移送・紹介・情報提供").split("相談区分", 2)[2]
    assert [to_int(t) for t in row(category, "苦情", 4)[::2]] == [1, 1]
    assert row(category, "問合せ", 4)[:2] == ["1", "50.0%"]
    assert "苦情 1件（50.0%）" in category and "問合せ 1件（50.0%）" in category  # the share bar's legend


def test_a_month_without_cases_still_prints_every_table(services: Services) -> None:
    rendered = services.reports.monthly_pdf(ADMIN, Month(2021, 5))
    whole = "\n".join(pdf_pages(rendered.pdf))
    assert [to_int(t) for t in row(whole, "受付件数", 5)] == [0, 0, 0, 0, 0]
    assert "グラフはありません" in whole
    # Before April 2022 the published age bands were 20歳未満 … その他・不明.
    assert row(whole, "20歳未満", 6) == ["0", "0", "0", "0", "0", "-"]


def test_pdfs_embed_the_japanese_font_and_draw_every_glyph(filled: Services) -> None:
    monthly = filled.reports.monthly_pdf(ADMIN, MONTH)
    case_no = Sql(filled).rows(
        "SELECT case_no FROM case_record WHERE status = 'closed' ORDER BY id DESC LIMIT 1"
    )[0][0]
    card = filled.reports.case_card_pdf(ADMIN, case_no)
    for rendered in (monthly, card):
        reader = PdfReader(io.BytesIO(rendered.pdf))
        for page in reader.pages:
            fonts = [font.get_object() for font in page["/Resources"]["/Font"].values()]
            assert fonts
            for font in fonts:
                assert "IPAexGothic" in str(font["/BaseFont"])
                assert "/FontFile2" in font["/FontDescriptor"].get_object()
        assert glyphs_missing_from_font(plain_text(rendered.pdf)) == set()


def test_monthly_report_scope_permissions_and_audit(filled: Services) -> None:
    branch_supervisor = Actor(login="kato.t", role="supervisor", office_code="990002", display_name="加藤 隆")
    report = filled.reports.monthly_report(branch_supervisor, MONTH)
    assert report.offices == ("さくら市消費生活センター 北支所",)
    assert report.total == Sql(filled).count(MONTH, "office_code = '990002'")
    assert report.by_office is None
    main_supervisor = Actor(login="yamamoto.s", role="supervisor", office_code="990001")
    assert filled.reports.monthly_report(main_supervisor, MONTH).total == Sql(filled).count(MONTH)
    with pytest.raises(PermissionDeniedError):
        filled.reports.monthly_report(branch_supervisor, MONTH, office_code="990001")
    with pytest.raises(PermissionDeniedError):
        filled.reports.monthly_pdf(Actor(login="sato.h", role="counselor", office_code="990001"), MONTH)
    rendered = filled.reports.monthly_pdf(branch_supervisor, MONTH)
    events = filled.audit.history("report", "monthly:2026-11")
    assert [(event.action, event.actor) for event in events] == [("print", "kato.t")]
    assert json.loads(events[0].detail)["pages"] == rendered.pages


def test_case_card_prints_every_field_log_referrals_and_approval(filled: Services) -> None:
    sql = Sql(filled)
    case_id, case_no = sql.rows(
        "SELECT c.id, c.case_no FROM case_record c WHERE c.status = 'closed' AND EXISTS "
        "(SELECT 1 FROM referral r WHERE r.case_id = c.id) AND c.party_same_as_consultant = :no "
        "ORDER BY c.id DESC LIMIT 1",
        no=False,
    )[0]
    supervisor = Actor(login="yamamoto.s", role="supervisor", office_code="990001", display_name="山本 誠")
    case = filled.cases.get(supervisor, case_id, audit_view=False)
    assert case.approved_at is not None
    approver = sql.rows("SELECT display_name FROM app_user WHERE login = :login", login=case.approved_by)[0][0]
    rendered = filled.reports.case_card_pdf(supervisor, case_no)
    words = " ".join(plain_text(rendered.pdf).split())
    compact = words.replace(" ", "")

    assert case.case_no in words and "消費生活相談カード" in words
    assert "決裁欄" in words and all(box in words for box in ("所長", "主任", "担当", "決裁日"))
    assert "決裁済" in words and approver in words and wareki(case.approved_at.date()) in words
    for person in (case.consultant, case.party):
        for value in (person.name, person.phone, person.address, person.postal_code):
            assert value and value.replace(" ", "") in compact, value
    assert case.narrative.replace(" ", "") in compact
    assert case.subject in words
    assert (case.business_name or "").replace(" ", "") in compact
    for entry in case.handling:
        assert entry.text.replace(" ", "") in compact
    for referral in case.referrals:
        name = sql.rows("SELECT name FROM directory_entry WHERE id = :id", id=referral.destination_id)[0][0]
        assert name.replace(" ", "") in compact
    if case.contract_amount:
        assert f"{case.contract_amount:,}円" in words
    assert "取扱注意" in words
    assert [event.action for event in filled.audit.history("case", case_id)][-1] == "print"


def test_case_card_of_an_open_case_shows_the_return_comment(
    services: Services, counselor: Actor, supervisor: Actor
) -> None:
    case = services.cases.register(counselor, make_case(narrative="長い相談概要。" * 900))
    assert case.id is not None and case.case_no is not None
    services.approvals.submit(counselor, case.id)
    services.approvals.return_case(supervisor, case.id, "事業者の連絡先を追記してください")
    rendered = services.reports.case_card_pdf(counselor, case.case_no)
    words = " ".join(plain_text(rendered.pdf).split())
    assert rendered.pages >= 3  # the long narrative continues across pages instead of failing
    assert "未決裁（状態：受付中）" in words
    assert "差し戻しのコメント：事業者の連絡先を追記してください" in words
    assert "決裁に提出" in words and "差し戻し" in words


def test_case_card_access(services: Services, counselor: Actor) -> None:
    other = Actor(login="kato", role="counselor", office_code="271004")
    services.setup.initialise(other, office_code="271004")
    services.setup.initialise(counselor, office_code="131016")
    foreign = services.cases.register(other, make_case(office_code="271004"))
    assert foreign.case_no is not None
    with pytest.raises(PermissionDeniedError):
        services.reports.case_card_pdf(counselor, foreign.case_no)
    with pytest.raises(NotFoundError):
        services.reports.case_card_pdf(counselor, "131016-R8-999999")


def test_dashboard_figures_equal_the_database(filled: Services) -> None:
    figures = filled.reports.dashboard(ADMIN)
    sql = Sql(filled)
    assert figures.month == MONTH
    assert figures.cases_this_month == sql.count(MONTH)
    assert figures.cases_previous_month == sql.count(MONTH.shifted(-1))
    assert figures.pi_related_this_month == sql.scalar(
        "SELECT count(*) FROM case_record c JOIN pi_assessment a ON a.case_id = c.id WHERE c.deleted_at IS NULL "
        "AND c.received_at >= :start AND c.received_at < :end AND a.related = 'yes'",
        **sql.period(MONTH),
    )
    assert figures.awaiting_approval == sql.scalar(
        "SELECT count(*) FROM case_record WHERE status = 'awaiting_approval' AND deleted_at IS NULL"
    )
    assert figures.referrals_overdue == sql.scalar(
        "SELECT count(*) FROM referral WHERE status IN ('UNSENT','SENT','AWAITING') AND due_date < :today",
        today=NOW.date(),
    )
    with pytest.raises(PermissionDeniedError):
        filled.reports.dashboard(Actor(login="sato.h", role="counselor", office_code="990001"))

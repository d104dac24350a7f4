"""情報提供 about a business: anonymised cases, patterns and amounts equal to the database, for a ministry window."""

import datetime as dt
import io
import json
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from counselor_app.domain import casebook as cb
from counselor_app.domain.entities import Actor, Party
from counselor_app.domain.errors import NotFoundError, PermissionDeniedError
from counselor_app.services.container import Services
from tests.helpers import make_case
from tests.pdf_text import glyphs_missing_from_font, plain_text

CALLERS = (
    Party(name="架空 花子", phone="090-0000-1111", email="hanako@example.jp", address="さくら市桜台3丁目5番12号", age_band="A70", gender="F", occupation="03"),
    Party(name="試験 次郎", phone="080-2222-3333", address="さくら市若葉町7-8-9", age_band="A20", gender="M", occupation="04"),
)  # fmt: skip
SECRETS = ("架空", "花子", "0000-1111", "hanako@", "桜台3", "試験", "次郎", "2222-3333", "08022223333", "若葉町7")


@pytest.fixture
def business(services: Services, counselor: Actor, supervisor: Actor) -> int:
    kept = services.businesses.create(
        supervisor, "株式会社テスト通販", phones=["03-1234-5678"],
        addresses=["東京都千代田区霞が関1-1"], urls=["https://shop.example.jp"],
    )  # fmt: skip
    other = services.businesses.create(supervisor, "テスト通販", phones=["0120-000-111"])
    assert kept.id is not None and other.id is not None
    plans = [
        (kept.id, CALLERS[0], dt.datetime(2026, 9, 3, 10), 30_000, 30_000, ("01", "02"), "カクウハナコさんから。連絡先090-0000-1111。"),
        (kept.id, CALLERS[1], dt.datetime(2026, 10, 8, 11), 12_000, None, ("01",), "試験次郎（080-2222-3333）が定期購入に。"),
        (other.id, CALLERS[0], dt.datetime(2026, 11, 2, 9), None, None, ("02",), "花子さん宛に請求書。桜台3-5-12。"),
        (kept.id, CALLERS[1], dt.datetime(2025, 5, 20, 15), 50_000, 20_000, ("01", "02"), "次郎さんが解約を申し出た。"),
    ]  # fmt: skip
    for business_id, caller, received, contract, paid, methods, narrative in plans:
        services.cases.register(
            counselor,
            make_case(
                business_id=business_id, business_name="テスト通販", consultant=caller, received_at=received,
                contract_amount=contract, paid_amount=paid, methods=methods, narrative=narrative,
                subject=f"{caller.name}さんの件",
            ),
        )  # fmt: skip
    services.cases.register(counselor, make_case(narrative="無関係の事業者の相談"))
    services.businesses.merge(supervisor, kept.id, other.id)
    return kept.id


def test_business_report_figures_equal_the_database(services: Services, supervisor: Actor, business: int) -> None:
    report = services.reports.business_report(supervisor, business)
    figures = report.figures
    with services.db.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT c.id, c.contract_amount, c.paid_amount FROM case_record c JOIN business b ON b.id = c.business_id"
                " WHERE (b.id = :id OR b.merged_into_id = :id) AND c.deleted_at IS NULL"
            ),
            {"id": business},
        ).all()
        methods = dict(
            connection.execute(
                text(
                    "SELECT m.code, count(*) FROM case_method m JOIN case_record c ON c.id = m.case_id"
                    " JOIN business b ON b.id = c.business_id WHERE b.id = :id OR b.merged_into_id = :id GROUP BY m.code"
                ),
                {"id": business},
            ).all()
        )
    assert figures.case_count == len(rows) == 4
    contracts = [row[1] for row in rows if row[1] is not None]
    paid = [row[2] for row in rows if row[2] is not None]
    assert (figures.contract.cases, figures.contract.total) == (len(contracts), sum(contracts))
    assert (figures.paid.cases, figures.paid.total) == (len(paid), sum(paid))
    labels = services.reference.codelists["sales_method"]
    assert {tally.label: tally.count for tally in figures.by_method} == {
        labels.label_of(code): count for code, count in methods.items()
    }
    assert [tally.label for tally in figures.by_fiscal_year] == ["令和7年度", "令和8年度"]
    assert [tally.count for tally in figures.by_fiscal_year] == [1, 3]
    assert figures.by_month[-1].label == "2026年11月" and figures.by_month[-1].count == 1
    assert report.other_names == ("テスト通販",) and report.phones == ("03-1234-5678", "0120-000-111")
    # Newest first, captions as the casebook writes them.
    assert [line.caption.split(" ")[0] for line in figures.cases] == [
        "(2026年11月受付", "(2026年10月受付", "(2026年9月受付", "(2025年5月受付"
    ]
    assert figures.cases[0].caption == cb.caption_of(2026, 11, "A70", "F", "03", services.reference.codelists)

    rendered = services.reports.business_pdf(supervisor, business)
    whole = plain_text(rendered.pdf)
    squeezed = re.sub(r"\s+", "", whole)
    for secret in SECRETS:
        assert re.sub(r"\s+", "", secret) not in squeezed, secret
    assert "〔氏名〕" in whole and "〔電話番号〕" in whole
    assert "株式会社テスト通販" in whole and "03-1234-5678" in whole and "https://shop.example.jp" in whole
    assert "相談件数4件" in squeezed
    assert f"合計{figures.contract.total:,}円平均{figures.contract.average:,}円" in squeezed
    assert "全4件を新しい順に掲げます" in squeezed
    assert not glyphs_missing_from_font(whole)
    reader = PdfReader(io.BytesIO(rendered.pdf))
    fonts = {str(font.get_object()["/BaseFont"]) for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("IPAexGothic" in name for name in fonts)


def test_business_report_limits_periods_permissions_and_audit(
    services: Services, counselor: Actor, supervisor: Actor, business: int
) -> None:
    limited = services.reports.business_report(supervisor, business, listed=2)
    assert limited.figures.case_count == 4 and len(limited.figures.cases) == 2
    assert "全4件のうち、新しい2件" in re.sub(r"\s+", "", plain_text(services.reports.business_pdf(supervisor, business, listed=2).pdf))
    fiscal = services.reports.business_report(supervisor, business, start=dt.date(2026, 4, 1), end=dt.date(2026, 10, 31))
    assert fiscal.figures.case_count == 2
    with pytest.raises(PermissionDeniedError):
        services.reports.business_pdf(counselor, business)
    with pytest.raises(NotFoundError):
        services.reports.business_pdf(supervisor, 99_999)
    with services.db.uow() as uow:
        prints = [event for event in uow.audit.chain() if event.action == "print" and event.entity == "business"]
    assert prints and prints[-1].entity_id == str(business)
    detail = json.loads(prints[-1].detail)
    assert detail["report"] == "business_information" and detail["cases"] == 4 and detail["listed"] == 2
    assert "花子" not in prints[-1].detail

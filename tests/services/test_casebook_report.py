"""The 対応事例集 PDF: anonymised examples of approved cases, themes and counts equal to the database (SQLite and PostgreSQL)."""

import dataclasses
import datetime as dt
import io
import json
import re
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from counselor_app.domain import casebook as cb
from counselor_app.domain.entities import Actor, Party, PiAssessment
from counselor_app.domain.errors import PermissionDeniedError, ValidationError
from counselor_app.services.container import Services
from tests.helpers import HANAKO, make_case
from tests.pdf_text import glyphs_missing_from_font, plain_text

ADMIN = Actor(login="root", role="admin", office_code="990001", display_name="管理者")
OLD_FROM, OLD_TO = dt.date(2021, 4, 1), dt.date(2022, 3, 31)

JIRO = Party(name="試験 次郎", phone="080-2222-3333", address="さくら市若葉町7-8-9", age_band="A40", gender="M", occupation="01")
SECRETS = (
    "架空", "花子", "ハナコ", "カクウ", "0000-1111", "00001111", "０９０", "hanako@", "桜台3", "桜台三", "123-4567",
    "昭和28年", "1953", "試験", "次郎", "2222-3333", "08022223333", "若葉町7", "4242 4242",
)  # fmt: skip


def _approved(services: Services, counselor: Actor, supervisor: Actor, case: Any, handling: tuple[tuple[str, str], ...]) -> int:
    stored = services.cases.register(counselor, case)
    assert stored.id is not None
    for counterpart, line in handling:
        services.cases.add_handling(counselor, stored.id, counterpart, line)
    services.approvals.submit(counselor, stored.id)
    services.approvals.approve(supervisor, stored.id)
    return stored.id


@pytest.fixture
def personal_cases(services: Services, counselor: Actor, supervisor: Actor) -> list[int]:
    received = dt.datetime(2021, 6, 14, 10, 0)
    return [
        _approved(
            services,
            counselor,
            supervisor,
            make_case(
                received_at=received,
                consultant=HANAKO,
                subject="架空さんの定期購入",
                narrative=(
                    "カクウハナコ様（昭和28年4月1日生）から。〒123-4567 さくら市桜台三丁目5-12に住む。"
                    "連絡先は０９０−００００−１１１１、hanako@example.jp。カード番号4242 4242 4242 4242で決済した。"
                ),
            ),
            (
                ("consultant", "架空花子さんに解約の方法を説明し、090-0000-1111に折り返した。"),
                ("business", "事業者に連絡し、花子さんの契約の解約を求めた。"),
                ("internal", "所長に報告（所内メモ：架空さん宅は桜台3-5-12）。"),
            ),
        ),
        _approved(
            services,
            counselor,
            supervisor,
            make_case(
                received_at=received + dt.timedelta(days=1),
                consultant=HANAKO,
                party_same_as_consultant=False,
                party=JIRO,
                subject="名簿業者からの勧誘",
                narrative="息子の試験次郎（080-2222-3333）あてに勧誘電話。若葉町7-8-9の住所も知られていた。",
                pi=PiAssessment(related="yes", issues=("ACQ", "LEAK")),
            ),
            (("consultant", "次郎さんに名簿の削除請求の方法を助言した。"),),
        ),
    ]


def _pdf_text(pdf: bytes) -> str:
    return plain_text(pdf)


def test_no_personal_value_of_the_selected_cases_reaches_the_pdf(
    services: Services, supervisor: Actor, personal_cases: list[int]
) -> None:
    report = services.reports.casebook_report(supervisor, OLD_FROM, OLD_TO, per_theme=5)
    assert report.eligible == 2 and report.selected == 2
    rendered = services.reports.casebook_pdf(supervisor, OLD_FROM, OLD_TO, per_theme=5)
    whole = _pdf_text(rendered.pdf)
    squeezed = re.sub(r"\s+", "", whole)
    for secret in SECRETS:
        assert re.sub(r"\s+", "", secret) not in squeezed, secret
    assert "〔氏名〕" in whole and "〔電話番号〕" in whole and "〔住所〕" in squeezed and "〔カード番号〕" in whole
    assert "所内メモ" not in whole  # internal notes are not published
    # Captions are the NCAC line of each case, as the casebook export writes it.
    with services.db.uow() as uow:
        cases = [uow.cases.get(case_id) for case_id in personal_cases]
    for case in cases:
        assert re.sub(r"\s+", "", cb.caption(case, services.reference.codelists)) in squeezed
    assert "(2021年6月受付契約当事者:70歳代、女性、家事従事者)" in squeezed
    assert "(2021年6月受付契約当事者:40歳代、男性、給与生活者)" in squeezed


def test_themes_counts_and_captions_equal_the_database(services: Services) -> None:
    services.demo.generate(ADMIN, 500, seed=9, end=dt.date(2026, 11, 27))
    start, end = dt.date(2025, 4, 1), dt.date(2026, 3, 31)
    lists = services.reference.codelists
    with services.db.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT c.id, c.product, c.approved_at, c.received_at, p.related, p.issues FROM case_record c"
                " LEFT JOIN pi_assessment p ON p.case_id = c.id"
                " WHERE c.received_at >= :start AND c.received_at < :end AND c.deleted_at IS NULL"
                " AND c.status = 'closed' AND c.approved_at IS NOT NULL"
            ),
            {"start": dt.datetime(2025, 4, 1), "end": dt.datetime(2026, 4, 1)},
        ).all()
    expected: dict[str, list[Any]] = {}
    issue_order = list(lists["pi_issue"].codes())
    for case_id, product, approved, received, related, issues in rows:
        if related == "yes":
            codes = json.loads(issues) if isinstance(issues, str) else list(issues or [])
            known = sorted((c for c in codes if c in issue_order), key=issue_order.index)
            title = lists["pi_issue"].label_of(known[0]) if known else "論点の記録なし"
        else:
            top = lists["product"].top_of(product)
            title = top.label if top else "商品・役務の記録なし"
        expected.setdefault(title, []).append((approved, received, case_id))
    report = services.reports.casebook_report(ADMIN, start, end, per_theme=2)
    assert report.eligible == len(rows) > 50
    assert {section.title: section.eligible for section in report.sections} == {
        title: len(members) for title, members in expected.items()
    }
    pdf = services.reports.casebook_pdf(ADMIN, start, end, per_theme=2).pdf
    squeezed = re.sub(r"\s+", "", _pdf_text(pdf))
    assert f"決裁済みの相談{len(rows):,}件" in squeezed
    number = 0
    with services.db.uow() as uow:
        for section in report.sections:
            assert f"決裁済みの相談{section.eligible:,}件のうち、最新の{len(section.examples)}件を掲載" in squeezed
            latest = sorted(expected[section.title], reverse=True)[:2]
            for example, (_approved, _received, case_id) in zip(section.examples, latest, strict=True):
                number += 1
                case = uow.cases.get(case_id)
                assert example.number == number
                assert example.caption == cb.caption(case, lists)
                assert f"事例{number}" in squeezed and re.sub(r"\s+", "", example.caption) in squeezed
    assert report.selected == number


def test_casebook_report_rules_permissions_audit_and_font(
    services: Services, counselor: Actor, supervisor: Actor, personal_cases: list[int]
) -> None:
    with pytest.raises(PermissionDeniedError):
        services.reports.casebook_pdf(counselor, OLD_FROM, OLD_TO)
    with pytest.raises(ValidationError) as bad:
        services.reports.casebook_pdf(supervisor, OLD_FROM, OLD_TO, per_theme=0)
    assert bad.value.where == "--per-theme"
    with pytest.raises(ValidationError):
        services.reports.casebook_pdf(supervisor, OLD_TO, OLD_FROM)
    rendered = services.reports.casebook_pdf(supervisor, OLD_FROM, OLD_TO, per_theme=1)
    assert rendered.kind == "casebook" and rendered.file_name == "casebook-2021-04-01_2022-03-31.pdf"
    reader = PdfReader(io.BytesIO(rendered.pdf))
    fonts = {str(font.get_object()["/BaseFont"]) for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("IPAexGothic" in name for name in fonts)
    assert not glyphs_missing_from_font(_pdf_text(rendered.pdf))
    assert [item.title for item in reader.outline if not isinstance(item, list)][:2] == [
        "第1章　商品・役務別の事例",
        "第2章　個人情報関連の事例",
    ]
    with services.db.uow() as uow:
        events = [event for event in uow.audit.chain() if event.action == "print" and event.entity == "report"]
    assert events[-1].entity_id == "casebook:2021-04-01_2022-03-31"
    detail = json.loads(events[-1].detail)
    assert detail["report"] == "casebook" and detail["eligible"] == 2 and detail["examples"] == 2
    assert "花子" not in events[-1].detail
    # An empty period still prints the cover, the contents and both chapters.
    empty = services.reports.casebook_report(supervisor, dt.date(2019, 4, 1), dt.date(2019, 4, 30))
    assert empty.eligible == 0 and empty.sections == ()
    text_of_empty = _pdf_text(services.reports.casebook_pdf(supervisor, dt.date(2019, 4, 1), dt.date(2019, 4, 30)).pdf)
    assert "該当する決裁済みの事例はありません" in text_of_empty


def test_an_unapproved_case_is_never_an_example(
    services: Services, counselor: Actor, supervisor: Actor, personal_cases: list[int]
) -> None:
    open_case = services.cases.register(counselor, make_case(received_at=dt.datetime(2021, 7, 1, 9, 0), subject="未決裁の件"))
    assert open_case.id is not None
    services.approvals.submit(counselor, open_case.id)
    report = services.reports.casebook_report(supervisor, OLD_FROM, OLD_TO, per_theme=5)
    assert report.eligible == 2
    assert all(example.title != "未決裁の件" for section in report.sections for example in section.examples)
    assert dataclasses.asdict(report)["sections"]

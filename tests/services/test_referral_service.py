"""Referrals: recording with consent, status transitions, due dates, follow-up, statistics and the slip PDF."""

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from counselor_app.domain.entities import Actor, Party
from counselor_app.domain.errors import ConflictError, PermissionDeniedError, StateError, ValidationError
from counselor_app.services.container import Services
from tests.helpers import make_case

CALLER = Party(
    name="架空 一郎",
    phone="090-1234-5678",
    email="ichiro@example.jp",
    address="さくら市桜台1丁目2番3号",
    age=72,
    age_band="A70",
    gender="M",
    occupation="05",
)


@pytest.fixture
def case_id(services: Services, counselor: Actor) -> int:
    narrative = "勧誘の電話が続く。相談者の連絡先は090-1234-5678。名簿業者から番号を入手したらしい。"
    return services.cases.register(counselor, make_case(consultant=CALLER, narrative=narrative)).id


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_transfer_gets_a_business_day_due_date(services: Services, counselor: Actor, case_id: int) -> None:
    referral = services.referrals.record(
        counselor, case_id, destination_id="N01", kind="TRANSFER", date=dt.date(2026, 4, 30), method="PHONE"
    )
    # Ten business days from Thu 30 April 2026 skip Golden Week (2–6 May) and weekends: Tue 19 May.
    assert referral.due_date == dt.date(2026, 5, 19)
    assert referral.status == "UNSENT" and referral.version == 1
    intro = services.referrals.record(counselor, case_id, destination_id="BUSINESS_SELF", kind="INTRO")
    assert intro.due_date is None


def test_each_forward_transition_and_reply(services: Services, counselor: Actor, case_id: int) -> None:
    referral = services.referrals.record(counselor, case_id, destination_id="N01", kind="TRANSFER")
    referral = services.referrals.transition(counselor, referral.id, "SENT", expected_version=referral.version)
    referral = services.referrals.transition(counselor, referral.id, "AWAITING", expected_version=referral.version)
    with pytest.raises(StateError, match="回答の内容"):
        services.referrals.transition(counselor, referral.id, "REPLIED", expected_version=referral.version)
    referral = services.referrals.transition(
        counselor, referral.id, "REPLIED", expected_version=referral.version, reply_text="事業者に指導したとの回答"
    )
    assert referral.reply_date == services.clock.now().date()
    referral = services.referrals.transition(counselor, referral.id, "DONE", expected_version=referral.version)
    assert referral.status == "DONE" and referral.version == 5
    actions = [event.action for event in services.audit.history("referral", referral.id)]
    assert actions == ["create", "update", "update", "update", "update"]


@pytest.mark.parametrize(("first", "back"), [("DONE", "UNSENT"), ("REPLIED", "SENT"), ("SENT", "SENT")])
def test_backward_moves_are_refused(services: Services, counselor: Actor, case_id: int, first: str, back: str) -> None:
    referral = services.referrals.record(counselor, case_id, destination_id="N01", kind="TRANSFER")
    referral = services.referrals.transition(
        counselor, referral.id, first, expected_version=referral.version, reply_text="回答"
    )
    with pytest.raises(StateError, match="戻す"):
        services.referrals.transition(counselor, referral.id, back, expected_version=referral.version)


def test_stale_version_is_a_conflict(services: Services, counselor: Actor, case_id: int) -> None:
    referral = services.referrals.record(counselor, case_id, destination_id="N01", kind="TRANSFER")
    services.referrals.transition(counselor, referral.id, "SENT", expected_version=1)
    with pytest.raises(ConflictError):
        services.referrals.transition(counselor, referral.id, "AWAITING", expected_version=1)


def test_retired_destination_is_refused_with_its_successor(services: Services, counselor: Actor, case_id: int) -> None:
    with pytest.raises(ValidationError, match="廃止.*消費者庁"):
        services.referrals.record(counselor, case_id, destination_id="M03", kind="TRANSFER")
    # Recording a historic referral on a date the body existed is allowed.
    old = services.referrals.record(counselor, case_id, destination_id="M03", kind="INFO", date=dt.date(2008, 6, 2))
    assert old.destination_id == "M03"


def test_scope_without_consent_is_refused(services: Services, counselor: Actor, case_id: int) -> None:
    with pytest.raises(ValidationError) as info:
        services.referrals.record(counselor, case_id, destination_id="N01", kind="TRANSFER", consent_scope=("name",))
    assert info.value.where == "consent_scope"


def test_slip_without_consent_contains_no_caller_identity(services: Services, counselor: Actor, case_id: int) -> None:
    referral = services.referrals.record(
        counselor, case_id, destination_id="N01", kind="TRANSFER", request="名簿の入手経路について確認をお願いします"
    )
    text = _pdf_text(services.referrals.slip_pdf(counselor, referral.id))
    for secret in ("架空", "一郎", "090-1234-5678", "09012345678", "ichiro@example.jp", "桜台"):
        assert secret not in text.replace(" ", "")
    assert "本人同意なし" in text
    assert "移送票" in text and "個人情報保護委員会" in text
    assert "名簿の入手経路" in text


def test_slip_without_consent_hides_the_caller_written_differently_in_the_narrative(
    services: Services, counselor: Actor
) -> None:
    narrative = (
        "カクウ イチロウさん（架空一郎）から。ｶｸｳさんの携帯は０９０（１２３４）５６７８、"
        "自宅はさくら市桜台一丁目2-3。メール ichiro@example.jp に事業者から連絡があった。"
    )
    case = services.cases.register(
        counselor,
        make_case(consultant=dataclasses.replace(CALLER, name_kana="カクウ イチロウ"), subject="架空様の件", narrative=narrative),
    )
    assert case.id is not None
    referral = services.referrals.record(counselor, case.id, destination_id="N01", kind="TRANSFER")
    text = _pdf_text(services.referrals.slip_pdf(counselor, referral.id))
    squeezed = "".join(text.split())
    for secret in ("架空", "一郎", "カクウ", "ｶｸｳ", "イチロウ", "1234", "１２３４", "5678", "５６７８", "ichiro", "桜台"):
        assert secret not in squeezed, secret
    assert "〔氏名〕" in text and "〔電話番号〕" in text and "〔住所〕" in squeezed and "〔メール〕" in text
    assert "事業者から連絡があった" in squeezed  # the rest of the narrative stays


def test_slip_with_consent_keeps_only_the_consented_values_in_the_narrative(
    services: Services, counselor: Actor
) -> None:
    narrative = "架空一郎さんの連絡先は090-1234-5678、メールはichiro@example.jp、自宅は桜台1丁目2番3号。"
    case = services.cases.register(counselor, make_case(consultant=CALLER, narrative=narrative))
    assert case.id is not None
    referral = services.referrals.record(
        counselor, case.id, destination_id="N01", kind="INTRO", consent=True, consent_scope=("name", "phone")
    )
    with services.db.uow() as uow:
        stored = uow.cases.get(case.id)
    from counselor_app.domain.referrals import slip_text

    summary = slip_text(stored, referral)
    assert "架空一郎" in summary and "090-1234-5678" in summary
    assert "ichiro" not in summary and "桜台" not in summary
    assert "〔メール〕" in summary and "〔住所〕" in summary


def test_slip_with_consent_shows_only_the_scope(services: Services, counselor: Actor, case_id: int) -> None:
    referral = services.referrals.record(
        counselor, case_id, destination_id="N01", kind="INTRO", consent=True, consent_scope=("name", "phone")
    )
    assert referral.shared_fields == ("name", "phone")
    text = _pdf_text(services.referrals.slip_pdf(counselor, referral.id)).replace(" ", "")
    assert "架空一郎" in text and "090-1234-5678" in text
    assert "ichiro@example.jp" not in text and "桜台" not in text
    assert "紹介票" in text
    assert [event.action for event in services.audit.history("referral", referral.id)][-1] == "print"


def test_slip_embeds_the_japanese_font(services: Services, counselor: Actor, case_id: int) -> None:
    referral = services.referrals.record(counselor, case_id, destination_id="N09", kind="INFO")
    reader = PdfReader(io.BytesIO(services.referrals.slip_pdf(counselor, referral.id)))
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("IPAexGothic" in name for name in fonts)


def test_follow_up_lists_and_overdue(services: Services, counselor: Actor, supervisor: Actor, case_id: int) -> None:
    late = services.referrals.record(
        counselor, case_id, destination_id="N01", kind="TRANSFER", date=dt.date(2026, 10, 1)
    )
    services.referrals.record(counselor, case_id, destination_id="N09", kind="INFO")
    colleague = Actor(login="suzuki", role="counselor", office_code="131016")
    assert [row.referral.id for row in services.referrals.follow_up(counselor, overdue_only=True)] == [late.id]
    assert len(services.referrals.follow_up(counselor)) == 2
    assert services.referrals.follow_up(colleague) == []
    assert len(services.referrals.follow_up(supervisor)) == 2
    assert services.stats.stats()["referrals"]["overdue"] == 1


def test_statistics_count_on_time_answers(services: Services, counselor: Actor, supervisor: Actor, case_id: int) -> None:
    early = services.referrals.record(counselor, case_id, destination_id="N01", kind="TRANSFER", date=dt.date(2026, 11, 2))
    services.referrals.transition(counselor, early.id, "REPLIED", expected_version=1, reply_text="回答", reply_date=dt.date(2026, 11, 5))
    late = services.referrals.record(counselor, case_id, destination_id="N01", kind="TRANSFER", date=dt.date(2026, 10, 1))
    services.referrals.transition(counselor, late.id, "REPLIED", expected_version=1, reply_text="回答", reply_date=dt.date(2026, 11, 20))
    services.referrals.record(counselor, case_id, destination_id="BUSINESS_SELF", kind="INTRO", date=dt.date(2026, 11, 3))
    with pytest.raises(PermissionDeniedError):
        services.referrals.statistics(counselor, dt.date(2026, 4, 1), dt.date(2027, 3, 31))
    stats = services.referrals.statistics(supervisor, dt.date(2026, 4, 1), dt.date(2027, 3, 31))
    by_key = {(row[0], row[2]): row for row in stats.rows}
    assert by_key[("N01", "TRANSFER")][3:] == (2, 2, 1)
    assert by_key[("BUSINESS_SELF", "INTRO")][3:] == (1, 0, 0)
    assert stats.answered_in_time_share == 0.5

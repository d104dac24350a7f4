"""A whole intake typed with the keyboard only, from Ctrl+N to Ctrl+S; every field is checked in the database."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counselor_app.domain.entities import Actor
from counselor_app.services.container import Services, build_services
from counselor_app.ui.desk import Desk
from tests.ui.intake_helpers import FakePrompter, Keyboard

K = Qt.Key


@pytest.fixture
def desk(services: Services, counselor: Actor, qtbot):  # type: ignore[no-untyped-def]
    services.businesses.create(counselor, "株式会社テスト通販", corporate_number=None)
    desk = Desk(services, counselor, prompter=FakePrompter())
    qtbot.addWidget(desk.main_window)
    qtbot.addWidget(desk.workspace)
    desk.main_window.resize(1366, 768)
    desk.show()
    desk.main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.main_window, timeout=3000)
    yield desk
    desk.workspace.shutdown()


def test_full_intake_by_keyboard_saves_every_field(desk: Desk, db, reference, clock, counselor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    kb = Keyboard(qtbot)
    kb.ctrl(K.Key_N)  # 新しい相談
    qtbot.waitUntil(lambda: desk.workspace.current_intake() is not None, timeout=3000)
    intake = desk.workspace.current_intake()
    assert intake is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.workspace, timeout=3000)
    kb.wait_focus("channel")

    # 1 受付: channel and 相談区分 by substring, flags by Space, date and time typed over the defaults.
    kb.ime("電")
    assert intake.reception.channel.popup_codes() == ["01"]
    kb.enter()
    kb.tab()
    kb.ime("苦")
    kb.enter()
    kb.tab()
    assert kb.name() == "harm"
    kb.key(K.Key_Space)
    kb.tab(2)
    assert kb.name() == "via_center"
    kb.key(K.Key_Space)
    kb.alt(K.Key_D)  # 受付日時(&D)
    kb.wait_focus("received_at.date")
    kb.ctrl(K.Key_A)
    kb.type("2026/11/26")
    kb.tab()
    assert kb.name() == "received_at.time"
    kb.ctrl(K.Key_A)
    kb.ime("０９：１５")
    kb.ctrl(K.Key_Return)

    # 2 相談者
    kb.wait_focus("consultant.name")
    kb.ime("架空 花子")
    kb.tab()
    kb.ime("カクウ ハナコ")
    kb.tab()
    kb.type("090-1234-5678")
    kb.tab()
    kb.type("hanako@example.jp")
    kb.tab()
    kb.type("100-0001")
    kb.tab()
    kb.ime("千代田区千代田1-1")
    kb.tab()
    assert kb.name() == "consultant.age"
    kb.ime("７２歳")  # full-width digits; the band follows the age
    assert intake.consultant_step.age_band.code() == "A70"
    kb.tab(2)
    assert kb.name() == "consultant.birth_date"
    kb.tab()
    kb.ime("ｼﾞｮ")  # half-width katakana matches nothing: the list offers no entry
    assert intake.consultant_step.gender.popup_codes() == []
    kb.ctrl(K.Key_A)
    kb.ime("女")
    kb.enter()
    kb.tab()
    kb.ime("家事")
    kb.enter()
    kb.tab()
    kb.ime("東京")
    kb.enter()
    kb.tab()
    kb.ime("千代田区")
    kb.ctrl(K.Key_Return)

    # 3 契約当事者: one keystroke.
    kb.wait_focus("party_same_as_consultant")
    kb.key(K.Key_Space)
    kb.ctrl(K.Key_Return)

    # 4 事業者: the registry answers while typing; Enter takes the first suggestion.
    kb.wait_focus("business_name")
    kb.ime("ﾃｽﾄ通")
    picker = intake.business_step.picker
    qtbot.waitUntil(picker.popup_visible, timeout=3000)
    assert "株式会社テスト通販" in picker.suggestions()[0]
    kb.enter()
    assert picker.business() is not None
    kb.ctrl(K.Key_Return)

    # 5 商品・役務 / 販売購入形態 / 手口 (several) / キーワード
    kb.wait_focus("product")
    kb.ime("けんこう")  # no reading-based match: nothing offered for hiragana of a kanji label
    assert intake.classification_step.product.popup_codes() == []
    kb.ctrl(K.Key_A)
    kb.ime("健康食")
    kb.enter()
    kb.tab()
    kb.ime("通信")
    kb.enter()
    kb.tab()
    kb.ime("定期")
    kb.enter()
    kb.ime("いんたーねっと")  # hiragana finds the katakana label
    kb.enter()
    kb.tab(2)  # past the chips
    assert kb.name() == "keywords"
    kb.ime("解約")
    kb.enter()
    kb.ctrl(K.Key_Return)

    # 6 相談内容: amounts in 全角 and 「1万2千円」.
    kb.wait_focus("subject")
    kb.ime("定期購入の解約")
    kb.tab()
    kb.ime("SNS広告で初回500円の健康食品を注文したら定期購入だった。解約したい。")
    kb.tab()
    kb.ime("１万２千円")
    kb.tab()
    kb.type("3000")
    kb.tab()
    kb.ime("クレジット")
    kb.enter()
    kb.ctrl(K.Key_Return)

    # 7 個人情報: the counselor's own judgement.
    qtbot.waitUntil(lambda: intake.current_step() == 6, timeout=3000)
    kb.alt(K.Key_Y)  # 関連あり(&Y)
    qtbot.waitUntil(lambda: intake.pi_step.related_code() == "yes", timeout=3000)
    kb.alt(K.Key_I)  # 論点(&I)
    kb.wait_focus("pi.issues")
    kb.ime("名簿・")
    kb.enter()
    kb.tab(2)
    kb.ime("民間")
    kb.enter()
    kb.tab()
    kb.ime("通信販売")
    kb.enter()
    kb.ctrl(K.Key_Return)

    # 8 処理・移送: two log lines (one to the business), then 処理結果.
    kb.wait_focus("handling.text")
    kb.ime("解約の方法を助言した")
    kb.enter()
    kb.key(K.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert kb.name() == "handling.counterpart"
    kb.ctrl(K.Key_A)
    kb.ime("事業")
    kb.enter()
    kb.tab()
    kb.ime("事業者に解約の受付を確認した")
    kb.enter()
    kb.tab()
    assert kb.name() == "result"
    kb.ime("助言")
    kb.enter()
    kb.ctrl(K.Key_Return)

    # 9 確認: nothing missing; save.
    qtbot.waitUntil(lambda: intake.current_step() == 8, timeout=3000)
    assert intake.review_step.problems.count() == 0, [
        intake.review_step.problems.item(i).text() for i in range(intake.review_step.problems.count())
    ]
    kb.ctrl(K.Key_S)
    qtbot.waitUntil(lambda: intake.case_id() is not None, timeout=3000)

    # Read back through a second, independent connection: every field as typed.
    fresh = build_services(db, reference, clock)
    case = fresh.cases.get(counselor, intake.case_id(), audit_view=False)
    business = fresh.businesses.suggest("テスト通販")[0].business
    assert case.case_no == "131016-R8-000001" and case.version == 1 and case.status == "open"
    assert case.received_at == dt.datetime(2026, 11, 26, 9, 15)
    assert (case.channel, case.category, case.harm, case.danger, case.via_center) == ("01", "01", True, False, True)
    c = case.consultant
    assert (c.name, c.name_kana, c.phone, c.email, c.postal_code, c.address) == (
        "架空 花子", "カクウ ハナコ", "090-1234-5678", "hanako@example.jp", "100-0001", "千代田区千代田1-1",
    )
    assert (c.age, c.age_band, c.birth_date, c.gender, c.occupation, c.prefecture, c.municipality) == (
        72, "A70", None, "F", "03", "13", "千代田区",
    )
    assert case.party_same_as_consultant and case.party.relation == "01" and case.party.name == "架空 花子"
    assert (case.business_id, case.business_name) == (business.id, "株式会社テスト通販")
    assert (case.product, case.sales_form, set(case.methods), case.keywords) == ("0201", "03", {"01", "02"}, ("08",))
    assert case.subject == "定期購入の解約"
    assert case.narrative == "SNS広告で初回500円の健康食品を注文したら定期購入だった。解約したい。"
    assert (case.contract_amount, case.paid_amount, case.payment) == (12000, 3000, "02")
    assert case.pi is not None
    assert (case.pi.related, case.pi.issues, case.pi.holder, case.pi.sector) == ("yes", ("MKT",), "PRIV", "MAILORDER_EC")
    assert case.pi.assessed_by == "sato" and case.pi.assessed_at == clock.now()
    assert [(e.at, e.counterpart, e.text, e.created_by) for e in case.handling] == [
        (dt.datetime(2026, 11, 27, 10, 30), "consultant", "解約の方法を助言した", "sato"),
        (dt.datetime(2026, 11, 27, 10, 30), "business", "事業者に解約の受付を確認した", "sato"),
    ]
    assert case.result == "01" and case.counselor == "sato" and case.related_case_uuid is None
    # Saved: the draft is gone and the list shows the case.
    assert fresh.drafts.pending(counselor) == []
    assert desk.main_window.model.rowCount() == 1

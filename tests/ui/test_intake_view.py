"""The intake's behaviour a counselor notices: inline checks, pickers, autosave, restore, conflicts between desks."""

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counselor_app.domain.entities import Actor
from counselor_app.services.container import Services, build_services
from counselor_app.ui.intake.intake_view import IntakeView
from counselor_app.ui.widgets.code_picker import CodeMultiPicker, CodePicker
from counselor_app.ui.widgets.text_inputs import AmountInput, DateInput
from tests.helpers import make_case
from tests.ui.intake_helpers import Keyboard

K = Qt.Key


def _show(qtbot, view: IntakeView) -> IntakeView:  # type: ignore[no-untyped-def]
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    return view


def test_inline_checks_follow_the_rules_without_dialogs(services: Services, counselor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _show(qtbot, IntakeView(services, counselor))
    view.reception.category.set_code("01")  # 苦情: party attributes, product, sales form, result required
    view.reception.date_input.set_text("2026/02/30")
    view.content_step.contract_amount.set_text("1万円")
    view.content_step.paid_amount.set_text("１２，０００円")
    view.consultant_step.age.set_text("72")
    view.consultant_step.age_band.set_code("A30")
    view.refresh_problems()
    reception, consultant, content = view.reception, view.consultant_step, view.content_step
    assert reception.message_text("received_at").endswith("存在しない日付です")
    assert "既支払金額が契約購入金額を超えています" in content.message_text("paid_amount")
    assert "年齢と年代が合いません" in consultant.message_text("consultant.age_band")
    assert "商品・役務が未入力です" in view.classification_step.message_text("product")
    assert "処理結果が未入力です" in view.handling_step.message_text("result")
    assert "相談概要を入力してください" in content.message_text("narrative")
    assert "●" in view.step_list.item(0).text()  # the step list marks steps with errors
    # A future date is an error too; fixing it clears the message.
    reception.date_input.set_text("2027/01/05")
    view.refresh_problems()
    assert "受付日時が未来になっています" in reception.message_text("received_at")
    reception.date_input.set_text("R8.11.27")
    view.refresh_problems()
    assert reception.message_text("received_at") == ""
    # 問合せ needs fewer fields: no product/sales form required.
    view.reception.category.set_code("02")
    view.refresh_problems()
    assert view.classification_step.message_text("product") == ""
    # Ctrl+S with an error does not save; it says why, next to the button, and moves to the field.
    kb = Keyboard(qtbot)
    view.go_to_step(0)
    kb.ctrl(K.Key_S)
    assert view.case_id() is None
    assert "保存できません" in view.message_label.text()
    assert kb.name() == "narrative"


def test_same_as_consultant_routes_party_checks_to_the_consultant(services: Services, counselor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _show(qtbot, IntakeView(services, counselor))
    view.reception.category.set_code("01")
    view.party_step.same.setChecked(True)
    view.refresh_problems()
    assert "契約当事者の年代が未入力です" in view.consultant_step.message_text("consultant.age_band")
    view.consultant_step.age.set_text("45")
    view.consultant_step._derive_band()
    view.refresh_problems()
    assert view.consultant_step.message_text("consultant.age_band") == ""


def test_pickers_fold_width_and_kana_and_match_substrings(services: Services, qtbot) -> None:  # type: ignore[no-untyped-def]
    lists = services.reference.codelists
    picker = CodePicker(lists["sales_method"])
    qtbot.addWidget(picker)
    picker.show()
    picker.setFocus()
    kb = Keyboard(qtbot)
    for typed in ("ｲﾝﾀｰﾈｯﾄ", "いんたーねっと", "インターネット", "ネット通"):
        picker.edit.clear()
        kb.qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.edit, timeout=2000)
        kb.ime(typed)
        assert picker.popup_codes()[0] == "01", typed
    kb.key(K.Key_Escape)  # Esc closes the list
    assert not picker.popup_visible()
    kb.key(K.Key_Escape)  # a second Esc puts the chosen label back (none chosen: empty)
    assert picker.edit.text() == ""
    kb.key(K.Key_Down)  # Down on an empty field shows the whole list
    assert len(picker.popup_codes()) == len(lists["sales_method"].items)
    kb.key(K.Key_Down)
    kb.enter()
    assert picker.code() == lists["sales_method"].items[1].code
    # Codes work too, exact code first.
    picker.edit.clear()
    kb.type("12")
    assert picker.popup_codes()[0] == "12"

    product = CodePicker(lists["product"])
    qtbot.addWidget(product)
    product.show()
    product.setFocus()
    kb.qtbot.waitUntil(lambda: QApplication.focusWidget() is product.edit, timeout=2000)
    kb.ime("食料")  # a 大分類 brings its 小分類 with it (path matching)
    assert product.popup_codes()[:2] == ["02", "0201"]
    kb.key(K.Key_Down)
    kb.enter()
    assert product.edit.text() == "食料品 > 健康食品"


def test_multi_picker_adds_and_removes_with_keys(services: Services, qtbot) -> None:  # type: ignore[no-untyped-def]
    multi = CodeMultiPicker(services.reference.codelists["sales_method"])
    qtbot.addWidget(multi)
    multi.show()
    multi.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is multi.picker.edit, timeout=2000)
    kb = Keyboard(qtbot)
    kb.ime("定期")
    kb.enter()
    kb.ime("無料")
    kb.enter()
    assert multi.codes() == ("02", "07")
    assert "02" not in multi.picker.popup_codes()  # chosen ones are not offered again
    kb.key(K.Key_Backspace)  # empty field: removes the last chip
    assert multi.codes() == ("02",)


def test_amount_and_date_inputs_read_what_counselors_type(qtbot) -> None:  # type: ignore[no-untyped-def]
    amount = AmountInput()
    qtbot.addWidget(amount)
    for text, value in (("１２，０００円", 12000), ("1万2千円", 12000), ("3.5万", 35000), ("", None)):
        amount.set_text(text)
        assert amount.amount() == value and amount.error() is None
    amount.set_text("たくさん")
    assert amount.amount() is None and amount.error()
    date = DateInput()
    qtbot.addWidget(date)
    date.set_text("R8.11.27")
    assert date.date() == dt.date(2026, 11, 27) and date.echo.text() == "令和8年11月27日（金）"


def test_drafts_autosave_on_step_change_and_on_the_timer_and_restore(services: Services, counselor: Actor, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _show(qtbot, IntakeView(services, counselor, autosave_seconds=1))
    kb = Keyboard(qtbot)
    view.go_to_step(5)
    kb.wait_focus("subject")
    kb.ime("定期購入")
    assert services.drafts.pending(counselor) == []
    view.go_to_step(6)  # a step change writes the draft at once
    drafts = services.drafts.pending(counselor)
    assert len(drafts) == 1 and drafts[0].case().subject == "定期購入"
    view.go_to_step(5)
    kb.wait_focus("subject")
    kb.ime("の解約")
    view.content_step.contract_amount.set_text("1万2")  # unfinished text is kept as typed
    view.content_step.contract_amount.edited.emit()
    qtbot.waitUntil(lambda: services.drafts.pending(counselor)[0].case().subject == "定期購入の解約", timeout=3000)
    draft = services.drafts.pending(counselor)[0]
    assert draft.payload["step"] == 5

    restored = _show(qtbot, IntakeView(services, counselor, draft=draft))
    assert restored.content_step.subject.text() == "定期購入の解約"
    assert restored.content_step.contract_amount.text() == "1万2"
    assert restored.current_step() == 5 and restored.has_unsaved_changes()
    assert restored.draft_key == view.draft_key
    view.stop_autosave()


def _two_desks(db, reference, clock):  # type: ignore[no-untyped-def]
    desk_a = build_services(db, reference, clock)
    desk_b = build_services(db, reference, clock)
    desk_a.setup.initialise(Actor(login="setup", role="admin", office_code="131016"), office_code="131016")
    return desk_a, desk_b


def test_second_desk_gets_a_conflict_with_both_versions_and_nothing_overwritten(db, reference, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    desk_a, desk_b = _two_desks(db, reference, clock)
    sato = Actor(login="sato", role="counselor", office_code="131016")
    suzuki = Actor(login="suzuki", role="counselor", office_code="131016")
    case = desk_a.cases.register(sato, make_case())
    view_a = _show(qtbot, IntakeView(desk_a, sato, case=desk_a.cases.get(sato, case.id)))
    view_b = _show(qtbot, IntakeView(desk_b, suzuki, case=desk_b.cases.get(suzuki, case.id)))
    view_a.content_step.subject.setText("Aの件名")
    view_a.save_draft()
    view_b2 = _show(qtbot, IntakeView(desk_b, suzuki, case=desk_b.cases.get(suzuki, case.id)))
    assert "sato さんがこの相談を編集中" in view_b2.others_banner.text()  # warned before any conflict
    assert view_a.save() is not None
    clock.advance(minutes=2)
    view_b.content_step.subject.setText("Bの件名")
    view_b.content_step.paid_amount.set_text("5000")
    assert view_b.save() is None
    # Refused and reported: who saved first, and both versions side by side.
    assert view_b.conflict_panel.isVisible()
    assert "sato が" in view_b.conflict_panel.message.text()
    rows = {label: (mine, theirs) for label, mine, theirs in view_b.conflict_panel.rows()}
    assert rows["件名"] == ("Bの件名", "Aの件名")
    assert rows["既支払金額"] == ("5,000円", "3,000円")
    assert desk_a.cases.get(sato, case.id).subject == "Aの件名"  # nothing overwritten
    assert view_b.content_step.subject.text() == "Bの件名"  # mine still on screen
    mine_kept = [d for d in desk_b.drafts.pending(suzuki) if d.case_id == case.id]
    assert mine_kept and mine_kept[0].case().subject == "Bの件名"  # and in the database

    # Taking theirs keeps mine as a separate draft; the form shows what is stored.
    view_b.take_theirs()
    assert view_b.content_step.subject.text() == "Aの件名" and not view_b.conflict_panel.isVisible()
    kept = [d for d in desk_b.drafts.pending(suzuki) if d.key.startswith("conflict-")]
    assert len(kept) == 1 and kept[0].case().subject == "Bの件名"
    for view in (view_a, view_b, view_b2):
        view.stop_autosave()


def test_saving_mine_after_seeing_the_conflict_is_explicit(db, reference, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    desk_a, desk_b = _two_desks(db, reference, clock)
    sato = Actor(login="sato", role="counselor", office_code="131016")
    suzuki = Actor(login="suzuki", role="counselor", office_code="131016")
    case = desk_a.cases.register(sato, make_case())
    desk_a.cases.save(sato, dataclasses.replace(desk_a.cases.get(sato, case.id), subject="Aの件名"))
    view_b = _show(qtbot, IntakeView(desk_b, suzuki, case=case))  # an outdated copy (version 1)
    view_b.content_step.subject.setText("Bの件名")
    assert view_b.save() is None
    saved = view_b.save_mine_over_theirs()
    assert saved is not None and saved.version == 3
    assert desk_a.cases.get(sato, case.id).subject == "Bの件名"
    updates = [e.actor for e in desk_a.audit.history("case", case.id) if e.action == "update"]
    assert updates == ["sato", "suzuki"]
    view_b.stop_autosave()


def test_reconsultation_prefills_people_and_business_and_links(services: Services, counselor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    earlier = services.cases.register(counselor, make_case(business_name="さくら通販"))
    view = _show(qtbot, IntakeView(services, counselor))
    view.start_reconsultation(earlier)
    assert view.reception.related_no.text() == earlier.case_no
    assert view.consultant_step.name.text() == "架空 花子"
    view.content_step.narrative.setPlainText("前回の件で、また請求が来た。")
    view.content_step.subject.setText("再度の請求")
    stored = view.save()
    assert stored is not None and stored.related_case_uuid == earlier.uuid
    _earlier, later = services.cases.related(counselor, services.cases.get(counselor, earlier.id))
    assert [row.id for row in later] == [stored.id]
    # Typing an unknown earlier number is an inline error, not a dialog.
    other = _show(qtbot, IntakeView(services, counselor))
    other.reception.related_no.setText("131016-R8-999999")
    other.reception.resolve_related()
    other.refresh_problems()
    assert "見つかりません" in other.reception.message_text("related_case_uuid")
    view.stop_autosave()
    other.stop_autosave()


def test_a_restored_draft_of_an_outdated_case_ends_in_a_conflict_not_an_overwrite(db, reference, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    desk_a, desk_b = _two_desks(db, reference, clock)
    sato = Actor(login="sato", role="counselor", office_code="131016")
    suzuki = Actor(login="suzuki", role="counselor", office_code="131016")
    case = desk_a.cases.register(sato, make_case())
    crashed = _show(qtbot, IntakeView(desk_a, sato, case=desk_a.cases.get(sato, case.id)))
    crashed.content_step.subject.setText("下書きの件名")
    crashed.save_draft()
    crashed.stop_autosave()  # the app "dies" here
    desk_b.cases.save(suzuki, dataclasses.replace(desk_b.cases.get(suzuki, case.id), subject="他の端末の件名"))
    draft = desk_a.drafts.pending(sato)[0]
    assert draft.base_version == 1
    restored = _show(qtbot, IntakeView(desk_a, sato, draft=draft))
    assert restored.content_step.subject.text() == "下書きの件名"
    assert restored.save() is None and restored.conflict_panel.isVisible()
    assert desk_a.cases.get(sato, case.id).subject == "他の端末の件名"
    restored.stop_autosave()

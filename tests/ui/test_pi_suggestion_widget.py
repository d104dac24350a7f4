"""The 個人情報 suggestion widget: live suggestion from IME-typed text, highlights, one-key overrides, referrals."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from counselor_app.domain.entities import Actor, PiAssessment
from counselor_app.services.container import Services
from counselor_app.ui.pi_suggestion_widget import PiSuggestionWidget

ACQ_TEXT = "知らない不動産業者から携帯に勧誘電話。どこで番号を知ったのか聞いても答えない"


class _IntakeStandIn(QWidget):
    """What the intake step will do: a narrative editor feeding the widget."""

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.editor = QPlainTextEdit(self)
        self.suggestion = PiSuggestionWidget(services, actor, self)
        layout.addWidget(self.editor)
        layout.addWidget(self.suggestion)
        self.editor.textChanged.connect(lambda: self.suggestion.set_text(self.editor.toPlainText()))
        self.resize(1366, 768)


def _type_japanese(widget: QWidget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, event)


def _settled(qtbot, widget: PiSuggestionWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not widget.is_busy() and widget.result() is not None, timeout=5000)


@pytest.fixture
def intake(qtbot, services: Services, counselor: Actor):  # type: ignore[no-untyped-def]
    form = _IntakeStandIn(services, counselor)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    return form


def test_japanese_typed_through_the_ime_gets_a_suggestion_off_the_gui_thread(qtbot, intake, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    widget = intake.suggestion
    classifier = widget._suggester.classifier
    threads: list[int] = []
    original = classifier.classify

    def recording(text: str):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return original(text)

    monkeypatch.setattr(classifier, "classify", recording)
    with qtbot.waitSignal(widget.assessment_changed, timeout=5000) as changed:
        _type_japanese(intake.editor, ACQ_TEXT)
    assert intake.editor.toPlainText() == ACQ_TEXT
    _settled(qtbot, widget)
    assert threads and threading.get_ident() not in threads
    assessment = changed.args[0]
    assert isinstance(assessment, PiAssessment)
    assert assessment.related == "yes" and assessment.issues[0] == "ACQ"
    assert (assessment.holder, assessment.sector) == ("PRIV", "REAL_ESTATE")
    assert not assessment.overridden and assessment.assessed_by == "sato"
    assert "提案：個人情報関連あり" in widget.status_label.text()
    assert widget.issue_combo.currentData() == "ACQ"
    assert [d.entry.id for d in widget.destinations()][:2] == ["BUSINESS_SELF", "N01_OPTOUT"]
    assert widget.cue_table.rowCount() == len(widget.result().cues)
    assert "聞き取ること" in widget.guidance_view.toPlainText()


def test_cues_are_highlighted_in_the_narrative(qtbot, intake) -> None:  # type: ignore[no-untyped-def]
    widget = intake.suggestion
    widget.set_text(ACQ_TEXT)
    _settled(qtbot, widget)
    cue = next(cue for cue in widget.result().cues if cue.rule == "acq.source_question")
    start, _end = widget.result().original_span(cue)
    cursor = widget.narrative_view.textCursor()
    cursor.setPosition(start + 1)
    assert cursor.charFormat().background().color().name() == "#ffcc80"
    covered = {i for c in widget.result().cues for i in range(*widget.result().original_span(c))}
    plain = next(i for i in range(len(ACQ_TEXT)) if i not in covered)
    cursor.setPosition(plain + 1)
    assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush


def test_typing_is_debounced(qtbot, intake) -> None:  # type: ignore[no-untyped-def]
    widget = intake.suggestion
    updates: list[int] = []
    widget.suggestion_updated.connect(lambda: updates.append(1))
    for end in range(5, len(ACQ_TEXT), 5):
        widget.set_text(ACQ_TEXT[:end])
    widget.set_text(ACQ_TEXT)
    _settled(qtbot, widget)
    qtbot.wait(400)
    assert updates == [1]
    assert widget.result().normalised == ACQ_TEXT


def test_one_key_corrections_are_recorded_as_overrides(qtbot, intake) -> None:  # type: ignore[no-untyped-def]
    widget = intake.suggestion
    widget.set_text(ACQ_TEXT)
    _settled(qtbot, widget)
    with qtbot.waitSignal(widget.assessment_changed) as changed:
        qtbot.keyClick(widget, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert changed.args[0].related == "no" and changed.args[0].overridden
    assert widget.destinations() == ()
    assert "提案を修正しました" in widget.override_label.text()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # mnemonics click after a short animation
    qtbot.waitUntil(lambda: widget.assessment().related == "yes" and not widget.assessment().overridden)
    qtbot.keyClick(widget, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert widget.issue_combo.hasFocus()
    qtbot.keyClick(widget.issue_combo, Qt.Key.Key_Down)
    corrected = widget.assessment()
    assert corrected.issues[0] != "ACQ" and corrected.overridden
    assert corrected.suggested_issues[0] == "ACQ"
    qtbot.keyClick(widget, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert widget.holder_combo.hasFocus()
    qtbot.keyClick(widget.holder_combo, Qt.Key.Key_Down)
    assert widget.assessment().holder == "NAT" and widget.assessment().suggested_holder == "PRIV"
    assert widget.assessment().sector is None and not widget.sector_combo.isEnabled()
    qtbot.keyClick(widget, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: widget.assessment().related == "undecided")


def test_a_new_suggestion_keeps_the_counselors_correction(qtbot, intake) -> None:  # type: ignore[no-untyped-def]
    widget = intake.suggestion
    widget.set_text(ACQ_TEXT)
    _settled(qtbot, widget)
    widget.holder_combo.setCurrentIndex(widget.holder_combo.findData("UNKNOWN"))
    assert widget.assessment().overridden
    widget.set_text("通販会社から個人情報流出のお詫びメールが届いた。")
    _settled(qtbot, widget)
    qtbot.waitUntil(lambda: widget.assessment().suggested_issues[:1] == ("LEAK",))
    kept = widget.assessment()
    assert kept.holder == "UNKNOWN" and kept.suggested_holder == "PRIV" and kept.overridden
    assert kept.issues[0] == "ACQ"  # the counselor's issues stay until accepted
    widget.accept_suggestion()
    assert widget.assessment().issues[0] == "LEAK" and not widget.assessment().overridden


def test_referral_button_emits_destination_and_kind(qtbot, intake) -> None:  # type: ignore[no-untyped-def]
    widget = intake.suggestion
    widget.set_text("市役所が元夫に新住所を教えてしまった")
    _settled(qtbot, widget)
    first = widget.destinations()[0]
    assert (first.entry.id, first.kind) == ("LG_RESIDENT", "TRANSFER")
    button = widget.destination_table.cellWidget(0, 3)
    with qtbot.waitSignal(widget.referral_requested) as requested:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert requested.args == ["LG_RESIDENT", "TRANSFER"]
    assert "住民基本台帳" in widget.destination_table.item(0, 2).text()


def test_pretext_fraud_is_flagged_and_never_offers_the_commission(qtbot, intake) -> None:  # type: ignore[no-untyped-def]
    widget = intake.suggestion
    widget.set_text("消費生活センターを名乗る人から、あなたの個人情報が漏れているので削除すると電話")
    _settled(qtbot, widget)
    assert widget.assessment().issues == ("FRAUD_PI",)
    assert "詐欺の疑い" in widget.status_label.text()
    ids = [d.entry.id for d in widget.destinations()]
    assert ids[0] == "N09" and not any(i.startswith("N01") for i in ids)


def test_set_assessment_shows_a_stored_decision_without_emitting(qtbot, intake) -> None:  # type: ignore[no-untyped-def]
    widget = intake.suggestion
    stored = PiAssessment(
        related="yes",
        issues=("RIGHTS", "MKT"),
        holder="PRIV",
        sector="FIN_BANK",
        regime="CURRENT",
        suggested_related=True,
        suggested_issues=("MKT",),
        suggested_holder="PRIV",
        overridden=True,
    )
    with qtbot.assertNotEmitted(widget.assessment_changed):
        widget.set_assessment(stored)
    assert widget.assessment() == stored
    assert widget.issue_combo.currentData() == "RIGHTS" and widget.issue_checks["MKT"].isChecked()
    assert widget.sector_combo.currentData() == "FIN_BANK"
    assert "AO_ZENGINKYO" in [d.entry.id for d in widget.destinations()]
    widget.set_assessment(None)
    assert widget.assessment().related == "undecided" and widget.destinations() == ()


def test_policy_2005_office_sees_the_policy_structure(qtbot, services: Services, counselor: Actor) -> None:  # type: ignore[no-untyped-def]
    services.setup.change_setting(Actor(login="a", role="admin", office_code="131016"), "regime", "POLICY_2005")
    widget = PiSuggestionWidget(services, counselor)
    qtbot.addWidget(widget)
    widget.set_text("銀行に自分の取引情報の開示を求めたが断られた")
    _settled(qtbot, widget)
    ids = [d.entry.id for d in widget.destinations()]
    assert "M04" in ids and not any(i.startswith(("N01", "N02")) for i in ids)
    assert "旧法" in widget.guidance_view.toPlainText()
    assert "2005年基本方針" in widget.status_label.text()


def test_reload_picks_up_directory_changes(qtbot, intake, services: Services) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    widget = intake.suggestion
    widget.set_text("ネット掲示板に自宅住所と顔写真を書き込まれた")
    _settled(qtbot, widget)
    assert "N04" in [d.entry.id for d in widget.destinations()]
    admin = Actor(login="kanri", role="admin", office_code="131016")
    services.classification.retire(admin, "N04", valid_to=dt.date(2026, 3, 31), successor_id="N05")
    widget.reload_reference()
    ids = [d.entry.id for d in widget.destinations()]
    assert "N04" not in ids and "N05" in ids

"""The intake with its features: PI suggestion recorded, accepted with Alt+A, overrides, referrals, 決裁, 類似事例."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from counselor_app.domain.entities import Actor
from counselor_app.services.container import Services
from counselor_app.ui.intake.features import IntakeFeatures
from counselor_app.ui.intake.intake_view import IntakeView
from tests.helpers import make_case

LIST_BROKER = "知らない不動産業者から携帯に勧誘電話。どこで番号を知ったのか聞いても答えない。名簿を買ったのではないか。"


@pytest.fixture
def intake(services: Services, counselor: Actor, qtbot):  # type: ignore[no-untyped-def]
    stored = services.cases.register(counselor, make_case(narrative="未記入"))
    view = IntakeView(services, counselor, case=stored, autosave_seconds=60)
    qtbot.addWidget(view)
    view.resize(1366, 720)
    view.show()
    features = IntakeFeatures(view, services, counselor, dialog_runner=lambda dialog: dialog.done(0) or 0)
    view.features = features  # type: ignore[attr-defined]
    yield view
    features.shutdown()


def _type_narrative(view: IntakeView, text: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.content_step.narrative.setPlainText(text)
    qtbot.waitUntil(lambda: view.features.suggestion.result() is not None and not view.features.suggestion.is_busy(), timeout=5000)  # type: ignore[attr-defined]


def test_suggestion_is_recorded_but_not_decided_until_accepted(intake: IntakeView, services: Services, counselor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type_narrative(intake, LIST_BROKER, qtbot)
    assert intake.pi_step.related_code() is None  # the counselor decides, not the classifier
    saved = intake.save()
    assert saved is not None and saved.pi is not None
    assert saved.pi.related == "undecided"
    assert saved.pi.suggested_related is True and "ACQ" in saved.pi.suggested_issues
    assert saved.pi.cues and saved.pi.score is not None


def test_alt_a_accepts_and_a_correction_is_an_override(intake: IntakeView, services: Services, counselor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type_narrative(intake, LIST_BROKER, qtbot)
    intake.features.suggestion.accept_button.click()  # type: ignore[attr-defined]
    assert intake.pi_step.related_code() == "yes"
    accepted = intake.save()
    assert accepted is not None and accepted.pi is not None
    assert accepted.pi.related == "yes" and accepted.pi.issues[0] == "ACQ" and not accepted.pi.overridden
    intake.pi_step.set_assessment(related="no")
    corrected = intake.save()
    assert corrected is not None and corrected.pi is not None
    assert corrected.pi.related == "no" and corrected.pi.overridden


def test_referral_is_recorded_from_the_handling_step(intake: IntakeView, services: Services, counselor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    def accept(dialog: QDialog) -> int:
        dialog.destination.setCurrentIndex(dialog.destination.findData("N01"))
        dialog.kind.setCurrentIndex(dialog.kind.findData("TRANSFER"))
        dialog._save()
        return int(dialog.result())

    intake.features._run_dialog = accept  # type: ignore[attr-defined]
    intake.features.record_referral(None, None)  # type: ignore[attr-defined]
    case_id = intake.collect_case().id
    referrals = services.referrals.for_case(counselor, case_id)
    assert [(r.destination_id, r.kind) for r in referrals] == [("N01", "TRANSFER")]
    assert [r.destination_id for r in intake.collect_case().referrals] == ["N01"]


def test_submit_sends_the_case_for_approval(intake: IntakeView, services: Services, counselor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    case = intake.collect_case()
    intake._submit_handler(case)  # type: ignore[attr-defined]
    assert services.cases.get(counselor, case.id, audit_view=False).status == "awaiting_approval"


def test_similar_cases_follow_the_narrative(intake: IntakeView, services: Services, counselor: Actor, qtbot) -> None:  # type: ignore[no-untyped-def]
    earlier = services.cases.register(counselor, make_case(narrative=LIST_BROKER))
    intake.content_step.narrative.setPlainText("不動産業者から勧誘電話がある。どこで番号を知ったのか知りたい。")
    widget = intake.features.similar  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: widget.list.count() > 0, timeout=5000)
    assert widget.list.item(0).data(Qt.ItemDataRole.UserRole) == earlier.id

"""Connecting the intake to the features around it: PI suggestion, 類似事例, referrals and 決裁 submission."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from counselor_app.domain.entities import Actor, Case, PiAssessment
from counselor_app.services.container import Services
from counselor_app.ui.i18n import display_codelists
from counselor_app.ui.intake.intake_view import IntakeView
from counselor_app.ui.pi_suggestion_widget import PiSuggestionWidget
from counselor_app.ui.referral_dialog import ReferralDialog
from counselor_app.ui.similar_cases_widget import SimilarCasesWidget


class IntakeFeatures:
    """Owns the feature widgets of one intake view and keeps them in step with it."""

    def __init__(
        self,
        view: IntakeView,
        services: Services,
        actor: Actor,
        *,
        open_case: Callable[[int], object] | None = None,
        dialog_runner: Callable[[QDialog], int] | None = None,
    ) -> None:
        self.view = view
        self._services = services
        self._actor = actor
        # Tests replace how modal dialogs run (exec() would block them).
        self._run_dialog = dialog_runner or (lambda dialog: dialog.exec())

        self.suggestion = PiSuggestionWidget(services, actor)
        self.suggestion.set_embedded(True)
        view.pi_step.embed_suggestion_widget(self.suggestion)
        view.narrative_changed.connect(self.suggestion.set_text)
        # Every suggestion is kept with the case; only Alt+A turns it into the decision.
        self.suggestion.suggestion_updated.connect(self._record_suggestion)
        self.suggestion.assessment_changed.connect(self._apply_assessment)
        self.suggestion.referral_requested.connect(self.record_referral)
        # The step's decision drives the destinations and guidance the suggestion shows.
        view.pi_step.changed.connect(self._show_decision)

        self.similar = SimilarCasesWidget(services.search, actor, display_codelists(services.reference.codelists))
        view.content_step.add_side_widget(self.similar)
        view.narrative_changed.connect(lambda _text: self._update_similar())
        if open_case is not None:
            self.similar.case_requested.connect(open_case)

        view.set_referral_handler(lambda case: self.record_referral(None, None))
        view.set_submit_handler(self._submit)
        self._load(view.collect_case())

    def shutdown(self) -> None:
        """Stop the feature widgets' timers and workers (the tab closes or the app quits)."""
        self.suggestion.shutdown()
        self.similar.shutdown()

    def _load(self, case: Case) -> None:
        self.suggestion.set_assessment(case.pi)
        if case.narrative:
            self.suggestion.set_text(case.narrative)
            self._update_similar()

    def _apply_assessment(self, assessment: object) -> None:
        if not isinstance(assessment, PiAssessment):
            return
        step = self.view.pi_step
        step.set_assessment(
            related=assessment.related, issues=assessment.issues, holder=assessment.holder, sector=assessment.sector
        )
        step.record_suggestion(
            regime=assessment.regime,
            score=assessment.score,
            cues=assessment.cues,
            suggested_related=assessment.suggested_related,
            suggested_issues=assessment.suggested_issues,
            suggested_holder=assessment.suggested_holder,
        )

    def _show_decision(self) -> None:
        step = self.view.pi_step
        if step.related_code() is None and not step.issues.codes():
            return  # nothing decided yet: the suggestion's own destinations stay
        current = self.view.collect_case().pi
        if current is not None:
            self.suggestion.set_assessment(current)

    def _record_suggestion(self) -> None:
        result = self.suggestion.result()
        if result is None:
            return
        self.view.pi_step.record_suggestion(
            regime=self.suggestion.assessment().regime or self._services.classification.regime(),
            score=result.score,
            cues=result.cues,
            suggested_related=result.pi_related,
            suggested_issues=result.issues,
            suggested_holder=result.holder,
        )

    def _update_similar(self) -> None:
        case = self.view.collect_case()
        self.similar.set_context(
            case.narrative,
            business_id=case.business_id,
            product=case.product,
            methods=case.methods,
            exclude_case_id=case.id,
        )

    def record_referral(self, destination_id: str | None, kind: str | None) -> None:
        """Open the referral dialog for this case (saving a new case first, so it has a number)."""
        case = self.view.collect_case()
        if case.id is None:
            saved = self.view.save()
            if saved is None or saved.id is None:
                return
            case = saved
        assert case.id is not None
        dialog = ReferralDialog(
            self._services, self._actor, case.id, destination_id=destination_id, kind=kind, parent=self.view
        )
        if self._run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.view.refresh_referrals()

    def _submit(self, case: Case) -> None:
        assert case.id is not None
        self._services.approvals.submit(self._actor, case.id)


def attach_features(
    view: IntakeView, services: Services, actor: Actor, *, open_case: Callable[[int], object] | None = None
) -> IntakeFeatures:
    """Wire every feature into ``view``; keep the returned object alive as long as the view."""
    return IntakeFeatures(view, services, actor, open_case=open_case)

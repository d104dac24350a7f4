"""The guided intake: a step list to jump through freely, inline checks, autosaved drafts, conflict handling.

Keyboard: Ctrl+Enter next step, Ctrl+Shift+Enter previous, Alt+1…9 jump to a step,
Ctrl+S save, F8 start/stop the call timer; Tab moves through a step's fields in order.

Hooks for other features (kept small and named):
  * ``narrative_changed(str)`` and ``pi_step`` (``embed_suggestion_widget``, ``set_assessment``,
    ``record_suggestion``) for the personal-information classification;
  * ``set_referral_handler(fn)`` / ``referral_requested(int)`` / ``refresh_referrals()`` for referrals;
  * ``set_submit_handler(fn)`` for the 決裁 workflow (submit after a clean save).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import uuid as uuid_module
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.case_rules import blocking
from counselor_app.domain.case_snapshot import case_to_snapshot
from counselor_app.domain.drafts import Draft
from counselor_app.domain.entities import Actor, Case
from counselor_app.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    StateError,
    ValidationError,
)
from counselor_app.services.container import Services
from counselor_app.ui import theme
from counselor_app.ui.i18n import display_codelists
from counselor_app.ui.intake.conflict_panel import ConflictPanel
from counselor_app.ui.intake.field_text import SEVERITY_SYMBOLS, issue_text, severity_colour, severity_text
from counselor_app.ui.intake.step_base import FieldProblem, IntakeStep, StepContext
from counselor_app.ui.intake.steps_business import BusinessStep
from counselor_app.ui.intake.steps_content import ClassificationStep, ContentStep
from counselor_app.ui.intake.steps_handling import HandlingStep
from counselor_app.ui.intake.steps_people import PartyStep, PersonStep
from counselor_app.ui.intake.steps_pi import PiStep
from counselor_app.ui.intake.steps_reception import ReceptionStep
from counselor_app.ui.intake.steps_review import ReviewStep
from counselor_app.ui.service_messages import error_text

log = logging.getLogger(__name__)

CHECK_DEBOUNCE_MS = 250
DRAFT_FORMAT = 1


class IntakeView(QWidget):
    """One case being entered or edited.

    Signals:
        saved: the case id after a successful save.
        title_changed: a short title for tabs (case number, or 新規相談).
        narrative_changed: the narrative as typed (classification hook).
        referral_requested: the case id (0 if unsaved) when "移送・紹介を記録" is pressed.
        draft_saved: the draft key after an autosave.
    """

    saved = Signal(int)
    title_changed = Signal(str)
    narrative_changed = Signal(str)
    referral_requested = Signal(int)
    draft_saved = Signal(str)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        *,
        case: Case | None = None,
        draft: Draft | None = None,
        autosave_seconds: int = 3,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._clock = services.clock
        self._submit_handler: Callable[[Case], Any] | None = None
        self._dirty = False
        self._draft_dirty = False
        self._problems: list[FieldProblem] = []
        self._conflict_theirs: Case | None = None
        self._focused_once = False
        self.setObjectName("IntakeView")

        template, self._draft_key = self._starting_point(case, draft)
        self._template = template
        self._context = StepContext(services, actor, received_on=self._received_on)
        self.reception = ReceptionStep(self._context)
        self.consultant_step = PersonStep(self._context)
        self.party_step = PartyStep(self._context)
        self.business_step = BusinessStep(self._context)
        self.classification_step = ClassificationStep(self._context)
        self.content_step = ContentStep(self._context)
        self.pi_step = PiStep(self._context)
        self.handling_step = HandlingStep(self._context)
        self.review_step = ReviewStep(self._context)
        self.steps: list[IntakeStep] = [
            self.reception,
            self.consultant_step,
            self.party_step,
            self.business_step,
            self.classification_step,
            self.content_step,
            self.pi_step,
            self.handling_step,
            self.review_step,
        ]
        self._build()
        self._load(template)
        if draft is not None:
            self._restore_form(draft.payload)
            self._dirty = True
            self._draft_dirty = False
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DEBOUNCE_MS)
        self._check_timer.timeout.connect(self.refresh_problems)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(max(1, autosave_seconds) * 1000)
        self._autosave_timer.timeout.connect(self.save_draft_if_changed)
        self._autosave_timer.start()
        for step in self.steps:
            step.changed.connect(self._on_changed)
        self.content_step.narrative_changed.connect(self.narrative_changed)
        self.handling_step.referral_requested.connect(lambda: self.referral_requested.emit(self.case_id() or 0))
        self.review_step.jump_requested.connect(self.jump_to_field)
        self.review_step.save_requested.connect(self.save)
        self.review_step.submit_requested.connect(self.submit)
        self._install_shortcuts()
        self._warn_if_others_editing()
        self.refresh_problems()

    # -- construction ------------------------------------------------------------------------

    def _starting_point(self, case: Case | None, draft: Draft | None) -> tuple[Case, str]:
        if draft is not None:
            restored = draft.case()
            stored = self._stored(draft.case_id)
            if restored is None:
                restored = stored or self._new_case()
            elif stored is not None:
                # Typed values from the draft; workflow data (referrals) as stored now.
                restored = dataclasses.replace(restored, referrals=stored.referrals)
            elif restored.id is not None:
                # The case is gone (or out of reach): the typed input comes back as a new case.
                restored = dataclasses.replace(
                    restored, id=None, uuid=None, case_no=None, fiscal_year=None, version=0,
                    status="draft", referrals=(), handling=tuple(e for e in restored.handling if e.id is None),
                )  # fmt: skip
            return restored, draft.key
        if case is not None:
            return case, f"case-{case.id}-{uuid_module.uuid4().hex[:12]}"
        return self._new_case(), f"new-{uuid_module.uuid4().hex}"

    def _stored(self, case_id: int | None) -> Case | None:
        if not case_id:
            return None
        try:
            return self._services.cases.get(self._actor, case_id)
        except (NotFoundError, PermissionDeniedError):
            return None

    def _new_case(self) -> Case:
        return Case(
            office_code=self._actor.office_code,
            received_at=self._clock.now().replace(second=0, microsecond=0),
        )

    def _build(self) -> None:
        self.header_title = QLabel(self)
        self.header_title.setObjectName("intake.title")
        theme.set_role(self.header_title, "title")
        self.draft_label = QLabel(self)
        theme.set_role(self.draft_label, "muted")
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("call.timer")
        theme.set_role(self.timer_label, "timer")
        self.timer_button = QPushButton(self)
        self.timer_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.timer_button.clicked.connect(self.toggle_call_timer)
        header = QHBoxLayout()
        header.addWidget(self.header_title)
        header.addStretch(1)
        header.addWidget(self.draft_label)
        header.addSpacing(16)
        header.addWidget(self.timer_label)
        header.addWidget(self.timer_button)

        self.others_banner = QLabel(self)
        self.others_banner.setWordWrap(True)
        self.others_banner.setObjectName("othersBanner")
        self.others_banner.hide()
        self.conflict_panel = ConflictPanel(display_codelists(self._services.reference.codelists), self)
        self.conflict_panel.take_theirs.connect(self.take_theirs)
        self.conflict_panel.save_mine.connect(self.save_mine_over_theirs)

        self.step_list = QListWidget(self)
        self.step_list.setObjectName("intakeSteps")
        self.step_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.step_list.setFixedWidth(178)
        self.step_list.setAccessibleName(self.tr("入力の手順"))
        self.stack = QStackedWidget(self)
        for index, step in enumerate(self.steps):
            item = QListWidgetItem()
            item.setToolTip(self.tr("Alt+%1 で移動").replace("%1", str(index + 1)))
            self.step_list.addItem(item)
            if isinstance(step, ReviewStep | HandlingStep):
                self.stack.addWidget(step)
            else:
                scroll = QScrollArea(self)
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                scroll.setWidget(step)
                self.stack.addWidget(scroll)
        self.step_list.currentRowChanged.connect(self._step_list_moved)
        self._render_step_list({})

        self.problem_summary = QLabel(self)
        self.problem_summary.setObjectName("intake.summary")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("intake.message")
        self.message_label.setWordWrap(True)
        self.prev_button = QPushButton(self.tr("前へ"), self)
        self.prev_button.setToolTip(self.tr("Ctrl+Shift+Enter"))
        self.next_button = QPushButton(self.tr("次へ（Ctrl+Enter）"), self)
        self.save_button = QPushButton(self.tr("保存（Ctrl+S）"), self)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        for button in (self.prev_button, self.next_button, self.save_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.prev_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        self.save_button.clicked.connect(self.save)
        footer = QHBoxLayout()
        footer.addWidget(self.problem_summary)
        footer.addWidget(self.message_label, 1)
        footer.addWidget(self.prev_button)
        footer.addWidget(self.next_button)
        footer.addWidget(self.save_button)

        body = QHBoxLayout()
        body.addWidget(self.step_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.others_banner)
        layout.addWidget(self.conflict_panel)
        layout.addLayout(body, 1)
        layout.addLayout(footer)

        self._call_elapsed_ms = 0
        self._call_clock = QElapsedTimer()
        self._call_tick = QTimer(self)
        self._call_tick.setInterval(1000)
        self._call_tick.timeout.connect(self._show_call_time)
        if self._template.id is None:
            self.start_call_timer()
        self._show_call_time()

    def _install_shortcuts(self) -> None:
        def bind(sequence: str | QKeySequence, slot: Callable[[], Any]) -> QShortcut:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            return shortcut

        self._shortcuts = [
            bind("Ctrl+S", self.save),
            bind("Ctrl+Return", self.next_step),
            bind("Ctrl+Enter", self.next_step),
            bind("Ctrl+Shift+Return", self.previous_step),
            bind("Ctrl+Shift+Enter", self.previous_step),
            bind("F8", self.toggle_call_timer),
        ]
        for index in range(min(9, len(self.steps))):
            self._shortcuts.append(bind(f"Alt+{index + 1}", lambda i=index: self.go_to_step(i)))

    # -- state ------------------------------------------------------------------------------

    @property
    def draft_key(self) -> str:
        """The key this intake autosaves under."""
        return self._draft_key

    def case_id(self) -> int | None:
        """The stored case's id (None until the first save)."""
        return self._template.id

    def has_unsaved_changes(self) -> bool:
        """True when something was typed since the last save."""
        return self._dirty

    def current_step(self) -> int:
        """Index of the step shown."""
        return self.stack.currentIndex()

    def _received_on(self) -> dt.date:
        return self.reception.received_at(self._template.received_at).date()

    def collect_case(self) -> Case:
        """The case as currently entered (never raises; unreadable text is left out and reported)."""
        case = self._template
        for step in self.steps:
            case = step.apply(case)
        return case

    def title(self) -> str:
        """Tab title: case number, or 新規相談 with the time it was opened."""
        if self._template.case_no:
            return self._template.case_no
        return self.tr("新規相談 %1").replace("%1", f"{self._template.received_at:%H:%M}")

    def _load(self, case: Case) -> None:
        self._template = case
        for step in self.steps:
            step.load_case(case)
        self._show_header()

    def _show_header(self) -> None:
        case = self._template
        lists = display_codelists(self._services.reference.codelists)
        if case.case_no:
            text = self.tr("%1　%2").replace("%1", case.case_no).replace("%2", lists["case_status"].label_of(case.status))
        else:
            text = self.tr("新規相談（未保存）")
        self.header_title.setText(text)
        self.title_changed.emit(self.title())

    # -- steps --------------------------------------------------------------------------------

    def _render_step_list(self, counts: dict[int, dict[str, int]]) -> None:
        for index, step in enumerate(self.steps):
            item = self.step_list.item(index)
            found = counts.get(index, {})
            badge = ""
            spoken = step.title()
            colour = QColor(theme.colours().text)
            for severity in ("error", "warning", "missing"):
                if found.get(severity):
                    badge = f"  {SEVERITY_SYMBOLS[severity]} {found[severity]}"
                    colour = QColor(severity_colour(severity))
                    spoken = (
                        self.tr("%1（%2 %3 件）")
                        .replace("%1", step.title())
                        .replace("%2", severity_text(severity))
                        .replace("%3", str(found[severity]))
                    )
                    break
            item.setText(f"{index + 1}  {step.title()}{badge}")
            # A screen reader says "エラー 1 件", not the symbol.
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setForeground(colour)
        self._fit_step_list()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "step_list"):
            self._fit_step_list()

    def _fit_step_list(self) -> None:
        """As wide as the longest step name with its badge (English names and large text are wider)."""
        self.step_list.ensurePolished()
        metrics = self.step_list.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.step_list.item(row).text()) for row in range(self.step_list.count())),
            default=0,
        )
        self.step_list.setFixedWidth(max(178, widest + 2 * metrics.averageCharWidth() + 24))

    def _step_list_moved(self, row: int) -> None:
        if row >= 0 and row != self.stack.currentIndex():
            self.go_to_step(row)

    def go_to_step(self, index: int, *, focus: bool = True) -> None:
        """Show step ``index`` (autosaving the draft first when something changed)."""
        if not 0 <= index < len(self.steps):
            return
        if index != self.stack.currentIndex():
            self.save_draft_if_changed()
        self.stack.setCurrentIndex(index)
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        if self.steps[index] is self.review_step:
            self.refresh_problems()
        if focus:
            target = self.steps[index].first_focus()
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def next_step(self) -> None:
        """Ctrl+Enter."""
        self.go_to_step(min(self.current_step() + 1, len(self.steps) - 1))

    def previous_step(self) -> None:
        """Ctrl+Shift+Enter."""
        self.go_to_step(max(self.current_step() - 1, 0))

    def jump_to_field(self, path: str) -> None:
        """Show the step holding ``path`` and put the cursor there."""
        path = self._route(path)
        for index, step in enumerate(self.steps):
            widget = step.field_widget(path)
            if widget is not None:
                self.go_to_step(index, focus=False)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            QTimer.singleShot(0, lambda: self.go_to_step(self.current_step()))

    # -- checks -------------------------------------------------------------------------------

    def _on_changed(self) -> None:
        self._dirty = True
        self._draft_dirty = True
        self.message_label.clear()
        self._check_timer.start()

    def _route(self, path: str) -> str:
        # With "same as 相談者", the rules look at the consultant's fields.
        if path.startswith("party.") and path != "party.relation" and self.party_step.same.isChecked():
            return "consultant." + path.split(".", 1)[1]
        return path

    def problems(self) -> list[FieldProblem]:
        """Everything wrong or missing now (inline checks included)."""
        return list(self._problems)

    def refresh_problems(self) -> None:
        """Run the case rules (CaseService.check) and the inputs' own checks; show them inline."""
        self._check_timer.stop()
        case = self.collect_case()
        problems = [problem for step in self.steps for problem in step.local_problems()]
        problems += [
            FieldProblem(self._route(issue.field), issue.severity, issue_text(issue))
            for issue in self._services.cases.check(case)
        ]
        self._problems = problems
        counts: dict[int, dict[str, int]] = {}
        for index, step in enumerate(self.steps):
            mine = [problem for problem in problems if problem.field in step.paths()]
            step.show_problems(mine)
            for problem in mine:
                counts.setdefault(index, {}).setdefault(problem.severity, 0)
                counts[index][problem.severity] += 1
        self._render_step_list(counts)
        totals = {severity: sum(1 for p in problems if p.severity == severity) for severity in ("error", "missing", "warning")}
        self.problem_summary.setText(
            self.tr("エラー %1・未入力 %2・注意 %3")
            .replace("%1", str(totals["error"]))
            .replace("%2", str(totals["missing"]))
            .replace("%3", str(totals["warning"]))
        )
        theme.set_role(self.problem_summary, "error" if totals["error"] else "muted")
        if self.stack.currentWidget() is self.review_step:
            self.review_step.show_review(case, problems)

    # -- drafts ------------------------------------------------------------------------------

    def draft_payload(self) -> dict[str, Any]:
        """Everything needed to bring this intake back after a crash."""
        return {
            "format": DRAFT_FORMAT,
            "case": case_to_snapshot(self.collect_case()),
            "form": {type(step).__name__: step.form_state() for step in self.steps},
            "step": self.current_step(),
            "call": {"elapsed_ms": self.call_elapsed_ms(), "running": self._call_clock.isValid()},
        }

    def _restore_form(self, payload: dict[str, Any]) -> None:
        forms = payload.get("form") or {}
        for step in self.steps:
            state = forms.get(type(step).__name__)
            if isinstance(state, dict):
                step.restore_form_state(state)
        call = payload.get("call") or {}
        self._call_elapsed_ms = int(call.get("elapsed_ms") or 0)
        if call.get("running"):
            self.start_call_timer()
        else:
            self.stop_call_timer()
        step = payload.get("step")
        if isinstance(step, int):
            self.go_to_step(step, focus=False)

    def save_draft_if_changed(self) -> bool:
        """Autosave (timer and step changes): write the draft when something changed since the last one."""
        if not self._draft_dirty:
            return False
        return self.save_draft()

    def save_draft(self) -> bool:
        """Write the draft now; False (and a note in the header) if the database refused."""
        try:
            self._services.drafts.save(
                self._actor,
                self._draft_key,
                self.draft_payload(),
                case_id=self._template.id,
                base_version=self._template.version if self._template.id else None,
            )
        except Exception as exc:  # noqa: BLE001 - a lost connection must not end the intake
            # Only the error's type: database errors can quote the values being written.
            log.warning("draft autosave failed: %s", type(exc).__name__)
            self.draft_label.setText(self.tr("下書きを保存できませんでした（入力は画面に残っています）"))
            return False
        self._draft_dirty = False
        self.draft_label.setText(self.tr("下書き保存 %1").replace("%1", f"{self._clock.now():%H:%M:%S}"))
        self.draft_saved.emit(self._draft_key)
        return True

    def discard_draft(self, *, reason: str) -> None:
        """Remove this intake's draft (after a save, or when the counselor throws the input away)."""
        self._services.drafts.discard(self._actor, self._draft_key, reason=reason)
        self._draft_dirty = False
        if reason != "saved":
            self._dirty = False

    def stop_autosave(self) -> None:
        """Stop the autosave timer (the application is quitting; drafts were flushed)."""
        self._autosave_timer.stop()
        self._check_timer.stop()
        self._call_tick.stop()

    def closeEvent(self, event: Any) -> None:
        # A closed intake does no more work; its owner decided about the draft before closing it.
        self.stop_autosave()
        super().closeEvent(event)

    def start_reconsultation(self, earlier: Case) -> None:
        """Prefill a new intake as a re-consultation (再相談) of ``earlier``: people, business, product."""
        if self._template.id is not None:
            return
        case = dataclasses.replace(
            self._template,
            related_case_uuid=earlier.uuid,
            consultant=earlier.consultant,
            party=earlier.party,
            party_same_as_consultant=earlier.party_same_as_consultant,
            business_id=earlier.business_id,
            business_name=earlier.business_name,
            product=earlier.product,
            sales_form=earlier.sales_form,
            methods=earlier.methods,
            keywords=earlier.keywords,
            channel=earlier.channel,
        )
        self._load(case)
        self._on_changed()

    # -- call timer -----------------------------------------------------------------------------

    def call_elapsed_ms(self) -> int:
        """Milliseconds on the phone so far."""
        running = self._call_clock.elapsed() if self._call_clock.isValid() else 0
        return self._call_elapsed_ms + running

    def start_call_timer(self) -> None:
        """Start (or resume) the call timer."""
        if not self._call_clock.isValid():
            self._call_clock.start()
        self._call_tick.start()
        self.timer_button.setText(self.tr("通話終了（F8）"))
        self._show_call_time()

    def stop_call_timer(self) -> None:
        """Stop the call timer (the time so far stays shown)."""
        if self._call_clock.isValid():
            self._call_elapsed_ms += self._call_clock.elapsed()
            self._call_clock.invalidate()
        self._call_tick.stop()
        self.timer_button.setText(self.tr("通話開始（F8）"))
        self._show_call_time()

    def toggle_call_timer(self) -> None:
        """F8."""
        if self._call_clock.isValid():
            self.stop_call_timer()
        else:
            self.start_call_timer()
        self._draft_dirty = True

    def _show_call_time(self) -> None:
        seconds = self.call_elapsed_ms() // 1000
        self.timer_label.setText(self.tr("通話 %1").replace("%1", f"{seconds // 60:02d}:{seconds % 60:02d}"))

    # -- saving -------------------------------------------------------------------------------

    def set_submit_handler(self, handler: Callable[[Case], Any] | None) -> None:
        """The 決裁 feature's submit call, run after a clean save (enables the submit button)."""
        self._submit_handler = handler
        self.review_step.set_submit_enabled(handler is not None)

    def set_referral_handler(self, handler: Callable[[Case], Any] | None) -> None:
        """The referrals feature's "record a referral" call for this case."""
        self.handling_step.set_referral_handler(None if handler is None else lambda: handler(self.collect_case()))

    def refresh_referrals(self) -> None:
        """Re-read the case's referrals (after the referrals feature recorded one)."""
        stored = self._stored(self._template.id)
        if stored is not None:
            self._template = dataclasses.replace(self._template, referrals=stored.referrals)
            self.handling_step._show_referrals(stored.referrals)

    def _say(self, text: str, *, error: bool = False) -> None:
        theme.set_role(self.message_label, "error" if error else "ok")
        self.message_label.setText(text)

    def save(self) -> Case | None:
        """Ctrl+S: check, then register (new) or save (existing) the case; returns it, or None."""
        if self.handling_step.entry_text.text().strip():
            self.handling_step.add_entry()
        self.reception.resolve_related()
        self.refresh_problems()
        errors = [problem for problem in self._problems if problem.severity == "error"]
        if errors:
            self._say(self.tr("保存できません: %1").replace("%1", errors[0].text), error=True)
            self.jump_to_field(errors[0].field)
            return None
        return self._store(self.collect_case())

    def _store(self, case: Case) -> Case | None:
        now = self._clock.now()
        if case.pi is not None and case.pi != self._template.pi:
            case = dataclasses.replace(case, pi=dataclasses.replace(case.pi, assessed_at=now, assessed_by=self._actor.login))
        try:
            if case.id is None:
                stored = self._services.cases.register(self._actor, case)
            else:
                stored = self._services.cases.save(self._actor, case)
        except ConflictError:
            self._show_conflict(case)
            return None
        except ValidationError as exc:
            self._say(self.tr("保存できません: %1").replace("%1", error_text(exc, with_where=False)), error=True)
            if exc.where:
                self.jump_to_field(exc.where)
            return None
        except (PermissionDeniedError, StateError) as exc:
            self._say(self.tr("保存できません: %1").replace("%1", error_text(exc, with_where=False)), error=True)
            return None
        self.discard_draft(reason="saved")
        self._dirty = False
        self.conflict_panel.hide()
        self._conflict_theirs = None
        focused = self.focusWidget()
        focus_name = focused.objectName() if focused is not None else ""
        step = self.current_step()
        self._load(stored)
        self.go_to_step(step, focus=False)
        if focus_name:
            target = self.findChild(QWidget, focus_name)
            if target is not None:
                target.setFocus()
        self.refresh_problems()
        self._say(self.tr("保存しました（%1）").replace("%1", stored.case_no or ""))
        assert stored.id is not None
        self.saved.emit(stored.id)
        return stored

    def submit(self) -> None:
        """Save, then hand the case to the 決裁 feature if nothing is missing."""
        self.refresh_problems()
        stops = blocking(self._services.cases.check(self.collect_case()), for_submission=True)
        if stops or any(problem.severity == "error" for problem in self._problems):
            self.go_to_step(len(self.steps) - 1)
            self._say(self.tr("未入力の項目があるため決裁に回せません"), error=True)
            return
        stored = self.save()
        if stored is not None and self._submit_handler is not None:
            self._submit_handler(stored)

    # -- conflicts ------------------------------------------------------------------------------

    def _show_conflict(self, mine: Case) -> None:
        assert mine.id is not None
        theirs = self._services.cases.get(self._actor, mine.id, audit_view=False)
        self._conflict_theirs = theirs
        # Mine stays in the database as a draft whatever the counselor decides next.
        self.save_draft()
        self.conflict_panel.show_conflict(mine, theirs)
        self._say(self.tr("保存していません: 別の端末が先に保存しました"), error=True)

    def take_theirs(self) -> None:
        """Open the stored version; my input stays restorable as a separate draft."""
        theirs = self._conflict_theirs
        if theirs is None:
            return
        kept = f"conflict-{uuid_module.uuid4().hex[:16]}"
        self._services.drafts.save(
            self._actor, kept, self.draft_payload(), case_id=theirs.id, base_version=self._template.version
        )
        self._services.drafts.discard(self._actor, self._draft_key, reason="saved")
        self._draft_key = f"case-{theirs.id}-{uuid_module.uuid4().hex[:12]}"
        self._load(theirs)
        self._dirty = False
        self._draft_dirty = False
        self.conflict_panel.hide()
        self._conflict_theirs = None
        self.refresh_problems()
        self._say(self.tr("保存されている内容を開きました。自分の入力は下書きとして残しています。"))

    def save_mine_over_theirs(self) -> Case | None:
        """After seeing both versions, save mine on top of theirs (an explicit, audited update)."""
        theirs = self._conflict_theirs
        if theirs is None:
            return None
        self._template = dataclasses.replace(self._template, version=theirs.version, referrals=theirs.referrals)
        mine = self.collect_case()
        return self._store(mine)

    # -- other desks ----------------------------------------------------------------------------

    def _warn_if_others_editing(self) -> None:
        case_id = self._template.id
        if case_id is None:
            return
        others = self._services.drafts.others_editing(self._actor, case_id)
        if not others:
            return
        latest = max(others, key=lambda draft: draft.updated_at or dt.datetime.min)
        self.others_banner.setText(
            self.tr("%1 さんがこの相談を編集中です（%2 の下書き）。先に保存された場合、こちらの保存は競合として止まり、両方の内容を見比べられます。")
            .replace("%1", latest.owner)
            .replace("%2", f"{latest.updated_at:%H:%M}" if latest.updated_at else "")
        )
        self.others_banner.show()

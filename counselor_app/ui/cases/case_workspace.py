"""The window of open cases: one tab per intake or case detail, next to the case list window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabBar, QTabWidget, QWidget

from counselor_app.domain.drafts import Draft
from counselor_app.domain.entities import Actor, Case
from counselor_app.domain.errors import DomainError
from counselor_app.services.container import Services
from counselor_app.ui.cases.case_detail_view import CaseDetailView
from counselor_app.ui.intake.features import attach_features
from counselor_app.ui.intake.intake_view import IntakeView
from counselor_app.ui.prompter import MessageBoxPrompter, Prompter
from counselor_app.ui.service_messages import error_text

WINDOW_SIZE = (1366, 768)


class CaseWorkspace(QMainWindow):
    """Tabs of open cases. Ctrl+N new intake, Ctrl+W close tab, Ctrl+PgDown/PgUp switch tabs.

    Closing the window never loses input: every intake with unsaved changes writes its
    draft first (offered again at the next start).

    Signals:
        case_saved: a case id after an intake saved it (the list refreshes).
        drafts_changed: drafts were kept or discarded (the main window's banner counts them).
    """

    case_saved = Signal(int)
    drafts_changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        *,
        autosave_seconds: int = 3,
        prompter: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._autosave_seconds = autosave_seconds
        self._prompter: Prompter = prompter or MessageBoxPrompter()
        self.setObjectName("CaseWorkspace")
        self.setWindowTitle(self.tr("相談の入力・詳細 — 相談記録"))
        self.tabs = QTabWidget(self)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.tabs)
        self.resize(*WINDOW_SIZE)
        for text, sequence, slot in (
            (self.tr("新しい相談"), QKeySequence.StandardKey.New, lambda: self.new_intake()),
            (self.tr("タブを閉じる"), QKeySequence("Ctrl+W"), lambda: self.close_tab(self.tabs.currentIndex())),
            (self.tr("次のタブ"), QKeySequence("Ctrl+PgDown"), lambda: self._cycle(1)),
            (self.tr("前のタブ"), QKeySequence("Ctrl+PgUp"), lambda: self._cycle(-1)),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(sequence))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # -- opening ------------------------------------------------------------------------------


    def set_autosave_seconds(self, seconds: int) -> None:
        """Autosave interval for intakes opened from now on (the office setting changed)."""
        self._autosave_seconds = seconds
    def open_case(self, case_id: int) -> QWidget | None:
        """The main window's ``case_opened``: 0 starts a new intake, an id opens its detail."""
        if case_id == 0:
            return self.new_intake()
        return self.open_detail(case_id)

    def _existing(self, case_id: int, kind: type) -> int:
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, kind) and widget.case_id() == case_id:  # type: ignore[attr-defined]
                return index
        return -1

    def _name_close_buttons(self) -> None:
        """A screen reader says which tab a close button closes (Ctrl+W closes the current one)."""
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
                button = bar.tabButton(index, side)
                if button is not None:
                    button.setAccessibleName(self.tr("「%1」を閉じる").replace("%1", self.tabs.tabText(index)))

    def _show_tab(self, widget: QWidget, title: str, *, at: int = -1) -> None:
        if at >= 0:
            self.tabs.insertTab(at, widget, title)
            index = at
        else:
            index = self.tabs.indexOf(widget)
            if index < 0:
                index = self.tabs.addTab(widget, title)
        self._name_close_buttons()
        self.tabs.setCurrentIndex(index)
        self.show()
        self.raise_()
        self.activateWindow()

    def _intake(self, *, case: Case | None = None, draft: Draft | None = None) -> IntakeView:
        view = IntakeView(
            self._services, self._actor, case=case, draft=draft, autosave_seconds=self._autosave_seconds
        )
        view.title_changed.connect(lambda title, v=view: self._retitle(v, title))
        view.saved.connect(self._intake_saved)
        # Kept on the view so the feature widgets live exactly as long as the tab.
        view.features = attach_features(view, self._services, self._actor, open_case=self.open_detail)  # type: ignore[attr-defined]
        return view

    def new_intake(self, related_to: Case | None = None) -> IntakeView:
        """Start a new case (a re-consultation of ``related_to`` when given)."""
        view = self._intake()
        if related_to is not None:
            view.start_reconsultation(related_to)
        self._show_tab(view, view.title())
        return view

    def open_detail(self, case_id: int) -> QWidget | None:
        """Show a case's detail (or its open intake)."""
        for kind in (CaseDetailView, IntakeView):
            index = self._existing(case_id, kind)
            if index >= 0:
                self.tabs.setCurrentIndex(index)
                self.show()
                self.raise_()
                return self.tabs.widget(index)
        try:
            view = CaseDetailView(self._services, self._actor, case_id)
        except DomainError as exc:
            self.statusBar().showMessage(error_text(exc, with_where=False), 8000)
            return None
        view.edit_requested.connect(self.edit_case)
        view.open_case_requested.connect(self.open_detail)
        view.reconsult_requested.connect(lambda case: self.new_intake(related_to=case))
        view.linked.connect(self.case_saved)
        self._show_tab(view, view.title())
        return view

    def edit_case(self, case_id: int) -> IntakeView | None:
        """Open a stored case in the intake (in place of its detail tab)."""
        existing = self._existing(case_id, IntakeView)
        if existing >= 0:
            self.tabs.setCurrentIndex(existing)
            widget = self.tabs.widget(existing)
            return widget if isinstance(widget, IntakeView) else None
        try:
            case = self._services.cases.get(self._actor, case_id)
        except DomainError as exc:
            self.statusBar().showMessage(error_text(exc, with_where=False), 8000)
            return None
        view = self._intake(case=case)
        detail = self._existing(case_id, CaseDetailView)
        if detail >= 0:
            old = self.tabs.widget(detail)
            self.tabs.removeTab(detail)
            old.deleteLater()
            self._show_tab(view, view.title(), at=detail)
        else:
            self._show_tab(view, view.title())
        return view

    def restore_drafts(self, drafts: Sequence[Draft]) -> list[IntakeView]:
        """Open intakes from drafts (after a crash); each keeps autosaving under its own key."""
        views = []
        open_keys = {view.draft_key for view in self.intakes()}
        for draft in drafts:
            if draft.key in open_keys:
                continue
            view = self._intake(draft=draft)
            self._show_tab(view, view.title())
            views.append(view)
        return views

    # -- state --------------------------------------------------------------------------------

    def intakes(self) -> list[IntakeView]:
        """Every open intake."""
        return [w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), IntakeView)]

    def current_intake(self) -> IntakeView | None:
        """The intake in the current tab, if it is one."""
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, IntakeView) else None

    def _retitle(self, view: QWidget, title: str) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0:
            self.tabs.setTabText(index, title)
            self._name_close_buttons()

    def _intake_saved(self, case_id: int) -> None:
        index = self._existing(case_id, CaseDetailView)
        if index >= 0:
            widget = self.tabs.widget(index)
            if isinstance(widget, CaseDetailView):
                widget.reload()
        self.case_saved.emit(case_id)

    def _cycle(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    # -- closing ------------------------------------------------------------------------------

    def close_tab(self, index: int) -> bool:
        """Close a tab; an intake with unsaved input asks first. False when it stays open."""
        widget = self.tabs.widget(index)
        if widget is None:
            return False
        drafts_changed = False
        if isinstance(widget, IntakeView) and widget.has_unsaved_changes():
            choice = self._prompter.unsaved_changes(self, widget.title())
            if choice == "cancel":
                return False
            if choice == "save" and widget.save() is None:
                return False
            if choice == "keep":
                widget.save_draft()
            if choice == "discard":
                widget.discard_draft(reason="user")
            drafts_changed = True
        elif isinstance(widget, IntakeView):
            widget.discard_draft(reason="saved")
        if isinstance(widget, IntakeView):
            widget.stop_autosave()
            features = getattr(widget, "features", None)
            if features is not None:
                features.shutdown()
        self.tabs.removeTab(index)
        widget.deleteLater()
        if drafts_changed:
            self.drafts_changed.emit()
        if self.tabs.count() == 0:
            self.hide()
        return True

    def flush_drafts(self) -> int:
        """Write the draft of every intake with unsaved input; returns how many."""
        kept = 0
        for view in self.intakes():
            if view.has_unsaved_changes() and view.save_draft():
                kept += 1
        return kept

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window only hides it; the intakes stay open and keep autosaving.
        if self.flush_drafts():
            self.drafts_changed.emit()
        event.accept()

    def shutdown(self) -> None:
        """The application is quitting: keep every unsaved input as a draft and stop the timers."""
        self.flush_drafts()
        for view in self.intakes():
            view.stop_autosave()
            features = getattr(view, "features", None)
            if features is not None:
                features.shutdown()
        self.close()

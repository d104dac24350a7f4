"""The counselor's desk: the case list window and the window of open cases, wired together (built by app.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from counselor_app.domain.drafts import Draft
from counselor_app.domain.entities import Actor
from counselor_app.services.container import Services
from counselor_app.ui.appearance import Appearance
from counselor_app.ui.cases.case_workspace import CaseWorkspace
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.prompter import MessageBoxPrompter, Prompter


class Desk(QObject):
    """Owns both windows and the flows between them.

    * the list's ``case_opened`` opens a case's detail, or a new intake for 0 (Ctrl+N);
    * saving in an intake refreshes the list;
    * drafts left by an earlier session are offered in the list window's banner;
    * quitting (closing the list window) keeps every unsaved intake as a draft.
    """

    def __init__(
        self,
        services: Services,
        actor: Actor,
        *,
        prompter: Prompter | None = None,
        appearance: Appearance | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.actor = actor
        self._prompter: Prompter = prompter or MessageBoxPrompter()
        autosave = int(services.setup.settings().get("autosave_seconds", 3))
        self.main_window = MainWindow(services, actor, appearance=appearance)
        self.main_window.office_settings_changed.connect(self._office_settings_changed)
        self.workspace = CaseWorkspace(services, actor, autosave_seconds=autosave, prompter=self._prompter)
        self.main_window.case_opened.connect(self.workspace.open_case)
        self.workspace.case_saved.connect(lambda _case_id: self.main_window.refresh())
        self.workspace.drafts_changed.connect(self.refresh_drafts)
        self.main_window.restore_drafts_requested.connect(self.restore_drafts)
        self.main_window.discard_drafts_requested.connect(self.discard_drafts)
        self.main_window.installEventFilter(self)
        self.refresh_drafts()

    def replace_actor(self, actor: Actor) -> None:
        """Another user signed in at the lock screen: keep the previous user's input as
        drafts, close their cases, and give the new user a fresh case window."""
        previous = self.workspace
        previous.shutdown()
        self.main_window.case_opened.disconnect(previous.open_case)
        previous.deleteLater()
        self.actor = actor
        autosave = int(self.services.setup.settings().get("autosave_seconds", 3))
        self.workspace = CaseWorkspace(self.services, actor, autosave_seconds=autosave, prompter=self._prompter)
        self.workspace.case_saved.connect(lambda _case_id: self.main_window.refresh())
        self.workspace.drafts_changed.connect(self.refresh_drafts)
        self.main_window.case_opened.connect(self.workspace.open_case)
        self.refresh_drafts()

    def _office_settings_changed(self, changed: dict[str, object]) -> None:
        seconds = changed.get("autosave_seconds")
        if isinstance(seconds, int):
            self.workspace.set_autosave_seconds(seconds)

    def pending_drafts(self) -> list[Draft]:
        """The user's drafts that no open intake is working on."""
        open_keys = {view.draft_key for view in self.workspace.intakes()}
        return [draft for draft in self.services.drafts.pending(self.actor) if draft.key not in open_keys]

    def refresh_drafts(self) -> None:
        """Update the banner's count."""
        self.main_window.set_pending_drafts(len(self.pending_drafts()))

    def restore_drafts(self) -> None:
        """Open every pending draft in the case window."""
        self.workspace.restore_drafts(self.pending_drafts())
        self.refresh_drafts()

    def discard_drafts(self) -> None:
        """Throw pending drafts away after confirmation (audited)."""
        drafts = self.pending_drafts()
        if drafts and self._prompter.confirm_discard_drafts(self.main_window, len(drafts)):
            for draft in drafts:
                self.services.drafts.discard(self.actor, draft.key, reason="user")
        self.refresh_drafts()

    def show(self) -> None:
        """Show the list window."""
        self.main_window.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main_window and event.type() == QEvent.Type.Close:
            self.workspace.shutdown()
        return super().eventFilter(watched, event)

"""A case read in full: every field, the handling log (処理経過), referrals, and linked re-consultations (再相談)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.entities import Actor, Case
from counselor_app.domain.errors import DomainError
from counselor_app.services.container import Services
from counselor_app.ui import theme
from counselor_app.ui.cases.case_html import CASE_LINK_PREFIX, case_html
from counselor_app.ui.i18n import display_codelists
from counselor_app.ui.service_messages import error_text


class CaseDetailView(QWidget):
    """Read-only view of one case, with editing, a new re-consultation and linking as actions.

    Signals:
        edit_requested: the case id to open in the intake.
        open_case_requested: a related case's id (clicked in the 再相談 section).
        reconsult_requested: the case to start a new, linked intake from.
        linked: the case id after its 再相談 link changed.
    """

    edit_requested = Signal(int)
    open_case_requested = Signal(int)
    reconsult_requested = Signal(object)
    linked = Signal(int)

    def __init__(self, services: Services, actor: Actor, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._case_id = case_id
        self._case: Case | None = None
        self.setObjectName("CaseDetailView")
        self.title_label = QLabel(self)
        theme.set_role(self.title_label, "title")
        self.edit_button = QPushButton(self.tr("編集（Ctrl+E）"), self)
        self.reconsult_button = QPushButton(self.tr("再相談を受け付ける（Ctrl+Shift+N）"), self)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self._case_id))
        self.reconsult_button.clicked.connect(self._reconsult)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.reconsult_button)
        top.addWidget(self.edit_button)

        self.link_edit = QLineEdit(self)
        self.link_edit.setObjectName("detail.link")
        self.link_edit.setPlaceholderText(self.tr("例: 131016-R8-000123"))
        self.link_edit.setMinimumWidth(200)
        self.link_edit.setMaximumWidth(240)
        link_caption = QLabel(self.tr("この相談は次の相談の再相談(&L):"), self)
        link_caption.setBuddy(self.link_edit)
        self.link_button = QPushButton(self.tr("関連付ける"), self)
        self.unlink_button = QPushButton(self.tr("関連付けを外す"), self)
        self.link_message = QLabel(self)
        self.link_message.setWordWrap(True)
        self.link_edit.returnPressed.connect(self.link)
        self.link_button.clicked.connect(self.link)
        self.unlink_button.clicked.connect(self.unlink)
        link_row = QHBoxLayout()
        link_row.addWidget(link_caption)
        link_row.addWidget(self.link_edit)
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.unlink_button)
        link_row.addWidget(self.link_message, 1)

        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("相談の内容"))
        self.browser.setObjectName("detail.browser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addLayout(link_row)
        for sequence, slot in (("Ctrl+E", lambda: self.edit_requested.emit(self._case_id)), ("Ctrl+Shift+N", self._reconsult)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.reload()

    def case_id(self) -> int:
        """The case shown."""
        return self._case_id

    def case(self) -> Case | None:
        """The case as last loaded."""
        return self._case

    def title(self) -> str:
        """Tab title."""
        return self._case.case_no or "" if self._case else ""

    def reload(self) -> None:
        """Read the case again (the read is audited as a view)."""
        case = self._services.cases.get(self._actor, self._case_id)
        self._case = case
        earlier, later = self._services.cases.related(self._actor, case)
        destinations = {entry.id: entry.name for entry in self._services.reference.directory}
        status = display_codelists(self._services.reference.codelists)["case_status"].label_of(case.status)
        self.title_label.setText(self.tr("%1　%2").replace("%1", case.case_no or "").replace("%2", status))
        self.browser.setHtml(
            case_html(
                case,
                display_codelists(self._services.reference.codelists),
                earlier=earlier,
                later=later,
                destinations=destinations,
                columns=2,
            )
        )
        self.link_edit.setText(earlier.case_no or "" if earlier else "")
        self.unlink_button.setEnabled(case.related_case_uuid is not None)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(CASE_LINK_PREFIX):
            self.open_case_requested.emit(int(text[len(CASE_LINK_PREFIX):]))

    def _reconsult(self) -> None:
        if self._case is not None:
            self.reconsult_requested.emit(self._case)

    def link(self) -> None:
        """Record that this case re-consults the case whose number was typed."""
        number = self.link_edit.text().strip()
        if not number:
            return
        try:
            self._services.cases.link_related(self._actor, self._case_id, number)
        except DomainError as exc:
            self._show_link_error(exc)
            return
        theme.set_role(self.link_message, "ok")
        self.link_message.setText(self.tr("関連付けました"))
        self.reload()
        self.linked.emit(self._case_id)

    def unlink(self) -> None:
        """Remove the 再相談 link."""
        try:
            self._services.cases.link_related(self._actor, self._case_id, None)
        except DomainError as exc:
            self._show_link_error(exc)
            return
        theme.set_role(self.link_message, "ok")
        self.link_message.setText(self.tr("関連付けを外しました"))
        self.reload()
        self.linked.emit(self._case_id)

    def _show_link_error(self, exc: DomainError) -> None:
        messages = {
            "not_found": self.tr("その相談番号の相談は見つかりません"),
            "validation": self.tr("関連付けできません（同じ相談か、つながりが循環します）"),
            "conflict": self.tr("この相談は他の端末で更新されました。再読み込みしてからやり直してください。"),
            "permission": self.tr("その相談は開けません"),
            "state": self.tr("決裁済みの相談は変更できません"),
        }
        text = messages.get(exc.code, error_text(exc, with_where=False))
        if exc.code == "validation" and exc.where != "related_case_uuid":
            text = self.tr("この相談には保存できない入力があります。編集で直してから関連付けてください。")
        theme.set_role(self.link_message, "error")
        self.link_message.setText(text)

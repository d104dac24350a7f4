"""Recording a 移送・紹介・情報提供: destination, kind, dates, consent to share and what is asked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.entities import Actor, Referral
from counselor_app.domain.errors import DomainError
from counselor_app.services.container import Services
from counselor_app.ui import theme
from counselor_app.ui.i18n import display_codelists
from counselor_app.ui.service_messages import error_text

# Fields in the order a counselor asks for consent (labels are translated in the dialog).
CONSENT_FIELDS = ("name", "name_kana", "phone", "email", "address", "postal_code", "birth_date")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ReferralDialog(QDialog):
    """Records one referral of a case; ``referral`` holds the result after acceptance."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        case_id: int,
        *,
        destination_id: str | None = None,
        kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._case_id = case_id
        self.referral: Referral | None = None
        self.setWindowTitle(self.tr("移送・紹介の記録"))
        lists = display_codelists(services.reference.codelists)
        today = services.clock.now().date()

        self.destination = QComboBox(self)
        self.destination.setEditable(True)
        self.destination.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.destination.setAccessibleName(self.tr("移送・紹介先"))
        for entry in services.referrals.destinations():
            self.destination.addItem(entry.name, entry.id)
        completer = self.destination.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if destination_id is not None:
            self.destination.setCurrentIndex(max(0, self.destination.findData(destination_id)))

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("種別"))
        for item in lists["referral_kind"].items:
            self.kind.addItem(item.label, item.code)
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("方法"))
        for item in lists["referral_method"].items:
            self.method.addItem(item.label, item.code)
        self.date = QDateEdit(_qdate(today), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("移送・紹介日"))
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setAccessibleName(self.tr("回答期限"))
        self.no_due = QCheckBox(self.tr("期限なし"), self)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("理由"))
        self.request = QPlainTextEdit(self)
        self.request.setAccessibleName(self.tr("依頼事項"))
        self.request.setTabChangesFocus(True)
        self.request.setFixedHeight(self.fontMetrics().height() * 4)

        self.consent = QCheckBox(self.tr("相談者の同意を得た（個人情報を先方に伝える）"), self)
        self.scope_boxes: dict[str, QCheckBox] = {}
        scope = QGroupBox(self.tr("伝えてよい項目"), self)
        grid = QGridLayout(scope)
        labels = {
            "name": self.tr("氏名"),
            "name_kana": self.tr("フリガナ"),
            "phone": self.tr("電話番号"),
            "email": self.tr("メールアドレス"),
            "address": self.tr("住所"),
            "postal_code": self.tr("郵便番号"),
            "birth_date": self.tr("生年月日"),
        }
        for index, field in enumerate(CONSENT_FIELDS):
            box = QCheckBox(labels[field], scope)
            box.setEnabled(False)
            self.scope_boxes[field] = box
            grid.addWidget(box, index // 4, index % 4)
        self.consent.toggled.connect(self._consent_toggled)

        form = QFormLayout()
        form.addRow(self.tr("移送・紹介先"), self.destination)
        form.addRow(self.tr("種別"), self.kind)
        form.addRow(self.tr("方法"), self.method)
        form.addRow(self.tr("日付"), self.date)
        due_row = QWidget(self)
        due_layout = QGridLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due, 0, 0)
        due_layout.addWidget(self.no_due, 0, 1)
        form.addRow(self.tr("回答期限"), due_row)
        form.addRow(self.tr("理由"), self.reason)
        form.addRow(self.tr("依頼事項"), self.request)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        theme.set_role(self.error, "error")
        self.error.setAccessibleName(self.tr("エラー"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("記録する"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.consent)
        layout.addWidget(scope)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._update_due())
        self.date.dateChanged.connect(lambda _d: self._update_due())
        self.no_due.toggled.connect(lambda checked: self.due.setEnabled(not checked))
        self._update_due()
        self.resize(640, self.sizeHint().height())

    def _consent_toggled(self, checked: bool) -> None:
        for box in self.scope_boxes.values():
            box.setEnabled(checked)
            if not checked:
                box.setChecked(False)

    def _update_due(self) -> None:
        due = self._services.referrals.due_date_for(str(self.kind.currentData()), _pydate(self.date.date()))
        self.no_due.setChecked(due is None)
        if due is not None:
            self.due.setDate(_qdate(due))

    def _save(self) -> None:
        try:
            self.referral = self._services.referrals.record(
                self._actor,
                self._case_id,
                destination_id=str(self.destination.currentData()),
                kind=str(self.kind.currentData()),
                date=_pydate(self.date.date()),
                method=str(self.method.currentData()),
                reason=self.reason.text(),
                request=self.request.toPlainText(),
                consent=self.consent.isChecked(),
                consent_scope=tuple(field for field, box in self.scope_boxes.items() if box.isChecked()),
                due_date=None if self.no_due.isChecked() else _pydate(self.due.date()),
                no_due_date=self.no_due.isChecked(),
            )
        except DomainError as exc:
            self.error.setText(error_text(exc, with_where=False))
            return
        self.accept()

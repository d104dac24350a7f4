"""Intake steps 商品・役務 (product class, sales form, methods, keywords) and 相談内容 (subject, narrative, amounts)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from counselor_app.domain.entities import Case
from counselor_app.domain.text import normalise_display
from counselor_app.ui import theme
from counselor_app.ui.intake.step_base import IntakeStep, StepContext, new_form
from counselor_app.ui.widgets.code_picker import CodeMultiPicker, CodePicker
from counselor_app.ui.widgets.text_inputs import AmountInput


class ClassificationStep(IntakeStep):
    """商品・役務 (hierarchical), 販売購入形態, 販売方法・手口 (several), 相談内容キーワード (several)."""

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        lists = self.codelists
        form = new_form()
        self.product = self.add_field(
            form,
            "product",
            self.tr("商品・役務(&P)"),
            CodePicker(lists["product"], placeholder=self.tr("例: 健康食品、けんこう、0201（大分類 > 小分類）")),
        )
        self.sales_form = self.add_field(
            form,
            "sales_form",
            self.tr("販売購入形態(&F)"),
            CodePicker(lists["sales_form"], placeholder=self.tr("店舗購入・通信販売・訪問販売…")),
        )
        self.methods = self.add_field(
            form,
            "methods",
            self.tr("販売方法・手口(&M)"),
            CodeMultiPicker(lists["sales_method"], placeholder=self.tr("入力してEnterで追加（いくつでも）")),
        )
        self.keywords = self.add_field(
            form,
            "keywords",
            self.tr("内容キーワード(&W)"),
            CodeMultiPicker(lists["content_keyword"], placeholder=self.tr("入力してEnterで追加（いくつでも）")),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        QWidget.setTabOrder(self.product.focusProxy(), self.sales_form.focusProxy())
        QWidget.setTabOrder(self.sales_form.focusProxy(), self.methods.picker.edit)
        QWidget.setTabOrder(self.methods.picker.edit, self.methods.chips)
        QWidget.setTabOrder(self.methods.chips, self.keywords.picker.edit)
        QWidget.setTabOrder(self.keywords.picker.edit, self.keywords.chips)

    def title(self) -> str:
        return self.tr("商品・役務")

    def load(self, case: Case) -> None:
        self.product.set_code(case.product)
        self.sales_form.set_code(case.sales_form)
        self.methods.set_codes(case.methods)
        self.keywords.set_codes(case.keywords)

    def apply(self, case: Case) -> Case:
        return dataclasses.replace(
            case,
            product=self.product.code(),
            sales_form=self.sales_form.code(),
            methods=self.methods.codes(),
            keywords=self.keywords.codes(),
        )


class ContentStep(IntakeStep):
    """相談内容: 件名, 相談概要 (the narrative), 契約購入金額, 既支払金額, 支払方法.

    Signals:
        narrative_changed: the narrative text (for the personal-information suggestion).
    """

    narrative_changed = Signal(str)

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        form = new_form()
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(self.tr("一行で（例: 定期購入の解約）"))
        self.add_field(form, "subject", self.tr("件名(&J)"), self.subject, raw=True)
        self.narrative = QPlainTextEdit(self)
        self.narrative.setTabChangesFocus(True)
        self.narrative.setPlaceholderText(
            self.tr("いつ・どこで・何を・いくらで・どうなったか・相談者の希望。Tabで次の欄へ。")
        )
        self.narrative.setMinimumHeight(190)
        self.add_field(form, "narrative", self.tr("相談概要(&N)"), self.narrative)
        self.count = QLabel(self)
        theme.set_role(self.count, "muted")
        form.addRow("", self.count)
        self.contract_amount = AmountInput(self)
        self.add_field(form, "contract_amount", self.tr("契約購入金額(&E)"), self.contract_amount, raw=True)
        self.paid_amount = AmountInput(self)
        self.add_field(form, "paid_amount", self.tr("既支払金額(&I)"), self.paid_amount, raw=True)
        self.payment = self.add_field(
            form,
            "payment",
            self.tr("支払方法(&Y)"),
            CodePicker(self.codelists["payment"], placeholder=self.tr("現金・クレジットカード…")),
        )
        self.narrative.textChanged.connect(self._narrative_edited)
        self._columns = QHBoxLayout(self)
        form_column = QVBoxLayout()
        form_column.addLayout(form)
        form_column.addStretch(1)
        self._columns.addLayout(form_column, 3)

    def add_side_widget(self, widget: QWidget) -> None:
        """Show a helper beside the form (the 類似事例 list), taking about a third of the width."""
        widget.setParent(self)
        self._columns.addWidget(widget, 2)

    def title(self) -> str:
        return self.tr("相談内容")

    def _narrative_edited(self) -> None:
        text = self.narrative.toPlainText()
        self.count.setText(self.tr("%1文字").replace("%1", str(len(text))))
        self.narrative_changed.emit(text)

    def load(self, case: Case) -> None:
        self.subject.setText(case.subject)
        if self.narrative.toPlainText() != case.narrative:
            self.narrative.setPlainText(case.narrative)
        self.contract_amount.set_amount(case.contract_amount)
        self.paid_amount.set_amount(case.paid_amount)
        self.payment.set_code(case.payment)

    def apply(self, case: Case) -> Case:
        return dataclasses.replace(
            case,
            subject=normalise_display(self.subject.text()),
            narrative=self.narrative.toPlainText().strip(),
            contract_amount=self.contract_amount.amount(),
            paid_amount=self.paid_amount.amount(),
            payment=self.payment.code(),
        )

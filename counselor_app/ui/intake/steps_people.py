"""Intake steps 相談者 and 契約当事者: identity (personal fields) and the attributes PIO-NET counts by."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from counselor_app.domain.entities import Case, Party
from counselor_app.domain.text import normalise_display
from counselor_app.ui import theme
from counselor_app.ui.intake.field_text import person_field_label
from counselor_app.ui.intake.step_base import IntakeStep, StepContext, new_form
from counselor_app.ui.widgets.code_picker import CodePicker
from counselor_app.ui.widgets.text_inputs import AgeInput, DateInput

SELF_RELATION = "01"  # 本人


def _text(edit: QLineEdit) -> str | None:
    value = normalise_display(edit.text())
    return value or None


def age_on(birth: dt.date, day: dt.date) -> int:
    """Completed years of age on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


class PersonStep(IntakeStep):
    """A person's page; ``role`` is ``consultant`` (相談者) or ``party`` (契約当事者)."""

    role = "consultant"

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        lists = self.codelists
        role = self.role
        self.identity = new_form()
        self.attributes = new_form()
        self.name = self._line(self.identity, "name", self.tr("氏名(&M)"), self.tr("例: 山田 花子（匿名希望なら空欄）"))
        self.name_kana = self._line(self.identity, "name_kana", self.tr("フリガナ"), self.tr("ヤマダ ハナコ"))
        self.phone = self._line(self.identity, "phone", self.tr("電話番号(&T)"), self.tr("090-0000-0000"))
        self.email = self._line(self.identity, "email", self.tr("メール"), "")
        self.postal_code = self._line(self.identity, "postal_code", self.tr("郵便番号"), self.tr("123-4567"))
        self.postal_code.setMaximumWidth(120)
        self.address = self._line(self.identity, "address", self.tr("住所"), self.tr("番地・建物名まで"))

        self.age = AgeInput(self)
        self.add_field(self.attributes, f"{role}.age", self.tr("年齢(&A)"), self.age, raw=True)
        self.age_band = CodePicker(lists["age_band"], placeholder=self.tr("70歳代・不明…"))
        self.add_field(self.attributes, f"{role}.age_band", self.tr("年代(&B)"), self.age_band)
        self.birth_date = DateInput(self)
        self.add_field(self.attributes, f"{role}.birth_date", self.tr("生年月日"), self.birth_date, raw=True)
        self.gender = self.add_field(
            self.attributes, f"{role}.gender", self.tr("性別(&X)"), CodePicker(lists["gender"], placeholder=self.tr("女性・男性…"))
        )
        self.occupation = self.add_field(
            self.attributes,
            f"{role}.occupation",
            self.tr("職業(&O)"),
            CodePicker(lists["occupation"], placeholder=self.tr("給与生活者・無職…")),
        )
        self.prefecture = self.add_field(
            self.attributes, f"{role}.prefecture", self.tr("都道府県"), CodePicker(lists["prefecture"], placeholder=self.tr("東京都…"))
        )
        self.municipality = self._line(self.attributes, "municipality", self.tr("市区町村"), self.tr("千代田区"))
        self._band_was_derived = False
        self.age.edited.connect(self._derive_band)
        self.birth_date.edited.connect(self._derive_age)
        self.age_band.edited.connect(self._band_chosen)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        left = QVBoxLayout()
        self.identity_caption = QLabel(self.tr("連絡先（個人情報）"), self)
        theme.set_role(self.identity_caption, "heading")
        left.addWidget(self.identity_caption)
        left.addLayout(self.identity)
        left.addStretch(1)
        right = QVBoxLayout()
        attributes_caption = QLabel(self.tr("属性（統計に使います）"), self)
        theme.set_role(attributes_caption, "heading")
        right.addWidget(attributes_caption)
        right.addLayout(self.attributes)
        right.addStretch(1)
        self.columns.addLayout(left, 1)
        self.columns.addLayout(right, 1)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(self.columns, 1)
        self._tab_order()

    def _line(self, form: QFormLayout, name: str, label: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        self.add_field(form, f"{self.role}.{name}", label, edit, raw=True)
        return edit

    def _tab_order(self) -> None:
        # Down the left column, then down the right one.
        chain: list[QWidget] = [
            self.name,
            self.name_kana,
            self.phone,
            self.email,
            self.postal_code,
            self.address,
            self.age.edit,
            self.age_band.edit,
            self.birth_date.edit,
            self.gender.edit,
            self.occupation.edit,
            self.prefecture.edit,
            self.municipality,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def title(self) -> str:
        return self.tr("相談者")

    def first_focus(self) -> QWidget | None:
        return self.name

    # -- age helpers ---------------------------------------------------------------------

    def _derive_band(self) -> None:
        age = self.age.age()
        if age is None or not 0 <= age <= 120:
            return
        if self.age_band.code() is None or self._band_was_derived:
            self.age_band.set_code(self.codelists.age_band_for(age))
            self._band_was_derived = True

    def _band_chosen(self) -> None:
        self._band_was_derived = False

    def _derive_age(self) -> None:
        birth = self.birth_date.date()
        if birth is None or self.age.text().strip():
            return
        day = self.context.received_on()
        if birth <= day:
            self.age.set_age(age_on(birth, day))
            self._derive_band()

    # -- load / apply ----------------------------------------------------------------------

    def person_of(self, case: Case) -> Party:
        """The person this page edits."""
        return case.consultant

    def load(self, case: Case) -> None:
        self.show_person(self.person_of(case))

    def show_person(self, person: Party) -> None:
        """Fill the fields from a Party."""
        for name in ("name", "name_kana", "phone", "email", "postal_code", "address", "municipality"):
            getattr(self, name).setText(getattr(person, name) or "")
        self.age.set_age(person.age)
        self.age_band.set_code(person.age_band)
        self._band_was_derived = False
        self.birth_date.set_date(person.birth_date)
        self.gender.set_code(person.gender)
        self.occupation.set_code(person.occupation)
        self.prefecture.set_code(person.prefecture)

    def entered_person(self, base: Party) -> Party:
        """``base`` with the fields as entered."""
        return dataclasses.replace(
            base,
            name=_text(self.name),
            name_kana=_text(self.name_kana),
            phone=_text(self.phone),
            email=_text(self.email),
            postal_code=_text(self.postal_code),
            address=_text(self.address),
            municipality=_text(self.municipality),
            age=self.age.age(),
            age_band=self.age_band.code(),
            birth_date=self.birth_date.date(),
            gender=self.gender.code(),
            occupation=self.occupation.code(),
            prefecture=self.prefecture.code(),
        )

    def apply(self, case: Case) -> Case:
        return dataclasses.replace(case, consultant=self.entered_person(case.consultant))


class PartyStep(PersonStep):
    """契約当事者: one keystroke (Space on the first field, or Alt+S) when it is the caller."""

    role = "party"

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.same = QCheckBox(self.tr("相談者と同じ（本人の契約）(&S)"), self)
        self.same.setObjectName("party_same_as_consultant")
        self._fields = {"party_same_as_consultant": self.same, **self._fields}
        self.watch(self.same)
        self.same.toggled.connect(self._same_toggled)
        self.relation = CodePicker(self.codelists["relation"], placeholder=self.tr("配偶者・子・親…"))
        relation_form = new_form()
        self.add_field(relation_form, "party.relation", self.tr("相談者との関係(&L)"), self.relation)
        self.same_note = QLabel(self.tr("相談者の氏名・連絡先・属性をそのまま使います。"), self)
        theme.set_role(self.same_note, "muted")
        self.same_note.hide()
        header = QHBoxLayout()
        header.addWidget(self.same)
        header.addSpacing(24)
        header.addLayout(relation_form, 1)
        self.outer.insertLayout(0, header)
        self.outer.insertWidget(1, self.same_note)
        QWidget.setTabOrder(self.same, self.relation.edit)
        QWidget.setTabOrder(self.relation.edit, self.name)

    def title(self) -> str:
        return self.tr("契約当事者")

    def first_focus(self) -> QWidget | None:
        return self.same

    def person_of(self, case: Case) -> Party:
        return case.party

    def _same_toggled(self, same: bool) -> None:
        for name in (
            "name", "name_kana", "phone", "email", "postal_code", "address", "municipality",
            "age", "age_band", "birth_date", "gender", "occupation", "prefecture",
        ):  # fmt: skip
            getattr(self, name).setEnabled(not same)
        self.identity_caption.setEnabled(not same)
        self.relation.setEnabled(not same)
        self.same_note.setVisible(same)
        if same:
            self.relation.set_code(SELF_RELATION)

    def load(self, case: Case) -> None:
        self.same.setChecked(case.party_same_as_consultant)
        if case.party_same_as_consultant:
            self.show_person(Party())
            self.relation.set_code(SELF_RELATION)
        else:
            self.show_person(case.party)
            self.relation.set_code(case.party.relation)
        self._same_toggled(case.party_same_as_consultant)

    def apply(self, case: Case) -> Case:
        if self.same.isChecked():
            # Stored as a copy of the consultant (see CaseRepository); the relation is 本人.
            return dataclasses.replace(
                case,
                party_same_as_consultant=True,
                party=Party(),
                consultant=dataclasses.replace(case.consultant, relation=SELF_RELATION),
            )
        party = dataclasses.replace(self.entered_person(case.party), relation=self.relation.code())
        consultant = case.consultant
        if consultant.relation == SELF_RELATION:
            consultant = dataclasses.replace(consultant, relation=None)
        return dataclasses.replace(case, party_same_as_consultant=False, party=party, consultant=consultant)


__all__ = ["PartyStep", "PersonStep", "age_on", "person_field_label"]

"""管理 > 設定…: personal preferences (language, font size, theme) for everyone; office settings for admins."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.access import Permission, allows
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import DomainError
from counselor_app.domain.settings import SETTINGS
from counselor_app.services.container import Services
from counselor_app.services.preferences import MAX_FONT_SIZE, MIN_FONT_SIZE, PreferencesError
from counselor_app.ui import theme
from counselor_app.ui.appearance import Appearance
from counselor_app.ui.service_messages import error_text

# Office settings shown as spin boxes, in this order (key -> label; the range comes from domain/settings.py).
_NUMBERS: dict[str, str] = {
    "retention_years": QT_TRANSLATE_NOOP("SettingsDialog", "保存期間（年）(&Y)"),
    "referral_due_business_days": QT_TRANSLATE_NOOP("SettingsDialog", "移送・紹介の回答期限（営業日）(&D)"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "無操作でロックするまで（分）(&L)"),
    "surge_case_count": QT_TRANSLATE_NOOP("SettingsDialog", "急増アラート：同一事業者の件数(&C)"),
    "surge_window_days": QT_TRANSLATE_NOOP("SettingsDialog", "急増アラート：対象期間（日）(&W)"),
    "autosave_seconds": QT_TRANSLATE_NOOP("SettingsDialog", "入力中の自動保存の間隔（秒）(&A)"),
    "backup_keep_days": QT_TRANSLATE_NOOP("SettingsDialog", "自動バックアップを残す日数(&B)"),
}
_REGIMES: dict[str, str] = {
    "CURRENT": QT_TRANSLATE_NOOP("SettingsDialog", "現行（個人情報保護委員会への一元化後）"),
    "POLICY_2005": QT_TRANSLATE_NOOP("SettingsDialog", "2005年の基本方針（事業所管大臣制）"),
}
_LANGUAGES: dict[str, str] = {
    "ja": QT_TRANSLATE_NOOP("SettingsDialog", "日本語"),
    "en": QT_TRANSLATE_NOOP("SettingsDialog", "英語"),
}
_THEMES: dict[str, str] = {
    theme.STANDARD: QT_TRANSLATE_NOOP("SettingsDialog", "標準"),
    theme.HIGH_CONTRAST: QT_TRANSLATE_NOOP("SettingsDialog", "ハイコントラスト（黒地に白と黄）"),
}
# The spin box's lowest value reads "system default" (no fixed size).
_SYSTEM_SIZE = MIN_FONT_SIZE - 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(QDialog):
    """Two tabs: 個人設定 (saved in the user's config dir) and 事務所の設定 (in the database, admins only).

    Signals:
        office_settings_changed(dict): the office settings that were changed (key -> new value).
    """

    office_settings_changed = Signal(dict)

    def __init__(
        self, services: Services, actor: Actor, appearance: Appearance, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._appearance = appearance
        self._admin = allows(actor.role, Permission.CHANGE_SETTINGS)
        self._stored = services.setup.settings()
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("設定"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("設定の種類"))
        self.tabs.addTab(self._personal_tab(), self.tr("個人設定(&P)"))
        self.tabs.addTab(self._office_tab(), self.tr("事務所の設定(&O)"))
        layout.addWidget(self.tabs)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("メッセージ"))
        layout.addWidget(self.message_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.language_combo.setFocus()

    # -- construction --------------------------------------------------------------------

    def _personal_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("personalSettings")
        form = QFormLayout(page)
        preferences = self._appearance.preferences

        self.language_combo = QComboBox(page)
        for code, name in _LANGUAGES.items():
            self.language_combo.addItem(_tr(name), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(preferences.language)))
        self._add_row(form, self.tr("表示言語(&G)"), self.language_combo)

        self.font_spin = QSpinBox(page)
        self.font_spin.setRange(_SYSTEM_SIZE, MAX_FONT_SIZE)
        self.font_spin.setSpecialValueText(self.tr("システムの既定"))
        self.font_spin.setSuffix(self.tr(" ポイント"))
        self.font_spin.setValue(preferences.font_size if preferences.font_size is not None else _SYSTEM_SIZE)
        self._add_row(form, self.tr("文字の大きさ(&F)"), self.font_spin)

        self.theme_combo = QComboBox(page)
        for code, name in _THEMES.items():
            self.theme_combo.addItem(_tr(name), code)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(preferences.theme)))
        self._add_row(form, self.tr("配色(&T)"), self.theme_combo)

        note = QLabel(
            self.tr(
                "表示言語は次に起動したときから変わります。文字の大きさ（Ctrl+＋／Ctrl+－／Ctrl+0）と"
                "配色はすぐに変わります。この端末のあなたの設定として保存されます。"
            ),
            page,
        )
        note.setWordWrap(True)
        theme.set_role(note, "muted")
        form.addRow(note)
        return page

    def _office_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("officeSettings")
        form = QFormLayout(page)
        self.regime_combo = QComboBox(page)
        for code, name in _REGIMES.items():
            self.regime_combo.addItem(_tr(name), code)
        self.regime_combo.setCurrentIndex(max(0, self.regime_combo.findData(self._stored.get("regime"))))
        self._add_row(form, self.tr("窓口一覧の体制(&R)"), self.regime_combo)
        self.number_spins: dict[str, QSpinBox] = {}
        for key, label in _NUMBERS.items():
            spec = SETTINGS[key]
            spin = QSpinBox(page)
            spin.setObjectName(key)
            spin.setRange(spec.minimum or 0, spec.maximum or 10_000)
            spin.setValue(int(self._stored.get(key, spec.default)))
            self._add_row(form, _tr(label), spin)
            self.number_spins[key] = spin
        if not self._admin:
            for widget in (self.regime_combo, *self.number_spins.values()):
                widget.setEnabled(False)
            note = QLabel(self.tr("事務所の設定は管理者だけが変更できます。"), page)
            theme.set_role(note, "muted")
            form.addRow(note)
        return page

    def _add_row(self, form: QFormLayout, label: str, widget: QWidget) -> None:
        caption = QLabel(label, widget.parentWidget())
        caption.setBuddy(widget)
        widget.setAccessibleName(caption.text().replace("&", ""))
        form.addRow(caption, widget)

    # -- values -----------------------------------------------------------------------------

    def personal_values(self) -> dict[str, Any]:
        """The preferences as chosen in the dialog."""
        size = self.font_spin.value()
        return {
            "language": self.language_combo.currentData(),
            "font_size": None if size == _SYSTEM_SIZE else size,
            "theme": self.theme_combo.currentData(),
        }

    def office_changes(self) -> dict[str, Any]:
        """Office settings whose value differs from the stored one."""
        chosen: dict[str, Any] = {"regime": self.regime_combo.currentData()}
        chosen.update({key: spin.value() for key, spin in self.number_spins.items()})
        return {key: value for key, value in chosen.items() if self._stored.get(key) != value}

    def save(self) -> None:
        """Apply and store the preferences, then (admins) the office settings; stay open on an error."""
        try:
            problem = self._appearance.update(**self.personal_values())
        except PreferencesError as exc:
            self._say(exc.message, error=True)
            return
        changed: dict[str, Any] = {}
        if self._admin:
            for key, value in self.office_changes().items():
                try:
                    self._services.setup.change_setting(self._actor, key, value)
                except DomainError as exc:
                    self._say(error_text(exc), error=True)
                    widget = self.number_spins.get(key, self.regime_combo)
                    self.tabs.setCurrentIndex(1)
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    if changed:
                        self.office_settings_changed.emit(changed)
                    return
                changed[key] = value
                self._stored[key] = value
        if changed:
            self.office_settings_changed.emit(changed)
        if problem is not None:
            self._say(problem, error=True)
            return
        self.accept()

    def _say(self, text: str, *, error: bool) -> None:
        theme.set_role(self.message_label, "error" if error else None)
        self.message_label.setText(("● " if error else "") + text)


"""管理 > 設定…: personal preferences for everyone, office settings for admins (validated by the service, audited)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from counselor_app.app import run
from counselor_app.domain.entities import Actor
from counselor_app.paths import AppPaths, resources_dir
from counselor_app.services.container import Services
from counselor_app.services.preferences import Preferences, PreferencesStore
from counselor_app.ui import theme
from counselor_app.ui.appearance import Appearance
from counselor_app.ui.i18n import install_translators, ui_language
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.settings_dialog import SettingsDialog


@pytest.fixture
def restore_app(qapp: QApplication):  # type: ignore[no-untyped-def]
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    yield
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setProperty(theme.THEME_PROPERTY, None)
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    install_translators(qapp, "ja", resources_dir() / "i18n")


@pytest.fixture
def admin() -> Actor:
    return Actor(login="kanri", role="admin", office_code="131016", display_name="管理")


def test_menu_action_is_enabled_for_everyone(qtbot, services: Services, counselor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, counselor)
    qtbot.addWidget(window)
    assert window.settings_action.isEnabled()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    dialog.reject()


def test_admin_changes_office_settings_and_they_are_audited(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, services: Services, admin: Actor, tmp_path: Path, restore_app
) -> None:
    store = PreferencesStore(tmp_path / "preferences.json")
    window = MainWindow(services, admin, appearance=Appearance(qapp, Preferences(), store))
    qtbot.addWidget(window)
    changed: list[dict[str, object]] = []
    window.office_settings_changed.connect(changed.append)
    dialog = window.open_settings()
    dialog.number_spins["retention_years"].setValue(7)
    dialog.number_spins["surge_case_count"].setValue(8)
    dialog.regime_combo.setCurrentIndex(dialog.regime_combo.findData("POLICY_2005"))
    dialog.save()
    assert not dialog.isVisible()
    settings = services.setup.settings()
    assert (settings["retention_years"], settings["surge_case_count"], settings["regime"]) == (7, 8, "POLICY_2005")
    assert changed == [{"regime": "POLICY_2005", "retention_years": 7, "surge_case_count": 8}]
    event = services.audit.history("setting", "retention_years")[-1]
    assert event.actor == "kanri" and json.loads(event.detail) == {"old": 5, "new": 7}


def test_spin_boxes_offer_only_what_the_domain_allows(qtbot, qapp: QApplication, services: Services, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(services, admin, Appearance(qapp))
    qtbot.addWidget(dialog)
    spin = dialog.number_spins["idle_lock_minutes"]
    assert (spin.minimum(), spin.maximum()) == (1, 240)
    assert (dialog.font_spin.minimum(), dialog.font_spin.maximum()) == (7, 28)
    assert dialog.font_spin.specialValueText() == "システムの既定"


def test_a_refused_value_is_shown_and_the_dialog_stays_open(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counselor_app.domain.errors import ValidationError

    dialog = SettingsDialog(services, admin, Appearance(qapp))
    qtbot.addWidget(dialog)
    dialog.show()

    def refuse(actor: Actor, key: str, value: object) -> None:
        raise ValidationError("1 以上を指定してください", where=key)

    monkeypatch.setattr(services.setup, "change_setting", refuse)
    dialog.number_spins["autosave_seconds"].setValue(9)
    dialog.save()
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    assert dialog.message_label.text() == "● 自動保存の間隔（秒）: 1 以上を指定してください"
    assert dialog.focusWidget() is dialog.number_spins["autosave_seconds"]


def test_others_see_office_settings_but_cannot_change_them(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, services: Services, supervisor: Actor, tmp_path: Path, restore_app
) -> None:
    store = PreferencesStore(tmp_path / "preferences.json")
    dialog = SettingsDialog(services, supervisor, Appearance(qapp, Preferences(), store))
    qtbot.addWidget(dialog)
    assert not dialog.number_spins["retention_years"].isEnabled() and not dialog.regime_combo.isEnabled()
    dialog.font_spin.setValue(13)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.save()
    assert PreferencesStore(store.path).load() == Preferences(language="en", font_size=13, theme="standard")
    assert qapp.font().pointSizeF() == 13
    assert services.audit.history("setting", "retention_years") == []


def test_preferences_choose_language_size_and_theme_at_start(  # type: ignore[no-untyped-def]
    qapp: QApplication, services: Services, tmp_path: Path, restore_app
) -> None:
    paths = AppPaths.resolve(tmp_path / "data").create()
    PreferencesStore(paths.settings_file).save(Preferences(language="en", font_size=15, theme="high_contrast"))
    shot = tmp_path / "shot.png"
    assert run(paths, services, screenshot=str(shot)) == 0
    assert shot.stat().st_size > 10_000
    assert ui_language() == "en"
    assert qapp.font().pointSizeF() == 15 and qapp.property(theme.THEME_PROPERTY) == "high_contrast"


def test_lang_option_overrides_the_stored_language(  # type: ignore[no-untyped-def]
    qapp: QApplication, services: Services, tmp_path: Path, restore_app
) -> None:
    paths = AppPaths.resolve(tmp_path / "data").create()
    PreferencesStore(paths.settings_file).save(Preferences(language="en"))
    assert run(paths, services, screenshot=str(tmp_path / "shot.png"), language="ja") == 0
    assert ui_language() == "ja"

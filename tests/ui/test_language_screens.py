"""Every window in English says nothing in Japanese, and in Japanese nothing in English — apart from data.

Data is defined in tests/ui/screen_text.py: what users (or ``counselor demo``) stored
(subjects, narratives, names, business and office names, logins, the database path),
the office-editable reference content (the directory of windows with its legal bases,
the handling guidance, the classifier's rule ids) and what the test typed. Codes are
never data: a window must show a code-list label, not ``open`` or ``F``.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from counselor_app.domain.entities import Actor
from counselor_app.paths import resources_dir
from counselor_app.services.container import Services
from counselor_app.ui.i18n import install_translators
from tests.ui.all_windows import NARRATIVE, every_window, fill_demo, sqlite_services
from tests.ui.screen_text import data_strings, english_left, japanese_left, widget_texts


@pytest.fixture
def english(qapp: QApplication):  # type: ignore[no-untyped-def]
    _remove_translators(qapp)  # Qt's own Japanese, left by earlier tests, would answer first
    translators = install_translators(qapp, "en", resources_dir() / "i18n")
    yield translators
    _remove_translators(qapp)
    install_translators(qapp, "ja", resources_dir() / "i18n")


def _remove_translators(app: QApplication) -> None:
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def _texts(services: Services, actor: Actor, qtbot: Any) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    keep: list[Any] = []
    texts: list[tuple[str, str]] = []
    names = []
    for name, root in every_window(services, actor, qtbot, keep):
        names.append(name)
        texts += [(f"{name} / {where}", text) for where, text in widget_texts(root)]
    # Typed by the test, or examples of values that are ASCII by rule (logins, file paths).
    typed = [NARRATIVE, "/tmp/encrypted.db", "kanri", "sato.h"]
    return texts, data_strings(services, actor, typed=typed), names


@pytest.mark.parametrize("role", ["admin", "counselor"])
def test_english_windows_show_no_japanese_but_data(qtbot, english, sqlite_db, reference, clock, role: str) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_services(sqlite_db, reference, clock)
    fill_demo(services)
    actor = Actor(login="sato.h", role=role, office_code="131016", display_name="佐藤")
    texts, data, names = _texts(services, actor, qtbot)
    assert {"main window", "intake step 1", "intake step 7", "settings (personal)", "reports (monthly)"} <= set(names)
    assert len(texts) > 1000
    assert japanese_left(texts, data) == []
    # The English is really there (not an empty window): menus, labels and code-list labels.
    shown = {text for _where, text in texts}
    assert {"File", "Cases", "Received", "Phone", "Settings", "Personal info: all"} <= shown


@pytest.mark.parametrize("role", ["admin", "counselor"])
def test_japanese_windows_show_no_english_but_data(qtbot, sqlite_db, reference, clock, role: str) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_services(sqlite_db, reference, clock)
    fill_demo(services)
    actor = Actor(login="sato.h", role=role, office_code="131016", display_name="佐藤")
    texts, data, _names = _texts(services, actor, qtbot)
    assert english_left(texts, data) == []
    shown = {text for _where, text in texts}
    assert {"ファイル(F)", "受付日時", "個人情報：すべて", "設定"} <= shown

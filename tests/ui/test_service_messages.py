"""Messages raised below the interface reach an English window in English (via their templates), a Japanese one unchanged."""

from __future__ import annotations

import importlib.util
import json

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from counselor_app.domain.errors import PermissionDeniedError, ValidationError
from counselor_app.domain.settings import validate_setting
from counselor_app.paths import resources_dir
from counselor_app.services.casebook_service import ImportFileError
from counselor_app.ui.i18n import install_translators
from counselor_app.ui.service_messages import COMPOSITES, TEMPLATES, error_text, translate_message
from tests.helpers import ROOT
from tests.ui.screen_text import JAPANESE


def _scanner():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("service_messages", ROOT / "scripts" / "service_messages.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_raised_message_has_a_template() -> None:
    raised = _scanner().raised_templates()
    assert len(raised) > 200
    missing = {template: where for template, where in raised.items() if template not in TEMPLATES}
    assert missing == {}, "add them to counselor_app/ui/service_messages.py and English to resources/i18n/en/ship.json"


def test_every_template_has_english_without_japanese() -> None:
    english: dict[str, str] = {}
    for path in sorted((resources_dir() / "i18n" / "en").glob("*.json")):
        english.update(json.loads(path.read_text(encoding="utf-8")))
    untranslated = [t for t in (*TEMPLATES, *COMPOSITES) if t not in english]
    assert untranslated == []
    still_japanese = {t for t in (*TEMPLATES, *COMPOSITES) if JAPANESE.search(english[t])}
    # An import file's columns are named in Japanese (the NCAC shape); the English names them as in the file.
    file_format = {"受付年月日がありません（必須）", "相談概要がありません（必須）", "「種別：窓口名」の形で書いてください: %1"}
    assert still_japanese == file_format


@pytest.fixture
def english(qapp: QApplication):  # type: ignore[no-untyped-def]
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    install_translators(qapp, "en", resources_dir() / "i18n")
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    install_translators(qapp, "ja", resources_dir() / "i18n")


def _raised(call) -> Exception:  # type: ignore[no-untyped-def]
    try:
        call()
    except Exception as exc:  # noqa: BLE001 - the error is what the test looks at
        return exc
    raise AssertionError("nothing was raised")


def test_japanese_window_shows_the_message_with_a_japanese_field_name(qapp: QApplication) -> None:
    error = _raised(lambda: validate_setting("retention_years", 0))
    assert error_text(error) == "保存期間（年）: 1 以上を指定してください"
    assert error_text(error, with_where=False) == "1 以上を指定してください"


def test_english_window_translates_templates_and_keeps_values(english) -> None:  # type: ignore[no-untyped-def]
    error = _raised(lambda: validate_setting("retention_years", 0))
    assert error_text(error) == "Retention (years): Enter 1 or more"
    assert translate_message("パスワードは 10 文字以上にしてください") == "A password needs at least 10 characters"
    assert (
        translate_message("この相談は sato が 2026-11-27 10:30 に保存しています（版 3）。上書きせずに、最新の内容を確認してください。")
        == "sato saved this case at 2026-11-27 10:30 (version 3). Nothing was overwritten; check the latest content."
    )
    refused = PermissionDeniedError("設定の変更は管理者（admin）だけができます", where="change_settings")
    assert error_text(refused, with_where=False) == "Only administrators can change settings"


def test_composed_import_problems_are_translated_part_by_part(english) -> None:  # type: ignore[no-untyped-def]
    problem = "cases.csv: 3 行 列「受付年月日」: 日付として読めません: 2026/02/30"
    assert translate_message(problem) == "cases.csv: line 3, column “受付年月日”: Not a date: 2026/02/30"
    error = ImportFileError([problem, "cases.csv: 4 行 列「相談概要」: 相談概要がありません（必須）"])
    assert error_text(error) == "cases.csv: line 3, column “受付年月日”: Not a date: 2026/02/30 (and 1 more)"


def test_an_unknown_japanese_message_falls_back_to_an_english_sentence(english) -> None:  # type: ignore[no-untyped-def]
    error = ValidationError("まだ誰も見たことのない文面", where="comment")
    assert error_text(error) == "Comment: Check the input"

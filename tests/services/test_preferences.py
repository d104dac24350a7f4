"""Personal preferences: typed and validated, read before Qt, written atomically, a bad file never stops the app."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from counselor_app.paths import AppPaths
from counselor_app.services.preferences import (
    Preferences,
    PreferencesError,
    PreferencesStore,
    effective_language,
    parse_preferences,
)


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    store = PreferencesStore(tmp_path / "preferences.json")
    assert store.load() == Preferences(language="ja", font_size=None, theme="standard")
    assert store.problem is None


def test_saved_preferences_come_back_and_the_file_is_private(tmp_path: Path) -> None:
    store = PreferencesStore(tmp_path / "config" / "preferences.json")
    store.save(Preferences(language="en", font_size=16, theme="high_contrast"))
    assert PreferencesStore(store.path).load() == Preferences(language="en", font_size=16, theme="high_contrast")
    assert json.loads(store.path.read_text(encoding="utf-8"))["format"] == 1
    if os.name == "posix":
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert [p.name for p in store.path.parent.iterdir()] == ["preferences.json"]  # no temporary file left


@pytest.mark.parametrize(
    ("content", "field"),
    [
        ('{"language": "fr"}', "language"),
        ('{"font_size": 99}', "font_size"),
        ('{"font_size": true}', "font_size"),
        ('{"font_size": "12"}', "font_size"),
        ('{"theme": "dark"}', "theme"),
        ('{"colour": "blue"}', "colour"),
        ('{"format": 2}', "format"),
        ("[1, 2]", "(root)"),
    ],
)
def test_a_bad_file_means_defaults_and_says_which_field(tmp_path: Path, content: str, field: str) -> None:
    path = tmp_path / "preferences.json"
    path.write_text(content, encoding="utf-8")
    store = PreferencesStore(path)
    assert store.load() == Preferences()
    assert store.problem is not None and field in store.problem and str(path) in store.problem
    assert path.read_text(encoding="utf-8") == content  # left alone until the user changes something


@pytest.mark.parametrize("data", [b"\xff\xfe not utf-8", b"{not json", b"{" + b" " * 70_000 + b"}"])
def test_unreadable_files_fall_back_to_defaults(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "preferences.json"
    path.write_bytes(data)
    store = PreferencesStore(path)
    assert store.load() == Preferences()
    assert store.problem


def test_values_are_validated_when_changed() -> None:
    with pytest.raises(PreferencesError) as caught:
        Preferences().replace(font_size=7)
    assert caught.value.field == "font_size"
    assert parse_preferences({"language": "en"}) == Preferences(language="en")


def test_lang_option_wins_over_the_stored_language() -> None:
    assert effective_language(Preferences(language="en"), None) == "en"
    assert effective_language(Preferences(language="en"), "ja") == "ja"
    with pytest.raises(PreferencesError):
        effective_language(Preferences(), "de")


def test_preferences_live_in_the_config_dir(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    assert paths.settings_file == tmp_path / "data" / "config" / "preferences.json"


def test_reading_preferences_needs_no_qt(tmp_path: Path) -> None:
    """`counselor-app` reads them before it imports Qt (the language decides the translators)."""
    path = tmp_path / "preferences.json"
    PreferencesStore(path).save(Preferences(language="en"))
    code = (
        "import sys; from pathlib import Path;"
        "from counselor_app.services.preferences import PreferencesStore;"
        f"print(PreferencesStore(Path({str(path)!r})).load().language);"
        "print(any(name.startswith('PySide6') for name in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["en", "False"]

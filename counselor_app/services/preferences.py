"""Personal preferences (language, font size, theme) in a JSON file in the config dir: typed, validated, readable before Qt.

Preferences belong to the person at the desk, not to the office: they live in the
platformdirs user config dir (``AppPaths.settings_file``), never in the database.
Office-wide settings (retention, idle lock, ...) are ``domain/settings.py``.

A missing file means the defaults. A damaged or hand-edited file that does not
validate is never fatal: the defaults are used, ``problem`` says what was wrong
(naming the field), and the file is left untouched until the user changes a
preference. Writes go to a temporary file that is renamed, so a crash leaves the
old file or the new one, never half of one.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("ja", "en")
THEMES: tuple[str, ...] = ("standard", "high_contrast")
MIN_FONT_SIZE = 8
MAX_FONT_SIZE = 28
FORMAT = 1
# A preferences file is a few dozen bytes; anything bigger is not ours.
MAX_FILE_BYTES = 64 * 1024


class PreferencesError(ValueError):
    """A preference value or file is not valid; ``field`` names the key that is wrong."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Preferences:
    """One person's preferences.

    Attributes:
        language: ``ja`` (the source language) or ``en``.
        font_size: the UI font size in points; None follows the system (at least 10 pt).
        theme: ``standard`` or ``high_contrast``.
    """

    language: str = "ja"
    font_size: int | None = None
    theme: str = "standard"

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise PreferencesError(f"{' / '.join(LANGUAGES)} のいずれかです", field="language")
        if self.font_size is not None and (
            isinstance(self.font_size, bool)
            or not isinstance(self.font_size, int)
            or not MIN_FONT_SIZE <= self.font_size <= MAX_FONT_SIZE
        ):
            raise PreferencesError(f"{MIN_FONT_SIZE}〜{MAX_FONT_SIZE} の整数か null です", field="font_size")
        if self.theme not in THEMES:
            raise PreferencesError(f"{' / '.join(THEMES)} のいずれかです", field="theme")

    def replace(self, **changes: Any) -> Preferences:
        """A copy with ``changes`` applied (validated)."""
        return dataclasses.replace(self, **changes)

    def to_document(self) -> dict[str, Any]:
        """The JSON object written to the file."""
        return {"format": FORMAT, "language": self.language, "font_size": self.font_size, "theme": self.theme}


def parse_preferences(document: object) -> Preferences:
    """Validate a decoded preferences document.

    Unknown keys are refused (a typo should not be silently ignored); missing keys
    take their defaults.

    Raises:
        PreferencesError: naming the field that is wrong.
    """
    if not isinstance(document, dict):
        raise PreferencesError("JSON オブジェクトではありません", field="(root)")
    if document.get("format", FORMAT) != FORMAT:
        raise PreferencesError(f"未対応の format です（{FORMAT} のみ）", field="format")
    known = {"format", *(f.name for f in dataclasses.fields(Preferences))}
    unknown = sorted(set(document) - known)
    if unknown:
        raise PreferencesError("不明な項目です", field=unknown[0])
    values = {key: value for key, value in document.items() if key != "format"}
    return Preferences(**values)


class PreferencesStore:
    """Reads and writes one preferences file.

    Attributes:
        problem: why the file could not be used at the last :meth:`load` (None when fine).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None

    def load(self) -> Preferences:
        """The stored preferences; the defaults when the file is missing or not valid (never raises)."""
        self.problem = None
        try:
            with self.path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return Preferences()
        except OSError as exc:
            return self._unusable(f"読めません（{exc.strerror or exc}）")
        if len(data) > MAX_FILE_BYTES:
            return self._unusable(f"大きすぎます（{MAX_FILE_BYTES} バイトまで）")
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return self._unusable(f"JSON として読めません（{exc}）")
        try:
            return parse_preferences(document)
        except PreferencesError as exc:
            return self._unusable(str(exc))

    def _unusable(self, why: str) -> Preferences:
        self.problem = f"{self.path}: {why}"
        log.warning("preferences file ignored, defaults used: %s", self.problem)
        return Preferences()

    def save(self, preferences: Preferences) -> None:
        """Write atomically (temporary file + rename), readable by the owner only.

        Raises:
            OSError: the config dir cannot be written.
        """
        directory = self.path.parent
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        text = json.dumps(preferences.to_document(), ensure_ascii=False, indent=2) + "\n"
        handle, temporary = tempfile.mkstemp(prefix=".preferences-", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            if os.name == "posix":
                os.chmod(temporary, 0o600)
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        self.problem = None


def effective_language(preferences: Preferences, override: str | None) -> str:
    """``--lang`` wins over the stored preference."""
    if override is not None:
        if override not in LANGUAGES:
            raise PreferencesError(f"{' / '.join(LANGUAGES)} のいずれかです", field="--lang")
        return override
    return preferences.language

"""The person's preferences applied to the running application: font size (Ctrl+plus/minus), theme, language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from counselor_app.services.preferences import (
    MAX_FONT_SIZE,
    MIN_FONT_SIZE,
    Preferences,
    PreferencesError,
    PreferencesStore,
)
from counselor_app.ui import theme

log = logging.getLogger(__name__)


class Appearance(QObject):
    """Font size and theme for every window, persisted in the preferences file.

    The language is read at start-up (``--lang`` wins over the stored one); a changed
    language is stored and takes effect at the next start.

    Signals:
        changed: the font size or the theme changed (windows re-measure what they sized by hand).
    """

    changed = Signal()

    def __init__(
        self,
        app: QApplication,
        preferences: Preferences | None = None,
        store: PreferencesStore | None = None,
        *,
        language: str | None = None,
    ) -> None:
        super().__init__(app)
        self._app = app
        self._store = store
        self.preferences = preferences or Preferences()
        self.language = language or self.preferences.language
        self._system_size = max(app.font().pointSizeF(), 10.0)
        self._base_palette = QPalette(app.palette())

    @property
    def point_size(self) -> float:
        """The UI font size in force (points)."""
        size = self.preferences.font_size
        return float(size) if size is not None else self._system_size

    @property
    def theme_name(self) -> str:
        """``standard`` or ``high_contrast``."""
        return self.preferences.theme

    def apply(self) -> None:
        """Apply the font size and the theme to the whole application."""
        font = self._app.font()
        font.setPointSizeF(self.point_size)
        self._app.setFont(font)
        theme.apply(self._app, self.preferences.theme, self.point_size, self._base_palette)
        self.changed.emit()

    def zoom(self, step: int) -> str | None:
        """One point bigger (+1) or smaller (-1), within 8–28 pt; returns a problem to show, if any."""
        size = round(self.point_size) + step
        size = min(max(size, MIN_FONT_SIZE), MAX_FONT_SIZE)
        return self.update(font_size=size)

    def reset_zoom(self) -> str | None:
        """Back to the system's size."""
        return self.update(font_size=None)

    def update(self, **changes: object) -> str | None:
        """Change preferences, apply them and save them.

        Returns None, or a sentence to show when they could not be saved (they still
        apply to this session).

        Raises:
            PreferencesError: a value is not valid.
        """
        updated = self.preferences.replace(**changes)
        visual = (updated.font_size, updated.theme) != (self.preferences.font_size, self.preferences.theme)
        self.preferences = updated
        if visual:
            self.apply()
        return self.save()

    def save(self) -> str | None:
        """Write the preferences (nothing to do without a store)."""
        if self._store is None:
            return None
        try:
            self._store.save(self.preferences)
        except OSError as exc:
            log.warning("preferences not saved: %s", exc)
            return self.tr("個人設定を保存できません：%1").replace("%1", str(exc.strerror or exc))
        return None


__all__ = ["Appearance", "PreferencesError"]

"""Making Japanese text readable on machines without a Japanese font (a fresh Linux has none)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

BUNDLED_FONT_FILE = "ipaexg.ttf"
# Families known to cover JIS X 0208 well; if one is installed we use the system's.
_PREFERRED_SYSTEM_FAMILIES = (
    "Yu Gothic UI",
    "Meiryo UI",
    "Hiragino Sans",
    "Noto Sans CJK JP",
    "IPAexGothic",
    "IPAGothic",
    "TakaoPGothic",
)


def japanese_families() -> list[str]:
    """Installed font families that can render Japanese."""
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese))


def ensure_japanese_font(app: QApplication, fonts_dir: Path, *, point_size: float | None = None) -> str:
    """Choose the UI font: a known system Japanese font, or the bundled IPAexGothic.

    Returns the family in use.
    """
    available = japanese_families()
    family = next((name for name in _PREFERRED_SYSTEM_FAMILIES if name in available), None)
    if family is None:
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir / BUNDLED_FONT_FILE))
        if font_id < 0:
            log.warning("bundled Japanese font could not be loaded from %s", fonts_dir)
            family = available[0] if available else app.font().family()
        else:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family)
    font.setPointSizeF(point_size or max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
    return family

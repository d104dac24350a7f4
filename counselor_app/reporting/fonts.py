"""Registering the bundled Japanese TrueType font with reportlab, so every PDF embeds it."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

JAPANESE_FONT = "IPAexGothic"
FONT_FILE = "ipaexg.ttf"


def register_japanese_font(fonts_dir: Path) -> str:
    """Register IPAexGothic (TrueType outlines embed as a subset) and return its name."""
    if JAPANESE_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(JAPANESE_FONT, str(fonts_dir / FONT_FILE)))
    return JAPANESE_FONT

"""Installing Qt translators: Japanese is the source language; English comes from counselor_en.qm."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

SUPPORTED_LANGUAGES = ("ja", "en")
TRANSLATION_BASENAME = "counselor"


def install_translators(app: QApplication, language: str, i18n_dir: Path) -> list[QTranslator]:
    """Load the application's and Qt's own translations for ``language``.

    The returned translators must stay referenced for as long as they are installed.
    """
    installed: list[QTranslator] = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(language), "qtbase", "_", qt_translations):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    if language != "ja":
        ours = QTranslator(app)
        if ours.load(f"{TRANSLATION_BASENAME}_{language}", str(i18n_dir)):
            app.installTranslator(ours)
            installed.append(ours)
    QLocale.setDefault(QLocale(language))
    return installed

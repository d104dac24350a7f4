"""The interface language: Qt translators (Japanese is the source; English from counselor_en.qm) and language-aware display of code lists and dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from counselor_app.domain.calendar import fiscal_year_label, wareki, wareki_month
from counselor_app.domain.codelists import CodeLists

SUPPORTED_LANGUAGES = ("ja", "en")
TRANSLATION_BASENAME = "counselor"
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


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


def ui_language() -> str:
    """``en`` when the interface runs in English, else ``ja`` (follows :func:`install_translators`)."""
    return "en" if QLocale().language() == QLocale.Language.English else "ja"


# Localised copies by the identity of their source (the source is kept so its id stays unique).
_LOCALISED: dict[tuple[int, str], tuple[CodeLists, CodeLists]] = {}


def display_codelists(codelists: CodeLists) -> CodeLists:
    """The code lists labelled in the interface language (codes unchanged; Japanese labels stay searchable)."""
    language = ui_language()
    if language == "ja":
        return codelists
    key = (id(codelists), language)
    cached = _LOCALISED.get(key)
    if cached is None or cached[0] is not codelists:
        if len(_LOCALISED) > 8:
            _LOCALISED.clear()
        cached = (codelists, codelists.localised(language))
        _LOCALISED[key] = cached
    return cached[1]


def long_date(day: dt.date, *, with_weekday: bool = False) -> str:
    """和暦 (令和8年11月27日) in Japanese; 27 Nov 2026 in English."""
    if ui_language() == "ja":
        return wareki(day, with_weekday=with_weekday)
    text = f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{_WEEKDAYS_EN[day.weekday()]} {text}" if with_weekday else text


def month_label(year: int, month: int) -> str:
    """令和8年11月 in Japanese; Nov 2026 in English."""
    if ui_language() == "ja":
        return wareki_month(year, month)
    return f"{_MONTHS_EN[month - 1]} {year}"


def fiscal_year_text(year: int) -> str:
    """令和8年度 in Japanese; FY2026 (Apr 2026–Mar 2027) in English."""
    if ui_language() == "ja":
        return fiscal_year_label(year)
    return QCoreApplication.translate("Dates", "FY%1").replace("%1", str(year))

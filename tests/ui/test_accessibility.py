"""Accessibility: every control has a name a screen reader can say, text scales app-wide and is remembered,
a high-contrast theme exists, and nothing is said by colour alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from counselor_app.domain.entities import Actor, Cue
from counselor_app.services.container import Services
from counselor_app.services.preferences import Preferences, PreferencesStore
from counselor_app.ui import theme
from counselor_app.ui.appearance import Appearance
from counselor_app.ui.dashboard_widget import DashboardWidget
from counselor_app.ui.intake.step_base import FieldMessage, FieldProblem
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.pi_suggestion_widget import CUE_KINDS, cue_format, cue_kind
from tests.ui.all_windows import every_window, fill_demo, settle, sqlite_services

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a control (scroll bars, a combo box's popup, a line edit's clear button)."""
    if isinstance(widget, QScrollBar | QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QLineEdit) or (isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox)):
        return True
    while parent is not None:
        if parent.metaObject().className() == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive controls a screen reader would announce without a name.

    The name is what Qt's accessibility layer reports (QAccessible Name): an explicit
    accessible name, a button's text, or the text of a label whose buddy it is.
    """
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _qt_internal(widget):
            continue
        keyboard = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if not keyboard and not isinstance(widget, QAbstractButton):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            parent = widget.parentWidget()
            problems.append(
                f"{type(widget).__name__}#{widget.objectName()} in {type(parent).__name__ if parent else '-'}"
                f"#{parent.objectName() if parent else ''}"
            )
    return problems


@pytest.mark.parametrize("role", ["admin", "supervisor", "counselor"])
def test_every_control_of_every_window_has_an_accessible_name(qtbot, sqlite_db, reference, clock, role: str) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_services(sqlite_db, reference, clock)
    fill_demo(services)
    actor = Actor(login=f"{role}1", role=role, office_code="131016", display_name="試験")
    keep: list[Any] = []
    problems: dict[str, list[str]] = {}
    seen = []
    for name, root in every_window(services, actor, qtbot, keep):
        seen.append(name)
        found = unnamed_controls(root)
        if found:
            problems[name] = sorted(set(found))
    assert "intake step 7" in seen and "settings (office)" in seen
    assert problems == {}


# -- font size ------------------------------------------------------------------------------------


@pytest.fixture
def restore_appearance(qapp: QApplication):  # type: ignore[no-untyped-def]
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    yield
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setProperty(theme.THEME_PROPERTY, None)


def test_ctrl_plus_and_minus_scale_every_window_and_are_remembered(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, services: Services, supervisor: Actor, tmp_path: Path, restore_appearance
) -> None:
    # One desk per application: main windows left by earlier tests would make the shortcut ambiguous.
    for leftover in QApplication.topLevelWidgets():
        if isinstance(leftover, MainWindow):
            leftover.close()
            leftover.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store = PreferencesStore(tmp_path / "config" / "preferences.json")
    appearance = Appearance(qapp, Preferences(font_size=10), store)
    appearance.apply()
    window = MainWindow(services, supervisor, appearance=appearance)
    qtbot.addWidget(window)
    window.show()
    other = QWidget()  # another top-level window of the application (the case window, a dialog)
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=3000)
    before_row = window.table.verticalHeader().defaultSectionSize()
    # Pressed in the other window: the shortcut works in every window of the application.
    qtbot.keyClick(other, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(other, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() == 12
    assert other.font().pointSizeF() == 12 and window.table.font().pointSizeF() == 12
    assert window.table.verticalHeader().defaultSectionSize() > before_row
    assert json.loads(store.path.read_text(encoding="utf-8"))["font_size"] == 12
    qtbot.keyClick(other, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() == 11
    assert "11" in window.statusBar().currentMessage()
    # The next start reads it back before any window exists.
    assert PreferencesStore(store.path).load().font_size == 11
    qtbot.keyClick(other, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert PreferencesStore(store.path).load().font_size is None


def test_headings_scale_with_the_text(qtbot, qapp: QApplication, restore_appearance) -> None:  # type: ignore[no-untyped-def]
    appearance = Appearance(qapp, Preferences(font_size=10))
    appearance.apply()
    label = QWidget()
    qtbot.addWidget(label)
    from PySide6.QtWidgets import QLabel

    title = QLabel("見出し", label)
    theme.set_role(title, "title")
    label.show()
    small = title.font().pointSizeF()
    appearance.zoom(4)
    theme.repolish(title)
    assert title.font().pointSizeF() > small * 1.3


# -- high contrast ---------------------------------------------------------------------------------


def _contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        channels = []
        for value in QColor(colour).getRgbF()[:3]:
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_high_contrast_colours_reach_at_least_7_to_1() -> None:
    c = theme.HIGH_CONTRAST_COLOURS
    pairs = {
        "text": (c.text, c.base),
        "muted": (c.muted, c.base),
        "error": (c.error, c.base),
        "warning": (c.warning, c.base),
        "missing": (c.missing, c.base),
        "ok": (c.ok, c.base),
        "link": (c.link, c.base),
        "placeholder": (c.placeholder, c.base),
        "selection": (c.highlighted_text, c.highlight),
        "accent": (c.accent_text, c.accent_background),
        "mark": (c.mark_text, c.mark_background),
        **{f"cue {kind}": (c.cue_text, colour) for kind, colour in (
            ("strong", c.cue_strong), ("weak", c.cue_weak), ("fraud", c.cue_fraud), ("negative", c.cue_negative)
        )},  # fmt: skip
    }
    low = {name: round(_contrast(*pair), 1) for name, pair in pairs.items() if _contrast(*pair) < 7}
    assert low == {}
    standard = theme.STANDARD_COLOURS
    assert _contrast(standard.error, standard.base) >= 4.5 and _contrast(standard.muted, standard.base) >= 4.5


def test_high_contrast_theme_applies_to_open_windows_from_the_view_menu(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, services: Services, supervisor: Actor, tmp_path: Path, restore_appearance
) -> None:
    store = PreferencesStore(tmp_path / "preferences.json")
    appearance = Appearance(qapp, Preferences(), store)
    appearance.apply()
    window = MainWindow(services, supervisor, appearance=appearance)
    qtbot.addWidget(window)
    window.show()
    window.high_contrast_action.trigger()
    assert qapp.property(theme.THEME_PROPERTY) == "high_contrast"
    assert window.palette().color(window.backgroundRole()) == QColor("#000000")
    assert window.search_edit.palette().color(window.search_edit.foregroundRole()) == QColor("#ffffff")
    assert "2px solid #ffff00" in qapp.styleSheet()  # the focus frame
    assert PreferencesStore(store.path).load().theme == "high_contrast"
    window.high_contrast_action.trigger()
    assert qapp.property(theme.THEME_PROPERTY) == "standard"


# -- not by colour alone ----------------------------------------------------------------------------


def test_inline_messages_carry_a_symbol_for_each_severity(qtbot) -> None:  # type: ignore[no-untyped-def]
    message = FieldMessage()
    qtbot.addWidget(message)
    shown = {}
    for severity in ("error", "warning", "missing"):
        message.show_problem(FieldProblem("narrative", severity, "…"))
        shown[severity] = message.text()[0]
        assert message.property("role") == severity
    assert shown == {"error": "●", "warning": "▲", "missing": "○"}


def test_cue_kinds_differ_in_shape_not_only_in_colour() -> None:
    def shape(fmt: QTextCharFormat) -> tuple[object, ...]:
        return (fmt.fontWeight(), fmt.underlineStyle(), fmt.fontItalic(), fmt.fontStrikeOut(), fmt.fontUnderline())

    shapes = {kind: shape(cue_format(kind)) for kind in CUE_KINDS}
    assert len(set(shapes.values())) == len(CUE_KINDS), shapes
    assert cue_kind(Cue(text="名簿", weight=4, start=0, end=2, rule="list.meibo")) == "strong"
    assert cue_kind(Cue(text="削除", weight=-2, start=0, end=2, rule="neg.x")) == "negative"


def test_overdue_referrals_tile_says_so_in_words(qtbot, services: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    dashboard = DashboardWidget(services, supervisor)
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=5000)
    tile = dashboard.referral_tile
    tile.show_figure("3 件", "未完了 5 件", alert=True)
    assert tile.value.text().startswith("▲") and "要対応" in tile.accessibleDescription()
    tile.show_figure("0 件", "未完了 0 件", alert=False)
    assert not tile.value.text().startswith("▲") and "要対応" not in tile.accessibleDescription()


def test_case_list_marks_personal_information_with_words(qtbot, services: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    fill_demo(services)
    window = MainWindow(services, supervisor)
    qtbot.addWidget(window)
    column = {window.model.index(row, 7).data() for row in range(window.model.rowCount())}
    assert column <= {"", "関連あり", "要確認"} and "関連あり" in column
    assert window.model.index(0, 7).data(Qt.ItemDataRole.BackgroundRole) is None  # no colour coding at all
    settle()

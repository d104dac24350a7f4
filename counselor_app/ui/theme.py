"""The two themes (standard, high contrast): named colours, the application palette and one app-wide style sheet.

Widgets never hard-code colours. They say what a piece of text *is* with
:func:`set_role` (``muted``, ``error``, ``heading``, ...) or carry an object name the
style sheet knows (``#draftBanner``); HTML they generate takes colours from
:func:`colours`. Changing the theme or the font size regenerates the one style
sheet, so every open window follows at once.

Nothing is told by colour alone: every role that has a colour also has a symbol or
words next to it (● error, ▲ warning, ○ missing; "期限超過" on an overdue tile).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEME_PROPERTY = "counselorTheme"
STANDARD = "standard"
HIGH_CONTRAST = "high_contrast"


@dataclass(frozen=True)
class ThemeColours:
    """Every colour the interface uses, by meaning."""

    name: str
    dark: bool
    window: str
    text: str
    base: str
    alternate_base: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    border: str
    muted: str
    heading: str
    error: str
    warning: str
    missing: str
    ok: str
    banner_background: str
    banner_border: str
    alert_background: str
    alert_border: str
    alert_text: str
    panel_background: str
    panel_border: str
    accent_background: str
    accent_text: str
    mark_background: str
    mark_text: str
    cue_strong: str
    cue_weak: str
    cue_fraud: str
    cue_negative: str
    cue_facet: str
    cue_text: str
    changed_background: str
    chip_background: str
    chip_border: str
    chip_text: str
    focus: str
    pdf_background: str


STANDARD_COLOURS = ThemeColours(
    name=STANDARD,
    dark=False,
    window="#efefef",
    text="#1a1a1a",
    base="#ffffff",
    alternate_base="#f5f7f9",
    button="#efefef",
    highlight="#2f6f9f",
    highlighted_text="#ffffff",
    link="#1f4e79",
    placeholder="#6b6b6b",
    border="#b8c0c8",
    muted="#4f5b66",
    heading="#34495e",
    error="#b03a2e",
    warning="#a35200",
    missing="#6b5b00",
    ok="#1e6b35",
    banner_background="#fff4d6",
    banner_border="#d9b44a",
    alert_background="#fff4e5",
    alert_border="#d98e04",
    alert_text="#7a4a00",
    panel_background="#f4f6f8",
    panel_border="#dde3e8",
    accent_background="#2f6f9f",
    accent_text="#ffffff",
    mark_background="#ffe58a",
    mark_text="#1a1a1a",
    cue_strong="#ffcc80",
    cue_weak="#fff3bf",
    cue_fraud="#ffb4b4",
    cue_negative="#d6e6ff",
    cue_facet="#2e7d32",
    cue_text="#1a1a1a",
    changed_background="#eaf4ea",
    chip_background="#eaf2f8",
    chip_border="#7f9fb5",
    chip_text="#17324a",
    focus="#2f6f9f",
    pdf_background="#8a8a8a",
)

# White and yellow on black (as Windows' "High Contrast Black"): every pair here has a
# contrast ratio of at least 7:1 (WCAG AAA), focus is a 2 px yellow frame.
HIGH_CONTRAST_COLOURS = ThemeColours(
    name=HIGH_CONTRAST,
    dark=True,
    window="#000000",
    text="#ffffff",
    base="#000000",
    alternate_base="#1c1c1c",
    button="#000000",
    highlight="#ffff00",
    highlighted_text="#000000",
    link="#7fdfff",
    placeholder="#c8c8c8",
    border="#ffffff",
    muted="#e6e6e6",
    heading="#ffffff",
    error="#ff8f8f",
    warning="#ffd24d",
    missing="#7fdfff",
    ok="#8cff8c",
    banner_background="#000000",
    banner_border="#ffff00",
    alert_background="#000000",
    alert_border="#ffff00",
    alert_text="#ffff00",
    panel_background="#000000",
    panel_border="#ffffff",
    accent_background="#ffff00",
    accent_text="#000000",
    mark_background="#ffff00",
    mark_text="#000000",
    cue_strong="#ffb84d",
    cue_weak="#fff59d",
    cue_fraud="#ff9e9e",
    cue_negative="#a8d4ff",
    cue_facet="#8cff8c",
    cue_text="#000000",
    changed_background="#003a00",
    chip_background="#000000",
    chip_border="#ffffff",
    chip_text="#ffffff",
    focus="#ffff00",
    pdf_background="#333333",
)

THEMES: dict[str, ThemeColours] = {STANDARD: STANDARD_COLOURS, HIGH_CONTRAST: HIGH_CONTRAST_COLOURS}

# Roles a widget may carry (``set_role``); the style sheet below gives each its look.
ROLES = (
    "muted",
    "heading",
    "title",
    "figure",
    "figure-alert",
    "strong",
    "error",
    "warning",
    "missing",
    "ok",
    "timer",
)


def colours() -> ThemeColours:
    """The colours of the theme in force (standard before an application exists)."""
    app = QApplication.instance()
    name = app.property(THEME_PROPERTY) if app is not None else None
    return THEMES.get(str(name), STANDARD_COLOURS)


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_role(widget: QWidget, role: str | None) -> None:
    """Say what a label is (``muted``, ``error``, ...); the theme gives it its colour and weight."""
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if widget.property("role") == role:
        return
    widget.setProperty("role", role or "")
    repolish(widget)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Frame an input whose text cannot be used (the message beside it says why)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    repolish(widget)


def palette(theme: ThemeColours, base: QPalette) -> QPalette:
    """The application palette of ``theme`` (standard keeps the platform's own)."""
    if not theme.dark:
        return base
    result = QPalette(base)
    pairs = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.base,
        QPalette.ColorRole.AlternateBase: theme.alternate_base,
        QPalette.ColorRole.ToolTipBase: theme.base,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.placeholder,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.button,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.BrightText: theme.warning,
        QPalette.ColorRole.Highlight: theme.highlight,
        QPalette.ColorRole.HighlightedText: theme.highlighted_text,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.LinkVisited: theme.link,
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#cccccc",
        QPalette.ColorRole.Mid: "#ffffff",
        QPalette.ColorRole.Dark: "#ffffff",
        QPalette.ColorRole.Shadow: "#ffffff",
    }
    for role, colour in pairs.items():
        result.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    # Disabled text stays readable (grey on black, 9:1) and is also marked by the widget state.
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a8a8a8"))
    return result


def stylesheet(theme: ThemeColours, point_size: float) -> str:
    """The application style sheet for ``theme`` at a base font size of ``point_size``."""
    c = theme
    title = f"{point_size * 1.3:.1f}pt"
    figure = f"{point_size * 1.45:.1f}pt"
    steps = f"{point_size * 1.1:.1f}pt"
    rules = [
        f'*[role="muted"] {{ color: {c.muted}; }}',
        f'*[role="heading"] {{ color: {c.heading}; font-weight: bold; }}',
        f'*[role="title"] {{ font-size: {title}; font-weight: bold; }}',
        f'*[role="figure"] {{ font-size: {figure}; font-weight: bold; }}',
        f'*[role="figure-alert"] {{ font-size: {figure}; font-weight: bold; color: {c.error}; }}',
        '*[role="strong"] { font-weight: bold; }',
        f'*[role="error"] {{ color: {c.error}; }}',
        f'*[role="warning"] {{ color: {c.warning}; }}',
        f'*[role="missing"] {{ color: {c.missing}; }}',
        f'*[role="ok"] {{ color: {c.ok}; }}',
        f'*[role="timer"] {{ font-family: monospace; font-size: {title}; color: {c.link}; }}',
        f'QLineEdit[invalid="true"] {{ border: 2px solid {c.error}; }}',
        f"#draftBanner {{ background: {c.banner_background}; border: 1px solid {c.banner_border}; }}",
        f"#othersBanner {{ background: {c.banner_background}; border: 1px solid {c.banner_border}; padding: 4px; }}",
        f"#conflictPanel {{ background: {c.alert_background}; border: 2px solid {c.alert_border}; }}",
        f"#conflictPanel QLabel#conflictMessage {{ font-weight: bold; color: {c.alert_text}; }}",
        f"#keyboardHints {{ color: {c.muted}; background: {c.panel_background}; border: 1px solid {c.panel_border}; padding: 8px; }}",
        f"#registration, #piSuggestion {{ background: {c.panel_background}; }}",
        f"#intakeSteps {{ font-size: {steps}; }}",
        f"#intakeSteps::item {{ padding: 8px 6px; border-bottom: 1px solid {c.panel_border}; }}",
        f"#intakeSteps::item:selected {{ background: {c.accent_background}; color: {c.accent_text}; }}",
        "#chips { background: transparent; border: none; }",
        f"#chips::item {{ border: 1px solid {c.chip_border}; border-radius: 9px; padding: 1px 8px;"
        f" background: {c.chip_background}; color: {c.chip_text}; }}",
        f"#chips::item:selected {{ background: {c.accent_background}; color: {c.accent_text}; }}",
        f"#suggestionPopup {{ background: {c.base}; border: 1px solid {c.border}; }}",
        "#suggestionPopup::item { padding: 3px 6px; }",
        f"#suggestionPopup::item:selected {{ background: {c.highlight}; color: {c.highlighted_text}; }}",
        f"QPdfView {{ background: {c.pdf_background}; }}",
        f"#DashboardTile {{ border: 1px solid {c.border}; }}",
    ]
    if c.dark:
        # Every input draws a white frame; the focused one a thick yellow one.
        inputs = "QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser, QAbstractSpinBox, QComboBox, QListView, QListWidget, QTableView, QTreeView"
        rules += [
            f"{inputs} {{ border: 1px solid {c.border}; background: {c.base}; color: {c.text};"
            f" selection-background-color: {c.highlight}; selection-color: {c.highlighted_text}; }}",
            "QLineEdit, QAbstractSpinBox, QComboBox { padding: 2px 4px; }",
            f"QPushButton, QToolButton {{ border: 1px solid {c.border}; background: {c.button}; color: {c.text}; padding: 3px 10px; }}",
            "QPushButton:disabled, QToolButton:disabled { border: 1px dashed #a8a8a8; color: #a8a8a8; }",
            f"QPushButton:default {{ border: 2px solid {c.text}; }}",
            f"QHeaderView::section {{ background: {c.window}; color: {c.text}; border: 1px solid {c.border}; padding: 2px 4px; }}",
            f"QTabBar::tab {{ background: {c.window}; color: {c.text}; border: 1px solid {c.border}; padding: 4px 10px; }}",
            f"QTabBar::tab:selected {{ background: {c.highlight}; color: {c.highlighted_text}; }}",
            f"QMenuBar, QMenu {{ background: {c.window}; color: {c.text}; }}",
            f"QMenuBar::item:selected, QMenu::item:selected {{ background: {c.highlight}; color: {c.highlighted_text}; }}",
            f"QMenu {{ border: 1px solid {c.border}; }}",
            f"QGroupBox {{ border: 1px solid {c.border}; margin-top: 1.2em; padding-top: 4px; }}",
            "QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }",
            f"QToolTip {{ background: {c.base}; color: {c.text}; border: 1px solid {c.focus}; }}",
            f"QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QTextBrowser:focus, QAbstractSpinBox:focus,"
            f" QComboBox:focus, QListView:focus, QListWidget:focus, QTableView:focus, QTreeView:focus,"
            f" QPushButton:focus, QToolButton:focus {{ border: 2px solid {c.focus}; }}",
            f"QCheckBox:focus, QRadioButton:focus {{ color: {c.focus}; }}",
            # Check boxes and radio buttons: a white outline; chosen ones filled yellow (and the
            # check box also shows a mark), so the state is visible without colour vision too.
            f"QCheckBox::indicator, QRadioButton::indicator {{ width: 13px; height: 13px; border: 2px solid {c.text}; background: {c.base}; }}",
            "QRadioButton::indicator { border-radius: 8px; }",
            f"QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {c.highlight}; border: 2px solid {c.text}; }}",
            f"QCheckBox::indicator:checked {{ image: none; background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {c.base}, stop:0.35 {c.base}, stop:0.4 {c.highlight}, stop:1 {c.highlight}); }}",
            "QRadioButton::indicator:checked { background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,"
            f" stop:0 {c.highlight}, stop:0.45 {c.highlight}, stop:0.5 {c.base}, stop:1 {c.base}); }}",
            "QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border: 2px dashed #a8a8a8; }",
            f'QLineEdit[invalid="true"] {{ border: 2px dashed {c.error}; }}',
        ]
    return "\n".join(rules)


def apply(app: QApplication, name: str, point_size: float, base_palette: QPalette) -> ThemeColours:
    """Make ``name`` the theme of every window (palette, style sheet) at ``point_size``."""
    theme = THEMES.get(name, STANDARD_COLOURS)
    app.setProperty(THEME_PROPERTY, theme.name)
    app.setPalette(palette(theme, base_palette))
    app.setStyleSheet(stylesheet(theme, point_size))
    return theme

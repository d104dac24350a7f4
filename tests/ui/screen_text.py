"""What a window says: every text a person can read or hear (labels, buttons, menus, headers, cells, tooltips, accessible names).

Used by the language tests: an English window must say nothing in Japanese and a
Japanese window nothing in English, apart from *data*. Data is defined precisely by
:func:`data_strings`: what users (or ``counselor demo``) stored in the database, and
the office-editable reference content (the directory of windows and the handling
guidance, which are Japanese law and Japanese bodies, edited by each office).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from counselor_app.domain.case_query import CaseFilter, CaseSort
from counselor_app.domain.entities import Actor
from counselor_app.services.container import Services

# Kana, kanji, full-width forms and CJK punctuation (〓, the geta mark CP932 replacements become, is a symbol).
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\u3000-\u3012\u3014-\u303f]")
JAPANESE_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]+")
# English in a Japanese window: two or more Latin letters in a row...
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# ...except names of keys, file formats, standards and organisations that Japanese
# interfaces write in Latin letters too (and codes such as R8 in case numbers).
JAPANESE_UI_LATIN = frozenset(
    {
        # keys
        "Ctrl", "Alt", "Shift", "Enter", "Tab", "Esc", "Space", "PgUp", "PgDn", "Home", "End", "Del",
        # formats, standards, products
        "PDF", "CSV", "XLSX", "JSON", "JSONL", "UTF", "Shift_JIS", "CP", "cp", "SQLite", "PostgreSQL",
        "SQLCipher", "IPA", "IPAex", "SNS", "DM", "SMS", "ID", "URL", "FAX", "IT", "NPO", "SF", "DV",
        "QR", "PIO-NET", "NCAC", "EC", "OK", "AM", "PM", "IME", "csv", "xlsx", "json", "utf", "sig",
        "Excel", "BOM", "JIS", "Windows",
    }
)  # fmt: skip


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _model_texts(model: QAbstractItemModel, rows: int = 60) -> Iterator[str]:
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a QListWidget's model keeps columnCount private: one column
        columns = 1
    for section in range(columns):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if value:
            yield str(value)
    for row in range(min(model.rowCount(QModelIndex()), rows)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield value


def _action_texts(actions: Iterable[QAction]) -> Iterator[str]:
    for action in actions:
        for text in (action.text(), action.toolTip(), action.statusTip()):
            if text:
                yield text.replace("&", "")
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _action_texts(menu.actions())


def widget_texts(root: QWidget, *, visible_only: bool = True) -> list[tuple[str, str]]:
    """(where, text) for every text ``root`` and its visible children show or speak."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, text: object) -> None:
        if isinstance(text, str) and text.strip():
            where = f"{type(widget).__name__}#{widget.objectName()}"
            found.append((where, _plain(text).replace("&", "")))

    if isinstance(root, QMainWindow) or root.isWindow():
        add(root, root.windowTitle())
    if isinstance(root, QMainWindow):
        for text in _action_texts(root.menuBar().actions()):
            found.append(("menu", text))
    for widget in [root, *root.findChildren(QWidget)]:
        if visible_only and not widget.isVisibleTo(root.window()):
            continue
        if visible_only and not widget.isVisible() and root.isVisible():
            continue
        add(widget, widget.toolTip())
        add(widget, widget.accessibleName())
        add(widget, widget.accessibleDescription())
        add(widget, widget.statusTip())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
            add(widget, widget.text())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, widget.itemText(index))
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            add(widget, widget.placeholderText())
            add(widget, widget.toPlainText())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
                add(widget, widget.tabToolTip(index))
        elif isinstance(widget, QSpinBox | QAbstractSpinBox):
            add(widget, widget.text())
            if isinstance(widget, QSpinBox):
                add(widget, widget.suffix())
                add(widget, widget.specialValueText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for text in _model_texts(widget.model()):
                add(widget, text)
    return found


# Fields whose plain ASCII values are data too (logins), not codes.
_LOGIN_FIELDS = frozenset({"login", "counselor", "created_by", "updated_by", "approved_by", "actor", "by"})
_IDENTIFIER = re.compile(r"[0-9./@\-_ :]")


def _strings(value: object, field: str = "") -> Iterator[str]:
    """Text values of a record, without codes: a bare ASCII word such as ``open`` or ``F``
    is a code the window must show as a label, so it never counts as data."""
    if isinstance(value, str):
        if not value.isascii() or _IDENTIFIER.search(value) or field in _LOGIN_FIELDS:
            yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _strings(getattr(value, item.name), item.name)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item, field)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item, field)


def data_strings(services: Services, actor: Actor, *, typed: Iterable[str] = ()) -> list[str]:
    """Every piece of data a window may show, longest first.

    * every text field of every case (subjects, narratives, names, business names,
      handling entries, review comments...), of the business registry, of the offices
      and of the users' display names;
    * the directory of windows and the handling guidance (office-editable reference content);
    * what the test itself typed (``typed``).
    """
    found: set[str] = set(typed)
    for summary in services.cases.page(actor, CaseFilter(), CaseSort(), 0, 100_000):
        found.update(_strings(summary))
        found.update(_strings(services.cases.get(actor, summary.id, audit_view=False)))
    for office in services.setup.offices():
        found.update(_strings(office))
    for entry in services.reference.directory:
        found.update(_strings(entry))
    for entry in services.classification.routing_directory():
        found.update(_strings(entry))
    found.update(_strings(services.classification.guidance()))
    found.update(_strings(services.reference.routing))
    # The classifier's rule ids: identifiers of the office-editable lexicon (in tooltips).
    lexicon = services.classification.suggester.classifier.lexicon
    found.update(rule.id for rule in lexicon.rules)
    found.update(f"holder.{rule.id}" for rule in lexicon.holder_rules)
    found.update(f"sector.{rule.id}" for rule in lexicon.sector_rules)
    found.add(services.database_label())
    for business, _count in services.businesses.busiest(days=100_000, limit=100_000):
        found.update(_strings(business))
    if actor.role == "admin":
        for account in services.users.accounts(actor):
            found.update(_strings(account))
    found.update({actor.login, actor.display_name or ""})
    found.update(summary.counselor or "" for summary in services.cases.page(actor, CaseFilter(), CaseSort(), 0, 100_000))
    pieces: set[str] = set()
    for text in found:
        if not text:
            continue
        pieces.add(text)
        pieces.update(line for line in text.splitlines() if line.strip())
    return sorted(pieces, key=len, reverse=True)


def without_data(text: str, data: list[str]) -> str:
    """``text`` with every data string cut out (longest first); "" when ``text`` is part of a data string.

    A part counts too: a classifier cue is a few words of a narrative.
    """
    if len(text) >= 2 and any(text in piece for piece in data):
        return ""
    for piece in data:
        if len(piece) >= 2 and piece in text:
            text = text.replace(piece, " ")
    return text


def japanese_left(texts: Iterable[tuple[str, str]], data: list[str]) -> list[str]:
    """Texts that still contain Japanese once data is removed (for an English window)."""
    problems = set()
    for where, text in texts:
        left = without_data(text, data)
        if JAPANESE.search(left):
            problems.add(f"{where}: {' '.join(JAPANESE_RUN.findall(left))!r} in {text[:80]!r}")
    return sorted(problems)


def english_left(texts: Iterable[tuple[str, str]], data: list[str]) -> list[str]:
    """Texts with an English word once data is removed (for a Japanese window)."""
    problems = set()
    for where, text in texts:
        for word in LATIN_WORD.findall(without_data(text, data)):
            if word.strip("-'’") not in JAPANESE_UI_LATIN:
                problems.add(f"{where}: {word!r} in {text!r}")
    return sorted(problems)

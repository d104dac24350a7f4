"""The installed Qt binding keeps Python's reference counts intact (PySide6 6.12.0 on Python 3.11 did not)."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class _Emitter(QObject):
    changed = Signal(int)


def test_void_calls_and_emits_do_not_drop_references_to_none_or_true(qapp) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        widget.setWindowTitle("x")
        emitter.changed.emit(1)
    # A few references may come or go elsewhere; a binding that drops one per call loses 500.
    assert sys.getrefcount(None) - none_before > -50
    assert sys.getrefcount(True) - true_before > -50

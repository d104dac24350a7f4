"""The installed Qt binding keeps Python's reference counts intact (PySide6 6.12.0 on Python 3.11 did not)."""

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget


class _Emitter(QObject):
    changed = Signal(int)


def test_void_bool_calls_and_emits_keep_none_and_true_alive(qapp: QApplication) -> None:
    widget = QWidget()
    timer = QTimer()
    box = QCheckBox()
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1_000):
        widget.setWindowTitle("x")  # void
        timer.stop()  # void
        box.isChecked()  # bool
        emitter.changed.emit(1)
    # A few references may come or go elsewhere; a binding that drops one per call loses thousands.
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50

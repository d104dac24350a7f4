"""The Qt binding must not drain Python's None/True/False reference counts (PySide6 6.12.0 on Python 3.11 does)."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox


def test_void_and_bool_calls_keep_reference_counts(qapp: QApplication) -> None:
    timer = QTimer()
    box = QCheckBox()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2_000):
        timer.stop()  # returns None
        box.isChecked()  # returns a bool
    # A correct binding leaves both counts where they were (give or take the loop's own references).
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50

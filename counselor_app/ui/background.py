"""Running slow service calls (password hashing, backups, retention) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class Background(QObject):
    """Starts work on Qt's thread pool; results come back as calls on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        """True while a task started here has not finished."""
        return bool(self._running)

    def start(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """Run ``work()`` on a worker thread; then ``on_done(result)`` or ``on_failed(exc)`` here."""
        signals = _Signals(self)
        self._running.add(signals)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._running.discard(signals)
            signals.deleteLater()
            handler(value)

        signals.done.connect(lambda value: finish(on_done, value))
        signals.failed.connect(lambda exc: finish(on_failed, exc))
        QThreadPool.globalInstance().start(_Task(work, signals))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (application exit)."""
        return bool(QThreadPool.globalInstance().waitForDone(msecs))

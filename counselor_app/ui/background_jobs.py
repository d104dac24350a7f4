"""Running service calls off the GUI thread, one at a time per owner, with results delivered on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


class _Relay(QObject):
    """Carries a job's outcome back to the thread the relay lives in (the GUI thread)."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which shows it
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


class BackgroundJobs(QObject):
    """A private single-thread pool: jobs run in order, so a later search never loses to an earlier one.

    ``work`` receives plain data and calls services only; it must not touch widgets.
    Call :meth:`wait` before the services it uses are closed (widgets do it on close).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Queue ``work``; ``on_done(result)`` or ``on_error(exception)`` runs later on the GUI thread."""
        relay = _Relay(self)
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            callback(value)

        queued = Qt.ConnectionType.QueuedConnection
        relay.done.connect(lambda result: finish(on_done, result), queued)
        relay.failed.connect(lambda error: finish(on_error, error), queued)
        self._pool.start(_Job(work, relay))

    def busy(self) -> bool:
        """True while a job is queued, running, or waiting to deliver its result."""
        return bool(self._relays)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued jobs have run (their results are delivered by the event loop later)."""
        return self._pool.waitForDone(msecs)

"""Running service calls off the GUI thread, one at a time per owner, with results delivered on the GUI thread."""

from __future__ import annotations

import queue
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QObject, QTimer

# How often finished jobs are looked for while some are running (ms).
POLL_MS = 15


class BackgroundJobs(QObject):
    """A private single-thread worker: jobs run in order, so a later search never loses to an earlier one.

    ``work`` receives plain data and calls services only; it must not touch widgets.
    Outcomes come back through a thread-safe queue that a GUI-thread timer drains while
    jobs are pending, and that :meth:`wait` drains at once (deterministic for tests and
    scripts). No signal is emitted per job: under Python 3.11, PySide6 6.12.0 drops a
    reference to ``True`` on every ``Signal.emit()`` made from Python (see pyproject.toml).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="counselor-ui-job")
        self._outcomes: queue.SimpleQueue[tuple[Callable[[Any], None], Any]] = queue.SimpleQueue()
        self._pending: set[Future[None]] = set()
        self._undelivered = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.deliver)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Queue ``work``; ``on_done(result)`` or ``on_error(exception)`` runs later on the GUI thread."""

        def job() -> None:
            try:
                result = work()
            except Exception as error:  # handed to the GUI thread, which shows it
                self._outcomes.put((on_error, error))
            else:
                self._outcomes.put((on_done, result))

        self._undelivered += 1
        future = self._executor.submit(job)
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)
        if not self._timer.isActive():
            self._timer.start()

    def deliver(self) -> None:
        """Hand finished jobs' outcomes to their callbacks (GUI thread only)."""
        while True:
            try:
                callback, value = self._outcomes.get_nowait()
            except queue.Empty:
                break
            self._undelivered -= 1
            callback(value)
        if self._undelivered <= 0:
            self._timer.stop()

    def busy(self) -> bool:
        """True while a job is queued, running, or waiting to deliver its outcome."""
        return self._undelivered > 0

    def wait(self, seconds: float = 30.0) -> bool:
        """Block until queued jobs have run, then deliver their outcomes; False on time-out."""
        _done, not_done = wait(list(self._pending), timeout=seconds)
        self.deliver()
        return not not_done

    def shutdown(self) -> None:
        """Finish running jobs and stop the worker thread (owners call it when they close)."""
        self._timer.stop()
        self._executor.shutdown(wait=True)

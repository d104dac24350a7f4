"""Running slow service calls off the GUI thread and getting progress, results and errors back as Qt signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from counselor_app.domain.errors import DomainError
from counselor_app.ui.service_messages import error_text

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int], None]], Any]


class JobSignals(QObject):
    """What a background job reports; emitted from the worker, delivered on the GUI thread."""

    progress = Signal(int)
    finished = Signal(object)
    failed = Signal(str)


class BackgroundJob(QRunnable):
    """One call of ``work(progress)`` on the thread pool.

    Keep a reference to the job (its ``signals`` live as long as it does). Expected
    errors (DomainError) arrive as their message; anything else is logged and reported
    generically, so no traceback reaches the user.
    """

    def __init__(self, work: Work, *, unexpected_message: str) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self._work = work
        self._unexpected = unexpected_message
        self.done = False

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except DomainError as exc:
            self.done = True
            self.signals.failed.emit(error_text(exc))
        except Exception:  # noqa: BLE001 - reported to the user, details go to the log
            log.exception("background job failed")
            self.done = True
            self.signals.failed.emit(self._unexpected)
        else:
            self.done = True
            self.signals.finished.emit(result)

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the job on ``pool`` (the global pool by default)."""
        (pool or QThreadPool.globalInstance()).start(self)

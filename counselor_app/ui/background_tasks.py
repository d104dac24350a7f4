"""Running slow service calls (password hashing, backups, retention) off the GUI thread, owner-aware.

Workers report through one relay object that lives in the GUI thread for the whole
process, and the work callable (which usually holds a widget) stays referenced from
the GUI thread until its result is delivered there: no Qt object is ever created or
destroyed on a worker thread. Results for an owner closed meanwhile are dropped.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(int, bool, object)


@dataclass
class _OwnerState:
    alive: bool = True
    running: set[int] = field(default_factory=set)


_relay: _Relay | None = None
_Entry = tuple[_OwnerState, Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]]
_pending: dict[int, _Entry] = {}
_ids = itertools.count(1)


def _the_relay() -> _Relay:
    """Create the relay on first use (always from the GUI thread, in Background.start)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.finished.connect(_dispatch)
    return _relay


def _dispatch(task_id: int, ok: bool, value: object) -> None:
    entry = _pending.pop(task_id, None)
    if entry is None:
        return
    state, _work, on_done, on_failed = entry
    state.running.discard(task_id)
    if not state.alive:
        return
    if ok:
        on_done(value)
    else:
        assert isinstance(value, Exception)
        on_failed(value)


def _drop_tracebacks(exc: BaseException) -> None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__


class _Task(QRunnable):
    def __init__(self, task_id: int, relay: _Relay) -> None:
        super().__init__()
        self._id = task_id
        self._relay = relay

    def run(self) -> None:
        # Borrowed from _pending, which keeps the last reference until _dispatch runs on
        # the GUI thread; every reference this thread holds is dropped before emitting.
        work = _pending[self._id][1]
        try:
            result = work()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            del work
            _drop_tracebacks(exc)  # frames would keep the work (and its widget) alive here
            self._emit(False, exc)
        else:
            del work
            self._emit(True, result)

    def _emit(self, ok: bool, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the application is shutting down
            self._relay.finished.emit(self._id, ok, value)


class Background(QObject):
    """Starts work on Qt's thread pool; results come back as calls on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        state = _OwnerState()
        self._state = state
        self.destroyed.connect(lambda *_args: setattr(state, "alive", False))

    @property
    def busy(self) -> bool:
        """True while a task started here has not finished."""
        return bool(self._state.running)

    def start(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """Run ``work()`` on a worker thread; then ``on_done(result)`` or ``on_failed(exc)`` here."""
        relay = _the_relay()
        task_id = next(_ids)
        _pending[task_id] = (self._state, work, on_done, on_failed)
        self._state.running.add(task_id)
        QThreadPool.globalInstance().start(_Task(task_id, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (application exit)."""
        return bool(QThreadPool.globalInstance().waitForDone(msecs))

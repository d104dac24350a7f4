"""Pauses Python's cycle collector around bulk work (exports, bundle imports), counting pauses that overlap.

Bulk work allocates millions of small containers and no reference cycles; with the collector
running, the surviving objects are rescanned again and again (measured: 15-20 % of a
100,000-case casebook export; JSON decoding of a 100,000-case bundle 3.9 s with it, 1.1 s
without). Reference counting still frees everything. The pause is process-wide, so pauses
from different threads (an export on one worker thread, an import on another) are counted:
the collector resumes when the last one ends, and only if it was running before the first.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_pauses = 0
_resume = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the block (see the module docstring)."""
    global _pauses, _resume
    with _lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()

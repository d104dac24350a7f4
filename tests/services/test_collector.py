"""The cycle collector pause of bulk work: overlapping pauses (two worker threads) are counted."""

import gc
import threading
from collections.abc import Iterator

import pytest

from counselor_app.services.collector import collector_paused


@pytest.fixture(autouse=True)
def collector_running() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_overlapping_pauses_from_two_threads_resume_only_after_the_last() -> None:
    export_running, export_may_end = threading.Event(), threading.Event()
    seen: list[bool] = []

    def export() -> None:
        with collector_paused():
            export_running.set()
            export_may_end.wait(5)
        seen.append(gc.isenabled())  # the import still runs: still paused

    worker = threading.Thread(target=export)
    worker.start()
    export_running.wait(5)
    with collector_paused():
        export_may_end.set()
        worker.join(5)
        assert not gc.isenabled()
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with collector_paused(), collector_paused():
        pass
    assert not gc.isenabled()
    gc.enable()


def test_the_collector_resumes_after_an_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("import failed")
    assert gc.isenabled()

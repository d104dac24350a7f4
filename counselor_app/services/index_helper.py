"""Computes the content hashes and search text of a large import's cases in a helper process, so one core writes rows while another does the per-case work.

Hashing and folding the text of 100,000 imported cases takes several seconds of pure
Python; the import's writes wait on SQLite for longer. The helper (one ``spawn``-ed
process: forking a process that runs Qt threads or holds database connections is unsafe)
receives the cases in chunks, in the order the import writes them, and the import takes
each chunk's results when it reaches it. The results are those of
``domain.bundle_format.case_digests``, computed here when there is no helper: for a small
import, or when the helper cannot start or dies (the import then carries on by itself).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from counselor_app.domain.bundle_format import CaseRows, case_digests

_log = logging.getLogger(__name__)

# Below this many cases, the importing process is quicker on its own than with a helper
# (a spawned interpreter needs a few hundred milliseconds before its first result).
HELPER_MIN_CASES = 10_000
# Cases per task: small enough that the first batch of the import waits little.
CHUNK_CASES = 2_000
# A chunk takes well under a second; a helper that has not answered in this long is stuck,
# and the import (holding the database's write lock) must not wait for it forever.
CHUNK_TIMEOUT_SECONDS = 120.0

ExecutorFactory = Callable[[], Executor]
_Digests = list[tuple[str, str, str]]


def spawn_helper() -> Executor:
    """One helper process, started with ``spawn`` on every platform."""
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))


def helper_worthwhile(cases: int, *, min_cases: int = HELPER_MIN_CASES) -> bool:
    """Whether an import of ``cases`` cases gains from a helper (enough work, and a second core)."""
    return cases >= min_cases and (os.cpu_count() or 1) > 1


class ImportHelper:
    """Content hashes and search text of the cases an import writes; use as a context manager.

    ``start`` (before the import plans) gets the helper process running; ``submit`` hands
    over the cases in write order; ``search_columns`` (a ``CaseIndexer``) and
    ``content_hash`` give the results, waiting for the helper as needed. Without ``start``
    every chunk is computed here when it is first asked for.
    """

    def __init__(self, factory: ExecutorFactory = spawn_helper) -> None:
        self._factory = factory
        self._executor: Executor | None = None
        self._columns: dict[str, tuple[str, ...]] = {}
        self._uuid_at = 0
        self._chunk_of: dict[str, int] = {}
        self._chunks: list[tuple[list[str], Sequence[CaseRows], Future[_Digests] | None]] = []
        self._texts: dict[str, tuple[str, str]] = {}
        self._hashes: dict[str, str] = {}

    def __enter__(self) -> ImportHelper:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close(finished=exc_info[0] is None)

    def start(self) -> None:
        """Start the helper process now, so that it is ready when the cases are submitted."""
        try:
            self._executor = self._factory()
            # A task with no cases makes the pool start its process now, not at the first chunk.
            self._executor.submit(case_digests, {}, [])
        except (OSError, RuntimeError, BrokenProcessPool) as exc:
            self._give_up(exc)

    def submit(self, groups: Sequence[CaseRows], columns: Mapping[str, tuple[str, ...]], uuid_at: int) -> None:
        """Hand over the cases (rows in ``columns`` order) in the order they will be asked for."""
        self._columns = dict(columns)
        self._uuid_at = uuid_at
        for start in range(0, len(groups), CHUNK_CASES):
            chunk = groups[start : start + CHUNK_CASES]
            future: Future[_Digests] | None = None
            if self._executor is not None:
                try:
                    future = self._executor.submit(case_digests, self._columns, chunk)
                except (OSError, RuntimeError, BrokenProcessPool) as exc:
                    self._give_up(exc)
            uuids = [str(group.case[uuid_at]) for group in chunk]
            for case_uuid in uuids:
                self._chunk_of[case_uuid] = len(self._chunks)
            self._chunks.append((uuids, chunk, future))

    def search_columns(self, groups: Sequence[CaseRows]) -> list[tuple[str, str]]:
        """(search text, n-grams) of each case, in the order given (a ``CaseIndexer``)."""
        results: list[tuple[str, str]] = []
        for group in groups:
            case_uuid = str(group.case[self._uuid_at])
            if case_uuid not in self._texts:
                self._compute(case_uuid, group)
            results.append(self._texts.pop(case_uuid))
        return results

    def content_hash(self, group: CaseRows) -> str:
        """The content hash of a case (``ContentHasher`` over its rows)."""
        case_uuid = str(group.case[self._uuid_at])
        if case_uuid not in self._hashes:
            self._compute(case_uuid, group)
        return self._hashes[case_uuid]

    def _compute(self, case_uuid: str, group: CaseRows) -> None:
        index = self._chunk_of.get(case_uuid)
        if index is None:  # not submitted: compute it here
            self._store([case_uuid], case_digests(self._columns, [group]))
            return
        uuids, chunk, future = self._chunks[index]
        digests: _Digests | None = None
        if future is not None and self._executor is not None:
            try:
                digests = future.result(timeout=CHUNK_TIMEOUT_SECONDS)
            except (OSError, RuntimeError, BrokenProcessPool, TimeoutError) as exc:
                self._give_up(exc)
        if digests is None:
            digests = case_digests(self._columns, chunk)
        for done in uuids:
            del self._chunk_of[done]
        self._chunks[index] = ([], [], None)
        self._store(uuids, digests)

    def _store(self, uuids: Sequence[str], digests: _Digests) -> None:
        for case_uuid, (digest, folded, ngrams) in zip(uuids, digests, strict=True):
            self._hashes[case_uuid] = digest
            self._texts[case_uuid] = (folded, ngrams)

    def _give_up(self, exc: BaseException) -> None:
        # Case texts are personal data: log only what went wrong with the process.
        _log.warning("import helper process unavailable (%s); the import computes hashes and search text itself", type(exc).__name__)
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = None

    def close(self, *, finished: bool = True) -> None:
        """Stop the helper; after a failed import, without waiting for work nobody needs."""
        if self._executor is not None:
            self._executor.shutdown(wait=finished, cancel_futures=True)
            self._executor = None

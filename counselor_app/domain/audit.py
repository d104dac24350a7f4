"""Hash chaining of audit events: any edited, deleted or reordered event breaks the chain."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS_HASH = "0" * 64


def event_hash(
    prev_hash: str,
    *,
    seq: int,
    at: dt.datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | None,
    detail: str,
) -> str:
    """SHA-256 over the previous hash and the event's canonical JSON (sequence number included)."""
    body = json.dumps(
        [seq, at.isoformat(timespec="microseconds"), actor, action, entity, entity_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainProblem:
    """The first event at which the chain does not verify."""

    seq: int
    reason: str


@dataclass(frozen=True)
class ChainRow:
    """The stored columns of one audit event."""

    seq: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainHead:
    """The newest event as recorded with every append (catches deletions at the end)."""

    seq: int
    hash: str


def verify_chain(
    rows: Iterable[ChainRow], head: ChainHead | None = None
) -> tuple[int, ChainProblem | None]:
    """Walk events in sequence order; return how many verified and the first problem.

    Detects edited fields (hash mismatch), deleted events (gap in sequence or
    broken link), swapped events (link to the wrong predecessor) and, against
    ``head``, events deleted at the end or added behind the application's back.
    """
    expected_prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for row in rows:
        if row.seq > expected_seq:
            missing = (
                f"#{expected_seq}" if row.seq == expected_seq + 1 else f"#{expected_seq}〜#{row.seq - 1}"
            )
            return checked, ChainProblem(expected_seq, f"イベント {missing} が削除されています")
        if row.seq < expected_seq:
            return checked, ChainProblem(row.seq, "イベントの順序が不正です")
        if row.prev_hash != expected_prev:
            return checked, ChainProblem(
                row.seq, "直前のイベントとの連結が一致しません（削除または並べ替え）"
            )
        recomputed = event_hash(
            row.prev_hash,
            seq=row.seq,
            at=row.at,
            actor=row.actor,
            action=row.action,
            entity=row.entity,
            entity_id=row.entity_id,
            detail=row.detail,
        )
        if recomputed != row.hash:
            return checked, ChainProblem(row.seq, "内容が記録時から変更されています")
        expected_prev = row.hash
        expected_seq += 1
        checked += 1
    return checked, _check_head(checked, expected_prev, head)


def _check_head(last_seq: int, last_hash: str, head: ChainHead | None) -> ChainProblem | None:
    if head is None:
        if last_seq:
            return ChainProblem(last_seq, "最新イベントの控えがありません（末尾が削除された可能性があります）")
        return None
    if last_seq < head.seq:
        return ChainProblem(
            last_seq + 1, f"イベント #{last_seq + 1}〜#{head.seq} が削除されています（末尾の削除）"
        )
    if last_seq > head.seq:
        return ChainProblem(head.seq + 1, "アプリを通さずに追加されたイベントです")
    if last_hash != head.hash:
        return ChainProblem(last_seq, "最新イベントが控えと一致しません")
    return None

"""Which offices an actor's reports and approvals cover: a supervisor's office and its branches, or all for admins."""

from __future__ import annotations

from collections.abc import Sequence

from counselor_app.domain.entities import Actor, Office
from counselor_app.domain.errors import PermissionDeniedError, ValidationError


def subtree(offices: Sequence[Office], root: str) -> list[str]:
    """``root`` and every office below it (branches, their outposts), in code order."""
    children: dict[str | None, list[str]] = {}
    for office in offices:
        children.setdefault(office.parent_code, []).append(office.code)
    found: list[str] = []
    pending = [root]
    while pending:
        code = pending.pop()
        if code in found:
            continue  # a parent cycle in hand-edited data must not loop forever
        found.append(code)
        pending.extend(children.get(code, ()))
    return sorted(found)


def office_scope(actor: Actor, offices: Sequence[Office], office_code: str | None = None) -> list[str] | None:
    """The office codes ``actor`` works over (None: every office).

    Admins: every office, or the subtree of ``office_code``. Supervisors: the subtree of
    their own office, or of ``office_code`` inside it. Counselors: their own office.

    Raises:
        ValidationError: no office has ``office_code``.
        PermissionDeniedError: ``office_code`` lies outside the actor's reach.
    """
    if office_code is not None and office_code not in {office.code for office in offices}:
        raise ValidationError("この所属コードの所属はありません", where=office_code)
    if actor.role == "admin":
        return None if office_code is None else subtree(offices, office_code)
    own = subtree(offices, actor.office_code) if actor.role == "supervisor" else [actor.office_code]
    if office_code is None:
        return own
    if office_code not in own:
        raise PermissionDeniedError("この所属の報告書は作成できません", where=office_code)
    return subtree(offices, office_code)

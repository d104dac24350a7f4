"""Drafts: overwritten in place, private to their owner, gone once saved, discards audited (SQLite and PostgreSQL)."""

import pytest

from counselor_app.domain.case_snapshot import case_to_snapshot
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import PermissionDeniedError, ValidationError
from counselor_app.services.container import Services, build_services
from tests.helpers import make_case


def test_save_overwrites_one_row_per_key(services: Services, counselor: Actor, clock) -> None:  # type: ignore[no-untyped-def]
    services.drafts.save(counselor, "k1", {"case": case_to_snapshot(make_case(subject="一"))})
    clock.advance(seconds=3)
    services.drafts.save(counselor, "k1", {"case": case_to_snapshot(make_case(subject="一二"))})
    pending = services.drafts.pending(counselor)
    assert [draft.key for draft in pending] == ["k1"]
    restored = pending[0].case()
    assert restored is not None and restored.subject == "一二"
    assert pending[0].updated_at == clock.now()


def test_drafts_are_private_to_their_owner(services: Services, counselor: Actor) -> None:
    other = Actor(login="suzuki", role="counselor", office_code="131016")
    services.drafts.save(counselor, "mine", {"step": 1})
    assert services.drafts.pending(other) == []
    assert services.drafts.get(other, "mine") is None
    with pytest.raises(PermissionDeniedError):
        services.drafts.save(other, "mine", {"step": 2})
    assert services.drafts.discard(other, "mine") is False
    assert services.drafts.get(counselor, "mine") is not None


def test_payload_must_be_json(services: Services, counselor: Actor) -> None:
    with pytest.raises(ValidationError):
        services.drafts.save(counselor, "k", {"bad": object()})
    with pytest.raises(ValidationError):
        services.drafts.save(counselor, "", {})


def test_a_second_desk_sees_who_else_is_editing_a_case(db, reference, clock, counselor: Actor) -> None:  # type: ignore[no-untyped-def]
    desk_a = build_services(db, reference, clock)
    desk_b = build_services(db, reference, clock)
    desk_a.setup.initialise(counselor, office_code="131016")
    case = desk_a.cases.register(counselor, make_case())
    desk_a.drafts.save(counselor, "edit-a", {"step": 0}, case_id=case.id, base_version=case.version)
    other = Actor(login="suzuki", role="counselor", office_code="131016")
    editing = desk_b.drafts.others_editing(other, case.id)
    assert [(draft.owner, draft.base_version) for draft in editing] == [("sato", 1)]
    assert desk_b.drafts.others_editing(counselor, case.id) == []


def test_discarding_by_hand_is_audited_saving_is_not(services: Services, counselor: Actor) -> None:
    services.drafts.save(counselor, "a", {})
    services.drafts.save(counselor, "b", {})
    assert services.drafts.discard(counselor, "a", reason="saved")
    assert services.drafts.discard(counselor, "b", reason="user")
    assert services.drafts.pending(counselor) == []
    assert [event.entity_id for event in services.audit.history("draft", "b")] == ["b"]
    assert services.audit.history("draft", "a") == []

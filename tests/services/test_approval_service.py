"""The 決裁 workflow at service level: who may approve, read-only approved cases, returns with comments (SQLite and PostgreSQL)."""

import dataclasses

import pytest

from counselor_app.domain.entities import Actor, Office
from counselor_app.domain.errors import (
    ConflictError,
    PermissionDeniedError,
    StateError,
    ValidationError,
)
from counselor_app.services.container import Services
from tests.conftest import NOW
from tests.helpers import make_case


def _submitted(services: Services, counselor: Actor) -> int:
    case = services.cases.register(counselor, make_case())
    assert case.id is not None
    services.approvals.submit(counselor, case.id)
    return case.id


def test_counselor_submits_and_supervisor_approves(
    services: Services, counselor: Actor, supervisor: Actor
) -> None:
    case_id = _submitted(services, counselor)
    waiting = services.cases.get(supervisor, case_id, audit_view=False)
    assert waiting.status == "awaiting_approval"
    assert [item.summary.id for item in services.approvals.pending(supervisor)] == [case_id]
    assert services.approvals.pending(supervisor)[0].submitted_at == NOW

    approved = services.approvals.approve(supervisor, case_id, expected_version=waiting.version)
    assert approved.status == "closed"
    assert approved.approved_by == "yamada"
    assert approved.approved_at == NOW
    assert services.approvals.pending(supervisor) == []
    assert [step.action for step in services.approvals.history(supervisor, case_id)] == ["submitted", "approved"]


def test_counselor_cannot_approve_or_return(services: Services, counselor: Actor) -> None:
    case_id = _submitted(services, counselor)
    with pytest.raises(PermissionDeniedError):
        services.approvals.approve(counselor, case_id)
    with pytest.raises(PermissionDeniedError):
        services.approvals.return_case(counselor, case_id, "自分で差し戻し")
    with pytest.raises(PermissionDeniedError):
        services.approvals.pending(counselor)
    after = services.cases.get(counselor, case_id, audit_view=False)
    assert after.status == "awaiting_approval" and after.approved_by is None


def test_counselor_cannot_approve_by_saving_the_status(services: Services, counselor: Actor) -> None:
    case_id = _submitted(services, counselor)
    case = services.cases.get(counselor, case_id, audit_view=False)
    saved = services.cases.save(
        counselor,
        dataclasses.replace(case, status="closed", approved_by=counselor.login, approved_at=NOW, subject="変更"),
    )
    assert saved.subject == "変更"
    assert saved.status == "awaiting_approval"
    assert saved.approved_by is None and saved.approved_at is None


def test_approved_case_cannot_be_edited(services: Services, counselor: Actor, supervisor: Actor) -> None:
    case_id = _submitted(services, counselor)
    approved = services.approvals.approve(supervisor, case_id)
    for actor in (counselor, supervisor):
        with pytest.raises(StateError, match="決裁済み"):
            services.cases.save(actor, dataclasses.replace(approved, subject="書き換え"))
    with pytest.raises(StateError):
        services.cases.add_handling(counselor, case_id, "consultant", "追記")
    with pytest.raises(StateError):
        services.approvals.submit(counselor, case_id)
    assert services.cases.get(supervisor, case_id, audit_view=False).subject == "定期購入の解約"


def test_returned_case_goes_back_to_its_counselor_with_the_comment(
    services: Services, counselor: Actor, supervisor: Actor
) -> None:
    case_id = _submitted(services, counselor)
    services.approvals.approve(supervisor, case_id)
    returned = services.approvals.return_case(supervisor, case_id, "  処理結果を確認してください  ")
    assert returned.status == "open"
    assert returned.counselor == "sato"
    assert returned.approved_by is None and returned.approved_at is None
    assert returned.review_comment == "処理結果を確認してください"

    mine = services.approvals.returned_to_me(counselor)
    assert [item.summary.id for item in mine] == [case_id]
    other = Actor(login="ito", role="counselor", office_code="131016")
    assert services.approvals.returned_to_me(other) == []
    steps = services.approvals.history(counselor, case_id)
    assert [(step.action, step.comment) for step in steps] == [
        ("submitted", None),
        ("approved", None),
        ("returned", "処理結果を確認してください"),
    ]

    # Editable again; resubmitting clears the comment from the case (the history keeps it).
    edited = services.cases.save(counselor, dataclasses.replace(returned, subject="定期購入の解約（再確認）"))
    resubmitted = services.approvals.submit(counselor, case_id, expected_version=edited.version)
    assert resubmitted.status == "awaiting_approval" and resubmitted.review_comment is None
    assert services.approvals.returned_to_me(counselor) == []


def test_return_needs_a_comment_and_a_returnable_state(
    services: Services, counselor: Actor, supervisor: Actor
) -> None:
    case_id = _submitted(services, counselor)
    with pytest.raises(ValidationError) as info:
        services.approvals.return_case(supervisor, case_id, "   ")
    assert info.value.where == "comment"
    services.approvals.return_case(supervisor, case_id, "聞き取り不足")
    with pytest.raises(StateError):
        services.approvals.return_case(supervisor, case_id, "もう一度")
    with pytest.raises(StateError):
        services.approvals.approve(supervisor, case_id)


def test_submission_needs_the_items_required_for_approval(services: Services, counselor: Actor) -> None:
    case = services.cases.register(counselor, make_case(result=None))
    assert case.id is not None
    with pytest.raises(ValidationError) as info:
        services.approvals.submit(counselor, case.id)
    assert info.value.where == "result"
    assert services.cases.get(counselor, case.id, audit_view=False).status == "open"


def test_stale_version_is_a_conflict(services: Services, counselor: Actor, supervisor: Actor) -> None:
    case_id = _submitted(services, counselor)
    seen = services.cases.get(supervisor, case_id, audit_view=False)
    services.cases.save(counselor, dataclasses.replace(seen, subject="提出後に修正"))
    with pytest.raises(ConflictError):
        services.approvals.approve(supervisor, case_id, expected_version=seen.version)
    assert services.cases.get(supervisor, case_id, audit_view=False).status == "awaiting_approval"


def test_supervisors_approve_for_their_office_and_its_branches(
    services: Services, counselor: Actor, supervisor: Actor
) -> None:
    admin = Actor(login="root", role="admin", office_code="131016")
    services.setup.ensure_office(admin, Office(code="131017", name="北支所", parent_code="131016"))
    services.setup.ensure_office(admin, Office(code="271004", name="別の市", parent_code=None))
    branch_counselor = Actor(login="kimura", role="counselor", office_code="131017")
    branch_case = services.cases.register(branch_counselor, make_case(office_code="131017"))
    assert branch_case.id is not None
    services.approvals.submit(branch_counselor, branch_case.id)
    other_supervisor = Actor(login="kato", role="supervisor", office_code="271004")
    with pytest.raises(PermissionDeniedError):
        services.approvals.approve(other_supervisor, branch_case.id)
    assert services.approvals.pending(other_supervisor) == []
    with pytest.raises(PermissionDeniedError):
        services.approvals.submit(counselor, _other_office_case(services, admin))
    assert services.approvals.approve(supervisor, branch_case.id).status == "closed"


def _other_office_case(services: Services, admin: Actor) -> int:
    other = Actor(login="suzuki", role="counselor", office_code="271004")
    case = services.cases.register(other, make_case(office_code="271004"))
    assert case.id is not None
    return case.id


def test_every_step_is_audited_without_the_comment_text(
    services: Services, counselor: Actor, supervisor: Actor
) -> None:
    case_id = _submitted(services, counselor)
    services.approvals.return_case(supervisor, case_id, "相談者の連絡先を確認")
    services.approvals.submit(counselor, case_id)
    services.approvals.approve(supervisor, case_id, comment="了")
    events = services.audit.history("case", case_id)
    assert [event.action for event in events] == ["create", "submit", "return", "submit", "approve"]
    assert [event.actor for event in events[1:]] == ["sato", "yamada", "sato", "yamada"]
    assert "連絡先" not in "".join(event.detail for event in events)
    assert services.audit.verify().ok

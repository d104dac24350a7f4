"""The 決裁 workflow: a counselor submits a case, a supervisor approves it or returns it with a comment."""

from __future__ import annotations

from counselor_app.domain.case_rules import blocking, check_case
from counselor_app.domain.clock import Clock
from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.entities import Actor, Case
from counselor_app.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    StateError,
    ValidationError,
)
from counselor_app.domain.report_data import PendingApproval, ReviewStep
from counselor_app.persistence.database import Database
from counselor_app.persistence.unit_of_work import UnitOfWork
from counselor_app.services.audit_service import AuditService
from counselor_app.services.office_scope import office_scope

SUBMITTED, APPROVED, RETURNED = "submitted", "approved", "returned"
MAX_COMMENT = 2000


class ApprovalService:
    """State changes open → awaiting_approval → closed (approved), and back to open when returned.

    Every step is written to case_review and to the audit trail in the same transaction.
    Approved cases are read-only (CaseService.save refuses them) until a supervisor returns them.
    """

    def __init__(self, db: Database, clock: Clock, codelists: CodeLists, audit: AuditService) -> None:
        self._db = db
        self._clock = clock
        self._codelists = codelists
        self._audit = audit

    # -- checks ----------------------------------------------------------------------

    @staticmethod
    def _require_supervisor(actor: Actor) -> None:
        if not actor.is_supervisor:
            raise PermissionDeniedError("決裁できるのは所長・主任相談員です", where=actor.login)

    def _require_reach(self, uow: UnitOfWork, actor: Actor, case: Case) -> None:
        """Counselors act on their own office's cases; supervisors on their office and its branches."""
        scope = office_scope(actor, uow.offices.offices())
        if scope is not None and case.office_code not in scope:
            raise PermissionDeniedError("他の所属の相談です", where=case.case_no)

    @staticmethod
    def _load(uow: UnitOfWork, case_id: int) -> Case:
        case = uow.cases.get(case_id)
        if case.deleted_at is not None:
            raise NotFoundError("相談が見つかりません", where=case.case_no)
        return case

    @staticmethod
    def _require_version(case: Case, expected_version: int | None) -> None:
        if expected_version is not None and case.version != expected_version:
            raise ConflictError(
                f"この相談は {case.updated_by or '別の端末'} が更新しています（版 {case.version}）。"
                "最新の内容を確認してから操作してください。",
                where=case.case_no,
            )

    @staticmethod
    def _clean_comment(comment: str | None, *, required: bool) -> str | None:
        text = (comment or "").strip()
        if required and not text:
            raise ValidationError("差し戻しの理由を入力してください", where="comment")
        if len(text) > MAX_COMMENT:
            raise ValidationError(f"コメントは{MAX_COMMENT}文字以内にしてください", where="comment")
        return text or None

    # -- transitions -----------------------------------------------------------------

    def submit(self, actor: Actor, case_id: int, *, expected_version: int | None = None) -> Case:
        """Send an open case for approval (status awaiting_approval).

        Raises:
            ValidationError: an item required for approval is missing (named field).
            StateError: the case is not open.
            PermissionDeniedError: the case belongs to an office the actor cannot act for.
        """
        with self._db.uow(write=True) as uow:
            case = self._load(uow, case_id)
            self._require_reach(uow, actor, case)
            self._require_version(case, expected_version)
            if case.status not in ("open", "draft"):
                label = self._codelists["case_status"].label_of(case.status, case.status)
                raise StateError(f"「{label}」の相談は決裁に回せません", where=case.case_no)
            missing = blocking(check_case(case, self._codelists, now=self._clock.now()), for_submission=True)
            if missing:
                raise ValidationError(missing[0].message, where=missing[0].field)
            now = self._clock.now()
            uow.cases.set_fields(
                case_id, status="awaiting_approval", review_comment=None, updated_at=now, updated_by=actor.login
            )
            uow.reviews.add(case_id, SUBMITTED, actor.login, now)
            self._audit.record(uow, actor, "submit", "case", case_id, case_no=case.case_no)
            uow.commit()
            return uow.cases.get(case_id)

    def approve(
        self, actor: Actor, case_id: int, *, comment: str | None = None, expected_version: int | None = None
    ) -> Case:
        """Approve a case awaiting approval: it is closed and becomes read-only.

        Raises:
            PermissionDeniedError: the actor is a counselor, or the case is outside their offices.
            StateError: the case is not awaiting approval.
            ConflictError: the case changed since the supervisor read it (``expected_version``).
        """
        self._require_supervisor(actor)
        text = self._clean_comment(comment, required=False)
        with self._db.uow(write=True) as uow:
            case = self._load(uow, case_id)
            self._require_reach(uow, actor, case)
            self._require_version(case, expected_version)
            if case.status != "awaiting_approval":
                label = self._codelists["case_status"].label_of(case.status, case.status)
                raise StateError(f"決裁待ちではありません（状態：{label}）", where=case.case_no)
            now = self._clock.now()
            uow.cases.set_fields(
                case_id,
                status="closed",
                approved_by=actor.login,
                approved_at=now,
                review_comment=None,
                updated_at=now,
                updated_by=actor.login,
            )
            uow.reviews.add(case_id, APPROVED, actor.login, now, text)
            self._audit.record(uow, actor, "approve", "case", case_id, case_no=case.case_no, comment=bool(text))
            uow.commit()
            return uow.cases.get(case_id)

    def return_case(
        self, actor: Actor, case_id: int, comment: str, *, expected_version: int | None = None
    ) -> Case:
        """Return a case awaiting approval, or an approved one, to its counselor with a comment.

        The case goes back to ``open`` (editable again), keeps its counselor, and shows the
        comment until it is submitted again.

        Raises:
            PermissionDeniedError: the actor is a counselor, or the case is outside their offices.
            ValidationError: no comment.
            StateError: the case is neither awaiting approval nor approved.
        """
        self._require_supervisor(actor)
        text = self._clean_comment(comment, required=True)
        with self._db.uow(write=True) as uow:
            case = self._load(uow, case_id)
            self._require_reach(uow, actor, case)
            self._require_version(case, expected_version)
            if case.status not in ("awaiting_approval", "closed"):
                label = self._codelists["case_status"].label_of(case.status, case.status)
                raise StateError(f"差し戻せる状態ではありません（状態：{label}）", where=case.case_no)
            was_approved = case.status == "closed"
            now = self._clock.now()
            uow.cases.set_fields(
                case_id,
                status="open",
                approved_by=None,
                approved_at=None,
                review_comment=text,
                updated_at=now,
                updated_by=actor.login,
            )
            uow.reviews.add(case_id, RETURNED, actor.login, now, text)
            self._audit.record(
                uow, actor, "return", "case", case_id, case_no=case.case_no, was_approved=was_approved
            )
            uow.commit()
            return uow.cases.get(case_id)

    # -- queues ----------------------------------------------------------------------

    def pending(self, actor: Actor) -> list[PendingApproval]:
        """Cases awaiting the actor's approval, longest waiting first (supervisors and admins)."""
        self._require_supervisor(actor)
        with self._db.uow() as uow:
            return uow.reviews.awaiting(office_scope(actor, uow.offices.offices()))

    def pending_count(self, actor: Actor) -> int:
        """How many cases await the actor's approval."""
        self._require_supervisor(actor)
        with self._db.uow() as uow:
            return uow.reviews.awaiting_count(office_scope(actor, uow.offices.offices()))

    def returned_to_me(self, actor: Actor) -> list[PendingApproval]:
        """Open cases of this counselor that a supervisor returned (the comment is on the case)."""
        with self._db.uow() as uow:
            return uow.reviews.returned_to(actor.login)

    def history(self, actor: Actor, case_id: int) -> list[ReviewStep]:
        """The 決裁 steps of a case, oldest first."""
        with self._db.uow() as uow:
            case = uow.cases.get(case_id)
            if actor.role == "counselor" and case.office_code != actor.office_code:
                raise PermissionDeniedError("他の所属の相談は開けません", where=case.case_no)
            return uow.reviews.history(case_id)

"""Registering, editing, reading and listing cases, with role checks, numbering and audit."""

from __future__ import annotations

import dataclasses
import uuid as uuid_module

from counselor_app.domain.calendar import fiscal_year, format_case_number
from counselor_app.domain.case_query import CaseFilter, CaseSort
from counselor_app.domain.case_rules import RuleIssue, blocking, check_case
from counselor_app.domain.clock import Clock
from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.entities import Actor, Case, CaseSummary, HandlingEntry
from counselor_app.domain.errors import NotFoundError, PermissionDeniedError, StateError, ValidationError
from counselor_app.persistence.database import Database
from counselor_app.services.audit_service import AuditService

# Scalar fields whose change is worth naming in the audit trail (names only, never values).
_AUDITED_FIELDS = tuple(
    field.name
    for field in dataclasses.fields(Case)
    if field.name not in ("handling", "referrals", "pi", "version", "updated_at", "updated_by")
)


class CaseService:
    """Use cases around one case at a time and the case list."""

    def __init__(self, db: Database, clock: Clock, codelists: CodeLists, audit: AuditService) -> None:
        self._db = db
        self._clock = clock
        self._codelists = codelists
        self._audit = audit

    # -- rules -----------------------------------------------------------------------

    def check(self, case: Case) -> list[RuleIssue]:
        """Inline validation for intake: errors, missing items and warnings."""
        return check_case(case, self._codelists, now=self._clock.now())

    def _require_savable(self, case: Case) -> None:
        errors = blocking(self.check(case), for_submission=False)
        if errors:
            first = errors[0]
            raise ValidationError(first.message, where=first.field)

    def _require_access(self, actor: Actor, case: Case) -> None:
        if actor.role == "counselor" and case.office_code != actor.office_code:
            raise PermissionDeniedError("他の所属の相談は開けません", where=case.case_no)

    # -- writing ---------------------------------------------------------------------

    def register(self, actor: Actor, case: Case) -> Case:
        """Save a new case: number it (gap-free per office and fiscal year) and audit it.

        Raises:
            ValidationError: a hard rule fails (named field).
        """
        self._require_savable(case)
        now = self._clock.now()
        year = fiscal_year(case.received_at.date())
        office = case.office_code or actor.office_code
        status = case.status if case.status != "draft" else "open"
        with self._db.uow(write=True) as uow:
            seq = uow.cases.next_sequence(office, year)
            stored = dataclasses.replace(
                case,
                uuid=case.uuid or str(uuid_module.uuid4()),
                office_code=office,
                fiscal_year=year,
                case_no=format_case_number(office, year, seq),
                status=status,
                counselor=case.counselor or actor.login,
                classification_version=case.classification_version or self._codelists.classification_version,
                version=1,
                created_at=now,
                created_by=actor.login,
                updated_at=now,
                updated_by=actor.login,
            )
            case_id = uow.cases.add(stored, seq=seq)
            self._audit.record(uow, actor, "create", "case", case_id, case_no=stored.case_no)
            uow.commit()
        return self.get(actor, case_id, audit_view=False)

    def save(self, actor: Actor, case: Case) -> Case:
        """Save changes to an existing case unless someone saved it in between.

        Raises:
            ConflictError: another desk saved a newer version; nothing is overwritten.
            StateError: the case is approved (read-only until returned).
            ValidationError: a hard rule fails.
        """
        assert case.id is not None, "register() new cases"
        self._require_access(actor, case)
        self._require_savable(case)
        now = self._clock.now()
        with self._db.uow(write=True) as uow:
            before = uow.cases.get(case.id)
            if before.status == "closed" and before.approved_at is not None:
                raise StateError(
                    "決裁済みの相談は編集できません（差し戻してから編集してください）", where=case.case_no
                )
            changed = sorted(name for name in _AUDITED_FIELDS if getattr(before, name) != getattr(case, name))
            stored = dataclasses.replace(
                case,
                uuid=before.uuid,
                case_no=before.case_no,
                office_code=before.office_code,
                fiscal_year=before.fiscal_year,
                # The 決裁 state changes only through ApprovalService (submit/approve/return).
                status=before.status,
                approved_by=before.approved_by,
                approved_at=before.approved_at,
                review_comment=before.review_comment,
                created_at=before.created_at,
                created_by=before.created_by,
                updated_at=now,
                updated_by=actor.login,
            )
            uow.cases.update(stored, expected_version=case.version)
            self._audit.record(uow, actor, "update", "case", case.id, fields=changed)
            uow.commit()
        return self.get(actor, case.id, audit_view=False)

    def add_handling(self, actor: Actor, case_id: int, counterpart: str, text: str) -> Case:
        """Append a 処理経過 line to a case (keeps the case's other fields as stored)."""
        if self._codelists["handling_counterpart"].get(counterpart) is None:
            raise ValidationError(f"相手方 {counterpart!r} がありません", where="counterpart")
        if not text.strip():
            raise ValidationError("処理経過の内容を入力してください", where="text")
        case = self.get(actor, case_id, audit_view=False)
        entry = HandlingEntry(
            at=self._clock.now(), counterpart=counterpart, text=text.strip(), created_by=actor.login
        )
        return self.save(actor, dataclasses.replace(case, handling=(*case.handling, entry)))

    # -- reading ---------------------------------------------------------------------

    def get(self, actor: Actor, case_id: int, *, audit_view: bool = True) -> Case:
        """Load a case; viewing personal data is audited."""
        with self._db.uow() as uow:
            case = uow.cases.get(case_id)
        self._require_access(actor, case)
        if audit_view:
            self._audit.record_now(actor, "view", "case", case_id)
        return case

    def find_by_number(self, actor: Actor, case_no: str) -> Case | None:
        """Load a case by its number (audited), or None."""
        with self._db.uow() as uow:
            case = uow.cases.get_by_number(case_no.strip())
        if case is None:
            return None
        self._require_access(actor, case)
        assert case.id is not None
        self._audit.record_now(actor, "view", "case", case.id)
        return case

    def _scoped(self, actor: Actor, flt: CaseFilter) -> CaseFilter:
        # Counselors see their own office only, whatever the list asks for.
        if actor.role == "counselor":
            return dataclasses.replace(flt, office_code=actor.office_code)
        return flt

    def count(self, actor: Actor, flt: CaseFilter) -> int:
        """Number of cases the actor may see that match a filter."""
        with self._db.uow() as uow:
            return uow.cases.count(self._scoped(actor, flt), today=self._clock.now().date())

    def page(
        self, actor: Actor, flt: CaseFilter, sort: CaseSort, offset: int, limit: int
    ) -> list[CaseSummary]:
        """One page of list rows."""
        with self._db.uow() as uow:
            return uow.cases.page(
                self._scoped(actor, flt), sort, offset=offset, limit=limit, today=self._clock.now().date()
            )

    # -- re-consultations (再相談) and list choices -----------------------------------

    def related(self, actor: Actor, case: Case) -> tuple[CaseSummary | None, list[CaseSummary]]:
        """The earlier case this one re-consults (再相談), and the later cases that re-consult it."""
        with self._db.uow() as uow:
            earlier = uow.cases.summary_by_uuid(case.related_case_uuid) if case.related_case_uuid else None
            later = uow.cases.related_summaries(case.uuid) if case.uuid else []
        visible = [row for row in later if actor.role != "counselor" or row.office_code == actor.office_code]
        if earlier is not None and actor.role == "counselor" and earlier.office_code != actor.office_code:
            earlier = None
        return earlier, visible

    def find_earlier(self, actor: Actor, case_no: str, *, for_case: Case | None = None) -> Case:
        """The case a re-consultation points at, checked: it exists, is visible and makes no loop.

        Raises:
            NotFoundError: no case has that number.
            ValidationError: it is ``for_case`` itself, or it already re-consults ``for_case``.
        """
        earlier = self.find_by_number(actor, case_no)
        if earlier is None:
            raise NotFoundError(f"相談番号 {case_no.strip()} の相談はありません", where="related_case_uuid")
        if for_case is not None and for_case.uuid is not None:
            if earlier.uuid == for_case.uuid:
                raise ValidationError("自分自身を再相談の元にはできません", where="related_case_uuid")
            seen = {earlier.uuid}
            step = earlier
            with self._db.uow() as uow:
                while step.related_case_uuid and step.related_case_uuid not in seen:
                    if step.related_case_uuid == for_case.uuid:
                        raise ValidationError("再相談のつながりが循環します", where="related_case_uuid")
                    seen.add(step.related_case_uuid)
                    found = uow.cases.get_by_uuid(step.related_case_uuid)
                    if found is None:
                        break
                    step = found
        return earlier

    def link_related(self, actor: Actor, case_id: int, earlier_case_no: str | None) -> Case:
        """Record (or, with None, remove) that a stored case re-consults an earlier one; a versioned save.

        Raises:
            NotFoundError, ValidationError: see :meth:`find_earlier`.
            ConflictError: the case changed since it was read.
        """
        case = self.get(actor, case_id, audit_view=False)
        if earlier_case_no is None or not earlier_case_no.strip():
            return self.save(actor, dataclasses.replace(case, related_case_uuid=None))
        earlier = self.find_earlier(actor, earlier_case_no, for_case=case)
        return self.save(actor, dataclasses.replace(case, related_case_uuid=earlier.uuid))

    def counselors(self, actor: Actor) -> list[str]:
        """Counselor logins that appear on cases the actor may see (case-list filter)."""
        office = actor.office_code if actor.role == "counselor" else None
        with self._db.uow() as uow:
            return uow.cases.counselors(office)

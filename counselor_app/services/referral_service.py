"""Referrals as timed records: recording with consent, status follow-up, due dates, slips and statistics."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counselor_app.domain.business_days import add_business_days
from counselor_app.domain.calendar import wareki
from counselor_app.domain.clock import Clock
from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.directory import in_regime
from counselor_app.domain.entities import Actor, Case, DirectoryEntry, Referral
from counselor_app.domain.errors import PermissionDeniedError, StateError, ValidationError
from counselor_app.domain.referrals import (
    REPLY_STATUSES,
    SHAREABLE_FIELDS,
    WITHHELD,
    FollowUpRow,
    check_transition,
    consented_details,
    slip_text,
)
from counselor_app.domain.settings import merged
from counselor_app.persistence.database import Database
from counselor_app.services.audit_service import AuditService

FIELD_LABELS = {
    "name": "氏名",
    "name_kana": "フリガナ",
    "phone": "電話番号",
    "email": "メールアドレス",
    "address": "住所",
    "postal_code": "郵便番号",
    "birth_date": "生年月日",
}
# Kinds that ask the destination for something back, so they get a due date.
KINDS_WITH_DUE_DATE = ("TRANSFER", "INFO")


@dataclass(frozen=True)
class ReferralStatistics:
    """Referrals by destination and kind, and the share answered within the due date."""

    rows: tuple[
        tuple[str, str, str, int, int, int], ...
    ]  # dest id, name, kind, total, with due date, in time

    @property
    def answered_in_time_share(self) -> float | None:
        """Answered by the due date / referrals that had a due date."""
        with_due = sum(row[4] for row in self.rows)
        return None if with_due == 0 else sum(row[5] for row in self.rows) / with_due


class ReferralService:
    """Use cases of 移送・紹介・情報提供."""

    def __init__(
        self, db: Database, clock: Clock, codelists: CodeLists, audit: AuditService, fonts_dir: Path
    ) -> None:
        self._db = db
        self._clock = clock
        self._codelists = codelists
        self._audit = audit
        self._fonts_dir = fonts_dir

    # -- checks ----------------------------------------------------------------------

    def _case_for(self, actor: Actor, case_id: int) -> Case:
        with self._db.uow() as uow:
            case = uow.cases.get(case_id)
        if actor.role == "counselor" and case.office_code != actor.office_code:
            raise PermissionDeniedError("他の所属の相談です", where=case.case_no)
        return case

    def _destination(self, destination_id: str, day: dt.date) -> DirectoryEntry:
        with self._db.uow() as uow:
            entry = uow.directory.get(destination_id)
            successor = uow.directory.get(entry.successor_id) if entry and entry.successor_id else None
        if entry is None:
            raise ValidationError(f"窓口 {destination_id!r} は窓口一覧にありません", where="destination")
        if entry.valid_to is not None and day > entry.valid_to:
            hint = f"後継の窓口: {successor.name}" if successor else "窓口一覧で現在の窓口を選んでください"
            raise ValidationError(
                f"「{entry.name}」は {entry.valid_to.isoformat()} に廃止されています。{hint}",
                where="destination",
            )
        if entry.valid_from is not None and day < entry.valid_from:
            raise ValidationError(
                f"「{entry.name}」は {entry.valid_from.isoformat()} より前にはありません", where="destination"
            )
        return entry

    def due_date_for(self, kind: str, day: dt.date) -> dt.date | None:
        """The default reply deadline: N business days (setting) for 移送 and 情報提供; none for 紹介."""
        if kind not in KINDS_WITH_DUE_DATE:
            return None
        with self._db.uow() as uow:
            days = int(merged(uow.offices.settings())["referral_due_business_days"])
        return add_business_days(day, days)

    # -- writing ---------------------------------------------------------------------

    def record(
        self,
        actor: Actor,
        case_id: int,
        *,
        destination_id: str,
        kind: str,
        date: dt.date | None = None,
        method: str | None = None,
        reason: str | None = None,
        consent: bool = False,
        consent_scope: tuple[str, ...] = (),
        request: str | None = None,
        due_date: dt.date | None = None,
        no_due_date: bool = False,
    ) -> Referral:
        """Record a referral of a case (the due date defaults by kind unless ``no_due_date``).

        Raises:
            ValidationError: unknown kind/method, a retired destination, or a consent scope
                without consent (naming the field).
        """
        day = date or self._clock.now().date()
        if self._codelists["referral_kind"].get(kind) is None:
            raise ValidationError(f"種別 {kind!r} がありません", where="kind")
        if method is not None and self._codelists["referral_method"].get(method) is None:
            raise ValidationError(f"方法 {method!r} がありません", where="method")
        unknown = [name for name in consent_scope if name not in SHAREABLE_FIELDS]
        if unknown:
            raise ValidationError(f"同意の範囲に不明な項目があります: {unknown[0]}", where="consent_scope")
        if consent_scope and not consent:
            raise ValidationError("本人の同意がないのに共有する項目が選ばれています", where="consent_scope")
        case = self._case_for(actor, case_id)
        self._destination(destination_id, day)
        if due_date is not None and due_date < day:
            raise ValidationError("回答期限が移送・紹介日より前です", where="due_date")
        filled = case.consultant.personal_values()
        now = self._clock.now()
        referral = Referral(
            destination_id=destination_id,
            kind=kind,
            date=day,
            method=method,
            reason=(reason or "").strip() or None,
            consent=consent,
            consent_at=day if consent else None,
            consent_scope=tuple(consent_scope) if consent else (),
            shared_fields=tuple(name for name in consent_scope if name in filled) if consent else (),
            request=(request or "").strip() or None,
            due_date=None
            if no_due_date
            else due_date
            if due_date is not None
            else self.due_date_for(kind, day),
            status="UNSENT",
            created_by=actor.login,
            created_at=now,
            updated_at=now,
            version=1,
        )
        with self._db.uow(write=True) as uow:
            referral_id = uow.referrals.add(case_id, referral)
            self._audit.record(
                uow,
                actor,
                "create",
                "referral",
                referral_id,
                case_id=case_id,
                destination=destination_id,
                kind=kind,
                consent=consent,
                shared=list(referral.shared_fields),
            )
            uow.commit()
            return uow.referrals.get(referral_id)

    def transition(
        self,
        actor: Actor,
        referral_id: int,
        status: str,
        *,
        expected_version: int,
        reply_text: str | None = None,
        reply_date: dt.date | None = None,
    ) -> Referral:
        """Move a referral forward (未送付 → 送付済 → 回答待ち → 回答あり → 完了).

        Raises:
            StateError: a backward or unknown move.
            ConflictError: someone changed the referral meanwhile.
        """
        with self._db.uow(write=True) as uow:
            current = uow.referrals.get(referral_id)
            assert current.case_id is not None
            case = uow.cases.get(current.case_id)
            if actor.role == "counselor" and case.office_code != actor.office_code:
                raise PermissionDeniedError("他の所属の移送・紹介です", where=case.case_no)
            check_transition(current.status, status)
            changes: dict[str, Any] = {"status": status}
            if (
                status in REPLY_STATUSES
                and current.reply_date is None
                and current.kind in KINDS_WITH_DUE_DATE
            ):
                if status == "REPLIED" and not (reply_text or "").strip():
                    raise StateError("回答ありにするには回答の内容を入力してください", where="reply_text")
                changes["reply_date"] = reply_date or self._clock.now().date()
            if reply_text is not None:
                changes["reply_text"] = reply_text.strip() or None
            updated = dataclasses.replace(current, **changes)
            uow.referrals.update(updated, expected_version=expected_version, now=self._clock.now())
            self._audit.record(
                uow, actor, "update", "referral", referral_id, status_from=current.status, status_to=status
            )
            uow.commit()
            return uow.referrals.get(referral_id)

    # -- reading ---------------------------------------------------------------------

    def destinations(self) -> list[DirectoryEntry]:
        """Windows a case may be referred to today, in the office's regime (local ones included)."""
        today = self._clock.now().date()
        with self._db.uow() as uow:
            regime = str(merged(uow.offices.settings())["regime"])
            entries = uow.directory.all()
        return [entry for entry in entries if entry.local or in_regime(entry, regime, today=today)]

    def for_case(self, actor: Actor, case_id: int) -> list[Referral]:
        """A case's referrals."""
        self._case_for(actor, case_id)
        with self._db.uow() as uow:
            return uow.referrals.for_case(case_id)

    def follow_up(self, actor: Actor, *, overdue_only: bool = False) -> list[FollowUpRow]:
        """Open referrals to follow up: a counselor's own; a supervisor's office; everything for admins."""
        today = self._clock.now().date()
        with self._db.uow() as uow:
            return uow.referrals.follow_up(
                office_code=None if actor.role == "admin" else actor.office_code,
                created_by=actor.login if actor.role == "counselor" else None,
                overdue_before=today if overdue_only else None,
            )

    def statistics(self, actor: Actor, start: dt.date, end: dt.date) -> ReferralStatistics:
        """Referrals by destination and kind with the on-time share (supervisors)."""
        if not actor.is_supervisor:
            raise PermissionDeniedError("統計は所長・主任相談員が見られます")
        with self._db.uow() as uow:
            rows = uow.referrals.statistics(
                office_code=None if actor.role == "admin" else actor.office_code, start=start, end=end
            )
        return ReferralStatistics(rows=tuple(rows))

    # -- the slip --------------------------------------------------------------------

    def slip_pdf(self, actor: Actor, referral_id: int) -> bytes:
        """The 移送票/紹介票 PDF; caller data only within the recorded consent (audited as a print)."""
        from counselor_app.reporting.referral_slip import SlipData, build_slip

        with self._db.uow() as uow:
            referral = uow.referrals.get(referral_id)
            assert referral.case_id is not None
            case = uow.cases.get(referral.case_id)
            destination = uow.directory.get(referral.destination_id)
            office = uow.offices.get_office(case.office_code)
        if actor.role == "counselor" and case.office_code != actor.office_code:
            raise PermissionDeniedError("他の所属の移送・紹介です", where=case.case_no)
        assert destination is not None
        person = consented_details(case.consultant, referral)
        lists = self._codelists
        party = case.consultant if case.party_same_as_consultant else case.party
        contact = " ".join(
            filter(None, (destination.contact.phone, destination.contact.hours, destination.contact.url))
        )
        scope_labels = "、".join(FIELD_LABELS[name] for name in referral.consent_scope)
        consent_text = (
            f"本人同意：あり（{wareki(referral.consent_at) if referral.consent_at else ''}、範囲：{scope_labels or 'なし'}）"
            if referral.consent
            else f"本人同意：なし — 相談者を特定できる情報は記載していません（{WITHHELD}）。"
        )
        data = SlipData(
            kind=referral.kind,
            office_name=office.name if office else case.office_code,
            office_code=case.office_code,
            issued_on=wareki(self._clock.now().date()),
            destination_name=destination.name,
            destination_contact=contact,
            case_no=case.case_no or "",
            received_on=wareki(case.received_at.date()),
            subject=slip_text(case, referral, case.subject),
            summary=slip_text(case, referral),
            request=referral.request or "",
            reason=referral.reason or "",
            due_on=wareki(referral.due_date) if referral.due_date else "",
            consent_text=consent_text,
            caller=tuple((FIELD_LABELS[name], person.values.get(name) or "") for name in SHAREABLE_FIELDS),
            attributes=(
                (
                    "契約当事者",
                    " ".join(
                        filter(
                            None,
                            (
                                lists["age_band"].label_of(party.age_band),
                                lists["gender"].label_of(party.gender),
                                lists["occupation"].label_of(party.occupation),
                            ),
                        )
                    )
                    or "不明",
                ),
                ("事業者", case.business_name or ""),
                ("商品・役務", lists["product"].path_label(case.product)),
                ("販売購入形態", lists["sales_form"].label_of(case.sales_form)),
            ),
            counselor=case.counselor or "",
        )
        pdf = build_slip(data, self._fonts_dir)
        self._audit.record_now(
            actor, "print", "referral", referral_id, document="slip", consent=bool(referral.consent)
        )
        return pdf

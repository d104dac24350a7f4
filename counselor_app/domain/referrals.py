"""Referral rules (移送・紹介・情報提供): status transitions, overdue, and the consent gate for shared fields."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counselor_app.domain.casebook import case_facts, personal_values
from counselor_app.domain.entities import PERSONAL_PARTY_FIELDS, Case, Party, Referral
from counselor_app.domain.errors import StateError
from counselor_app.domain.scrubber import FIELD_KINDS, PersonalValues, placeholder, scrub

# Forward only: 未送付 → 送付済 → 回答待ち → 回答あり → 完了; a step may be skipped
# (a 紹介 by phone is 完了 at once), but a referral never goes back.
STATUS_ORDER: tuple[str, ...] = ("UNSENT", "SENT", "AWAITING", "REPLIED", "DONE")
# Not yet 完了 (a reply still has to be read and the referral closed).
OPEN_STATUSES: tuple[str, ...] = ("UNSENT", "SENT", "AWAITING", "REPLIED")
# Still waiting for the destination: these can be overdue.
WAITING_STATUSES: tuple[str, ...] = ("UNSENT", "SENT", "AWAITING")
REPLY_STATUSES: tuple[str, ...] = ("REPLIED", "DONE")
WITHHELD = "〔本人同意なし〕"

# Fields a consent scope may name: the caller's (相談者's) personal data.
SHAREABLE_FIELDS: tuple[str, ...] = PERSONAL_PARTY_FIELDS


def check_transition(current: str, new: str) -> None:
    """Refuse moves backwards, to the same status or to unknown statuses.

    Raises:
        StateError: naming both statuses.
    """
    if new not in STATUS_ORDER or current not in STATUS_ORDER:
        raise StateError(f"不明な状況です: {current} → {new}", where="status")
    if STATUS_ORDER.index(new) <= STATUS_ORDER.index(current):
        raise StateError(f"状況を戻すことはできません（{current} → {new}）", where="status")


def is_overdue(referral: Referral, today: dt.date) -> bool:
    """A referral still waiting for the destination after its due date."""
    return referral.status in WAITING_STATUSES and referral.due_date is not None and referral.due_date < today


def answered_in_time(referral: Referral) -> bool | None:
    """Whether a reply came by the due date (None when no due date or no reply yet)."""
    if referral.due_date is None or referral.reply_date is None:
        return None
    return referral.reply_date <= referral.due_date


@dataclass(frozen=True)
class SlipPerson:
    """The caller's details as they may appear on a referral slip."""

    values: dict[str, str]
    withheld: tuple[str, ...]


def consented_details(party: Party, referral: Referral) -> SlipPerson:
    """Personal fields allowed on the slip; everything outside the consent scope is 〔本人同意なし〕."""
    scope = set(referral.consent_scope) if referral.consent else set()
    values: dict[str, str] = {}
    withheld: list[str] = []
    for name, value in party.personal_values().items():
        if name in scope:
            values[name] = value
        else:
            values[name] = WITHHELD
            withheld.append(name)
    for name in SHAREABLE_FIELDS:
        values.setdefault(name, "" if name in scope else WITHHELD)
    return SlipPerson(values=values, withheld=tuple(withheld))


def slip_text(case: Case, referral: Referral, text: str | None = None) -> str:
    """The narrative (or ``text``, e.g. the subject) as a slip may carry it: scrubbed, except the caller's consented values.

    Everything the scrubber finds (the case's own values in any notation, names in
    context, phone numbers, addresses, card and account numbers, …) is replaced by its
    typed placeholder (〔氏名〕, 〔電話番号〕, …). A span stays as written only when it
    is, by itself, the caller's own value of a field inside the recorded consent scope.
    """
    original = case.narrative if text is None else text
    result = scrub(original, personal_values(case_facts(case)))
    scope = set(referral.consent_scope) if referral.consent else set()
    consented = PersonalValues(
        [(name, value) for name, value in case.consultant.personal_values().items() if name in scope]
    )
    kept_kinds = {FIELD_KINDS[name] for name in scope if name in FIELD_KINDS}
    out: list[str] = []
    position = 0
    for redaction in result.redactions:
        out.append(original[position : redaction.start])
        keep = False
        if consented and redaction.kind in kept_kinds and redaction.rule == "own_value":
            again = scrub(redaction.original, consented)
            keep = again.text == placeholder(redaction.kind) and [r.rule for r in again.redactions] == ["own_value"]
        out.append(redaction.original if keep else placeholder(redaction.kind))
        position = redaction.end
    out.append(original[position:])
    return "".join(out)


@dataclass(frozen=True)
class FollowUpRow:
    """A follow-up list row: the referral with its case number and destination name."""

    referral: Referral
    case_no: str | None
    destination_name: str
    office_code: str

"""The retention job: anonymise personal data of cases closed more than N years ago (statistics stay).

What stays: every code (channel, category, product, sales form, methods, keywords,
age band, exact age, gender, occupation, prefecture, municipality), amounts, dates,
business, result, PI assessment and referrals' destinations. What goes: the parties'
names, kana, phones, e-mails, addresses, postal codes and birth dates, and those values
(plus phone, e-mail and postal-code patterns) inside the subject, narrative,
handling log, referral texts, review comments and classifier cues. Drafts are deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from counselor_app.domain.access import Permission, require
from counselor_app.domain.clock import Clock
from counselor_app.domain.entities import Actor
from counselor_app.domain.retention import RetentionPreview, retention_cutoff, scrub_text
from counselor_app.domain.settings import merged
from counselor_app.persistence.database import Database
from counselor_app.persistence.repositories.retention_repository import CaseTexts
from counselor_app.services.audit_service import AuditService

BATCH = 500

# (text, the case's (field, value) pairs) -> scrubbed text. The domain's simple
# pattern scrubber by default; a fuller narrative scrubber can be passed in.
Scrubber = Callable[[str, Iterable[tuple[str, str]]], str]


@dataclass(frozen=True)
class RetentionResult:
    """What a run anonymised."""

    cutoff: dt.date
    cases: int
    by_fiscal_year: dict[int, int]


class RetentionService:
    """Preview and run the retention job (admins only); both are audited."""

    def __init__(self, db: Database, clock: Clock, audit: AuditService, scrubber: Scrubber | None = None) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._scrub: Scrubber = scrubber or scrub_text

    def _cutoff(self) -> tuple[int, dt.date]:
        with self._db.uow() as uow:
            years = int(merged(uow.offices.settings())["retention_years"])
        return years, retention_cutoff(self._clock.now().date(), years)

    def preview(self, actor: Actor) -> RetentionPreview:
        """How many closed cases are due, by fiscal year of receipt (nothing is changed)."""
        require(actor, Permission.RUN_RETENTION)
        years, cutoff = self._cutoff()
        with self._db.uow(write=True) as uow:
            by_year = uow.retention.due_by_fiscal_year(dt.datetime.combine(cutoff, dt.time()))
            total = sum(by_year.values())
            self._audit.record(
                uow, actor, "retention_preview", "database", None, cutoff=cutoff.isoformat(), cases=total
            )
            uow.commit()
        return RetentionPreview(retention_years=years, cutoff=cutoff, cases=total, by_fiscal_year=by_year)

    def run(self, actor: Actor, *, progress: Callable[[int, int], None] | None = None) -> RetentionResult:
        """Anonymise every due case, in batches of BATCH (each batch one transaction, resumable).

        The audit trail gets one event per batch with the case ids, and a closing
        event with the totals.
        """
        require(actor, Permission.RUN_RETENTION)
        preview = self.preview(actor)
        cutoff_moment = dt.datetime.combine(preview.cutoff, dt.time())
        done = 0
        while True:
            with self._db.uow(write=True) as uow:
                ids = uow.retention.due_ids(cutoff_moment, BATCH)
                if not ids:
                    break
                now = self._clock.now()
                for texts in uow.retention.texts(ids):
                    uow.retention.write_anonymised(self._scrubbed(texts), now=now)
                self._audit.record(uow, actor, "anonymise", "case", None, case_ids=ids)
                uow.commit()
            done += len(ids)
            if progress:
                progress(done, preview.cases)
        with self._db.uow(write=True) as uow:
            self._audit.record(
                uow,
                actor,
                "retention_run",
                "database",
                None,
                cutoff=preview.cutoff.isoformat(),
                cases=done,
                by_fiscal_year=dict(preview.by_fiscal_year),
            )
            uow.commit()
        return RetentionResult(cutoff=preview.cutoff, cases=done, by_fiscal_year=dict(preview.by_fiscal_year))

    def _scrubbed(self, texts: CaseTexts) -> CaseTexts:
        values = texts.personal_values

        def scrub(text: str | None) -> str | None:
            return None if text is None else self._scrub(text, values)

        texts.subject = self._scrub(texts.subject, values)
        texts.narrative = self._scrub(texts.narrative, values)
        texts.review_comment = scrub(texts.review_comment)
        texts.handling = {entry_id: self._scrub(text, values) for entry_id, text in texts.handling.items()}
        texts.referrals = {
            referral_id: {name: scrub(text) for name, text in fields.items()}
            for referral_id, fields in texts.referrals.items()
        }
        texts.reviews = {review_id: scrub(comment) for review_id, comment in texts.reviews.items()}
        if texts.cues is not None:
            texts.cues = [
                {**cue, "text": self._scrub(str(cue.get("text", "")), values)} if isinstance(cue, dict) else cue
                for cue in texts.cues
            ]
        return texts

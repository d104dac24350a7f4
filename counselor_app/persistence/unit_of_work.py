"""A unit of work: one Session and the repositories that share it."""

from __future__ import annotations

from sqlmodel import Session

from counselor_app.persistence.repositories.audit_repository import AuditRepository
from counselor_app.persistence.repositories.business_repository import BusinessRepository
from counselor_app.persistence.repositories.case_repository import CaseRepository
from counselor_app.persistence.repositories.casebook_repository import CasebookRepository
from counselor_app.persistence.repositories.directory_repository import DirectoryRepository
from counselor_app.persistence.repositories.draft_repository import DraftRepository
from counselor_app.persistence.repositories.office_repository import OfficeRepository
from counselor_app.persistence.repositories.referral_repository import ReferralRepository
from counselor_app.persistence.repositories.report_repository import ReportRepository
from counselor_app.persistence.repositories.retention_repository import RetentionRepository
from counselor_app.persistence.repositories.review_repository import ReviewRepository
from counselor_app.persistence.repositories.stats_repository import StatsRepository
from counselor_app.persistence.repositories.sync_repository import SyncRepository
from counselor_app.persistence.repositories.user_repository import UserRepository


class UnitOfWork:
    """Repositories over one transaction; services call :meth:`commit` when done."""

    def __init__(self, session: Session, *, dialect: str) -> None:
        self._session = session
        self.dialect = dialect
        self.cases = CaseRepository(session)
        self.offices = OfficeRepository(session)
        self.audit = AuditRepository(session, dialect=dialect)
        self.directory = DirectoryRepository(session)
        self.businesses = BusinessRepository(session)
        self.stats = StatsRepository(session)
        self.referrals = ReferralRepository(session)
        self.reports = ReportRepository(session)
        self.reviews = ReviewRepository(session)
        self.drafts = DraftRepository(session)
        self.casebook = CasebookRepository(session)
        self.users = UserRepository(session)
        self.retention = RetentionRepository(session)
        self.sync = SyncRepository(session, dialect=dialect)

    def commit(self) -> None:
        """Make the unit's changes durable."""
        self._session.commit()

    def rollback(self) -> None:
        """Discard the unit's changes."""
        self._session.rollback()

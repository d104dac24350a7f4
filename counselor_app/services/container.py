"""The composition of services for one open database (built by the CLI and the GUI roots)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from counselor_app.domain.clock import Clock, SystemClock
from counselor_app.paths import resources_dir
from counselor_app.persistence.database import Database
from counselor_app.services.approval_service import ApprovalService
from counselor_app.services.audit_service import AuditService
from counselor_app.services.auth_service import AuthService
from counselor_app.services.backup_service import BackupService
from counselor_app.services.business_service import BusinessService
from counselor_app.services.case_service import CaseService
from counselor_app.services.casebook_service import CasebookService
from counselor_app.services.classification_service import ClassificationService
from counselor_app.services.demo_service import DemoService
from counselor_app.services.draft_service import DraftService
from counselor_app.services.passwords import Passwords
from counselor_app.services.reference_data import ReferenceData
from counselor_app.services.referral_service import ReferralService
from counselor_app.services.report_service import ReportService
from counselor_app.services.retention_service import RetentionService
from counselor_app.services.search_service import SearchService
from counselor_app.services.setup_service import SetupService
from counselor_app.services.stats_service import StatsService
from counselor_app.services.sync_service import SyncService
from counselor_app.services.user_service import UserService


@dataclass
class Services:
    """Every use-case service of one open database (built once, passed explicitly)."""

    db: Database
    clock: Clock
    reference: ReferenceData
    audit: AuditService
    setup: SetupService
    cases: CaseService
    stats: StatsService
    demo: DemoService
    businesses: BusinessService
    search: SearchService
    referrals: ReferralService
    approvals: ApprovalService
    reports: ReportService
    drafts: DraftService
    classification: ClassificationService
    casebook: CasebookService
    auth: AuthService
    users: UserService
    backups: BackupService
    retention: RetentionService
    sync: SyncService

    def database_label(self) -> str:
        """Where the data lives, without credentials (status bar, About)."""
        return self.db.target.describe()

    def close(self) -> None:
        """Release the database."""
        self.db.close()


def build_services(
    db: Database,
    reference: ReferenceData,
    clock: Clock | None = None,
    *,
    backup_dir: Path | None = None,
    passwords: Passwords | None = None,
) -> Services:
    """Wire the services of one database with constructor injection."""
    the_clock = clock or SystemClock()
    audit = AuditService(db, the_clock)
    fonts = resources_dir() / "fonts"
    cases = CaseService(db, the_clock, reference.codelists, audit)
    hasher = passwords or Passwords()
    setup = SetupService(db, the_clock, reference, audit)
    businesses = BusinessService(db, the_clock, audit)
    return Services(
        db=db,
        clock=the_clock,
        reference=reference,
        audit=audit,
        setup=setup,
        cases=cases,
        stats=StatsService(db, the_clock),
        demo=DemoService(db, the_clock, reference.codelists, audit, hasher),
        businesses=businesses,
        search=SearchService(db, the_clock),
        referrals=ReferralService(db, the_clock, reference.codelists, audit, fonts),
        approvals=ApprovalService(db, the_clock, reference.codelists, audit),
        reports=ReportService(db, the_clock, reference.codelists, audit, cases, fonts, businesses),
        drafts=DraftService(db, the_clock, audit),
        classification=ClassificationService(db, the_clock, reference, audit),
        casebook=CasebookService(db, the_clock, reference, audit),
        auth=AuthService(db, the_clock, audit, hasher, setup),
        users=UserService(db, the_clock, audit, hasher),
        backups=BackupService(db, the_clock, audit, backup_dir),
        retention=RetentionService(db, the_clock, audit),
        sync=SyncService(db, the_clock, audit),
    )

"""The composition of services for one open database (built by the CLI and the GUI roots)."""

from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.clock import Clock, SystemClock
from counselor_app.persistence.database import Database
from counselor_app.services.audit_service import AuditService
from counselor_app.services.business_service import BusinessService
from counselor_app.services.case_service import CaseService
from counselor_app.services.casebook_service import CasebookService
from counselor_app.services.demo_service import DemoService
from counselor_app.services.reference_data import ReferenceData
from counselor_app.services.setup_service import SetupService
from counselor_app.services.stats_service import StatsService


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
    casebook: CasebookService

    def database_label(self) -> str:
        """Where the data lives, without credentials (status bar, About)."""
        return self.db.target.describe()

    def close(self) -> None:
        """Release the database."""
        self.db.close()


def build_services(db: Database, reference: ReferenceData, clock: Clock | None = None) -> Services:
    """Wire the services of one database with constructor injection."""
    the_clock = clock or SystemClock()
    audit = AuditService(db, the_clock)
    return Services(
        db=db,
        clock=the_clock,
        reference=reference,
        audit=audit,
        setup=SetupService(db, the_clock, reference, audit),
        cases=CaseService(db, the_clock, reference.codelists, audit),
        stats=StatsService(db, the_clock),
        demo=DemoService(db, the_clock, reference.codelists, audit),
        businesses=BusinessService(db, the_clock, audit),
        casebook=CasebookService(db, the_clock, reference, audit),
    )

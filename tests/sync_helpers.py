"""A branch office's database with synthetic cases, and a center that knows the demo offices (bundle tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from counselor_app.domain.clock import FixedClock
from counselor_app.domain.entities import Actor, Office
from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import resolve_target
from counselor_app.services import demo_corpus
from counselor_app.services.container import Services, build_services
from counselor_app.services.reference_data import ReferenceData
from tests.conftest import NOW

PASSPHRASE = "kita-shisho-2026"
BRANCH = "990002"
END = dt.date(2026, 11, 27)
BRANCH_SUPERVISOR = Actor(login="kato.t", role="supervisor", office_code=BRANCH, display_name="加藤")
CENTER_ADMIN = Actor(login="kanri", role="admin", office_code="131016")


def make_branch(path: Path, reference: ReferenceData, cases: int = 120) -> Services:
    """A branch's own SQLite file (close it with ``.close()``)."""
    database, _ = open_database(resolve_target(path), create=True)
    built = build_services(database, reference, FixedClock(NOW))
    built.setup.initialise(
        Actor(login="setup", role="admin", office_code=BRANCH), office_code=BRANCH, office_name="北支所"
    )
    built.demo.generate(BRANCH_SUPERVISOR, cases, seed=5, end=END)
    return built


def register_demo_offices(center: Services) -> None:
    """What a center's admin does once per branch (`counselor office add`)."""
    for code, name, parent, _weight in demo_corpus.OFFICES:
        center.sync.register_office(CENTER_ADMIN, Office(code=code, name=name, parent_code=parent))

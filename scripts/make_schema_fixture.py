"""Write db/fixtures/schema_vN.sqlite: a small synthetic database at the current schema head.

Run once per released schema version: `python scripts/make_schema_fixture.py 2`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

from counselor_app.domain.clock import FixedClock
from counselor_app.domain.entities import Actor
from counselor_app.paths import resources_dir
from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import resolve_target
from counselor_app.services.container import build_services
from counselor_app.services.reference_data import load_reference_data

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    version = int(sys.argv[1])
    destination = ROOT / "db" / "fixtures" / f"schema_v{version}.sqlite"
    if destination.exists():
        print(f"{destination} exists; released fixtures are never rewritten")
        return 1
    database, _ = open_database(resolve_target(destination), create=True)
    clock = FixedClock(dt.datetime(2026, 3, 31, 17, 0))
    services = build_services(database, load_reference_data(resources_dir() / "reference"), clock)
    actor = Actor(login="fixture", role="admin", office_code="990001")
    services.setup.initialise(actor, office_code="990001", office_name="さくら市消費生活センター")
    services.demo.generate(actor, 40, seed=7, end=dt.date(2026, 3, 31))
    database.close()
    # A single self-contained file (no -wal/-shm companions) for the repository.
    plain = sqlite3.connect(destination)
    plain.execute("PRAGMA journal_mode=DELETE")
    plain.execute("VACUUM")
    plain.close()
    print(f"wrote {destination}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

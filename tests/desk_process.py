"""A desk in its own process for tests: `python -m tests.desk_process DB_URL COUNT START_AT` registers cases.

It waits until the wall-clock moment START_AT (so several processes save at the same
moment), registers COUNT cases, and prints their case numbers as a JSON list.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time

from counselor_app.domain.clock import FixedClock
from counselor_app.domain.entities import Actor
from counselor_app.paths import resources_dir
from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import resolve_target
from counselor_app.services.container import build_services
from counselor_app.services.reference_data import load_reference_data
from tests.helpers import make_case


def main(argv: list[str]) -> int:
    url, count, start_at = argv[0], int(argv[1]), float(argv[2])
    db, _ = open_database(resolve_target(url), create=False, upgrade=False)
    # The same office day as the tests' fixed clock, so the fiscal year never depends on the real date.
    clock = FixedClock(dt.datetime(2026, 11, 27, 10, 30))
    services = build_services(db, load_reference_data(resources_dir() / "reference"), clock)
    actor = Actor(login=f"desk{time.monotonic_ns() % 1000}", role="counselor", office_code="131016")
    delay = start_at - time.time()
    if delay > 0:
        time.sleep(delay)
    numbers = [services.cases.register(actor, make_case()).case_no for _ in range(count)]
    db.close()
    print(json.dumps(numbers))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

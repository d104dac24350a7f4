"""A desk in its own process for tests: `python -m tests.desk_process DB_URL COUNT START_AT [MODE ARG]`.

It waits until the wall-clock moment START_AT (so several processes act at the same
moment), then, by MODE:

- ``register`` (default): registers COUNT cases and prints their case numbers as a JSON list;
- ``edit CASE_ID``: appends COUNT handling-log lines to one case, retrying when another desk
  saved first (optimistic locking), and prints how many conflicts it met;
- ``import BUNDLE``: imports a branch bundle (passphrase in tests.sync_helpers) and prints its counts.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from counselor_app.domain.clock import FixedClock
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import ConflictError
from counselor_app.paths import resources_dir
from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import resolve_target
from counselor_app.services.container import build_services
from counselor_app.services.reference_data import load_reference_data
from tests.helpers import make_case


def main(argv: list[str]) -> int:
    url, count, start_at = argv[0], int(argv[1]), float(argv[2])
    mode = argv[3] if len(argv) > 3 else "register"
    db, _ = open_database(resolve_target(url), create=False, upgrade=False)
    # The same office day as the tests' fixed clock, so the fiscal year never depends on the real date.
    clock = FixedClock(dt.datetime(2026, 11, 27, 10, 30))
    services = build_services(db, load_reference_data(resources_dir() / "reference"), clock)
    desk = f"desk{time.monotonic_ns() % 1000}"
    actor = Actor(login=desk, role="counselor", office_code="131016")
    delay = start_at - time.time()
    if delay > 0:
        time.sleep(delay)
    if mode == "register":
        output: object = [services.cases.register(actor, make_case()).case_no for _ in range(count)]
    elif mode == "edit":
        case_id, conflicts = int(argv[4]), 0
        for number in range(count):
            while True:
                try:
                    services.cases.add_handling(actor, case_id, "internal", f"{desk} の記録 {number}")
                    break
                except ConflictError:
                    conflicts += 1  # the other desk saved first: read again, add again
        output = {"conflicts": conflicts}
    elif mode == "import":
        from tests.sync_helpers import PASSPHRASE

        supervisor = Actor(login=f"{desk}-chief", role="supervisor", office_code="131016")
        result = services.sync.import_bundle(supervisor, Path(argv[4]), PASSPHRASE)
        output = result.counts()
    else:
        raise SystemExit(f"unknown mode {mode}")
    db.close()
    print(json.dumps(output))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Case numbers stay unique and gap-free when two desks (two processes) save at the same moment."""

import json
import subprocess
import sys
import time

from counselor_app.domain.entities import Actor
from counselor_app.persistence.database import Database
from counselor_app.services.container import build_services
from tests.helpers import ROOT

CASES_PER_DESK = 15


def test_two_processes_saving_at_once_get_gap_free_numbers(db: Database, reference, clock) -> None:  # type: ignore[no-untyped-def]
    build_services(db, reference, clock).setup.initialise(
        Actor(login="setup", role="admin", office_code="131016"), office_code="131016"
    )
    url = db.target.url if db.target.path is None else str(db.target.path)
    start_at = time.time() + 3.0  # both interpreters are up and connected by then
    desks = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.desk_process", url, str(CASES_PER_DESK), str(start_at)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    numbers: list[str] = []
    for desk in desks:
        out, err = desk.communicate(timeout=180)
        assert desk.returncode == 0, err
        numbers += json.loads(out)
    assert len(numbers) == 2 * CASES_PER_DESK
    assert sorted(numbers) == [f"131016-R8-{n:06d}" for n in range(1, 2 * CASES_PER_DESK + 1)]

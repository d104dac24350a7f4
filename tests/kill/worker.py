"""A process to be killed: saves cases, writes a backup or restores one, printing what it committed.

Usage: python -m tests.kill.worker save|backup|restore DB [FILE] [PASSPHRASE]
Prints "ready" once everything is imported and open, then the work's progress.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from counselor_app.domain.clock import SystemClock
from counselor_app.domain.entities import Actor
from counselor_app.paths import resources_dir
from counselor_app.persistence import backup as files
from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import resolve_target
from counselor_app.persistence.migrate import known_revisions
from counselor_app.services.container import build_services
from counselor_app.services.reference_data import load_reference_data
from tests.helpers import make_case

ACTOR = Actor(login="sato", role="admin", office_code="131016")


def main(argv: list[str]) -> int:
    mode, db = argv[0], Path(argv[1])
    passphrase = argv[3] if len(argv) > 3 and argv[3] else None
    target = resolve_target(db, passphrase=passphrase)
    if mode == "save":
        database, _ = open_database(target, create=True)
        services = build_services(database, load_reference_data(resources_dir() / "reference"), SystemClock())
        services.setup.initialise(ACTOR, office_code="131016")
        print("ready", flush=True)
        index = 0
        while True:
            index += 1
            case = services.cases.register(
                ACTOR, make_case(received_at=dt.datetime(2026, 11, 20, 9, 0), subject=f"kill-{index}")
            )
            print(f"committed {case.uuid}", flush=True)
    if mode == "backup":
        print("ready", flush=True)
        written = files.online_backup(target, Path(argv[2]))
        print(f"done {written}", flush=True)
        return 0
    if mode == "restore":
        print("ready", flush=True)
        files.restore(target, Path(argv[2]), backup_dir=db.parent / "backups", known_revisions=known_revisions(), now=SystemClock().now())
        print("done", flush=True)
        return 0
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

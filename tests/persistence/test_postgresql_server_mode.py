"""PostgreSQL server mode as the README sets it up: an owner role runs upgrades, the desks' role only reads and writes rows.

Runs the shipped scripts db/postgresql/01_roles_and_database.sql and 02_grants.sql (with
unique names) against the CI server, then uses the application through the desks' role.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from counselor_app.domain.entities import Actor
from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import DatabaseOpenError, resolve_target
from counselor_app.services.container import build_services
from counselor_app.services.reference_data import ReferenceData
from tests.helpers import ROOT, make_case
from tests.sync_helpers import BRANCH_SUPERVISOR, PASSPHRASE, make_branch, register_demo_offices

SCRIPTS = ROOT / "db" / "postgresql"


def _statements(path: Path, names: dict[str, str]) -> list[str]:
    text = path.read_text(encoding="utf-8")
    for old, new in names.items():
        text = text.replace(old, new)
    text = re.sub(r"--[^\n]*", "", text)
    return [statement.strip() for statement in text.split(";") if statement.strip()]


@pytest.fixture
def server() -> Iterator[dict[str, str]]:
    # The role scripts are run by a superuser (README); the other server tests need less.
    admin = os.environ.get("COUNSELOR_TEST_PG_SUPERUSER_URL") or os.environ.get("COUNSELOR_TEST_PG_URL")
    if not admin:
        pytest.skip("COUNSELOR_TEST_PG_URL is not set")
    import psycopg

    tag = uuid.uuid4().hex[:8]
    names = {
        "counselor_owner": f"counselor_owner_{tag}",
        "counselor_app": f"counselor_app_{tag}",
        "DATABASE counselor": f"DATABASE counselor_db_{tag}",
        "change-me-owner": f"owner-{tag}",
        "change-me-app": f"app-{tag}",
    }
    host = admin.split("@", 1)[1].rsplit("/", 1)[0]
    urls = {
        "owner": f"postgresql://counselor_owner_{tag}:owner-{tag}@{host}/counselor_db_{tag}",
        "app": f"postgresql://counselor_app_{tag}:app-{tag}@{host}/counselor_db_{tag}",
        "names": names,  # type: ignore[dict-item]
    }
    with psycopg.connect(admin, autocommit=True) as connection:
        for statement in _statements(SCRIPTS / "01_roles_and_database.sql", names):
            connection.execute(statement)
    try:
        yield urls  # type: ignore[misc]
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "counselor_db_{tag}" WITH (FORCE)')
            connection.execute(f'DROP ROLE IF EXISTS "counselor_app_{tag}"')
            connection.execute(f'DROP ROLE IF EXISTS "counselor_owner_{tag}"')


def test_owner_upgrades_and_the_desks_role_runs_every_feature_without_ddl(
    server: dict[str, object], reference: ReferenceData, clock, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    import psycopg

    # A desk cannot create the schema.
    with pytest.raises(DatabaseOpenError, match="所有者のロールで counselor init"):
        open_database(resolve_target(str(server["app"])), create=True)

    owner_db, migration = open_database(resolve_target(str(server["owner"])), create=True)
    assert migration is not None and migration.created  # pg_trgm created by a non-superuser owner (trusted extension)
    report = owner_db.server_report()
    assert report is not None and report.problems() == [] and report.japanese_trigrams
    owner_db.close()
    with psycopg.connect(str(server["owner"]), autocommit=True) as connection:
        for statement in _statements(SCRIPTS / "02_grants.sql", server["names"]):  # type: ignore[arg-type]
            connection.execute(statement)

    desk_db, _ = open_database(resolve_target(str(server["app"])), create=False)
    try:
        desk = build_services(desk_db, reference, clock)
        admin = Actor(login="kanri", role="admin", office_code="131016")
        desk.setup.initialise(admin, office_code="131016", office_name="テスト市消費生活センター")
        saved = desk.cases.register(Actor(login="sato", role="counselor", office_code="131016"), make_case())
        assert saved.case_no == "131016-R8-000001"
        assert desk.search.search(admin, "定期購入", limit=5).total == 1
        branch = make_branch(tmp_path / "branch.db", reference, cases=30)
        branch.sync.export_bundle(BRANCH_SUPERVISOR, tmp_path / "b.bundle", PASSPHRASE)
        branch.close()
        register_demo_offices(desk)
        assert desk.sync.import_bundle(admin, tmp_path / "b.bundle", PASSPHRASE).new == 30
        assert desk.audit.verify().ok and desk.sync.verify_imported_audit().problem is None
    finally:
        desk_db.close()

    with psycopg.connect(str(server["app"]), autocommit=True) as connection:
        for forbidden in (
            "CREATE TABLE intruder (id int)",
            "DROP TABLE case_record",
            "UPDATE audit_event SET detail = '' WHERE seq = 1",
            "DELETE FROM audit_event",
            "DELETE FROM imported_audit_event",
            "UPDATE alembic_version SET version_num = 'x'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(forbidden)


def test_tls_settings_in_the_url_reach_the_driver() -> None:
    target = resolve_target(
        "postgresql://counselor_app@db.example.lg.jp:5432/counselor"
        "?sslmode=verify-full&sslrootcert=/etc/counselor/root.crt&application_name=desk-12"
    )
    from sqlalchemy.engine import make_url

    url = make_url(target.url)
    assert url.drivername == "postgresql+psycopg"
    assert url.query == {
        "sslmode": "verify-full",
        "sslrootcert": "/etc/counselor/root.crt",
        "application_name": "desk-12",
    }
    assert "verify-full" in target.describe()

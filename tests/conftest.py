"""Shared fixtures: offscreen Qt, private temp data dirs, real SQLite files and (in CI) real PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

# Before anything can create a QApplication (DESIGN.md §6; aesthetics §3.6).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from counselor_app.domain.clock import FixedClock
from counselor_app.domain.entities import Actor
from counselor_app.paths import AppPaths, resources_dir
from counselor_app.persistence.database import Database, open_database
from counselor_app.persistence.engine import resolve_target
from counselor_app.services.container import Services, build_services
from counselor_app.services.reference_data import ReferenceData, load_reference_data

PG_URL_ENV = "COUNSELOR_TEST_PG_URL"
NOW = dt.datetime(2026, 11, 27, 10, 30)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests that need a QApplication as ``ui`` so `pytest -m "not ui"` is a fast loop."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.ui)


@pytest.fixture(autouse=True)
def _no_writes_to_real_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Point platformdirs at tmp so no test can touch the real user data dir."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("COUNSELOR_DB", raising=False)
    monkeypatch.delenv("COUNSELOR_DATA_DIR", raising=False)
    monkeypatch.delenv("COUNSELOR_PASSPHRASE_FILE", raising=False)


@pytest.fixture(scope="session")
def reference() -> ReferenceData:
    """The shipped reference data (validated once per session)."""
    return load_reference_data(resources_dir() / "reference")


@pytest.fixture
def clock() -> FixedClock:
    """A clock fixed at 2026-11-27 10:30 JST."""
    return FixedClock(NOW)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """Private data dirs under tmp."""
    return AppPaths.resolve(tmp_path / "data").create()


def _pg_admin_url() -> str | None:
    return os.environ.get(PG_URL_ENV)


def _drop_test_database(admin_url: str, name: str) -> None:
    """Drop a test database; a session still closing on it gets a moment to go."""
    import psycopg

    for attempt in range(20):
        try:
            with psycopg.connect(admin_url, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            # A backend of another role (e.g. autovacuum) cannot be ended by a
            # non-superuser CI role: wait for it instead.
            if attempt == 19:
                raise
            time.sleep(0.25)


@pytest.fixture
def pg_database_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (needs COUNSELOR_TEST_PG_URL)."""
    admin_url = _pg_admin_url()
    if not admin_url:
        pytest.skip(f"{PG_URL_ENV} is not set (CI sets it; see .ci/run)")
    import psycopg

    name = f"counselor_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    base = admin_url.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        _drop_test_database(admin_url, name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated database: a real SQLite file, and real PostgreSQL when configured."""
    if request.param == "sqlite":
        target = resolve_target(tmp_path / "case-log.db")
    else:
        target = resolve_target(request.getfixturevalue("pg_database_url"))
    database, _ = open_database(target, create=True, backup_dir=tmp_path / "backups")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated SQLite file only (for SQLite-specific behaviour)."""
    database, _ = open_database(resolve_target(tmp_path / "case-log.db"), create=True)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def services(db: Database, reference: ReferenceData, clock: FixedClock) -> Iterator[Services]:
    """Services over ``db`` with the office initialised."""
    built = build_services(db, reference, clock)
    built.setup.initialise(
        Actor(login="setup", role="admin", office_code="131016"),
        office_code="131016",
        office_name="テスト市消費生活センター",
    )
    yield built
    if "PySide6.QtCore" in sys.modules:
        # Widgets count in the background (the dashboard); let them finish before the database goes.
        from PySide6.QtCore import QThreadPool
        from PySide6.QtWidgets import QApplication

        QThreadPool.globalInstance().waitForDone(30_000)
        # Debounced work (類似事例, the PI suggestion) must not start against a dropped database
        # while pytest-qt tears the widgets down; what finished is handled while it is there.
        from counselor_app.ui.pi_suggestion_widget import PiSuggestionWidget
        from counselor_app.ui.similar_cases_widget import SimilarCasesWidget

        for widget in QApplication.allWidgets():
            if isinstance(widget, PiSuggestionWidget | SimilarCasesWidget):
                widget.shutdown()
        QApplication.processEvents()


@pytest.fixture
def counselor() -> Actor:
    """A counselor of office 131016."""
    return Actor(login="sato", role="counselor", office_code="131016", display_name="佐藤")


@pytest.fixture
def supervisor() -> Actor:
    """A supervisor of office 131016."""
    return Actor(login="yamada", role="supervisor", office_code="131016", display_name="山田")

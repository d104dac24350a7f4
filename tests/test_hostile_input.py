"""Hostile input (hypothesis): every reader either accepts its input or refuses it with its own one-line error.

Readers covered: passphrase and password files, reference data files (code lists,
directory), stored settings values, sign-in fields, and files offered for restore.
"""

import copy
import json
import random
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher, Type
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counselor_app.bootstrap import MAX_SECRET_FILE_BYTES, PassphraseError, read_secret_file
from counselor_app.domain.access import AuthenticationError
from counselor_app.domain.clock import FixedClock
from counselor_app.domain.codelists import parse_codelists
from counselor_app.domain.directory import parse_directory
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import PermissionDeniedError, ValidationError
from counselor_app.paths import resources_dir
from counselor_app.persistence import backup as files
from counselor_app.persistence.database import Database, open_database
from counselor_app.persistence.engine import resolve_target
from counselor_app.persistence.migrate import known_revisions
from counselor_app.services.auth_service import FirstRun
from counselor_app.services.container import build_services
from counselor_app.services.passwords import Passwords
from counselor_app.services.reference_data import ReferenceData, ReferenceFileError, load_json_file
from tests.conftest import NOW
from tests.helpers import make_case


def fuzz(examples: int) -> settings:
    """Hypothesis settings for a reader: ``examples`` inputs, no per-example deadline."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
REFERENCE = resources_dir() / "reference"
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


# -- passphrase and password files ---------------------------------------------------------------


@fuzz(600)
@given(data=st.binary(max_size=MAX_SECRET_FILE_BYTES + 64) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_secret_files_of_any_content(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "secret.txt"
        path.write_bytes(data)
        try:
            secret = read_secret_file(path)
        except PassphraseError as exc:
            assert "\n" not in str(exc) and str(path) in str(exc)
            return
        assert secret and secret.isprintable() and "\n" not in secret
        assert secret.encode("utf-8") in data


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "空"),
        (b"\n", "空"),
        (b"  \r\n", "空"),
        (b"\xff\xfe\x00p\x00w", "UTF-8"),
        (b"one\ntwo\n", "1行"),
        (b"tab\there", "制御文字"),
        (b"x" * (MAX_SECRET_FILE_BYTES + 1), "大きすぎ"),
    ],
)
def test_bad_secret_files_name_the_problem(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(content)
    with pytest.raises(PassphraseError, match=reason):
        read_secret_file(path)


def test_secret_file_keeps_inner_spaces_and_drops_one_line_break(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes("\ufeff 正しい 馬 \r\n".encode())
    assert read_secret_file(path) == " 正しい 馬 "
    with pytest.raises(PassphraseError, match="読めません"):
        read_secret_file(tmp_path)
    with pytest.raises(PassphraseError, match="読めません"):
        read_secret_file(tmp_path / "missing")


# -- reference data files ------------------------------------------------------------------------


def _paths(document: Any) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        found.append(path)
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, (*path, index))

    walk(document, ())
    return found


def _mutate(document: Any, path: tuple[Any, ...], how: str, value: Any) -> Any:
    mutated = copy.deepcopy(document)
    if not path:
        return value
    parent = mutated
    for step in path[:-1]:
        parent = parent[step]
    if how == "delete":
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return mutated


_CODELISTS = json.loads((REFERENCE / "codelists.json").read_text(encoding="utf-8"))
_DIRECTORY = json.loads((REFERENCE / "directory.json").read_text(encoding="utf-8"))
_CODELIST_PATHS = _paths(_CODELISTS)
_DIRECTORY_PATHS = _paths(_DIRECTORY)


@pytest.mark.parametrize(
    ("name", "document", "paths", "parse"),
    [
        ("codelists.json", _CODELISTS, _CODELIST_PATHS, parse_codelists),
        ("directory.json", _DIRECTORY, _DIRECTORY_PATHS, parse_directory),
    ],
)
@fuzz(400)
@given(data=st.data())
def test_mutated_reference_files_are_accepted_or_refused_naming_the_file(
    name: str, document: Any, paths: list[tuple[Any, ...]], parse: Any, data: st.DataObject
) -> None:
    path = data.draw(st.sampled_from(paths))
    how = data.draw(st.sampled_from(["delete", "replace"])) if path else "replace"
    value = data.draw(JSON_VALUES)
    mutated = _mutate(document, path, how, value)
    with tempfile.TemporaryDirectory() as directory:
        file = Path(directory) / name
        file.write_text(json.dumps(mutated, ensure_ascii=False), encoding="utf-8")
        try:
            load_json_file(file, parse)
        except ReferenceFileError as exc:
            assert name in str(exc) and "\n" not in str(exc)


@fuzz(300)
@given(content=st.binary(max_size=2000))
def test_reference_files_of_random_bytes_are_refused(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as directory:
        file = Path(directory) / "codelists.json"
        file.write_bytes(content)
        try:
            load_json_file(file, parse_codelists)
        except ReferenceFileError as exc:
            assert "codelists.json" in str(exc)


# -- settings and sign-in fields -------------------------------------------------------------------


FAST = Passwords(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID))


@pytest.fixture
def fuzz_services(sqlite_db: Database, reference: ReferenceData):  # type: ignore[no-untyped-def]
    services = build_services(sqlite_db, reference, FixedClock(NOW), passwords=FAST)
    services.auth.create_first_admin(FirstRun("131016", "テスト市", "kanri", "管理", "kanri-pass-1"))
    return services


@fuzz(300)
@given(key=st.text(max_size=20) | st.sampled_from(["retention_years", "idle_lock_minutes", "regime", "backup_keep_days"]), value=JSON_VALUES)
def test_setting_changes_of_any_shape(fuzz_services: Any, key: str, value: Any) -> None:
    admin = Actor(login="kanri", role="admin", office_code="131016")
    try:
        fuzz_services.setup.change_setting(admin, key, value)
    except ValidationError as exc:
        assert exc.where == key
    settings_now = fuzz_services.setup.settings()
    assert isinstance(settings_now["idle_lock_minutes"], int)
    with pytest.raises(PermissionDeniedError):
        fuzz_services.setup.change_setting(Actor(login="c", role="counselor", office_code="131016"), key, value)


@fuzz(300)
@given(login=st.text(max_size=80), password=st.text(max_size=300))
def test_sign_in_with_any_text_is_refused_cleanly(fuzz_services: Any, login: str, password: str) -> None:
    if login.strip() == "kanri" and password == "kanri-pass-1":
        return
    with pytest.raises(AuthenticationError):
        fuzz_services.auth.sign_in(login, password)


# -- files offered for restore -------------------------------------------------------------------


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory: pytest.TempPathFactory, reference: ReferenceData) -> Path:
    root = tmp_path_factory.mktemp("restore-source")
    database, _ = open_database(resolve_target(root / "source.db"), create=True)
    services = build_services(database, reference, FixedClock(NOW))
    actor = Actor(login="sato", role="admin", office_code="131016")
    services.setup.initialise(actor, office_code="131016")
    for _ in range(5):
        services.cases.register(actor, make_case())
    database.close()
    return files.online_backup(resolve_target(root / "source.db"), root / "good-backup.db")


def _restore_attempt(candidate: bytes, reference_count: int) -> str:
    """Try to restore ``candidate`` over a live database; return "refused" or "restored"."""
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        live = root / "live.db"
        connection = sqlite3.connect(live)
        connection.execute("CREATE TABLE placeholder (x)")
        connection.close()
        live_bytes = live.read_bytes()
        offered = root / "offered.db"
        offered.write_bytes(candidate)
        try:
            files.restore(resolve_target(live), offered, backup_dir=root / "backups", known_revisions=known_revisions(), now=NOW)
        except files.BackupFileError as exc:
            assert "\n" not in str(exc)
            assert live.read_bytes() == live_bytes, "a refused restore changes nothing"
            assert not list(root.glob(".*part*"))
            return "refused"
        check = sqlite3.connect(live)
        try:
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert check.execute("SELECT count(*) FROM case_record").fetchone()[0] == reference_count
        finally:
            check.close()
        return "restored"


@fuzz(200)
@given(data=st.data())
def test_mutated_backups_are_refused_or_restored_whole(good_backup: Path, data: st.DataObject) -> None:
    original = good_backup.read_bytes()
    flips = data.draw(st.lists(st.tuples(st.integers(0, len(original) - 1), st.integers(1, 255)), min_size=1, max_size=8))
    truncate = data.draw(st.none() | st.integers(0, len(original)))
    mutated = bytearray(original)
    for offset, mask in flips:
        mutated[offset] ^= mask
    candidate = bytes(mutated[:truncate] if truncate is not None else mutated)
    _restore_attempt(candidate, reference_count=5)


@fuzz(200)
@given(content=st.binary(max_size=8192))
def test_random_bytes_are_never_restored(content: bytes) -> None:
    assert _restore_attempt(content, reference_count=0) == "refused"


def test_header_only_sqlite_lookalikes_are_refused(good_backup: Path) -> None:
    rng = random.Random(7)
    original = good_backup.read_bytes()
    for size in (16, 100, 4096, 8192):
        candidate = original[:16] + bytes(rng.getrandbits(8) for _ in range(size - 16))
        assert _restore_attempt(candidate, reference_count=5) == "refused"

"""Branch bundles between a branch's SQLite file and a center (SQLite and PostgreSQL): round trip, idempotence, conflicts, refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import multiprocessing
import stat
from collections.abc import Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from counselor_app.domain.bundle_envelope import (
    BundleTamperedError,
    BundleTooNewError,
    BundleTruncatedError,
    NotABundleError,
    WrongBundlePassphraseError,
    seal,
)
from counselor_app.domain.bundle_format import UnknownOfficeError
from counselor_app.domain.case_query import CaseFilter
from counselor_app.domain.clock import FixedClock
from counselor_app.domain.entities import Actor, Business, Office
from counselor_app.domain.errors import DomainError, PermissionDeniedError
from counselor_app.services import demo_corpus
from counselor_app.services.container import Services
from counselor_app.services.reference_data import ReferenceData
from tests.conftest import NOW
from tests.sync_helpers import (
    BRANCH,
    BRANCH_SUPERVISOR,
    CENTER_ADMIN,
    END,
    PASSPHRASE,
    make_branch,
    register_demo_offices,
)

CENTER_SUPERVISOR = Actor(login="yamada", role="supervisor", office_code="131016", display_name="山田")
BRANCH_ADMIN = BRANCH_SUPERVISOR


@pytest.fixture
def branch(tmp_path: Path, reference: ReferenceData) -> Iterator[Services]:
    """A branch office's own SQLite database with synthetic cases of the demo offices."""
    built = make_branch(tmp_path / "branch.db", reference)
    yield built
    built.close()


def export(services: Services, path: Path, **kwargs: Any) -> Path:
    services.sync.export_bundle(BRANCH_ADMIN, path, PASSPHRASE, **kwargs)
    return path


def casebook(services: Services, out: Path) -> dict[str, Any]:
    services.casebook.export(CENTER_SUPERVISOR, dt.date(2023, 4, 1), END, "json", out)
    return json.loads(out.read_text(encoding="utf-8"))


def table_counts(services: Services) -> dict[str, int]:
    """Rows per table: proof that nothing at all was written."""
    from sqlalchemy import func, select
    from sqlmodel import SQLModel

    with services.db.engine.connect() as connection:
        return {
            table.name: int(connection.execute(select(func.count()).select_from(table)).scalar_one())
            for table in SQLModel.metadata.sorted_tables
        }


def travelling(stats: dict[str, Any]) -> dict[str, Any]:
    """Everything `counselor stats` counts that a bundle carries (user accounts stay on each desk)."""
    return {key: value for key, value in stats.items() if key != "users"}


def texts(case: Any) -> list[str]:
    return [entry.text for entry in case.handling]


def an_open_case(services: Services, actor: Actor) -> int:
    summaries = services.cases.page(actor, CaseFilter(statuses=("open",)), _sort(), 0, 1)
    return summaries[0].id


def _sort() -> Any:
    from counselor_app.domain.case_query import CaseSort

    return CaseSort("received_at", True)


# -- round trip -------------------------------------------------------------------------------------


def test_round_trip_gives_the_same_counts_casebook_and_search(
    branch: Services, services: Services, tmp_path: Path
) -> None:
    register_demo_offices(services)
    bundle = export(branch, tmp_path / "kita.bundle")
    preview = services.sync.preview(CENTER_SUPERVISOR, bundle, PASSPHRASE)
    assert (preview.new, preview.updated, preview.conflicts) == (120, 0, 0)
    result = services.sync.import_bundle(CENTER_SUPERVISOR, bundle, PASSPHRASE)
    assert result.new == 120 and result.new_businesses == branch.stats.stats()["businesses"]

    assert travelling(services.stats.stats()) == travelling(branch.stats.stats())
    assert casebook(services, tmp_path / "center.json") == casebook(branch, tmp_path / "branch.json")
    # Search text is maintained for imported cases (1-, 2- and 3+-character terms).
    for term in ("定期購入", "名簿", "電話"):
        assert services.search.search(CENTER_SUPERVISOR, term, limit=500).total == branch.search.search(
            CENTER_SUPERVISOR, term, limit=500
        ).total
    # The local audit chain still verifies; the branch's trail was stored apart and verifies too.
    assert services.audit.verify().ok
    check = services.sync.verify_imported_audit()
    assert check.problem is None and check.events == preview.audit_events > 0


def test_a_second_import_of_the_same_bundle_changes_nothing(
    branch: Services, services: Services, tmp_path: Path
) -> None:
    register_demo_offices(services)
    bundle = export(branch, tmp_path / "kita.bundle")
    services.sync.import_bundle(CENTER_SUPERVISOR, bundle, PASSPHRASE)
    before = table_counts(services)
    stats = services.stats.stats()
    again = services.sync.import_bundle(CENTER_SUPERVISOR, bundle, PASSPHRASE)
    assert again.already_imported_at == NOW
    assert table_counts(services) == before
    assert services.stats.stats() == stats


def test_a_new_export_of_unchanged_cases_imports_as_unchanged(
    branch: Services, services: Services, tmp_path: Path
) -> None:
    register_demo_offices(services)
    services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "1.bundle"), PASSPHRASE)
    cases_before = table_counts(services)["case_record"]
    result = services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "2.bundle"), PASSPHRASE)
    assert (result.new, result.updated, result.conflicts, result.unchanged) == (0, 0, 0, 120)
    assert table_counts(services)["case_record"] == cases_before


# -- changes on one side or both ------------------------------------------------------------------------


def test_a_case_changed_only_at_the_branch_is_updated(branch: Services, services: Services, tmp_path: Path) -> None:
    register_demo_offices(services)
    services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "1.bundle"), PASSPHRASE)
    case_id = an_open_case(branch, BRANCH_ADMIN)
    changed = branch.cases.add_handling(BRANCH_ADMIN, case_id, "business", "支所から事業者に電話で解約を申し入れた。")

    preview = services.sync.preview(CENTER_SUPERVISOR, export(branch, tmp_path / "2.bundle"), PASSPHRASE)
    assert (preview.new, preview.updated, preview.conflicts) == (0, 1, 0)
    assert preview.updated_case_numbers == (changed.case_no,)
    services.sync.import_bundle(CENTER_SUPERVISOR, tmp_path / "2.bundle", PASSPHRASE)
    here = services.cases.find_by_number(CENTER_SUPERVISOR, changed.case_no or "")
    assert here is not None
    assert "支所から事業者に電話で解約を申し入れた。" in texts(here)
    # The search text follows the update.
    assert services.search.search(CENTER_SUPERVISOR, "解約を申し入れ", limit=10).total == 1


def test_the_casebook_publishes_the_branch_update_not_the_old_scrub(
    branch: Services, services: Services, tmp_path: Path
) -> None:
    register_demo_offices(services)
    services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "1.bundle"), PASSPHRASE)
    assert casebook(services, tmp_path / "c1.json") == casebook(branch, tmp_path / "b1.json")  # scrubs stored here
    case = branch.cases.get(BRANCH_ADMIN, an_open_case(branch, BRANCH_ADMIN))
    branch.cases.save(BRANCH_ADMIN, dataclasses.replace(case, narrative="支所で聞き取り直した。解約通知は内容証明で送付済み。"))
    services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "2.bundle"), PASSPHRASE)
    published = casebook(services, tmp_path / "c2.json")
    assert published == casebook(branch, tmp_path / "b2.json")
    assert "解約通知は内容証明で送付済み" in json.dumps(published, ensure_ascii=False)


def test_a_case_changed_only_at_the_center_is_kept(branch: Services, services: Services, tmp_path: Path) -> None:
    register_demo_offices(services)
    services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "1.bundle"), PASSPHRASE)
    case_no = branch.cases.get(BRANCH_ADMIN, an_open_case(branch, BRANCH_ADMIN)).case_no or ""
    mine = services.cases.find_by_number(CENTER_SUPERVISOR, case_no)
    assert mine is not None and mine.id is not None
    services.cases.add_handling(CENTER_SUPERVISOR, mine.id, "internal", "センターで確認済み。")

    result = services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "2.bundle"), PASSPHRASE)
    assert (result.updated, result.conflicts, result.unchanged) == (0, 0, 120)
    kept = services.cases.find_by_number(CENTER_SUPERVISOR, case_no)
    assert kept is not None and "センターで確認済み。" in texts(kept)


def test_a_case_changed_on_both_sides_becomes_a_conflict_a_supervisor_resolves(
    branch: Services, services: Services, tmp_path: Path
) -> None:
    register_demo_offices(services)
    services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "1.bundle"), PASSPHRASE)
    theirs = branch.cases.add_handling(
        BRANCH_ADMIN, an_open_case(branch, BRANCH_ADMIN), "consultant", "支所: 相談者に書面の準備を助言した。"
    )
    mine = services.cases.find_by_number(CENTER_SUPERVISOR, theirs.case_no or "")
    assert mine is not None and mine.id is not None
    mine = services.cases.add_handling(CENTER_SUPERVISOR, mine.id, "internal", "センター: 決裁前に確認した。")

    result = services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "2.bundle"), PASSPHRASE)
    assert (result.updated, result.conflicts) == (0, 1)
    assert result.conflict_case_numbers == (theirs.case_no,)
    # Never a silent overwrite: the center's text is still there.
    still = services.cases.find_by_number(CENTER_SUPERVISOR, theirs.case_no or "")
    assert still is not None and "センター: 決裁前に確認した。" in texts(still)

    [conflict] = services.sync.conflicts(CENTER_SUPERVISOR)
    detail = services.sync.conflict_detail(CENTER_SUPERVISOR, conflict.id)
    assert "センター: 決裁前に確認した。" in texts(detail.mine)
    assert "支所: 相談者に書面の準備を助言した。" not in texts(detail.mine)
    assert "支所: 相談者に書面の準備を助言した。" in texts(detail.theirs)
    assert "センター: 決裁前に確認した。" not in texts(detail.theirs)
    assert detail.summary.case_no == theirs.case_no
    with pytest.raises(PermissionDeniedError):
        services.sync.resolve(Actor(login="sato", role="counselor", office_code="131016"), conflict.id, "theirs")

    services.sync.resolve(CENTER_SUPERVISOR, conflict.id, "theirs", expected_version=detail.mine.version)
    taken = services.cases.find_by_number(CENTER_SUPERVISOR, theirs.case_no or "")
    assert taken is not None and "支所: 相談者に書面の準備を助言した。" in texts(taken)
    assert "センター: 決裁前に確認した。" not in texts(taken)
    assert taken.version > detail.mine.version  # a desk holding the old version is stopped
    assert services.sync.conflicts(CENTER_SUPERVISOR) == []
    # The branch's same content does not come back as a conflict.
    again = services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "3.bundle"), PASSPHRASE)
    assert (again.conflicts, again.updated) == (0, 0)
    assert services.audit.verify().ok


def test_keeping_mine_settles_the_conflict_both_ways(branch: Services, services: Services, tmp_path: Path) -> None:
    register_demo_offices(services)
    services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "1.bundle"), PASSPHRASE)
    theirs = branch.cases.add_handling(BRANCH_ADMIN, an_open_case(branch, BRANCH_ADMIN), "consultant", "支所の追記")
    mine = services.cases.find_by_number(CENTER_SUPERVISOR, theirs.case_no or "")
    assert mine is not None and mine.id is not None
    services.cases.add_handling(CENTER_SUPERVISOR, mine.id, "internal", "センターの追記")
    services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "2.bundle"), PASSPHRASE)
    [conflict] = services.sync.conflicts(CENTER_SUPERVISOR)
    services.sync.resolve(CENTER_SUPERVISOR, conflict.id, "mine")
    kept = services.cases.find_by_number(CENTER_SUPERVISOR, theirs.case_no or "")
    assert kept is not None and "センターの追記" in texts(kept) and "支所の追記" not in texts(kept)

    # The center's bundle back at the branch: the branch's content was seen, so the center's wins there.
    services.sync.register_office(CENTER_ADMIN, Office(code="131016", name="センター"))
    branch.sync.register_office(
        Actor(login="setup", role="admin", office_code=BRANCH), Office(code="131016", name="センター")
    )
    services.sync.export_bundle(CENTER_SUPERVISOR, tmp_path / "center.bundle", PASSPHRASE)
    back = branch.sync.import_bundle(BRANCH_ADMIN, tmp_path / "center.bundle", PASSPHRASE)
    assert (back.updated, back.conflicts) == (1, 0)
    there = branch.cases.find_by_number(BRANCH_ADMIN, theirs.case_no or "")
    assert there is not None and "センターの追記" in texts(there) and "支所の追記" not in texts(there)


# -- matching and numbering -----------------------------------------------------------------------------


def test_businesses_match_by_corporate_number_and_name_key(
    branch: Services, services: Services, tmp_path: Path
) -> None:
    register_demo_offices(services)
    with branch.db.uow() as uow:
        numbered = next(b for b in uow.businesses.get_many(range(1, 500)).values() if b.corporate_number)
        plain = next(b for b in uow.businesses.get_many(range(1, 500)).values() if not b.corporate_number)
    with services.db.uow(write=True) as uow:
        by_number = uow.businesses.add(
            Business(display_name="センター登録の別表記", corporate_number=numbered.corporate_number), now=NOW
        )
        by_key = uow.businesses.add(Business(display_name=plain.display_name.replace("株式会社", "（株）")), now=NOW)
        uow.commit()
    services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "b.bundle"), PASSPHRASE)
    with services.db.uow() as uow:
        found = uow.businesses.get_many([by_number, by_key])
        assert numbered.display_name in found[by_number].aliases  # the branch's name became an alias
        linked = {case_id for case_id in uow.sync.export_case_ids(None)}
        assert uow.businesses.count_cases([by_number]) + uow.businesses.count_cases([by_key]) > 0
        assert linked


def test_a_case_number_used_here_by_another_case_is_refused(
    branch: Services, services: Services, tmp_path: Path
) -> None:
    register_demo_offices(services)
    bundle = export(branch, tmp_path / "b.bundle")
    with branch.db.uow() as uow:
        first = uow.cases.get(1)
    from tests.helpers import make_case

    with services.db.uow(write=True) as uow:
        uow.cases.add(
            dataclasses.replace(
                make_case(),
                office_code=first.office_code,
                case_no=first.case_no,
                fiscal_year=first.fiscal_year,
                created_at=NOW,
                updated_at=NOW,
            ),
            seq=999_999,
        )
        uow.commit()
    before = table_counts(services)
    with pytest.raises(DomainError, match=f"相談番号 {first.case_no} はこのデータベースで別の相談"):
        services.sync.import_bundle(CENTER_SUPERVISOR, bundle, PASSPHRASE)
    assert table_counts(services) == before


def test_imported_cases_keep_their_numbers_and_the_counter_moves_past_them(
    branch: Services, services: Services, tmp_path: Path
) -> None:
    register_demo_offices(services)
    services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "b.bundle"), PASSPHRASE)
    from tests.helpers import make_case

    with branch.db.uow() as uow:
        numbers = {uow.cases.get(case_id).case_no for case_id in uow.sync.export_case_ids(None)}
    with services.db.uow() as uow:
        here = {uow.cases.get(case_id).case_no for case_id in uow.sync.export_case_ids(None)}
    assert here == numbers
    # A case registered at the center for a branch office gets the next free number.
    registered = services.cases.register(
        CENTER_ADMIN, make_case(office_code=BRANCH, received_at=dt.datetime(2026, 11, 26, 9, 0))
    )
    assert registered.case_no not in numbers


# -- refusals: one line, nothing changed ---------------------------------------------------------------


def test_an_unknown_office_is_refused_until_an_admin_registers_it(
    branch: Services, services: Services, tmp_path: Path
) -> None:
    bundle = export(branch, tmp_path / "b.bundle")
    before = table_counts(services)
    with pytest.raises(UnknownOfficeError) as refused:
        services.sync.import_bundle(CENTER_SUPERVISOR, bundle, PASSPHRASE)
    assert refused.value.office_code in {code for code, *_ in demo_corpus.OFFICES}
    assert "counselor office add" in str(refused.value) and "\n" not in str(refused.value)
    assert table_counts(services) == before
    with pytest.raises(PermissionDeniedError):
        services.sync.register_office(CENTER_SUPERVISOR, Office(code=BRANCH, name="北支所"))
    register_demo_offices(services)
    assert services.sync.import_bundle(CENTER_SUPERVISOR, bundle, PASSPHRASE).new == 120


def _reseal(bundle: Path, passphrase: str, edit: Any) -> bytes:
    """Decrypt a real bundle, change its content, and seal it again with the right passphrase."""
    from counselor_app.domain.bundle_envelope import open_sealed

    raw = json.loads(open_sealed(bundle.read_bytes(), passphrase))
    edit(raw)
    return seal(json.dumps(raw, ensure_ascii=False).encode("utf-8"), passphrase)


@pytest.mark.parametrize(
    ("damage", "error", "message"),
    [
        ("wrong_passphrase", WrongBundlePassphraseError, "パスフレーズが違います"),
        ("truncated", BundleTruncatedError, "途中で切れています"),
        ("flipped_byte", BundleTamperedError, "改ざんされているか壊れています"),
        ("edited_header", (BundleTamperedError, WrongBundlePassphraseError), ""),
        ("appended", BundleTamperedError, "余分なデータ"),
        ("newer_format", BundleTooNewError, "新しい形式（版 2）"),
        ("newer_manifest", BundleTooNewError, "新しい形式"),
        ("unknown_schema", BundleTooNewError, "知らないスキーマ（0099_future）"),
        ("not_a_bundle", NotABundleError, "支所データのファイルではありません"),
        ("broken_reference", DomainError, "含まれていません"),
    ],
)
def test_bad_bundles_are_refused_in_one_line_and_change_nothing(
    branch: Services, services: Services, tmp_path: Path, damage: str, error: Any, message: str
) -> None:
    register_demo_offices(services)
    good = export(branch, tmp_path / "good.bundle")
    data = good.read_bytes()
    passphrase = PASSPHRASE
    if damage == "wrong_passphrase":
        passphrase = "kita-shisho-2025"
    elif damage == "truncated":
        data = data[: len(data) - 1000]
    elif damage == "flipped_byte":
        data = data[:-500] + bytes([data[-500] ^ 0x01]) + data[-499:]
    elif damage == "edited_header":
        data = data.replace(b'"compression":"zlib"', b'"compression":"zlib" ', 1)
        header_length = int.from_bytes(data[8:12], "big") + 1
        data = data[:8] + header_length.to_bytes(4, "big") + data[12:]
    elif damage == "appended":
        data = data + b"\0" * 16
    elif damage == "newer_format":
        data = data.replace(b'"format":1', b'"format":2', 1)
    elif damage == "newer_manifest":
        data = _reseal(good, PASSPHRASE, lambda raw: raw["manifest"].update(format=2))
    elif damage == "unknown_schema":
        data = _reseal(good, PASSPHRASE, lambda raw: raw["manifest"].update(schema_revision="0099_future"))
    elif damage == "not_a_bundle":
        data = b"received_at,narrative\n2026-11-20,test\n"
    elif damage == "broken_reference":
        data = _reseal(good, PASSPHRASE, lambda raw: raw["tables"]["party"]["rows"][0].__setitem__(0, "0" * 8 + "-0000-4000-8000-" + "0" * 12))
    bad = tmp_path / "bad.bundle"
    bad.write_bytes(data)
    before = table_counts(services)
    for attempt in (services.sync.preview, services.sync.import_bundle):
        with pytest.raises(error) as refused:
            attempt(CENTER_SUPERVISOR, bad, passphrase)
        assert message in str(refused.value)
        assert "\n" not in str(refused.value)
    assert table_counts(services) == before


def test_a_branch_trail_that_was_altered_before_export_is_refused(
    branch: Services, services: Services, tmp_path: Path
) -> None:
    register_demo_offices(services)
    good = export(branch, tmp_path / "good.bundle")

    def forge(raw: dict[str, Any]) -> None:
        events = raw["tables"]["audit_event"]
        detail_at = events["columns"].index("detail")
        events["rows"][0][detail_at] = '{"cases":1}'

    (tmp_path / "forged.bundle").write_bytes(_reseal(good, PASSPHRASE, forge))
    with pytest.raises(BundleTamperedError, match="監査ログの連鎖が壊れています"):
        services.sync.import_bundle(CENTER_SUPERVISOR, tmp_path / "forged.bundle", PASSPHRASE)


def test_only_supervisors_and_admins_export_and_import(branch: Services, tmp_path: Path) -> None:
    counselor = Actor(login="tanaka.y", role="counselor", office_code=BRANCH)
    with pytest.raises(PermissionDeniedError):
        branch.sync.export_bundle(counselor, tmp_path / "b.bundle", PASSPHRASE)
    bundle = export(branch, tmp_path / "b.bundle")
    with pytest.raises(PermissionDeniedError):
        branch.sync.preview(counselor, bundle, PASSPHRASE)
    assert not (tmp_path / "c.bundle").exists()


def test_export_is_private_atomic_and_audited_without_content(branch: Services, tmp_path: Path) -> None:
    result = branch.sync.export_bundle(BRANCH_ADMIN, tmp_path / "b.bundle", PASSPHRASE)
    assert stat.S_IMODE((tmp_path / "b.bundle").stat().st_mode) == 0o600
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".tmp")] == []
    [event] = [event for event in branch.audit.history("bundle", result.bundle_id) if event.action == "bundle_export"]
    detail = json.loads(event.detail)
    assert detail["cases"] == 120 and set(detail) == {"cases", "businesses", "audit_events", "since", "bytes"}
    with pytest.raises(DomainError, match="8 文字以上"):
        branch.sync.export_bundle(BRANCH_ADMIN, tmp_path / "short.bundle", "short")


def test_since_exports_only_cases_changed_since_that_day(branch: Services, tmp_path: Path) -> None:
    later = FixedClock(dt.datetime(2027, 1, 5, 9, 0))
    branch.clock = later
    branch.cases._clock = later  # noqa: SLF001 - the branch's desk on a later day
    branch.sync._clock = later  # noqa: SLF001
    case_id = an_open_case(branch, BRANCH_ADMIN)
    branch.cases.add_handling(BRANCH_ADMIN, case_id, "consultant", "年明けに再度連絡があった。")
    result = branch.sync.export_bundle(BRANCH_ADMIN, tmp_path / "since.bundle", PASSPHRASE, since=dt.date(2027, 1, 1))
    assert result.cases == 1
    payload = branch.sync.read_bundle(tmp_path / "since.bundle", PASSPHRASE)
    assert payload.manifest.since == dt.date(2027, 1, 1)
    assert len(payload.table("case_record").rows) == 1


# -- large imports: hashes and search text from a helper process -----------------------------------


def stored_search_columns(services: Services) -> dict[str, tuple[str, str]]:
    """Case number -> (search text, n-grams) as stored."""
    from sqlalchemy import text

    with services.db.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT c.case_no, s.search_text, s.search_ngrams FROM case_search_text s "
                "JOIN case_record c ON c.id = s.case_id"
            )
        ).all()
    return {str(number): (str(folded), str(ngrams)) for number, folded, ngrams in rows}


class CountingHelper(ProcessPoolExecutor):
    """The real spawned helper process, counting the chunks it is given."""

    chunks = 0

    def __init__(self) -> None:
        super().__init__(max_workers=1, mp_context=multiprocessing.get_context("spawn"))

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        if args and args[0]:
            type(self).chunks += 1
        return super().submit(fn, *args, **kwargs)


class StuckHelper(Executor):
    """A helper process that never answers (an OS edge)."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        return Future()


class DeadHelper(Executor):
    """A helper process that died (an OS edge): every task fails with BrokenProcessPool."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(BrokenProcessPool("the helper process terminated abruptly"))
        return future


def test_a_large_import_hashes_and_folds_in_a_helper_process_exactly_as_it_would_alone(
    branch: Services, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register_demo_offices(services)
    monkeypatch.setattr("counselor_app.services.index_helper.CHUNK_CASES", 50)
    services.sync.helper_min_cases = 1  # the 120 demo cases count as "large"
    services.sync.helper_factory = CountingHelper
    CountingHelper.chunks = 0
    services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "1.bundle"), PASSPHRASE)
    assert CountingHelper.chunks == 3  # 120 cases in chunks of 50
    # The branch computed its search text on every save; the import's helper agrees exactly.
    assert stored_search_columns(services) == stored_search_columns(branch)

    case_id = an_open_case(branch, BRANCH_ADMIN)
    changed = branch.cases.add_handling(BRANCH_ADMIN, case_id, "business", "支所から事業者に電話で解約を申し入れた。")
    CountingHelper.chunks = 0
    result = services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "2.bundle"), PASSPHRASE)
    # An update, not a conflict: the hashes the helper computed at the first import were right.
    assert (result.updated, result.conflicts, CountingHelper.chunks) == (1, 0, 1)
    assert stored_search_columns(services)[changed.case_no or ""] == stored_search_columns(branch)[changed.case_no or ""]
    assert services.search.search(CENTER_SUPERVISOR, "解約を申し入れ", limit=10).total == 1


@pytest.mark.parametrize(("helper", "reported"), [(DeadHelper, "BrokenProcessPool"), (StuckHelper, "TimeoutError")])
def test_when_the_helper_process_dies_or_hangs_the_import_does_the_work_itself(
    branch: Services,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    helper: type[Executor],
    reported: str,
) -> None:
    register_demo_offices(services)
    # A hung helper must not hold the import (and the database's write lock) for long.
    monkeypatch.setattr("counselor_app.services.index_helper.CHUNK_TIMEOUT_SECONDS", 0.2)
    services.sync.helper_min_cases = 1
    services.sync.helper_factory = helper
    with caplog.at_level("WARNING", logger="counselor_app.services.index_helper"):
        result = services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "1.bundle"), PASSPHRASE)
    assert result.new == 120
    assert stored_search_columns(services) == stored_search_columns(branch)
    assert reported in caplog.text
    # The hashes it remembered are right: the same cases exported again are all unchanged.
    again = services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "2.bundle"), PASSPHRASE)
    assert (again.new, again.updated, again.conflicts, again.unchanged) == (0, 0, 0, 120)
    # Only what happened to the process is logged, never a case's text.
    assert not any(folded[:8] in caplog.text for folded, _ngrams in stored_search_columns(branch).values())


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("party", "birth_date", "昭和五十年"),
        ("handling_entry", "at", 20261127),
        ("case_record", "harm", "はい"),
        ("party", "name", {"family": "架空"}),
        ("case_record", "narrative", 12345),
        ("handling_entry", "text", ["聞き取り"]),
        ("handling_entry", "at", "2026-11-20T10:00:00+09:00"),
        ("case_record", "contract_amount", 2**70),
    ],
)
def test_rows_with_values_of_the_wrong_kind_are_refused_and_change_nothing(
    branch: Services, services: Services, tmp_path: Path, table: str, column: str, value: Any
) -> None:
    register_demo_offices(services)
    good = export(branch, tmp_path / "good.bundle")

    def spoil(raw: dict[str, Any]) -> None:
        rows = raw["tables"][table]
        rows["rows"][0][rows["columns"].index(column)] = value

    bad = tmp_path / "bad.bundle"
    bad.write_bytes(_reseal(good, PASSPHRASE, spoil))
    before = table_counts(services)
    with pytest.raises(DomainError) as refused:
        services.sync.import_bundle(CENTER_SUPERVISOR, bad, PASSPHRASE)
    assert "支所データ" in str(refused.value) and "\n" not in str(refused.value)
    assert table_counts(services) == before


def test_an_import_in_several_batches_keeps_every_row_with_its_case_and_finds_it(
    branch: Services, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register_demo_offices(services)
    # 120 cases in batches of 50: ids, child rows and search text must line up across batches.
    monkeypatch.setattr("counselor_app.persistence.repositories.sync_repository._INSERT_BATCH", 50)
    services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "1.bundle"), PASSPHRASE)
    assert travelling(services.stats.stats()) == travelling(branch.stats.stats())
    assert casebook(services, tmp_path / "center.json") == casebook(branch, tmp_path / "branch.json")
    assert stored_search_columns(services) == stored_search_columns(branch)
    for term in ("定期購入", "名簿", "電話", "名"):
        found = services.search.search(CENTER_SUPERVISOR, term, limit=500)
        assert found.total == branch.search.search(CENTER_SUPERVISOR, term, limit=500).total
    # Saving a case afterwards still maintains its search text (the per-row trigger is back).
    case_id = an_open_case(services, CENTER_SUPERVISOR)
    services.cases.add_handling(CENTER_SUPERVISOR, case_id, "business", "センターで事業者に返金を求めた。")
    assert services.search.search(CENTER_SUPERVISOR, "返金を求め", limit=10).total == 1


def test_an_update_with_a_value_of_the_wrong_kind_is_refused_naming_the_column(
    branch: Services, services: Services, tmp_path: Path
) -> None:
    register_demo_offices(services)
    services.sync.import_bundle(CENTER_SUPERVISOR, export(branch, tmp_path / "1.bundle"), PASSPHRASE)
    case_id = an_open_case(branch, BRANCH_ADMIN)
    changed = branch.cases.add_handling(BRANCH_ADMIN, case_id, "business", "支所から事業者に電話した。")

    def spoil(raw: dict[str, Any]) -> None:
        cases = raw["tables"]["case_record"]
        for row in cases["rows"]:
            if row[cases["columns"].index("case_no")] == changed.case_no:
                row[cases["columns"].index("harm")] = "はい"

    bad = tmp_path / "bad.bundle"
    bad.write_bytes(_reseal(export(branch, tmp_path / "2.bundle"), PASSPHRASE, spoil))
    before = table_counts(services)
    with pytest.raises(DomainError) as refused:
        services.sync.import_bundle(CENTER_SUPERVISOR, bad, PASSPHRASE)
    assert "case_record の harm" in str(refused.value) and "はい" not in str(refused.value)
    assert table_counts(services) == before

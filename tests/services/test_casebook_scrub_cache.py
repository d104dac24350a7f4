"""The stored casebook scrub: kept in step with every write, redone when stale, and the fast CSV equal to the cell-by-cell one."""

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from counselor_app.domain import casebook as cb
from counselor_app.domain.entities import Actor, Party, Referral
from counselor_app.domain.scrubber import KIND_LABELS, KINDS, SCRUBBER_VERSION
from counselor_app.services.container import Services
from tests.helpers import make_case

FROM, TO = dt.date(2023, 4, 1), dt.date(2026, 11, 27)
FAR = (dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1))


def _stored(services: Services) -> dict[str, tuple[int | None, str, str, str]]:
    with services.db.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT c.case_no, s.scrub_version, s.scrubbed_subject, s.scrubbed_narrative, s.redaction_counts"
                " FROM case_record c JOIN case_scrub s ON s.case_id = c.id"
            )
        ).all()
    return {row[0]: (row[1], row[2], row[3], row[4]) for row in rows}


def _live(services: Services, case_no: str) -> tuple[int, str, str, str]:
    with services.db.uow() as uow:
        case = uow.cases.get_by_number(case_no)
    assert case is not None
    subject, narrative = cb.scrub_texts(case)
    return SCRUBBER_VERSION, subject.text, narrative.text, cb.encode_counts(cb.redaction_counts(subject, narrative))


def _csv_lines(cells_rows: list[list[object]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    for cells in cells_rows:
        writer.writerow([cb.neutralise(cell) for cell in cells])
    return buffer.getvalue()


def test_every_write_stores_the_scrub_of_the_case_as_saved(
    services: Services, counselor: Actor, supervisor: Actor
) -> None:
    stored = services.cases.register(
        counselor, make_case(narrative="架空花子さんから。連絡先は090-0000-1111。", subject="架空さんの件")
    )
    assert stored.case_no
    assert _stored(services)[stored.case_no] == _live(services, stored.case_no)
    assert "〔氏名〕" in _stored(services)[stored.case_no][2]
    # The caller's name changes: the narrative's other spelling of it must go too.
    case = services.cases.get(counselor, stored.id)  # type: ignore[arg-type]
    renamed = dataclasses.replace(
        case, consultant=dataclasses.replace(case.consultant, name="試験 太郎"), narrative="試験太郎から電話。"
    )
    services.cases.save(counselor, renamed)
    after = _stored(services)[stored.case_no]
    assert after == _live(services, stored.case_no)
    assert after[2] == "〔氏名〕から電話。" and after[3] == '{"name":2}'  # subject and narrative
    services.demo.generate(supervisor, 30, seed=2, end=dt.date(2026, 11, 27))  # bulk_add
    for case_no, row in _stored(services).items():
        assert row == _live(services, case_no), case_no


def test_stale_scrubs_are_redone_at_export_and_kept(
    services: Services, counselor: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    services.demo.generate(supervisor, 40, seed=7, end=dt.date(2026, 11, 27))
    services.cases.register(counselor, make_case(narrative="架空花子さんの携帯は09000001111。"))
    fresh = services.casebook.export(supervisor, FROM, TO, "csv", tmp_path / "fresh.csv")
    # An older scrubber's output (and a row never scrubbed) must not reach the casebook.
    with services.db.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE case_scrub SET scrub_version = :old, scrubbed_narrative = '架空花子 09000001111',"
                " redaction_counts = '' WHERE case_id % 2 = 0"
            ),
            {"old": SCRUBBER_VERSION - 1},
        )
        connection.execute(text("UPDATE case_scrub SET scrub_version = NULL WHERE case_id % 3 = 0"))
        # A case without a stored scrub at all (written by an older version of a bulk path).
        connection.execute(text("DELETE FROM case_scrub WHERE case_id % 5 = 0"))
    again = services.casebook.export(supervisor, FROM, TO, "csv", tmp_path / "again.csv")
    assert (tmp_path / "again.csv").read_bytes() == (tmp_path / "fresh.csv").read_bytes()
    assert (tmp_path / "again_匿名化レポート.csv").read_bytes() == (tmp_path / "fresh_匿名化レポート.csv").read_bytes()
    assert again.redactions == fresh.redactions
    assert "09000001111" not in (tmp_path / "again.csv").read_text(encoding="utf-8-sig")
    assert {row[0] for row in _stored(services).values()} == {SCRUBBER_VERSION}
    assert len(_stored(services)) == 41  # the missing ones stored again too


def test_a_case_saved_during_an_export_keeps_its_own_scrub(services: Services, counselor: Actor) -> None:
    stored = services.cases.register(counselor, make_case())
    assert stored.id is not None and stored.case_no
    with services.db.uow(write=True) as uow:
        from counselor_app.persistence.repositories.casebook_repository import ScrubUpdate

        written = uow.casebook.store_scrubs(
            [ScrubUpdate(stored.id, stored.version - 1, SCRUBBER_VERSION, "old", "old", "")]
        )
        uow.commit()
    assert written == 0
    assert _stored(services)[stored.case_no] == _live(services, stored.case_no)


def test_redaction_report_counts_each_case_exactly(
    services: Services, counselor: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    services.demo.generate(supervisor, 60, seed=11, end=dt.date(2026, 11, 27))
    services.cases.register(
        counselor,
        make_case(
            subject="架空さんの件",
            narrative="架空花子さん（昭和28年4月1日生）。連絡先は09000001111、メールhanako@example.jp。",
            consultant=Party(name="架空 花子", phone="090-0000-1111", email="hanako@example.jp", age_band="A70"),
        ),
    )
    result = services.casebook.export(supervisor, FROM, TO, "csv", tmp_path / "cb.csv")
    report = list(csv.reader(io.StringIO((tmp_path / "cb_匿名化レポート.csv").read_text(encoding="utf-8-sig"))))
    header, rows, total = report[0], report[1:-1], report[-1]
    assert header == ["整理番号", "相談番号", *(KIND_LABELS[k] for k in KINDS), "合計"]
    with services.db.uow() as uow:
        ids = uow.casebook.ids_in_period(*FAR)
        facts = uow.casebook.facts_for(ids)
    assert [row[1] for row in rows] == [fact.case_no for fact in facts]
    expected_totals = dict.fromkeys(KINDS, 0)
    for row, fact in zip(rows, facts, strict=True):
        subject, narrative = cb.scrub_texts(fact)
        counts = cb.redaction_counts(subject, narrative)
        assert row[2:] == [str(counts.get(kind, 0)) for kind in KINDS] + [str(sum(counts.values()))], fact.case_no
        for kind, n in counts.items():
            expected_totals[kind] += n
    assert total == ["合計", "", *(str(expected_totals[k]) for k in KINDS), str(sum(expected_totals.values()))]
    assert result.redactions == {kind: n for kind, n in expected_totals.items() if n}
    assert {"name", "phone", "email", "birth_date"} <= set(result.redactions)


def test_fast_csv_lines_equal_the_cells_written_one_by_one(
    services: Services, counselor: Actor, supervisor: Actor
) -> None:
    services.demo.generate(supervisor, 80, seed=5, end=dt.date(2026, 11, 27))
    services.cases.register(
        counselor,
        make_case(
            business_name="=CMD|'/C calc'!A0",
            subject='"引用"、カンマ,改行\nあり',
            narrative="-2+3 で始まる\r\n概要",
            harm=True,
            party_same_as_consultant=False,
            party=Party(age_band="A20", gender="M", prefecture="13", municipality="@市"),
            referrals=(
                Referral(destination_id="LG_PI_WINDOW", kind="TRANSFER", date=dt.date(2026, 11, 21), consent=True),
                Referral(destination_id="N03", kind="INFO", date=dt.date(2026, 11, 22), consent=False),
            ),
        ),
    )
    layout = services.casebook.layout()
    with services.db.uow() as uow:
        packed = [row for rows in uow.casebook.export_rows(*FAR) for row in rows]
        facts = uow.casebook.facts(*FAR)
        expected = [layout.row(fact, serial)[0] for serial, fact in enumerate(facts, start=1)]
    assert len(packed) == len(expected) == 81
    assert "".join(layout.csv_line(row, serial) for serial, row in enumerate(packed, start=1)) == _csv_lines(expected)
    assert [layout.cells(layout.unpack(row), serial) for serial, row in enumerate(packed, start=1)] == expected


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(st.text(alphabet=st.sampled_from('ab,"\r\n =+-@＝'), max_size=8), min_size=4, max_size=4),
    amount=st.one_of(st.none(), st.integers(min_value=0, max_value=10**9)),
)
def test_csv_quoting_matches_the_csv_module(texts: list[str], amount: int | None, reference: object) -> None:
    from counselor_app.services.reference_data import ReferenceData

    assert isinstance(reference, ReferenceData)
    layout = cb.CasebookLayout(reference.codelists, {})
    municipality, business, subject, narrative = texts
    row = cb.CasebookRow._make(
        ("X-1", "2026-11-20 10:00:00", None, "01", None, 0, 1, 0, None, None, None, None,
         "A70", "F", "03", "13", None, municipality or None, "0201", "03", None, amount, amount,
         business or None, None, "01", "yes", ("leak",), None, None, ("01",), (), (),
         subject, narrative, "")
    )  # fmt: skip
    assert layout.csv_line(cb.pack(row), 7) == _csv_lines([layout.cells(row, 7)])


def test_upgrading_an_old_database_scrubs_its_cases_once(tmp_path: Path) -> None:
    import shutil

    from counselor_app.persistence.database import open_database
    from counselor_app.persistence.engine import resolve_target
    from tests.helpers import ROOT

    copy = tmp_path / "v1.sqlite"
    shutil.copy(ROOT / "db" / "fixtures" / "schema_v1.sqlite", copy)
    database, _ = open_database(resolve_target(copy), create=False, backup_dir=tmp_path / "backups")
    try:
        with database.engine.connect() as connection:
            stored = connection.execute(
                text(
                    "SELECT case_id, scrub_version, scrubbed_subject, scrubbed_narrative, redaction_counts FROM case_scrub"
                )
            ).all()
        with database.uow() as uow:
            facts = uow.casebook.facts_by_id([row[0] for row in stored])
    finally:
        database.close()
    assert stored, "the fixture has cases"
    assert len(stored) == len(facts)
    for case_id, version, subject_text, narrative_text, counts in stored:
        subject, narrative = cb.scrub_texts(facts[case_id])
        assert (version, subject_text, narrative_text, counts) == (
            SCRUBBER_VERSION, subject.text, narrative.text, cb.encode_counts(cb.redaction_counts(subject, narrative))
        )


def _in_thread(work):  # type: ignore[no-untyped-def]
    import threading

    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except Exception as exc:  # reported to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_an_export_storing_an_old_scrub_while_a_desk_saves_keeps_the_new_one(
    services: Services, counselor: Actor
) -> None:
    import time

    from counselor_app.persistence.repositories.casebook_repository import ScrubUpdate

    stored = services.cases.register(counselor, make_case(narrative="古い本文 架空花子 090-0000-1111", subject="件名"))
    old = services.cases.get(counselor, stored.id)  # type: ignore[arg-type]
    subject, narrative = cb.scrub_texts(old)
    stale = ScrubUpdate(old.id, old.version, SCRUBBER_VERSION, subject.text, narrative.text, "")  # type: ignore[arg-type]

    def store_stale() -> int:
        with services.db.uow(write=True) as uow:
            written = uow.casebook.store_scrubs([stale])
            uow.commit()
        return written

    new = dataclasses.replace(old, narrative="新しい本文")
    with services.db.uow(write=True) as uow:
        uow.cases.update(new, expected_version=old.version)
        thread, outcome = _in_thread(store_stale)  # the export waits for the desk's transaction
        time.sleep(1.0)
        uow.commit()
    thread.join(30)
    assert "error" not in outcome and outcome["value"] == 0
    assert _stored(services)[stored.case_no or ""][2] == "新しい本文"


def test_two_exports_storing_a_missing_scrub_at_once_both_succeed(services: Services, counselor: Actor) -> None:
    import time

    from counselor_app.persistence.repositories.casebook_repository import ScrubUpdate

    stored = services.cases.register(counselor, make_case(narrative="本文"))
    case = services.cases.get(counselor, stored.id)  # type: ignore[arg-type]
    with services.db.engine.begin() as connection:
        connection.execute(text("DELETE FROM case_scrub"))  # as a case written by a bundle
    fresh = ScrubUpdate(case.id, case.version, SCRUBBER_VERSION, "件名", "本文", "")  # type: ignore[arg-type]

    def store() -> int:
        with services.db.uow(write=True) as uow:
            written = uow.casebook.store_scrubs([fresh])
            uow.commit()
        return written

    with services.db.uow(write=True) as uow:
        assert uow.casebook.store_scrubs([fresh]) == 1
        thread, outcome = _in_thread(store)
        time.sleep(1.0)
        uow.commit()
    thread.join(30)
    assert "error" not in outcome, outcome
    assert _stored(services)[stored.case_no or ""][2] == "本文"


def test_an_export_whose_scrub_store_fails_is_still_written_and_audited(
    services: Services, supervisor: Actor, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from counselor_app.persistence.repositories.casebook_repository import CasebookRepository

    services.demo.generate(supervisor, 20, seed=5, end=dt.date(2026, 11, 27))
    with services.db.engine.begin() as connection:
        connection.execute(text("UPDATE case_scrub SET scrub_version = NULL"))

    def busy(self, updates):  # type: ignore[no-untyped-def]
        raise RuntimeError("database is locked")

    monkeypatch.setattr(CasebookRepository, "store_scrubs", busy)
    result = services.casebook.export(supervisor, FROM, TO, "csv", tmp_path / "cb.csv")
    assert result.cases == 20 and (tmp_path / "cb.csv").exists()
    with services.db.engine.connect() as connection:
        actions = [row[0] for row in connection.execute(text("SELECT action FROM audit_event ORDER BY seq"))]
    assert actions[-1] == "export"

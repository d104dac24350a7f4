"""Registering and saving cases: numbering, optimistic locking, office scope, audit (SQLite and PostgreSQL)."""

import dataclasses
import threading

import pytest

from counselor_app.domain.case_query import CaseFilter, CaseSort
from counselor_app.domain.entities import Actor, HandlingEntry
from counselor_app.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from counselor_app.services.container import Services, build_services
from tests.helpers import make_case


def test_register_numbers_per_office_and_fiscal_year(services: Services, counselor: Actor) -> None:
    first = services.cases.register(counselor, make_case())
    second = services.cases.register(counselor, make_case())
    march = services.cases.register(
        counselor, make_case(received_at=first.received_at.replace(year=2026, month=3, day=31))
    )
    assert first.case_no == "131016-R8-000001"
    assert second.case_no == "131016-R8-000002"
    assert march.case_no == "131016-R7-000001"  # FY2025 = 令和7年度
    assert first.version == 1 and first.status == "open"
    assert first.counselor == "sato"


def test_register_stores_every_field(services: Services, counselor: Actor) -> None:
    stored = services.cases.register(
        counselor,
        make_case(
            handling=(HandlingEntry(at=make_case().received_at, counterpart="consultant", text="助言した"),)
        ),
    )
    loaded = services.cases.get(counselor, stored.id)
    assert loaded.consultant.name == "架空 花子"
    assert loaded.party.age_band == "A70"  # same as consultant
    assert loaded.methods == ("01", "02")
    assert loaded.contract_amount == 12000
    assert [entry.text for entry in loaded.handling] == ["助言した"]
    assert loaded.classification_version == "2021-04"


def test_bad_code_is_refused_naming_the_field(services: Services, counselor: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        services.cases.register(counselor, make_case(sales_form="99"))
    assert info.value.where == "sales_form"


def test_second_save_of_same_version_is_a_conflict(db, reference, clock, counselor: Actor) -> None:  # type: ignore[no-untyped-def]
    desk_a = build_services(db, reference, clock)
    desk_b = build_services(db, reference, clock)
    desk_a.setup.initialise(counselor, office_code="131016")
    case = desk_a.cases.register(counselor, make_case())
    mine = desk_a.cases.get(counselor, case.id)
    theirs = desk_b.cases.get(counselor, case.id)
    saved = desk_a.cases.save(counselor, dataclasses.replace(mine, subject="Aの件名"))
    assert saved.version == 2
    with pytest.raises(ConflictError, match="上書きせずに"):
        desk_b.cases.save(counselor, dataclasses.replace(theirs, subject="Bの件名"))
    # Both versions remain visible: A's in the database, B's still in B's hands.
    assert desk_b.cases.get(counselor, case.id).subject == "Aの件名"
    assert theirs.subject == "定期購入の解約"


def test_counselor_cannot_open_other_offices_cases(
    services: Services, counselor: Actor, supervisor: Actor
) -> None:
    other = Actor(login="kato", role="supervisor", office_code="271004")
    services.setup.initialise(other, office_code="271004")
    services.setup.initialise(counselor, office_code="131016")
    foreign = services.cases.register(other, make_case(office_code="271004"))
    with pytest.raises(PermissionDeniedError):
        services.cases.get(counselor, foreign.id)
    assert services.cases.count(counselor, CaseFilter()) == 0
    assert services.cases.count(supervisor, CaseFilter()) == 1


def test_views_and_changes_are_audited(services: Services, counselor: Actor) -> None:
    case = services.cases.register(counselor, make_case())
    services.cases.get(counselor, case.id)
    services.cases.save(
        counselor,
        dataclasses.replace(services.cases.get(counselor, case.id, audit_view=False), subject="変更"),
    )
    actions = [event.action for event in services.audit.history("case", case.id)]
    assert actions == ["create", "view", "update"]
    assert "架空" not in "".join(event.detail for event in services.audit.history("case", case.id))
    assert services.audit.verify().ok


def test_list_filters_and_sorts_in_sql(services: Services, counselor: Actor) -> None:
    for day in (3, 1, 2):
        services.cases.register(
            counselor, make_case(received_at=make_case().received_at.replace(day=day), subject=f"件名{day}")
        )
    rows = services.cases.page(counselor, CaseFilter(), CaseSort("received_at", descending=False), 0, 10)
    assert [row.subject for row in rows] == ["件名1", "件名2", "件名3"]
    assert services.cases.count(counselor, CaseFilter(text="件名2")) == 1
    assert services.cases.count(counselor, CaseFilter(fiscal_year=2025)) == 0


def test_two_desks_registering_at_once_get_distinct_gap_free_numbers(
    db, reference, clock, counselor: Actor
) -> None:  # type: ignore[no-untyped-def]
    setup = build_services(db, reference, clock)
    setup.setup.initialise(counselor, office_code="131016")
    desks = [build_services(db, reference, clock) for _ in range(4)]
    numbers: list[str] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(desks))

    def work(desk: Services) -> None:
        try:
            barrier.wait()
            for _ in range(5):
                numbers.append(desk.cases.register(counselor, make_case()).case_no or "")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(desk,)) for desk in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(numbers) == [f"131016-R8-{n:06d}" for n in range(1, 21)]

"""Intake's pure helpers: case snapshots round-trip, dates and times as typed, differences for conflicts."""

import dataclasses
import datetime as dt
import json

import pytest

from counselor_app.domain.case_snapshot import case_from_snapshot, case_to_snapshot, differing_fields
from counselor_app.domain.date_input import DateInputError, parse_date, parse_time
from counselor_app.domain.entities import Cue, HandlingEntry, Party, PiAssessment
from tests.helpers import make_case


def test_snapshot_round_trips_every_field_through_json() -> None:
    case = make_case(
        id=7,
        uuid="u-1",
        version=3,
        party=Party(name="架空 太郎", birth_date=dt.date(1950, 1, 2), age=76),
        party_same_as_consultant=False,
        handling=(HandlingEntry(at=dt.datetime(2026, 11, 20, 14, 30), counterpart="business", text="連絡した", id=4),),
        pi=PiAssessment(
            related="yes", issues=("LEAK",), holder="PRIV", cues=(Cue("漏えい", 2.0, 0, 3, "r1", "LEAK"),)
        ),
        related_case_uuid="u-0",
    )
    restored = case_from_snapshot(json.loads(json.dumps(case_to_snapshot(case))))
    assert restored == case


def test_snapshot_ignores_unknown_keys_and_fills_defaults() -> None:
    snapshot = case_to_snapshot(make_case())
    snapshot["case"]["no_such_field"] = 1
    del snapshot["case"]["keywords"]
    assert case_from_snapshot(snapshot).keywords == ()


def test_differing_fields_name_what_changed_and_ignore_bookkeeping() -> None:
    mine = make_case(version=2, subject="A")
    theirs = dataclasses.replace(
        mine, version=3, subject="B", consultant=dataclasses.replace(mine.consultant, age=73), updated_by="x"
    )
    assert differing_fields(mine, theirs) == ["consultant.age", "subject"]
    assert differing_fields(mine, dataclasses.replace(mine, narrative=mine.narrative)) == []
    assert differing_fields(make_case(subject=""), make_case(subject="")) == []
    # "Same as 相談者" is stored as a copy of the consultant: that copy is not a difference.
    stored = dataclasses.replace(mine, party=mine.consultant)
    assert differing_fields(mine, stored) == []
    separate = dataclasses.replace(mine, party_same_as_consultant=False, party=Party(name="別人"))
    assert "party.name" in differing_fields(separate, stored)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-27", dt.date(2026, 11, 27)),
        ("２０２６／１１／２７", dt.date(2026, 11, 27)),
        ("20261127", dt.date(2026, 11, 27)),
        ("2026年11月27日", dt.date(2026, 11, 27)),
        ("R8.11.27", dt.date(2026, 11, 27)),
        ("r8/11/27", dt.date(2026, 11, 27)),
        ("令和8年11月27日", dt.date(2026, 11, 27)),
        ("令和元年5月1日", dt.date(2019, 5, 1)),
        ("S29.3.2", dt.date(1954, 3, 2)),
        ("", None),
    ],
)
def test_dates_as_counselors_type_them(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [("2026-02-30", "nonexistent"), ("令和元年4月1日", "era"), ("H31.5.1", "era"), ("きのう", "format")],
)
def test_impossible_dates_are_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(DateInputError) as info:
        parse_date(text)
    assert info.value.reason == reason


def test_times() -> None:
    assert parse_time("14:05") == dt.time(14, 5)
    assert parse_time("１４：０５") == dt.time(14, 5)
    assert parse_time("1405") == dt.time(14, 5)
    assert parse_time("9時5分") == dt.time(9, 5)
    assert parse_time("9") == dt.time(9, 0)
    assert parse_time(" ") is None
    with pytest.raises(DateInputError):
        parse_time("25:00")

"""Routing: both regimes, successors, no PPC for pretext fraud, local departments, validation naming the rule."""

import dataclasses
import datetime as dt
import itertools
import json

import pytest

from counselor_app.domain.classifier import HOLDER_CODES, ISSUE_CODES
from counselor_app.domain.directory import POLICY_2005_CUTOFF
from counselor_app.domain.entities import DirectoryEntry
from counselor_app.domain.errors import ReferenceDataError
from counselor_app.domain.routing import parse_routing, route
from counselor_app.paths import resources_dir
from counselor_app.services.reference_data import ReferenceData

TODAY = dt.date(2026, 11, 27)
ROUTING = resources_dir() / "reference" / "routing.json"
KINDS = ("TRANSFER", "INTRO", "INFO")
SECTORS = (None, "FIN_BANK", "TELECOM", "LIST_BROKER", "MEDICAL_CARE", "FIN_CREDIT", "REAL_ESTATE", "OTHER")


def _all_routes(reference: ReferenceData, regime: str, directory=None):  # type: ignore[no-untyped-def]
    entries = directory if directory is not None else reference.directory
    for holder, issue, sector in itertools.product((*HOLDER_CODES, None), (*ISSUE_CODES, None), SECTORS):
        yield (holder, issue, sector), route(
            reference.routing, entries, regime=regime, holder=holder, sector=sector, issue=issue, today=TODAY
        )


def test_every_combination_gets_destinations_with_kind_and_basis(reference: ReferenceData) -> None:
    for regime in ("POLICY_2005", "CURRENT"):
        for facets, destinations in _all_routes(reference, regime):
            assert destinations, (regime, facets)
            ids = [destination.entry.id for destination in destinations]
            assert len(ids) == len(set(ids)), (regime, facets)
            for destination in destinations:
                assert destination.kind in KINDS
                assert destination.basis.strip(), (regime, facets, destination.entry.id)


def test_policy_2005_never_proposes_a_later_body(reference: ReferenceData) -> None:
    for facets, destinations in _all_routes(reference, "POLICY_2005"):
        for destination in destinations:
            entry = destination.entry
            assert entry.regime in ("POLICY_2005", "BOTH"), (facets, entry.id)
            assert entry.valid_from is None or entry.valid_from <= POLICY_2005_CUTOFF, (facets, entry.id)
            assert "個人情報保護委員会" not in destination.basis and "消費者庁" not in destination.basis


def test_current_mode_never_proposes_an_abolished_body(reference: ReferenceData) -> None:
    for facets, destinations in _all_routes(reference, "CURRENT"):
        for destination in destinations:
            assert destination.entry.is_valid_on(TODAY), (facets, destination.entry.id)
            assert destination.entry.regime in ("CURRENT", "BOTH")


def test_pretext_fraud_never_goes_to_the_commission(reference: ReferenceData) -> None:
    for regime in ("POLICY_2005", "CURRENT"):
        for (_holder, issue, _sector), destinations in _all_routes(reference, regime):
            if issue == "FRAUD_PI":
                assert all(not d.entry.id.startswith("N01") for d in destinations)
                assert any(d.entry.id == "N09" for d in destinations)


def test_leak_at_a_bank_follows_each_regime(reference: ReferenceData) -> None:
    def ids(regime: str) -> list[str]:
        return [
            d.entry.id
            for d in route(
                reference.routing,
                reference.directory,
                regime=regime,
                holder="PRIV",
                sector="FIN_BANK",
                issue="LEAK",
                today=TODAY,
            )
        ]

    assert ids("POLICY_2005") == ["BUSINESS_SELF", "ACCREDITED_ORG", "AO_ZENGINKYO", "M04", "N03"]
    assert ids("CURRENT") == ["BUSINESS_SELF", "ACCREDITED_ORG", "AO_ZENGINKYO", "N01", "M04_NOW"]


def test_local_government_data_is_transferred(reference: ReferenceData) -> None:
    for regime in ("POLICY_2005", "CURRENT"):
        first = route(
            reference.routing, reference.directory, regime=regime, holder="LG", sector=None, issue="PUBREC", today=TODAY
        )[0]
        assert (first.entry.id, first.kind) == ("LG_RESIDENT", "TRANSFER")


def test_retired_body_is_replaced_by_its_successor_in_current_mode(reference: ReferenceData) -> None:
    directory = [
        dataclasses.replace(entry, valid_to=dt.date(2026, 3, 31), successor_id="N05") if entry.id == "N04" else entry
        for entry in reference.directory
    ]
    current = route(
        reference.routing, directory, regime="CURRENT", holder="UNKNOWN", sector=None, issue="ONLINE", today=TODAY
    )
    ids = [d.entry.id for d in current]
    assert "N04" not in ids and ids.count("N05") == 1
    # The successor takes the abolished body's place; its own later step is not repeated.
    assert ids.index("N05") == 1 and current[1].replaces == "N04"
    directory = [
        dataclasses.replace(entry, valid_to=dt.date(2026, 3, 31), successor_id="N03") if entry.id == "N09" else entry
        for entry in reference.directory
    ]
    current = route(
        reference.routing, directory, regime="CURRENT", holder=None, sector=None, issue="FRAUD_ID", today=TODAY
    )
    stand_in = next(d for d in current if d.replaces == "N09")
    assert stand_in.entry.id == "N03" and stand_in.basis == stand_in.entry.legal_basis


def test_local_departments_follow_the_rule_steps(reference: ReferenceData) -> None:
    local = DirectoryEntry(
        id="L131016-001",
        name="さくら市 市民課",
        kind="local_gov_window",
        regime="BOTH",
        sectors=("PUBREC",),
        local=True,
    )
    for regime in ("POLICY_2005", "CURRENT"):
        destinations = route(
            reference.routing,
            [*reference.directory, local],
            regime=regime,
            holder="LG",
            sector=None,
            issue="PUBREC",
            today=TODAY,
        )
        assert destinations[-1].entry.id == "L131016-001"
        assert destinations[-1].kind == "INFO"
        assert destinations[-1].basis == reference.routing.local.basis[regime]
    unrelated = route(
        reference.routing, [*reference.directory, local], regime="CURRENT", holder="PRIV", sector=None, issue="LEAK", today=TODAY
    )
    assert "L131016-001" not in [d.entry.id for d in unrelated]


# -- validation -----------------------------------------------------------------------------


def _document() -> dict:
    return json.loads(ROUTING.read_text(encoding="utf-8"))


def _parse(document: dict, reference: ReferenceData) -> None:
    parse_routing(document, reference.directory, referral_kinds=KINDS)


def _rule(document: dict, rule_id: str) -> dict:
    return next(rule for rule in document["rules"] if rule["id"] == rule_id)


@pytest.mark.parametrize(
    ("rule_id", "step", "needle"),
    [
        ("cur.priv.leak", {"dest": "NO_SUCH_BODY", "kind": "INTRO"}, "NO_SUCH_BODY"),
        ("cur.fraud_pi", {"dest": "N01", "kind": "INTRO"}, "FRAUD_PI"),
        ("p05.priv.leak", {"dest": "N01", "kind": "INTRO"}, "2005"),
        ("p05.priv.leak", {"dest": "N02", "kind": "INFO"}, "2005"),
        ("cur.priv", {"dest": "M03", "kind": "INFO"}, "2005年体制だけ"),
        ("cur.priv", {"dest": "N03", "kind": "FORWARD"}, "FORWARD"),
        ("p05.priv", {"dest": "N03", "kind": "INFO", "basis": "個人情報保護委員会に照会"}, "後の機関"),
    ],
)
def test_bad_step_is_refused_naming_the_rule(reference: ReferenceData, rule_id: str, step: dict, needle: str) -> None:
    document = _document()
    _rule(document, rule_id)["steps"].append(step)
    with pytest.raises(ReferenceDataError) as info:
        _parse(document, reference)
    assert rule_id in str(info.value.where)
    assert needle in str(info.value)


def test_missing_catch_all_is_refused(reference: ReferenceData) -> None:
    document = _document()
    document["rules"] = [rule for rule in document["rules"] if rule["id"] != "cur.default"]
    with pytest.raises(ReferenceDataError, match="CURRENT"):
        _parse(document, reference)


def test_unknown_facet_code_is_refused_naming_the_rule(reference: ReferenceData) -> None:
    document = _document()
    _rule(document, "cur.priv.acq")["sectors"] = ["BANK"]
    with pytest.raises(ReferenceDataError) as info:
        _parse(document, reference)
    assert "cur.priv.acq" in str(info.value.where) and "BANK" in info.value.message


def test_duplicate_rule_id_is_refused(reference: ReferenceData) -> None:
    document = _document()
    document["rules"].append(dict(document["rules"][0]))
    with pytest.raises(ReferenceDataError, match="重複"):
        _parse(document, reference)

"""The business registry: matching while typing, creating, merging and unmerging, a business's history."""

import dataclasses
import datetime as dt

import pytest

from counselor_app.domain.entities import Actor, Office
from counselor_app.domain.errors import ConflictError, PermissionDeniedError, StateError, ValidationError
from counselor_app.services import business_service
from counselor_app.services.container import Services, build_services
from tests.helpers import make_case

TOYOTA = "1180301018771"  # a published 法人番号 (not personal data)
NTA = "7000012050002"


def names(matches) -> list[str]:  # type: ignore[no-untyped-def]
    return [match.business.display_name for match in matches]


def test_suggest_matches_folded_names_and_ranks_exact_first(services: Services, counselor: Actor) -> None:
    services.businesses.create(counselor, "株式会社テスト商事")
    services.businesses.create(counselor, "テスト")
    matches = services.businesses.suggest("ﾃｽﾄ")
    assert names(matches) == ["テスト", "株式会社テスト商事"]
    assert [match.reason for match in matches] == ["名称が一致", "名称に「テスト」を含む"]
    assert services.businesses.suggest("  ") == []


@pytest.mark.parametrize("typed", ["（株）テスト商事", "㈱テスト商事", "テスト商事株式会社", "ﾃｽﾄ商事", "テスト・商事"])
def test_legal_form_and_width_variants_find_the_registered_business(
    services: Services, counselor: Actor, typed: str
) -> None:
    services.businesses.create(counselor, "株式会社テスト商事")
    services.businesses.create(counselor, "株式会社サンプル物産")
    [match] = services.businesses.suggest(typed)
    assert match.business.display_name == "株式会社テスト商事"
    assert (match.kind, match.reason, match.score) == ("name_exact", "名称が一致", 100.0)


def test_similar_names_show_their_similarity(services: Services, counselor: Actor) -> None:
    services.businesses.create(counselor, "株式会社さくら通販")
    services.businesses.create(counselor, "株式会社ひまわり通販")
    matches = services.businesses.suggest("さくら通坂")  # a typo in one of five characters
    assert names(matches) == ["株式会社さくら通販"]
    assert matches[0].kind == "name_similar"
    assert matches[0].reason == "名称が類似（80%）"
    # Readings are never guessed: the name written in kana finds nothing.
    assert services.businesses.suggest("さくらつうはん") == []


def test_exact_corporate_number_and_phone_win_over_names(services: Services, counselor: Actor) -> None:
    numbered = services.businesses.create(counselor, "トヨタ自動車株式会社", corporate_number=TOYOTA)
    phoned = services.businesses.create(counselor, "みらい住建", phones=["03-1234-5678"])
    services.businesses.create(counselor, "トヨタ住建")

    by_number = services.businesses.suggest("トヨタ住建", corporate_number=TOYOTA)
    assert by_number[0].business.id == numbered.id
    assert by_number[0].reason == "法人番号が一致"
    assert "トヨタ住建" in names(by_number)

    by_phone = services.businesses.suggest("", phone="（03）1234－5678")
    assert [(match.business.id, match.reason) for match in by_phone] == [(phoned.id, "電話番号が一致")]

    # A 法人番号 or a full phone number typed in the name box is looked up as such.
    assert services.businesses.suggest("1180301018771")[0].reason == "法人番号が一致"
    assert services.businesses.suggest("0312345678")[0].reason == "電話番号が一致"
    # An invalid number is not claimed as a match.
    assert services.businesses.suggest("", corporate_number="1180301018772") == []


def test_nothing_matching_means_create_new(services: Services, counselor: Actor) -> None:
    services.businesses.create(counselor, "株式会社さくら通販")
    assert services.businesses.suggest("大和住建") == []
    created = services.businesses.create(
        counselor, "大和住建 株式会社", corporate_number=NTA, phones=["06-1111-2222"], aliases=["ﾀﾞｲﾜ住建"]
    )
    assert created.normalized_key == "大和住建"
    assert created.aliases == ("ﾀﾞｲﾜ住建",)
    assert services.businesses.suggest("ダイワ住建")[0].reason == "名称が一致（ﾀﾞｲﾜ住建）"
    assert [event.action for event in services.audit.history("business", created.id or 0)] == ["create"]


def test_create_refuses_a_wrong_check_digit_and_an_empty_name(services: Services, counselor: Actor) -> None:
    with pytest.raises(ValidationError) as error:
        services.businesses.create(counselor, "テスト", corporate_number="1180301018772")
    assert error.value.where == "business.corporate_number"
    with pytest.raises(ValidationError):
        services.businesses.create(counselor, "  ")
    assert services.businesses.count() == 0


def test_another_desks_registration_is_found(
    services: Services, counselor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(business_service, "INDEX_CHECK_SECONDS", 0.0)
    monkeypatch.setattr(business_service, "RECOUNT_SECONDS", 0.0)
    services.businesses.create(counselor, "株式会社さくら通販")
    assert names(services.businesses.suggest("さくら")) == ["株式会社さくら通販"]
    other_desk = build_services(services.db, services.reference, services.clock)
    other_desk.businesses.create(counselor, "さくら住建")
    assert sorted(names(services.businesses.suggest("さくら"))) == ["さくら住建", "株式会社さくら通販"]


def test_remember_alias_keeps_new_spellings_only(services: Services, counselor: Actor) -> None:
    business = services.businesses.create(counselor, "株式会社テスト商事")
    assert business.id is not None
    assert not services.businesses.remember_alias(counselor, business.id, "㈱テスト商事")
    assert services.businesses.remember_alias(counselor, business.id, "テスト商亊")
    assert services.businesses.suggest("テスト商亊")[0].reason == "名称が一致（テスト商亊）"


# -- merging -----------------------------------------------------------------------------


def _case_for(services: Services, actor: Actor, business_id: int, name: str, **overrides: object) -> int:
    case = services.cases.register(actor, make_case(business_id=business_id, business_name=name, **overrides))
    assert case.id is not None
    return case.id


def test_merge_moves_cases_and_aliases_and_unmerge_restores_them(
    services: Services, counselor: Actor, supervisor: Actor
) -> None:
    kept = services.businesses.create(counselor, "株式会社さくら通販", corporate_number=NTA)
    merged = services.businesses.create(counselor, "サクラ通販（大阪）", phones=["06-1111-2222"], aliases=["桜通販"])
    assert kept.id is not None and merged.id is not None
    kept_case = _case_for(services, counselor, kept.id, "さくら通販")
    merged_cases = [_case_for(services, counselor, merged.id, "サクラ通販") for _ in range(2)]

    merge = services.businesses.merge(supervisor, kept.id, merged.id)
    assert (merge.moved_cases, merge.moved_aliases, merge.merged_name) == (2, 1, "サクラ通販（大阪）")
    profile = services.businesses.profile(supervisor, kept.id)
    assert profile.case_count == 3
    assert {row.id for row in profile.cases} == {kept_case, *merged_cases}
    assert "桜通販" in profile.business.aliases
    assert "サクラ通販（大阪）" in profile.names
    assert profile.phones == ("06-1111-2222",)
    assert all(services.cases.get(counselor, case_id).business_id == kept.id for case_id in merged_cases)
    # Every way of naming the merged record now finds the kept one.
    for typed, phone in (("桜通販", None), ("サクラ通販（大阪）", None), ("", "0611112222")):
        assert [match.business.id for match in services.businesses.suggest(typed, phone=phone)] == [kept.id]
    # Opening the merged record opens its survivor.
    assert services.businesses.profile(counselor, merged.id).business.id == kept.id

    undone = services.businesses.unmerge(supervisor, merge.id)
    assert undone.undone_by == supervisor.login and not undone.active
    assert all(services.cases.get(counselor, case_id).business_id == merged.id for case_id in merged_cases)
    assert services.businesses.profile(supervisor, kept.id).case_count == 1
    assert services.businesses.get(merged.id).aliases == ("桜通販",)  # type: ignore[union-attr]
    assert [match.business.id for match in services.businesses.suggest("桜通販")] == [merged.id]
    actions = [event.action for event in services.audit.history("business", kept.id)]
    assert actions == ["create", "merge", "unmerge"]


def test_only_supervisors_merge_and_unmerge(services: Services, counselor: Actor, supervisor: Actor) -> None:
    first = services.businesses.create(counselor, "さくら通販")
    second = services.businesses.create(counselor, "サクラ通販")
    assert first.id is not None and second.id is not None
    with pytest.raises(PermissionDeniedError):
        services.businesses.merge(counselor, first.id, second.id)
    merge = services.businesses.merge(supervisor, first.id, second.id)
    with pytest.raises(PermissionDeniedError):
        services.businesses.unmerge(counselor, merge.id)
    with pytest.raises(StateError):
        services.businesses.merge(supervisor, first.id, second.id)
    with pytest.raises(StateError):
        services.businesses.merge(supervisor, first.id, first.id)
    services.businesses.unmerge(supervisor, merge.id)
    with pytest.raises(StateError):
        services.businesses.unmerge(supervisor, merge.id)


def test_chained_merges_are_undone_newest_first(services: Services, counselor: Actor, supervisor: Actor) -> None:
    a, b, c = (services.businesses.create(counselor, name) for name in ("さくら通販", "サクラ通販", "桜通販"))
    assert a.id and b.id and c.id
    b_case = _case_for(services, counselor, b.id, "サクラ通販")
    b_into_a = services.businesses.merge(supervisor, a.id, b.id)
    a_into_c = services.businesses.merge(supervisor, c.id, a.id)
    assert services.businesses.profile(supervisor, b.id).business.id == c.id
    assert services.businesses.profile(supervisor, c.id).case_count == 1
    assert names(services.businesses.suggest("サクラ通販")) == ["桜通販"]
    with pytest.raises(StateError) as error:
        services.businesses.unmerge(supervisor, b_into_a.id)
    assert "先に" in error.value.message
    services.businesses.unmerge(supervisor, a_into_c.id)
    services.businesses.unmerge(supervisor, b_into_a.id)
    assert services.cases.get(counselor, b_case).business_id == b.id
    assert sorted(names(services.businesses.suggest("サクラ通販"))) == ["さくら通販", "サクラ通販"]


def test_unmerge_leaves_cases_relinked_by_hand_alone(services: Services, counselor: Actor, supervisor: Actor) -> None:
    kept = services.businesses.create(counselor, "さくら通販")
    merged = services.businesses.create(counselor, "サクラ通販")
    other = services.businesses.create(counselor, "ひまわり通販")
    assert kept.id and merged.id and other.id
    case_id = _case_for(services, counselor, merged.id, "サクラ通販")
    merge = services.businesses.merge(supervisor, kept.id, merged.id)
    case = services.cases.get(counselor, case_id)
    services.cases.save(counselor, dataclasses.replace(case, business_id=other.id, business_name="ひまわり通販"))
    services.businesses.unmerge(supervisor, merge.id)
    assert services.cases.get(counselor, case_id).business_id == other.id


def test_a_case_open_during_a_merge_is_not_silently_linked_back(
    services: Services, counselor: Actor, supervisor: Actor
) -> None:
    kept = services.businesses.create(counselor, "さくら通販")
    merged = services.businesses.create(counselor, "サクラ通販")
    assert kept.id and merged.id
    case_id = _case_for(services, counselor, merged.id, "サクラ通販")
    open_on_a_desk = services.cases.get(counselor, case_id)
    services.businesses.merge(supervisor, kept.id, merged.id)
    with pytest.raises(ConflictError):
        services.cases.save(counselor, dataclasses.replace(open_on_a_desk, subject="追記"))


def test_similar_records_propose_merge_candidates(services: Services, counselor: Actor) -> None:
    first = services.businesses.create(counselor, "株式会社さくら通販", phones=["03-1234-5678"])
    services.businesses.create(counselor, "サクラ通販")
    services.businesses.create(counselor, "さくら通信販売", phones=["0312345678"])
    services.businesses.create(counselor, "ひまわり商事")
    assert first.id is not None
    candidates = services.businesses.similar_records(first.id)
    assert [(match.business.display_name, match.reason) for match in candidates] == [
        ("さくら通信販売", "電話番号が一致"),
        ("サクラ通販", "名称が一致"),
    ]


# -- the business view -------------------------------------------------------------------


def test_profile_counts_every_office_but_lists_only_the_counselors_own(
    services: Services, counselor: Actor, supervisor: Actor
) -> None:
    services.setup.ensure_office(supervisor, Office(code="131024", name="テスト市北支所"))
    branch = Actor(login="kato", role="counselor", office_code="131024")
    business = services.businesses.create(counselor, "株式会社テスト商事")
    assert business.id is not None
    _case_for(services, counselor, business.id, "テスト商事", contract_amount=10000, paid_amount=None)
    _case_for(services, counselor, business.id, "テスト商事", contract_amount=20001, methods=("01",))
    _case_for(
        services,
        branch,
        business.id,
        "㈱テスト商事",
        office_code="131024",
        contract_amount=None,
        paid_amount=5000,
        product="2301",
        methods=("14",),
    )
    full = services.businesses.profile(supervisor, business.id)
    assert full.case_count == 3 and len(full.cases) == 3 and full.hidden_cases == 0
    assert dict(full.by_office) == {"131016": 2, "131024": 1}
    assert dict(full.by_product) == {"0201": 2, "2301": 1}
    assert dict(full.by_method) == {"01": 2, "02": 1, "14": 1}
    assert (full.contract.cases, full.contract.total, full.contract.average) == (2, 30001, 15000)
    assert (full.paid.cases, full.paid.total, full.paid.average) == (2, 8000, 4000)

    own = services.businesses.profile(counselor, business.id)
    assert own.case_count == 3 and own.hidden_cases == 1
    assert {row.office_code for row in own.cases} == {"131016"}


# -- surge alerts ------------------------------------------------------------------------


def test_surge_thresholds_on_demo_data(services: Services, supervisor: Actor) -> None:
    services.demo.generate(supervisor, 1500, seed=5, end=dt.date(2026, 11, 27))
    settings = services.setup.settings()
    threshold, days = settings["surge_case_count"], settings["surge_window_days"]
    alerts = services.businesses.surge_alerts()
    assert alerts, "the demo has a recent surge"
    assert all(alert.count >= threshold for alert in alerts)
    kinds = [alert.kind for alert in alerts]
    assert kinds == sorted(kinds, key=lambda kind: kind != "business")
    for kind in ("business", "product_method"):
        counts = [alert.count for alert in alerts if alert.kind == kind]
        assert counts == sorted(counts, reverse=True)

    # Recount from the cases themselves, without the registry's SQL.
    from counselor_app.domain.case_query import CaseFilter, CaseSort

    start = dt.date(2026, 11, 27) - dt.timedelta(days=days - 1)
    window = CaseFilter(received_from=start, received_to=dt.date(2026, 11, 27))
    total = services.cases.count(supervisor, window)
    rows = services.cases.page(supervisor, window, CaseSort(), 0, total)
    by_business: dict[int, int] = {}
    by_product_method: dict[tuple[str, str], int] = {}
    for row in rows:
        case = services.cases.get(supervisor, row.id, audit_view=False)
        if case.business_id is not None:
            by_business[case.business_id] = by_business.get(case.business_id, 0) + 1
        for method in case.methods:
            if case.product:
                key = (case.product, method)
                by_product_method[key] = by_product_method.get(key, 0) + 1
    expected = {("business", bid, None, count) for bid, count in by_business.items() if count >= threshold}
    expected |= {
        ("product_method", None, key, count) for key, count in by_product_method.items() if count >= threshold
    }
    found = {
        (
            alert.kind,
            alert.business_id,
            (alert.product, alert.method) if alert.kind == "product_method" else None,
            alert.count,
        )
        for alert in alerts
    }
    assert found == expected

    surge = next(alert for alert in alerts if alert.kind == "business")
    assert surge.business_name and len(surge.offices) >= 2 and surge.previous_count < surge.count
    # One more than the count silences it; the threshold is inclusive.
    services.setup.change_setting(Actor(login="kanri", role="admin", office_code="131016"), "surge_case_count", surge.count + 1)
    assert surge.business_id not in {alert.business_id for alert in services.businesses.surge_alerts()}
    services.setup.change_setting(Actor(login="kanri", role="admin", office_code="131016"), "surge_case_count", surge.count)
    assert surge.business_id in {alert.business_id for alert in services.businesses.surge_alerts()}
    # A shorter window sees fewer cases.
    services.setup.change_setting(Actor(login="kanri", role="admin", office_code="131016"), "surge_window_days", 1)
    assert all(alert.count <= surge.count for alert in services.businesses.surge_alerts())


def test_cases_of_a_merged_record_count_for_the_survivor(
    services: Services, counselor: Actor, supervisor: Actor
) -> None:
    services.setup.change_setting(Actor(login="kanri", role="admin", office_code="131016"), "surge_case_count", 3)
    kept = services.businesses.create(counselor, "株式会社さくら通販")
    duplicate = services.businesses.create(counselor, "サクラ通販")
    assert kept.id and duplicate.id
    recent = dt.datetime(2026, 11, 20, 10, 0)
    for business_id in (kept.id, kept.id, duplicate.id):
        _case_for(services, counselor, business_id, "さくら通販", received_at=recent, methods=("01",), product="0201")
    assert {alert.business_id for alert in services.businesses.surge_alerts() if alert.kind == "business"} == set()
    services.businesses.merge(supervisor, kept.id, duplicate.id)
    [alert] = [alert for alert in services.businesses.surge_alerts() if alert.kind == "business"]
    assert (alert.business_id, alert.count, alert.offices) == (kept.id, 3, ("131016",))
    # An old case does not count.
    _case_for(services, counselor, kept.id, "さくら通販", received_at=dt.datetime(2026, 9, 1, 10, 0))
    assert [a.count for a in services.businesses.surge_alerts() if a.kind == "business"] == [3]

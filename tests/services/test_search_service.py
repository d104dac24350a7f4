"""Full-text search on SQLite (FTS5) and PostgreSQL (pg_trgm/GIN): same case sets, kept in sync on writes."""

import dataclasses

import pytest

from counselor_app.domain.case_query import CaseFilter
from counselor_app.domain.entities import Actor
from counselor_app.services.container import Services
from tests.conftest import NOW
from tests.helpers import make_case

NARRATIVES = {
    "list": "知らない不動産業者から勧誘電話。どこで番号を知ったのか。名簿を買ったのでは。",
    "leak": "通販サイトから個人情報漏えいのお詫びメールが届いた。カード番号も含まれる。",
    "roof": "無料点検と言って来た業者に屋根工事を契約した。クーリング・オフしたい。",
    "phish": "宅配業者を装うSMSのリンクからｶｰﾄﾞ番号を入力してしまった。",
    "subscription": "お試しのつもりが定期購入だった。解約したいが電話がつながらない。",
}
# query -> expected keys; the same sets must come back on every database.
QUERIES = {
    "名簿": {"list"},
    "勧誘": {"list"},
    "漏": {"leak"},
    "カード番号": {"leak", "phish"},
    "かーど": {"leak", "phish"},
    "業者": {"list", "roof", "phish"},
    "業者 屋根": {"roof"},
    "電話": {"list", "subscription"},
    "ＳＭＳ": {"phish"},
    "存在しない語句": set(),
}


@pytest.fixture
def corpus(services: Services, supervisor: Actor) -> dict[str, int]:
    ids = {}
    for key, narrative in NARRATIVES.items():
        ids[key] = services.cases.register(supervisor, make_case(narrative=narrative, subject="相談")).id
    return ids


@pytest.mark.parametrize(("query", "expected"), list(QUERIES.items()))
def test_query_finds_exactly_the_cases_containing_it(
    services: Services, supervisor: Actor, corpus: dict[str, int], query: str, expected: set[str]
) -> None:
    result = services.search.search(supervisor, query, limit=50)
    found = {key for key, case_id in corpus.items() if case_id in {hit.case_id for hit in result.hits}}
    assert found == expected
    assert result.total == len(expected)
    assert services.cases.count(supervisor, CaseFilter(text=query)) == len(expected)


def test_hits_carry_highlighted_snippets(services: Services, supervisor: Actor, corpus: dict[str, int]) -> None:
    hit = services.search.search(supervisor, "名簿").hits[0]
    assert hit.snippet is not None
    start, end = hit.snippet.highlights[0]
    assert hit.snippet.text[start:end] == "名簿"


def test_index_follows_edits_and_handling_log(services: Services, supervisor: Actor, corpus: dict[str, int]) -> None:
    roof = services.cases.get(supervisor, corpus["roof"], audit_view=False)
    services.cases.save(supervisor, dataclasses.replace(roof, narrative="太陽光パネルの訪問販売"))
    assert services.search.search(supervisor, "屋根").total == 0
    assert services.search.search(supervisor, "太陽光").total == 1
    services.cases.add_handling(supervisor, corpus["subscription"], "business", "事業者に返金を求めた")
    assert {hit.case_id for hit in services.search.search(supervisor, "返金").hits} == {corpus["subscription"]}


def test_case_number_finds_the_case(services: Services, supervisor: Actor, corpus: dict[str, int]) -> None:
    case = services.cases.get(supervisor, corpus["leak"], audit_view=False)
    result = services.search.search(supervisor, case.case_no or "")
    assert [hit.case_id for hit in result.hits] == [corpus["leak"]]


def test_counselors_search_only_their_office(services: Services, counselor: Actor, corpus: dict[str, int]) -> None:
    other = Actor(login="kato", role="supervisor", office_code="271004")
    services.setup.initialise(other, office_code="271004")
    services.cases.register(other, make_case(office_code="271004", narrative="別の所属の名簿の相談"))
    services.setup.initialise(counselor, office_code="131016")
    assert services.search.search(counselor, "名簿").total == 1


def test_long_terms_rank_better_matches_first(services: Services, supervisor: Actor) -> None:
    weak = services.cases.register(supervisor, make_case(narrative="屋根の話。" + "関係のない文章。" * 30)).id
    strong = services.cases.register(supervisor, make_case(narrative="屋根工事、屋根工事、屋根工事の契約")).id
    ids = [hit.case_id for hit in services.search.search(supervisor, "屋根").hits]
    assert set(ids) == {weak, strong}
    long_ids = [hit.case_id for hit in services.search.search(supervisor, "屋根工事").hits]
    assert long_ids == [strong]


def test_similar_cases_prefer_same_text_and_business(services: Services, supervisor: Actor, corpus: dict[str, int]) -> None:
    business = services.businesses.create(supervisor, "株式会社さくら通販")
    twin = services.cases.register(
        supervisor,
        make_case(narrative="通販サイトから個人情報漏えいのお詫びメールが来た。カード番号も含まれるらしい。", business_id=business.id),
    ).id
    similar = services.search.similar(
        supervisor,
        "通販サイトから個人情報漏えいのお詫びメールが届いた。カード番号が心配。",
        business_id=business.id,
    )
    assert [item.case_id for item in similar[:2]] == [twin, corpus["leak"]]
    assert "business" in similar[0].reasons
    assert all(item.case_id != corpus["roof"] for item in similar[:2])
    assert services.search.similar(supervisor, "") == []


def test_deleted_cases_are_neither_counted_nor_found(
    services: Services, supervisor: Actor, corpus: dict[str, int]
) -> None:
    from sqlalchemy import text

    with services.db.engine.begin() as connection:
        connection.execute(text("UPDATE case_record SET deleted_at = received_at WHERE id = :id"), {"id": corpus["roof"]})
    for query, expected in (("業者", 2), ("業者 屋根", 0), ("屋根工事", 0), ("漏", 1)):
        result = services.search.search(supervisor, query, limit=50)
        assert result.total == expected and corpus["roof"] not in {hit.case_id for hit in result.hits}
        # The text-only count (FTS indexes alone on SQLite) agrees with the filtered one.
        assert services.cases.count(supervisor, CaseFilter(text=query)) == expected
        assert services.cases.count(supervisor, CaseFilter(text=query, statuses=("open",))) == expected
    with services.db.uow() as uow:
        assert uow.cases.count(CaseFilter(text="業者", include_deleted=True), today=NOW.date()) == 3


def test_broad_searches_list_the_newest_first(
    services: Services, supervisor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from counselor_app.persistence.repositories import case_repository

    received = [dt.datetime(2026, 11, day, 10, 0) for day in (3, 20, 11)]
    ids = [
        services.cases.register(
            supervisor,
            make_case(
                received_at=at,
                narrative="屋根工事、屋根工事の契約" if at.day == 3 else "屋根工事の話。" + "関係のない文章。" * 30,
                subject="相談",
            ),
        ).id
        for at in received
    ]
    ranked = [hit.case_id for hit in services.search.search(supervisor, "屋根工事").hits]
    assert ranked[0] == ids[0]  # few matches: the best match (three mentions) first
    monkeypatch.setattr(case_repository, "RANKED_MATCHES", 2)
    newest = [hit.case_id for hit in services.search.search(supervisor, "屋根工事").hits]
    assert newest == [ids[1], ids[2], ids[0]]

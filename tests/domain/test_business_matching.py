"""The in-memory index finds exactly what scoring every name would find, and reports why."""

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from counselor_app.domain.business_matching import SIMILARITY_CUTOFF, BusinessIndex
from counselor_app.domain.business_names import business_key, phone_key

# A small alphabet, so that random names share characters and pairs often.
NAMES = st.text(alphabet="あいうえおかきくけこ商事通販", min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(NAMES, min_size=1, max_size=60), NAMES)
def test_candidate_filters_never_lose_a_similar_or_containing_name(keys: list[str], query: str) -> None:
    index = BusinessIndex()
    for record_id, key in enumerate(keys, 1):
        index.add_business(record_id, key, key)
    hits = index.match(query, limit=len(keys) + 1)
    similar = {hit.business_id for hit in hits if hit.score >= SIMILARITY_CUTOFF}
    expected = {record_id for record_id, key in enumerate(keys, 1) if fuzz.ratio(query, key) >= SIMILARITY_CUTOFF}
    assert similar == expected
    containing = {record_id for record_id, key in enumerate(keys, 1) if query in key}
    assert containing <= {hit.business_id for hit in hits}
    for hit in hits:
        key = keys[hit.business_id - 1]
        assert hit.kind == ("name_exact" if key == query else "name_contains" if query in key else "name_similar")


def test_merged_records_answer_for_their_survivor() -> None:
    index = BusinessIndex()
    index.add_business(1, "株式会社さくら通販", business_key("株式会社さくら通販"))
    index.add_business(2, "サクラ通販", business_key("サクラ通販"), phone_keys=[phone_key("03-1234-5678")])
    index.add_alias(10, 2, "桜通販", business_key("桜通販"))
    index.record_merge(2, 1, [10])
    assert [(hit.business_id, hit.kind) for hit in index.match("", phone="0312345678")] == [(1, "phone")]
    assert [hit.business_id for hit in index.match(business_key("桜通販"))] == [1]
    assert [hit.business_id for hit in index.match(business_key("さくら通販"))] == [1]
    index.record_unmerge(2, [10])
    assert [hit.business_id for hit in index.match(business_key("桜通販"))] == [2]
    assert sorted(hit.business_id for hit in index.match(business_key("さくら通販"))) == [1, 2]


def test_identifiers_come_before_names_and_one_hit_per_business() -> None:
    index = BusinessIndex()
    index.add_business(1, "テスト商事", business_key("テスト商事"), corporate_number="1180301018771")
    index.add_business(2, "テスト商会", business_key("テスト商会"), phone_keys=["0312345678"])
    index.add_alias(5, 1, "ﾃｽﾄ商事", business_key("ﾃｽﾄ商事"))
    hits = index.match(business_key("テスト商会"), corporate_number="1180301018771", phone="0312345678")
    assert [(hit.business_id, hit.kind) for hit in hits] == [(1, "corporate_number"), (2, "phone")]
    hits = index.match(business_key("テスト商事"), typed="テスト商事")
    assert [(hit.business_id, hit.kind, hit.matched_name) for hit in hits] == [
        (1, "name_exact", "テスト商事"),
        (2, "name_similar", "テスト商会"),
    ]
    assert hits[1].score == 80.0

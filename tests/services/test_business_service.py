"""Intake's business picker: suggestions while typing and creating new businesses."""

from counselor_app.domain.entities import Actor
from counselor_app.services.container import Services


def test_suggest_matches_folded_substrings_and_ranks_exact_first(services: Services, counselor: Actor) -> None:
    services.businesses.create(counselor, "株式会社テスト商事")
    services.businesses.create(counselor, "テスト")
    matches = services.businesses.suggest("ﾃｽﾄ")
    assert [match.business.display_name for match in matches] == ["テスト", "株式会社テスト商事"]
    assert "テスト" in matches[0].reason
    assert services.businesses.suggest("  ") == []


def test_created_business_is_audited(services: Services, counselor: Actor) -> None:
    business = services.businesses.create(counselor, "さくら商事")
    assert business.id is not None
    assert [event.action for event in services.audit.history("business", business.id)] == ["create"]

"""Re-consultations (再相談): linking a case to an earlier one, listing both directions, refusing loops."""

import pytest

from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import NotFoundError, ValidationError
from counselor_app.services.container import Services
from tests.helpers import make_case


def test_link_and_list_both_directions(services: Services, counselor: Actor) -> None:
    first = services.cases.register(counselor, make_case(subject="最初"))
    second = services.cases.register(counselor, make_case(subject="二回目"))
    linked = services.cases.link_related(counselor, second.id, first.case_no)
    assert linked.related_case_uuid == first.uuid and linked.version == 2
    earlier, later = services.cases.related(counselor, linked)
    assert earlier is not None and earlier.case_no == first.case_no
    assert later == []
    earlier, later = services.cases.related(counselor, services.cases.get(counselor, first.id))
    assert earlier is None
    assert [row.case_no for row in later] == [second.case_no]
    unlinked = services.cases.link_related(counselor, second.id, None)
    assert unlinked.related_case_uuid is None


def test_link_refuses_unknown_self_and_loops(services: Services, counselor: Actor) -> None:
    first = services.cases.register(counselor, make_case())
    second = services.cases.register(counselor, make_case())
    with pytest.raises(NotFoundError):
        services.cases.link_related(counselor, second.id, "131016-R8-999999")
    with pytest.raises(ValidationError):
        services.cases.link_related(counselor, first.id, first.case_no)
    services.cases.link_related(counselor, second.id, first.case_no)
    with pytest.raises(ValidationError, match="循環"):
        services.cases.link_related(counselor, first.id, second.case_no)


def test_counselor_list_is_scoped_to_the_office(services: Services, counselor: Actor, supervisor: Actor) -> None:
    services.cases.register(counselor, make_case())
    services.cases.register(supervisor, make_case())
    other = Actor(login="kato", role="supervisor", office_code="271004")
    services.setup.initialise(other, office_code="271004")
    services.cases.register(other, make_case(office_code="271004"))
    assert services.cases.counselors(counselor) == ["sato", "yamada"]
    assert services.cases.counselors(supervisor) == ["kato", "sato", "yamada"]

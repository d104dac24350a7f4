"""Roles and permissions, password and login rules, lockout, the audit chain's head, retention and scrubbing."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counselor_app.domain.access import (
    GRANTS,
    LOCKOUT_MINUTES,
    MAX_FAILED_LOGINS,
    Permission,
    allows,
    check_password_policy,
    lockout_until,
    require,
    validate_login,
    validate_role,
)
from counselor_app.domain.audit import GENESIS_HASH, ChainHead, ChainRow, event_hash, verify_chain
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import PermissionDeniedError, ValidationError
from counselor_app.domain.retention import retention_cutoff, scrub_text
from counselor_app.domain.settings import SETTINGS, merged
from counselor_app.services import demo_corpus

# The whole permission table, spelled out: a change to GRANTS must change this test.
EXPECTED = {
    "counselor": set(),
    "supervisor": {
        "see_all_offices", "approve", "export", "print_summary", "view_access_history", "verify_audit", "sync",
    },  # fmt: skip
    "admin": {
        "see_all_offices",
        "approve",
        "export",
        "print_summary",
        "view_access_history",
        "verify_audit",
        "sync",
        "manage_users",
        "manage_directory",
        "change_settings",
        "run_retention",
        "backup",
        "manage_offices",
    },
}


@pytest.mark.parametrize("role", ["counselor", "supervisor", "admin"])
@pytest.mark.parametrize("permission", list(Permission))
def test_every_role_permission_pair(role: str, permission: Permission) -> None:
    actor = Actor(login="x", role=role, office_code="131016")  # type: ignore[arg-type]
    expected = permission.value in EXPECTED[role]
    assert allows(role, permission) is expected
    if expected:
        require(actor, permission)
    else:
        with pytest.raises(PermissionDeniedError) as refused:
            require(actor, permission)
        assert refused.value.where == permission.value


def test_unknown_role_gets_nothing() -> None:
    assert not any(allows("root", permission) for permission in Permission)
    assert set(GRANTS) == {"counselor", "supervisor", "admin"}


@pytest.mark.parametrize("login", ["sato.h", "kanri", "a1", "yamada_t-2"])
def test_good_logins(login: str) -> None:
    assert validate_login(login) == login


@pytest.mark.parametrize("login", ["", "a", ".sato", "佐藤", "sato h", "x" * 65, "a;drop"])
def test_bad_logins(login: str) -> None:
    with pytest.raises(ValidationError, match="ログイン名"):
        validate_login(login)


def test_roles_are_checked() -> None:
    assert validate_role("supervisor") == "supervisor"
    with pytest.raises(ValidationError):
        validate_role("root")


@pytest.mark.parametrize(
    ("password", "reason"),
    [("short", "8 文字以上"), ("sato.hoge"[:4] * 1, "8 文字以上"), ("sato.h.x"[:6], "8 文字以上"), ("tab\there1", "制御文字")],
)
def test_password_policy_refuses(password: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        check_password_policy(password, login="sato.h")


def test_password_may_not_be_the_login() -> None:
    with pytest.raises(ValidationError, match="ログイン名と同じ"):
        check_password_policy("Yamada.Taro", login="yamada.taro")
    check_password_policy(demo_corpus.DEMO_PASSWORD, login="sato.h")


def test_lockout_starts_at_the_limit() -> None:
    now = dt.datetime(2026, 11, 27, 10, 0)
    assert lockout_until(MAX_FAILED_LOGINS - 1, now) is None
    assert lockout_until(MAX_FAILED_LOGINS, now) == now + dt.timedelta(minutes=LOCKOUT_MINUTES)


# -- audit chain ------------------------------------------------------------------------------


def _chain(count: int) -> list[ChainRow]:
    rows = []
    prev = GENESIS_HASH
    for seq in range(1, count + 1):
        at = dt.datetime(2026, 11, 27, 9, 0) + dt.timedelta(minutes=seq)
        digest = event_hash(prev, seq=seq, at=at, actor="sato", action="view", entity="case", entity_id=str(seq), detail="")
        rows.append(ChainRow(seq, at, "sato", "view", "case", str(seq), "", prev, digest))
        prev = digest
    return rows


def test_intact_chain_with_head_verifies() -> None:
    rows = _chain(5)
    assert verify_chain(rows, ChainHead(5, rows[-1].hash)) == (5, None)
    assert verify_chain([], None) == (0, None)


def test_deleted_event_is_named() -> None:
    rows = _chain(6)
    del rows[2]
    checked, problem = verify_chain(rows, ChainHead(6, rows[-1].hash))
    assert checked == 2 and problem is not None and problem.seq == 3 and "#3" in problem.reason


def test_deleted_tail_is_caught_by_the_head() -> None:
    rows = _chain(6)
    _checked, problem = verify_chain(rows[:4], ChainHead(6, rows[-1].hash))
    assert problem is not None and problem.seq == 5 and "末尾" in problem.reason
    _checked, problem = verify_chain([], ChainHead(6, rows[-1].hash))
    assert problem is not None and problem.seq == 1


def test_missing_head_on_a_nonempty_trail_is_a_problem() -> None:
    _checked, problem = verify_chain(_chain(3), None)
    assert problem is not None and problem.seq == 3


def test_event_added_behind_the_apps_back_is_named() -> None:
    rows = _chain(4)
    _checked, problem = verify_chain(rows, ChainHead(3, rows[2].hash))
    assert problem is not None and problem.seq == 4


# -- retention --------------------------------------------------------------------------------


def test_cutoff_is_n_years_back_and_survives_29_february() -> None:
    assert retention_cutoff(dt.date(2026, 11, 27), 5) == dt.date(2021, 11, 27)
    assert retention_cutoff(dt.date(2028, 2, 29), 1) == dt.date(2027, 2, 28)


def test_scrubber_masks_known_values_and_patterns() -> None:
    values = [("name", "架空 花子"), ("phone", "090-0000-1111"), ("address", "さくら市中央1-2-3")]
    text = (
        "架空花子さん（架空 花子）から電話。連絡先は090-0000-1111、別番号は０３－１２３４－５６７８、"
        "メール hanako@example.jp、〒123-4567 さくら市中央1-2-3。花子さんの母。"
    )
    scrubbed = scrub_text(text, values)
    for secret in ("架空", "花子", "090-0000-1111", "1234", "hanako@", "123-4567", "さくら市中央1-2-3"):
        assert secret not in scrubbed, secret
    assert "［氏名］" in scrubbed and "［電話］" in scrubbed and "［メール］" in scrubbed and "［住所］" in scrubbed
    assert "母" in scrubbed, "the story stays"


_SURNAMES = st.sampled_from(demo_corpus.SURNAMES)
_GIVEN = st.sampled_from(demo_corpus.GIVEN_NAMES_F + demo_corpus.GIVEN_NAMES_M)
_PHONE = st.builds(
    lambda a, b, c: f"0{a}-{b:04d}-{c:04d}", st.integers(3, 99), st.integers(0, 9999), st.integers(0, 9999)
)
_FILLER = st.text(alphabet=st.sampled_from("相談者から契約解約の申し出。返金、連絡あり。 　、。"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(surname=_SURNAMES, given_name=_GIVEN, phone=_PHONE, parts=st.lists(_FILLER, min_size=1, max_size=4))
def test_scrubbed_text_keeps_no_known_name_or_phone(surname: str, given_name: str, phone: str, parts: list[str]) -> None:
    name = f"{surname} {given_name}"
    text = parts[0] + f"{name}さん" + "".join(parts[1:]) + f"電話{phone}。{surname}{given_name}より"
    scrubbed = scrub_text(text, [("name", name), ("phone", phone)])
    assert surname not in scrubbed and given_name not in scrubbed and phone not in scrubbed


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=200), values=st.lists(st.tuples(st.sampled_from(["name", "phone", "email", "address"]), st.text(max_size=20)), max_size=4))
def test_scrubber_never_fails_on_any_text(text: str, values: list[tuple[str, str]]) -> None:
    assert isinstance(scrub_text(text, values), str)


# -- settings values (a reader of hand-edited data) ---------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)


@settings(max_examples=500, deadline=None)
@given(stored=st.dictionaries(st.sampled_from([*SETTINGS, "unknown_key"]), _JSON, max_size=len(SETTINGS) + 1))
def test_stored_settings_of_any_shape_fall_back_to_valid_values(stored: dict[str, object]) -> None:
    values = merged(stored)
    assert set(values) == set(SETTINGS)
    for key, spec in SETTINGS.items():
        value = values[key]
        assert isinstance(value, spec.kind) and not isinstance(value, bool)
        if spec.minimum is not None:
            assert spec.minimum <= value <= (spec.maximum or value)
        if spec.choices:
            assert value in spec.choices

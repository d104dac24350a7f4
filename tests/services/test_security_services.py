"""Sign-in, lockout, user administration, role rules, audit and retention at the service level (SQLite and PostgreSQL)."""

import dataclasses
import datetime as dt

import pytest
from argon2 import PasswordHasher, Type
from sqlalchemy import text

from counselor_app.domain.access import (
    LOCKOUT_MINUTES,
    MAX_FAILED_LOGINS,
    AccountLockedError,
    AuthenticationError,
)
from counselor_app.domain.case_query import CaseFilter, CaseSort
from counselor_app.domain.clock import FixedClock
from counselor_app.domain.entities import Actor, HandlingEntry, Party
from counselor_app.domain.errors import NotFoundError, PermissionDeniedError, StateError, ValidationError
from counselor_app.services import demo_corpus
from counselor_app.services.auth_service import FirstRun
from counselor_app.services.container import Services, build_services
from counselor_app.services.passwords import Passwords
from tests.helpers import make_case

FAST = Passwords(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID))
ADMIN_PASSWORD = "kanri-pass-2026"


@pytest.fixture
def secure(db, reference, clock: FixedClock) -> Services:  # type: ignore[no-untyped-def]
    """Services with an office, its first admin, a second office, a counselor and a supervisor."""
    services = build_services(db, reference, clock, passwords=FAST)
    services.setup.initialise(Actor(login="setup", role="admin", office_code="131016"))
    services.auth.create_first_admin(
        FirstRun("131016", "テスト市消費生活センター", "kanri", "管理 太郎", ADMIN_PASSWORD)
    )
    admin = services.auth.sign_in("kanri", ADMIN_PASSWORD)
    services.setup.ensure_office(admin, __import__("counselor_app.domain.entities", fromlist=["Office"]).Office("271004", "別市センター"))
    services.users.add(admin, login="sato", display_name="佐藤", role="counselor", office_code="131016", password="sato-pass-1")
    services.users.add(admin, login="yamada", display_name="山田", role="supervisor", office_code="131016", password="yamada-pass-1")
    services.users.add(admin, login="kato", display_name="加藤", role="counselor", office_code="271004", password="kato-pass-1")
    return services


def _admin(services: Services) -> Actor:
    return Actor(login="kanri", role="admin", office_code="131016", display_name="管理 太郎")


def _actions(services: Services, entity: str, entity_id: str) -> list[str]:
    return [event.action for event in services.audit.history(entity, entity_id)]


# -- first run and sign-in ----------------------------------------------------------------------


def test_first_run_is_needed_until_an_admin_exists(db, reference, clock) -> None:  # type: ignore[no-untyped-def]
    services = build_services(db, reference, clock, passwords=FAST)
    assert services.auth.needs_first_run()
    with pytest.raises(ValidationError) as bad:
        services.auth.create_first_admin(FirstRun("12", "x", "kanri", "管理", ADMIN_PASSWORD))
    assert bad.value.where == "office_code"
    actor = services.auth.create_first_admin(FirstRun("131016", "テスト市", "kanri", "管理 太郎", ADMIN_PASSWORD))
    assert actor.role == "admin" and actor.office_code == "131016"
    assert not services.auth.needs_first_run()
    assert services.setup.settings()["office_code"] == "131016"
    with pytest.raises(StateError, match="済んでいます"):
        services.auth.create_first_admin(FirstRun("131016", "テスト市", "other", "他", ADMIN_PASSWORD))
    assert _actions(services, "user", "kanri") == ["create", "login"]


def test_sign_in_returns_the_users_actor_and_stamps_last_login(secure: Services) -> None:
    actor = secure.auth.sign_in("sato", "sato-pass-1")
    assert actor == Actor(login="sato", role="counselor", office_code="131016", display_name="佐藤")
    account = secure.users.accounts(_admin(secure))
    assert next(a for a in account if a.login == "sato").last_login_at == secure.clock.now()


def test_wrong_password_unknown_login_and_disabled_user_get_the_same_answer(secure: Services) -> None:
    messages = set()
    for login, password in (("sato", "wrong-pass"), ("nobody", "whatever1"), ("", "x")):
        with pytest.raises(AuthenticationError) as refused:
            secure.auth.sign_in(login, password)
        messages.add(str(refused.value))
    secure.users.set_active(_admin(secure), "yamada", False)
    with pytest.raises(AuthenticationError) as refused:
        secure.auth.sign_in("yamada", "yamada-pass-1")
    messages.add(str(refused.value))
    assert messages == {"ログイン名またはパスワードが違います"}


def test_failed_logins_are_audited_without_what_was_typed(secure: Services) -> None:
    with pytest.raises(AuthenticationError):
        secure.auth.sign_in("sato", "my-secret-guess")
    with pytest.raises(AuthenticationError):
        secure.auth.sign_in("typed-a-password-here", "x")
    events = [event for event in secure.audit.history("user", "sato") if event.action == "login_failed"]
    assert len(events) == 1 and '"reason":"password"' in events[0].detail
    with secure.db.uow() as uow:
        everything = " ".join(f"{row.actor} {row.entity_id} {row.detail}" for row in uow.audit.chain())
    assert "my-secret-guess" not in everything and "typed-a-password-here" not in everything
    assert "unknown_login" in everything


def test_repeated_failures_lock_the_account_for_a_while(secure: Services) -> None:
    clock = secure.clock
    assert isinstance(clock, FixedClock)
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationError) as refused:
            secure.auth.sign_in("sato", "wrong-pass")
        assert not isinstance(refused.value, AccountLockedError)
    with pytest.raises(AccountLockedError) as locked:
        secure.auth.sign_in("sato", "wrong-pass")
    assert locked.value.until == clock.now() + dt.timedelta(minutes=LOCKOUT_MINUTES)
    with pytest.raises(AccountLockedError):
        secure.auth.sign_in("sato", "sato-pass-1")  # even the right password waits
    clock.advance(minutes=LOCKOUT_MINUTES + 1)
    assert secure.auth.sign_in("sato", "sato-pass-1").login == "sato"
    account = next(a for a in secure.users.accounts(_admin(secure)) if a.login == "sato")
    assert account.failed_logins == 0 and account.locked_until is None


def test_admin_unlocks_and_reset_password_lifts_the_lock(secure: Services) -> None:
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            secure.auth.sign_in("sato", "wrong-pass")
    secure.users.unlock(_admin(secure), "sato")
    assert secure.auth.sign_in("sato", "sato-pass-1").login == "sato"
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            secure.auth.sign_in("sato", "wrong-pass")
    secure.users.reset_password(_admin(secure), "sato", "brand-new-pass")
    assert secure.auth.sign_in("sato", "brand-new-pass").login == "sato"
    assert {"unlock", "password_reset"} <= set(_actions(secure, "user", "sato"))


def test_hashes_are_argon2id_and_upgraded_when_parameters_change(db, reference, clock) -> None:  # type: ignore[no-untyped-def]
    services = build_services(db, reference, clock, passwords=FAST)
    services.auth.create_first_admin(FirstRun("131016", "テスト市", "kanri", "管理", ADMIN_PASSWORD))
    with db.uow() as uow:
        old_hash = uow.users.credentials("kanri").password_hash
    assert old_hash.startswith("$argon2id$") and "m=8,t=1,p=1" in old_hash
    stronger = build_services(db, reference, clock)  # the production parameters
    stronger.auth.sign_in("kanri", ADMIN_PASSWORD)
    with db.uow() as uow:
        new_hash = uow.users.credentials("kanri").password_hash
    assert new_hash.startswith("$argon2id$") and "m=65536,t=3,p=4" in new_hash
    assert ADMIN_PASSWORD not in new_hash


def test_demo_users_sign_in_with_the_documented_password(services: Services, supervisor: Actor) -> None:
    services.demo.generate(supervisor, 5, seed=1, end=dt.date(2026, 11, 27))
    actor = services.auth.sign_in("yamamoto.s", demo_corpus.DEMO_PASSWORD)
    assert actor.role == "supervisor" and actor.office_code == "990001"
    assert services.auth.sign_in("kanri", demo_corpus.DEMO_PASSWORD).role == "admin"
    assert not services.auth.needs_first_run()


def test_own_password_change_needs_the_old_one(secure: Services) -> None:
    sato = secure.auth.sign_in("sato", "sato-pass-1")
    with pytest.raises(AuthenticationError):
        secure.auth.change_own_password(sato, "not-it-at-all", "another-pass-1")
    secure.auth.change_own_password(sato, "sato-pass-1", "another-pass-1")
    assert secure.auth.sign_in("sato", "another-pass-1").login == "sato"


# -- role rules at the service level --------------------------------------------------------------


@pytest.mark.parametrize("login", ["sato", "yamada"])
def test_only_admins_manage_users(secure: Services, login: str) -> None:
    password = {"sato": "sato-pass-1", "yamada": "yamada-pass-1"}[login]
    actor = secure.auth.sign_in(login, password)
    for call in (
        lambda: secure.users.accounts(actor),
        lambda: secure.users.add(actor, login="new1", display_name="新", role="admin", office_code="131016", password="new-pass-12"),
        lambda: secure.users.set_active(actor, "kato", False),
        lambda: secure.users.reset_password(actor, "kanri", "taken-over-1"),
        lambda: secure.users.set_role(actor, login, "admin"),
        lambda: secure.users.unlock(actor, "kato"),
    ):
        with pytest.raises(PermissionDeniedError) as refused:
            call()
        assert refused.value.where == "manage_users"
    assert secure.auth.sign_in("kanri", ADMIN_PASSWORD).role == "admin", "nothing changed"


@pytest.mark.parametrize(("login", "password"), [("sato", "sato-pass-1"), ("yamada", "yamada-pass-1")])
def test_only_admins_change_settings(secure: Services, login: str, password: str) -> None:
    actor = secure.auth.sign_in(login, password)
    with pytest.raises(PermissionDeniedError):
        secure.setup.change_setting(actor, "idle_lock_minutes", 1)
    assert secure.setup.settings()["idle_lock_minutes"] == 15
    secure.setup.change_setting(_admin(secure), "idle_lock_minutes", 5)
    assert secure.setup.settings()["idle_lock_minutes"] == 5
    assert _actions(secure, "setting", "idle_lock_minutes") == ["settings_change"]


@pytest.mark.parametrize(("login", "password"), [("sato", "sato-pass-1"), ("yamada", "yamada-pass-1")])
def test_only_admins_run_retention_and_backups(secure: Services, login: str, password: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    actor = secure.auth.sign_in(login, password)
    with pytest.raises(PermissionDeniedError):
        secure.retention.preview(actor)
    with pytest.raises(PermissionDeniedError):
        secure.retention.run(actor)
    with pytest.raises(PermissionDeniedError):
        secure.backups.backup_to(actor, tmp_path / "b.db")
    assert not (tmp_path / "b.db").exists()


def test_counselors_see_their_office_only_supervisors_see_all(secure: Services) -> None:
    sato = secure.auth.sign_in("sato", "sato-pass-1")
    kato = secure.auth.sign_in("kato", "kato-pass-1")
    yamada = secure.auth.sign_in("yamada", "yamada-pass-1")
    mine = secure.cases.register(sato, make_case())
    theirs = secure.cases.register(kato, make_case(office_code="271004"))
    assert secure.cases.count(sato, CaseFilter()) == 1
    assert [row.id for row in secure.cases.page(sato, CaseFilter(), CaseSort("received_at"), 0, 10)] == [mine.id]
    with pytest.raises(PermissionDeniedError):
        secure.cases.get(sato, theirs.id)
    with pytest.raises(PermissionDeniedError):
        secure.cases.find_by_number(sato, theirs.case_no)
    with pytest.raises(PermissionDeniedError):
        secure.cases.save(sato, dataclasses.replace(theirs, subject="書き換え"))
    assert secure.cases.count(yamada, CaseFilter()) == 2
    assert secure.cases.get(yamada, theirs.id).office_code == "271004"


def test_only_supervisors_see_access_history_and_verify_the_trail(secure: Services) -> None:
    sato = secure.auth.sign_in("sato", "sato-pass-1")
    yamada = secure.auth.sign_in("yamada", "yamada-pass-1")
    case = secure.cases.register(sato, make_case())
    secure.cases.get(sato, case.id)
    with pytest.raises(PermissionDeniedError):
        secure.audit.case_access_history(sato, case.id)
    with pytest.raises(PermissionDeniedError):
        secure.audit.verify_as(sato)
    history = secure.audit.case_access_history(yamada, case.id)
    assert [(record.login, record.display_name, record.action) for record in history] == [
        ("sato", "佐藤", "create"),
        ("sato", "佐藤", "view"),
    ]
    assert secure.audit.verify_as(yamada).ok
    assert _actions(secure, "case", str(case.id))[-1] == "view_access_history"


def test_the_last_admin_cannot_be_disabled_or_demoted_nor_can_admins_disable_themselves(secure: Services) -> None:
    admin = _admin(secure)
    with pytest.raises(StateError, match="自分自身"):
        secure.users.set_active(admin, "kanri", False)
    with pytest.raises(StateError, match="最後の管理者"):
        secure.users.set_role(admin, "kanri", "supervisor")
    secure.users.add(admin, login="kanri2", display_name="副管理", role="admin", office_code="131016", password="kanri2-pass")
    secure.users.set_role(admin, "kanri2", "supervisor")
    secure.users.set_role(admin, "kanri2", "admin")
    secure.users.set_active(admin, "kanri2", False)
    with pytest.raises(AuthenticationError):
        secure.auth.sign_in("kanri2", "kanri2-pass")
    secure.users.set_active(admin, "kanri2", True)
    assert secure.auth.sign_in("kanri2", "kanri2-pass").role == "admin"


def test_user_fields_are_validated_and_named(secure: Services) -> None:
    admin = _admin(secure)
    cases = [
        ({"login": "佐藤"}, "login"),
        ({"login": "sato"}, "login"),  # taken
        ({"role": "root"}, "role"),
        ({"office_code": "999999"}, "office_code"),
        ({"password": "short"}, "password"),
        ({"display_name": "  "}, "display_name"),
    ]
    for change, field in cases:
        values = {"login": "newbie", "display_name": "新人", "role": "counselor", "office_code": "131016", "password": "newbie-pass"}
        values.update(change)
        with pytest.raises(ValidationError) as refused:
            secure.users.add(admin, **values)
        assert refused.value.where == field, change
    with pytest.raises(NotFoundError):
        secure.users.reset_password(admin, "ghost", "ghost-pass-1")


# -- audit ----------------------------------------------------------------------------------------


def test_logins_settings_and_user_changes_land_in_a_verifying_chain(secure: Services) -> None:
    with pytest.raises(AuthenticationError):
        secure.auth.sign_in("sato", "wrong-pass")
    actor = secure.auth.sign_in("sato", "sato-pass-1")
    secure.auth.sign_out(actor)
    secure.setup.change_setting(_admin(secure), "retention_years", 7)
    actions = _actions(secure, "user", "sato")
    assert actions == ["create", "login_failed", "login", "logout"]
    result = secure.audit.verify()
    assert result.ok and result.checked > 8


def _tamper(services: Services, statement: str) -> None:
    with services.db.engine.begin() as connection:
        connection.execute(text(statement))


@pytest.mark.parametrize(
    ("statement", "bad_seq"),
    [
        ("UPDATE audit_event SET detail = '{\"role\":\"admin\"}' WHERE seq = 5", 5),
        ("UPDATE audit_event SET actor = 'someone' WHERE seq = 3", 3),
        ("DELETE FROM audit_event WHERE seq = 4", 4),
        ("DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)", "last"),
        ("DELETE FROM audit_event", 1),
    ],
    ids=["edit-detail", "edit-actor", "delete-middle", "delete-last", "delete-all"],
)
def test_tampering_with_plain_sql_names_the_first_bad_event(secure: Services, statement: str, bad_seq: object) -> None:
    with secure.db.uow() as uow:
        last = uow.audit.head().seq
    _tamper(secure, statement)
    result = secure.audit.verify()
    assert not result.ok and result.problem is not None
    assert result.problem.seq == (last if bad_seq == "last" else bad_seq)


def test_swapping_two_events_is_caught(secure: Services) -> None:
    columns = "at, actor, action, entity, entity_id, detail, prev_hash, hash"
    with secure.db.engine.begin() as connection:
        rows = {
            seq: connection.execute(text(f"SELECT {columns} FROM audit_event WHERE seq = :s"), {"s": seq}).one()
            for seq in (3, 4)
        }
        for seq, other in ((3, 4), (4, 3)):
            values = dict(zip(columns.split(", "), rows[other], strict=True))
            connection.execute(
                text(
                    "UPDATE audit_event SET at=:at, actor=:actor, action=:action, entity=:entity, entity_id=:entity_id, "
                    "detail=:detail, prev_hash=:prev_hash, hash=:hash WHERE seq=:seq"
                ),
                {**values, "seq": seq},
            )
    result = secure.audit.verify()
    assert result.problem is not None and result.problem.seq == 3


# -- retention --------------------------------------------------------------------------------------


def _old_closed_case(services: Services, actor: Actor, received: dt.datetime, **overrides: object):  # type: ignore[no-untyped-def]
    case = services.cases.register(
        actor,
        make_case(
            received_at=received,
            consultant=Party(
                name="架空 花子", name_kana="カクウ ハナコ", phone="090-1234-5678", email="hanako@example.jp",
                address="さくら市中央1-2-3", postal_code="123-4567", birth_date=dt.date(1954, 5, 6),
                age=72, age_band="A70", gender="F", occupation="03", prefecture="13", municipality="131016",
            ),
            narrative="架空花子さんから電話（090-1234-5678）。hanako@example.jp に返信。",
            subject="架空様の定期購入",
            handling=(HandlingEntry(at=received, counterpart="consultant", text="架空さんに助言。折り返し 090-1234-5678"),),
            **overrides,
        ),
    )
    with services.db.engine.begin() as connection:
        connection.execute(
            text("UPDATE case_record SET status = 'closed', approved_at = :at, approved_by = 'yamada' WHERE id = :id"),
            {"at": received + dt.timedelta(days=10), "id": case.id},
        )
    return case


def test_retention_preview_then_run_anonymises_only_due_cases(secure: Services) -> None:
    admin = _admin(secure)
    sato = secure.auth.sign_in("sato", "sato-pass-1")
    old = _old_closed_case(secure, sato, dt.datetime(2019, 6, 3, 10, 0))
    older = _old_closed_case(secure, sato, dt.datetime(2018, 5, 1, 10, 0))
    recent = _old_closed_case(secure, sato, dt.datetime(2024, 6, 3, 10, 0))
    still_open = secure.cases.register(sato, make_case(received_at=dt.datetime(2017, 4, 10, 9, 0)))
    preview = secure.retention.preview(admin)
    assert preview.cases == 2 and dict(preview.by_fiscal_year) == {2018: 1, 2019: 1}
    assert preview.cutoff == dt.date(2021, 11, 27)
    result = secure.retention.run(admin)
    assert result.cases == 2
    for case_id in (old.id, older.id):
        loaded = secure.cases.get(admin, case_id, audit_view=False)
        text_fields = " ".join([loaded.subject, loaded.narrative, *(entry.text for entry in loaded.handling)])
        for secret in ("架空", "花子", "090-1234-5678", "hanako@", "さくら市中央"):
            assert secret not in text_fields
        party = loaded.consultant
        assert (party.name, party.name_kana, party.phone, party.email, party.address, party.postal_code, party.birth_date) == (None,) * 7
        assert (party.age, party.age_band, party.gender, party.occupation, party.prefecture) == (72, "A70", "F", "03", "13")
        assert (loaded.product, loaded.contract_amount, loaded.methods) == ("0201", 12000, ("01", "02"))
        assert "定期購入" in loaded.subject
    # Nor do the derived texts (search index, stored casebook scrub) keep what was removed.
    with secure.db.engine.connect() as connection:
        derived = dict(
            connection.execute(
                text(
                    "SELECT t.case_id, t.search_text || ' ' || t.search_ngrams || ' ' || s.scrubbed_narrative"
                    " FROM case_search_text t JOIN case_scrub s ON s.case_id = t.case_id"
                )
            ).all()
        )
    for case_id in (old.id, older.id):
        assert "架空" not in derived[case_id] and "hanako" not in derived[case_id]
    assert "架空" in derived[recent.id]
    assert secure.cases.get(admin, recent.id, audit_view=False).consultant.name == "架空 花子"
    assert secure.cases.get(admin, still_open.id, audit_view=False).consultant.name == "架空 花子"
    assert secure.retention.preview(admin).cases == 0
    actions = [event.action for event in _all_events(secure)]
    assert actions.count("retention_preview") == 3 and "anonymise" in actions and "retention_run" in actions
    assert secure.audit.verify().ok


def _all_events(services: Services):  # type: ignore[no-untyped-def]
    with services.db.uow() as uow:
        return list(uow.audit.chain())


def test_retention_years_follow_the_setting(secure: Services) -> None:
    admin = _admin(secure)
    sato = secure.auth.sign_in("sato", "sato-pass-1")
    _old_closed_case(secure, sato, dt.datetime(2023, 6, 3, 10, 0))
    assert secure.retention.preview(admin).cases == 0
    secure.setup.change_setting(admin, "retention_years", 2)
    assert secure.retention.preview(admin).cases == 1

"""`counselor demo`: realistic synthetic cases across every PIO-NET dimension, deterministic per seed."""

from __future__ import annotations

import datetime as dt
import random
import uuid as uuid_module
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from counselor_app.domain.business_days import add_business_days
from counselor_app.domain.business_names import business_key
from counselor_app.domain.calendar import fiscal_year, format_case_number
from counselor_app.domain.clock import Clock
from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.corporate_number import with_check_digit
from counselor_app.domain.entities import (
    Actor,
    Business,
    Case,
    CaseStatus,
    HandlingEntry,
    Office,
    Party,
    PiAssessment,
    Referral,
    User,
)
from counselor_app.persistence.database import Database
from counselor_app.persistence.unit_of_work import UnitOfWork
from counselor_app.services import demo_corpus as corpus
from counselor_app.services.audit_service import AuditService
from counselor_app.services.passwords import Passwords

BATCH = 2_000
# Share of cases whose contract party is someone else (an elderly parent, a child).
_OTHER_PARTY_SHARE = 0.2
_RELATIONS_FOR_FAMILY = {"子": "親", "配偶者": "配偶者", "親": "子"}
# A recent surge for the registry's alerts to find: most 定期購入 cases of the last three
# weeks name one business (the narratives do not name businesses, so they still fit).
_SURGE_SCENARIO = "subscription"
_SURGE_DAYS = 21


@dataclass(frozen=True)
class DemoResult:
    """What the generator wrote."""

    cases: int
    businesses: int
    offices: int
    users: int
    first_day: dt.date
    last_day: dt.date


class _Generator:
    """Builds cases from the scenarios with one seeded random source."""

    def __init__(self, codelists: CodeLists, rng: random.Random, end: dt.date, *, seed: int = 1) -> None:
        self.c = codelists
        self.rng = rng
        self.end = end
        self.start = dt.date(end.year - 3, 4, 1)  # four fiscal years, the last one running
        self.span_days = (end - self.start).days
        self.scenario_weights = [s.weight for s in corpus.SCENARIOS]
        self.office_weights = [weight for *_rest, weight in corpus.OFFICES]
        # Duplicate registry records (the same business registered twice under another
        # spelling, as happens before 名寄せ) draw from their own random source, so the
        # cases themselves stay the same for a seed.
        self.duplicates: dict[int, tuple[int, str]] = {}
        self.duplicate_rng = random.Random(f"registry-duplicates-{seed}")

    def code(self, list_name: str, label: str) -> str:
        item = self.c[list_name].by_label(label)
        if item is None:
            raise KeyError(f"{label} not in {list_name}")
        return item.code

    def uuid(self) -> str:
        return str(uuid_module.UUID(int=self.rng.getrandbits(128), version=4))

    def received_at(self) -> dt.datetime:
        rng = self.rng
        # More recent days are a little busier (counts grow year on year).
        offset = int(self.span_days * (rng.random() ** 1.15))
        day = self.end - dt.timedelta(days=offset)
        while day.weekday() >= 5 and rng.random() < 0.9:
            day -= dt.timedelta(days=1)
        if day < self.start:
            day = self.start
        minute = rng.randint(9 * 60, 16 * 60 + 45)
        return dt.datetime.combine(day, dt.time(minute // 60, minute % 60))

    def person(self, age: int | None, gender: str, *, detailed: bool) -> Party:
        rng = self.rng
        surname = rng.choice(corpus.SURNAMES)
        given = rng.choice(corpus.GIVEN_NAMES_F if gender == "F" else corpus.GIVEN_NAMES_M)
        town = rng.choice(corpus.TOWNS)
        occupation = self._occupation(age)
        band = self.c.age_band_for(age) if age is not None else "UNK"
        if not detailed:
            return Party(
                age=age,
                age_band=band,
                gender=gender,
                occupation=occupation,
                prefecture=corpus.PREFECTURE_CODE,
            )
        return Party(
            name=f"{surname} {given}",
            phone=f"0{rng.choice((80, 90, 70))}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            email=f"user{rng.randint(100, 99999)}@example.jp" if rng.random() < 0.3 else None,
            address=f"{corpus.CITY}{town}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号",
            postal_code=f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}",
            age=age,
            age_band=band,
            gender=gender,
            occupation=occupation,
            prefecture=corpus.PREFECTURE_CODE,
            municipality=corpus.CITY,
        )

    def _occupation(self, age: int | None) -> str:
        rng = self.rng
        if age is None:
            label = "不明"
        elif age < 23:
            label = rng.choice(("学生", "学生", "給与生活者"))
        elif age >= 65:
            label = rng.choice(("無職", "無職", "家事従事者", "自営・自由業"))
        else:
            label = rng.choices(("給与生活者", "自営・自由業", "家事従事者", "無職"), (6, 1, 2, 1))[0]
        return self.code("occupation", label)

    def age(self, scenario: corpus.Scenario) -> int | None:
        rng = self.rng
        band = rng.choices(range(10), scenario.age_weights)[0]
        if band == 9:
            return None
        low, high = (
            (10, 17),
            (18, 19),
            (20, 29),
            (30, 39),
            (40, 49),
            (50, 59),
            (60, 69),
            (70, 79),
            (80, 94),
        )[band]
        return rng.randint(low, high)


def _business_name(rng: random.Random, suffix: str) -> tuple[str, str]:
    """A fictional business name and a variant a counselor might type (㈱, （株）, half-width)."""
    core = f"{rng.choice(corpus.BUSINESS_PREFIXES)}{suffix}"
    official = f"株式会社{core}" if rng.random() < 0.7 else f"{core}株式会社"
    variant = rng.choice(
        (official, official.replace("株式会社", "（株）"), official.replace("株式会社", "㈱"), core)
    )
    return official, variant


class DemoService:
    """Fills a database with synthetic cases for demos, tests, screenshots and benchmarks."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        codelists: CodeLists,
        audit: AuditService,
        passwords: Passwords | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._codelists = codelists
        self._audit = audit
        self._passwords = passwords or Passwords()

    def generate(
        self,
        actor: Actor,
        cases: int,
        *,
        seed: int = 1,
        end: dt.date | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> DemoResult:
        """Write ``cases`` synthetic cases (plus offices, users and businesses they need)."""
        end_day = end or self._clock.now().date()
        rng = random.Random(seed)
        gen = _Generator(self._codelists, rng, end_day, seed=seed)
        now = self._clock.now()
        offices = self._ensure_offices_and_users(now)
        business_ids = self._ensure_businesses(rng, now, gen)
        # Oldest first, so case numbers rise with the date of receipt.
        moments = sorted(gen.received_at() for _ in range(cases))
        directory_ids = self._directory_ids()
        written = 0
        for start in range(0, cases, BATCH):
            batch = [
                self._case(gen, moment, offices, business_ids, directory_ids)
                for moment in moments[start : start + BATCH]
            ]
            self._store(batch, now)
            written += len(batch)
            if progress:
                progress(written)
        with self._db.uow(write=True) as uow:
            self._audit.record(
                uow, actor, "demo", "database", None, cases=cases, seed=seed, end=end_day.isoformat()
            )
            uow.commit()
        return DemoResult(
            cases=written,
            businesses=len({bid for pool in business_ids.values() for bid, _ in pool}) + len(gen.duplicates),
            offices=len(offices),
            users=sum(len(users) for users in corpus.COUNSELORS.values()),
            first_day=moments[0].date() if moments else end_day,
            last_day=moments[-1].date() if moments else end_day,
        )

    # -- set-up records ------------------------------------------------------------------

    def _ensure_offices_and_users(self, now: dt.datetime) -> list[str]:
        # Demo users sign in with the documented corpus.DEMO_PASSWORD (README); one
        # argon2id hash (with its own salt) serves every demo user of this run.
        demo_hash: str | None = None
        with self._db.uow(write=True) as uow:
            for code, name, parent, _weight in corpus.OFFICES:
                if uow.offices.get_office(code) is None:
                    uow.offices.add_office(Office(code=code, name=name, parent_code=parent), now=now)
            for office_code, users in corpus.COUNSELORS.items():
                for login, display, role in users:
                    if uow.offices.get_user(login) is None:
                        demo_hash = demo_hash or self._passwords.hash(corpus.DEMO_PASSWORD)
                        uow.offices.add_user(
                            User(
                                login=login,
                                display_name=display,
                                role=role,  # type: ignore[arg-type]
                                office_code=office_code,
                                password_hash=demo_hash,
                            ),
                            now=now,
                        )
            uow.commit()
        return [code for code, *_ in corpus.OFFICES]

    def _ensure_businesses(
        self, rng: random.Random, now: dt.datetime, gen: _Generator
    ) -> dict[str, list[tuple[int, str]]]:
        """Per business suffix, a pool of (id, name as typed) pairs; duplicates go to ``gen.duplicates``."""
        pools: dict[str, list[tuple[int, str]]] = defaultdict(list)
        suffixes = sorted({suffix for scenario in corpus.SCENARIOS for suffix in scenario.business_suffix})
        with self._db.uow(write=True) as uow:
            for suffix in suffixes:
                for _ in range(4):
                    official, variant = _business_name(rng, suffix)
                    key = business_key(official)
                    existing = uow.businesses.find_by_key(key)
                    if existing is not None and existing.id is not None:
                        pools[suffix].append((existing.id, variant))
                        continue
                    number = (
                        with_check_digit(f"{rng.randint(10**11, 10**12 - 1)}") if rng.random() < 0.6 else None
                    )
                    phone = f"0{rng.randint(3, 9)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
                    business_id = uow.businesses.add(
                        Business(
                            display_name=official,
                            normalized_key=key,
                            corporate_number=number,
                            phones=(phone,),
                            uuid=str(uuid_module.UUID(int=rng.getrandbits(128), version=4)),
                        ),
                        now=now,
                    )
                    pools[suffix].append((business_id, variant))
                    self._maybe_duplicate(uow, gen, business_id, official, number, phone, now)
            uow.commit()
        return pools

    @staticmethod
    def _maybe_duplicate(
        uow: UnitOfWork,
        gen: _Generator,
        business_id: int,
        official: str,
        number: str | None,
        phone: str,
        now: dt.datetime,
    ) -> None:
        """Sometimes register the same business again under another spelling (a branch's record)."""
        rng = gen.duplicate_rng
        if rng.random() >= 0.3:
            return
        core = official.replace("株式会社", "")
        spelling = rng.choice(
            (
                f"（株）{core}",
                f"㈱{core}",
                f"{core}（株）",
                _to_katakana(core),
                f"株式会社{_to_katakana(core)}",
            )
        )
        duplicate_id = uow.businesses.add(
            Business(
                display_name=spelling,
                normalized_key=business_key(spelling),
                corporate_number=number if number and rng.random() < 0.3 else None,
                phones=(phone,) if rng.random() < 0.5 else (),
                uuid=str(uuid_module.UUID(int=rng.getrandbits(128), version=4)),
            ),
            now=now,
        )
        gen.duplicates[business_id] = (duplicate_id, spelling)

    def _directory_ids(self) -> set[str]:
        with self._db.uow() as uow:
            return {entry.id for entry in uow.directory.all()}

    # -- one case ------------------------------------------------------------------------

    def _case(
        self,
        gen: _Generator,
        received: dt.datetime,
        offices: list[str],
        businesses: dict[str, list[tuple[int, str]]],
        directory_ids: set[str],
    ) -> Case:
        rng = gen.rng
        scenario = rng.choices(corpus.SCENARIOS, gen.scenario_weights)[0]
        office = rng.choices(offices, gen.office_weights)[0]
        counselors = [login for login, _name, role in corpus.COUNSELORS[office] if role == "counselor"]
        supervisor = next(login for login, _name, role in corpus.COUNSELORS[office] if role == "supervisor")
        counselor = rng.choice(counselors)
        gender = rng.choices(("F", "M", "U"), (55, 42, 3))[0]
        party_age = gen.age(scenario)
        other_party = scenario.elderly_family or rng.random() < _OTHER_PARTY_SHARE
        party = gen.person(party_age, gender, detailed=True)
        if other_party:
            consultant_age = (
                max(20, (party_age or 50) - rng.randint(25, 35))
                if (party_age or 0) >= 55
                else rng.randint(40, 70)
            )
            consultant = gen.person(consultant_age, rng.choice(("F", "M")), detailed=True)
            relation = "子" if (party_age or 0) >= 55 else rng.choice(("親", "配偶者"))
            consultant = Party(**{**consultant.__dict__, "relation": gen.code("relation", relation)})
            family_word = {
                "子": rng.choice(("母", "父")),
                "親": "子ども",
                "配偶者": rng.choice(("夫", "妻")),
            }[relation]
        else:
            consultant = Party(**{**party.__dict__, "relation": gen.code("relation", "本人")})
            family_word = rng.choice(("母", "父", "子ども", "夫", "妻"))
        suffix = rng.choice(scenario.business_suffix)
        business_id: int | None = None
        business_name: str | None = None
        if scenario.key not in (
            "fake_bill",
            "online",
            "over",
            "pubrec",
            "delete_fraud",
            "cooling_off_question",
        ):
            business_id, business_name = rng.choice(businesses[suffix])
            if (
                scenario.key == _SURGE_SCENARIO
                and (gen.end - received.date()).days < _SURGE_DAYS
                and gen.duplicate_rng.random() < 0.8
            ):
                business_id, business_name = businesses[scenario.business_suffix[0]][0]
            duplicate = gen.duplicates.get(business_id)
            if duplicate is not None and gen.duplicate_rng.random() < 0.35:
                business_id, business_name = duplicate
        amount = None
        paid = None
        if scenario.amount:
            amount = round(rng.randint(*scenario.amount), -2) or scenario.amount[0]
            paid = int(amount * rng.uniform(*scenario.paid_share)) // 100 * 100
        fill = {
            "item": rng.choice(scenario.items),
            "amount": f"{amount:,}" if amount else "",
            "n": rng.choice((3, 4, 5, 6, 12)),
            "family": family_word,
        }
        narrative = rng.choice(scenario.narratives).format(**fill)
        if rng.random() < 0.15 and consultant.phone:
            narrative += f"連絡先は{consultant.phone}。"
        if other_party and rng.random() < 0.3 and party.name:
            narrative = (
                f"{family_word}の{party.name.split()[0]}さん（{party_age or '年齢不明'}歳）について。"
                + narrative
            )
        subject = rng.choice(scenario.subjects)
        age_days = (gen.end - received.date()).days
        status, approved_by, approved_at = self._status(rng, age_days, supervisor, received)
        result = (
            gen.code("result", rng.choice(scenario.results))
            if status != "open" or rng.random() < 0.5
            else None
        )
        handling = self._handling(rng, scenario, received, counselor)
        pi = self._pi(rng, scenario, received, counselor)
        referrals = self._referrals(rng, scenario, received, counselor, directory_ids, gen, age_days)
        channel = rng.choices(("電話", "来所", "文書", "メール", "その他"), (80, 12, 2, 5, 1))[0]
        return Case(
            uuid=gen.uuid(),
            office_code=office,
            received_at=received,
            narrative=narrative,
            channel=gen.code("channel", channel),
            category=gen.code("category", scenario.category),
            harm=scenario.harm and rng.random() < 0.6,
            danger=scenario.harm and rng.random() < 0.2,
            via_center=rng.random() < 0.02,
            consultant=consultant,
            party=party,
            party_same_as_consultant=not other_party,
            business_id=business_id,
            business_name=business_name,
            product=scenario.product,
            sales_form=gen.code("sales_form", scenario.sales_form),
            methods=tuple(gen.code("sales_method", label) for label in scenario.methods),
            keywords=tuple(gen.code("content_keyword", label) for label in scenario.keywords),
            payment=gen.code(
                "payment", rng.choice(("クレジットカード", "現金", "コード決済", "口座振替・振込"))
            )
            if amount
            else None,
            contract_amount=amount,
            paid_amount=paid,
            subject=subject,
            result=result,
            status=status,
            counselor=counselor,
            approved_by=approved_by,
            approved_at=approved_at,
            classification_version=self._codelists.classification_version,
            handling=handling,
            pi=pi,
            referrals=referrals,
            version=1,
            created_at=received + dt.timedelta(minutes=rng.randint(5, 40)),
            created_by=counselor,
            updated_at=received + dt.timedelta(minutes=rng.randint(40, 600)),
            updated_by=counselor,
        )

    @staticmethod
    def _status(
        rng: random.Random, age_days: int, supervisor: str, received: dt.datetime
    ) -> tuple[CaseStatus, str | None, dt.datetime | None]:
        if age_days > 45 or rng.random() < 0.35:
            approved = received + dt.timedelta(days=rng.randint(1, 14), hours=rng.randint(0, 5))
            return "closed", supervisor, approved
        status: CaseStatus = "open" if rng.random() < 0.6 else "awaiting_approval"
        return status, None, None

    @staticmethod
    def _handling(
        rng: random.Random, scenario: corpus.Scenario, received: dt.datetime, counselor: str
    ) -> tuple[HandlingEntry, ...]:
        lines = list(scenario.handling) or [
            ("consultant", "相談者から経緯を聞き取り、対応方法を助言した。"),
        ]
        if rng.random() < 0.5:
            lines.append(rng.choice(corpus.FOLLOW_UP_LINES))
        if rng.random() < 0.3:
            lines.append(("consultant", "相談者から、その後事業者と話がついたと連絡があった。"))
        return tuple(
            HandlingEntry(
                at=received + dt.timedelta(days=index * rng.randint(0, 3), minutes=10 + index * 30),
                counterpart=counterpart,
                text=text,
                created_by=counselor,
            )
            for index, (counterpart, text) in enumerate(lines)
        )

    @staticmethod
    def _pi(
        rng: random.Random, scenario: corpus.Scenario, received: dt.datetime, counselor: str
    ) -> PiAssessment:
        if scenario.pi is None:
            related = "no" if rng.random() < 0.9 else "undecided"
            return PiAssessment(related=related, assessed_at=received, assessed_by=counselor)  # type: ignore[arg-type]
        _related, issues, holder, sector = scenario.pi
        return PiAssessment(
            related="yes",
            issues=issues,
            holder=holder,
            sector=sector,
            regime="CURRENT",
            suggested_related=True,
            suggested_issues=issues[:1],
            suggested_holder=holder,
            assessed_at=received,
            assessed_by=counselor,
        )

    @staticmethod
    def _referrals(
        rng: random.Random,
        scenario: corpus.Scenario,
        received: dt.datetime,
        counselor: str,
        directory_ids: set[str],
        gen: _Generator,
        age_days: int,
    ) -> tuple[Referral, ...]:
        chosen = [ref for ref in scenario.referrals if ref[0] in directory_ids and rng.random() < 0.7]
        referrals = []
        for destination, kind in chosen[:2]:
            day = received.date() + dt.timedelta(days=rng.randint(0, 2))
            due = add_business_days(day, 10)
            if age_days > 30:
                status = "DONE"
            else:
                status = rng.choice(("UNSENT", "SENT", "AWAITING", "REPLIED"))
            consent = rng.random() < 0.8
            referrals.append(
                Referral(
                    uuid=gen.uuid(),
                    destination_id=destination,
                    kind=kind,
                    date=day,
                    method=rng.choice(("PHONE", "LETTER", "MAIL")),
                    reason="所管の窓口で対応してもらうため",
                    consent=consent,
                    consent_at=day if consent else None,
                    consent_scope=("name", "phone") if consent else (),
                    due_date=due if kind != "INTRO" else None,
                    status=status,
                    reply_text="対応済みとの回答あり"
                    if status in ("REPLIED", "DONE") and kind != "INTRO"
                    else None,
                    reply_date=due - dt.timedelta(days=3)
                    if status in ("REPLIED", "DONE") and kind != "INTRO"
                    else None,
                    created_by=counselor,
                    created_at=received,
                    updated_at=received,
                    version=1,
                )
            )
        return tuple(referrals)

    # -- storing -------------------------------------------------------------------------

    def _store(self, batch: list[Case], now: dt.datetime) -> None:
        groups: dict[tuple[str, int], list[int]] = defaultdict(list)
        for index, case in enumerate(batch):
            groups[(case.office_code, fiscal_year(case.received_at.date()))].append(index)
        numbered: list[Case] = list(batch)
        sequences: list[int | None] = [None] * len(batch)
        with self._db.uow(write=True) as uow:
            for (office, year), indexes in groups.items():
                first = uow.cases.reserve_sequences(office, year, len(indexes))
                for offset, index in enumerate(indexes):
                    seq = first + offset
                    sequences[index] = seq
                    numbered[index] = _with_number(batch[index], office, year, seq)
            uow.cases.bulk_add(numbered, sequences)
            uow.commit()


def _to_katakana(text: str) -> str:
    # Hiragana written in katakana: the same name to 名寄せ, another spelling to a person.
    return "".join(chr(ord(char) + 0x60) if "\u3041" <= char <= "\u3096" else char for char in text)


def _with_number(case: Case, office: str, year: int, seq: int) -> Case:
    return replace(case, fiscal_year=year, case_no=format_case_number(office, year, seq))

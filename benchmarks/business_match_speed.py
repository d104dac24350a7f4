"""Matching one typed name against 100,000 registry businesses: the service's suggest() against raw baselines.

    .venv/bin/python benchmarks/business_match_speed.py --businesses 100000 --queries 300

Add ``--pg postgresql://…/postgres`` to run the same on a throw-away PostgreSQL database.

Prints p50/p95/max of ``BusinessService.suggest`` (index look-up plus loading the
matched businesses), of the in-memory index alone, and two baselines over the same
names: a plain SQLite ``LIKE '%…%'`` scan of the stored keys (what a registry without
an index does), and rapidfuzz scoring every key (the index without its candidate filter).
Target (issue 8): suggest() under 50 ms for one name against 100,000 businesses.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counselor_app.domain.business_names import business_key, strip_legal_form  # noqa: E402
from counselor_app.domain.clock import FixedClock  # noqa: E402
from counselor_app.domain.corporate_number import with_check_digit  # noqa: E402
from counselor_app.domain.entities import Business  # noqa: E402
from counselor_app.paths import resources_dir  # noqa: E402
from counselor_app.persistence.database import open_database  # noqa: E402
from counselor_app.persistence.engine import resolve_target  # noqa: E402
from counselor_app.services.container import build_services  # noqa: E402
from counselor_app.services.reference_data import load_reference_data  # noqa: E402

KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
KANJI = "山川田中本村松井林森木石原高橋藤野小大日東西南北光明和平安信栄興産業青葉桜富士"
CORES_HIRAGANA = ("さくら", "あおば", "ひかり", "みらい", "ほしぞら", "ことぶき", "わかば", "なごみ")
SUFFIXES = (
    "商事", "通販", "ホームサービス", "リフォーム", "不動産", "ライフ", "フーズ", "モバイル", "ネットワークス",
    "コンサルティング", "企画", "興業", "産業", "物産", "工業", "電機", "建設", "サービス", "ジャパン", "ラボ",
)
FORMS = ("株式会社{}", "{}株式会社", "（株）{}", "㈱{}", "有限会社{}", "合同会社{}", "{}")


def synthetic_names(count: int, rng: random.Random) -> list[str]:
    """Distinct fictional business names with legal forms, katakana, kanji and hiragana cores."""
    names: set[str] = set()
    while len(names) < count:
        roll = rng.random()
        if roll < 0.55:
            core = "".join(rng.choice(KANA) for _ in range(rng.randint(2, 5)))
        elif roll < 0.9:
            core = "".join(rng.choice(KANJI) for _ in range(rng.randint(1, 3)))
        else:
            core = rng.choice(CORES_HIRAGANA) + rng.choice(KANA)
        names.add(rng.choice(FORMS).format(core + rng.choice(SUFFIXES)))
    return sorted(names)


def queries_for(names: list[str], numbers: dict[str, str], phones: dict[str, str], count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, typed text) pairs a counselor might type."""
    half_width = str.maketrans("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン",
                               "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ")
    result: list[tuple[str, str]] = []
    kinds = ("variant", "typo", "prefix", "half_width", "unknown", "corporate_number", "phone")
    for index in range(count):
        kind = kinds[index % len(kinds)]
        name = rng.choice(names)
        core = business_key(name)
        if kind == "variant":
            typed = "（株）" + strip_legal_form(name)
        elif kind == "typo" and len(name) > 3:
            position = rng.randrange(len(name))
            typed = name[:position] + rng.choice(KANA) + name[position + 1 :]
        elif kind == "prefix":
            typed = name.replace("株式会社", "")[:3]
        elif kind == "half_width":
            typed = name.translate(half_width)
        elif kind == "corporate_number":
            typed = rng.choice(list(numbers.values()))
        elif kind == "phone":
            typed = rng.choice(list(phones.values()))
        else:
            typed = "".join(rng.choice(KANJI + KANA) for _ in range(5))
        result.append((kind, typed or core))
    return result


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95, ordered[-1]


def timed(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


@contextlib.contextmanager
def _database_url(pg_admin_url: str | None, sqlite_path: Path) -> Iterator[str]:
    """A fresh database: an SQLite file, or a throw-away database on a PostgreSQL server."""
    if not pg_admin_url:
        yield str(sqlite_path)
        return
    name = f"counselor_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{pg_admin_url.rsplit('/', 1)[0]}/{name}"
    finally:
        with psycopg.connect(pg_admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--businesses", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--pg",
        metavar="URL",
        help="run on a fresh database of this PostgreSQL server (e.g. postgresql://counselor:counselor@localhost/postgres)",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    names = synthetic_names(args.businesses, rng)
    numbers = {name: with_check_digit(f"{rng.randint(10**11, 10**12 - 1)}") for name in names if rng.random() < 0.3}
    phones = {
        name: f"0{rng.randint(3, 9)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        for name in names
        if rng.random() < 0.5
    }
    with tempfile.TemporaryDirectory() as tmp, _database_url(args.pg, Path(tmp) / "registry.db") as url:
        db, _ = open_database(resolve_target(url), create=True)
        services = build_services(db, load_reference_data(resources_dir() / "reference"), FixedClock(dt.datetime(2026, 11, 27, 10)))
        started = time.perf_counter()
        now = dt.datetime(2026, 11, 27, 10)
        for start in range(0, len(names), 5000):
            with db.uow(write=True) as uow:
                uow.businesses.add_many(
                    [
                        Business(
                            display_name=name,
                            corporate_number=numbers.get(name),
                            phones=(phones[name],) if name in phones else (),
                        )
                        for name in names[start : start + 5000]
                    ],
                    now=now,
                )
                uow.commit()
        load_seconds = time.perf_counter() - started
        build_ms = timed(services.businesses.refresh_index)
        queries = queries_for(names, numbers, phones, args.queries, rng)
        registry = services.businesses
        index = registry._fresh_index()  # the in-memory index alone (benchmark only)

        service_ms = [timed(lambda typed=typed: registry.suggest(typed)) for _kind, typed in queries]
        index_ms = [timed(lambda typed=typed: index.match(business_key(typed), typed=typed)) for _kind, typed in queries]
        hits = sum(1 for _kind, typed in queries if registry.suggest(typed))

        connection: Any = psycopg.connect(url) if args.pg else sqlite3.connect(url)
        marker = "%s" if args.pg else "?"
        like_ms = [
            timed(
                lambda typed=typed: connection.execute(
                    f"SELECT id, display_name FROM business WHERE normalized_key LIKE {marker} LIMIT 10",
                    (f"%{business_key(typed)}%",),
                ).fetchall()
            )
            for _kind, typed in queries
        ]
        connection.close()
        keys = [business_key(name) for name in names]
        full_scan_ms = [
            timed(lambda typed=typed: process.extract(business_key(typed), keys, scorer=fuzz.ratio, limit=10, score_cutoff=75))
            for _kind, typed in queries[: max(30, args.queries // 5)]
        ]
        db.close()

    print(f"{'PostgreSQL' if args.pg else 'SQLite'}: {args.businesses:,} businesses (stored in {load_seconds:.1f} s), {len(queries)} queries "
          f"({hits} with at least one suggestion); index built in {build_ms:.0f} ms")
    print(f"{'measure':<58}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    rows = (
        ("BusinessService.suggest (index + load matched rows)", service_ms),
        ("  in-memory index alone (BusinessIndex.match)", index_ms),
        (f"raw {'PostgreSQL' if args.pg else 'SQLite'}: SELECT … WHERE normalized_key LIKE '%key%'", like_ms),
        ("rapidfuzz ratio over every key (no candidate filter)", full_scan_ms),
    )
    for label, samples in rows:
        p50, p95, worst = percentiles(samples)
        print(f"{label:<58}{p50:>9.2f}{p95:>9.2f}{worst:>9.2f}")
    service_p95 = percentiles(service_ms)[1]
    print(f"suggest p95 / LIKE-scan p95 = {service_p95 / percentiles(like_ms)[1]:.2f}; "
          f"target p95 < 50 ms: {'met' if service_p95 < 50 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

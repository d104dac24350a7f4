"""`counselor demo`: add synthetic cases (deterministic per seed and end date)."""

from __future__ import annotations

import argparse
from typing import Any

from counselor_app.commands._common import cli_actor, date_arg, non_negative, open_services


def register(commands: Any) -> None:
    """Add the ``demo`` parser."""
    parser = commands.add_parser("demo", help="合成データ（架空の相談）を作る")
    parser.add_argument("--cases", type=non_negative, required=True, help="作成する相談の件数")
    parser.add_argument("--seed", type=int, default=1, help="乱数の種（同じ種なら同じデータ）")
    parser.add_argument("--end", type=date_arg, help="最後の受付日（既定: 今日）")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Fill the database with synthetic cases."""
    services = open_services(args, create=True)
    try:
        actor = cli_actor(services)
        services.setup.initialise(actor)
        result = services.demo.generate(actor, args.cases, seed=args.seed, end=args.end)
    finally:
        services.close()
    print(
        f"合成データを作成しました: 相談 {result.cases} 件（{result.first_day}〜{result.last_day}）、"
        f"事業者 {result.businesses} 件、所属 {result.offices}、利用者 {result.users}"
    )
    return 0

"""`counselor stats`: counts of cases, referrals, businesses and users."""

from __future__ import annotations

import argparse
import json
from typing import Any

from counselor_app.commands._common import open_services


def register(commands: Any) -> None:
    """Add the ``stats`` parser."""
    parser = commands.add_parser("stats", help="件数を表示する")
    parser.add_argument("--json", action="store_true", help="JSON で出力する")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print counts."""
    services = open_services(args, create=False)
    try:
        stats = services.stats.stats()
    finally:
        services.close()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0
    cases = stats["cases"]
    print(f"相談: {cases['total']} 件（個人情報関連 {cases['pi_related']} 件）")
    for status, count in cases["by_status"].items():
        print(f"  状態 {status}: {count}")
    for year, count in cases["by_fiscal_year"].items():
        print(f"  {year}年度: {count}")
    referrals = stats["referrals"]
    print(
        f"移送・紹介: {referrals['total']} 件（未完了 {referrals['open']}、期限超過 {referrals['overdue']}）"
    )
    print(f"事業者: {stats['businesses']} 件、利用者: {stats['users']} 人")
    return 0

"""`counselor retention --preview|--run`: anonymise personal data of cases closed more than N years ago."""

from __future__ import annotations

import argparse
from typing import Any

from counselor_app.commands._common import cli_actor, open_services


def register(commands: Any) -> None:
    """Add the ``retention`` parser."""
    parser = commands.add_parser(
        "retention", help="保存期間（設定 retention_years）を過ぎた完了相談の個人情報を匿名化する"
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--preview", action="store_true", help="対象の件数と年度を表示するだけ（何も変えない）")
    mode.add_argument("--run", action="store_true", help="対象を表示してから匿名化する")
    parser.set_defaults(handler=run)


def _print_preview(preview: Any) -> None:
    print(
        f"保存期間 {preview.retention_years} 年: {preview.cutoff.isoformat()} より前に完了した相談 "
        f"{preview.cases} 件が対象です"
    )
    for year, count in preview.by_fiscal_year.items():
        print(f"  {year}年度受付: {count} 件")


def run(args: argparse.Namespace) -> int:
    """Preview, and with --run anonymise."""
    services = open_services(args, create=False)
    try:
        actor = cli_actor(services)
        preview = services.retention.preview(actor)
        _print_preview(preview)
        if args.run:
            if preview.nothing_to_do:
                print("匿名化する相談はありません")
                return 0
            result = services.retention.run(actor)
            print(f"{result.cases} 件の相談の個人情報を匿名化しました（統計項目は残っています）")
    finally:
        services.close()
    return 0

"""`counselor export casebook`: the anonymised casebook of a period as CSV, XLSX or JSON, with aggregate tables."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from counselor_app.commands._common import CliError, cli_actor, date_arg, open_services


def register(commands: Any) -> None:
    """Add the ``export`` parser and its ``casebook`` subcommand."""
    parser = commands.add_parser("export", help="書き出す（事例集）")
    targets = parser.add_subparsers(dest="target", metavar="TARGET", parser_class=type(parser))
    targets.required = True
    casebook = targets.add_parser("casebook", help="匿名化した事例集（NCAC の集計の形）と集計表を書き出す")
    casebook.add_argument("--from", dest="start", type=date_arg, required=True, help="受付日の始め（YYYY-MM-DD）")
    casebook.add_argument("--to", dest="end", type=date_arg, required=True, help="受付日の終わり（YYYY-MM-DD、この日を含む）")
    casebook.add_argument("--format", choices=("csv", "xlsx", "json"), required=True, help="形式")
    casebook.add_argument(
        "--encoding",
        choices=("utf-8-sig", "cp932"),
        default="utf-8-sig",
        help="CSV の文字コード（既定: utf-8-sig。cp932 は Shift_JIS の Excel 向け）",
    )
    casebook.add_argument(
        "--allow-substitution",
        action="store_true",
        help="cp932 で書けない文字（𠮷、絵文字など）を似た文字か〓に置き換えて書き出す",
    )
    casebook.add_argument("--out", type=Path, required=True, help="書き出すファイル")
    casebook.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the casebook; one line of summary on success."""
    from counselor_app.services.casebook_service import ExportEncodingError

    if args.encoding != "utf-8-sig" and args.format != "csv":
        print("counselor export casebook: 使い方の誤り: --encoding は --format csv のときだけ指定できます", file=sys.stderr)
        return 2
    services = open_services(args, create=False)
    try:
        actor = cli_actor(services)
        try:
            result = services.casebook.export(
                actor,
                args.start,
                args.end,
                args.format,
                args.out,
                encoding=args.encoding,
                substitute=args.allow_substitution,
            )
        except ExportEncodingError as exc:
            raise CliError(f"{args.out}: {exc.message}") from exc
    finally:
        services.close()
    removed = sum(result.redactions.values())
    print(
        f"事例集を書き出しました: {result.cases} 件、匿名化 {removed} 箇所、ファイル {len(result.files)} 個"
        f"（{', '.join(path.name for path in result.files)}）"
    )
    if result.substitutions:
        print(f"cp932 で書けない文字を {len(result.substitutions)} 箇所置き換えました（匿名化レポートと監査ログに記録）")
    return 0

"""`counselor audit`: verify the hash-chained audit trail; show a case's access history."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from counselor_app.commands._common import CliError, cli_actor, open_services


def register(commands: Any) -> None:
    """Add the ``audit`` parser and its sub-commands."""
    parser = commands.add_parser("audit", help="監査ログ（改ざん検知つき）")
    actions = parser.add_subparsers(dest="audit_action", metavar="ACTION", parser_class=type(parser))
    actions.required = True
    verify = actions.add_parser("verify", help="監査ログの連鎖を検証する（改ざんがあれば終了コード1）")
    verify.set_defaults(handler=run_verify)
    history = actions.add_parser("history", help="相談のアクセス履歴を表示する")
    history.add_argument("case_no", metavar="CASE_NO", help="相談番号（例: 131016-R8-000123）")
    history.set_defaults(handler=run_history)


def run_verify(args: argparse.Namespace) -> int:
    """Exit 0 when every event verifies; else 1, naming the first bad event."""
    services = open_services(args, create=False)
    try:
        result = services.audit.verify()
        imported = services.sync.verify_imported_audit()
    finally:
        services.close()
    if result.problem is not None:
        print(
            f"counselor: 監査ログの検証に失敗しました: イベント #{result.problem.seq}: {result.problem.reason}"
            f"（それより前の {result.checked} 件は正常）",
            file=sys.stderr,
        )
        return 1
    if imported.problem is not None:
        office, problem = imported.problem
        print(
            f"counselor: 取り込んだ支所 {office} の監査ログの検証に失敗しました: イベント #{problem.seq}: {problem.reason}",
            file=sys.stderr,
        )
        return 1
    print(f"監査ログ {result.checked} 件を検証しました。改ざんは見つかりません。")
    if imported.chains:
        print(f"取り込んだ支所の監査ログ {imported.events} 件（{imported.chains} 系列）も検証しました。")
    return 0


def run_history(args: argparse.Namespace) -> int:
    """Print who did what to one case, oldest first."""
    services = open_services(args, create=False)
    try:
        actor = cli_actor(services)
        case = services.cases.find_by_number(actor, args.case_no)
        if case is None or case.id is None:
            raise CliError(f"相談番号が見つかりません: {args.case_no}")
        records = services.audit.case_access_history(actor, case.id)
    finally:
        services.close()
    for record in records:
        print(f"{record.at:%Y-%m-%d %H:%M:%S}  #{record.seq:<8} {record.action:<20} {record.login}")
    return 0

"""`counselor check`: integrity_check, foreign_key_check and the audit chain; exit 1 on any finding."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from counselor_app.commands._common import open_services


def register(commands: Any) -> None:
    """Add the ``check`` parser."""
    parser = commands.add_parser("check", help="データベースの整合性と監査ログを検査する")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run every check and report each finding on its own line."""
    services = open_services(args, create=False)
    try:
        report = services.backups.check()
        server = services.db.server_report()
    finally:
        services.close()
    if report.file_checks:
        print(f"整合性（integrity_check）: {'正常' if not report.integrity else '問題あり'}")
        print(f"外部キー（foreign_key_check）: {'正常' if not report.foreign_keys else '問題あり'}")
    else:
        print("整合性と外部キー: PostgreSQL サーバーが保証します（検査を省略）")
    print(f"監査ログ: {report.audit_checked} 件を検証、{'正常' if report.audit_problem is None else '問題あり'}")
    for finding in report.integrity:
        print(f"counselor: 整合性: {finding}", file=sys.stderr)
    for finding in report.foreign_keys:
        print(f"counselor: 外部キー: {finding}", file=sys.stderr)
    if report.audit_problem is not None:
        print(
            f"counselor: 監査ログ: イベント #{report.audit_problem.seq}: {report.audit_problem.reason}",
            file=sys.stderr,
        )
    server_problems = server.problems() if server is not None else []
    if server is not None:
        print(
            f"PostgreSQL {server.version}: 文字コード {server.encoding}、LC_CTYPE {server.ctype}、"
            f"pg_trgm {server.pg_trgm or 'なし'}、接続の暗号化（TLS）{'あり' if server.ssl else 'なし'}"
        )
    for problem in server_problems:
        print(f"counselor: PostgreSQL: {problem}", file=sys.stderr)
    return 0 if report.ok and not server_problems else 1

"""`counselor restore FILE`: replace the database with a validated backup, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counselor_app.commands._common import CliError, app_paths, cli_actor


def register(commands: Any) -> None:
    """Add the ``restore`` parser."""
    parser = commands.add_parser(
        "restore", help="バックアップから戻す（検査してから置き換え、元のデータベースは backups/ に残す）"
    )
    parser.add_argument("file", metavar="FILE", help="バックアップファイル")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Validate, replace, reopen (upgrading an older backup) and audit."""
    from counselor_app.bootstrap import backup_dir_for, database_target, open_services, read_passphrase
    from counselor_app.domain.clock import SystemClock
    from counselor_app.services.backup_service import restore_database

    source = Path(args.file).expanduser()
    paths = app_paths(args)
    target = database_target(paths, args.db, read_passphrase(args.passphrase_file))
    if not target.is_sqlite:
        raise CliError("復元は SQLite のデータベースだけでできます（PostgreSQL は pg_restore を使ってください）")
    backup_dir = backup_dir_for(paths, target)
    result = restore_database(target, source, backup_dir, now=SystemClock().now())
    services, _migration = open_services(paths, target, create=False)
    try:
        services.audit.record_now(
            cli_actor(services),
            "restore",
            "database",
            None,
            source=source.name,
            replaced_copy=result.replaced_copy.name if result.replaced_copy else None,
        )
    finally:
        services.close()
    print(f"復元しました: {source} → {target.describe()}（スキーマ {result.restored_revision}）")
    if result.replaced_copy is not None:
        print(f"置き換える前のデータベースは {result.replaced_copy} に残しました")
    return 0

"""`counselor init`: create or upgrade the database (idempotent), optionally encrypted."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from counselor_app.commands._common import CliError, app_paths, cli_actor


def register(commands: Any) -> None:
    """Add the ``init`` parser."""
    parser = commands.add_parser("init", help="データベースを作成または更新する（何度実行しても同じ）")
    parser.add_argument("--encrypt", action="store_true", help="SQLCipher で暗号化したデータベースを作る")
    parser.add_argument("--office-code", help="所属コード（6桁）")
    parser.add_argument("--office-name", help="所属名（例: さくら市消費生活センター）")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Create or upgrade the database; idempotent."""
    from counselor_app.bootstrap import database_target, open_services, read_passphrase

    if args.encrypt and not (args.passphrase_file or os.environ.get("COUNSELOR_PASSPHRASE_FILE")):
        raise CliError("--encrypt には --passphrase-file（または COUNSELOR_PASSPHRASE_FILE）が必要です")
    paths = app_paths(args)
    target = database_target(paths, args.db, read_passphrase(args.passphrase_file))
    if target.encrypted and not target.is_sqlite:
        raise CliError("暗号化は SQLite のデータベースだけで使えます")
    if args.encrypt and target.path is not None and _is_plain_sqlite(target.path):
        raise CliError(
            f"暗号化されていない既存のデータベースは --encrypt にできません（新しいファイルを指定してください）: {target.path}"
        )
    services, migration = open_services(paths, target, create=True)
    try:
        result = services.setup.initialise(
            cli_actor(services), office_code=args.office_code, office_name=args.office_name
        )
        revision = services.db.schema_revision()
    finally:
        services.close()
    if migration is not None and migration.created:
        kind = "暗号化データベース" if target.encrypted else "データベース"
        print(f"{kind}を作成しました: {target.describe()}（スキーマ {revision}）")
    elif migration is not None and migration.from_revision != migration.to_revision:
        print(
            f"データベースを更新しました: {migration.from_revision} → {revision}（バックアップ: {migration.backup}）"
        )
    else:
        print(f"データベースは最新です: {target.describe()}（スキーマ {revision}）")
    if result.directory_changes:
        print(f"窓口一覧を {result.directory_changes} 件更新しました")
    return 0


def _is_plain_sqlite(path: Path) -> bool:
    from counselor_app.persistence.engine import SQLITE_HEADER

    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False

"""`counselor backup --out FILE`: a consistent copy of the SQLite database (encrypted stays encrypted)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counselor_app.commands._common import CliError, cli_actor, open_services


def register(commands: Any) -> None:
    """Add the ``backup`` parser."""
    parser = commands.add_parser("backup", help="データベースのバックアップを作る（使用中でもよい）")
    parser.add_argument("--out", required=True, help="書き出すファイル（一時ファイルに書いてから名前を変える）")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the backup."""
    out = Path(args.out).expanduser()
    if out.is_dir():
        raise CliError(f"--out はファイル名で指定してください（ディレクトリです）: {out}")
    if not out.resolve().parent.is_dir():
        raise CliError(f"書き出し先のディレクトリがありません: {out.parent}")
    services = open_services(args, create=False)
    try:
        try:
            written = services.backups.backup_to(cli_actor(services), out)
        except OSError as exc:
            raise CliError(f"バックアップを書けません: {out} ({exc.strerror or exc})") from exc
        encrypted = services.db.target.encrypted
    finally:
        services.close()
    size = written.stat().st_size
    print(f"バックアップを作成しました: {written}（{size:,} バイト{'、暗号化' if encrypted else ''}）")
    return 0

"""`counselor bundle`: export and import encrypted branch bundles; list and resolve sync conflicts."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from counselor_app.commands._common import cli_actor, date_arg, open_services


def register(commands: Any) -> None:
    """Add the ``bundle`` parser and its actions."""
    parser = commands.add_parser("bundle", help="支所データ（暗号化バンドル）の書き出し・取り込み")
    actions = parser.add_subparsers(dest="bundle_action", metavar="ACTION", parser_class=type(parser))
    actions.required = True

    export = actions.add_parser("export", help="相談を暗号化した支所データに書き出す")
    export.add_argument("--out", required=True, help="書き出すファイル")
    # Its own dest: the global --passphrase-file opens an encrypted database.
    export.add_argument(
        "--passphrase-file", dest="bundle_passphrase_file", required=True, help="バンドルのパスフレーズを書いたファイル"
    )
    export.add_argument("--since", type=date_arg, help="この日（YYYY-MM-DD）以降に変わった相談だけ")
    export.set_defaults(handler=run_export)

    imported = actions.add_parser("import", help="支所データを取り込む（同じものを二度取り込んでも変わらない）")
    imported.add_argument("file", metavar="FILE", help="支所データのファイル")
    imported.add_argument(
        "--passphrase-file", dest="bundle_passphrase_file", required=True, help="バンドルのパスフレーズを書いたファイル"
    )
    imported.add_argument("--dry-run", action="store_true", help="新規・更新・競合の件数を表示するだけで、何も書き込まない")
    imported.add_argument("--json", action="store_true", help="結果を JSON で出力する")
    imported.set_defaults(handler=run_import)

    conflicts = actions.add_parser("conflicts", help="解決を待っている競合を表示する")
    conflicts.add_argument("--json", action="store_true", help="JSON で出力する")
    conflicts.set_defaults(handler=run_conflicts)

    resolve = actions.add_parser("resolve", help="競合を解決する（mine: この端末の内容を残す／theirs: 支所の内容を採る）")
    resolve.add_argument("conflict_id", type=int, metavar="ID", help="競合の番号（bundle conflicts で表示）")
    resolve.add_argument("--keep", choices=("mine", "theirs"), required=True, help="どちらの内容を残すか")
    resolve.set_defaults(handler=run_resolve)


def _passphrase(args: argparse.Namespace) -> str:
    from counselor_app.bootstrap import read_secret_file

    return read_secret_file(args.bundle_passphrase_file, "バンドルのパスフレーズ")


def run_export(args: argparse.Namespace) -> int:
    """Write the bundle (temporary name, then rename)."""
    passphrase = _passphrase(args)
    services = open_services(args, create=False)
    try:
        result = services.sync.export_bundle(cli_actor(services), Path(args.out), passphrase, since=args.since)
    finally:
        services.close()
    since = f"（{result.since.isoformat()} 以降）" if result.since else ""
    print(
        f"支所データを書き出しました{since}: {result.path}（相談 {result.cases:,} 件、事業者 {result.businesses:,} 件、"
        f"監査ログ {result.audit_events:,} 件、所属 {result.source_office}、{result.size:,} バイト）"
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Preview (--dry-run) or import in one transaction."""
    passphrase = _passphrase(args)
    services = open_services(args, create=False)
    try:
        actor = cli_actor(services)
        if args.dry_run:
            result = services.sync.preview(actor, Path(args.file), passphrase)
        else:
            result = services.sync.import_bundle(actor, Path(args.file), passphrase)
    finally:
        services.close()
    if args.json:
        print(
            json.dumps(
                {
                    "bundle_id": result.bundle_id,
                    "source_office": result.source_office,
                    "dry_run": bool(args.dry_run),
                    "already_imported_at": result.already_imported_at.isoformat() if result.already_imported_at else None,
                    **result.counts(),
                    "conflict_case_numbers": list(result.conflict_case_numbers),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    counts = (
        f"新規 {result.new:,} 件、更新 {result.updated:,} 件、競合 {result.conflicts:,} 件、"
        f"変更なし {result.unchanged + result.outdated:,} 件"
    )
    office = f"所属 {result.source_office}" + (f"（{result.source_office_name}）" if result.source_office_name else "")
    if result.already_imported_at is not None:
        print(f"この支所データは {result.already_imported_at:%Y-%m-%d %H:%M} に取り込み済みです。何も変更していません（{office}）")
    elif args.dry_run:
        print(f"取り込むと: {counts}（{office}、{result.created_at:%Y-%m-%d %H:%M} 書き出し）。何も書き込んでいません")
    else:
        print(f"支所データを取り込みました: {counts}（{office}）")
    if result.conflicts and result.already_imported_at is None:
        numbers = "、".join(result.conflict_case_numbers[:10])
        print(f"競合 {result.conflicts} 件は上書きしていません。所長・主任相談員が解決してください（counselor bundle conflicts）: {numbers}")
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    """List open conflicts."""
    services = open_services(args, create=False)
    try:
        rows = services.sync.conflicts(cli_actor(services))
    finally:
        services.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": row.id,
                        "case_no": row.case_no,
                        "case_uuid": row.case_uuid,
                        "office": row.peer_office,
                        "detected_at": row.detected_at.isoformat(),
                    }
                    for row in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not rows:
        print("解決を待っている競合はありません")
    for row in rows:
        print(f"#{row.id}  {row.case_no or row.case_uuid}  所属 {row.peer_office}  {row.detected_at:%Y-%m-%d %H:%M}")
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    """Keep mine or take theirs."""
    services = open_services(args, create=False)
    try:
        actor = cli_actor(services)
        services.sync.resolve(actor, args.conflict_id, args.keep)
    finally:
        services.close()
    print(f"競合 #{args.conflict_id} を解決しました（{'この端末の内容を残しました' if args.keep == 'mine' else '支所の内容を採りました'}）")
    return 0




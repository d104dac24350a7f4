"""The `counselor` command: database administration, demo data, statistics and exports (no Qt import)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from counselor_app import __version__

# Heavy modules (SQLAlchemy, reportlab) are imported inside the commands so that
# `counselor --version` and `--help` answer instantly.

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2


class CliError(Exception):
    """An expected failure: printed as one line, exit code 1."""


class _Parser(argparse.ArgumentParser):
    """argparse with the project's exit code for usage errors and Japanese prefix."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: 使い方の誤り: {message}\n")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日付は YYYY-MM-DD で指定してください: {text}") from exc


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"整数を指定してください: {text}") from exc
    if value < 0:
        raise argparse.ArgumentTypeError(f"0以上を指定してください: {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The full command-line grammar (DESIGN.md §4)."""
    parser = _Parser(prog="counselor", description="相談記録 — 消費生活相談の記録（コマンドライン）")
    parser.add_argument("--version", action="version", version=f"counselor {__version__}")
    parser.add_argument(
        "--db",
        help="データベース: ファイルパス、sqlite:///… または postgresql://…（既定: ユーザーデータディレクトリ）",
    )
    parser.add_argument("--data-dir", help="データディレクトリ（既定: OS のユーザーデータディレクトリ）")
    parser.add_argument("--passphrase-file", help="暗号化データベースのパスフレーズを書いたファイル")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    init = commands.add_parser("init", help="データベースを作成または更新する（何度実行しても同じ）")
    init.add_argument("--encrypt", action="store_true", help="SQLCipher で暗号化したデータベースを作る")
    init.add_argument("--office-code", help="所属コード（6桁）")
    init.add_argument("--office-name", help="所属名（例: さくら市消費生活センター）")

    demo = commands.add_parser("demo", help="合成データ（架空の相談）を作る")
    demo.add_argument("--cases", type=_positive, required=True, help="作成する相談の件数")
    demo.add_argument("--seed", type=int, default=1, help="乱数の種（同じ種なら同じデータ）")
    demo.add_argument("--end", type=_date, help="最後の受付日（既定: 今日）")

    stats = commands.add_parser("stats", help="件数を表示する")
    stats.add_argument("--json", action="store_true", help="JSON で出力する")
    return parser


def _paths(args: argparse.Namespace) -> Any:
    from counselor_app.paths import AppPaths

    return AppPaths.resolve(args.data_dir)


def _open(args: argparse.Namespace, *, create: bool) -> Any:
    from counselor_app.bootstrap import database_target, open_services, read_passphrase

    paths = _paths(args)
    target = database_target(paths, args.db, read_passphrase(args.passphrase_file))
    services, _migration = open_services(paths, target, create=create)
    return services


def _actor(services: Any) -> Any:
    from counselor_app.bootstrap import system_actor

    return system_actor(services, f"cli:{getpass.getuser()}")


def cmd_init(args: argparse.Namespace) -> int:
    """Create or upgrade the database; idempotent."""
    from counselor_app.bootstrap import database_target, read_passphrase

    if args.encrypt and not (args.passphrase_file or _env_passphrase()):
        raise CliError("--encrypt には --passphrase-file（または COUNSELOR_PASSPHRASE_FILE）が必要です")
    paths = _paths(args)
    target = database_target(paths, args.db, read_passphrase(args.passphrase_file))
    if target.encrypted and not target.is_sqlite:
        raise CliError("暗号化は SQLite のデータベースだけで使えます")
    from counselor_app.bootstrap import open_services

    services, migration = open_services(paths, target, create=True)
    try:
        result = services.setup.initialise(
            _actor(services), office_code=args.office_code, office_name=args.office_name
        )
        revision = services.db.schema_revision()
    finally:
        services.close()
    if migration is not None and migration.created:
        print(f"データベースを作成しました: {target.describe()}（スキーマ {revision}）")
    elif migration is not None and migration.from_revision != migration.to_revision:
        print(
            f"データベースを更新しました: {migration.from_revision} → {revision}（バックアップ: {migration.backup}）"
        )
    else:
        print(f"データベースは最新です: {target.describe()}（スキーマ {revision}）")
    if result.directory_changes:
        print(f"窓口一覧を {result.directory_changes} 件更新しました")
    return EXIT_OK


def _env_passphrase() -> str | None:
    return os.environ.get("COUNSELOR_PASSPHRASE_FILE")


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill the database with synthetic cases."""
    services = _open(args, create=True)
    try:
        actor = _actor(services)
        services.setup.initialise(actor)
        result = services.demo.generate(actor, args.cases, seed=args.seed, end=args.end)
    finally:
        services.close()
    print(
        f"合成データを作成しました: 相談 {result.cases} 件（{result.first_day}〜{result.last_day}）、"
        f"事業者 {result.businesses} 件、所属 {result.offices}、利用者 {result.users}"
    )
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    """Print counts."""
    services = _open(args, create=False)
    try:
        stats = services.stats.stats()
    finally:
        services.close()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return EXIT_OK
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
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "stats": cmd_stats,
}


def _expected_errors() -> tuple[type[BaseException], ...]:
    from counselor_app.bootstrap import PassphraseError
    from counselor_app.domain.errors import DomainError
    from counselor_app.paths import DataDirError
    from counselor_app.persistence.engine import DatabaseOpenError

    return (CliError, DomainError, DatabaseOpenError, DataDirError, PassphraseError)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `counselor`; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except _expected_errors() as exc:
        print(f"counselor: エラー: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("counselor: 中断しました", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

"""The `counselor` command: parses arguments, dispatches to counselor_app/commands, maps errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from counselor_app import __version__
from counselor_app.commands._common import CliError

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2

# One module per subcommand under counselor_app/commands (each has register()).
COMMAND_MODULES: tuple[str, ...] = (
    "setup",
    "demo",
    "stats",
    "search",
    "referrals",
    "report",
    "classify",
    "export",
    "import_cases",
    "user",
    "audit",
    "backup",
    "restore",
    "check",
    "retention",
    "office",
    "bundle",
)


class _Parser(argparse.ArgumentParser):
    """argparse with the project's exit code for usage errors."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: 使い方の誤り: {message}\n")


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
    for name in COMMAND_MODULES:
        importlib.import_module(f"counselor_app.commands.{name}").register(commands)
    return parser


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
        return int(args.handler(args))
    except _expected_errors() as exc:
        print(f"counselor: エラー: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("counselor: 中断しました", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`counselor stats | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    # A frozen build starts the import's search-text helper process (services/index_helper)
    # from this same executable; freeze_support makes that run the helper, not a second app.
    multiprocessing.freeze_support()
    sys.exit(main())

"""`counselor import FILE`: cases from the case JSON / JSONL / CSV / XLSX shapes, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counselor_app.commands._common import CliError, cli_actor, open_services


def register(commands: Any) -> None:
    """Add the ``import`` parser."""
    parser = commands.add_parser("import", help="相談を取り込む（JSON・JSONL・CSV・XLSX、全件か0件）")
    parser.add_argument("file", type=Path, help="取り込むファイル")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Import every case of a file in one transaction; on any error nothing is stored."""
    from counselor_app.services.casebook_service import ImportFileError

    services = open_services(args, create=False)
    try:
        actor = cli_actor(services)
        try:
            result = services.casebook.import_file(actor, args.file)
        except ImportFileError as exc:
            # One line (the first problem and how many more); the GUI lists them all.
            raise CliError(str(exc)) from exc
    finally:
        services.close()
    print(f"{result.cases} 件を取り込みました（相談番号 {result.first_case_no} 〜 {result.last_case_no}）")
    return 0

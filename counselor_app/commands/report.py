"""`counselor report monthly|case`: supervisor PDFs (月報 statistics, 相談カード) written atomically."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from counselor_app.commands._common import CliError, cli_actor, open_services


def month_arg(text: str) -> Any:
    """argparse type for YYYY-MM."""
    from counselor_app.domain.report_data import Month

    try:
        return Month.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"月は YYYY-MM で指定してください: {text}") from exc


def register(commands: Any) -> None:
    """Add the ``report`` parser with its ``monthly`` and ``case`` subcommands."""
    parser = commands.add_parser("report", help="報告書（PDF）を作る")
    kinds = parser.add_subparsers(dest="report_kind", metavar="KIND", parser_class=type(parser))
    kinds.required = True

    monthly = kinds.add_parser("monthly", help="月報（統計）")
    monthly.add_argument("--month", type=month_arg, required=True, help="対象月 YYYY-MM")
    monthly.add_argument("--out", required=True, help="書き出す PDF ファイル")
    monthly.add_argument("--office", help="所属コード（既定: すべての所属）")
    monthly.set_defaults(handler=run_monthly)

    card = kinds.add_parser("case", help="相談カード（個人情報を含む保存用）")
    card.add_argument("case_no", metavar="CASE_NO", help="相談番号（例: 131016-R8-000123）")
    card.add_argument("--out", required=True, help="書き出す PDF ファイル")
    card.set_defaults(handler=run_case)


def _check_target(out: str) -> Path:
    target = Path(out)
    if target.suffix.lower() != ".pdf":
        raise CliError(f"{out}: 拡張子は .pdf にしてください")
    if not target.parent.is_dir():
        raise CliError(f"{out}: 書き出し先のフォルダがありません")
    if target.is_dir():
        raise CliError(f"{out}: フォルダです。ファイル名を指定してください")
    return target


def write_atomically(target: Path, data: bytes) -> None:
    """Write to a private temporary file beside ``target``, then rename it into place."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def run_monthly(args: argparse.Namespace) -> int:
    """Write the monthly statistics PDF."""
    target = _check_target(args.out)
    services = open_services(args, create=False)
    try:
        actor = cli_actor(services)
        rendered = services.reports.monthly_pdf(actor, args.month, office_code=args.office)
    finally:
        services.close()
    try:
        write_atomically(target, rendered.pdf)
    except OSError as exc:
        raise CliError(f"{args.out}: 書き込めません（{exc.strerror}）") from exc
    print(f"{rendered.title} を書き出しました: {target}（{rendered.pages} ページ）")
    return 0


def run_case(args: argparse.Namespace) -> int:
    """Write the case card PDF (personal fields included; the file is created owner-only)."""
    target = _check_target(args.out)
    services = open_services(args, create=False)
    try:
        actor = cli_actor(services)
        rendered = services.reports.case_card_pdf(actor, args.case_no)
    finally:
        services.close()
    try:
        write_atomically(target, rendered.pdf)
    except OSError as exc:
        raise CliError(f"{args.out}: 書き込めません（{exc.strerror}）") from exc
    print(f"{rendered.title} を書き出しました: {target}（{rendered.pages} ページ）")
    return 0

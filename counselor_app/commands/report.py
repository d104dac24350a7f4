"""`counselor report monthly|case|casebook|business`: supervisor PDFs (月報, 相談カード, 対応事例集, 事業者の情報提供) written atomically."""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from counselor_app.commands._common import CliError, date_arg, run_as_cli_actor

CASEBOOK_RULES = (
    "対象は期間内に受け付けた決裁済み（完了・決裁あり）の相談。個人情報関連（関連あり）の相談は論点ごと、"
    "それ以外は商品・役務の大分類ごとのテーマに分け、テーマごとに決裁の新しい順に --per-theme 件を掲載する。"
    "件名・相談概要・処理経過は匿名化し（所内の記録と日付は載せない）、見出しは NCAC の事例紹介の形式。"
)


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

    casebook = kinds.add_parser("casebook", help="対応事例集（匿名化した事例をテーマ別に）", description=CASEBOOK_RULES)
    casebook.add_argument("--from", dest="start", type=date_arg, required=True, help="受付日の始め（YYYY-MM-DD）")
    casebook.add_argument("--to", dest="end", type=date_arg, required=True, help="受付日の終わり（YYYY-MM-DD、この日を含む）")
    casebook.add_argument("--per-theme", type=int, default=3, help="テーマごとに掲載する事例の数（1〜20、既定 3）")
    casebook.add_argument("--office", help="所属コード（既定: すべての所属）")
    casebook.add_argument("--out", required=True, help="書き出す PDF ファイル")
    casebook.set_defaults(handler=run_casebook)

    business = kinds.add_parser(
        "business",
        help="事業者に関する情報提供（省庁の窓口向け。匿名化した相談の一覧・傾向・金額）",
        description="事業者（名寄せで統合した記録を含む）に関する相談を、全所属分まとめる。",
    )
    business.add_argument("business_id", metavar="BUSINESS_ID", type=int, help="事業者の番号（事業者の画面・名寄せの ID）")
    business.add_argument("--from", dest="start", type=date_arg, help="受付日の始め（YYYY-MM-DD、既定: 最初の相談から）")
    business.add_argument("--to", dest="end", type=date_arg, help="受付日の終わり（YYYY-MM-DD、この日を含む）")
    business.add_argument("--limit", type=int, default=200, help="一覧に載せる相談の数（新しい順、既定 200、0 はすべて）")
    business.add_argument("--out", required=True, help="書き出す PDF ファイル")
    business.set_defaults(handler=run_business)


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


def _write_report(args: argparse.Namespace, render: Callable[[Any, Any], Any]) -> int:
    """Render one report as the signed-in actor and write it atomically to ``--out``."""
    target = _check_target(args.out)
    rendered = run_as_cli_actor(args, lambda services, actor: render(services.reports, actor))
    try:
        write_atomically(target, rendered.pdf)
    except OSError as exc:
        raise CliError(f"{args.out}: 書き込めません（{exc.strerror}）") from exc
    print(f"{rendered.title} を書き出しました: {target}（{rendered.pages} ページ）")
    return 0


def run_monthly(args: argparse.Namespace) -> int:
    """Write the monthly statistics PDF."""
    return _write_report(args, lambda reports, actor: reports.monthly_pdf(actor, args.month, office_code=args.office))


def run_case(args: argparse.Namespace) -> int:
    """Write the case card PDF (personal fields included; the file is created owner-only)."""
    return _write_report(args, lambda reports, actor: reports.case_card_pdf(actor, args.case_no))


def run_casebook(args: argparse.Namespace) -> int:
    """Write the 対応事例集 PDF."""
    return _write_report(
        args,
        lambda reports, actor: reports.casebook_pdf(
            actor, args.start, args.end, per_theme=args.per_theme, office_code=args.office
        ),
    )


def run_business(args: argparse.Namespace) -> int:
    """Write the 情報提供 PDF about one business."""
    return _write_report(
        args,
        lambda reports, actor: reports.business_pdf(
            actor, args.business_id, start=args.start, end=args.end, listed=args.limit
        ),
    )

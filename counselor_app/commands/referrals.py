"""`counselor referrals`: follow-up lists, statistics by destination and kind, and referral slips (PDF)."""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from counselor_app.commands._common import CliError, cli_actor, date_arg, non_negative, open_services

STATUS_LABELS = {
    "UNSENT": "未送付",
    "SENT": "送付済",
    "AWAITING": "回答待ち",
    "REPLIED": "回答あり",
    "DONE": "完了",
}


def register(commands: Any) -> None:
    """Add the ``referrals`` parser and its subcommands."""
    parser = commands.add_parser("referrals", help="移送・紹介の一覧・統計・移送票")
    sub = parser.add_subparsers(dest="referrals_command", metavar="SUBCOMMAND", parser_class=type(parser))
    sub.required = True
    listing = sub.add_parser("list", help="未完了の移送・紹介（期限順）")
    listing.add_argument("--overdue", action="store_true", help="期限を過ぎたものだけ")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    stats = sub.add_parser("stats", help="移送先・種別ごとの件数と期限内回答の割合")
    stats.add_argument("--from", dest="start", type=date_arg, required=True)
    stats.add_argument("--to", dest="end", type=date_arg, required=True)
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=run_stats)
    slip = sub.add_parser("slip", help="移送票・紹介票を PDF で出力する")
    slip.add_argument("referral_id", type=non_negative)
    slip.add_argument("--out", required=True, help="出力する PDF")
    slip.set_defaults(handler=run_slip)


def run_list(args: argparse.Namespace) -> int:
    """Print open (or overdue) referrals, due first."""
    services = open_services(args, create=False)
    try:
        rows = services.referrals.follow_up(cli_actor(services), overdue_only=args.overdue)
    finally:
        services.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": row.referral.id,
                        "case_no": row.case_no,
                        "destination": row.referral.destination_id,
                        "destination_name": row.destination_name,
                        "kind": row.referral.kind,
                        "status": row.referral.status,
                        "date": row.referral.date.isoformat(),
                        "due_date": row.referral.due_date.isoformat() if row.referral.due_date else None,
                    }
                    for row in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for row in rows:
        due = row.referral.due_date.isoformat() if row.referral.due_date else "期限なし"
        print(
            f"{row.referral.id:>6}  {row.case_no}  {STATUS_LABELS[row.referral.status]:<4}  期限 {due}  {row.destination_name}"
        )
    print(f"{len(rows)} 件")
    return 0


def run_stats(args: argparse.Namespace) -> int:
    """Print referral statistics."""
    if args.end < args.start:
        raise CliError("--to は --from 以降の日付にしてください")
    services = open_services(args, create=False)
    try:
        stats = services.referrals.statistics(cli_actor(services), args.start, args.end)
    finally:
        services.close()
    share = stats.answered_in_time_share
    if args.json:
        print(
            json.dumps(
                {
                    "rows": [
                        {
                            "destination": d,
                            "name": n,
                            "kind": k,
                            "total": t,
                            "with_due_date": w,
                            "answered_in_time": a,
                        }
                        for d, n, k, t, w, a in stats.rows
                    ],
                    "answered_in_time_share": share,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for _destination, name, kind, total, with_due, in_time in stats.rows:
        print(f"{name}（{kind}）: {total} 件、期限あり {with_due}、期限内回答 {in_time}")
    print("期限内回答の割合: " + ("—" if share is None else f"{share:.0%}"))
    return 0


def run_slip(args: argparse.Namespace) -> int:
    """Write a referral slip PDF (temp file, then rename)."""
    out = Path(args.out)
    if not out.parent.is_dir():
        raise CliError(f"出力先のディレクトリがありません: {out.parent}")
    services = open_services(args, create=False)
    try:
        pdf = services.referrals.slip_pdf(cli_actor(services), args.referral_id)
    finally:
        services.close()
    handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=".slip-", suffix=".part")
    with os.fdopen(handle, "wb") as stream:
        stream.write(pdf)
    os.replace(temporary, out)
    print(f"移送票を書き出しました: {out}")
    return 0

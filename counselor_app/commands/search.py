"""`counselor search`: Japanese full-text search over cases (1- and 2-character terms included)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from counselor_app.commands._common import cli_actor, non_negative, open_services


def register(commands: Any) -> None:
    """Add the ``search`` parser."""
    parser = commands.add_parser("search", help="相談を全文検索する（件名・相談概要・処理経過・事業者名）")
    parser.add_argument("query", help="検索語（空白で区切ると AND）")
    parser.add_argument("--limit", type=non_negative, default=20, help="表示する件数（既定 20）")
    parser.add_argument("--json", action="store_true", help="JSON で出力する")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print ranked hits with snippets (no personal fields beyond what the summary says)."""
    services = open_services(args, create=False)
    try:
        result = services.search.search(cli_actor(services), args.query, limit=args.limit)
    finally:
        services.close()
    if args.json:
        print(
            json.dumps(
                {
                    "query": result.query,
                    "total": result.total,
                    "hits": [
                        {
                            "case_no": hit.case_no,
                            "received_at": hit.received_at.isoformat(),
                            "subject": hit.subject,
                            "status": hit.status,
                            "snippet": hit.snippet.text if hit.snippet else None,
                            "highlights": [list(span) for span in hit.snippet.highlights] if hit.snippet else [],
                        }
                        for hit in result.hits
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(f"「{result.query}」: {result.total} 件（上位 {len(result.hits)} 件を表示）")
    for hit in result.hits:
        excerpt = ""
        if hit.snippet:
            text = hit.snippet.text
            for start, end in reversed(hit.snippet.highlights):
                text = text[:start] + "【" + text[start:end] + "】" + text[end:]
            excerpt = f"\n    {text}"
        print(f"{hit.case_no}  {hit.received_at:%Y-%m-%d}  {hit.subject}{excerpt}")
    return 0

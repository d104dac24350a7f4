"""`counselor classify [FILE|-] [--jsonl]`: PI classification of narratives as JSON (DESIGN.md §4)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from counselor_app.commands._common import CliError, app_paths, open_services

REGIMES = ("CURRENT", "POLICY_2005")


def register(commands: Any) -> None:
    """Add the ``classify`` parser."""
    parser = commands.add_parser(
        "classify",
        help="相談概要が個人情報関連かを判定し、論点・保有主体・手がかり・移送紹介先を JSON で出力する",
    )
    parser.add_argument("file", nargs="?", default="-", help="入力ファイル（省略または - で標準入力）")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="1行に1つの JSON オブジェクト（text 項目）を読み、1行に1つの結果を同じ順で出力する",
    )
    parser.add_argument(
        "--regime",
        choices=REGIMES,
        help="窓口一覧の体制（省略時は事務所の設定、データベースがなければ CURRENT）",
    )
    parser.set_defaults(handler=run)


def _read(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
        label = "標準入力"
    else:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            raise CliError(f"{name}: 読めません ({exc.strerror})") from exc
        label = name
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"{label}: UTF-8 で読めません（{exc.start} バイト目）") from exc


def _jsonl_records(text: str, label: str) -> list[tuple[str | int | None, str]]:
    """(id, text) per non-blank line; any bad line stops everything before output starts."""
    records: list[tuple[str | int | None, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CliError(f"{label}: {number} 行目: JSON ではありません（{exc.msg}、{exc.colno} 文字目）") from exc
        if not isinstance(value, dict):
            raise CliError(f"{label}: {number} 行目: JSON オブジェクトではありません")
        narrative = value.get("text")
        if not isinstance(narrative, str):
            raise CliError(f"{label}: {number} 行目: text 項目（文字列）がありません")
        case_id = value.get("id")
        records.append((case_id if isinstance(case_id, str | int) and not isinstance(case_id, bool) else None, narrative))
    return records


def _database_exists(args: argparse.Namespace) -> bool:
    """False only for the default embedded database that was never created (classify then runs offline)."""
    if args.db or os.environ.get("COUNSELOR_DB"):
        return True
    return bool(app_paths(args).default_db_path.exists())


def _classify(args: argparse.Namespace, texts: list[str]) -> list[dict[str, Any]]:
    from counselor_app.services.classification_service import Suggester, suggestion_to_json

    if _database_exists(args):
        services = open_services(args, create=False)
        try:
            suggestions = services.classification.classify_many(texts, regime=args.regime)
            codelists = services.reference.codelists
        finally:
            services.close()
    else:
        import datetime as dt

        from counselor_app.paths import resources_dir
        from counselor_app.services.reference_data import load_reference_data

        reference = load_reference_data(resources_dir() / "reference")
        suggester = Suggester(reference)
        regime = args.regime or "CURRENT"
        today = dt.date.today()
        suggestions = [
            suggester.suggest(text, directory=reference.directory, regime=regime, today=today) for text in texts
        ]
        codelists = reference.codelists
    return [suggestion_to_json(suggestion, codelists) for suggestion in suggestions]


def run(args: argparse.Namespace) -> int:
    """Classify the input and print JSON."""
    label = "標準入力" if args.file == "-" else args.file
    text = _read(args.file)
    if args.jsonl:
        records = _jsonl_records(text, label)
        results = _classify(args, [narrative for _id, narrative in records])
        lines = []
        for (case_id, _narrative), result in zip(records, results, strict=True):
            lines.append(json.dumps({"id": case_id, **result} if case_id is not None else result, ensure_ascii=False))
        output = "\n".join(lines) + ("\n" if lines else "")
    else:
        if not text.strip():
            raise CliError(f"{label}: 相談概要が空です")
        output = json.dumps(_classify(args, [text])[0], ensure_ascii=False, indent=2) + "\n"
    try:
        sys.stdout.write(output)
        sys.stdout.flush()
    except BrokenPipeError:
        # A reader such as `head` closed the pipe early; that is not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0

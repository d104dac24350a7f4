"""Evaluate the 個人情報関連 classifier on a labelled JSONL file: accuracy, precision, recall, confusion, issues, holders.

Usage:
    .venv/bin/python benchmarks/classifier_eval.py [CASES.jsonl ...] [--show-misses]

Each line is {"id", "text", "pi_related", "issue", "holder", ...} (the shape of
shared/data/pi_dev_cases.jsonl). Without a file it looks for ../shared/data/pi_dev_cases.jsonl
from the repository (and its ancestors, so a git worktree finds it too).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counselor_app.domain.classifier import Classifier  # noqa: E402
from counselor_app.paths import resources_dir  # noqa: E402
from counselor_app.services.reference_data import load_reference_data  # noqa: E402

DEV_SET = Path("shared") / "data" / "pi_dev_cases.jsonl"


def default_cases() -> Path:
    """../shared/data/pi_dev_cases.jsonl, looked up from the repository's parent upwards."""
    for folder in ROOT.parents:
        candidate = folder / DEV_SET
        if candidate.exists():
            return candidate
    # A clone without ../shared: the copy kept with the tests.
    return ROOT / "tests" / "data" / "pi_dev_cases.jsonl"


def load_cases(path: Path) -> list[dict[str, object]]:
    """Read a labelled JSONL file (exits 1 naming the bad line)."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            sys.exit(f"{path}:{number}: JSON ではありません ({exc.msg})")
        if not isinstance(case, dict) or not isinstance(case.get("text"), str) or not isinstance(
            case.get("pi_related"), bool
        ):
            sys.exit(f"{path}:{number}: text（文字列）と pi_related（真偽値）が必要です")
        cases.append(case)
    return cases


def ratio(numerator: int, denominator: int) -> float:
    """numerator/denominator, 0 when empty."""
    return numerator / denominator if denominator else 0.0


def evaluate(path: Path, classifier: Classifier, show_misses: bool) -> dict[str, float]:
    """Print the report for one file and return its headline numbers."""
    cases = load_cases(path)
    confusion: Counter[tuple[bool, bool]] = Counter()
    issue_total: Counter[str] = Counter()
    issue_right: Counter[str] = Counter()
    issue_any: Counter[str] = Counter()
    holder_total = holder_right = 0
    holder_confusion: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[str] = []
    review = 0
    for case in cases:
        result = classifier.classify(str(case["text"]))
        truth = bool(case["pi_related"])
        confusion[(truth, result.pi_related)] += 1
        review += result.needs_review
        case_id = str(case.get("id", "?"))
        if truth != result.pi_related:
            misses.append(
                f"  {case_id}: 正解 {'関連' if truth else '非関連'} / 判定 {'関連' if result.pi_related else '非関連'}"
                f" (score {result.score:g}) {str(case['text'])[:60]}"
            )
            continue
        if not truth:
            continue
        issue = case.get("issue")
        if isinstance(issue, str):
            issue_total[issue] += 1
            if result.primary_issue == issue:
                issue_right[issue] += 1
            elif show_misses:
                misses.append(f"  {case_id}: 論点 {issue} / 判定 {','.join(result.issues) or '-'}")
            if issue in result.issues:
                issue_any[issue] += 1
        holder = case.get("holder")
        if isinstance(holder, str):
            holder_total += 1
            holder_confusion[holder][result.holder or "-"] += 1
            if result.holder == holder:
                holder_right += 1
            elif show_misses:
                misses.append(f"  {case_id}: 保有主体 {holder} / 判定 {result.holder}")
    tp, fp = confusion[(True, True)], confusion[(False, True)]
    fn, tn = confusion[(True, False)], confusion[(False, False)]
    total = len(cases)
    accuracy = ratio(tp + tn, total)
    precision = ratio(tp, tp + fp)
    recall = ratio(tp, tp + fn)
    f1 = ratio(2 * tp, 2 * tp + fp + fn)
    print(f"== {path} ({total} cases, lexicon {classifier.lexicon.version})")
    print(f"accuracy  {accuracy:.3f}   precision {precision:.3f}   recall {recall:.3f}   F1 {f1:.3f}")
    print("confusion (rows: label, columns: classifier)")
    print("                 判定:関連  判定:非関連")
    print(f"  正解:関連       {tp:8d}  {fn:10d}")
    print(f"  正解:非関連     {fp:8d}  {tn:10d}")
    print(f"  要確認 (score between review and related thresholds): {review}")
    issue_cases = sum(issue_total.values())
    print(
        f"main issue of correctly detected PI cases: {sum(issue_right.values())}/{issue_cases}"
        f" = {ratio(sum(issue_right.values()), issue_cases):.3f}"
        f"  (label among the suggested issues: {ratio(sum(issue_any.values()), issue_cases):.3f})"
    )
    for code in sorted(issue_total):
        print(f"  {code:9s} {issue_right[code]:3d}/{issue_total[code]:<3d} {ratio(issue_right[code], issue_total[code]):.2f}")
    print(f"holder of correctly detected PI cases: {holder_right}/{holder_total} = {ratio(holder_right, holder_total):.3f}")
    for code in sorted(holder_confusion):
        row = ", ".join(f"{got} {count}" for got, count in holder_confusion[code].most_common())
        print(f"  {code:10s} → {row}")
    print("misclassified:" if misses else "misclassified: none")
    for line in misses:
        print(line)
    return {"accuracy": accuracy, "precision": precision, "recall": recall}


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="labelled JSONL files (default: the shared dev set)")
    parser.add_argument("--show-misses", action="store_true", help="also list wrong issues and holders")
    args = parser.parse_args(argv)
    classifier = Classifier(load_reference_data(resources_dir() / "reference").lexicon)
    files = args.files or [default_cases()]
    for index, path in enumerate(files):
        if index:
            print()
        if not path.exists():
            print(f"ファイルがありません: {path}", file=sys.stderr)
            return 1
        evaluate(path, classifier, args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Recall per personal-data type and over-redactions of the scrubber on tests/data/scrub_cases.jsonl.

    .venv/bin/python benchmarks/scrub_eval.py [--verbose] [--file OTHER.jsonl]

An expected span counts as removed when redactions cover every character of it
(whatever type they carry); "typed" also requires the redaction's type to match.
An over-redaction is a redaction that overlaps no expected span. The bars from the
issue: structured identifiers 100 %, names and street addresses at least 95 %.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counselor_app.domain.scrubber import KIND_LABELS, KINDS, STRUCTURED_KINDS, scrub  # noqa: E402

BARS = {kind: 1.0 for kind in STRUCTURED_KINDS} | {"name": 0.95, "address": 0.95}


def evaluate(path: Path, *, verbose: bool) -> int:
    expected: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    typed: Counter[str] = Counter()
    over: list[tuple[str, str, str]] = []
    cases = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        cases += 1
        result = scrub(case["text"], [tuple(pair) for pair in case["personal_values"]])
        covered = [(r.start, r.end, r.kind) for r in result.redactions]
        for span in case["expected"]:
            kind, start, end = span["kind"], span["start"], span["end"]
            expected[kind] += 1
            chars = range(start, end)
            if all(any(s <= i < e for s, e, _k in covered) for i in chars):
                removed[kind] += 1
                if all(any(s <= i < e and k == kind for s, e, k in covered) for i in chars):
                    typed[kind] += 1
                elif verbose:
                    print(f"  mistyped {case['id']}: {span['text']!r} as {[k for s, e, k in covered if s < end and e > start]}")
            elif verbose:
                print(f"  MISSED  {case['id']} [{kind}] {span['text']!r} -> {result.text}")
        for redaction in result.redactions:
            if not any(redaction.start < span["end"] and redaction.end > span["start"] for span in case["expected"]):
                over.append((case["id"], redaction.kind, redaction.original))
    print(f"scrubber evaluation on {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {cases} narratives")
    print(f"{'type':<14}{'label':<10}{'expected':>9}{'removed':>9}{'recall':>9}{'typed':>9}{'bar':>7}")
    failed = False
    for kind in KINDS:
        if not expected[kind]:
            continue
        recall = removed[kind] / expected[kind]
        bar = BARS.get(kind)
        ok = bar is None or recall >= bar
        failed |= not ok
        print(
            f"{kind:<14}{KIND_LABELS[kind]:<10}{expected[kind]:>9}{removed[kind]:>9}{recall:>9.1%}"
            f"{typed[kind] / expected[kind]:>9.1%}{'' if bar is None else f'{bar:.0%}':>7}{'' if ok else '  BELOW BAR'}"
        )
    total = sum(expected.values())
    print(f"{'all':<24}{total:>9}{sum(removed.values()):>9}{sum(removed.values()) / total:>9.1%}")
    print(f"over-redactions (redactions overlapping no expected span): {len(over)}")
    if verbose:
        for case_id, kind, text in over:
            print(f"  over    {case_id} [{kind}] {text!r}")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", type=Path, default=ROOT / "tests" / "data" / "scrub_cases.jsonl")
    parser.add_argument("--verbose", action="store_true", help="list misses and over-redactions")
    args = parser.parse_args()
    return evaluate(args.file, verbose=args.verbose)


if __name__ == "__main__":
    sys.exit(main())

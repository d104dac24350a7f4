"""Time the PI classifier on 10,000 demo-style narratives against raw substring and regex scans of the same texts.

Usage:
    .venv/bin/python benchmarks/classifier_speed.py [--count 10000] [--seed 7]

Narratives are rendered from the `counselor demo` scenario templates (services/demo_corpus.py)
with the demo's fill-ins, so their length and vocabulary match the demo database. The
baselines do the least a keyword tagger could do: (1) Python `in` tests of every literal
PI keyword, (2) one compiled alternation of those keywords. The classifier additionally
normalises, folds variants, splits sentences and evaluates co-occurrence windows.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counselor_app.domain.classifier import Classifier  # noqa: E402
from counselor_app.paths import resources_dir  # noqa: E402
from counselor_app.services.demo_corpus import SCENARIOS  # noqa: E402
from counselor_app.services.reference_data import load_reference_data  # noqa: E402

LIMIT_SECONDS = 5.0
# Literal keywords a naive tagger would look for (pi-routing.md §4.2/§4.3).
KEYWORDS = (
    "個人情報", "個人データ", "プライバシー", "個人情報保護法", "開示請求", "利用停止", "第三者提供",
    "漏えい", "漏洩", "流出", "紛失", "誤送信", "名簿", "名簿業者", "どこで", "入手", "勝手に", "無断で",
    "目的外", "削除", "消して", "勧誘電話", "DM", "ダイレクトメール", "迷惑メール", "広告メール",
    "掲示板", "SNS", "晒", "書き込", "フィッシング", "なりすまし", "乗っ取", "不正利用", "不正ログイン",
    "マイナンバー", "個人番号", "住民票", "戸籍", "支援措置", "DV", "連絡網", "防犯カメラ", "架空請求",
)


def narratives(count: int, seed: int) -> list[str]:
    """Demo-style narratives, deterministic per seed."""
    rng = random.Random(seed)
    weights = [scenario.weight for scenario in SCENARIOS]
    texts = []
    for _ in range(count):
        scenario = rng.choices(SCENARIOS, weights)[0]
        fill = {
            "item": rng.choice(scenario.items),
            "amount": f"{round(rng.randint(*scenario.amount), -2):,}" if scenario.amount else "",
            "n": rng.choice((3, 4, 5, 6, 12)),
            "family": rng.choice(("母", "父", "子ども", "夫", "妻")),
        }
        text = rng.choice(scenario.narratives).format(**fill)
        if rng.random() < 0.15:
            text += f"連絡先は090-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}。"
        texts.append(text)
    return texts


def timed(function: object, texts: list[str]) -> tuple[float, int]:
    """Seconds for one pass of ``function`` over ``texts`` and how many it flagged."""
    start = time.perf_counter()
    flagged = sum(1 for text in texts if function(text))  # type: ignore[operator]
    return time.perf_counter() - start, flagged


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    texts = narratives(args.count, args.seed)
    classifier = Classifier(load_reference_data(resources_dir() / "reference").lexicon)
    alternation = re.compile("|".join(re.escape(word) for word in sorted(KEYWORDS, key=len, reverse=True)))

    def substring_scan(text: str) -> bool:
        return any(word in text for word in KEYWORDS)

    def regex_scan(text: str) -> bool:
        return alternation.search(text) is not None

    def classify(text: str) -> bool:
        return classifier.classify(text).pi_related

    classify(texts[0])  # compile caches, first-call costs
    raw_in, raw_in_hits = timed(substring_scan, texts)
    raw_re, raw_re_hits = timed(regex_scan, texts)
    runs = [timed(classify, texts) for _ in range(3)]
    best, hits = min(runs)
    average = sum(len(text) for text in texts) / len(texts)
    print(f"{len(texts):,} narratives (avg {average:.0f} characters), lexicon {classifier.lexicon.version}")
    print(f"{'method':34s} {'seconds':>8s} {'per text':>10s} {'flagged':>8s} {'ratio':>7s}")
    print(f"{'baseline: `in` scan of keywords':34s} {raw_in:8.3f} {raw_in / len(texts) * 1e6:8.1f}µs {raw_in_hits:8d} {1:7.1f}")
    print(f"{'baseline: one compiled regex':34s} {raw_re:8.3f} {raw_re / len(texts) * 1e6:8.1f}µs {raw_re_hits:8d} {raw_re / raw_in:7.1f}")
    print(f"{'classifier (best of 3)':34s} {best:8.3f} {best / len(texts) * 1e6:8.1f}µs {hits:8d} {best / raw_in:7.1f}")
    verdict = "OK" if best < LIMIT_SECONDS * len(texts) / 10_000 else "TOO SLOW"
    print(f"target: 10,000 narratives under {LIMIT_SECONDS:.0f} s → {verdict} ({best * 10_000 / len(texts):.2f} s per 10,000)")
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())

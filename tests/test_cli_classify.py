"""`counselor classify [FILE|-] [--jsonl]` (DESIGN.md §4): one result per line, clean failures, office regime."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import DEV_SET, ROOT, run_cli

KEYS = {"pi_related", "score", "issues", "holder", "cues", "destinations"}


def _dev_set() -> Path:
    return DEV_SET


def _classify(*args: str, stdin: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counselor_app.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**__import__("os").environ, **(env or {})},
        timeout=300,
    )


def test_jsonl_dev_set_gives_one_result_per_line_in_order(tmp_path: Path) -> None:
    source = _dev_set()
    lines = source.read_text(encoding="utf-8").splitlines()
    result = _classify("--data-dir", str(tmp_path / "data"), "classify", "--jsonl", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert len(out) == len(lines)
    cases = [json.loads(line) for line in lines]
    correct = 0
    for case, line in zip(cases, out, strict=True):
        document = json.loads(line)
        assert set(document) >= KEYS
        assert document["id"] == case["id"]
        assert isinstance(document["pi_related"], bool)
        for cue in document["cues"]:
            assert cue["text"] in case["text"] or cue["text"] in __import__("unicodedata").normalize("NFKC", case["text"])
        correct += document["pi_related"] == case["pi_related"]
        if case["issue"] == "FRAUD_PI":
            assert all(not d["id"].startswith("N01") for d in document["destinations"])
    assert correct / len(cases) >= 0.9
    assert not (tmp_path / "data").exists()  # without a database it ran offline and created nothing


def test_single_text_from_file_prints_one_json_object(tmp_path: Path) -> None:
    narrative = tmp_path / "case.txt"
    narrative.write_text("銀行に自分の取引情報の開示を求めたが断られた\n", encoding="utf-8")
    result = run_cli("--data-dir", str(tmp_path / "data"), "classify", str(narrative))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["issues"][0] == "RIGHTS" and document["holder"] == "PRIV"
    assert "AO_ZENGINKYO" in [d["id"] for d in document["destinations"]]


def test_office_regime_comes_from_the_database(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    assert run_cli("--db", str(db), "init").returncode == 0
    text = "通販会社から個人情報流出のお詫びメールが届いた。"
    current = json.loads(_classify("--db", str(db), "classify", stdin=text).stdout)
    assert "N01" in [d["id"] for d in current["destinations"]] and current["regime"] == "CURRENT"
    old = json.loads(_classify("--db", str(db), "classify", "--regime", "POLICY_2005", stdin=text).stdout)
    assert "N01" not in [d["id"] for d in old["destinations"]]
    assert any(d["legal_basis"].startswith("基本方針") for d in old["destinations"])


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ('{"text": "名簿業者"}\n{"text": \n', "標準入力: 2 行目: JSON ではありません"),
        ('{"text": "名簿業者"}\n["x"]\n', "2 行目: JSON オブジェクトではありません"),
        ('{"text": "名簿業者"}\n\n{"id": "x", "text": 3}\n', "3 行目: text 項目"),
    ],
)
def test_bad_jsonl_line_exits_1_naming_the_line_and_prints_nothing(tmp_path: Path, stdin: str, message: str) -> None:
    result = _classify("--data-dir", str(tmp_path / "d"), "classify", "--jsonl", "-", stdin=stdin)
    assert result.returncode == 1
    assert result.stdout == ""
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_empty_text_and_missing_file_exit_1(tmp_path: Path) -> None:
    empty = _classify("--data-dir", str(tmp_path / "d"), "classify", stdin="  \n")
    assert empty.returncode == 1 and "空" in empty.stderr
    missing = run_cli("--data-dir", str(tmp_path / "d"), "classify", str(tmp_path / "none.txt"))
    assert missing.returncode == 1 and "none.txt" in missing.stderr


def test_bad_regime_is_a_usage_error(tmp_path: Path) -> None:
    result = _classify("classify", "--regime", "2005", stdin="x")
    assert result.returncode == 2


@pytest.mark.parametrize(
    ("name", "mutate", "needles"),
    [
        ("pi_lexicon.json", lambda d: d["rules"][3].update(pattern="個人情報(("), ("pi_lexicon.json", "rules[3] (core.pi)")),
        ("routing.json", lambda d: d["rules"][1]["steps"].append({"dest": "X9", "kind": "INFO"}), ("routing.json", "p05.priv", "X9")),
        ("guidance.json", lambda d: d["issues"].pop("SPAM"), ("guidance.json", "issues.SPAM")),
        (
            "directory.json",
            lambda d: d["entries"][0].update(valid_from="2026-02-30"),
            ("directory.json", "BUSINESS_SELF"),
        ),
    ],
)
def test_malformed_reference_file_is_refused_naming_the_entry(tmp_path: Path, name: str, mutate, needles) -> None:  # type: ignore[no-untyped-def]
    import shutil

    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "reference", resources / "reference")
    path = resources / "reference" / name
    document = json.loads(path.read_text(encoding="utf-8"))
    mutate(document)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = _classify(
        "--data-dir", str(tmp_path / "d"), "classify", stdin="名簿業者", env={"COUNSELOR_RESOURCES": str(resources)}
    )
    assert result.returncode == 1 and result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0]

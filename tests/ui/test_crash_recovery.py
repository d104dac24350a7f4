"""The app is killed (SIGKILL) while a counselor types; the next start offers the draft and restores it.

Both runs are real `python -m counselor_app` processes driven by the documented test hook
COUNSELOR_UI_SCRIPT (counselor_app/ui/debug_script.py). At most the last few seconds of
typing may be missing: the autosave interval (3 s by default) plus a little margin.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ROOT

SUBJECT = "定期購入の解約 SNS"
NARRATIVE = (
    "SNSの広告で初回500円の健康食品を申し込んだところ、2回目から毎月5,980円の定期購入になっていた。"
    "解約の電話がつながらず、事業者からはメールで4回分の支払いを求められている。どうしたらよいか。"
    "広告には「いつでも解約できる」と書いてあったが、画面を保存していない。注文確認メールは残っている。"
)
INTERVAL_MS = 60
AUTOSAVE_SECONDS = 3
ALLOWED_LOSS_SECONDS = AUTOSAVE_SECONDS + 1.5


def _env(tmp_path: Path, script: Path) -> dict[str, str]:
    return {
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "USER": "tester",
        "LOGNAME": "tester",
        "COUNSELOR_UI_SCRIPT": str(script),
    }


def _progress(path: Path) -> list[dict]:  # type: ignore[type-arg]
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _desk_user(tmp_path: Path, data: Path) -> dict[str, str]:
    """A counselor account on a fresh database, and how the script signs in as it."""
    password = tmp_path / "password.txt"
    password.write_text("kill-test-pass-2026\n", encoding="utf-8")
    for args in (
        ["init", "--office-code", "131016", "--office-name", "テスト市消費生活センター"],
        ["user", "add", "--login", "kanri", "--name", "管理 者", "--role", "admin", "--password-file", str(password)],
        ["user", "add", "--login", "sato", "--name", "佐藤 陽子", "--role", "counselor", "--password-file", str(password)],
    ):
        subprocess.run(
            [sys.executable, "-m", "counselor_app.cli", "--data-dir", str(data), *args],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
    return {"login": "sato", "password_file": str(password)}


@pytest.mark.slow
def test_draft_survives_sigkill_and_is_restored(tmp_path: Path) -> None:
    data = tmp_path / "data"
    sign_in = _desk_user(tmp_path, data)
    progress = tmp_path / "progress.jsonl"
    typing = tmp_path / "typing.json"
    typing.write_text(
        json.dumps(
            {
                "progress": str(progress),
                "sign_in": sign_in,
                "steps": [
                    {"do": "new_case"},
                    {"do": "wait", "ms": 300},
                    {"do": "next_step"},
                    {"do": "next_step"},
                    {"do": "next_step"},
                    {"do": "next_step"},
                    {"do": "next_step"},
                    {"do": "type", "field": "subject", "text": SUBJECT, "interval_ms": INTERVAL_MS},
                    {"do": "type", "field": "narrative", "text": NARRATIVE, "interval_ms": INTERVAL_MS},
                    {"do": "wait", "ms": 60000},
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    errors = tmp_path / "stderr.txt"
    with errors.open("wb") as stderr, subprocess.Popen(
        [sys.executable, "-m", "counselor_app", "--data-dir", str(data)],
        cwd=ROOT,
        env=_env(tmp_path, typing),
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    ) as app:
        try:
            deadline = time.time() + 90
            while time.time() < deadline:
                typed = [e for e in _progress(progress) if e.get("field") == "narrative"]
                if len(typed) >= 130:  # well into the narrative, after several autosaves
                    break
                assert app.poll() is None, errors.read_text(encoding="utf-8", errors="replace")
                time.sleep(0.05)
            else:
                pytest.fail("the app did not type in time")
            os.kill(app.pid, signal.SIGKILL)
            killed_at = time.time()
            app.wait(timeout=10)
        finally:
            if app.poll() is None:
                app.kill()
    assert app.returncode == -signal.SIGKILL

    events = [e for e in _progress(progress) if e.get("event") == "typed"]
    subject_done = [e for e in events if e["field"] == "subject"][-1]["typed"]
    narrative_events = [e for e in events if e["field"] == "narrative"]
    typed_last = narrative_events[-1]["typed"]
    safe = [e["typed"] for e in narrative_events if e["t"] <= killed_at - ALLOWED_LOSS_SECONDS]
    must_have = safe[-1] if safe else ""
    assert subject_done == SUBJECT

    dump = tmp_path / "restored.json"
    offer = tmp_path / "offer.json"
    restoring = tmp_path / "restore.json"
    restoring.write_text(
        json.dumps(
            {"sign_in": sign_in, "steps": [{"do": "wait", "ms": 300}, {"do": "dump", "path": str(offer)}, {"do": "restore_drafts"},
                       {"do": "wait", "ms": 300}, {"do": "dump", "path": str(dump)}, {"do": "quit"}]}  # fmt: skip
        ),
        encoding="utf-8",
    )
    second = subprocess.run(
        [sys.executable, "-m", "counselor_app", "--data-dir", str(data)],
        cwd=ROOT,
        env=_env(tmp_path, restoring),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert second.returncode == 0, second.stderr
    offered = json.loads(offer.read_text(encoding="utf-8"))
    assert offered["banner"]["visible"] and "1 件" in offered["banner"]["text"]
    assert offered["intakes"] == 0  # nothing is reopened without asking
    state = json.loads(dump.read_text(encoding="utf-8"))
    assert not state["banner"]["visible"]
    assert state["intakes"] == 1
    restored = state["fields"]["narrative"]
    assert state["fields"]["subject"] == SUBJECT
    assert typed_last.startswith(restored), "the restored text is something that was typed"
    assert restored.startswith(must_have), (
        f"lost more than {ALLOWED_LOSS_SECONDS}s of typing: restored {len(restored)} chars, "
        f"{len(must_have)} were typed {ALLOWED_LOSS_SECONDS}s before the kill"
    )
    assert len(must_have) > 40  # several autosaves happened before the kill
    lost = len(typed_last) - len(restored)
    print(f"typed {len(typed_last)} chars before SIGKILL, restored {len(restored)}, lost {lost} (~{lost * INTERVAL_MS / 1000:.1f} s)")
    assert state["step"] == 5  # back on 相談内容, where the counselor was typing

"""The README's command-line reference lists every `counselor` command, generated from the parser."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT


def test_readme_lists_every_command_as_the_parser_has_it() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "cli_reference.py"), "--check", str(ROOT / "README.md")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_two_commands_come_first() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split()[:2] for line in first_block.strip().splitlines()] == [["make", "run"], ["make", "test"]]
    assert readme.index("make run") < readme.index("## ")

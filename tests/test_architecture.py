"""The layer contracts of DESIGN.md §2 are enforced, and they bite."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
    )


def test_contracts_hold() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("layer", "source", "contract"),
    [
        ("domain", "import PySide6.QtCore\n", "only counselor_app.ui imports PySide6"),
        ("domain", "import sqlalchemy\n", "only persistence touches the ORM"),
        ("services", "from counselor_app.ui import main_window\n", "ui on top of services"),
        ("reporting", "from counselor_app.persistence import tables\n", "reporting sees only domain"),
    ],
)
def test_a_violation_fails_the_check(tmp_path: Path, layer: str, source: str, contract: str) -> None:
    copy = tmp_path / "project"
    shutil.copytree(
        ROOT / "counselor_app", copy / "counselor_app", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / ".importlinter", copy / ".importlinter")
    (copy / "counselor_app" / layer).mkdir(exist_ok=True)
    (copy / "counselor_app" / layer / "__init__.py").touch()
    (copy / "counselor_app" / layer / "sneaky.py").write_text(
        f'"""A module that breaks a rule."""\n{source}', encoding="utf-8"
    )
    result = _lint(copy)
    assert result.returncode != 0
    assert contract in result.stdout
    assert "BROKEN" in result.stdout


def test_every_module_states_its_job_in_its_first_line() -> None:
    missing = []
    for path in sorted((ROOT / "counselor_app").rglob("*.py")):
        if "migrations/versions" in path.as_posix():
            continue
        first = path.read_text(encoding="utf-8").lstrip().splitlines()[:1]
        if not first or not first[0].startswith('"""'):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []

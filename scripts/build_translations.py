"""Refresh the Qt Linguist files: extract strings with pyside6-lupdate, compile .qm with pyside6-lrelease.

English translations are edited in resources/i18n/counselor_en.ts (Qt Linguist or any
editor); Japanese is the source language and needs no file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)
BIN = Path(sys.executable).parent


def sources() -> list[Path]:
    """Every module that shows text to users."""
    return sorted([*(ROOT / "counselor_app" / "ui").rglob("*.py"), ROOT / "counselor_app" / "app.py"])


def lupdate(ts_file: Path) -> None:
    """Extract tr()/translate()/QT_TRANSLATE_NOOP strings into ``ts_file`` (keeps translations)."""
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *map(str, sources()), "-source-language", "ja", "-target-language", ts_file.stem.split("_")[-1], "-no-obsolete", "-ts", str(ts_file)],
        check=True,
        capture_output=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile a .ts file."""
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)


def main() -> int:
    for language in LANGUAGES:
        ts_file = I18N / f"counselor_{language}.ts"
        lupdate(ts_file)
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        print(f"updated {ts_file.relative_to(ROOT)} and its .qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())

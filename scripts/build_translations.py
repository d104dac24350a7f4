"""Refresh the Qt Linguist files: extract strings with pyside6-lupdate, compile .qm with pyside6-lrelease.

Japanese is the source language. English translations live in small JSON files,
one per feature, under resources/i18n/en/ ({"source text": "translation"}); this script
runs lupdate, fills counselor_en.ts from them, and compiles counselor_en.qm. The .ts and
.qm are generated: after a merge conflict in them, just run `make translations`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
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
        [str(BIN / "pyside6-lupdate"), *map(str, sources()), "-source-language", "ja", "-target-language", ts_file.stem.split("_")[-1], "-no-obsolete", "-locations", "none", "-ts", str(ts_file)],
        check=True,
        capture_output=True,
    )


def load_translations(language: str) -> dict[str, str]:
    """Every {source: translation} pair from resources/i18n/<language>/*.json."""
    mapping: dict[str, str] = {}
    for path in sorted((I18N / language).glob("*.json")):
        mapping.update(json.loads(path.read_text(encoding="utf-8")))
    return mapping


def fill(ts_file: Path, mapping: dict[str, str]) -> list[str]:
    """Write translations into ``ts_file``; return the sources that have none."""
    tree = ET.parse(ts_file)
    missing = []
    for message in tree.getroot().iterfind("./context/message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in mapping:
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
        else:
            translation.text = None
            translation.set("type", "unfinished")
            missing.append(source)
    ET.indent(tree)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile a .ts file."""
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)


def main() -> int:
    for language in LANGUAGES:
        ts_file = I18N / f"counselor_{language}.ts"
        # Generated from scratch every time: translations live in the JSON files, so a
        # merge conflict in the .ts (or a stale entry) can never survive a rebuild.
        ts_file.unlink(missing_ok=True)
        lupdate(ts_file)
        missing = fill(ts_file, load_translations(language))
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        print(f"updated {ts_file.relative_to(ROOT)} and its .qm")
        for source in missing:
            print(f"  untranslated ({language}): {source}")
        if missing:
            print(f"add them to resources/i18n/{language}/<feature>.json and run again")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Inspect and fill Qt Linguist .ts files from the command line.

    python scripts/ts_tool.py missing            # sources without an English translation
    python scripts/ts_tool.py fill mapping.json  # {"source text": "translation"} into counselor_en.ts
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "i18n" / "counselor_en.ts"


def messages(tree: ET.ElementTree) -> list[ET.Element]:
    """Every <message> element."""
    return tree.getroot().findall("./context/message")


def missing(tree: ET.ElementTree) -> list[str]:
    """Sources whose translation is empty or unfinished."""
    result = []
    for message in messages(tree):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or not (translation.text or "").strip() or translation.get("type") == "unfinished":
            result.append(source)
    return result


def fill(tree: ET.ElementTree, mapping: dict[str, str]) -> int:
    """Set translations for sources found in ``mapping``; returns how many changed."""
    changed = 0
    for message in messages(tree):
        source = message.findtext("source") or ""
        if source in mapping:
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
            changed += 1
    return changed


def main() -> int:
    tree = ET.parse(TS_FILE)
    if sys.argv[1:2] == ["missing"]:
        for source in missing(tree):
            print(source)
        return 0
    if sys.argv[1:2] == ["fill"] and len(sys.argv) == 3:
        mapping = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
        count = fill(tree, mapping)
        ET.indent(tree)
        tree.write(TS_FILE, encoding="utf-8", xml_declaration=True)
        print(f"filled {count}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())

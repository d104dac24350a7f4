"""The README and the guides point at files that exist (screenshots, other guides)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import ROOT

LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_local_links_and_images_exist(document: Path) -> None:
    missing = []
    for target in LINK.findall(document.read_text(encoding="utf-8")):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        if not (document.parent / target).exists():
            missing.append(target)
    assert missing == []


def test_the_guides_exist_and_show_the_screens_they_explain() -> None:
    guide = (ROOT / "docs" / "user-guide.ja.md").read_text(encoding="utf-8")
    for screen in ("intake_01_reception", "intake_07_pi_suggestion", "referral_dialog", "report_window", "report_approval_queue"):
        assert f"screenshots/{screen}.png" in guide
    admin = (ROOT / "docs" / "admin-guide.ja.md").read_text(encoding="utf-8")
    for topic in ("インストール", "初回の起動", "利用者と役割", "バックアップと復元", "暗号化", "保存期間", "移行", "Windows 版の作り方"):
        assert topic in admin

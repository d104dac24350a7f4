"""Render the 支所データ export, import (after the preview) and conflict dialogs at 1366×768 to docs/screenshots/ (synthetic data).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_sync_dialogs.py [--lang ja|en]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QWidget  # noqa: E402

from counselor_app.app import prepare_application  # noqa: E402
from counselor_app.domain.case_query import CaseFilter, CaseSort  # noqa: E402
from counselor_app.domain.clock import FixedClock  # noqa: E402
from counselor_app.domain.entities import Actor, Office  # noqa: E402
from counselor_app.paths import resources_dir  # noqa: E402
from counselor_app.persistence.database import open_database  # noqa: E402
from counselor_app.persistence.engine import resolve_target  # noqa: E402
from counselor_app.services import demo_corpus  # noqa: E402
from counselor_app.services.container import build_services  # noqa: E402
from counselor_app.services.reference_data import load_reference_data  # noqa: E402
from counselor_app.ui.sync_dialogs import BundleExportDialog, BundleImportDialog, ConflictDialog  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SCREEN = (1366, 768)
PASSPHRASE = "demo-bundle-2026"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("ja", "en"), default="ja")
    args = parser.parse_args()
    app, _translators = prepare_application(args.lang)
    suffix = "" if args.lang == "ja" else "_en"
    reference = load_reference_data(resources_dir() / "reference")
    clock = FixedClock(dt.datetime(2026, 11, 27, 10, 30))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        branch_db, _ = open_database(resolve_target(work / "kita.db"), create=True)
        branch = build_services(branch_db, reference, clock)
        setup = Actor(login="setup", role="admin", office_code="990002")
        branch.setup.initialise(setup, office_code="990002", office_name="さくら市消費生活センター 北支所")
        kato = Actor(login="kato.t", role="supervisor", office_code="990002", display_name="加藤 隆")
        branch.demo.generate(kato, 400, seed=21, end=dt.date(2026, 11, 27))
        center_db, _ = open_database(resolve_target(work / "center.db"), create=True)
        center = build_services(center_db, reference, clock)
        admin = Actor(login="kanri", role="admin", office_code="990001", display_name="管理者（デモ）")
        center.setup.initialise(admin, office_code="990001", office_name="さくら市消費生活センター")
        for code, name, parent, _weight in demo_corpus.OFFICES:
            center.sync.register_office(admin, Office(code=code, name=name, parent_code=parent))
        yamamoto = Actor(login="yamamoto.s", role="supervisor", office_code="990001", display_name="山本 誠")

        # A first exchange, then a change on both sides of one case and at the branch only of another.
        branch.sync.export_bundle(kato, work / "first.bundle", PASSPHRASE)
        center.sync.import_bundle(yamamoto, work / "first.bundle", PASSPHRASE)
        editable = branch.cases.page(kato, CaseFilter(statuses=("open",)), CaseSort("received_at", True), 0, 3)
        both, only_branch = editable[0], editable[1]
        branch.cases.add_handling(kato, both.id, "business", "事業者に電話し、解約と返金を申し入れた。回答は来週の予定。")
        branch.cases.add_handling(kato, only_branch.id, "consultant", "相談者に、書面で解約を通知するよう助言した。")
        mine = center.cases.find_by_number(yamamoto, both.case_no or "")
        assert mine is not None and mine.id is not None
        center.cases.add_handling(yamamoto, mine.id, "agency", "消費生活センター本所で弁護士会の窓口を案内した。")
        branch.sync.export_bundle(kato, work / "second.bundle", PASSPHRASE)

        def shoot(widget: QWidget, name: str) -> None:
            widget.show()
            for _ in range(5):
                app.processEvents()
            # The dialog as it appears over a 1366×768 desktop.
            width = min(widget.width(), SCREEN[0])
            height = min(widget.height(), SCREEN[1] - 40)
            widget.resize(width, height)
            app.processEvents()
            widget.grab().save(str(OUT / f"{name}{suffix}.png"))
            widget.hide()

        export = BundleExportDialog(branch, kato)
        export.path_edit.setText("/home/kita/shisho-990002-20261127.bundle")
        export.passphrase_edit.setText(PASSPHRASE)
        export.confirm_edit.setText(PASSPHRASE)
        export.since_radio.setChecked(True)
        shoot(export, "sync_export")

        importer = BundleImportDialog(center, yamamoto)
        importer.path_edit.setText(str(work / "second.bundle"))
        importer.passphrase_edit.setText(PASSPHRASE)
        importer.start_preview()
        while importer.preview is None and importer.unknown_office is None:
            app.processEvents()
        importer.path_edit.blockSignals(True)  # a typical path on the shot, keeping the preview
        importer.path_edit.setText("/media/usb/shisho-990002-20261127.bundle")
        importer.path_edit.blockSignals(False)
        shoot(importer, "sync_import")

        center.sync.import_bundle(yamamoto, work / "second.bundle", PASSPHRASE)
        conflicts = ConflictDialog(center, yamamoto)
        conflicts.resize(1320, 700)
        shoot(conflicts, "sync_conflict")
        branch_db.close()
        center_db.close()
    print(f"written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""支所データ dialogs in real widgets: export, preview-then-import in the background, registering an office, conflicts side by side."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from counselor_app.domain.case_query import CaseFilter, CaseSort
from counselor_app.domain.entities import Actor
from counselor_app.services.container import Services
from counselor_app.services.reference_data import ReferenceData
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.sync_dialogs import BundleExportDialog, BundleImportDialog, ConflictDialog
from tests.sync_helpers import BRANCH_SUPERVISOR, PASSPHRASE, make_branch, register_demo_offices

CENTER_SUPERVISOR = Actor(login="yamada", role="supervisor", office_code="131016", display_name="山田")
CENTER_ADMIN = Actor(login="kanri", role="admin", office_code="131016", display_name="管理")


@pytest.fixture
def branch(tmp_path: Path, reference: ReferenceData) -> Iterator[Services]:
    built = make_branch(tmp_path / "branch.db", reference, cases=40)
    yield built
    built.close()


@pytest.fixture
def bundle(branch: Services, tmp_path: Path) -> Path:
    path = tmp_path / "kita.bundle"
    branch.sync.export_bundle(BRANCH_SUPERVISOR, path, PASSPHRASE)
    return path


@pytest.fixture
def center(services: Services) -> Services:
    return services


def test_export_dialog_checks_the_passphrase_then_writes_in_the_background(
    qtbot, branch: Services, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    dialog = BundleExportDialog(branch, BRANCH_SUPERVISOR)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "out.bundle"
    dialog.path_edit.setText(str(target))
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm_edit, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "一致しません" in dialog.status_label.text() and not target.exists()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert target.exists() and dialog.result is not None and dialog.result.cases == 40
    assert "相談 40 件" in dialog.status_label.text()
    assert dialog.passphrase_edit.text() == ""


def previewed(qtbot, center: Services, bundle: Path) -> BundleImportDialog:  # type: ignore[no-untyped-def]
    """The import dialog, shown, with the bundle chosen and previewed by typing the passphrase and Enter."""
    dialog = BundleImportDialog(center, CENTER_SUPERVISOR)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()
    dialog.path_edit.setText(str(bundle))
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    return dialog


def test_import_dialog_previews_then_imports(qtbot, center: Services, bundle: Path) -> None:  # type: ignore[no-untyped-def]
    register_demo_offices(center)
    dialog = previewed(qtbot, center, bundle)
    assert dialog.count_labels["new"].text() == "40"
    assert dialog.count_labels["conflicts"].text() == "0"
    assert center.stats.case_count() == 0  # nothing written by the preview
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert center.stats.case_count() == 40
    assert "新規 40 件" in dialog.summary_label.text()
    # Twelve numbers are named, the other 28 counted.
    assert "ほか 28 件" in dialog.details.toPlainText()


def test_a_large_import_from_the_dialog_uses_the_helper_process_off_the_gui_thread(
    qtbot, center: Services, bundle: Path, caplog: pytest.LogCaptureFixture  # type: ignore[no-untyped-def]
) -> None:
    # The dialog runs the import on a Qt pool thread; the helper process is spawned from there.
    register_demo_offices(center)
    center.sync.helper_min_cases = 1  # the 40 cases count as "large"
    dialog = previewed(qtbot, center, bundle)
    with caplog.at_level("WARNING", logger="counselor_app.services.index_helper"), qtbot.waitSignal(
        dialog.imported, timeout=120_000
    ):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert center.stats.case_count() == 40
    assert "新規 40 件" in dialog.summary_label.text()
    assert "helper process unavailable" not in caplog.text  # the helper did the work
    assert center.search.search(CENTER_SUPERVISOR, "電話", limit=100).total > 0


def test_wrong_passphrase_is_one_clear_line(qtbot, center: Services, bundle: Path) -> None:  # type: ignore[no-untyped-def]
    register_demo_offices(center)
    dialog = BundleImportDialog(center, CENTER_SUPERVISOR)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(bundle))
    qtbot.keyClicks(dialog.passphrase_edit, "not-the-passphrase")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "パスフレーズが違います" in dialog.summary_label.text(), timeout=30_000)
    assert not dialog.import_button.isEnabled()


def test_an_admin_registers_an_unknown_office_from_the_dialog(qtbot, center: Services, bundle: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = BundleImportDialog(center, CENTER_ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(bundle))
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.unknown_office is not None, timeout=30_000)
    assert dialog.register_button.isVisible()
    assert "登録されていません" in dialog.summary_label.text()
    # The bundle also holds cases of the other demo offices: register each in turn.
    for _ in range(3):
        if dialog.unknown_office is None:
            break
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert dialog.count_labels["new"].text() == "40"


def test_a_supervisor_sees_no_register_button(qtbot, center: Services, bundle: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = BundleImportDialog(center, CENTER_SUPERVISOR)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(bundle))
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.unknown_office is not None, timeout=30_000)
    assert not dialog.register_button.isVisible()
    assert "管理者に" in dialog.details.toPlainText()


def _make_conflict(branch: Services, center: Services, tmp_path: Path) -> str:
    register_demo_offices(center)
    branch.sync.export_bundle(BRANCH_SUPERVISOR, tmp_path / "1.bundle", PASSPHRASE)
    center.sync.import_bundle(CENTER_SUPERVISOR, tmp_path / "1.bundle", PASSPHRASE)
    [summary] = branch.cases.page(BRANCH_SUPERVISOR, CaseFilter(statuses=("open", "awaiting_approval")), CaseSort("received_at", True), 0, 1)
    theirs = branch.cases.add_handling(BRANCH_SUPERVISOR, summary.id, "business", "支所: 事業者に返金を求めた。")
    mine = center.cases.find_by_number(CENTER_SUPERVISOR, theirs.case_no or "")
    assert mine is not None and mine.id is not None
    center.cases.add_handling(CENTER_SUPERVISOR, mine.id, "internal", "センター: 弁護士会の窓口を案内した。")
    branch.sync.export_bundle(BRANCH_SUPERVISOR, tmp_path / "2.bundle", PASSPHRASE)
    assert center.sync.import_bundle(CENTER_SUPERVISOR, tmp_path / "2.bundle", PASSPHRASE).conflicts == 1
    return theirs.case_no or ""


def test_conflict_dialog_shows_both_versions_and_takes_theirs(
    qtbot, branch: Services, center: Services, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    case_no = _make_conflict(branch, center, tmp_path)
    dialog = ConflictDialog(center, CENTER_SUPERVISOR)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1 and case_no in dialog.list.item(0).text()
    rows = {label: (mine, theirs, differs) for label, mine, theirs, differs in dialog.rows()}
    mine, theirs, differs = rows["処理経過"]
    assert differs
    assert "センター: 弁護士会の窓口を案内した。" in mine and "センター: 弁護士会" not in theirs
    assert "支所: 事業者に返金を求めた。" in theirs and "支所: 事業者" not in mine
    assert "件名" not in rows  # equal fields are hidden until asked for
    dialog.all_fields_check.setChecked(True)
    assert "件名" in {row[0] for row in dialog.rows()}
    with qtbot.waitSignal(dialog.resolved):
        qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0 and "ありません" in dialog.header_label.text()
    taken = center.cases.find_by_number(CENTER_SUPERVISOR, case_no)
    assert taken is not None and "支所: 事業者に返金を求めた。" in [entry.text for entry in taken.handling]


def test_main_window_offers_bundles_by_role(qtbot, services: Services, supervisor: Actor, counselor: Actor) -> None:  # type: ignore[no-untyped-def]
    chief = MainWindow(services, supervisor)
    qtbot.addWidget(chief)
    assert chief.bundle_export_action.isEnabled() and chief.bundle_import_action.isEnabled()
    assert chief.bundle_conflicts_action.isEnabled()
    desk = MainWindow(services, counselor)
    qtbot.addWidget(desk)
    assert not desk.bundle_export_action.isEnabled() and not desk.bundle_import_action.isEnabled()
    dialog = chief.open_bundle_import()
    assert dialog.isVisible()
    dialog.close()

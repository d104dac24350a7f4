"""The export dialog previews scrubbed narratives before writing; the import dialog validates before importing."""

import datetime as dt
from pathlib import Path

import pytest

from counselor_app.domain.entities import Actor, Party
from counselor_app.services.container import Services
from counselor_app.ui.casebook_dialogs import CasebookExportDialog, CaseImportDialog
from counselor_app.ui.main_window import MainWindow
from tests.helpers import make_case


@pytest.fixture
def with_personal_case(services: Services, counselor: Actor) -> Services:
    services.cases.register(
        counselor,
        make_case(
            consultant=Party(name="架空 花子", phone="090-0000-1111", age=72, age_band="A70", gender="F", occupation="03"),
            narrative="架空花子さんから電話。連絡先は090-0000-1111。娘の美咲が注文した。",
        ),
    )
    return services


def _period(dialog: CasebookExportDialog) -> None:
    from PySide6.QtCore import QDate

    dialog.from_edit.setDate(QDate(2026, 4, 1))
    dialog.to_edit.setDate(QDate(2026, 11, 27))


def test_export_is_offered_only_after_a_preview_with_highlighted_redactions(
    qtbot, with_personal_case: Services, supervisor: Actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = CasebookExportDialog(with_personal_case, supervisor)
    qtbot.addWidget(dialog)
    _period(dialog)
    assert not dialog.export_button.isEnabled()
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.previewed, timeout=10_000)
    html = dialog.preview.toHtml()
    assert "〔氏名〕" in html and "〔電話番号〕" in html and "background-color:#" in html
    assert "花子" not in html and "090-0000-1111" not in html
    assert "氏名 2" in dialog.summary_label.text()
    assert dialog.export_button.isEnabled()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "casebook.xlsx"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("xlsx"))
    assert not dialog.encoding_combo.isEnabled()
    dialog.choose_path = lambda: target  # type: ignore[method-assign]
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=20_000)
    assert target.exists() and dialog.last_result is not None and dialog.last_result.cases == 1
    assert "1 件を書き出しました" in dialog.summary_label.text()


def test_cp932_problems_are_listed_and_nothing_is_written(
    qtbot, services: Services, counselor: Actor, supervisor: Actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services.cases.register(counselor, make_case(subject="𠮷野家の件"))
    dialog = CasebookExportDialog(services, supervisor)
    qtbot.addWidget(dialog)
    _period(dialog)
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("cp932"))
    assert dialog.substitute_check.isEnabled() and not dialog.substitute_check.isChecked()
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.previewed, timeout=10_000)
    out = tmp_path / "out"
    out.mkdir()
    dialog.choose_path = lambda: out / "cb.csv"  # type: ignore[method-assign]
    dialog.start_export()
    qtbot.waitUntil(lambda: "CP932" in dialog.summary_label.text(), timeout=20_000)
    assert "𠮷" in dialog.preview.toPlainText() and "131016-R8-000001" in dialog.preview.toPlainText()
    assert list(out.iterdir()) == []


def test_import_dialog_shows_the_validation_report_before_importing(
    qtbot, services: Services, supervisor: Actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text("受付年月日,相談概要,受付方法\n2026-10-05,定期購入,伝書鳩\n2026-13-05,解約,電話\n", encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text("受付年月日,相談概要,受付方法\n2026-10-05,定期購入の解約,電話\n", encoding="utf-8")
    dialog = CaseImportDialog(services, supervisor)
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda: bad  # type: ignore[method-assign]
    dialog._browse()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert not dialog.import_button.isEnabled()
    report = dialog.report_view.toPlainText()
    assert "伝書鳩" in report and "3 行" in report
    dialog.path_edit.setText(str(good))
    dialog.start_validation()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.ok, timeout=10_000)
    assert dialog.import_button.isEnabled()
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert "131016-R8-000001" in dialog.summary_label.text()


def test_main_window_file_menu_opens_both_dialogs_for_supervisors(
    qtbot, services: Services, supervisor: Actor, counselor: Actor
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, supervisor)
    qtbot.addWidget(window)
    assert window.import_action.isEnabled() and window.export_action.isEnabled()
    window.export_action.trigger()
    assert window.export_dialog.isVisible()
    window.export_dialog.close()
    window.import_action.trigger()
    assert window.import_dialog.isVisible()
    window.import_dialog.close()
    desk = MainWindow(services, counselor)
    qtbot.addWidget(desk)
    assert not desk.import_action.isEnabled() and not desk.export_action.isEnabled()


def test_dialog_renders_at_office_laptop_size(
    qtbot, with_personal_case: Services, supervisor: Actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = CasebookExportDialog(with_personal_case, supervisor)
    qtbot.addWidget(dialog)
    _period(dialog)
    dialog.show()
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.previewed, timeout=10_000)
    shot = tmp_path / "export.png"
    assert dialog.grab().save(str(shot))
    assert dialog.width() <= 1366 and dialog.height() <= 768
    _ = dt

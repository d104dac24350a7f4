"""The directory dialog (管理 > 窓口一覧…): search, contacts, retirement, local departments, CSV, guidance."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from counselor_app.domain.entities import Actor
from counselor_app.services.classification_service import CSV_COLUMNS
from counselor_app.services.container import Services
from counselor_app.ui.directory_dialog import DirectoryDialog, LocalEntryDialog, RetireDialog
from counselor_app.ui.main_window import MainWindow

ADMIN = Actor(login="kanri", role="admin", office_code="131016", display_name="管理者")


@pytest.fixture
def messages(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: shown.append(text))
    return shown


def _dialog(qtbot, services: Services, actor: Actor) -> DirectoryDialog:  # type: ignore[no-untyped-def]
    dialog = DirectoryDialog(services, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _listed(dialog: DirectoryDialog) -> list[str]:
    return [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]


def test_search_by_japanese_and_filters(qtbot, services: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, supervisor)
    assert len(_listed(dialog)) == len(services.classification.directory())
    dialog.search_edit.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString("フィッシング")
    QApplication.sendEvent(dialog.search_edit, event)
    qtbot.waitUntil(lambda: _listed(dialog) == ["N08"])
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "M03")
    qtbot.waitUntil(lambda: _listed(dialog) == ["M03", "M03_MANUAL"])
    dialog.regime_combo.setCurrentIndex(dialog.regime_combo.findData("CURRENT"))
    assert _listed(dialog) == []
    dialog.search_edit.clear()
    qtbot.waitUntil(lambda: "N01" in _listed(dialog))
    dialog.retired_check.setChecked(False)
    assert "M04" not in _listed(dialog) and "M04_NOW" in _listed(dialog)


def test_supervisor_reads_but_cannot_change(qtbot, services: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, supervisor)
    dialog.select("N01")
    assert "法132条2号" in dialog.basis_current.text()
    assert dialog.phone_edit.text() == "03-6457-9849" and dialog.phone_edit.isReadOnly()
    assert not dialog.save_button.isEnabled() and not dialog.retire_button.isEnabled()
    assert not dialog.add_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.export_button.isEnabled()


def test_admin_edits_contact_not_legal_basis(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, ADMIN)
    dialog.select("N09")
    basis = dialog.basis_current.text()
    dialog.phone_edit.setText("045-000-0000")
    dialog.annotation_edit.clear()
    dialog.annotation_edit.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString("県警本部の窓口が早い")
    QApplication.sendEvent(dialog.annotation_edit, event)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = services.classification.entry("N09")
    assert saved.contact.phone == "045-000-0000" and saved.annotation == "県警本部の窓口が早い"
    assert saved.legal_basis == basis
    assert dialog.selected_id() == "N09"


def test_retire_with_successor(qtbot, services: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def choose(self: RetireDialog) -> int:
        self.date_edit.setDate(QDate(2026, 3, 31))
        self.successor_combo.setCurrentIndex(self.successor_combo.findData("N05"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RetireDialog, "exec", choose)
    dialog = _dialog(qtbot, services, ADMIN)
    dialog.select("N04")
    assert dialog.retire_button.isEnabled()
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    retired = services.classification.entry("N04")
    assert retired.valid_to == dt.date(2026, 3, 31) and retired.successor_id == "N05"
    assert dialog.reinstate_button.isEnabled() and not dialog.retire_button.isEnabled()
    suggestion = services.classification.classify("ネット掲示板に自宅住所と顔写真を書き込まれた")
    assert "N04" not in [d.entry.id for d in suggestion.destinations]
    qtbot.mouseClick(dialog.reinstate_button, Qt.MouseButton.LeftButton)
    assert services.classification.entry("N04").valid_to is None


def test_add_local_department(qtbot, services: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def fill(self: LocalEntryDialog) -> int:
        self.name_edit.setText("さくら市 市民課")
        self.phone_edit.setText("03-0000-0001")
        for row in range(self.target_list.count()):
            if self.target_list.item(row).data(Qt.ItemDataRole.UserRole) == "PUBREC":
                self.target_list.item(row).setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LocalEntryDialog, "exec", fill)
    dialog = _dialog(qtbot, services, ADMIN)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.selected_id() == "L131016-001"
    assert services.classification.entry("L131016-001").sectors == ("PUBREC",)
    dialog.local_check.setChecked(True)
    assert _listed(dialog) == ["L131016-001"]


def test_csv_import_errors_are_shown_and_nothing_changes(qtbot, services: Services, tmp_path: Path, monkeypatch, messages) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    header = ",".join(h for _k, h in CSV_COLUMNS)
    bad.write_text(header + "\nL-1,市民課,,,NOPE,,,,,,,,,,\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    dialog = _dialog(qtbot, services, ADMIN)
    before = services.classification.directory()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(messages) == 1 and "2行目" in messages[0] and "NOPE" in messages[0]
    assert services.classification.directory() == before
    good = tmp_path / "good.csv"
    good.write_text(header + "\nL-1,市民課,,,PUBREC,,,,,,,,,,\n", encoding="utf-8-sig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "1 件追加" in messages[-1]
    assert "L-1" in _listed(dialog)


def test_csv_export_writes_a_file_excel_reads(qtbot, services: Services, supervisor: Actor, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = _dialog(qtbot, services, supervisor)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0].startswith("ID,名称")
    assert [p.name for p in folder.iterdir()] == ["out.csv"]  # no temporary file left behind


def test_guidance_export_import_and_reset(qtbot, services: Services, supervisor: Actor, tmp_path: Path, monkeypatch, messages) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, supervisor)
    dialog.tabs.setCurrentIndex(1)
    assert "個人情報に関する相談の対応の手引き" in dialog.guidance_view.toPlainText()
    exported = {}
    for kind in ("html", "text", "json"):
        path = tmp_path / f"guide.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, p=path, **k: (str(p), ""))
        dialog.export_guidance(kind)
        exported[kind] = path.read_text(encoding="utf-8")
    assert exported["html"].startswith("<!DOCTYPE html>") and "漏えい・滅失・毀損" in exported["text"]
    edited = exported["json"].replace("当センターであっせんし", "当センターで必ずあっせんし")
    (tmp_path / "edited.json").write_text(edited, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "edited.json"), ""))
    qtbot.mouseClick(dialog.import_json_button, Qt.MouseButton.LeftButton)
    assert "必ずあっせん" in dialog.guidance_view.toPlainText()
    assert dialog.reset_button.isEnabled()
    (tmp_path / "broken.json").write_text('{"format": 1, "version": "x", "issues": {}}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "broken.json"), ""))
    qtbot.mouseClick(dialog.import_json_button, Qt.MouseButton.LeftButton)
    assert messages and "issues.LEAK" in messages[-1]
    assert "必ずあっせん" in dialog.guidance_view.toPlainText()
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert "必ずあっせん" not in dialog.guidance_view.toPlainText()
    dialog.guidance_regime.setCurrentIndex(dialog.guidance_regime.findData("POLICY_2005"))
    assert "旧法" in dialog.guidance_view.toPlainText()


def test_main_window_opens_the_directory_for_supervisors_only(qtbot, services: Services, supervisor: Actor, counselor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, counselor)
    qtbot.addWidget(window)
    assert not window.directory_action.isEnabled()
    window.replace_actor(supervisor)
    assert window.directory_action.isEnabled()
    window.directory_action.trigger()
    dialog = window.findChild(DirectoryDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()

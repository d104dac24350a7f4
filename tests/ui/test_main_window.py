"""The main window: opens on a large database at once, lists lazily, filters, and renders Japanese."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QImage

from counselor_app.domain.entities import Actor
from counselor_app.paths import resources_dir
from counselor_app.services.container import Services
from counselor_app.ui.case_table_model import CaseTableModel
from counselor_app.ui.fonts import ensure_japanese_font
from counselor_app.ui.main_window import MainWindow
from tests.helpers import ROOT


@pytest.fixture
def filled(services: Services, supervisor: Actor) -> Services:
    services.demo.generate(supervisor, 1200, seed=2, end=dt.date(2026, 11, 27))
    return services


def test_model_fetches_only_visible_pages(qtbot, filled: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(filled, supervisor)
    qtbot.addWidget(window)
    model = window.model
    assert model.rowCount() == 1200
    assert model.pages_fetched <= 1
    model.summary(1199)
    assert model.cached_pages() <= CaseTableModel.MAX_PAGES
    assert model.pages_fetched <= 3


def test_filters_narrow_the_list(qtbot, filled: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(filled, supervisor)
    qtbot.addWidget(window)
    total = window.model.rowCount()
    window.pi_combo.setCurrentIndex(window.pi_combo.findData("yes"))
    related = window.model.rowCount()
    assert 0 < related < total
    assert "関連あり" in {window.model.index(row, 7).data() for row in range(min(related, 50))}


def test_search_box_filters_after_debounce(qtbot, filled: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(filled, supervisor)
    qtbot.addWidget(window)
    window.search_edit.setText("屋根")
    qtbot.waitUntil(lambda: 0 < window.model.rowCount() < 1200, timeout=3000)
    assert all(
        "屋根"
        in (
            window.model.summary(r).subject
            + filled.cases.get(supervisor, window.model.summary(r).id, audit_view=False).narrative
        )
        for r in range(window.model.rowCount())
    )


def test_selecting_a_row_shows_its_summary(qtbot, filled: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(filled, supervisor)
    qtbot.addWidget(window)
    window.table.selectRow(0)
    summary = window.model.summary(0)
    assert summary is not None and summary.case_no in window.preview.toPlainText()


def test_sorting_runs_in_sql(qtbot, filled: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(filled, supervisor)
    qtbot.addWidget(window)
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    numbers = [window.model.summary(row).case_no for row in range(5)]
    assert numbers == sorted(numbers)


def test_bundled_font_renders_japanese(qapp) -> None:  # type: ignore[no-untyped-def]
    family = ensure_japanese_font(qapp, resources_dir() / "fonts")
    assert family
    assert QFontDatabase.WritingSystem.Japanese in QFontDatabase.writingSystems(family)


def test_screenshot_command_writes_a_window_image(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    data = tmp_path / "data"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "counselor_app.cli",
            "--data-dir",
            str(data),
            "demo",
            "--cases",
            "50",
            "--end",
            "2026-11-27",
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    result = subprocess.run(
        [sys.executable, "-m", "counselor_app", "--data-dir", str(data), "--screenshot", str(shot)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1366, 768)
    # Text was drawn: the image is not one flat colour.
    colours = {image.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 768, 7)}
    assert len(colours) > 20

"""Every intake step fits the common 1366×768 office laptop: no clipped label, button or check box (ja and en)."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from counselor_app.domain.entities import Actor
from counselor_app.paths import resources_dir
from counselor_app.services.container import Services
from counselor_app.ui.cases.case_workspace import CaseWorkspace
from counselor_app.ui.i18n import install_translators
from tests.helpers import make_case


def _clipped(page: QWidget) -> list[str]:
    problems = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            needed = widget.sizeHint().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.minimumSizeHint().width()
        else:
            continue
        if widget.width() < needed:
            problems.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < {needed}")
    return problems


@pytest.mark.parametrize("language", ["ja", "en"])
def test_no_step_clips_text_at_1366x768(services: Services, counselor: Actor, language: str, qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, language, resources_dir() / "i18n")
    try:
        case = services.cases.register(counselor, make_case(subject="定期購入の解約"))
        workspace = CaseWorkspace(services, counselor)
        qtbot.addWidget(workspace)
        workspace.resize(1366, 768)
        view = workspace.edit_case(case.id)
        assert view is not None
        workspace.show()
        qtbot.waitExposed(workspace)
        problems = []
        for index, step in enumerate(view.steps):
            view.go_to_step(index)
            qapp.processEvents()
            problems += [f"step {index + 1} {step.title()}: {p}" for p in _clipped(view)]
        assert problems == []
        # Qt grows a window rather than squeeze a layout: the window must still fit the screen.
        hint = workspace.minimumSizeHint()
        assert (hint.width(), hint.height()) <= (1366, 768) and hint.width() <= 1366 and hint.height() <= 768
        assert (workspace.width(), workspace.height()) == (1366, 768)
        workspace.shutdown()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "ja", resources_dir() / "i18n")

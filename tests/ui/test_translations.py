"""Every user-visible string goes through Qt's translation system and has an English translation."""

import ast
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from counselor_app.domain.entities import Actor
from counselor_app.paths import resources_dir
from counselor_app.services.container import Services
from counselor_app.ui.i18n import install_translators
from counselor_app.ui.main_window import MainWindow
from tests.helpers import ROOT

I18N = ROOT / "resources" / "i18n"
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]")
TRANSLATING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
BIN = Path(sys.executable).parent
# Japanese literals that are deliberately not translated, with the reason.
ALLOWED = {
    # Shown before any translator can be installed (start-up failure), in both languages' interest.
    ("app.py", "相談記録"),
    ("app.py", "counselor-app: スクリーンショットを保存できません: "),
}


def _untranslated_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and JAPANESE.search(node.value)):
            continue
        parent = parents.get(node)
        if isinstance(parent, ast.Expr):
            continue  # a docstring
        if isinstance(parent, ast.JoinedStr):
            parent = parents.get(parent)
        if isinstance(parent, ast.Call):
            func = parent.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in TRANSLATING_CALLS:
                continue
        if (path.name, node.value) in ALLOWED:
            continue
        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    return found


def test_no_japanese_literal_bypasses_translation() -> None:
    files = [*(ROOT / "counselor_app" / "ui").rglob("*.py"), ROOT / "counselor_app" / "app.py"]
    problems = [problem for path in files for problem in _untranslated_literals(path)]
    assert problems == []


def _build_translations():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_english_covers_every_string_in_the_sources(tmp_path: Path) -> None:
    tool = _build_translations()
    fresh = tmp_path / "counselor_en.ts"
    tool.lupdate(fresh)
    missing = tool.fill(fresh, tool.load_translations("en"))
    assert missing == [], "add English for these to resources/i18n/en/<feature>.json, then `make translations`"


def test_committed_ts_matches_the_sources(tmp_path: Path) -> None:
    tool = _build_translations()
    fresh = tmp_path / "counselor_en.ts"
    tool.lupdate(fresh)
    tool.fill(fresh, tool.load_translations("en"))
    assert fresh.read_text(encoding="utf-8") == (I18N / "counselor_en.ts").read_text(encoding="utf-8"), "run `make translations`"


def test_compiled_qm_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / "counselor_en.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(I18N / "counselor_en.ts"), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == (I18N / "counselor_en.qm").read_bytes(), "run `make translations`"


@pytest.fixture
def english(qapp: QApplication):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "en", resources_dir() / "i18n")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "ja", resources_dir() / "i18n")


def test_main_window_in_english(qtbot, english, services: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, supervisor)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Cases", "&Reports", "&Administration", "&View", "&Help"]
    assert window.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Case no."
    assert not any(JAPANESE.search(title) for title in titles)

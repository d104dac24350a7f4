"""build.spec names what PyInstaller cannot find by itself (the built programs are run by `make dist`).

These are quick static checks for `make test`; scripts/check_dist.py, which `make dist` runs,
is the real proof: it starts the built programs and exercises each of these.
"""

from __future__ import annotations

import ast
import importlib.util
import tomllib

from tests.helpers import ROOT

SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")


def _hidden_imports() -> list[str]:
    tree = ast.parse(SPEC)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "HIDDEN" for t in node.targets):
            assert isinstance(node.value, ast.List)
            return [element.value for element in node.value.elts if isinstance(element, ast.Constant)]
    raise AssertionError("no HIDDEN list in build.spec")


def test_every_hidden_import_exists() -> None:
    import psycopg  # noqa: F401 - psycopg_binary refuses to be looked at before psycopg

    names = _hidden_imports()
    missing = [name for name in names if importlib.util.find_spec(name) is None]
    assert missing == []


def test_the_dynamic_imports_are_listed() -> None:
    names = set(_hidden_imports())
    required = {
        "sqlalchemy.dialects.sqlite.pysqlite",
        "sqlalchemy.dialects.sqlite.pysqlcipher",
        "sqlalchemy.dialects.postgresql.psycopg",
        "sqlcipher3.dbapi2",
        "psycopg_binary",
        "alembic.op",
        "alembic.context",
        "argon2",
        "openpyxl",
        "PySide6.QtPdf",
        "PySide6.QtPrintSupport",
    }
    assert required <= names
    assert 'collect_submodules("counselor_app.commands")' in SPEC  # cli.py imports its commands by name


def test_data_files_and_version_come_from_the_project() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert 'PROJECT["version"]' in SPEC and 'PROJECT["name"]' in SPEC and "copy_metadata(NAME)" in SPEC
    assert project["version"]
    for needed in ('"fonts", "i18n", "reference"', '"env.py"', '"script.py.mako"', 'glob("*.py")', 'includes=["fonts/*"]'):
        assert needed in SPEC
    assert (ROOT / "resources" / "i18n" / "counselor_en.qm").is_file()
    assert (ROOT / "resources" / "fonts" / "ipaexg.ttf").is_file()


def test_gui_has_no_console_and_make_dist_checks_the_build() -> None:
    gui = SPEC[SPEC.index("gui_exe = EXE(") : SPEC.index("cli_exe = EXE(")]
    cli = SPEC[SPEC.index("cli_exe = EXE(") : SPEC.index("COLLECT(")]
    assert "console=False" in gui and 'name="counselor-app"' in gui
    assert "console=True" in cli and 'name="counselor"' in cli
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile[makefile.index("\ndist:") :].split("\n\n", 1)[0]
    assert "pyinstaller" in recipe and "scripts/check_dist.py" in recipe

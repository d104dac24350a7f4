"""lupdate can only extract what it can read: literal contexts, and tr() calls outside f-strings."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import ROOT

CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _sources() -> list[Path]:
    return sorted([*(ROOT / "counselor_app" / "ui").rglob("*.py"), ROOT / "counselor_app" / "app.py"])


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_translate_calls_name_their_context_literally() -> None:
    problems = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node) in {"translate", "QT_TRANSLATE_NOOP"} and len(node.args) >= 2:
                context, source = node.args[0], node.args[1]
                # translate(context, variable) looks up a text listed elsewhere: fine at run time.
                literal_source = isinstance(source, ast.Constant) and isinstance(source.value, str)
                if literal_source and not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert problems == [], "lupdate skips these: write the context as a string literal"


def test_no_translation_call_hides_inside_an_f_string() -> None:
    problems = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if not (isinstance(inner, ast.Call) and _name(inner) in CALLS):
                    continue
                if any(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in inner.args[-1:]):
                    problems.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert problems == [], "lupdate does not look inside f-strings: compute the text before the f-string"

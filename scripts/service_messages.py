"""List the Japanese messages that domain, services and persistence raise, as translatable templates.

Usage: .venv/bin/python scripts/service_messages.py [--missing]

A message raised as ``ValidationError(f"{n} 以上を指定してください", ...)`` becomes the
template ``%1 以上を指定してください``. ``counselor_app/ui/service_messages.py`` lists every
template (so lupdate extracts them and resources/i18n/en/ship.json translates them);
tests/ui/test_service_messages.py fails when a raised message has no template there.
With ``--missing`` only the templates that are not yet listed are printed.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "counselor_app"
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]")

# Modules whose messages can reach a window. Reference files other than the directory
# (code lists, lexicon, routing, guidance) are only read at start-up, before a window
# (and a translator) exists: their messages are for the maintainer who edits them.
SCOPE = (
    "domain",
    "services",
    "persistence",
    "bootstrap.py",
    "paths.py",
)
START_UP_ONLY = {
    "domain/codelists.py",
    "domain/guidance.py",
    "domain/routing.py",
    "domain/classifier.py",
    "domain/scrubber.py",
    "domain/business_names.py",
    "domain/case_rules.py",  # RuleIssue wording: ui/intake/field_text.py
    "domain/person_names.py",
    "services/reference_data.py",
    "services/demo_corpus.py",
    "services/demo_service.py",
    "persistence/migrations",
}
# Calls whose string arguments are messages for a person.
MESSAGE_CALLS = re.compile(r"(Error|Problem)$|^_?require$|^_?fail$|^_?reject$")
MESSAGE_DICTS = re.compile(r"REFUSAL|MESSAGE")
MESSAGE_CONSTANTS = re.compile(r"REFUSED|_MESSAGE$")
MESSAGE_FUNCTIONS = re.compile(r"message$")


def _template(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts: list[str] = []
        number = 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            else:
                number += 1
                parts.append(f"%{number}")
        return "".join(parts)
    return None


def _strings(node: ast.AST) -> list[str]:
    """Japanese templates directly in ``node`` (a string, an f-string or a list/tuple of them)."""
    found = []
    if isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            found += _strings(element)
        return found
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _template(node.left), _template(node.right)
        if left is not None and right is not None:
            return [left + right] if JAPANESE.search(left + right) else []
        return _strings(node.left) + _strings(node.right)
    template = _template(node)
    if template is not None and JAPANESE.search(template):
        found.append(template)
    return found


def modules() -> list[Path]:
    """Python files in scope."""
    files: list[Path] = []
    for entry in SCOPE:
        path = PACKAGE / entry
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [f for f in files if not any(str(f.relative_to(PACKAGE)).startswith(skip) for skip in START_UP_ONLY)]


def raised_templates() -> dict[str, str]:
    """{template: "file:line"} of every message in scope."""
    found: dict[str, str] = {}
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            candidates: list[ast.AST] = []
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if MESSAGE_CALLS.search(name):
                    # fail(column, message): the first argument of fail names a column of the file.
                    arguments = node.args[1:] if name.lstrip("_") == "fail" else node.args
                    candidates = [*arguments, *(keyword.value for keyword in node.keywords if keyword.arg in (None, "message"))]
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
                names = [target.id for target in node.targets if isinstance(target, ast.Name)]
                if any(MESSAGE_DICTS.search(name) for name in names):
                    candidates = list(node.value.values)
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant | ast.JoinedStr):
                names = [target.id for target in node.targets if isinstance(target, ast.Name)]
                if any(MESSAGE_CONSTANTS.search(name) for name in names):
                    candidates = [node.value]
            elif isinstance(node, ast.FunctionDef) and MESSAGE_FUNCTIONS.search(node.name):
                candidates = [child.value for child in ast.walk(node) if isinstance(child, ast.Return) and child.value is not None]
            elif (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.value, ast.Dict)
                and isinstance(node.target, ast.Name)
                and MESSAGE_DICTS.search(node.target.id)
            ):
                candidates = list(node.value.values)
            for candidate in candidates:
                for template in _strings(candidate):  # type: ignore[arg-type]
                    found.setdefault(template, f"{path.relative_to(ROOT)}:{getattr(candidate, 'lineno', 0)}")
    return found


def main() -> int:
    sys.path.insert(0, str(ROOT))
    templates = raised_templates()
    listed: set[str] = set()
    if "--missing" in sys.argv:
        from counselor_app.ui.service_messages import TEMPLATES

        listed = set(TEMPLATES)
    for template, where in sorted(templates.items(), key=lambda item: item[1]):
        if template not in listed:
            print(f"{where}\t{template}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

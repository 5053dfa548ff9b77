"""Every message a user may read from the domain, services or database layer is marked for translation."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop
from desktop.domain import errors

PACKAGE = Path(desktop.__file__).resolve().parent


def error_class_names() -> set[str]:
    names = {"BureauError"}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and base.id in vars(errors) for base in node.bases
            ):
                names.add(node.name)
    return names


def test_error_messages_are_marked_with_qt_translate_noop() -> None:
    names = error_class_names()
    unmarked = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
                first = node.args[0] if node.args else None
                marked = (
                    isinstance(first, ast.Call)
                    and isinstance(first.func, ast.Name)
                    and first.func.id == "QT_TRANSLATE_NOOP"
                    and isinstance(first.args[0], ast.Constant)
                    and first.args[0].value == errors.BureauError.context
                )
                if not marked:
                    unmarked.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert not unmarked, f'wrap the message in QT_TRANSLATE_NOOP("Errors", ...): {unmarked}'


def test_the_check_sees_the_error_classes() -> None:
    assert {"ValidationError", "PermissionDenied", "DatabaseRefused", "DatabaseUrlError"} <= error_class_names()

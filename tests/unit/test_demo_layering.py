"""The demo is a client of the services and the planner: nothing below it imports it."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop

PACKAGE = Path(desktop.__file__).parent
BELOW_THE_DEMO = ("db", "domain", "services")


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def test_services_domain_and_db_do_not_import_the_demo() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {module}"
        for layer in BELOW_THE_DEMO
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for module in sorted(imported_modules(path))
        if module == "desktop.demo" or module.startswith("desktop.demo.")
    ]
    assert offenders == []


def test_the_demo_modules_live_in_their_own_package() -> None:
    assert not list((PACKAGE / "services").glob("demo*.py"))
    assert {path.stem for path in (PACKAGE / "demo").glob("*.py")} >= {"load", "world", "orders", "history"}

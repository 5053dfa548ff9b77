from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.ui.i18n import translations

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files as the build makes them, from the .ts files as they are now."""
    spec = importlib.util.spec_from_file_location("translation_tools", ROOT / "translations" / "tools.py")
    assert spec is not None and spec.loader is not None
    tools = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tools)
    tools.build()


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    translations().switch("en")
    yield
    translations().switch("en")

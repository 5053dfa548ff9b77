"""The desktop bundle: built with packaging/build.py (PyInstaller), then run as a user would run it.

Takes about a minute (the build); ``pytest -m "not bundle"`` leaves it out.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_SIZE_MIB = 150
KNOWN_STDERR = {"This plugin does not support propagateSizeHints()"}

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason='PyInstaller is not installed: pip install -e ".[installer]" to build the bundle'),
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="the bundle is built and run by the tests on Linux; elsewhere see the README"),
]


def load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bureau_build_script", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    build = load_build_script()
    out = tmp_path_factory.mktemp("bundle")
    yield build.build(out / "dist", out / "build", quiet=True)
    sys.modules.pop("bureau_build_script", None)


def run_frozen(bundle: Any, *args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BUREAU_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    # Nothing from this virtual environment may leak into the frozen program.
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(name, None)
    return subprocess.run([str(bundle.executable), *args], capture_output=True, text=True, env=env, timeout=180,
                          cwd=data_dir)


def unexpected_stderr(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip() and line.strip() not in KNOWN_STDERR]


def test_the_bundle_is_small_and_holds_what_bureau_reads(bundle: Any) -> None:
    assert bundle.executable.is_file()
    assert bundle.size_mib < MAX_SIZE_MIB, f"the bundle is {bundle.size_mib:.1f} MiB"
    internal = bundle.folder / "_internal"
    files = {path.relative_to(internal).as_posix() for path in internal.rglob("*") if path.is_file()}
    for language in ("en", "fr", "de", "nl"):
        assert f"desktop/locale/bureau_{language}.qm" in files
    assert {name.rsplit("/", 1)[1] for name in files if name.startswith("PySide6/Qt/translations/")} == {
        "qtbase_fr.qm", "qtbase_de.qm", "qtbase_nl.qm"
    }
    migrations = {name for name in files if name.startswith("desktop/db/migrations/")}
    assert {"desktop/db/migrations/env.py", "desktop/db/migrations/script.py.mako",
            "desktop/db/migrations/versions/0001_initial_schema.py"} <= migrations
    assert "desktop/resources/icons/bureau.svg" in files
    locales = {name.rsplit("/", 1)[1].split(".")[0] for name in files if name.startswith("babel/locale-data/")}
    assert {"root", "en", "en_GB", "fr", "fr_BE", "fr_CH", "de", "de_AT", "de_CH", "nl", "nl_BE"} <= locales
    assert {locale.split("_")[0] for locale in locales} == {"root", "en", "fr", "de", "nl"}
    unused = ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt6Pdf", "Qt63D", "Qt6Multimedia", "Qt6Designer", "Qt6Help",
              "libgtk", "libcairo", "libpango")
    assert [name for name in files if any(part in name for part in unused)] == []


def test_the_frozen_program_passes_its_self_test(bundle: Any, tmp_path: Path) -> None:
    result = run_frozen(bundle, "--self-test", data_dir=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("ok: ") for line in lines), result.stdout
    assert any(line.startswith("ok: versions: Bureau ") and "frozen bundle" in line for line in lines)
    # Alembic found its scripts inside the bundle, not in this checkout.
    assert any(f"{bundle.folder / '_internal' / 'desktop' / 'db' / 'migrations'}" in line for line in lines)
    assert any(line.startswith("ok: PostgreSQL driver: psycopg ") for line in lines), "psycopg is in the test extra"
    assert unexpected_stderr(result) == []


def test_the_frozen_program_starts_in_french_and_saves_a_screenshot(bundle: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    shot = tmp_path / "shot.png"
    result = run_frozen(bundle, "--lang", "fr", "--demo", "--screenshot", str(shot), data_dir=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    # The start's own message ("Demo data added: ...") came out in French.
    assert result.stdout.strip() and not result.stdout.startswith("Demo data added"), result.stdout
    assert unexpected_stderr(result) == []
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 400
    assert (tmp_path / "bureau.sqlite").exists()

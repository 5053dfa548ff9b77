"""The packaging scripts that need no PyInstaller: the icon files and where the bundle's program is."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parent.parent


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bureau_packaging_{name}", ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def image_sides(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    sides = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        sides.append(image.width())
    return sides


def test_icons_for_windows_and_macos_are_rendered_from_the_svg(qapp: object, tmp_path: Path) -> None:
    icons = load("icons")
    made = icons.make_icons(tmp_path)
    assert image_sides(made["ico"]) == list(icons.ICO_SIZES)
    assert sorted(image_sides(made["icns"])) == sorted(side for _, side in icons.ICNS_TYPES)
    assert image_sides(made["png"]) == [icons.PNG_SIZE]
    data = made["icns"].read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)


@pytest.mark.qt_log_ignore("Cannot read file")
def test_an_invalid_svg_is_refused(qapp: object, tmp_path: Path) -> None:
    icons = load("icons")
    broken = tmp_path / "broken.svg"
    broken.write_text("not an svg")
    with pytest.raises(ValueError, match="not a valid SVG"):
        icons.make_icons(tmp_path / "out", broken)


@pytest.mark.parametrize(
    ("platform", "folder", "program"),
    [
        ("linux", "Bureau", "Bureau/bureau"),
        ("win32", "Bureau", "Bureau/Bureau.exe"),
        ("darwin", "Bureau.app", "Bureau.app/Contents/MacOS/Bureau"),
    ],
)
def test_the_build_script_knows_where_the_spec_puts_the_program(platform: str, folder: str, program: str) -> None:
    build = load("build")
    dist = Path("dist")
    assert build.bundle_paths(dist, platform) == (dist / folder, dist / program)

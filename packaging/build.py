"""Build Bureau's desktop bundle: compile the translations, run PyInstaller on build_installer.spec.

    python packaging/build.py                  # dist/Bureau/ (and dist/Bureau.app on macOS)
    python packaging/build.py --dist OUT --work TMP

Needs the project installed with its ``installer`` extra (``pip install -e ".[installer]"``). Prints the
bundle's path, its size in MiB and the build time; the exit status is PyInstaller's.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_installer.spec"
APP_NAME = "Bureau"
MIB = 1024 * 1024


@dataclass(frozen=True)
class Bundle:
    folder: Path  # dist/Bureau, or dist/Bureau.app on macOS
    executable: Path
    size: int  # bytes
    seconds: float

    @property
    def size_mib(self) -> float:
        return self.size / MIB


def compile_translations() -> list[Path]:
    spec = importlib.util.spec_from_file_location("bureau_translation_tools", ROOT / "translations" / "tools.py")
    assert spec is not None and spec.loader is not None
    tools = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tools)
    built: list[Path] = tools.build()
    return built


def folder_size(folder: Path) -> int:
    """Bytes in the files under ``folder``, links not followed (a .app links its resources)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def bundle_paths(dist: Path, platform: str = sys.platform) -> tuple[Path, Path]:
    """The bundle folder and the program in it, as build_installer.spec names them on ``platform``."""
    if platform == "darwin":
        app = dist / f"{APP_NAME}.app"
        return app, app / "Contents" / "MacOS" / APP_NAME
    folder = dist / APP_NAME
    if platform == "win32":
        return folder, folder / f"{APP_NAME}.exe"
    return folder, folder / "bureau"


def build(dist: Path = ROOT / "dist", work: Path = ROOT / "build", *, quiet: bool = False) -> Bundle:
    """Compile the translations and build the bundle into ``dist``; raises CalledProcessError on failure."""
    started = time.monotonic()
    compile_translations()
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
        "--distpath", str(dist), "--workpath", str(work),
        "--log-level", "WARN" if quiet else "INFO",
        str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    folder, executable = bundle_paths(dist)
    return Bundle(folder, executable, folder_size(folder), time.monotonic() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Bureau's desktop bundle with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)")
    parser.add_argument("--quiet", action="store_true", help="only PyInstaller's warnings and errors")
    args = parser.parse_args(argv)
    try:
        bundle = build(args.dist.resolve(), args.work.resolve(), quiet=args.quiet)
    except subprocess.CalledProcessError as error:
        print(f"build failed: PyInstaller exited with status {error.returncode}", file=sys.stderr)
        return error.returncode or 1
    print(f"bundle: {bundle.folder}")
    print(f"program: {bundle.executable}")
    print(f"size: {bundle.size_mib:.1f} MiB")
    print(f"build time: {bundle.seconds:.0f} s")
    print(f"check it with: {bundle.executable} --self-test")
    return 0


if __name__ == "__main__":
    sys.exit(main())

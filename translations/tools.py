"""Maintain and compile Bureau's translations.

    python translations/tools.py update    # refresh the .ts files from the sources (pyside6-lupdate)
    python translations/tools.py build     # compile the .ts files to desktop/locale/*.qm (pyside6-lrelease)

The build runs by itself when the package is built or installed (hatch_build.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "desktop" / "locale"
LANGUAGES = ("fr", "de", "nl")
# English is the source language; its file holds only the plural forms ("%n work order(s)").
PLURAL_ONLY = ("en",)



def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "desktop").rglob("*.py")
                  if "migrations" not in path.parts)


def ts_files() -> list[Path]:
    return [TS_DIR / f"bureau_{language}.ts" for language in (*PLURAL_ONLY, *LANGUAGES)]


def update(*extra: str) -> None:
    for language in (*PLURAL_ONLY, *LANGUAGES):
        flags = ["-pluralonly"] if language in PLURAL_ONLY else []
        ts = str((TS_DIR / f"bureau_{language}.ts").relative_to(ROOT))
        _run_in_root("lupdate", *sources(), "-no-obsolete", "-locations", "none", *flags, *extra,
                     "-source-language", "en", "-target-language", language, "-ts", ts)


def _run_in_root(name: str, *args: str) -> None:
    code = f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.argv[0] = '{name}'; sys.exit({name}())"
    subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT)


def build(out_dir: Path = QM_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in ts_files():
        qm = out_dir / (ts.stem + ".qm")
        # Written aside, then renamed over the old file: a running Bureau maps its .qm files into memory,
        # and rewriting one in place under it would crash it.
        # Named for this process: test workers running side by side build them at the same time.
        fresh = qm.with_suffix(f".qm.{os.getpid()}.new")
        _run_in_root("lrelease", "-silent", str(ts), "-qm", str(fresh))
        os.replace(fresh, qm)
        built.append(qm)
    return built


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update(*sys.argv[2:])
    elif command == "build":
        for path in build():
            print(path)
    else:
        print(__doc__)
        sys.exit(2)

"""Where Bureau keeps its files: the per-user data folder, or ``BUREAU_DATA_DIR``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Bureau"
DATA_DIR_ENV = "BUREAU_DATA_DIR"


def data_dir_location() -> Path:
    """The data folder's path, without creating it."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override).expanduser() if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The data folder, created when missing; OSError when it cannot be."""
    folder = data_dir_location()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def bundle_dir() -> Path:
    """The folder holding the package's files, inside a PyInstaller bundle too."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) / "desktop" if frozen else Path(__file__).resolve().parent


def locale_dir() -> Path:
    """Compiled Bureau translations (.qm)."""
    return bundle_dir() / "locale"


def resources_dir() -> Path:
    """Icons and other bundled files: inside the installed package, or at the top of a source checkout."""
    packaged = bundle_dir() / "resources"
    return packaged if packaged.is_dir() else bundle_dir().parent / "resources"

"""First impressions at the command line: messages in the --lang language, --demo on a new server, and a Linux
desktop without Qt's X11 libraries."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from desktop import app as bureau_app
from desktop.app import DEBIAN_X11_PACKAGES, FEDORA_X11_PACKAGES, main, missing_x11_libraries
from desktop.db.engine import Database, make_engine
from desktop.db.models import User, WorkOrder
from desktop.demo import DEMO_LOGIN, DEMO_PASSWORD
from desktop.domain.errors import AuthenticationFailed
from desktop.domain.permissions import Permission
from desktop.services.users import sign_in
from desktop.ui import errors
from desktop.ui.first_admin_dialog import FirstAdministratorDialog
from desktop.ui.settings import Settings
from tests.ui.modal import when_dialog_opens
from tests.ui.test_cli import ROOT, assert_one_line_error, run_bureau

PASSWORD = "first-admin-pass"


# Mistakes on the command line, in the language asked for.


@pytest.mark.parametrize(
    ("args", "french"),
    [
        (["--lang", "fr", "--demo-size", "0"], "bureau: argument --demo-size : doit être supérieur à 0 : 0"),
        (["--demo-size", "x", "--lang=fr"], "bureau: argument --demo-size : ce n’est pas un nombre entier : x"),
        (["--lang", "fr", "generate-ppm", "--until", "2026-13-01"],
         "bureau: argument --until : ce n’est pas une date (AAAA-MM-JJ) : 2026-13-01"),
        (["generate-ppm", "--lang", "fr", "--frob"], "bureau: arguments non reconnus : --frob"),
        (["--lang", "fr", "import-buildings"], "bureau: les arguments suivants sont obligatoires : FILE"),
    ],
)
def test_a_command_line_mistake_is_one_line_in_the_language_asked_for(
    data_dir: Path, args: list[str], french: str
) -> None:
    result = run_bureau(*args, data_dir=data_dir)
    assert_one_line_error(result)
    # French puts a no-break space before a colon.
    assert result.returncode == 2 and result.stderr.strip() == french.replace(" :", "\u00a0:")
    assert not (data_dir / "bureau.sqlite").exists()


def test_without_lang_a_command_line_mistake_follows_the_saved_language(data_dir: Path) -> None:
    Settings().language = "fr"
    result = run_bureau("--demo-size", "0", data_dir=data_dir, env={"BUREAU_LANG": ""})
    expected = "bureau: argument --demo-size : doit être supérieur à 0 : 0"
    assert result.stderr.strip() == expected.replace(" :", "\u00a0:")


def test_lang_is_obeyed_on_the_window_path_and_by_the_commands(data_dir: Path, tmp_path: Path) -> None:
    Settings().language = "de"
    missing = tmp_path / "missing.sqlite"
    for args in (["--screenshot", str(tmp_path / "x.png")], ["generate-ppm"], ["import-buildings", "x.xlsx"]):
        result = run_bureau("--lang", "fr", "--database", str(missing), *args, data_dir=data_dir)
        assert_one_line_error(result, f"Il n’y a pas de base de données Bureau à {missing}.")


# --demo on a new server.


@pytest.fixture
def at_the_window(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    """main() as if someone sat at a screen."""
    monkeypatch.setattr(bureau_app, "is_headless", lambda: False)
    monkeypatch.setattr(errors._State, "interactive", False)
    monkeypatch.setattr(errors._State, "failed", False)
    monkeypatch.delenv("BUREAU_USER", raising=False)
    monkeypatch.delenv("BUREAU_PASSWORD", raising=False)


@pytest.fixture
def server(postgres_schema_url: URL) -> Iterator[URL]:
    yield postgres_schema_url
    for window in QApplication.topLevelWidgets():
        window.close()


def create_administrator(dialog: QWidget) -> None:
    assert isinstance(dialog, FirstAdministratorDialog)
    dialog.login.setText("alice")
    dialog.display_name.setText("Alice Admin")
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD)
    dialog.accept()
    # The main window follows: leave the event loop once it runs.
    QTimer.singleShot(0, lambda: QApplication.exit(0))


def test_demo_on_a_new_server_asks_for_the_first_administrator(
    qapp: QApplication, at_the_window: None, server: URL
) -> None:
    seen = when_dialog_opens(create_administrator)
    url = server.render_as_string(hide_password=False)
    assert main(["--database", url, "--demo-size", "30"]) == 0
    assert len(seen) == 1 and isinstance(seen[0], FirstAdministratorDialog)
    db = Database(make_engine(server))
    try:
        administrator = sign_in(db, "alice", PASSWORD)
        assert administrator.can(Permission.ADMIN)
        with db.reading() as session:
            assert session.scalar(select(func.count()).select_from(WorkOrder)) == 30
            without_password = set(session.scalars(select(User.login).where(User.password_hash.is_(None))))
        assert DEMO_LOGIN in without_password and len(without_password) == 5
        with pytest.raises(AuthenticationFailed):
            sign_in(db, DEMO_LOGIN, DEMO_PASSWORD)
    finally:
        db.dispose()


def test_demo_on_a_new_server_without_a_screen_makes_the_administrator_from_the_environment(
    data_dir: Path, tmp_path: Path, server: URL
) -> None:
    url = server.render_as_string(hide_password=False)
    shot = tmp_path / "window.png"
    env = {"BUREAU_USER": "alice", "BUREAU_PASSWORD": PASSWORD}
    result = run_bureau("--database", url, "--demo-size", "30", "--screenshot", str(shot), data_dir=data_dir, env=env)
    assert result.returncode == 0, result.stderr
    assert shot.exists()
    assert "The demo's agents have no password" in result.stdout
    db = Database(make_engine(server))
    try:
        assert sign_in(db, "alice", PASSWORD).can(Permission.ADMIN)
    finally:
        db.dispose()


# A Linux desktop without Qt's X11 libraries.


@pytest.fixture
def linux_x11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)


def without_cursor(file_name: str) -> bool:
    return not file_name.startswith("libxcb-cursor")


def test_a_missing_x11_library_is_found_before_qt_starts(linux_x11: None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert missing_x11_libraries(without_cursor) == ["xcb-cursor"]
    assert missing_x11_libraries(lambda name: True) == []
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert missing_x11_libraries(without_cursor) == ["xcb-cursor"]


@pytest.mark.parametrize(("variable", "value"), [("QT_QPA_PLATFORM", "offscreen"), ("QT_QPA_PLATFORM", "wayland"),
                                                 ("WAYLAND_DISPLAY", "wayland-0")])
def test_x11_libraries_are_not_asked_for_when_qt_does_not_use_x11(
    linux_x11: None, monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    assert missing_x11_libraries(without_cursor) == []


def test_x11_libraries_are_not_asked_for_off_linux(linux_x11: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert missing_x11_libraries(lambda name: False) == []


def test_bureau_says_which_packages_to_install_in_one_line(data_dir: Path) -> None:
    code = (
        "import sys; import desktop.app as app; "
        "app.loadable = lambda name: not name.startswith('libxcb-cursor'); sys.exit(app.run())"
    )
    env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env |= {"BUREAU_DATA_DIR": str(data_dir), "BUREAU_LANG": "en"}
    result = subprocess.run([sys.executable, "-c", code, "--demo"], capture_output=True, text=True, env=env,
                            timeout=120, cwd=ROOT)
    assert_one_line_error(result, "X11 libraries xcb-cursor.", DEBIAN_X11_PACKAGES, FEDORA_X11_PACKAGES)
    assert result.returncode == 1 and result.stdout == ""
    assert not (data_dir / "bureau.sqlite").exists()

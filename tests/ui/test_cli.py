"""The command line as a user meets it: one clear line and a non-zero exit on errors, never a traceback."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

import desktop
from desktop import app as bureau_app
from desktop.app import main
from desktop.ui import errors

ROOT = Path(desktop.__file__).resolve().parent.parent
# Every start-up failure ends within this, with no one to click anything.
STARTUP_FAILURE_S = 10


def run_bureau(*args: str, data_dir: Path, env: dict[str, str] | None = None,
               **popen: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BUREAU_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "BUREAU_LANG": "en",
           **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          timeout=120, **popen)


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("bureau: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_version(data_dir: Path) -> None:
    result = run_bureau("--version", data_dir=data_dir)
    assert result.returncode == 0
    assert result.stdout.startswith("Bureau ")


def test_a_file_that_is_not_a_bureau_database_is_refused_and_left_alone(data_dir: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    before = notes.read_bytes()
    result = run_bureau("--database", str(notes), "--screenshot", str(tmp_path / "x.png"), data_dir=data_dir)
    assert_one_line_error(result, "not a Bureau database")
    assert notes.read_bytes() == before
    assert not (tmp_path / "x.png").exists()


def test_an_unreachable_server_is_one_clear_line(data_dir: Path, tmp_path: Path) -> None:
    result = run_bureau("--database", "postgresql://nobody@127.0.0.1:9/nothing", "--screenshot",
                        str(tmp_path / "x.png"), data_dir=data_dir)
    assert_one_line_error(result, "Cannot open the database")


@pytest.mark.parametrize("url", ["mysql://someone@server/db", "not a url://at all"])
def test_a_bad_database_url_is_one_clear_line(data_dir: Path, tmp_path: Path, url: str) -> None:
    result = run_bureau("--database", url, "--screenshot", str(tmp_path / "x.png"), data_dir=data_dir)
    assert_one_line_error(result)


def test_screenshot_of_a_new_embedded_database(qapp: object, data_dir: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    assert main(["--screenshot", str(shot)]) == 0
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 400
    assert (data_dir / "bureau.sqlite").exists()


def test_demo_then_screenshot_shows_the_demo_orders(qapp: object, data_dir: Path, tmp_path: Path) -> None:
    from desktop.db.engine import Database, make_engine
    from desktop.services.workorders import count_orders

    shot = tmp_path / "demo.png"
    assert main(["--demo", "--screenshot", str(shot)]) == 0
    assert not QImage(str(shot)).isNull()
    db = Database(make_engine(f"sqlite:///{data_dir / 'bureau.sqlite'}"))
    try:
        demo_orders = count_orders(db)
        assert 400 <= demo_orders <= 600
        # Run again: the same database opens, nothing is added twice.
        assert main(["--demo", "--screenshot", str(shot)]) == 0
        assert count_orders(db) == demo_orders
    finally:
        db.dispose()


# Databases that cannot be opened: one line, a non-zero status, quickly, on both paths, nothing written.

WINDOW, GENERATE = "window", "generate-ppm"
PATHS = [WINDOW, GENERATE]


def fail_fast(where: str, database: str, *extra: str, data_dir: Path, shot: Path,
              **popen: Any) -> subprocess.CompletedProcess[str]:
    """Start on ``database`` the window way (--screenshot) or as generate-ppm; it must fail as promised."""
    args = ["--database", database, *extra]
    args += ["--screenshot", str(shot)] if where == WINDOW else [GENERATE]
    started = time.monotonic()
    result = run_bureau(*args, data_dir=data_dir, **popen)
    elapsed = time.monotonic() - started
    assert_one_line_error(result)
    assert elapsed < STARTUP_FAILURE_S, f"{elapsed:.1f} s: {result.stderr}"
    assert not shot.exists()
    return result


def the_line(result: subprocess.CompletedProcess[str]) -> str:
    return result.stderr.strip()


@pytest.mark.parametrize("where", PATHS)
@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://u@127.0.0.1:notaport/x", "postgresql://u@127.0.0.1:notaport/x"),
        ("postgresql://u@[::1/x", "postgresql://u@[::1/x"),
        ("postgresql://u:secret@[::1/x", "postgresql://u:***@[::1/x"),
    ],
)
def test_a_url_that_cannot_be_read_is_one_line(data_dir: Path, tmp_path: Path, where: str, url: str,
                                               shown: str) -> None:
    result = fail_fast(where, url, data_dir=data_dir, shot=tmp_path / "x.png")
    assert "Not a database URL" in the_line(result) and shown in the_line(result)
    assert "secret" not in result.stderr


@pytest.mark.parametrize("where", PATHS)
def test_a_path_under_proc_is_one_line(data_dir: Path, tmp_path: Path, where: str) -> None:
    missing = fail_fast(where, "/proc/bureau/x.sqlite", data_dir=data_dir, shot=tmp_path / "x.png")
    assert "There is no Bureau database at /proc/bureau/x.sqlite" in the_line(missing)
    created = fail_fast(where, "/proc/bureau/x.sqlite", "--create", data_dir=data_dir, shot=tmp_path / "x.png")
    assert "Cannot create the folder /proc/bureau " in the_line(created)
    assert "choose a folder you can write to" in the_line(created)


@pytest.mark.parametrize("where", PATHS)
def test_a_path_under_a_regular_file_is_one_line(data_dir: Path, tmp_path: Path, where: str) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    database = str(notes / "x.sqlite")
    missing = fail_fast(where, database, data_dir=data_dir, shot=tmp_path / "x.png")
    assert f"There is no Bureau database at {database}" in the_line(missing)
    created = fail_fast(where, database, "--create", data_dir=data_dir, shot=tmp_path / "x.png")
    assert f"Cannot create the folder {notes} for the database {database} (Not a directory)" in the_line(created)
    assert notes.read_text() == "shopping list\n"


@pytest.mark.parametrize("where", PATHS)
def test_a_missing_file_is_refused_and_nothing_is_created(data_dir: Path, tmp_path: Path, where: str) -> None:
    database = tmp_path / "typo" / "bureau.sqlite"
    result = fail_fast(where, str(database), data_dir=data_dir, shot=tmp_path / "x.png")
    assert the_line(result) == (
        f"bureau: There is no Bureau database at {database}. Check the path, or add --create to create a new "
        "database there."
    )
    assert not (tmp_path / "typo").exists()


@pytest.mark.parametrize("where", PATHS)
def test_a_missing_file_named_by_the_environment_is_refused_too(data_dir: Path, tmp_path: Path, where: str) -> None:
    database = tmp_path / "typo.sqlite"
    shot = tmp_path / "x.png"
    args = ["--screenshot", str(shot)] if where == WINDOW else [GENERATE]
    result = run_bureau(*args, data_dir=data_dir, env={"BUREAU_DATABASE_URL": str(database)})
    assert_one_line_error(result, f"There is no Bureau database at {database}")
    assert not database.exists() and not shot.exists()


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts connections and never answers, like a server that hangs."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


@pytest.mark.parametrize("where", PATHS)
def test_a_server_that_does_not_answer_does_not_hang(data_dir: Path, tmp_path: Path, silent_server: int,
                                                     where: str) -> None:
    url = f"postgresql://agent:secret@127.0.0.1:{silent_server}/bureau"
    result = fail_fast(where, url, data_dir=data_dir, shot=tmp_path / "x.png")
    assert f"Cannot open the database postgresql+psycopg://agent:***@127.0.0.1:{silent_server}/bureau" in the_line(
        result
    )
    assert "secret" not in result.stderr


def test_a_data_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    for args in (["--screenshot", str(tmp_path / "x.png")], [GENERATE]):
        result = run_bureau(*args, data_dir=notes / "data")
        assert_one_line_error(result, f"Cannot use the data folder {notes / 'data'}", "BUREAU_DATA_DIR")
    assert not (tmp_path / "x.png").exists()


# Creating a database is asked for; the default one is made on first start.


def test_create_makes_a_new_database_where_there_was_none(data_dir: Path, tmp_path: Path) -> None:
    database = tmp_path / "new" / "folder" / "bureau.sqlite"
    result = run_bureau("--database", str(database), GENERATE, "--create", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("PPM work orders created: 0 ")
    assert database.stat().st_size > 0
    # From now on it is there: no --create needed.
    again = run_bureau("--database", str(database), GENERATE, data_dir=data_dir)
    assert again.returncode == 0 and again.stdout.startswith("PPM work orders created: 0 "), again.stderr


def test_create_on_the_window_path(data_dir: Path, tmp_path: Path) -> None:
    database, shot = tmp_path / "new.sqlite", tmp_path / "shot.png"
    result = run_bureau("--create", "--database", str(database), "--screenshot", str(shot), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert database.stat().st_size > 0 and not QImage(str(shot)).isNull()


def test_an_existing_empty_file_is_a_new_database(data_dir: Path, tmp_path: Path) -> None:
    database = tmp_path / "empty.sqlite"
    database.touch()
    result = run_bureau("--database", str(database), GENERATE, data_dir=data_dir)
    assert result.returncode == 0 and result.stdout.startswith("PPM work orders created: 0 "), result.stderr
    assert database.stat().st_size > 0


def test_the_default_database_is_created_without_create(data_dir: Path) -> None:
    assert not any(data_dir.iterdir())
    result = run_bureau(GENERATE, data_dir=data_dir)
    assert result.returncode == 0 and result.stdout.startswith("PPM work orders created: 0 "), result.stderr
    assert (data_dir / "bureau.sqlite").stat().st_size > 0


def test_generating_more_than_a_year_ahead_is_refused_in_one_line_unless_asked(data_dir: Path, tmp_path: Path) -> None:
    database = tmp_path / "bureau.sqlite"
    assert run_bureau("--database", str(database), GENERATE, "--create", data_dir=data_dir).returncode == 0
    far = (date.today() + timedelta(days=400)).isoformat()
    result = run_bureau("--database", str(database), GENERATE, "--until", far, data_dir=data_dir)
    assert_one_line_error(result, "more than a year ahead")
    assert result.stdout == ""
    asked = run_bureau("--database", str(database), GENERATE, "--until", far, "--far-ahead", data_dir=data_dir)
    assert asked.returncode == 0 and asked.stdout.startswith("PPM work orders created: 0 "), asked.stderr
    # A day long past is no refusal: there is nothing to do up to it.
    past = run_bureau("--database", str(database), GENERATE, "--until", "1900-01-01", data_dir=data_dir)
    assert past.returncode == 0 and past.stdout.startswith("PPM work orders created: 0 "), past.stderr


def test_generate_ppm_help_tells_of_far_ahead(data_dir: Path) -> None:
    result = run_bureau(GENERATE, "--help", data_dir=data_dir)
    assert result.returncode == 0 and "--far-ahead" in result.stdout and "missed" in result.stdout


@pytest.fixture
def at_the_window(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """main() as if someone sat at a screen: the question box's questions are recorded."""
    asked: list[Path] = []
    monkeypatch.setattr(bureau_app, "is_headless", lambda: False)
    monkeypatch.setattr(errors._State, "interactive", False)
    monkeypatch.setattr(errors._State, "failed", False)
    return asked


def test_at_the_window_no_to_the_question_creates_nothing(qapp: object, tmp_path: Path, at_the_window: list[Path],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bureau_app, "ask_to_create", lambda path: at_the_window.append(path) or False)
    database = tmp_path / "typo" / "bureau.sqlite"
    assert main(["--database", str(database)]) == 1
    assert at_the_window == [database] and not (tmp_path / "typo").exists()


def test_at_the_window_yes_to_the_question_creates_the_database(
    qapp: QApplication, tmp_path: Path, at_the_window: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bureau_app, "ask_to_create", lambda path: at_the_window.append(path) or True)
    database = tmp_path / "new" / "bureau.sqlite"
    # Nobody closes the window: leave the event loop as soon as it runs.
    leave = QTimer()
    leave.timeout.connect(lambda: QApplication.exit(0))
    leave.start(50)
    try:
        assert main(["--database", str(database)]) == 0
    finally:
        leave.stop()
        for window in QApplication.topLevelWidgets():
            window.close()
    assert at_the_window == [database] and database.stat().st_size > 0
    assert not errors._State.interactive


# Unexpected errors: logged, one line, a non-zero status, never a box or a hang.


def test_an_unexpected_exception_in_main_is_one_line(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    def broken(argv: object = None) -> int:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(bureau_app, "main", broken)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(errors.log, "handlers", [])
    monkeypatch.setattr(errors._State, "failed", False)
    assert bureau_app.run() == 1
    for handler in errors.log.handlers:
        handler.close()
    log = data_dir / errors.LOG_FILE
    assert capsys.readouterr().err.splitlines() == [
        f"bureau: Unexpected error: RuntimeError: disk on fire. The details are in {log}."
    ]
    assert "Traceback" in log.read_text(encoding="utf-8")


FAILING_SLOT = """
import sys
from PySide6.QtCore import QTimer
import desktop.app as app

def fail() -> None:
    raise RuntimeError("slot on fire")

app.schedule_screenshot = lambda window, path: QTimer.singleShot(0, fail)
sys.argv = ["bureau", "--screenshot", sys.argv[1]]
sys.exit(app.run())
"""


def test_an_error_in_a_slot_of_a_headless_run_ends_it_in_one_line(data_dir: Path, tmp_path: Path) -> None:
    env = {**os.environ, "BUREAU_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "BUREAU_LANG": "en"}
    shot = tmp_path / "x.png"
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", FAILING_SLOT, str(shot)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert time.monotonic() - started < STARTUP_FAILURE_S
    # Qt's offscreen platform says so when a window shows; not Bureau's.
    result.stderr = result.stderr.replace("This plugin does not support propagateSizeHints()\n", "")
    assert_one_line_error(result, "Unexpected error: RuntimeError: slot on fire", str(data_dir / errors.LOG_FILE))
    assert not shot.exists()
    assert "slot on fire" in (data_dir / errors.LOG_FILE).read_text(encoding="utf-8")


# Read-only places. Root ignores permission bits: the runs are made as user nobody, or as root without the
# capabilities that override them.

DROP_OVERRIDES = ["setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", "--"]


@pytest.fixture
def world_dir() -> Iterator[Path]:
    """A folder anyone may enter (pytest's own are private to root), removed afterwards."""
    folder = Path(tempfile.mkdtemp(dir="/tmp", prefix="bureau-test-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(folder)


@cache
def _unprivileged() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]] | str:
    """How to run Bureau where permission bits apply: (command prefix, subprocess options), or why not."""
    if os.geteuid() != 0:
        return (), ()
    probe = [sys.executable, "-c", "import desktop"]
    try:
        if subprocess.run(probe, user="nobody", group="nogroup", cwd=ROOT, capture_output=True,
                          timeout=60).returncode == 0:
            return (), (("user", "nobody"), ("group", "nogroup"))
    except (OSError, KeyError, ValueError):
        pass
    if shutil.which("setpriv"):
        with tempfile.NamedTemporaryFile(dir="/tmp") as handle:
            os.chmod(handle.name, stat.S_IRUSR)
            code = f"import os, sys; sys.exit(os.access({handle.name!r}, os.W_OK))"
            check = [*DROP_OVERRIDES, sys.executable, "-c", code]
            if subprocess.run(check, capture_output=True, timeout=60).returncode == 0:
                return tuple(DROP_OVERRIDES), ()
    return "running as root, and neither user nobody (who cannot reach this Python) nor setpriv can run Bureau " \
           "where permission bits apply"


def run_unprivileged(where: str, database: Path, *extra: str, world: Path) -> subprocess.CompletedProcess[str]:
    how = _unprivileged()
    if isinstance(how, str):
        pytest.skip(how)
    prefix, options = how
    data = world / "data"
    data.mkdir(exist_ok=True)
    data.chmod(0o777)
    shot = world / "x.png"
    args = [*prefix, sys.executable, "-m", "desktop", "--database", str(database), *extra]
    args += ["--screenshot", str(shot)] if where == WINDOW else [GENERATE]
    env = {**os.environ, "BUREAU_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen", "BUREAU_LANG": "en"}
    started = time.monotonic()
    result = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, **dict(options))
    assert time.monotonic() - started < STARTUP_FAILURE_S
    assert_one_line_error(result, str(database), "Choose a folder you can write to.")
    assert not shot.exists()
    return result


@pytest.mark.parametrize("where", PATHS)
def test_a_read_only_new_database_file_is_one_line(world_dir: Path, where: str) -> None:
    folder = world_dir / "open"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    database = folder / "bureau.sqlite"
    database.touch()
    database.chmod(0o444)
    result = run_unprivileged(where, database, world=world_dir)
    assert f"Cannot create the database {database}: the file is read-only." in the_line(result)
    assert database.stat().st_size == 0


@pytest.mark.parametrize("where", PATHS)
def test_a_read_only_folder_is_one_line(world_dir: Path, where: str) -> None:
    folder = world_dir / "closed"
    folder.mkdir()
    empty = folder / "empty.sqlite"
    empty.touch()
    empty.chmod(0o666)
    folder.chmod(0o555)
    database = folder / "bureau.sqlite"
    result = run_unprivileged(where, database, "--create", world=world_dir)
    assert f"Cannot create the database {database}: its folder {folder} is read-only." in the_line(result)
    assert not database.exists()
    # An empty file there is a new database too, which cannot be made beside it.
    result = run_unprivileged(where, empty, world=world_dir)
    assert f"its folder {folder} is read-only" in the_line(result)
    assert sorted(path.name for path in folder.iterdir()) == ["empty.sqlite"]


@pytest.mark.parametrize(
    ("value", "fragment"),
    [("0", "greater than 0"), ("-5", "greater than 0"), ("1e5", "not a whole number"),
     ("99999999999", "at most 10000000")],
)
def test_a_demo_size_bureau_cannot_make_is_refused_before_anything_starts(
    data_dir: Path, value: str, fragment: str
) -> None:
    result = run_bureau("--demo-size", value, data_dir=data_dir)
    assert result.returncode == 2 and fragment in result.stderr and "Traceback" not in result.stderr
    assert not (data_dir / "bureau.sqlite").exists()


def test_a_screenshot_that_cannot_be_saved_is_one_line(data_dir: Path) -> None:
    result = run_bureau("--screenshot", "/proc/bureau/shot.png", data_dir=data_dir)
    assert_one_line_error(result, "Cannot save the screenshot", "/proc/bureau/shot.png")

"""The command line as a user meets it: one clear line and a non-zero exit on errors, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.app import main


def run_bureau(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BUREAU_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "BUREAU_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          timeout=120)


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

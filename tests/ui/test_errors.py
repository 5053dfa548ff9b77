from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui import errors


@pytest.fixture(autouse=True)
def fresh_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no log handler, not at the window and with nothing failed; all restored after."""
    monkeypatch.setattr(errors.log, "handlers", [])
    monkeypatch.setattr(errors._State, "interactive", False)
    monkeypatch.setattr(errors._State, "failed", False)


def raise_and_report(text: str) -> None:
    try:
        raise RuntimeError(text)
    except RuntimeError as error:
        errors.report_unexpected(RuntimeError, error, error.__traceback__)


def close_handlers() -> None:
    for handler in errors.log.handlers:
        handler.close()


def test_an_unexpected_error_is_logged_and_told_in_one_sentence(
    qapp: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors.QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    errors.set_interactive(True)
    errors.setup_logging()
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError as error:
        errors.report_unexpected(RuntimeError, error, error.__traceback__)
    for handler in errors.log.handlers:
        handler.close()
    log_text = (data_dir / errors.LOG_FILE).read_text(encoding="utf-8")
    assert "Traceback" in log_text and "disk on fire" in log_text
    [(title, text)] = shown
    assert title == "Unexpected error"
    assert "Traceback" not in text and str(data_dir / errors.LOG_FILE) in text
    assert logging.getLogger("bureau") is errors.log
    assert not errors.failed()


def test_without_someone_at_the_window_it_is_one_line_and_a_failure(
    qapp: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(errors.QMessageBox, "critical", lambda *args: shown.append("box"))
    errors.setup_logging()
    raise_and_report("disk on fire")
    close_handlers()
    assert shown == []
    log = data_dir / errors.LOG_FILE
    assert capsys.readouterr().err.splitlines() == [
        f"bureau: Unexpected error: RuntimeError: disk on fire. The details are in {log}."
    ]
    assert "disk on fire" in (data_dir / errors.LOG_FILE).read_text(encoding="utf-8")
    assert errors.failed()


def test_a_log_that_cannot_be_written_is_left_out_of_the_line(
    qapp: object, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / errors.LOG_FILE).mkdir()  # cannot be opened as a file, even by root
    errors.setup_logging()
    raise_and_report("disk on fire")
    close_handlers()
    assert capsys.readouterr().err.splitlines() == ["bureau: Unexpected error: RuntimeError: disk on fire."]


def test_logging_without_a_data_folder_does_not_fail(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("not a folder\n")
    monkeypatch.setenv("BUREAU_DATA_DIR", str(tmp_path / "notes.txt" / "data"))
    errors.setup_logging()
    raise_and_report("disk on fire")
    close_handlers()
    assert capsys.readouterr().err.splitlines() == ["bureau: Unexpected error: RuntimeError: disk on fire."]


REPORT_WITHOUT_WIDGETS = """
import sys
from PySide6.QtCore import QCoreApplication
from desktop.ui import errors

app = QCoreApplication([])
errors.install()
errors.set_interactive(True)
try:
    raise RuntimeError("disk on fire")
except RuntimeError as error:
    errors.report_unexpected(RuntimeError, error, error.__traceback__)
sys.exit(7 if errors.failed() else 0)
"""


def test_with_a_bare_core_application_no_widget_is_built(data_dir: Path) -> None:
    env = {**os.environ, "BUREAU_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "BUREAU_LANG": "en"}
    result = subprocess.run([sys.executable, "-c", REPORT_WITHOUT_WIDGETS], capture_output=True, text=True, env=env,
                            timeout=60)
    # Qt aborts (status 134, "Cannot create a QWidget without QApplication") if a box is built.
    assert result.returncode == 7, result.stderr
    assert result.stderr.splitlines() == [
        f"bureau: Unexpected error: RuntimeError: disk on fire. The details are in {data_dir / errors.LOG_FILE}."
    ]

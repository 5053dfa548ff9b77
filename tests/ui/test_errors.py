from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop.ui import errors


def test_an_unexpected_error_is_logged_and_told_in_one_sentence(
    qapp: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors.QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(errors.log, "handlers", [])
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

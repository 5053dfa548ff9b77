"""Unexpected errors: written to the log in the data folder, shown to the agent as one clear message."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.paths import data_dir

LOG_FILE = "bureau.log"
log = logging.getLogger("bureau")


def setup_logging() -> None:
    if log.handlers:
        return
    handler = logging.FileHandler(data_dir() / LOG_FILE, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def report_unexpected(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook: log the traceback, tell the agent in a sentence; the app keeps running."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
    if QApplication.instance() is None:
        return
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Errors", "Unexpected error"),
        QCoreApplication.translate(
            "Errors",
            "Something went wrong and the last action may not have been completed. Nothing else was changed. "
            "The details are in {path}.",
        ).format(path=data_dir() / LOG_FILE),
    )


def install() -> None:
    setup_logging()
    sys.excepthook = report_unexpected

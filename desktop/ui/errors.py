"""Unexpected errors: written to the log in the data folder, shown to the agent as one clear message."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QThread, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.paths import data_dir, data_dir_location

LOG_FILE = "bureau.log"
log = logging.getLogger("bureau")


class _State:
    interactive = False  # an agent sits at the running main window: errors may be shown in a box
    failed = False  # an unexpected error ended a run with no one to show it to


class _LogFile(logging.FileHandler):
    """The log in the data folder; a log that cannot be written is skipped silently, never a traceback."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            super().emit(record)
        except OSError:
            pass

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        pass


def setup_logging() -> None:
    """Log to bureau.log in the data folder; without a usable data folder, nothing is logged."""
    if log.handlers:
        return
    log.setLevel(logging.INFO)
    try:
        folder = data_dir()
    except OSError:
        log.addHandler(logging.NullHandler())
        return
    handler = _LogFile(folder / LOG_FILE, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)


def set_interactive(interactive: bool) -> None:
    """Whether unexpected errors are shown in a box (the main window is up, someone is there) or end the run."""
    _State.interactive = interactive


def failed() -> bool:
    """True once an unexpected error has ended a run that had no one to show it to."""
    return _State.failed


def _log_unexpected(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> Path | None:
    """Log the traceback; the log file's path when it was written to."""
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler) and handler.stream is not None:
            handler.flush()
            return Path(handler.baseFilename)
    return None


def one_line(error: BaseException) -> str:
    """The error's type and the first line of its text."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


def _print_unexpected(error: BaseException, log_path: Path | None) -> None:
    if log_path is not None:
        message = QCoreApplication.translate("Errors", "Unexpected error: {error}. The details are in {path}.")
    else:
        message = QCoreApplication.translate("Errors", "Unexpected error: {error}.")
    text = message.format(error=one_line(error).rstrip("."), path=log_path)
    print(f"bureau: {text}", file=sys.stderr, flush=True)


def report_unexpected(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook: log the traceback. At the main window with someone there, tell them in a box and keep
    running; otherwise (start-up, headless, --screenshot, no widgets) print one line and end with status 1."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log_path = _log_unexpected(kind, error, trace)
    app = QCoreApplication.instance()
    if _State.interactive and isinstance(app, QApplication):
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Errors", "Unexpected error"),
            QCoreApplication.translate(
                "Errors",
                "Something went wrong and the last action may not have been completed. Nothing else was changed. "
                "The details are in {path}.",
            ).format(path=log_path or data_dir_location() / LOG_FILE),
        )
        return
    _State.failed = True
    _print_unexpected(error, log_path)
    # Leave the running event loops; with none running, the start sees failed() before it begins one.
    if app is not None and QThread.currentThread().loopLevel() > 0:
        QCoreApplication.exit(1)


def report_fatal(error: BaseException) -> int:
    """An exception that ended the program: logged, one line on stderr; returns the exit status."""
    _State.failed = True
    _print_unexpected(error, _log_unexpected(type(error), error, error.__traceback__))
    return 1


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to the log, never to the console, where Bureau's errors are one line each."""
    log.log(_QT_LEVELS.get(kind, logging.WARNING), "Qt: %s", message)


def install() -> None:
    setup_logging()
    sys.excepthook = report_unexpected
    qInstallMessageHandler(qt_message)

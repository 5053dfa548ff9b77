"""One background job at a time for a window: a worker thread, a progress dialog whose Cancel stops it.

:class:`BackgroundRunner` holds what the runners of the helpdesk list (export, bulk actions) share: a pool of
one thread, the stop flag the worker checks, the busy state, the progress dialog made once and reused, and the
worker's errors carried to the UI thread. A subclass starts its work with :meth:`_run` and says what the agent
reads: the text while cancelling, the text of an unexpected error and how an error is shown.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from desktop.domain.errors import BureauError
from desktop.domain.i18n import Message
from desktop.ui.errors import log
from desktop.ui.i18n import translate_message


class WorkerSignals(QObject):
    """Carries the worker's news to the UI thread."""

    progressed = Signal(int)
    done = Signal(object)  # the worker's result
    failed = Signal(object)  # the Message of a BureauError, or the text of an unexpected error


class BackgroundRunner(QObject):
    """Runs one job at a time for a window, in a worker thread, behind a progress dialog."""

    failed = Signal(str)  # the message shown to the agent
    busyChanged = Signal(bool)

    signals_class: type[WorkerSignals] = WorkerSignals

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        # The pool before the signals: children go in the order they came, so the pool's destruction waits
        # for the worker while the signals it emits on still exist.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = self.signals_class(self)
        self._signals.progressed.connect(self._on_progressed)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._stop = threading.Event()
        stop = self._stop
        self.destroyed.connect(lambda *_: stop.set())  # a window closed mid-job: stop, then the pool waits
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._dialog: QProgressDialog | None = None
        self._busy = False

    # -- state ----------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        """The progress dialog of the running job (None when none runs)."""
        return self._dialog if self._busy else None

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    # -- running --------------------------------------------------------------------------------------
    def _run(self, work: Callable[[], object], failure: str, *args: object) -> None:
        """Run ``work`` in the worker thread: its result comes back as ``done``, its error as ``failed``.

        An unexpected error is logged with ``failure % args`` and reported to the agent, never lost in the thread.
        """
        signals = self._signals

        def job() -> None:
            try:
                result = work()
            except BureauError as error:
                signals.failed.emit(error.message)
            except Exception as error:  # noqa: BLE001 - reported to the agent, never lost in the thread
                log.exception(failure, *args)
                signals.failed.emit(str(error) or type(error).__name__)
            else:
                signals.done.emit(result)

        self._pool.start(job)

    def cancel(self) -> None:
        """Stop the running job; the worker ends at its next check of the stop flag."""
        if not self._busy or self._stop.is_set():
            return
        self._stop.set()
        if self._dialog is not None:
            self._dialog.setLabelText(self._cancelling_text())
            self._cancel_button(self._dialog).setEnabled(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Let a running job's worker finish (tests, shutdown); its outcome arrives as a queued signal."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Cancel and wait: for the window's close and the application's end."""
        self._stop.set()
        self._pool.waitForDone(-1)

    # -- the progress dialog --------------------------------------------------------------------------
    def _progress_dialog(self, name: str) -> QProgressDialog:
        """The progress dialog, made once and reused: never deleted while its own setValue() runs events."""
        dialog = self._dialog
        if dialog is None:
            dialog = self._dialog = QProgressDialog(self._window)
            dialog.setObjectName(name)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setAutoReset(False)
            dialog.setAutoClose(False)
            self._dialog_made(dialog)
            dialog.canceled.connect(self.cancel)
        return dialog

    def _dialog_made(self, dialog: QProgressDialog) -> None:
        """What a subclass sets once on the progress dialog, when it is made."""

    @staticmethod
    def _cancel_button(dialog: QProgressDialog) -> QPushButton:
        button = dialog.findChild(QPushButton)
        assert button is not None
        return button

    def _hide_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()  # stops the timer that would show it
            self._dialog.hide()  # (close() would emit canceled)

    # -- the outcome ----------------------------------------------------------------------------------
    def _on_progressed(self, done: int) -> None:
        raise NotImplementedError

    def _on_done(self, result: object) -> None:
        raise NotImplementedError

    def _on_failed(self, error: Message | str) -> None:
        self._hide_dialog()
        self._set_busy(False)
        text = translate_message(error) if isinstance(error, Message) else self._failure_text(error)
        self.failed.emit(text)
        self.show_error(text)

    # -- what the agent reads, in the subclass's own words --------------------------------------------
    def _cancelling_text(self) -> str:
        """The progress dialog's text once Cancel is pressed."""
        raise NotImplementedError

    def _failure_text(self, error: str) -> str:
        """The message for an unexpected error of the worker."""
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        raise NotImplementedError


__all__ = ["BackgroundRunner", "WorkerSignals"]

"""Sending the outbox in the background: on a timer and on demand, in a worker thread, one run at a time.

The window never waits for the SMTP server: each run of :func:`desktop.services.outbox.send_due` happens in
a thread of the sender's pool, and its report comes back as a queued signal. A run asked for while one is
going starts when it ends; two senders of one process (two windows) never run together.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from desktop.db.engine import Database
from desktop.services.outbox import SendReport, SmtpConfig, retry_now, send_due
from desktop.ui.errors import log

INTERVAL_MS = 30_000
# A change that queued mail asks for a run this long after the last such change: a burst makes one run.
SOON_MS = 1_000

_one_run = threading.Lock()  # one run at a time in this process, whichever sender starts it

Send = Callable[..., SendReport]


class _Signals(QObject):
    done = Signal(object)  # SendReport
    failed = Signal(str)


class OutboxSender(QObject):
    """Runs the outbox sender every ``interval_ms`` while started, and whenever asked."""

    finished = Signal(object)  # the SendReport of a run
    failed = Signal(str)  # an unexpected error of a run, as text
    busyChanged = Signal(bool)

    def __init__(
        self,
        db: Database,
        config: Callable[[], SmtpConfig | None],
        parent: QObject | None = None,
        *,
        interval_ms: int = INTERVAL_MS,
        send: Send = send_due,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._config = config
        self._send = send
        # The pool before the signals: children are destroyed in order, so the pool waits for its worker
        # while the signals the worker emits on still exist.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.run_now)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(SOON_MS)
        self._soon.timeout.connect(self.run_now)
        self._stop = threading.Event()
        stop = self._stop
        self.destroyed.connect(lambda *_: stop.set())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._busy = False
        self._again = False

    def config(self) -> SmtpConfig | None:
        """The SMTP server as the settings say now; None (or no host): nothing is sent."""
        config = self._config()
        return config if config is not None and config.configured else None

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def started(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Send now and then every interval; each run reads the settings, so a server set later is used."""
        self._stop.clear()
        self._timer.start()
        self.send_soon()

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()

    def send_soon(self) -> None:
        """Run shortly: after a change that may have queued mail."""
        self._soon.start()

    def run_now(self) -> bool:
        """Start a run; False when there is no server or one is running (it runs again when that one ends)."""
        self._soon.stop()
        if self._busy:
            self._again = True
            return False
        config = self.config()
        if config is None or self._stop.is_set():
            return False
        self._set_busy(True)
        db, send, signals, stop = self._db, self._send, self._signals, self._stop

        def work() -> None:
            while not _one_run.acquire(timeout=0.2):  # another window's sender is running: wait for it
                if stop.is_set():
                    signals.done.emit(SendReport())
                    return
            try:
                report = send(db, config, stop=stop.is_set)
            except Exception as error:  # noqa: BLE001 - reported, never lost in the thread
                log.exception("sending the outbox failed")
                signals.failed.emit(str(error) or type(error).__name__)
            else:
                signals.done.emit(report)
            finally:
                _one_run.release()

        self._pool.start(work)
        return True

    def retry(self, ids: Iterable[int]) -> int:
        """Make the chosen emails due now and start a run; how many will be tried."""
        count = retry_now(self._db, ids)
        if count:
            self.run_now()
        return count

    def wait(self, msecs: int = 30_000) -> bool:
        """Let a running worker finish (tests, shutdown); its report arrives as a queued signal."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Stop the timers, stop a run between two messages, and wait for it."""
        self.stop()
        self._stop.set()
        self._pool.waitForDone(-1)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def _on_done(self, report: object) -> None:
        self._set_busy(False)
        self.finished.emit(report)
        self._run_again()

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.failed.emit(message)
        self._run_again()

    def _run_again(self) -> None:
        if self._again:
            self._again = False
            self.run_now()

"""The ticket timer in the window: starting and stopping it from anywhere, its place in the status bar, and the
question after a long time without input.

:func:`timer_events` is the one hub every part of the window listens to: a timer started or stopped in an order's
view shows in the status bar at once, and the other way round. Its ``clock`` (the current UTC moment) is the
one the timer is started, stopped and shown with, so that tests can move time on. Stopping a timer opens the
time-entry dialog pre-filled; cancelling it asks whether to discard the timed work, which is then lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QMainWindow, QMessageBox, QToolButton, QWidget

from desktop.db.engine import Database
from desktop.db.types import utcnow
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.services.timers import (
    StoppedTimer,
    TimerAlreadyRunning,
    TimerState,
    running_timer,
    start_timer,
    stop_timer,
    switch_timer,
)
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.workorder.time_entry_dialog import TimeEntryDialog

# Bureau asks whether to keep the time after this long without a key pressed or the mouse used.
IDLE_AFTER = timedelta(minutes=15)
IDLE_CHECK_MS = 15_000
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class TimerEvents(QObject):
    """Tells every view and the status bar that the agent's timer changed (the new TimerState, or None)."""

    changed = Signal(object)
    recorded = Signal(int)  # the id of a work order whose time was just recorded from a stopped timer

    def __init__(self) -> None:
        super().__init__()
        self.clock: Callable[[], datetime] = utcnow
        self.state: TimerState | None = None
        self.loaded = False  # whether the state was read from the database yet

    def set_state(self, state: TimerState | None) -> None:
        self.state = state
        self.loaded = True
        self.changed.emit(state)


_events: TimerEvents | None = None


def timer_events() -> TimerEvents:
    global _events
    if _events is None:
        _events = TimerEvents()
    return _events


def stopwatch_icon(colour: str = "#1f6fb2") -> QIcon:
    """A stopwatch: a ring with its button and one hand."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawEllipse(QRectF(2.5, 3.5, 11, 11))
    painter.drawLine(QPointF(8, 9), QPointF(8, 5.8))
    painter.drawLine(QPointF(8, 9), QPointF(10.2, 10.4))
    painter.drawLine(QPointF(6.5, 1.5), QPointF(9.5, 1.5))
    painter.drawLine(QPointF(8, 1.5), QPointF(8, 3.5))
    painter.end()
    return QIcon(pixmap)


def elapsed_text(duration: timedelta) -> str:
    """``1:02:03``: hours, minutes and seconds."""
    seconds = max(int(duration.total_seconds()), 0)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def refresh_timer(db: Database, actor: Actor) -> TimerState | None:
    """Read the agent's timer from the database (as at start-up) and tell everyone."""
    try:
        state = running_timer(db, actor)
    except BureauError:
        state = None
    timer_events().set_state(state)
    return state


def start_timer_on(parent: QWidget, db: Database, actor: Actor, work_order_id: int) -> bool:
    """*Start timer*: on the order; when the agent's timer runs on another one, ask to stop that one first."""
    events = timer_events()
    title = QCoreApplication.translate("Timer", "Start timer")
    try:
        events.set_state(start_timer(db, actor, work_order_id, events.clock()))
        return True
    except TimerAlreadyRunning as running:
        refresh_timer(db, actor)  # started from another Bureau: show it where this one did not know of it
        if running.work_order_id == work_order_id:
            QMessageBox.information(parent, title, translate_message(running.message))
            return False
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Timer", "Start timer"),
            QCoreApplication.translate(
                "Timer", "Your timer runs on work order {number}. Stop it, record its time, and start timing this one?"
            ).format(number=running.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            stopped, state = switch_timer(db, actor, work_order_id, events.clock())
        except BureauError as error:
            QMessageBox.warning(parent, title, translate_message(error.message))
            refresh_timer(db, actor)
            return False
        events.set_state(state)
        if stopped is not None:
            record_stopped(parent, db, actor, stopped)
        return True
    except BureauError as error:
        QMessageBox.warning(parent, title, translate_message(error.message))
        refresh_timer(db, actor)
        return False


def stop_running_timer(parent: QWidget, db: Database, actor: Actor, idle_since: datetime | None = None) -> int | None:
    """*Stop timer*: stop it and open the time entry pre-filled; the id of the entry added (None: none)."""
    events = timer_events()
    try:
        stopped = stop_timer(db, actor, events.clock(), idle_since)
    except BureauError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("Timer", "Stop timer"), translate_message(error.message))
        refresh_timer(db, actor)
        return None
    events.set_state(None)
    return record_stopped(parent, db, actor, stopped)


def record_stopped(parent: QWidget, db: Database, actor: Actor, stopped: StoppedTimer) -> int | None:
    """The time-entry dialog pre-filled with the stopped timer's time, until it is added or discarded."""
    if stopped.duration < timedelta(seconds=1):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Timer", "Stop timer"),
            QCoreApplication.translate(
                "Timer", "The timer on work order {number} measured no working time: there is nothing to record."
            ).format(number=stopped.number),
        )
        return None
    # One dialog until the time is added or discarded: going back to it keeps what the agent typed.
    dialog = TimeEntryDialog(
        db, actor, stopped.work_order_id, stopped.number, None, stopped.started_at, stopped.ended_at, parent
    )
    try:
        while True:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                timer_events().recorded.emit(stopped.work_order_id)  # the order's time list reads it again
                return dialog.entry_id
            answer = QMessageBox.question(
                parent,
                QCoreApplication.translate("Timer", "Discard timed work"),
                QCoreApplication.translate(
                    "Timer", "Discard the timed {duration} on work order {number}? It will not be recorded."
                ).format(duration=elapsed_text(stopped.duration), number=stopped.number),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Discard:
                return None
    finally:
        dialog.deleteLater()


class IdleWatcher(QObject):
    """Notes the last key press or mouse use in the application; after ``threshold`` without any while the
    timer runs, asks whether to keep the idle time. ``clock`` and ``threshold`` are injectable for tests.

    It filters the application's events only while the agent's timer runs (``watching``): every event of every
    widget passes through the filter, a cost not paid the rest of the time."""

    def __init__(self, status: TimerStatus, threshold: timedelta = IDLE_AFTER) -> None:
        super().__init__(status)
        self.status = status
        self.threshold = threshold
        self.last_input = timer_events().clock()
        self.asking = False
        self.watching = False
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(IDLE_CHECK_MS)
        self.check_timer.timeout.connect(self.check)
        timer_events().changed.connect(self.follow)
        self.follow(timer_events().state)

    def follow(self, state: object) -> None:
        """Watch the input while a timer runs, from the moment it is known to run; stop watching when it stops."""
        running = isinstance(state, TimerState)
        if running == self.watching:
            return
        app = QApplication.instance()
        if running:
            self.last_input = timer_events().clock()
            if app is not None:
                app.installEventFilter(self)
            self.check_timer.start()
        else:
            self.check_timer.stop()
            if app is not None:
                app.removeEventFilter(self)
        self.watching = running

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in INPUT_EVENTS and not self.asking:
            self.last_input = timer_events().clock()
        return False

    def check(self) -> None:
        """Ask about the idle time when the timer runs and no input came for ``threshold``."""
        events = timer_events()
        if self.asking or events.state is None or not self.status.main_window.isVisible():
            return
        idle_since = max(self.last_input, events.state.started_at)
        if events.clock() - idle_since < self.threshold:
            return
        self.asking = True
        try:
            self.status.ask_about_idle(idle_since)
        finally:
            self.asking = False
            self.last_input = events.clock()

    def shutdown(self) -> None:
        timer_events().changed.disconnect(self.follow)
        self.follow(None)


class TimerStatus(QWidget):
    """The running timer in the main window's status bar (a stopwatch, "WO 1234 · 0:12:03"): a click opens the order,
    *Stop* stops it; hidden while no timer runs."""

    def __init__(self, window: QMainWindow, db: Database, actor: Actor) -> None:
        super().__init__(window)
        self.setObjectName("timerStatus")
        self.main_window = window
        self.db = db
        self.actor = actor
        self.order_button = QToolButton(self)
        self.order_button.setObjectName("timerOrder")
        self.order_button.setAutoRaise(True)
        self.order_button.setIcon(stopwatch_icon())
        self.order_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.order_button.clicked.connect(lambda _checked=False: self.open_order())
        self.stop_button = QToolButton(self)
        self.stop_button.setObjectName("timerStop")
        self.stop_button.clicked.connect(lambda _checked=False: self.stop())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.order_button)
        layout.addWidget(self.stop_button)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.idle = IdleWatcher(self)
        window.statusBar().addPermanentWidget(self)
        timer_events().changed.connect(self.show_state)
        self.retranslate()
        refresh_timer(db, actor)  # a timer left running when Bureau was closed shows again

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the timer and record its time on the work order"))
        self.order_button.setToolTip(self.tr("Your timer: click to open its work order"))
        self.tick()

    def show_state(self, state: object) -> None:
        running = isinstance(state, TimerState)
        self.setVisible(running)
        if running:
            self.ticker.start()
        else:
            self.ticker.stop()
        self.tick()

    def text(self) -> str:
        state = timer_events().state
        if state is None:
            return ""
        return self.tr("WO {number} · {elapsed}").format(
            number=state.number, elapsed=elapsed_text(state.elapsed(timer_events().clock()))
        )

    def tick(self) -> None:
        self.order_button.setText(self.text())
        state = timer_events().state
        if state is not None:
            self.order_button.setToolTip(
                self.tr("Timing work order {number} ({title}) since {time}: click to open it").format(
                    number=state.number, title=state.title, time=formatter().datetime(state.started_at, "medium")
                )
            )

    def open_order(self) -> None:
        state = timer_events().state
        opener = getattr(self.main_window, "open_number", None)
        if state is not None and callable(opener):
            opener(state.number)

    def stop(self) -> int | None:
        return stop_running_timer(self.main_window, self.db, self.actor)

    def ask_about_idle(self, idle_since: datetime) -> None:
        """Keep the idle time, or stop the timer where the agent stopped working and record the rest."""
        box = QMessageBox(self.main_window)
        box.setObjectName("idleQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Timer"))
        minutes = int((timer_events().clock() - idle_since).total_seconds() // 60)
        box.setText(self.tr("No input for %n minute(s) while your timer runs. Keep this idle time?", "", minutes))
        keep = box.addButton(self.tr("&Keep"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepIdle")
        discard = box.addButton(self.tr("&Discard idle time"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardIdle")
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is discard and timer_events().state is not None:
            stop_running_timer(self.main_window, self.db, self.actor, idle_since)

    def shutdown(self) -> None:
        self.ticker.stop()
        self.idle.shutdown()


def install_timer_status(window: QMainWindow, db: Database, actor: Actor) -> TimerStatus:
    """The timer's place in ``window``'s status bar."""
    return TimerStatus(window, db, actor)


__all__ = [
    "IDLE_AFTER",
    "IdleWatcher",
    "TimerEvents",
    "TimerStatus",
    "elapsed_text",
    "stopwatch_icon",
    "install_timer_status",
    "record_stopped",
    "refresh_timer",
    "start_timer_on",
    "stop_running_timer",
    "timer_events",
]

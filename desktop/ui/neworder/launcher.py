"""The main window's *New work order…* action (Ctrl+N) and Log similar, and what follows a save: the helpdesk
list shows the new order at once (read again in place, see ``HelpdeskModel.reload``), the outbox sends the
notification emails soon, and each order logged opens in its tab when the dialog closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.services.order_intake import OrderTemplate, similar_order
from desktop.ui.i18n import translate_message
from desktop.ui.neworder.dialog import NewWorkOrderDialog, OrderPrefill
from desktop.ui.workorder.attachments_panel import carry_attachments

ACTION_NAME = "new_work_order"


class NewOrderLauncher(QObject):
    """Owns the action; ``window`` offers ``model`` (the helpdesk list), ``open_number`` and ``outbox``."""

    def __init__(self, window: QMainWindow, db: Database, actor: Actor) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.actor = actor
        self.dialog: NewWorkOrderDialog | None = None  # the one open now (tests drive it)
        self._similar_to: int | None = None  # Log similar: the number of the order started from
        self.action = QAction(window)
        self.action.setObjectName(ACTION_NAME)
        self.action.setShortcut(QKeySequence("Ctrl+N"))
        self.action.triggered.connect(lambda _checked=False: self.new_order())
        window.addAction(self.action)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.action.setText(self.tr("&New work order…"))
        self.action.setIconText(self.tr("New work order"))
        self.action.setToolTip(self.tr("Log a call as a new work order (Ctrl+N)"))

    def new_order(self, template: OrderTemplate | None = None, prefill: OrderPrefill | None = None) -> list[int]:
        """Run the dialog (started from ``template`` and ``prefill`` when given); returns the numbers of the orders
        logged (Save and new logs several)."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return []
        dialog = NewWorkOrderDialog(self.db, self.actor, template, self.window, prefill=prefill)
        dialog.logged.connect(self._logged)
        self.dialog = dialog
        try:
            dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()
        opener = getattr(self.window, "open_number", None)
        if callable(opener):
            for number in dialog.numbers:
                opener(number)
            if dialog.open_number is not None:
                opener(dialog.open_number)
        return list(dialog.numbers)

    def log_similar(self, number: int) -> list[int]:
        """A new order with the client, building, caller, type and category of order ``number``."""
        try:
            template = similar_order(self.db, number)
        except BureauError as error:
            QMessageBox.warning(self.window, self.tr("Log similar"), translate_message(error.message))
            return []
        self._similar_to = number
        try:
            return self.new_order(template)
        finally:
            self._similar_to = None

    def _logged(self, number: int) -> None:
        if self._similar_to is not None:  # the first order logged like another takes its attachments
            carry_attachments(self.window, self.db, self.actor, self._similar_to, number)
            self._similar_to = None
        model = getattr(self.window, "model", None)
        if model is not None:
            model.reload()
        outbox = getattr(self.window, "outbox", None)
        if outbox is not None:
            outbox.send_soon()


def new_order_from(
    parent: QWidget, db: Database, actor: Actor, template: OrderTemplate, prefill: OrderPrefill | None = None
) -> list[int]:
    """A new order started from ``template`` and ``prefill``, through the main window's launcher when ``parent``
    is in it (the orders logged open in their tabs), else in a dialog of its own; the numbers logged."""
    widget: QObject | None = parent
    while widget is not None:
        launcher = getattr(widget, "order_intake", None)
        if isinstance(launcher, NewOrderLauncher):
            return launcher.new_order(template, prefill)
        widget = widget.parent()
    dialog = NewWorkOrderDialog(db, actor, template, parent, prefill=prefill)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
    return list(dialog.numbers)


__all__ = ["ACTION_NAME", "NewOrderLauncher", "new_order_from"]

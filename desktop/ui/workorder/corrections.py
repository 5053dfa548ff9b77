"""The detail view's *Edit…* (F2) and *Delete…* actions: correcting an order's fields, deleting one logged by mistake.

Both sit in the view's Actions menu; Edit also has a button beside Reload. Each is greyed, with the reason as its
tooltip, when the order does not allow it: a closed, cancelled or rejected order cannot be edited; only a new
order with nothing in its log but its creation can be deleted, by an agent with ``delete_work_order``. After an
edit the view reloads and tells the window (``changed``); after a deletion the window drops the row
(``changed``) and closes the order (``closeRequested``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolButton

from desktop.domain.editing import editable_fields
from desktop.domain.errors import BureauError
from desktop.domain.i18n import Message
from desktop.services.workorders import delete_work_order
from desktop.ui.i18n import translate_message
from desktop.ui.workorder.edit_dialog import EditWorkOrderDialog

if TYPE_CHECKING:
    from desktop.ui.workorder.detail_view import WorkOrderDetailView

EDIT_ACTION_NAME = "edit_work_order"
DELETE_ACTION_NAME = "delete_work_order"


def edit_refusal(view: WorkOrderDetailView) -> Message | None:
    """Why no field of the order can be edited now; None when one can (the dialog greys the others)."""
    refusals = editable_fields(view.detail.status, view.detail.type)
    if any(reason is None for reason in refusals.values()):
        return None
    return next(iter(refusals.values()))


class OrderCorrections(QObject):
    """Owns the Edit and Delete actions of ``view``: see the module's docstring."""

    def __init__(self, view: WorkOrderDetailView) -> None:
        super().__init__(view)
        self.view = view
        self.edit_action = QAction(view)
        self.edit_action.setObjectName(EDIT_ACTION_NAME)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(lambda _checked=False: self.edit())
        view.addAction(self.edit_action)
        self.delete_action = QAction(view)
        self.delete_action.setObjectName(DELETE_ACTION_NAME)
        self.delete_action.triggered.connect(lambda _checked=False: self.delete())
        self.edit_button = QToolButton(view)
        self.edit_button.setObjectName("editButton")
        self.edit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.edit_button.setDefaultAction(self.edit_action)

    def update(self) -> None:
        """Texts, and enabled or greyed with the reason, for the order as the view shows it now (the view calls it
        whenever it shows the order, in a new language too)."""
        self._show(self.edit_action, self.tr("&Edit…"), self.tr("Correct the work order's fields (F2)"),
                   edit_refusal(self.view))
        self._show(self.delete_action, self.tr("&Delete…"), self.tr("Delete a work order logged by mistake"),
                   self.view.detail.deletion)

    @staticmethod
    def _show(action: QAction, text: str, tip: str, refusal: Message | None) -> None:
        action.setText(text)
        action.setEnabled(refusal is None)
        reason = translate_message(refusal) if refusal is not None else ""
        action.setToolTip(reason or tip)
        action.setStatusTip(reason)

    # -- acting -----------------------------------------------------------------------------------------------
    def edit(self) -> bool:
        """Run the edit dialog; True when the order was changed."""
        refusal = edit_refusal(self.view)
        if refusal is not None:
            QMessageBox.information(self.view, self.tr("Edit work order"), translate_message(refusal))
            return False
        try:
            dialog = EditWorkOrderDialog(self.view.db, self.view.actor, self.view.detail, self.view)
        except BureauError as error:
            QMessageBox.warning(self.view, self.tr("Edit work order"), translate_message(error.message))
            return False
        return self.view._exec(dialog)

    def delete(self) -> bool:
        """Ask, then delete the order; True when it was deleted (its tab or window then closes)."""
        view = self.view
        title = self.tr("Delete work order {number}").format(number=view.number)
        if view.detail.deletion is not None:
            QMessageBox.information(view, title, translate_message(view.detail.deletion))
            return False
        answer = QMessageBox.question(
            view,
            title,
            self.tr(
                "Delete work order {number}, “{title}”? It disappears with its activity log; this cannot be undone. "
                "Delete only an order logged by mistake: cancel any other."
            ).format(number=view.number, title=view.detail.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_work_order(view.db, view.actor, view.number)
        except BureauError as error:
            QMessageBox.warning(view, title, translate_message(error.message))
            view.reload()
            return False
        view.changed.emit(view.number)
        view.closeRequested.emit()
        return True

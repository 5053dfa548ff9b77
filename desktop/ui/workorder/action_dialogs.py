"""The dialogs of the Actions menu: each checks its input before OK is enabled and says what is missing.

A dialog calls its service on OK, once. A refusal keeps the dialog open with the reason and the agent's text;
a change by someone else since the order was opened offers to reload it (``reload_requested``).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError, ConcurrentChange
from desktop.domain.transitions import (
    REINSTATE_MODE_LABELS,
    Action,
    OrderState,
    Refusal,
    ReinstateMode,
    available_reinstate_modes,
    text_required,
)
from desktop.domain.workorders import WorkOrderType
from desktop.services import lookups, workorder_actions
from desktop.services.actor import Actor
from desktop.services.workorder_actions import CLIENT_REFERENCE_MAX
from desktop.services.workorder_detail import WorkOrderDetail
from desktop.ui.amounts import parse_amount
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.labels import action_label, status_label
from desktop.ui.widgets import ERROR_STYLE, ValidatedDialog, buddy_label


def offer_reload(dialog: QDialog, error: ConcurrentChange) -> bool:
    """Say that someone else changed the order and offer to reload it.

    Reload sets the dialog's ``reload_requested`` and closes it (rejected); Cancel leaves it open with the
    agent's input. Returns whether the agent chose to reload.
    """
    if not ask_to_reload(dialog, dialog.windowTitle(), translate_message(error.message)):
        return False
    dialog.reload_requested = True  # type: ignore[attr-defined]
    QDialog.reject(dialog)
    return True


def ask_to_reload(parent: QWidget, title: str, text: str) -> bool:
    """A warning that asks to reload what someone else changed, with a *Reload* button (Qt's standard Reset
    button would say "Reset") and Cancel; True when the agent chose Reload."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("reloadBox")
    reload = box.addButton(
        QCoreApplication.translate("WorkOrderDetailView", "Reload"), QMessageBox.ButtonRole.AcceptRole
    )
    reload.setObjectName("reload")
    box.setDefaultButton(reload)
    box.exec()
    clicked = box.clickedButton() is reload
    box.deleteLater()
    return clicked


class SubmitDialog(ValidatedDialog):
    """A change to one work order: OK calls :meth:`submit` once; a refusal shows under the form."""

    def __init__(self, db: Database, actor: Actor, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.detail = detail
        self.new_version: int | None = None
        self.reload_requested = False
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.main_layout.insertWidget(self.main_layout.indexOf(self.buttons), self.error)
        # Ctrl+Enter confirms from inside a multi-line text field.
        QShortcut(QKeySequence("Ctrl+Return"), self, self._confirm_by_keyboard)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self._confirm_by_keyboard)
        self.setMinimumWidth(460)

    def submit(self) -> int:
        raise NotImplementedError

    def _confirm_by_keyboard(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def accept(self) -> None:
        if self.problem() is not None:
            return
        try:
            self.new_version = self.submit()
        except ConcurrentChange as error:
            offer_reload(self, error)
            return
        except BureauError as error:
            self.error.setText(translate_message(error.message))
            self.error.show()
            return
        super().accept()


class ActionDialog(SubmitDialog):
    """A status action: what it does, and its comment, notes or reason (required where the rules say so)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        detail: WorkOrderDetail,
        action: Action,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, detail, parent)
        self.action = action
        self.setObjectName(f"actionDialog_{action.value}")
        self.modes: dict[ReinstateMode, QRadioButton] = {}
        self.mode_group = QButtonGroup(self)
        # The modes the rules refuse for this order (from Not done, all but "with visit: work completed"): greyed,
        # with the reason as a tooltip; when one mode alone is left, it is chosen.
        self.mode_refusals: dict[ReinstateMode, Refusal | None] = {}
        if action is Action.REINSTATE:
            state = OrderState(detail.type, detail.status, detail.previous_status, detail.started_at is not None)
            self.mode_refusals = available_reinstate_modes(state)
            for mode in ReinstateMode:
                button = QRadioButton(self)
                button.setObjectName(f"mode_{mode.value}")
                button.setEnabled(self.mode_refusals[mode] is None)
                self.modes[mode] = button
                self.mode_group.addButton(button)
                self.form.addRow(button)
                button.toggled.connect(self.validate)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(110)
        self.text_label = buddy_label(self.text)
        self.form.addRow(self.text_label, self.text)
        self.text.textChanged.connect(self.validate)
        self.text.setFocus()
        allowed = [mode for mode, refusal in self.mode_refusals.items() if refusal is None]
        if len(allowed) == 1 and len(allowed) < len(self.modes):
            self.modes[allowed[0]].setChecked(True)
        self.retranslate()

    def mode(self) -> ReinstateMode | None:
        for mode, button in self.modes.items():
            if button.isChecked():
                return mode
        return None

    def text_needed(self) -> bool:
        return text_required(self.action, self.mode())

    def retranslate(self) -> None:
        d = self.detail
        label = action_label(self.action)
        self.setWindowTitle(self.tr("{action}: work order {number}").format(action=label, number=d.number))
        intro = {
            Action.CANCEL_JOB: self.tr(
                "Cancel work order {number}, “{title}”. It has not been started. Write down why it is cancelled."
            ),
            Action.REJECT: self.tr("Reject work order {number}, “{title}”. The reason is kept in its activity log."),
            Action.ASK_CLARIFICATION: self.tr(
                "Ask for clarification on work order {number}, “{title}”: say what is unclear."
            ),
            Action.CORRECTION_NOT_VALID: self.tr(
                "Send work order {number}, “{title}”, back to In progress: say what is not right."
            ),
            Action.REINSTATE: self.tr("Reinstate work order {number}, “{title}”. Choose how:"),
        }.get(self.action, self.tr("{action} work order {number}, “{title}”."))
        text = intro.format(number=d.number, title=d.title, action=label)
        if self.action is Action.CANCEL_JOB and d.type is WorkOrderType.PPM:
            text += " " + self.tr(
                "The contract's PPM contacts are emailed, and this visit will never be generated again."
            )
        if self.action is not Action.REINSTATE:
            text += " " + self.tr("Current status: {status}.").format(status=status_label(d.status))
        self.intro.setText(text)
        for mode, button in self.modes.items():
            button.setText(QCoreApplication.translate("Action", REINSTATE_MODE_LABELS[mode]))
            refusal = self.mode_refusals.get(mode)
            button.setToolTip(translate_message(refusal.reason) if refusal is not None else "")
        captions = {
            Action.CANCEL_JOB: self.tr("&Notes:"),
            Action.REJECT: self.tr("&Reason:"),
        }
        self.text_label.setText(captions.get(self.action, self.tr("&Comment:")))
        self.text.setPlaceholderText(self.tr("Required") if self.text_needed() else self.tr("Optional"))
        self.ok_button.setText(label)
        super().retranslate()

    def validate(self) -> None:
        self.text.setPlaceholderText(self.tr("Required") if self.text_needed() else self.tr("Optional"))
        super().validate()

    def problem(self) -> str | None:
        if self.action is Action.REINSTATE and self.mode() is None:
            return self.tr("Choose how the work order is reinstated.")
        if self.text_needed() and not self.text.toPlainText().strip():
            return {
                Action.CANCEL_JOB: self.tr("Write the cancellation notes: they are required."),
                Action.REJECT: self.tr("Write the reason for the rejection: it is required."),
                Action.REINSTATE: self.tr(
                    "Write notes for the assignee: reinstating to the previous status requires them."
                ),
            }.get(self.action, self.tr("Write a comment: this action requires one."))
        return None

    def submit(self) -> int:
        return workorder_actions.perform(
            self.db,
            self.actor,
            self.detail.number,
            self.detail.version,
            self.action,
            self.text.toPlainText(),
            self.mode(),
        )


class CommentDialog(SubmitDialog):
    def __init__(self, db: Database, actor: Actor, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, detail, parent)
        self.setObjectName("commentDialog")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(120)
        self.text_label = buddy_label(self.text)
        self.form.addRow(self.text_label, self.text)
        self.text.textChanged.connect(self.validate)
        self.text.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a comment: work order {number}").format(number=self.detail.number))
        self.intro.setText(self.tr("The comment is added to the work order's activity log."))
        self.text_label.setText(self.tr("&Comment:"))
        self.ok_button.setText(self.tr("Add comment"))
        super().retranslate()

    def problem(self) -> str | None:
        if not self.text.toPlainText().strip():
            return self.tr("Write the comment first.")
        return None

    def submit(self) -> int:
        return workorder_actions.add_comment(
            self.db, self.actor, self.detail.number, self.detail.version, self.text.toPlainText()
        )


class FixedCostDialog(SubmitDialog):
    """A fixed cost with its explanation; 0 goes back to the calculated cost."""

    def __init__(self, db: Database, actor: Actor, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, detail, parent)
        self.setObjectName("fixedCostDialog")
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        if detail.fixed_cost is not None:
            self.amount.setText(formatter().amount(detail.fixed_cost))
        self.explanation = QPlainTextEdit(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setTabChangesFocus(True)
        self.explanation.setMinimumHeight(90)
        self.amount_label = buddy_label(self.amount)
        self.explanation_label = buddy_label(self.explanation)
        self.form.addRow(self.amount_label, self.amount)
        self.form.addRow(self.explanation_label, self.explanation)
        self.amount.textChanged.connect(self.validate)
        self.explanation.textChanged.connect(self.validate)
        self.amount.setFocus()
        self.retranslate()

    def value(self) -> Decimal | None:
        return parse_amount(self.amount.text())

    def retranslate(self) -> None:
        d = self.detail
        self.setWindowTitle(self.tr("Set fixed cost: work order {number}").format(number=d.number))
        current = (
            formatter().money(d.fixed_cost, d.currency) if d.fixed_cost is not None else self.tr("none (calculated)")
        )
        self.intro.setText(
            self.tr("Current fixed cost: {current}. Enter 0 to go back to the calculated cost.").format(current=current)
        )
        self.amount_label.setText(self.tr("&Amount ({currency}):").format(currency=d.currency))
        self.amount.setPlaceholderText(formatter().amount(Decimal("1250.00")))
        self.explanation_label.setText(self.tr("&Explanation:"))
        super().retranslate()

    def problem(self) -> str | None:
        if not self.amount.text().strip():
            return self.tr("Enter the fixed cost.")
        value = self.value()
        if value is None:
            return self.tr("“{text}” is not an amount: write it as {example}.").format(
                text=self.amount.text().strip(), example=formatter().amount(Decimal("1250.50"))
            )
        if value < 0:
            return self.tr("A fixed cost cannot be negative.")
        if value != value.quantize(Decimal("0.01")):
            return self.tr("An amount has at most two decimals.")
        if value > workorder_actions.MONEY_MAX:
            return self.tr("This fixed cost is too large.")
        if not self.explanation.toPlainText().strip():
            return self.tr("Explain the fixed cost: the explanation is required.")
        return None

    def submit(self) -> int:
        value = self.value()
        assert value is not None
        return workorder_actions.set_fixed_cost(
            self.db, self.actor, self.detail.number, self.detail.version, value, self.explanation.toPlainText()
        )


class ReferenceDialog(SubmitDialog):
    """The client's own reference for the order."""

    def __init__(self, db: Database, actor: Actor, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, detail, parent)
        self.setObjectName("referenceDialog")
        self.reference = QLineEdit(detail.client_reference or "", self)
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(CLIENT_REFERENCE_MAX)
        self.reference_label = buddy_label(self.reference)
        self.form.addRow(self.reference_label, self.reference)
        self.reference.textChanged.connect(self.validate)
        self.reference.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reference provided: work order {number}").format(number=self.detail.number))
        self.intro.setText(self.tr("The reference the client gave for this work order (their order number)."))
        self.reference_label.setText(self.tr("Client &reference:"))
        super().retranslate()

    def problem(self) -> str | None:
        text = self.reference.text().strip()
        if not text:
            return self.tr("Enter the client's reference.")
        if text == (self.detail.client_reference or ""):
            return self.tr("This is already the work order's reference.")
        return None

    def submit(self) -> int:
        return workorder_actions.reference_provided(
            self.db, self.actor, self.detail.number, self.detail.version, self.reference.text()
        )


class AssignDialog(SubmitDialog):
    """Choose the agent the order is assigned to, or nobody."""

    def __init__(self, db: Database, actor: Actor, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, detail, parent)
        self.setObjectName("assignDialog")
        self.agent = QComboBox(self)
        self.agent.setObjectName("agent")
        self.agent.addItem("", None)
        for user_id, name in lookups.agents(db):
            self.agent.addItem(name, user_id)
        index = self.agent.findData(detail.assignee_id)
        self.agent.setCurrentIndex(max(index, 0))
        self.agent_label = buddy_label(self.agent)
        self.form.addRow(self.agent_label, self.agent)
        self.agent.currentIndexChanged.connect(self.validate)
        self.agent.setFocus()
        self.retranslate()

    def chosen(self) -> int | None:
        data = self.agent.currentData()
        return int(data) if data is not None else None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign: work order {number}").format(number=self.detail.number))
        self.intro.setText(
            self.tr("Currently assigned to: {name}.").format(name=self.detail.assignee or self.tr("nobody"))
        )
        self.agent.setItemText(0, self.tr("Unassigned"))
        self.agent_label.setText(self.tr("&Agent:"))
        self.ok_button.setText(self.tr("Assign"))
        super().retranslate()

    def problem(self) -> str | None:
        if self.chosen() == self.detail.assignee_id:
            return self.tr("Choose another agent: the work order is already assigned to this one.")
        return None

    def submit(self) -> int:
        return workorder_actions.assign(self.db, self.actor, self.detail.number, self.detail.version, self.chosen())

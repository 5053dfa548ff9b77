"""One work order: its header, description and activity timeline, and the agent's Actions menu."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.domain.transitions import Action, Edit
from desktop.domain.workorders import Status, WorkOrderType
from desktop.services.actor import Actor
from desktop.services.certificates import CertificateTarget, certificate_target
from desktop.services.workorder_detail import WorkOrderDetail, get_detail
from desktop.ui.certificates.record_dialog import record_certificate_for
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.icons import overdue_icon, status_icon
from desktop.ui.labels import (
    action_label,
    edit_label,
    impact_label,
    kind_label,
    priority_label,
    status_label,
    type_label,
)
from desktop.ui.workorder.action_dialogs import (
    ActionDialog,
    AssignDialog,
    CommentDialog,
    FixedCostDialog,
    ReferenceDialog,
    SubmitDialog,
)
from desktop.ui.workorder.attachments_panel import install_attachments
from desktop.ui.workorder.corrections import OrderCorrections
from desktop.ui.workorder.job_sheet import install_job_sheet
from desktop.ui.workorder.notifications_dialog import NotificationsDialog
from desktop.ui.workorder.reply_dialog import install_replies
from desktop.ui.workorder.signature_dialog import install_signature
from desktop.ui.workorder.time_panel import install_time, timer_allows
from desktop.ui.workorder.timeline import timeline_html

# The keys of the common actions, active while the order has the focus.
ACTION_SHORTCUTS: dict[Action | Edit, str] = {
    Action.START: "Ctrl+Shift+S",
    Action.PUT_ON_HOLD: "Ctrl+Shift+H",
    Action.RESUME: "Ctrl+Shift+U",
    Action.COMPLETE: "Ctrl+Shift+D",
    Action.CANCEL_JOB: "Ctrl+Shift+X",
    Edit.ADD_COMMENT: "Ctrl+M",
    Edit.ASSIGN: "Ctrl+Shift+A",
}

HEADER_FIELDS = (
    "type",
    "status",
    "priority",
    "impact",
    "kind",
    "category",
    "client",
    "building",
    "contact",
    "contract",
    "assignee",
    "created",
    "started",
    "completed",
    "due",
    "period",
    "fixed_cost",
    "balance",
    "reference",
    "notified",
)


class WorkOrderDetailView(QWidget):
    """Shows one order as it is in the database; every action goes through a service and then reloads."""

    changed = Signal(int)  # the order's number, after any change the agent made
    closeRequested = Signal()  # back to the list (after cancelling the order)
    titleChanged = Signal(str)
    logSimilarRequested = Signal(int)  # the order's number: start a new order like it
    statusMessage = Signal(str)  # for the window's status bar: why a greyed action's key did nothing

    def __init__(self, db: Database, actor: Actor, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.detail = detail
        self.number = detail.number
        self.setObjectName(f"workOrder{detail.number}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)

        self.menu = QMenu(self)
        self.menu.setObjectName("actionsMenu")
        self.menu.setToolTipsVisible(True)
        self.actions_button = QToolButton(self)
        self.actions_button.setObjectName("actionsButton")
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_button.setMenu(self.menu)
        self.reload_button = QToolButton(self)
        self.reload_button.setObjectName("reloadButton")
        self.reload_button.clicked.connect(self.reload)

        self.menu_actions: dict[Action | Edit, QAction] = {}
        for action in Action:
            self.menu_actions[action] = self._menu_action(action, lambda _=False, a=action: self.run_action(a))
        self.menu.addSeparator()
        for edit in Edit:
            self.menu_actions[edit] = self._menu_action(edit, lambda _=False, e=edit: self.run_edit(e))
        self.notifications_action = QAction(self)
        self.notifications_action.setObjectName("action_edit_notifications")
        self.notifications_action.triggered.connect(self.edit_notifications)
        self.menu.addAction(self.notifications_action)
        self.certificate_target: CertificateTarget | None = None  # a PPM order of a certificate-based job
        self._target_of: int | None = None  # the number of the order certificate_target was read for
        self.record_certificate_action = QAction(self)
        self.record_certificate_action.setObjectName("action_record_certificate")
        self.record_certificate_action.triggered.connect(lambda _checked=False: self.record_certificate())
        self.menu.addAction(self.record_certificate_action)
        self.corrections = OrderCorrections(self)  # Edit… (F2) and Delete…
        self.menu.addAction(self.corrections.edit_action)
        self.menu.addSeparator()
        self.log_similar_action = QAction(self)
        self.log_similar_action.setObjectName("action_log_similar")
        self.log_similar_action.triggered.connect(lambda _checked=False: self.logSimilarRequested.emit(self.number))
        self.menu.addAction(self.log_similar_action)
        self.menu.addSeparator()
        self.menu.addAction(self.corrections.delete_action)

        self.status_icon = QLabel(self)
        self.status_icon.setObjectName("statusIcon")
        self.overdue_icon = QLabel(self)
        self.overdue_icon.setObjectName("overdueIcon")
        top = QHBoxLayout()
        top.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.overdue_icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        top.addWidget(self.corrections.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.actions_button, 0, Qt.AlignmentFlag.AlignTop)

        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        per_column = (len(HEADER_FIELDS) + 2) // 3
        for index, key in enumerate(HEADER_FIELDS):
            caption, value = QLabel(self), QLabel(self)
            caption.setStyleSheet("color: #5f6b7a;")
            value.setObjectName(key)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, column = index % per_column, (index // per_column) * 2
            grid.addWidget(caption, row, column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            grid.addWidget(value, row, column + 1, Qt.AlignmentFlag.AlignTop)
            self.captions[key], self.values[key] = caption, value
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        header = QFrame(self)
        header.setObjectName("header")
        header.setFrameShape(QFrame.Shape.StyledPanel)
        header.setLayout(grid)

        self.description_label = QLabel(self)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setReadOnly(True)
        self.activity_label = QLabel(self)
        self.timeline = QTextBrowser(self)
        self.timeline.setObjectName("timeline")
        self.timeline.setOpenLinks(False)
        left, right = QWidget(self), QWidget(self)
        left_layout, right_layout = QVBoxLayout(left), QVBoxLayout(right)
        left_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.description_label)
        left_layout.addWidget(self.description)
        right_layout.addWidget(self.activity_label)
        right_layout.addWidget(self.timeline)
        # The order's description first, then what agents add while they work it (attachments, time…).
        self.work_tabs = QTabWidget(self)
        self.work_tabs.setObjectName("workTabs")
        self.work_tabs.setDocumentMode(True)
        self.work_tabs.addTab(left, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.work_tabs)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(header)
        layout.addWidget(self.splitter, 1)

        install_attachments(self)
        install_signature(self)
        install_replies(self)
        install_job_sheet(self)
        install_time(self)
        for action in self.actions():
            if not action.shortcut().isEmpty():
                self._explain_when_greyed(action)
        self.show_detail(detail)

    def _menu_action(self, key: Action | Edit, slot: object) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{key.value}")
        action.triggered.connect(slot)
        shortcut = ACTION_SHORTCUTS.get(key)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.menu.addAction(action)
        return action

    def _explain_when_greyed(self, action: QAction) -> None:
        """While ``action`` is greyed, its key says why (its status tip, the reason in its tooltip) in the
        status bar: a disabled action's shortcut would do nothing at all. The stand-in key is enabled only
        while the action is not, so the two never compete for the key."""
        reason = QShortcut(action.shortcut(), self, context=action.shortcutContext())
        reason.setObjectName(f"{action.objectName()}_greyed")
        reason.setEnabled(not action.isEnabled())
        action.enabledChanged.connect(lambda enabled: reason.setEnabled(not enabled))
        reason.activated.connect(lambda: self.statusMessage.emit(action.statusTip() or action.toolTip()))

    # -- showing --------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.show_detail(self.detail)
        super().changeEvent(event)

    def tab_title(self) -> str:
        return self.tr("WO {number}").format(number=self.detail.number)

    def show_detail(self, detail: WorkOrderDetail) -> None:
        if detail.type is not WorkOrderType.PPM:
            self.certificate_target = None
        elif self._target_of != detail.number:  # a PPM order keeps its job building: read once
            try:
                self.certificate_target = certificate_target(self.db, detail.number)
                self._target_of = detail.number
            except BureauError:
                self.certificate_target = None
        self.detail = detail
        fmt = formatter()
        self.title.setText(f"{detail.number} · {detail.title}")
        self.actions_button.setText(self.tr("&Actions"))
        self.actions_button.setToolTip(self.tr("The agent's actions on this work order"))
        self.reload_button.setText(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Read the work order again from the database (F5)"))
        self.description_label.setText(self.tr("Description"))
        self.work_tabs.setTabText(0, self.tr("Description"))
        self.activity_label.setText(self.tr("Activity"))
        captions = {
            "type": self.tr("Type"),
            "status": self.tr("Status"),
            "priority": self.tr("Priority"),
            "impact": self.tr("Impact"),
            "kind": self.tr("Kind"),
            "category": self.tr("Category"),
            "client": self.tr("Client"),
            "building": self.tr("Building"),
            "contact": self.tr("Contact"),
            "contract": self.tr("Contract"),
            "assignee": self.tr("Assignee"),
            "created": self.tr("Created"),
            "started": self.tr("Started"),
            "completed": self.tr("Completed"),
            "due": self.tr("Due"),
            "period": self.tr("PPM period"),
            "fixed_cost": self.tr("Fixed cost"),
            "balance": self.tr("Balance"),
            "reference": self.tr("Client reference"),
            "notified": self.tr("Notified"),
        }
        none = self.tr("—")
        contact = detail.contact_name or none
        reach = ", ".join(part for part in (detail.contact_email, detail.contact_phone) if part)
        if detail.contact_name and reach:
            contact = f"{detail.contact_name} ({reach})"
        period = none
        if detail.period_start is not None:
            period = self.tr("{job}: {start} to {end}").format(
                job=detail.ppm_job or "", start=fmt.date(detail.period_start), end=fmt.date(detail.period_end)
            )
        due = fmt.date(detail.due_date, "medium") or none
        overdue = detail.overdue(date.today())
        if overdue:
            due = self.tr("{date} (overdue)").format(date=due)
        fixed = (
            fmt.money(detail.fixed_cost, detail.currency) if detail.fixed_cost is not None else self.tr("calculated")
        )
        values = {
            "type": type_label(detail.type) + (self.tr(" (invoice only)") if detail.invoice_only else ""),
            "status": status_label(detail.status),
            "priority": priority_label(detail.priority),
            "impact": impact_label(detail.impact) or none,
            "kind": kind_label(detail.kind) or none,
            "category": detail.category or none,
            "client": detail.client,
            "building": f"{detail.building}\n{detail.address}",
            "contact": contact,
            "contract": detail.contract_reference or none,
            "assignee": detail.assignee or self.tr("Unassigned"),
            "created": fmt.datetime(detail.created_at, "medium"),
            "started": fmt.datetime(detail.started_at, "medium") or none,
            "completed": fmt.datetime(detail.completed_at, "medium") or none,
            "due": due,
            "period": period,
            "fixed_cost": fixed,
            "balance": fmt.money(detail.balance, detail.currency),
            "reference": detail.client_reference or none,
            "notified": ", ".join(detail.notified) or none,
        }
        for key in HEADER_FIELDS:
            self.captions[key].setText(captions[key])
            self.values[key].setText(values[key])
        self.values["due"].setStyleSheet("color: #b00020; font-weight: bold;" if overdue else "")
        self.values["due"].setToolTip(
            self.tr("The due date has passed and the work order is still open.") if overdue else ""
        )
        size = self.fontMetrics().height()
        self.status_icon.setPixmap(status_icon(detail.status).pixmap(size, size))
        self.status_icon.setToolTip(status_label(detail.status))
        self.overdue_icon.setPixmap(overdue_icon().pixmap(size, size))
        self.overdue_icon.setVisible(overdue)
        self.overdue_icon.setToolTip(self.values["due"].toolTip())
        self.description.setPlainText(detail.description or self.tr("No description."))
        self.timeline.setHtml(timeline_html(detail.activity, fmt, detail.currency))
        self._update_menu()
        self.titleChanged.emit(self.tab_title())

    def _update_menu(self) -> None:
        d = self.detail
        for key, action in self.menu_actions.items():
            if isinstance(key, Action):
                text, refusal = action_label(key), d.actions[key]
            else:
                text, refusal = edit_label(key), d.edits[key]
            action.setText(text + "…")
            action.setEnabled(refusal is None)
            reason = translate_message(refusal.reason) if refusal is not None else ""
            action.setToolTip(reason or text)
            action.setStatusTip(reason)
        self.notifications_action.setText(self.tr("Edit notifications…"))
        self.notifications_action.setToolTip(self.tr("Choose the client's contacts who are emailed about this order"))
        self.record_certificate_action.setText(self.tr("Record certificate…"))
        self.record_certificate_action.setToolTip(self.tr("Record the certificate of this PPM visit with its document"))
        self.record_certificate_action.setVisible(self.certificate_target is not None)
        self.log_similar_action.setText(self.tr("Log similar…"))
        self.log_similar_action.setToolTip(
            self.tr("Log a new work order with this one's client, building, contact, type and category")
        )
        self.corrections.update()

    # -- acting ---------------------------------------------------------------------------------------
    def reload(self) -> bool:
        """Read the order again; False (and the view says so) when it no longer exists."""
        try:
            detail = get_detail(self.db, self.actor, self.number)
        except BureauError as error:
            QMessageBox.warning(
                self, self.tr("Work order {number}").format(number=self.number), translate_message(error.message)
            )
            return False
        self.show_detail(detail)
        return True

    def run_action(self, action: Action) -> None:
        refusal = self.detail.actions.get(action)
        if refusal is not None:
            QMessageBox.information(self, action_label(action), translate_message(refusal.reason))
            return
        if not timer_allows(self, action):  # the agent's timer on the order: stop it before completing?
            return
        was_completed = self.detail.status is Status.COMPLETED
        dialog = ActionDialog(self.db, self.actor, self.detail, action, self)
        done = self._exec(dialog)
        if done and action is Action.CANCEL_JOB:
            self.closeRequested.emit()
        # Complete, Complete with zero balance, Accept...: offered once the order is read back completed.
        completed = done and not was_completed and self.detail.status is Status.COMPLETED
        if completed and self.certificate_target is not None:
            self.offer_certificate()

    def offer_certificate(self) -> None:
        """After completing a certificate-based PPM visit: record its certificate now?"""
        answer = QMessageBox.question(
            self,
            self.tr("Record certificate"),
            self.tr("This PPM visit needs a certificate. Record the certificate now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.record_certificate()

    def record_certificate(self) -> None:
        """*Record certificate…*: a certificate of the order's building under its job, noted in its activity."""
        target = self.certificate_target
        if target is None:
            return
        recorded = record_certificate_for(
            self,
            self.db,
            self.actor,
            [target],
            work_order_id=target.work_order_id,
            work_order_version=self.detail.version,
            reload=self.reload,
        )
        if recorded is not None:
            self.reload()
            self.changed.emit(self.number)

    def run_edit(self, edit: Edit) -> None:
        refusal = self.detail.edits.get(edit)
        if refusal is not None:
            QMessageBox.information(self, edit_label(edit), translate_message(refusal.reason))
            return
        factories = {
            Edit.ADD_COMMENT: CommentDialog,
            Edit.ASSIGN: AssignDialog,
            Edit.SET_FIXED_COST: FixedCostDialog,
            Edit.REFERENCE_PROVIDED: ReferenceDialog,
        }
        self._exec(factories[edit](self.db, self.actor, self.detail, self))

    def edit_notifications(self) -> None:
        self._exec(NotificationsDialog(self.db, self.actor, self.number, self.detail.version, self))

    def _exec(self, dialog: SubmitDialog | NotificationsDialog) -> bool:
        """Run the dialog; after a change (or a reload asked for) show the order as it now is."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted or dialog.reload_requested:
            self.reload()
        if accepted:
            self.changed.emit(self.number)
        return accepted

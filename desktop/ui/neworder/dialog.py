"""New work order: log a call ("Créer un ticket") without leaving the keyboard.

The caller (client, building, contact) is found by type-ahead lookups (:class:`LookupEdit`): a building fills its
client, a client narrows the buildings and contacts, and a caller who is not a contact yet is added on the spot.
While a building is chosen, its open work orders are listed ("Already reported?"): opening one instead of
logging a duplicate closes the dialog. The due date follows the priority's target time until the agent sets it.
Save (Ctrl+Enter) logs the order, its activity entry and the notification emails in one transaction
(:func:`desktop.services.order_intake.log_work_order`); Save and new (Ctrl+Shift+N) logs it and starts the next
call with the same caller. A refusal keeps the dialog open with everything typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.db.types import utcnow
from desktop.domain.due_dates import DEFAULT_PRIORITY_TARGETS, due_from_priority
from desktop.domain.errors import BureauError
from desktop.domain.workorders import IMPACT_LABELS, KIND_LABELS, Impact, Kind, Priority, WorkOrderType
from desktop.services import lookup_search
from desktop.services.actor import Actor
from desktop.services.app_settings import priority_targets
from desktop.services.lookup_search import BuildingHit, ClientHit, ContactHit
from desktop.services.order_intake import OrderTemplate, log_work_order
from desktop.services.workorders import NewWorkOrder, categories_in_use
from desktop.ui.helpdesk.filter_bar import OptionalDateEdit
from desktop.ui.i18n import short_date_format, translate_message
from desktop.ui.labels import priority_label, type_label
from desktop.ui.lookup_edit import DEBOUNCE_MS, LookupEdit
from desktop.ui.neworder.contact_dialog import NewContactDialog
from desktop.ui.neworder.open_orders import OpenColumn, OpenOrdersModel
from desktop.ui.plurals import DAYS, HOURS, plural
from desktop.ui.widgets import ERROR_STYLE, ValidatedDialog, buddy_label

# The types an agent logs; PPM orders are only generated from their contracts.
LOGGED_TYPES = (WorkOrderType.REACTIVE, WorkOrderType.QUOTE, WorkOrderType.AUDIT, WorkOrderType.PURCHASE)
TITLE_MAX = 200
CATEGORY_MAX = 80
CATEGORY_CHOICES = 50
# The client's contacts listed to notify (a client has a handful; a very large one shows this many).
NOTIFY_CHOICES = 200
CONTACT_ROLE = Qt.ItemDataRole.UserRole
DONE_STYLE = "color: #2e7d32; font-weight: bold;"
ROW_PADDING = 6  # as the helpdesk list's rows


@dataclass(frozen=True)
class OrderPrefill:
    """What a new order starts with besides its caller (the remedial work of a failed certificate): its contract,
    title and description, for the agent to complete."""

    contract_id: int | None = None
    title: str = ""
    description: str = ""


def client_of(hit: BuildingHit | ContactHit) -> ClientHit:
    if isinstance(hit, BuildingHit):
        return ClientHit(hit.client_id, hit.client_name, hit.client_reference)
    return ClientHit(hit.client_id, hit.client_name, "")


class NewWorkOrderDialog(ValidatedDialog):
    """The form of a new work order. ``logged`` carries the number of each order saved (Save and new saves
    several); ``numbers`` lists them. ``open_number`` is the open order the agent chose to open instead."""

    logged = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        template: OrderTemplate | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        prefill: OrderPrefill | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newWorkOrderDialog")
        self.db = db
        self.actor = actor
        self.today = today or date.today()
        self.numbers: list[int] = []
        self.open_number: int | None = None
        self.due_by_hand = False
        self._notify_client: int | None = None
        self._auto_notified: int | None = None
        try:
            self.targets = priority_targets(db)
        except BureauError:
            self.targets = dict(DEFAULT_PRIORITY_TARGETS)

        self._build_caller()
        self._build_order()
        self._build_side()
        self._build_buttons()
        self._lay_out()
        self._connect()
        self._fill_choices()
        self._follow_priority()
        self._show_open_orders()
        self._client_context_changed()
        if template is not None:
            self.start_from(template)
        else:
            self.building.setFocus()
        if prefill is not None:
            self.fill(prefill)
        self.resize(1160, 660)
        self.retranslate()

    # -- building the form -----------------------------------------------------------------------------------
    def _build_caller(self) -> None:
        self.client = LookupEdit(self.search_clients, self._describe_client, self)
        self.client.setObjectName("client")
        self.building = LookupEdit(self.search_buildings, self._describe_building, self)
        self.building.setObjectName("building")
        self.contact = LookupEdit(self.search_contacts, self._describe_contact, self)
        self.contact.setObjectName("contact")
        self.new_contact = QPushButton(self)
        self.new_contact.setObjectName("newContact")
        self.new_contact.setAutoDefault(False)
        self.client_label = buddy_label(self.client)
        self.building_label = buddy_label(self.building)
        self.contact_label = buddy_label(self.contact)
        self.caller_form = QFormLayout()
        self.caller_form.addRow(self.client_label, self.client)
        self.caller_form.addRow(self.building_label, self.building)
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.contact, 1)
        contact_row.addWidget(self.new_contact)
        self.caller_form.addRow(self.contact_label, contact_row)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        return combo

    def _build_order(self) -> None:
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title.setMaxLength(TITLE_MAX)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.type = self._combo("type")
        for order_type in LOGGED_TYPES:
            self.type.addItem("", order_type.value)
        self.priority = self._combo("priority")
        for priority in Priority:
            self.priority.addItem("", int(priority))
        self.priority.setCurrentIndex(self.priority.findData(int(Priority.NORMAL)))
        self.impact = self._combo("impact")
        self.impact.addItem("", None)
        for impact in Impact:
            self.impact.addItem("", impact.value)
        self.kind = self._combo("kind")
        self.kind.addItem("", None)
        for kind in Kind:
            self.kind.addItem("", kind.value)
        self.category = QLineEdit(self)
        self.category.setObjectName("category")
        self.category.setMaxLength(CATEGORY_MAX)
        self.categories = QStringListModel(self)
        completer = QCompleter(self.categories, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.category.setCompleter(completer)
        self.category_timer = QTimer(self)
        self.category_timer.setSingleShot(True)
        self.category_timer.setInterval(DEBOUNCE_MS)
        self.contract = self._combo("contract")
        self.assignee = self._combo("assignee")
        self.due = OptionalDateEdit(self)
        self.due.setObjectName("due")
        self.due_note = QLabel(self)
        self.due_note.setObjectName("dueNote")
        self.follow_priority = QToolButton(self)
        self.follow_priority.setObjectName("followPriority")
        self.labels: dict[str, QLabel] = {}
        for name, field in (
            ("title", self.title),
            ("description", self.description),
            ("type", self.type),
            ("priority", self.priority),
            ("impact", self.impact),
            ("kind", self.kind),
            ("category", self.category),
            ("contract", self.contract),
            ("assignee", self.assignee),
        ):
            self.labels[name] = buddy_label(field)
            self.form.addRow(self.labels[name], field)
        self.labels["due"] = buddy_label(self.due)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.follow_priority)
        due_row.addWidget(self.due_note, 1)
        self.form.addRow(self.labels["due"], due_row)

    def _build_side(self) -> None:
        self.open_orders_model = OpenOrdersModel(self)
        self.open_orders = QTableView(self)
        self.open_orders.setObjectName("openOrders")
        self.open_orders.setModel(self.open_orders_model)
        self.open_orders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.open_orders.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.open_orders.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.open_orders.setTabKeyNavigation(False)
        self.open_orders.setWordWrap(False)
        rows = self.open_orders.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        header = self.open_orders.horizontalHeader()
        header.setSectionResizeMode(OpenColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (OpenColumn.NUMBER, OpenColumn.STATUS, OpenColumn.AGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.reported_note = QLabel(self)
        self.reported_note.setObjectName("reportedNote")
        self.reported_note.setWordWrap(True)
        self.notify = QListWidget(self)
        self.notify.setObjectName("notify")
        self.notify.setUniformItemSizes(True)
        self.notify_note = QLabel(self)
        self.notify_note.setObjectName("notifyNote")
        self.notify_note.setWordWrap(True)

    def _build_buttons(self) -> None:
        self.save_new_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_new_button.setObjectName("saveAndNew")
        self.save_new_button.setAutoDefault(False)
        self.ok_button.setObjectName("save")
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.done_note = QLabel(self)
        self.done_note.setObjectName("doneNote")
        self.done_note.setStyleSheet(DONE_STYLE)
        self.done_note.hide()

    def _lay_out(self) -> None:
        self.caller_box = QGroupBox(self)
        self.caller_box.setLayout(self.caller_form)
        # The order's fields go in a box of their own: take the form out of the dialog's layout first.
        self.main_layout.removeItem(self.form)
        self.form.setParent(None)
        self.order_box = QGroupBox(self)
        self.order_box.setLayout(self.form)
        self.reported_box = QGroupBox(self)
        reported = QVBoxLayout(self.reported_box)
        reported.addWidget(self.reported_note)
        reported.addWidget(self.open_orders, 1)
        self.notify_box = QGroupBox(self)
        notify = QVBoxLayout(self.notify_box)
        notify.addWidget(self.notify_note)
        notify.addWidget(self.notify, 1)
        left = QVBoxLayout()
        left.addWidget(self.caller_box)
        left.addWidget(self.order_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.reported_box, 3)
        right.addWidget(self.notify_box, 2)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.main_layout.insertLayout(self.main_layout.indexOf(self.intro) + 1, columns, 1)
        self.main_layout.insertWidget(self.main_layout.indexOf(self.hint), self.done_note)
        self.main_layout.insertWidget(self.main_layout.indexOf(self.buttons), self.error)
        # Tab goes down the caller, then the work order, then the lists at the side.
        chain: list[QWidget] = [
            self.client,
            self.building,
            self.contact,
            self.new_contact,
            self.title,
            self.description,
            self.type,
            self.priority,
            self.impact,
            self.kind,
            self.category,
            self.contract,
            self.assignee,
            self.due,
            self.follow_priority,
            self.open_orders,
            self.notify,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.client.chosen.connect(self._client_chosen)
        self.building.chosen.connect(self._building_chosen)
        self.contact.chosen.connect(self._contact_chosen)
        self.client.editingFinished.connect(self._client_left)
        for line in (self.client, self.building, self.contact, self.title):
            line.textChanged.connect(self.validate)
        self.new_contact.clicked.connect(self.add_caller)
        self.priority.currentIndexChanged.connect(lambda _index: self._follow_priority())
        self.due.valueChanged.connect(self._due_set_by_hand)
        self.follow_priority.clicked.connect(self.follow_priority_again)
        self.category.textEdited.connect(lambda _text: self.category_timer.start())
        self.category_timer.timeout.connect(self._complete_categories)
        self.open_orders.activated.connect(self._open_existing)
        self.save_new_button.clicked.connect(self.save_and_new)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save_by_keyboard)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self._save_and_new_by_keyboard)

    def _fill_choices(self) -> None:
        self.assignee.addItem("", None)
        try:
            agents = lookup_search.active_agents(self.db)
            categories = categories_in_use(self.db, "", CATEGORY_CHOICES)
        except BureauError as error:
            agents, categories = [], []
            self._show_error(translate_message(error.message))
        for user_id, name in agents:
            self.assignee.addItem(name, user_id)
        self.categories.setStringList(categories)
        self.contract.addItem("", None)

    # -- texts ------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New work order"))
        self.intro.setText(
            self.tr(
                "Log a call. Start with the building (its client follows) or the client, and choose from the "
                "lists as you type. Ctrl+Enter saves; Ctrl+Shift+N saves and starts the next call with the same "
                "caller."
            )
        )
        self.caller_box.setTitle(self.tr("Caller"))
        self.order_box.setTitle(self.tr("Work order"))
        self.reported_box.setTitle(self.tr("Already &reported?"))
        self.notify_box.setTitle(self.tr("Contacts to notify by &email"))
        self.client_label.setText(self.tr("&Client:"))
        self.building_label.setText(self.tr("&Building:"))
        self.contact_label.setText(self.tr("C&ontact:"))
        self.client.setPlaceholderText(self.tr("Name or reference"))
        self.building.setPlaceholderText(self.tr("Name, city, postcode or client reference"))
        self.contact.setPlaceholderText(self.tr("Name, email or phone (optional)"))
        self.new_contact.setText(self.tr("Ne&w contact…"))
        captions = {
            "title": self.tr("&Title:"),
            "description": self.tr("&Description:"),
            "type": self.tr("T&ype:"),
            "priority": self.tr("&Priority:"),
            "impact": self.tr("&Impact:"),
            "kind": self.tr("&Kind:"),
            "category": self.tr("Cate&gory:"),
            "contract": self.tr("Co&ntract:"),
            "assignee": self.tr("&Assignee:"),
            "due": self.tr("D&ue date:"),
        }
        for name, caption in captions.items():
            self.labels[name].setText(caption)
        self.title.setPlaceholderText(self.tr("Required: what is wrong, in a few words"))
        self.category.setPlaceholderText(self.tr("Optional"))
        for index, order_type in enumerate(LOGGED_TYPES):
            self.type.setItemText(index, type_label(order_type))
        for index, priority in enumerate(Priority):
            self.priority.setItemText(index, priority_label(priority))
        not_set = self.tr("Not set")
        self.impact.setItemText(0, not_set)
        for index, impact in enumerate(Impact, start=1):
            self.impact.setItemText(index, QCoreApplication.translate("Impact", IMPACT_LABELS[impact]))
        self.kind.setItemText(0, not_set)
        for index, kind in enumerate(Kind, start=1):
            self.kind.setItemText(index, QCoreApplication.translate("Kind", KIND_LABELS[kind]))
        self.contract.setItemText(0, self.tr("No contract"))
        self.assignee.setItemText(0, self.tr("Unassigned"))
        self.due.setSpecialValueText(self.tr("Not set"))
        due = self.due.value()
        self.due.setLocale(QLocale())
        self.due.setDisplayFormat(short_date_format())
        self.due.set_value(due)
        self.follow_priority.setText(self.tr("&From priority"))
        self.follow_priority.setToolTip(self.tr("Set the due date from the priority's target time again"))
        self.ok_button.setText(self.tr("&Save"))
        self.ok_button.setToolTip(self.tr("Save the work order and open it (Ctrl+Enter)"))
        self.save_new_button.setText(self.tr("Sa&ve and new"))
        self.save_new_button.setToolTip(
            self.tr("Save the work order and start the next one for the same caller (Ctrl+Shift+N)")
        )
        self.open_orders_model.retranslate()
        self._show_due_note()
        self._show_reported_note()
        self._show_notify()
        super().retranslate()

    # -- the lookups ------------------------------------------------------------------------------------------
    def search_clients(self, text: str) -> Sequence[ClientHit]:
        return lookup_search.find_clients(self.db, text)

    def search_buildings(self, text: str) -> Sequence[BuildingHit]:
        return lookup_search.find_buildings(self.db, text, self.client_id())

    def search_contacts(self, text: str) -> Sequence[ContactHit]:
        return lookup_search.find_contacts(self.db, text, self.client_id())

    def _describe_client(self, hit: ClientHit) -> tuple[str, str]:
        line = self.tr("{name} ({reference})").format(name=hit.name, reference=hit.reference)
        return hit.name, line if hit.reference else hit.name

    def _describe_building(self, hit: BuildingHit) -> tuple[str, str]:
        line = self.tr("{name} – {address}, {postcode} {city} · {client}").format(
            name=hit.name, address=hit.address_line, postcode=hit.postcode, city=hit.city, client=hit.client_name
        )
        return hit.name, line

    def _describe_contact(self, hit: ContactHit) -> tuple[str, str]:
        reach = ", ".join(part for part in (hit.email, hit.phone) if part)
        if reach:
            line = self.tr("{name} – {reach} · {client}").format(name=hit.name, reach=reach, client=hit.client_name)
        else:
            line = self.tr("{name} · {client}").format(name=hit.name, client=hit.client_name)
        return hit.name, line

    def client_id(self) -> int | None:
        """The client of the order: the one chosen, else the building's or the caller's."""
        client = self.current_client()
        return client.id if client is not None else None

    def current_client(self) -> ClientHit | None:
        if self.client.choice is not None:
            return self.client.choice  # type: ignore[no-any-return]
        for hit in (self.building.choice, self.contact.choice):
            if hit is not None:
                return client_of(hit)
        return None

    # -- the caller -------------------------------------------------------------------------------------------
    def _client_chosen(self, hit: ClientHit | None) -> None:
        if hit is not None:
            if self.building.choice is not None and self.building.choice.client_id != hit.id:
                self.building.choose(None, notify=False)
                self._show_open_orders()
            if self.contact.choice is not None and self.contact.choice.client_id != hit.id:
                self.contact.choose(None, notify=False)
        self._client_context_changed()

    def _client_left(self) -> None:
        """Leaving the client field with nothing chosen while a building or caller is: show their client."""
        if self.client.choice is None and not self.client.pending():
            client = self.current_client()
            if client is not None:
                self.client.choose(client, notify=False)

    def _building_chosen(self, hit: BuildingHit | None) -> None:
        if hit is not None:
            if self.client.choice is None or self.client.choice.id != hit.client_id:
                self.client.choose(client_of(hit), notify=False)
            if self.contact.choice is not None and self.contact.choice.client_id != hit.client_id:
                self.contact.choose(None, notify=False)
        self._show_open_orders()
        self._client_context_changed()

    def _contact_chosen(self, hit: ContactHit | None) -> None:
        if hit is not None:
            if self.client.choice is None or self.client.choice.id != hit.client_id:
                self.client.choose(client_of(hit), notify=False)
            if self.building.choice is not None and self.building.choice.client_id != hit.client_id:
                self.building.choose(None, notify=False)
                self._show_open_orders()
        self._client_context_changed()

    def _client_context_changed(self) -> None:
        self._fill_contracts()
        self._fill_notify()
        self.new_contact.setEnabled(self.client_id() is not None)
        self._show_new_contact_tip()
        self.validate()

    def _show_new_contact_tip(self) -> None:
        client = self.current_client()
        if client is None:
            self.new_contact.setToolTip(self.tr("Choose the client or the building first."))
        else:
            self.new_contact.setToolTip(
                self.tr("Add the caller to the contacts of {client} without leaving this form").format(
                    client=client.name
                )
            )

    def add_caller(self) -> None:
        """Add the caller as a contact of the client (a small dialog) and choose them."""
        client = self.current_client()
        if client is None:
            return
        typed = self.contact.text().strip() if self.contact.choice is None else ""
        dialog = NewContactDialog(self.db, self.actor, client.id, client.name, typed, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.contact is None:
                return
            contact = dialog.contact
        finally:
            dialog.deleteLater()
        self._notify_client = None  # read the client's contacts again: the new one is among them
        self.contact.choose(contact)
        self.title.setFocus()

    # -- contracts and notifications --------------------------------------------------------------------------
    def _fill_contracts(self) -> None:
        client_id = self.client_id()
        kept = self.contract.currentData()
        while self.contract.count() > 1:
            self.contract.removeItem(1)
        if client_id is not None:
            try:
                contracts = lookup_search.live_contracts(self.db, client_id, self.today)
            except BureauError as error:
                contracts = []
                self._show_error(translate_message(error.message))
            for contract in contracts:
                self.contract.addItem(contract.reference, contract.id)
        self.contract.setCurrentIndex(max(0, self.contract.findData(kept)) if kept is not None else 0)
        self.contract.setEnabled(self.contract.count() > 1)

    def _fill_notify(self) -> None:
        client_id = self.client_id()
        if client_id != self._notify_client:
            self._notify_client = client_id
            self._auto_notified = None
            self.notify.clear()
            contacts: list[ContactHit] = []
            if client_id is not None:
                try:
                    contacts = lookup_search.find_contacts(self.db, "", client_id, NOTIFY_CHOICES)
                except BureauError as error:
                    self._show_error(translate_message(error.message))
            for contact in contacts:
                self._add_notify_item(contact)
            self._show_notify()
        self._tick_caller()

    def _add_notify_item(self, contact: ContactHit) -> QListWidgetItem:
        item = QListWidgetItem(self.notify)
        item.setData(CONTACT_ROLE, contact.id)
        item.setData(CONTACT_ROLE + 1, (contact.name, contact.email))
        item.setCheckState(Qt.CheckState.Unchecked)
        if not (contact.email or "").strip():
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        return item

    def _notify_item(self, contact_id: int) -> QListWidgetItem | None:
        for row in range(self.notify.count()):
            item = self.notify.item(row)
            if item.data(CONTACT_ROLE) == contact_id:
                return item
        return None

    def _tick_caller(self) -> None:
        """The caller is notified by default: ticked when chosen, unticked when another caller replaces them."""
        caller: ContactHit | None = self.contact.choice
        caller_id = caller.id if caller is not None else None
        if self._auto_notified is not None and self._auto_notified != caller_id:
            item = self._notify_item(self._auto_notified)
            if item is not None:
                item.setCheckState(Qt.CheckState.Unchecked)
            self._auto_notified = None
        if caller is not None and caller_id != self._auto_notified:
            item = self._notify_item(caller.id)
            if item is None:
                item = self._add_notify_item(caller)
                self._show_notify()
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked)
            self._auto_notified = caller.id

    def _show_notify(self) -> None:
        for row in range(self.notify.count()):
            item = self.notify.item(row)
            name, email = item.data(CONTACT_ROLE + 1)
            if email:
                item.setText(self.tr("{name} <{email}>").format(name=name, email=email))
                item.setToolTip(item.text())
            else:
                item.setText(self.tr("{name} (no email address)").format(name=name))
                item.setToolTip(self.tr("This contact has no email address, so they cannot be notified."))
        if self.client_id() is None:
            note = self.tr("Choose the client or the building to list their contacts.")
        elif not self.notify.count():
            note = self.tr("This client has no contacts yet.")
        else:
            note = self.tr("Those ticked are emailed now, and each time the work order's status changes.")
        self.notify_note.setText(note)

    def notified_ids(self) -> list[int]:
        return [
            int(item.data(CONTACT_ROLE))
            for row in range(self.notify.count())
            if (item := self.notify.item(row)).checkState() == Qt.CheckState.Checked
        ]

    # -- already reported? ------------------------------------------------------------------------------------
    def _show_open_orders(self) -> None:
        building: BuildingHit | None = self.building.choice
        orders: list[lookup_search.OpenOrder] = []
        if building is not None:
            try:
                orders = lookup_search.open_orders_at(self.db, building.id)
            except BureauError as error:
                self._show_error(translate_message(error.message))
        self.open_orders_model.set_orders(orders)
        self._show_reported_note()

    def _show_reported_note(self) -> None:
        building: BuildingHit | None = self.building.choice
        count = self.open_orders_model.rowCount()
        if building is None:
            note = self.tr("Choose a building to see the work orders still open there.")
        elif not count:
            note = self.tr("No open work order at {building}.").format(building=building.name)
        else:
            note = self.tr(
                "Open at {building}, newest first. If the call is about one of them, double-click it to open it "
                "instead of logging it again."
            ).format(building=building.name)
        self.reported_note.setText(note)
        self.reported_note.setStyleSheet("font-weight: bold;" if count else "")

    def _open_existing(self, index: QModelIndex) -> None:
        number = self.open_orders_model.number_at(index.row())
        if number is not None:
            self.open_number = number
            self.reject()

    # -- the due date -----------------------------------------------------------------------------------------
    def current_priority(self) -> Priority:
        return Priority(int(self.priority.currentData()))

    def _follow_priority(self) -> None:
        if not self.due_by_hand:
            self.due.set_value(due_from_priority(self.current_priority(), utcnow(), self.targets))
        self._show_due_note()

    def _due_set_by_hand(self) -> None:
        self.due_by_hand = True
        self._show_due_note()

    def follow_priority_again(self) -> None:
        self.due_by_hand = False
        self._follow_priority()

    def _show_due_note(self) -> None:
        if self.due_by_hand:
            self.due_note.setText(self.tr("set by hand"))
        else:
            target = self.targets.get(self.current_priority(), DEFAULT_PRIORITY_TARGETS[self.current_priority()])
            self.due_note.setText(self.tr("{target} for this priority").format(target=target_text(target)))
        self.follow_priority.setEnabled(self.due_by_hand)

    # -- categories -------------------------------------------------------------------------------------------
    def _complete_categories(self) -> None:
        try:
            found = categories_in_use(self.db, self.category.text(), CATEGORY_CHOICES)
        except BureauError:
            return  # a text no category holds: nothing to offer
        self.categories.setStringList(found)
        if found and self.category.hasFocus():
            self.category.completer().complete()

    # -- saving -----------------------------------------------------------------------------------------------
    def problem(self) -> str | None:
        if self.building.choice is None:
            if self.building.pending():
                return self.tr("Choose the building from the list: type part of its name, city or postcode.")
            return self.tr("Choose the building.")
        if self.client.pending():
            return self.tr("Choose the client from the list, or clear the field.")
        if self.contact.pending():
            return self.tr("Choose the caller from the contacts, or add them as a new contact.")
        if not self.title.text().strip():
            return self.tr("Give the work order a title.")
        return None

    def validate(self) -> None:
        super().validate()
        if hasattr(self, "save_new_button"):
            self.save_new_button.setEnabled(self.ok_button.isEnabled())

    def new_order(self) -> NewWorkOrder:
        building: BuildingHit = self.building.choice
        contact: ContactHit | None = self.contact.choice
        impact, kind = self.impact.currentData(), self.kind.currentData()
        return NewWorkOrder(
            type=WorkOrderType(self.type.currentData()),
            title=self.title.text(),
            building_id=building.id,
            priority=self.current_priority(),
            description=self.description.toPlainText(),
            due_date=self.due.value(),
            assignee_id=self.assignee.currentData(),
            contact_id=contact.id if contact is not None else None,
            contract_id=self.contract.currentData(),
            impact=Impact(impact) if impact else None,
            kind=Kind(kind) if kind else None,
            category=self.category.text().strip() or None,
        )

    def save(self) -> int | None:
        """Log the order; its number, or None when something is missing or the service refused (shown)."""
        if self.problem() is not None:
            return None
        self.error.hide()
        try:
            number = log_work_order(self.db, self.actor, self.new_order(), self.notified_ids(), today=self.today)
        except BureauError as error:
            self._show_error(translate_message(error.message))
            return None
        self.numbers.append(number)
        self.logged.emit(number)
        return number

    def accept(self) -> None:
        if self.save() is not None:
            super().accept()

    def save_and_new(self) -> None:
        number = self.save()
        if number is not None:
            self.next_call(number)

    def _save_by_keyboard(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def _save_and_new_by_keyboard(self) -> None:
        if self.save_new_button.isEnabled():
            self.save_and_new()

    def next_call(self, number: int) -> None:
        """Clear the order's fields for the next call; the client, building and caller stay."""
        self.title.clear()
        self.description.clear()
        self.type.setCurrentIndex(0)
        self.priority.setCurrentIndex(self.priority.findData(int(Priority.NORMAL)))
        self.impact.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.category.clear()
        self.contract.setCurrentIndex(0)
        self.assignee.setCurrentIndex(0)
        self.follow_priority_again()
        for row in range(self.notify.count()):
            self.notify.item(row).setCheckState(Qt.CheckState.Unchecked)
        self._auto_notified = None
        self._tick_caller()
        self._show_open_orders()
        self.done_note.setText(
            self.tr("Work order {number} saved. The next one keeps the same caller.").format(number=number)
        )
        self.done_note.show()
        self.validate()
        self.title.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- Log similar ------------------------------------------------------------------------------------------
    def start_from(self, template: OrderTemplate) -> None:
        """Start from an earlier order: its client, building, caller, type and category."""
        client = ClientHit(template.client_id, template.client_name, "")
        self.client.choose(client, notify=False)
        self.building.choose(
            BuildingHit(template.building_id, template.building_name, client.id, client.name, "", "", "", ""),
            notify=False,
        )
        if template.contact_id is not None and template.contact_name is not None:
            self.contact.choose(
                ContactHit(template.contact_id, template.contact_name, client.id, client.name, None, None),
                notify=False,
            )
        index = self.type.findData(template.type.value)
        self.type.setCurrentIndex(max(index, 0))
        self.category.setText(template.category or "")
        self._show_open_orders()
        self._client_context_changed()
        self.title.setFocus()

    def fill(self, prefill: OrderPrefill) -> None:
        """Start with ``prefill``'s contract (when it is among the client's live ones), title and description."""
        if prefill.contract_id is not None:
            index = self.contract.findData(prefill.contract_id)
            if index >= 0:
                self.contract.setCurrentIndex(index)
        self.title.setText(prefill.title[:TITLE_MAX])
        self.description.setPlainText(prefill.description)
        self.validate()


def target_text(target: timedelta) -> str:
    """A priority's target time: whole days when it is, else hours."""
    hours = int(target.total_seconds() // 3600)
    if hours and hours % 24 == 0:
        return plural(DAYS, hours // 24)
    return plural(HOURS, hours)


__all__ = ["LOGGED_TYPES", "NewWorkOrderDialog", "OrderPrefill", "target_text"]

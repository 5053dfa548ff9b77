"""The Clients tab: the list of clients, and the selected client's page at the side (its buildings, contacts,
contracts and open work orders, counted; a click on a count shows them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services import directory_lists
from desktop.services.actor import Actor
from desktop.services.clients import (
    ClientSummary,
    client_summary,
    delete_client,
    get_client,
    set_client_active,
)
from desktop.services.directory_lists import ClientRow, ClientSort
from desktop.ui.directory.client_dialog import ClientDialog
from desktop.ui.directory.list_model import ListColumn
from desktop.ui.directory.list_view import DirectoryListView
from desktop.ui.i18n import formatter, translate_message

PANEL_DELAY_MS = 120  # the page follows the selection once the arrow keys pause


def archived_text(row: Any) -> str:
    return "" if row.active else QCoreApplication.translate("DirectoryList", "Archived")


def _columns() -> list[ListColumn]:
    return [
        ListColumn(
            lambda: QCoreApplication.translate("DirectoryList", "Name"), lambda row: row.name, ClientSort.NAME.value
        ),
        ListColumn(
            lambda: QCoreApplication.translate("DirectoryList", "Reference"),
            lambda row: row.reference,
            ClientSort.REFERENCE.value,
        ),
        ListColumn(lambda: QCoreApplication.translate("DirectoryList", "State"), archived_text),
    ]


class ClientPanel(QWidget):
    """The client's page: name, reference, and the counts of what it has. ``buildingsRequested``,
    ``contactsRequested``, ``contractsRequested`` and ``ordersRequested`` carry the client's id and name when a
    count is clicked; ``newBuildingRequested`` and ``newContactRequested`` when a building or contact is to be
    added to the client."""

    buildingsRequested = Signal(int, str)
    contactsRequested = Signal(int, str)
    contractsRequested = Signal(int, str)
    ordersRequested = Signal(int, str)
    newBuildingRequested = Signal(int, str)
    newContactRequested = Signal(int, str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientPage")
        self.db = db
        self.summary: ClientSummary | None = None
        self._wanted: int | None = None
        self.title = QLabel(self)
        self.title.setObjectName("title")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.buildings = self._count_button("buildings", self.buildingsRequested)
        self.contacts = self._count_button("contacts", self.contactsRequested)
        self.contracts = self._count_button("contracts", self.contractsRequested)
        self.open_orders = self._count_button("openOrders", self.ordersRequested)
        self.counts = QFormLayout()
        self.count_labels = [QLabel(self) for _ in range(4)]
        for label, button in zip(
            self.count_labels, (self.buildings, self.contacts, self.contracts, self.open_orders), strict=True
        ):
            label.setBuddy(button)
            self.counts.addRow(label, button)
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.new_building = QPushButton(self)
        self.new_building.setObjectName("newBuilding")
        self.new_building.setAutoDefault(False)
        self.new_building.clicked.connect(lambda _checked=False: self._request(self.newBuildingRequested))
        self.new_contact = QPushButton(self)
        self.new_contact.setObjectName("newContact")
        self.new_contact.setAutoDefault(False)
        self.new_contact.clicked.connect(lambda _checked=False: self._request(self.newContactRequested))
        adding = QHBoxLayout()
        adding.addWidget(self.new_building)
        adding.addWidget(self.new_contact)
        adding.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(self.counts)
        layout.addWidget(self.note)
        layout.addLayout(adding)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PANEL_DELAY_MS)
        self.timer.timeout.connect(self.load)
        self.show_summary(None)

    def _count_button(self, name: str, signal: Any) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setFlat(True)
        button.setAutoDefault(False)
        button.setStyleSheet("QPushButton { text-align: left; color: palette(link); text-decoration: underline; }")
        button.clicked.connect(lambda _checked=False: self._request(signal))
        return button

    def _request(self, signal: Any) -> None:
        if self.summary is not None:
            signal.emit(self.summary.client.id, self.summary.client.name)

    def show_client(self, client_id: int | None, *, now: bool = False) -> None:
        """Show the page of ``client_id`` (None: nothing) after a short pause, or at once when ``now``."""
        self._wanted = client_id
        if now or client_id is None:
            self.load()
        else:
            self.timer.start()

    def load(self) -> None:
        self.timer.stop()
        summary = None
        error = None
        if self._wanted is not None:
            try:
                summary = client_summary(self.db, self._wanted)
            except BureauError as refused:
                error = translate_message(refused.message)
        self.show_summary(summary, error)

    def show_summary(self, summary: ClientSummary | None, error: str | None = None) -> None:
        self.summary = summary
        shown = summary is not None
        for widget in (*self.count_labels, self.buildings, self.contacts, self.contracts, self.open_orders):
            widget.setVisible(shown)
        self.new_building.setVisible(shown and summary.client.active)
        self.new_contact.setVisible(shown and summary.client.active)
        self.retranslate(error)

    def retranslate(self, error: str | None = None) -> None:
        captions = (
            self.tr("&Buildings:"),
            self.tr("C&ontacts:"),
            self.tr("Contracts:"),
            self.tr("O&pen work orders:"),
        )
        for label, caption in zip(self.count_labels, captions, strict=True):
            label.setText(caption)
        self.new_building.setText(self.tr("Add a building…"))
        self.new_contact.setText(self.tr("Add a contact…"))
        summary = self.summary
        if summary is None:
            self.title.setText("")
            self.details.setText("")
            self.note.setText(error or self.tr("Select a client to see its page."))
            return
        client = summary.client
        self.title.setText(client.name)
        details = self.tr("Reference: {reference}").format(reference=client.reference)
        if not client.active:
            details += "\n" + self.tr("Archived: offered for no new work.")
        self.details.setText(details)
        number = formatter().number
        self.buildings.setText(number(summary.buildings))
        self.buildings.setToolTip(self.tr("List the client's buildings"))
        self.contacts.setText(number(summary.contacts))
        self.contacts.setToolTip(self.tr("List the client's contacts"))
        self.contracts.setText(number(summary.contracts))
        self.contracts.setToolTip(self.tr("Open the contracts"))
        self.open_orders.setText(number(summary.open_orders))
        self.open_orders.setToolTip(self.tr("Show the client's open work orders in the helpdesk list"))
        self.note.setText(self.tr("Active buildings and contacts are counted."))


class ClientsView(DirectoryListView):
    """The Clients tab."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, _columns(), directory_lists.client_page, directory_lists.client_count, parent)
        self.setObjectName("clientsView")
        self.page = ClientPanel(db, self)
        self.add_side(self.page)
        header = self.table.horizontalHeader()
        header.resizeSection(0, 280)
        header.resizeSection(1, 140)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Clients")

    def retranslate(self) -> None:
        super().retranslate()
        self.search.setPlaceholderText(self.tr("Name or reference"))
        self.new_button.setToolTip(self.tr("Add a client"))
        if hasattr(self, "page"):
            self.page.retranslate()

    def show_current(self, row: ClientRow | None) -> None:
        if hasattr(self, "page"):
            self.page.show_client(row.id if row is not None else None)

    def create(self) -> int | None:
        dialog = ClientDialog(self.db, self.actor, None, self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.saved_id if accepted else None
        finally:
            dialog.deleteLater()

    def edit(self, row: ClientRow) -> bool:
        try:
            record = get_client(self.db, row.id)
        except BureauError as error:
            QMessageBox.warning(self, self.title(), translate_message(error.message))
            return False
        dialog = ClientDialog(self.db, self.actor, record, self)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def archive_question(self, row: ClientRow) -> str:
        return QCoreApplication.translate(
            "DirectoryList",
            "Archive the client “{name}”? While it is archived, its buildings and contacts are offered for no new"
            " work either. They are left as they are and are offered again when you restore the client.",
        ).format(name=row.name)

    def set_active(self, row: ClientRow, active: bool) -> None:
        set_client_active(self.db, self.actor, row.id, row.version, active)

    def delete(self, row: ClientRow) -> None:
        delete_client(self.db, self.actor, row.id, row.version)

    def reload(self, select_id: int | None = None) -> None:
        super().reload(select_id)
        row = self.current_row()
        self.page.show_client(row.id if row is not None else None, now=True)


__all__ = ["ClientPanel", "ClientsView"]

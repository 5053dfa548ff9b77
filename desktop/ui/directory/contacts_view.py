"""The Contacts tab: the list of the clients' contacts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services import directory_lists
from desktop.services.actor import Actor
from desktop.services.contacts import delete_contact, get_contact, set_contact_active
from desktop.services.directory_lists import ContactRow, ContactSort
from desktop.services.lookup_search import ClientHit
from desktop.ui.directory.clients_view import archived_text
from desktop.ui.directory.contact_dialog import ContactDialog
from desktop.ui.directory.list_model import ListColumn
from desktop.ui.directory.list_view import DirectoryListView
from desktop.ui.i18n import LANGUAGE_NAMES, translate_message


def _columns() -> list[ListColumn]:
    return [
        ListColumn(
            lambda: QCoreApplication.translate("DirectoryList", "Name"), lambda row: row.name, ContactSort.NAME.value
        ),
        ListColumn(
            lambda: QCoreApplication.translate("DirectoryList", "Client"),
            lambda row: row.client_name,
            ContactSort.CLIENT.value,
        ),
        ListColumn(
            lambda: QCoreApplication.translate("DirectoryList", "Email"),
            lambda row: row.email or "",
            ContactSort.EMAIL.value,
        ),
        ListColumn(
            lambda: QCoreApplication.translate("DirectoryList", "Phone"),
            lambda row: row.phone or "",
            ContactSort.PHONE.value,
        ),
        ListColumn(
            lambda: QCoreApplication.translate("DirectoryList", "Language"),
            lambda row: LANGUAGE_NAMES.get(row.language or "", ""),
        ),
        ListColumn(lambda: QCoreApplication.translate("DirectoryList", "State"), archived_text),
    ]


class ContactsView(DirectoryListView):
    """The Contacts tab."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, _columns(), directory_lists.contact_page, directory_lists.contact_count, parent)
        self.setObjectName("contactsView")
        header = self.table.horizontalHeader()
        for column, width in enumerate((220, 200, 260, 150, 100)):
            header.resizeSection(column, width)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Contacts")

    def retranslate(self) -> None:
        super().retranslate()
        self.search.setPlaceholderText(self.tr("Name, email or phone"))
        self.new_button.setToolTip(self.tr("Add a contact"))

    def create(self) -> int | None:
        client = ClientHit(self._client[0], self._client[1], "") if self._client is not None else None
        dialog = ContactDialog(self.db, self.actor, None, self, client=client)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.saved_id if accepted else None
        finally:
            dialog.deleteLater()

    def edit(self, row: ContactRow) -> bool:
        try:
            record = get_contact(self.db, row.id)
        except BureauError as error:
            QMessageBox.warning(self, self.title(), translate_message(error.message))
            return False
        dialog = ContactDialog(self.db, self.actor, record, self)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def set_active(self, row: ContactRow, active: bool) -> None:
        set_contact_active(self.db, self.actor, row.id, row.version, active)

    def delete(self, row: ContactRow) -> None:
        delete_contact(self.db, self.actor, row.id, row.version)


__all__ = ["ContactsView"]

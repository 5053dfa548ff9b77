"""New contact / Edit contact: client, name, email, phone, language, PPM emails, and the buildings of the client
they are the contact for (a checkable list read for the chosen client only, narrowed by typing)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.emails import checked_email
from desktop.domain.errors import BureauError
from desktop.domain.languages import LANGUAGES
from desktop.services import directory_lists
from desktop.services.actor import Actor
from desktop.services.contacts import ContactFields, ContactRecord, create_contact, update_contact
from desktop.services.directory_lists import BuildingRow, DirectoryQuery
from desktop.services.lookup_search import ClientHit
from desktop.ui.directory.fields import ClientLookup
from desktop.ui.directory.record_dialog import RecordDialog
from desktop.ui.i18n import LANGUAGE_NAMES, translate_message
from desktop.ui.widgets import buddy_label

NAME_MAX, EMAIL_MAX, PHONE_MAX = 200, 254, 40
# The client's buildings listed at a time: a large client's are narrowed by typing.
BUILDING_CHOICES = 100
FILTER_DEBOUNCE_MS = 200
BUILDING_ROLE = Qt.ItemDataRole.UserRole


class ContactDialog(RecordDialog):
    """A new contact (``record`` None; of ``client`` when given) or the correction of ``record``."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        record: ContactRecord | None = None,
        parent: QWidget | None = None,
        *,
        client: ClientHit | None = None,
    ) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("contactDialog")
        self.record = record
        self.checked: set[int] = set(record.building_ids) if record else set()
        self._listed_client: int | None = None
        self.client = ClientLookup(db, self)
        self.name = self.line("name", NAME_MAX, record.name if record else "")
        self.email = self.line("email", EMAIL_MAX, (record.email or "") if record else "")
        self.phone = self.line("phone", PHONE_MAX, (record.phone or "") if record else "")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("", None)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.ppm = QCheckBox(self)
        self.ppm.setObjectName("receivesPpmEmails")
        self.labels: dict[str, QLabel] = {}
        for name, field in (
            ("client", self.client),
            ("name", self.name),
            ("email", self.email),
            ("phone", self.phone),
            ("language", self.language),
        ):
            self.labels[name] = buddy_label(field)
            self.form.addRow(self.labels[name], field)
        self.form.addRow("", self.ppm)

        self.buildings_box = QGroupBox(self)
        self.building_filter = QLineEdit(self)
        self.building_filter.setObjectName("buildingFilter")
        self.building_filter.setClearButtonEnabled(True)
        self.buildings = QListWidget(self)
        self.buildings.setObjectName("buildings")
        self.buildings.setUniformItemSizes(True)
        self.buildings_note = QLabel(self)
        self.buildings_note.setObjectName("buildingsNote")
        self.buildings_note.setWordWrap(True)
        box = QVBoxLayout(self.buildings_box)
        box.addWidget(self.building_filter)
        box.addWidget(self.buildings, 1)
        box.addWidget(self.buildings_note)
        self.main_layout.insertWidget(self.main_layout.indexOf(self.hint), self.buildings_box, 1)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DEBOUNCE_MS)

        if record is not None:
            self.client.choose(ClientHit(record.client_id, record.client_name, ""), notify=False)
            self.language.setCurrentIndex(max(0, self.language.findData(record.language)))
            self.ppm.setChecked(record.receives_ppm_emails)
        elif client is not None:
            self.client.choose(client, notify=False)
        self.client.chosen.connect(self._client_chosen)
        self.client.textChanged.connect(self.validate)
        self.building_filter.textEdited.connect(lambda _text: self.filter_timer.start())
        self.building_filter.textChanged.connect(lambda text: None if text else self.list_buildings())
        self.filter_timer.timeout.connect(self.list_buildings)
        self.buildings.itemChanged.connect(self._ticked)
        chain: list[QWidget] = [
            self.client,
            self.name,
            self.email,
            self.phone,
            self.language,
            self.ppm,
            self.building_filter,
            self.buildings,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.list_buildings()
        self.resize(560, 640)
        (self.name if client is not None or record is not None else self.client).setFocus()
        self.retranslate()

    # -- the buildings ------------------------------------------------------------------------------------------
    def client_id(self) -> int | None:
        hit: ClientHit | None = self.client.choice
        return hit.id if hit is not None else None

    def _client_chosen(self, hit: ClientHit | None) -> None:
        if hit is not None and hit.id != self._listed_client and self._listed_client is not None:
            self.checked.clear()  # another client's buildings: none of the ticks hold
        self.list_buildings()
        self.validate()

    def list_buildings(self) -> None:
        """List the chosen client's active buildings that match the typed text, the ticked ones ticked."""
        self.filter_timer.stop()
        client_id = self.client_id()
        rows: list[BuildingRow] = []
        error = None
        if client_id is not None:
            query = DirectoryQuery(text=self.building_filter.text().strip(), client_id=client_id)
            try:
                rows = directory_lists.building_page_rows(self.db, query, None, BUILDING_CHOICES)
            except BureauError as refused:
                error = translate_message(refused.message)
            self._listed_client = client_id
        self.buildings.blockSignals(True)
        try:
            self.buildings.clear()
            for row in rows:
                item = QListWidgetItem(self.buildings)
                item.setData(BUILDING_ROLE, row.id)
                item.setText(
                    self.tr("{name} – {address}, {postcode} {city}").format(
                        name=row.name, address=row.address_line, postcode=row.postcode, city=row.city
                    )
                )
                item.setToolTip(item.text())
                item.setCheckState(Qt.CheckState.Checked if row.id in self.checked else Qt.CheckState.Unchecked)
        finally:
            self.buildings.blockSignals(False)
        self.buildings_box.setEnabled(client_id is not None)
        self._show_buildings_note(len(rows), error)

    def _ticked(self, item: QListWidgetItem) -> None:
        building_id = int(item.data(BUILDING_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            self.checked.add(building_id)
        else:
            self.checked.discard(building_id)
        self._show_buildings_note(self.buildings.count(), None)

    def _show_buildings_note(self, listed: int, error: str | None) -> None:
        if error is not None:
            note = error
        elif self.client_id() is None:
            note = self.tr("Choose the client to list their buildings.")
        elif not listed:
            if self.building_filter.text().strip():
                note = self.tr("No building of this client matches.")
            else:
                note = self.tr("This client has no buildings yet.")
        elif listed >= BUILDING_CHOICES:
            note = self.tr("The first {count} are listed: type to find the others.").format(count=listed)
        else:
            note = ""
        if self.client_id() is not None:
            ticked = self.tr("Ticked: {count}.").format(count=len(self.checked))
            note = f"{note} {ticked}".strip()
        self.buildings_note.setText(note)

    # -- texts --------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.record is None:
            self.setWindowTitle(self.tr("New contact"))
            self.intro.setText(self.tr("Someone at a client who calls in, or whom Bureau emails."))
        else:
            self.setWindowTitle(self.tr("Edit contact"))
            self.intro.setText(self.tr("Correct the contact {name}.").format(name=self.record.name))
        captions = {
            "client": self.tr("&Client:"),
            "name": self.tr("&Name:"),
            "email": self.tr("&Email:"),
            "phone": self.tr("&Phone:"),
            "language": self.tr("&Language:"),
        }
        for name, caption in captions.items():
            self.labels[name].setText(caption)
        self.client.setPlaceholderText(self.tr("Required: type part of the client's name or reference"))
        self.name.setPlaceholderText(self.tr("Required"))
        self.email.setPlaceholderText(self.tr("Optional: needed to email them"))
        self.phone.setPlaceholderText(self.tr("Optional"))
        self.language.setItemText(0, self.tr("Same as the sender"))
        self.language.setToolTip(self.tr("The language of the emails Bureau sends them"))
        self.ppm.setText(self.tr("Receives the PPM emails (planned &maintenance)"))
        self.buildings_box.setTitle(self.tr("&Buildings they are the contact for"))
        self.building_filter.setPlaceholderText(self.tr("Type part of a building's name, address or city"))
        self._show_buildings_note(self.buildings.count(), None)
        self.ok_button.setText(self.tr("&Save"))
        super().retranslate()

    def problem(self) -> str | None:
        if self.client.choice is None:
            if self.client.pending():
                return self.tr("Choose the client from the list: type part of its name or reference.")
            return self.tr("Choose the client.")
        if not self.name.text().strip():
            return self.tr("Give the contact's name.")
        try:
            checked_email(self.email.text())
        except BureauError as error:
            return translate_message(error.message)
        return None

    def fields(self) -> ContactFields:
        client: ClientHit = self.client.choice
        return ContactFields(
            client_id=client.id,
            name=self.name.text(),
            email=self.email.text().strip() or None,
            phone=self.phone.text().strip() or None,
            language=self.language.currentData(),
            receives_ppm_emails=self.ppm.isChecked(),
            building_ids=frozenset(self.checked),
        )

    def save(self) -> int:
        if self.record is None:
            return create_contact(self.db, self.actor, self.fields())
        update_contact(self.db, self.actor, self.record.id, self.record.version, self.fields())
        return self.record.id


__all__ = ["BUILDING_CHOICES", "ContactDialog"]

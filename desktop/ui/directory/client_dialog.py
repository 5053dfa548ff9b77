"""New client / Edit client: its name and its reference (unique)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.db.engine import Database
from desktop.services.actor import Actor
from desktop.services.clients import ClientFields, ClientRecord, create_client, update_client
from desktop.ui.directory.record_dialog import RecordDialog
from desktop.ui.widgets import buddy_label

NAME_MAX, REFERENCE_MAX = 200, 40


class ClientDialog(RecordDialog):
    """A new client (``record`` None) or the correction of ``record``; ``saved_id`` is set once saved."""

    def __init__(
        self, db: Database, actor: Actor, record: ClientRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("clientDialog")
        self.record = record
        self.name = self.line("name", NAME_MAX, record.name if record else "")
        self.reference = self.line("reference", REFERENCE_MAX, record.reference if record else "")
        self.name_label = buddy_label(self.name)
        self.reference_label = buddy_label(self.reference)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.reference_label, self.reference)
        self.setMinimumWidth(460)
        self.name.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        if self.record is None:
            self.setWindowTitle(self.tr("New client"))
            self.intro.setText(self.tr("A client whose buildings Bureau looks after."))
        else:
            self.setWindowTitle(self.tr("Edit client"))
            self.intro.setText(self.tr("Correct the name or the reference of {name}.").format(name=self.record.name))
        self.name_label.setText(self.tr("&Name:"))
        self.reference_label.setText(self.tr("&Reference:"))
        self.name.setPlaceholderText(self.tr("Required"))
        self.reference.setPlaceholderText(self.tr("Required: a short code no other client has"))
        self.ok_button.setText(self.tr("&Save"))
        super().retranslate()

    def problem(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Give the client's name.")
        if not self.reference.text().strip():
            return self.tr("Give the client's reference.")
        return None

    def fields(self) -> ClientFields:
        return ClientFields(name=self.name.text(), reference=self.reference.text())

    def save(self) -> int:
        if self.record is None:
            return create_client(self.db, self.actor, self.fields())
        update_client(self.db, self.actor, self.record.id, self.record.version, self.fields())
        return self.record.id


__all__ = ["ClientDialog"]

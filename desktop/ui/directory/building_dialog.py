"""New building / Edit building: its client, name, address, country, dates, access notes and closures."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.services.actor import Actor
from desktop.services.buildings import (
    BuildingFields,
    BuildingRecord,
    BuildingSaved,
    Closure,
    create_building,
    save_building,
)
from desktop.services.lookup_search import ClientHit
from desktop.ui.certificates.list_dialog import BuildingCertificatesDialog
from desktop.ui.directory.fields import ClientLookup, CountryCombo, date_edit, date_of, localise_date_edit
from desktop.ui.directory.record_dialog import RecordDialog
from desktop.ui.helpdesk.filter_bar import OptionalDateEdit
from desktop.ui.widgets import buddy_label

NAME_MAX, ADDRESS_MAX, POSTCODE_MAX, CITY_MAX, REASON_MAX = 200, 200, 20, 100, 200
START, END, REASON = 0, 1, 2


class ClosuresTable(QTableWidget):
    """The times the building is closed: start, end (inclusive) and reason, one row each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("closures")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        width = date_edit(None, "sample").sizeHint().width() + 12  # a date edit's width, not shown
        for column in (START, END):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.setMinimumHeight(110)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def add(self, closure: Closure | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        start = date_edit(self, "closureStart", closure.start_date if closure else None)
        end = date_edit(self, "closureEnd", closure.end_date if closure else None)
        reason = QLineEdit(closure.reason or "" if closure else "", self)
        reason.setObjectName("closureReason")
        reason.setMaxLength(REASON_MAX)
        self.setCellWidget(row, START, start)
        self.setCellWidget(row, END, end)
        self.setCellWidget(row, REASON, reason)
        for column in (START, END):
            self.horizontalHeader().resizeSection(column, max(self.columnWidth(column), start.sizeHint().width() + 12))
        self.setRowHeight(row, max(start.sizeHint().height(), reason.sizeHint().height()))
        return row

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A row's field taking the focus makes it the current row (the one Remove closure removes)."""
        if new is None:
            return
        for row in range(self.rowCount()):
            for column in (START, END, REASON):
                cell = self.cellWidget(row, column)
                if cell is new or cell.isAncestorOf(new):
                    self.setCurrentCell(row, column)
                    return

    def remove_current(self) -> None:
        """Remove the current row (the last one when none is)."""
        row = self.currentRow()
        if row < 0:
            row = self.rowCount() - 1
        if row >= 0:
            self.removeRow(row)

    def date_edits(self, row: int) -> tuple[QDateEdit, QDateEdit]:
        start, end = self.cellWidget(row, START), self.cellWidget(row, END)
        assert isinstance(start, QDateEdit) and isinstance(end, QDateEdit)
        return start, end

    def reason_edit(self, row: int) -> QLineEdit:
        reason = self.cellWidget(row, REASON)
        assert isinstance(reason, QLineEdit)
        return reason

    def closures(self) -> tuple[Closure, ...]:
        found = []
        for row in range(self.rowCount()):
            start, end = self.date_edits(row)
            reason = self.reason_edit(row).text().strip() or None
            found.append(Closure(start_date=date_of(start), end_date=date_of(end), reason=reason))
        return tuple(found)

    def localise(self) -> None:
        for row in range(self.rowCount()):
            for edit in self.date_edits(row):
                localise_date_edit(edit)


class BuildingDialog(RecordDialog):
    """A new building (``record`` None; of ``client`` when given) or the correction of ``record``."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        record: BuildingRecord | None = None,
        parent: QWidget | None = None,
        *,
        client: ClientHit | None = None,
    ) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("buildingDialog")
        self.record = record
        self.client = ClientLookup(db, self)
        self.name = self.line("name", NAME_MAX, record.name if record else "")
        self.address = self.line("address", ADDRESS_MAX, record.address_line if record else "")
        self.postcode = self.line("postcode", POSTCODE_MAX, record.postcode if record else "")
        self.city = self.line("city", CITY_MAX, record.city if record else "")
        self.country = CountryCombo(self)
        self.start = date_edit(self, "start", record.start_date if record else None)
        self.end = OptionalDateEdit(self)
        self.end.setObjectName("end")
        self.access_notes = QPlainTextEdit(record.access_notes or "" if record else "", self)
        self.access_notes.setObjectName("accessNotes")
        self.access_notes.setTabChangesFocus(True)
        self.access_notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.closures = ClosuresTable(self)
        self.add_closure = QPushButton(self)
        self.add_closure.setObjectName("addClosure")
        self.add_closure.setAutoDefault(False)
        self.remove_closure = QPushButton(self)
        self.remove_closure.setObjectName("removeClosure")
        self.remove_closure.setAutoDefault(False)
        # Edit mode: the building's certificates, in their own window (they are recorded there, not on Save).
        self.certificates: QPushButton | None = None
        if record is not None:
            self.certificates = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
            self.certificates.setObjectName("certificates")
            self.certificates.setAutoDefault(False)
            self.certificates.clicked.connect(self.show_certificates)

        self.labels: dict[str, QLabel] = {}
        for name, field in (
            ("client", self.client),
            ("name", self.name),
            ("address", self.address),
            ("postcode", self.postcode),
            ("city", self.city),
            ("country", self.country),
            ("start", self.start),
            ("end", self.end),
            ("access_notes", self.access_notes),
        ):
            self.labels[name] = buddy_label(field)
            self.form.addRow(self.labels[name], field)
        self.closures_box = QGroupBox(self)
        closures = QVBoxLayout(self.closures_box)
        closures.addWidget(self.closures, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_closure)
        buttons.addWidget(self.remove_closure)
        buttons.addStretch(1)
        closures.addLayout(buttons)
        self.main_layout.insertWidget(self.main_layout.indexOf(self.hint), self.closures_box, 1)

        if record is not None:
            self.client.choose(ClientHit(record.client_id, record.client_name, ""), notify=False)
            self.country.set_code(record.country)
            self.end.set_value(record.end_date)
            for closure in record.closures:
                self._closure_row(closure)
        else:
            if client is not None:
                self.client.choose(client, notify=False)
            self.country.set_code(None)
        self.client.chosen.connect(lambda _hit: self.validate())
        self.client.textChanged.connect(self.validate)
        self.country.currentTextChanged.connect(self.validate)
        self.start.dateChanged.connect(self.validate)
        self.end.valueChanged.connect(self.validate)
        self.add_closure.clicked.connect(self.new_closure)
        self.remove_closure.clicked.connect(self.drop_closure)
        chain: list[QWidget] = [
            self.client,
            self.name,
            self.address,
            self.postcode,
            self.city,
            self.country,
            self.start,
            self.end,
            self.access_notes,
            self.closures,
            self.add_closure,
            self.remove_closure,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.resize(640, 660)
        (self.name if client is not None or record is not None else self.client).setFocus()
        self.retranslate()

    def _closure_row(self, closure: Closure | None = None) -> int:
        row = self.closures.add(closure)
        for edit in self.closures.date_edits(row):
            edit.dateChanged.connect(self.validate)
        return row

    def new_closure(self) -> None:
        row = self._closure_row()
        start, _end = self.closures.date_edits(row)
        self.closures.setCurrentCell(row, START)
        start.setFocus()
        self.validate()

    def drop_closure(self) -> None:
        self.closures.remove_current()
        self.validate()

    def validate(self) -> None:
        super().validate()
        if hasattr(self, "remove_closure"):
            self.remove_closure.setEnabled(self.closures.rowCount() > 0)

    def retranslate(self) -> None:
        if self.record is None:
            self.setWindowTitle(self.tr("New building"))
            self.intro.setText(self.tr("A building of a client, where work orders are logged and PPM visits made."))
        else:
            self.setWindowTitle(self.tr("Edit building"))
            self.intro.setText(self.tr("Correct the building {name}.").format(name=self.record.name))
        captions = {
            "client": self.tr("&Client:"),
            "name": self.tr("&Name:"),
            "address": self.tr("&Address:"),
            "postcode": self.tr("&Postcode:"),
            "city": self.tr("C&ity:"),
            "country": self.tr("Co&untry:"),
            "start": self.tr("Start da&te:"),
            "end": self.tr("En&d date:"),
            "access_notes": self.tr("Access n&otes:"),
        }
        for name, caption in captions.items():
            self.labels[name].setText(caption)
        self.client.setPlaceholderText(self.tr("Required: type part of the client's name or reference"))
        self.name.setPlaceholderText(self.tr("Required"))
        self.address.setPlaceholderText(self.tr("Required: number and street"))
        self.postcode.setPlaceholderText(self.tr("Required"))
        self.city.setPlaceholderText(self.tr("Required"))
        self.country.lineEdit().setPlaceholderText(self.tr("Type part of the name or the code"))
        self.country.fill()
        localise_date_edit(self.start)
        end = self.end.value()
        self.end.setSpecialValueText(self.tr("None"))
        localise_date_edit(self.end)
        self.end.set_value(end)
        self.end.setToolTip(self.tr("Optional: the day the building leaves the client. Delete clears it."))
        self.access_notes.setPlaceholderText(self.tr("Optional: keys, codes, opening hours, whom to ask at the door"))
        self.closures_box.setTitle(self.tr("Closures (no PPM visit is planned while the building is closed)"))
        self.closures.setHorizontalHeaderLabels([self.tr("From"), self.tr("To (included)"), self.tr("Reason")])
        self.closures.localise()
        self.add_closure.setText(self.tr("Add c&losure"))
        self.remove_closure.setText(self.tr("Re&move closure"))
        self.ok_button.setText(self.tr("&Save"))
        if self.certificates is not None:
            self.certificates.setText(self.tr("C&ertificates…"))
            self.certificates.setToolTip(self.tr("The building's certificates: view their documents, record one"))
        super().retranslate()

    def problem(self) -> str | None:
        if self.client.choice is None:
            if self.client.pending():
                return self.tr("Choose the client from the list: type part of its name or reference.")
            return self.tr("Choose the client.")
        for field, missing in (
            (self.name, self.tr("Give the building's name.")),
            (self.address, self.tr("Give the building's address.")),
            (self.postcode, self.tr("Give the building's postcode.")),
            (self.city, self.tr("Give the building's city.")),
        ):
            if not field.text().strip():
                return missing
        if self.country.code() is None:
            return self.tr("Choose the country from the list.")
        end = self.end.value()
        if end is not None and end < date_of(self.start):
            return self.tr("The end date must not be before the start date.")
        for row in range(self.closures.rowCount()):
            start, stop = self.closures.date_edits(row)
            if stop.date() < start.date():
                return self.tr("A closure ends before it starts (row {row}).").format(row=row + 1)
        return None

    def fields(self) -> BuildingFields:
        client: ClientHit = self.client.choice
        notes = self.access_notes.toPlainText().strip()
        return BuildingFields(
            client_id=client.id,
            name=self.name.text(),
            address_line=self.address.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            country=self.country.code() or "",
            start_date=date_of(self.start),
            end_date=self.end.value(),
            access_notes=notes or None,
            closures=self.closures.closures(),
        )

    def save(self) -> int:
        if self.record is None:
            return create_building(self.db, self.actor, self.fields())
        saved = save_building(self.db, self.actor, self.record.id, self.record.version, self.fields())
        self.tell_replanned(saved)
        return self.record.id

    def show_certificates(self) -> None:
        """The building's certificates (recording one writes at once, whatever becomes of this form)."""
        if self.record is None:
            return
        dialog = BuildingCertificatesDialog(self.db, self.actor, self.record.id, self.record.name, self)
        dialog.exec()
        dialog.deleteLater()

    def tell_replanned(self, saved: BuildingSaved) -> None:
        """Say which PPM work orders the new dates or closures cancelled, and which started ones they left open."""
        parts = []
        if saved.cancelled_orders:
            parts.append(
                self.tr(
                    "The PPM periods of this building were re-planned. Work orders cancelled automatically: {numbers}."
                ).format(numbers=", ".join(str(number) for number in saved.cancelled_orders))
            )
        if saved.started_invalid:
            parts.append(
                self.tr(
                    "These started work orders are no longer in a valid PPM period and were left open: {numbers}. "
                    "Complete or cancel them yourself."
                ).format(numbers=", ".join(str(number) for number in saved.started_invalid))
            )
        if parts:
            QMessageBox.information(self, self.tr("PPM periods re-planned"), "\n\n".join(parts))


__all__ = ["BuildingDialog", "ClosuresTable"]

"""New contract / Edit contract: its client, reference, dates, financial-year start, currency and whether its PPM
work orders are generated only by hand. Edited dates re-plan the buildings of its jobs: OK shows what that
changes (*What changes*) and saves exactly that, or nothing."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QMessageBox, QSpinBox, QWidget

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.domain.ppm.changes import ScheduleChangedSinceShown
from desktop.services.actor import Actor
from desktop.services.contract_editing import (
    ContractFields,
    ContractPreview,
    contract_fields,
    create_contract,
    preview_contract,
    save_contract,
)
from desktop.services.contracts import ContractRow
from desktop.services.lookup_search import ClientHit
from desktop.services.ppm.saving import SaveResult
from desktop.ui.contracts.contract_changes_dialog import ContractChangesDialog
from desktop.ui.contracts.inputs import CurrencyCombo, MonthCombo, fit
from desktop.ui.contracts.replanned import tell_replanned
from desktop.ui.directory.fields import ClientLookup, date_edit, date_of, localise_date_edit
from desktop.ui.directory.record_dialog import RecordDialog
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import buddy_label

REFERENCE_MAX = 40
NOTE_STYLE = "color: palette(placeholder-text);"


class ContractDialog(RecordDialog):
    """A new contract (``contract`` None) or the edit of ``contract``, whose stored ``fields`` and ``version``
    the dialog starts from."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        contract: ContractRow | None = None,
        stored: tuple[ContractFields, int] | None = None,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("contractDialog")
        self.contract = contract
        self.stored = stored[0] if stored is not None else None
        self.version = stored[1] if stored is not None else 0
        self.clock = clock
        self.results: tuple[SaveResult, ...] = ()
        fields = self.stored
        self.client = ClientLookup(db, self)
        self.reference = self.line("reference", REFERENCE_MAX, fields.reference if fields else "")
        # A new contract starts today for a year, its financial years starting with it.
        start = fields.start_date if fields else clock()
        self.start = date_edit(self, "start", start)
        self.end = date_edit(self, "end", fields.end_date if fields else start + relativedelta(years=1, days=-1))
        self.fy_month = MonthCombo("fyMonth", self)
        self.fy_day = QSpinBox(self)
        self.fy_day.setObjectName("fyDay")
        self.fy_start = QWidget(self)
        fy_row = QHBoxLayout(self.fy_start)
        fy_row.setContentsMargins(0, 0, 0, 0)
        fy_row.addWidget(self.fy_month, 1)
        fy_row.addWidget(self.fy_day)
        self.currency = CurrencyCombo(self)
        self.manual = QCheckBox(self)
        self.manual.setObjectName("manualGeneration")
        self.manual.setChecked(fields.manual_generation if fields else False)
        self.manual_note = QLabel(self)
        self.manual_note.setObjectName("manualNote")
        self.manual_note.setWordWrap(True)
        self.manual_note.setStyleSheet(NOTE_STYLE)

        self.labels: dict[str, QLabel] = {}
        for name, field in (
            ("client", self.client),
            ("reference", self.reference),
            ("start", self.start),
            ("end", self.end),
            ("fy_start", self.fy_month),
            ("currency", self.currency),
            ("manual", self.manual),
        ):
            self.labels[name] = buddy_label(field)
            self.form.addRow(self.labels[name], self.fy_start if field is self.fy_month else field)
        self.form.addRow("", self.manual_note)

        if fields is not None and contract is not None:
            self.client.choose(ClientHit(fields.client_id, contract.client_name, ""), notify=False)
            self.fy_month.set_month(fields.fy_start_month)
            self._days_of_month()
            self.fy_day.setValue(fields.fy_start_day)
            self.currency.set_code(fields.currency)
            # The service refuses another client once PPM jobs refer to the contract.
            self.client.setReadOnly(contract.job_count > 0)
        else:
            self.fy_month.set_month(start.month)
            self._days_of_month()
            self.fy_day.setValue(start.day)
            self.currency.set_code("EUR")
        self.client.chosen.connect(lambda _hit: self.validate())
        self.client.textChanged.connect(self.validate)
        self.start.dateChanged.connect(self.validate)
        self.end.dateChanged.connect(self.validate)
        self.fy_month.currentIndexChanged.connect(self._days_of_month)
        self.currency.currentTextChanged.connect(self.validate)
        chain: list[QWidget] = [
            self.client,
            self.reference,
            self.start,
            self.end,
            self.fy_month,
            self.fy_day,
            self.currency,
            self.manual,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        (self.reference if contract is not None else self.client).setFocus()
        self.retranslate()
        fit(self, 600)

    def _days_of_month(self) -> None:
        """The day of the financial-year start goes up to the last day of its month (29 in February)."""
        self.fy_day.setRange(1, calendar.monthrange(2000, self.fy_month.month())[1])

    def retranslate(self) -> None:
        if self.contract is None:
            self.setWindowTitle(self.tr("New contract"))
            self.intro.setText(
                self.tr("A contract with a client: its PPM jobs plan the visits of the client's buildings.")
            )
        else:
            self.setWindowTitle(self.tr("Edit contract"))
            self.intro.setText(
                self.tr(
                    "Edit the contract {reference}. New dates or a new financial-year start re-plan the PPM "
                    "periods of its buildings: OK shows what changes before it saves."
                ).format(reference=self.contract.reference)
            )
        captions = {
            "client": self.tr("&Client:"),
            "reference": self.tr("&Reference:"),
            "start": self.tr("Start da&te:"),
            "end": self.tr("En&d date:"),
            "fy_start": self.tr("&Financial year starts on:"),
            "currency": self.tr("C&urrency:"),
            "manual": self.tr("&Manual generation:"),
        }
        for name, caption in captions.items():
            self.labels[name].setText(caption)
        self.client.setPlaceholderText(self.tr("Required: type part of the client's name or reference"))
        self.client.setToolTip(
            self.tr("The contract has PPM jobs: its client can no longer change.") if self.client.isReadOnly() else ""
        )
        self.reference.setPlaceholderText(self.tr("Required, unique"))
        for edit in (self.start, self.end):
            localise_date_edit(edit)
        self.fy_month.retranslate()
        self.fy_month.setToolTip(self.tr("The month and day each financial year of the contract starts"))
        self.fy_day.setToolTip(self.tr("The day of the month the financial year starts"))
        self.currency.fill()
        self.currency.lineEdit().setPlaceholderText(self.tr("Type part of the name or the code"))
        self.manual.setText(self.tr("Generate its PPM work orders only by hand"))
        self.manual_note.setText(
            self.tr(
                "Its PPM work orders are then created only from Work orders > Generate due PPMs, where they start "
                "unticked; the scheduled generation leaves them."
            )
        )
        self.ok_button.setText(self.tr("&Save"))
        super().retranslate()

    def problem(self) -> str | None:
        if self.client.choice is None:
            if self.client.pending():
                return self.tr("Choose the client from the list: type part of its name or reference.")
            return self.tr("Choose the client.")
        if not self.reference.text().strip():
            return self.tr("Give the contract's reference.")
        if date_of(self.end) < date_of(self.start):
            return self.tr("The end date must not be before the start date.")
        if self.currency.code() is None:
            return self.tr("Choose the currency from the list, or type its three-letter code.")
        return None

    def fields(self) -> ContractFields:
        client: ClientHit = self.client.choice
        return ContractFields(
            client_id=client.id,
            reference=self.reference.text().strip(),
            start_date=date_of(self.start),
            end_date=date_of(self.end),
            fy_start_month=self.fy_month.month(),
            fy_start_day=self.fy_day.value(),
            currency=self.currency.code() or "",
            manual_generation=self.manual.isChecked(),
        )

    def replans(self, fields: ContractFields) -> bool:
        """The edit changes what the periods are planned from: the dates or the financial-year start."""
        stored = self.stored
        if stored is None:
            return False
        return (fields.start_date, fields.end_date, fields.fy_start_month, fields.fy_start_day) != (
            stored.start_date,
            stored.end_date,
            stored.fy_start_month,
            stored.fy_start_day,
        )

    def accept(self) -> None:
        """Create, or save the edit: one service call, after the *What changes* confirmation when the dates
        re-plan buildings. Back leaves the dialog open as it was; a refusal keeps it open with its message."""
        if self.problem() is not None:
            return
        fields = self.fields()
        try:
            if self.contract is None:
                self.saved_id = create_contract(self.db, self.actor, fields)
            else:
                today = self.clock()
                shown: dict[int, str] | None = None
                if self.replans(fields):
                    preview = preview_contract(self.db, self.actor, self.contract.id, self.version, fields, today)
                    if preview.buildings and not self.confirm(preview):
                        return
                    shown = preview.shown
                saved = save_contract(
                    self.db, self.actor, self.contract.id, self.version, fields, today=today, shown=shown
                )
                self.results = saved.results
                self.saved_id = self.contract.id
        except ScheduleChangedSinceShown as error:
            QMessageBox.warning(self, self.windowTitle(), translate_message(error.message))
            return
        except BureauError as error:
            self.show_error(translate_message(error.message))
            return
        tell_replanned(self, self.results)
        QDialog.accept(self)

    def confirm(self, preview: ContractPreview) -> bool:
        """*What changes* for each building the edit re-plans: True when the agent saves them."""
        dialog = ContractChangesDialog(preview, self)
        confirmed = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return confirmed


def open_contract_dialog(
    parent: QWidget,
    db: Database,
    actor: Actor,
    contract: ContractRow | None = None,
    clock: Callable[[], date] = date.today,
) -> int | None:
    """New contract (``contract`` None) or Edit contract; the contract's id once saved, None otherwise."""
    stored = None
    if contract is not None:
        try:
            stored = contract_fields(db, contract.id)
        except BureauError as error:
            QMessageBox.warning(
                parent, QCoreApplication.translate("ContractDialog", "Edit contract"), translate_message(error.message)
            )
            return None
    dialog = ContractDialog(db, actor, contract, stored, parent, clock=clock)
    saved = dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
    dialog.deleteLater()
    return saved


__all__ = ["ContractDialog", "open_contract_dialog"]

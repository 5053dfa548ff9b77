"""The *Rates* tab of the administration window: the hourly rates time is recorded at (new, edit, archive,
restore), and the dialog that edits one."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QTableWidgetItem, QTabWidget, QWidget

from desktop.db.engine import Database
from desktop.domain.currencies import currency_name
from desktop.services.actor import Actor
from desktop.services.rates import (
    RATE_NAME_MAX_LENGTH,
    RateFields,
    RateRow,
    create_rate,
    list_rates,
    save_rate,
    set_rate_active,
)
from desktop.ui.admin.form_dialog import FormDialog
from desktop.ui.admin.list_page import ArchivableListPage, add_page, page_button
from desktop.ui.amounts import parse_amount
from desktop.ui.contracts.inputs import CurrencyCombo
from desktop.ui.i18n import formatter
from desktop.ui.widgets import buddy_label

DEFAULT_CURRENCY = "EUR"


class RateDialog(FormDialog):
    """``rate`` None: a new rate. After OK, ``rate_id`` is its id."""

    def __init__(self, db: Database, actor: Actor, rate: RateRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("rateDialog")
        self.rate = rate
        self.rate_id: int | None = None if rate is None else rate.id
        self.name = self.line("name", RATE_NAME_MAX_LENGTH, "" if rate is None else rate.name)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("hourlyAmount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        if rate is not None:
            self.amount.setText(formatter().amount(rate.hourly_amount))
        self.amount.textChanged.connect(self.validate)
        self.currency = CurrencyCombo(self)
        self.currency.set_code(DEFAULT_CURRENCY if rate is None else rate.currency)
        self.currency.currentTextChanged.connect(self.validate)
        self.name_label = buddy_label(self.name)
        self.amount_label = buddy_label(self.amount)
        self.currency_label = buddy_label(self.currency)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.amount_label, self.amount)
        self.form.addRow(self.currency_label, self.currency)
        self.setMinimumWidth(440)
        self.name.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        if self.rate is None:
            self.setWindowTitle(self.tr("New rate"))
            self.ok_button.setText(self.tr("Create rate"))
        else:
            self.setWindowTitle(self.tr("Edit rate"))
            self.ok_button.setText(self.tr("Save"))
        self.intro.setText(
            self.tr(
                "Time entries copy the hourly amount when they are saved: changing it leaves recorded time as it is."
            )
        )
        self.name_label.setText(self.tr("&Name:"))
        self.amount_label.setText(self.tr("&Hourly amount:"))
        self.currency_label.setText(self.tr("&Currency:"))
        self.currency.fill()
        super().retranslate()

    def hourly_amount(self) -> Decimal | None:
        return parse_amount(self.amount.text())

    def problem(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Give the rate a name.")
        amount = self.hourly_amount()
        if amount is None:
            return self.tr("Enter the hourly amount, such as {example}.").format(
                example=formatter().amount(Decimal("85"))
            )
        if amount < 0:
            return self.tr("An hourly amount cannot be negative.")
        if self.currency.code() is None:
            return self.tr("Choose the currency.")
        return None

    def fields(self) -> RateFields:
        return RateFields(self.name.text(), self.hourly_amount() or Decimal(0), self.currency.code() or "")

    def save(self) -> None:
        if self.rate is None:
            self.rate_id = create_rate(self.db, self.actor, self.fields())
        else:
            save_rate(self.db, self.actor, self.rate.id, self.rate.version, self.fields())


class RatesPage(ArchivableListPage[RateRow]):
    """Every rate, the archived ones greyed, with New / Edit / Archive / Restore."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("ratesPage")
        self.set_table("rates", 4, self.edit_rate)
        self.new_button = page_button(self, "newRate", self.new_rate)
        self.edit_button = page_button(self, "editRate", self.edit_rate)
        self.archive_button = page_button(self, "archiveRate", lambda: self.set_active(False))
        self.restore_button = page_button(self, "restoreRate", lambda: self.set_active(True))
        self.lay_out((self.new_button, self.edit_button, self.archive_button, self.restore_button))
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rate"), self.tr("Hourly amount"), self.tr("Currency"), self.tr("Status")]
        )
        self.new_button.setText(self.tr("&New rate…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.archive_button.setText(self.tr("A&rchive"))
        self.archive_button.setToolTip(self.tr("No longer offered for new time; recorded time keeps it"))
        self.restore_button.setText(self.tr("Re&store"))
        self.name_tab(self.tr("Ra&tes"))
        self._fill()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        self.load()
        super().showEvent(event)  # type: ignore[arg-type]

    def fetch(self) -> list[RateRow]:
        return list_rates(self.db, include_archived=True)

    def warning_title(self) -> str:
        return self.tr("Rates")

    def texts(self, row: RateRow) -> list[str]:
        fmt = formatter()
        return [
            row.name,
            fmt.money(row.hourly_amount, row.currency),
            f"{row.currency} — {currency_name(row.currency, str(fmt.locale))}",
            self.tr("Active") if row.active else self.tr("Archived"),
        ]

    def decorate(self, item: QTableWidgetItem, row: RateRow, column: int) -> None:
        if column == 1:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def created_id(self, dialog: QDialog) -> int | None:
        return dialog.rate_id if isinstance(dialog, RateDialog) else None

    def store_active(self, row: RateRow, active: bool) -> None:
        set_rate_active(self.db, self.actor, row.id, row.version, active)

    def new_rate(self) -> bool:
        return self._run(RateDialog(self.db, self.actor, None, self))

    def edit_rate(self) -> bool:
        row = self.current()
        return row is not None and self._run(RateDialog(self.db, self.actor, row, self))


def add_rates_page(tabs: QTabWidget, db: Database, actor: Actor) -> RatesPage:
    """The Rates tab, last in ``tabs``."""
    return add_page(tabs, RatesPage(db, actor, tabs))


__all__ = ["RateDialog", "RatesPage", "add_rates_page"]

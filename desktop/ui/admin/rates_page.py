"""The *Rates* tab of the administration window: the hourly rates time is recorded at (new, edit, archive,
restore), and the dialog that edits one."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.currencies import currency_name
from desktop.domain.errors import BureauError
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
from desktop.ui.amounts import parse_amount
from desktop.ui.contracts.inputs import CurrencyCombo
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.widgets import buddy_label

ARCHIVED_COLOUR = "#5f6368"
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


class RatesPage(QWidget):
    """Every rate, the archived ones greyed, with New / Edit / Archive / Restore."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratesPage")
        self.db = db
        self.actor = actor
        self.rows: list[RateRow] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("rates")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.edit_rate())
        self.new_button = self._button("newRate", self.new_rate)
        self.edit_button = self._button("editRate", self.edit_rate)
        self.archive_button = self._button("archiveRate", lambda: self.set_active(False))
        self.restore_button = self._button("restoreRate", lambda: self.set_active(True))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.retranslate()

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rate"), self.tr("Hourly amount"), self.tr("Currency"), self.tr("Status")]
        )
        self.new_button.setText(self.tr("&New rate…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.archive_button.setText(self.tr("A&rchive"))
        self.archive_button.setToolTip(self.tr("No longer offered for new time; recorded time keeps it"))
        self.restore_button.setText(self.tr("Re&store"))
        tabs = self.parentWidget().parentWidget() if self.parentWidget() is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.tr("Ra&tes"))
        self._fill()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        self.load()
        super().showEvent(event)  # type: ignore[arg-type]

    def load(self) -> None:
        try:
            self.rows = list_rates(self.db, include_archived=True)
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Rates"), translate_message(error.message))
            self.rows = []
        self._fill()

    def _fill(self) -> None:
        selected = self.current()
        fmt = formatter()
        grey = QBrush(QColor(ARCHIVED_COLOUR))
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            texts = [
                row.name,
                fmt.money(row.hourly_amount, row.currency),
                f"{row.currency} — {currency_name(row.currency, str(fmt.locale))}",
                self.tr("Active") if row.active else self.tr("Archived"),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not row.active:
                    item.setForeground(grey)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def select(self, rate_id: int) -> None:
        for index, row in enumerate(self.rows):
            if row.id == rate_id:
                self.table.selectRow(index)
                return

    def current(self) -> RateRow | None:
        index = self.table.currentRow()
        model = self.table.selectionModel()
        selected = model.hasSelection() if model is not None else False
        return self.rows[index] if selected and 0 <= index < len(self.rows) else None

    def _update_buttons(self) -> None:
        row = self.current()
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None and row.active)
        self.restore_button.setEnabled(row is not None and not row.active)

    def _run(self, dialog: RateDialog) -> bool:
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        self.load()
        if accepted:
            if dialog.rate_id is not None:
                self.select(dialog.rate_id)
            self.changed.emit()
        return accepted

    def new_rate(self) -> bool:
        return self._run(RateDialog(self.db, self.actor, None, self))

    def edit_rate(self) -> bool:
        row = self.current()
        return row is not None and self._run(RateDialog(self.db, self.actor, row, self))

    def set_active(self, active: bool) -> bool:
        row = self.current()
        if row is None:
            return False
        try:
            set_rate_active(self.db, self.actor, row.id, row.version, active)
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Rates"), translate_message(error.message))
            self.load()
            return False
        self.load()
        self.changed.emit()
        return True


def add_rates_page(tabs: QTabWidget, db: Database, actor: Actor) -> RatesPage:
    """The Rates tab, last in ``tabs``."""
    page = RatesPage(db, actor, tabs)
    tabs.addTab(page, "")
    page.retranslate()
    page.load()
    return page


__all__ = ["RateDialog", "RatesPage", "add_rates_page"]

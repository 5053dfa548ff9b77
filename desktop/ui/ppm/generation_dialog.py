"""Work orders > Generate due PPMs…: the preview of a generation run, grouped by contract, each order to create and
each open order to close as Not done (auto-close) a ticked row (unticked for contracts marked for manual
generation); Generate creates and closes exactly the ticked ones."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.services.ppm.auto_close import DueClose
from desktop.services.ppm.generation import GenerationResult, generate_due_ppms
from desktop.services.ppm.generation_preview import (
    ContractPreview,
    GenerationPreview,
    PreviewPeriod,
    preview_generation,
)
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.labels import status_label
from desktop.ui.opening import first_line
from desktop.ui.plurals import DAYS, plural

PERIOD_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 5
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the preview's contract, period or building of a row
MISSED_ROLE = Qt.ItemDataRole.UserRole + 2
CLOSE_ROLE = Qt.ItemDataRole.UserRole + 3  # the order id of a row to close as Not done


class GenerationDialog(QDialog):
    """Load the preview (:meth:`load`), let the agent untick rows, then generate the ticked periods."""

    def __init__(self, db: Database, actor: Actor, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generationDialog")
        self.db = db
        self.actor = actor
        self.today = today
        self.preview: GenerationPreview | None = None
        self.generated: GenerationResult | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("periods")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemChanged.connect(lambda _item, _column: self._recount.start())
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        # Ticking a contract ticks each of its rows, one signal each: count once they are all done.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(0)
        self._recount.timeout.connect(self._show_counts)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.generate_button = QPushButton(self)
        self.generate_button.setObjectName("generate")
        self.generate_button.setDefault(True)
        self.buttons.addButton(self.generate_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.generate)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.buttons)
        self.resize(1120, 560)
        self.retranslate()

    # -- loading --------------------------------------------------------------------------------------------------

    def load(self) -> bool:
        """Read what a run would do now; False (after telling the agent) when it cannot be read."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = preview_generation(self.db, self.today, today=self.today)
        except (BureauError, SQLAlchemyError) as error:
            QMessageBox.warning(
                self, QCoreApplication.translate("GenerationDialog", "Generate due PPMs"), _error_text(error)
            )
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._fill(self.preview)
        return True

    def _fill(self, preview: GenerationPreview) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        items = [self._contract_item(contract) for contract in preview.contracts]
        self.tree.addTopLevelItems(items)
        for item in items:
            item.setExpanded(True)
        self.tree.blockSignals(False)
        self.retranslate()
        self._widen()

    def _widen(self) -> None:
        """Grow the window, as far as the screen allows, so that every column shows its whole text."""
        needed = sum(self.tree.sizeHintForColumn(column) for column in range(COLUMNS))
        needed += self.tree.indentation() * 2 + self.tree.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        missing = needed - (self.width() - margins.left() - margins.right() - 2 * self.tree.frameWidth())
        screen = self.screen()
        if missing <= 0 or screen is None:
            return
        limit = int(screen.availableGeometry().width() * 0.95)
        self.resize(min(self.width() + missing, max(limit, self.width())), self.height())

    def _contract_item(self, contract: ContractPreview) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, VALUE_ROLE, contract)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        flags = Qt.ItemFlag.ItemIsEnabled
        if contract.orders or contract.closes:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
        item.setFlags(flags)
        tick = Qt.CheckState.Unchecked if contract.manual_generation else Qt.CheckState.Checked
        for order in contract.orders:
            child = QTreeWidgetItem(item)
            child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            child.setData(0, PERIOD_ROLE, order.period_id)
            child.setData(0, VALUE_ROLE, order)
            self._period_texts(child, order)
            child.setCheckState(0, tick)
        for close in contract.closes:
            child = QTreeWidgetItem(item)
            child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            child.setData(0, CLOSE_ROLE, close.order_id)
            child.setData(0, VALUE_ROLE, close)
            child.setText(0, close.building_name)
            child.setText(1, close.job_description)
            shown = formatter()
            child.setText(2, f"{shown.date(close.financial_start)} – {shown.date(close.financial_end)}")
            child.setCheckState(0, tick)
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for period in contract.missed:
            child = QTreeWidgetItem(item)
            child.setFlags(Qt.ItemFlag.ItemIsEnabled)
            child.setData(0, VALUE_ROLE, period)
            child.setData(0, MISSED_ROLE, True)
            self._period_texts(child, period)
            for column in range(COLUMNS):
                child.setForeground(column, grey)
        for building in contract.replans:
            child = QTreeWidgetItem(item)
            child.setFlags(Qt.ItemFlag.ItemIsEnabled)
            child.setData(0, VALUE_ROLE, building)
            child.setText(0, building.building_name)
            child.setText(1, building.job_description)
        if contract.orders or contract.closes:
            item.setCheckState(0, tick)
        return item

    @staticmethod
    def _period_texts(item: QTreeWidgetItem, period: PreviewPeriod) -> None:
        shown = formatter()
        item.setText(0, period.building_name)
        item.setText(1, period.job_description)
        item.setText(2, f"{shown.date(period.financial_start)} – {shown.date(period.financial_end)}")
        if period.visit_start is not None and period.visit_end is not None:
            item.setText(3, f"{shown.date(period.visit_start)} – {shown.date(period.visit_end)}")

    # -- texts ----------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("GenerationDialog", "Generate due PPMs"))
        self.intro.setText(
            QCoreApplication.translate(
                "GenerationDialog",
                "The PPM work orders due by {date}, by contract. Untick those not to create now: they stay due. "
                "Contracts marked for manual generation start unticked; only this window generates them.",
            ).format(date=formatter().date(self.today))
        )
        if self.preview is not None and self.preview.closes:
            self.intro.setText(
                self.intro.text()
                + " "
                + QCoreApplication.translate(
                    "GenerationDialog",
                    "Open orders whose period ended longer ago than their job's auto-close setting are closed as "
                    "not done; untick those to leave open.",
                )
            )
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("GenerationDialog", "Contract / building"),
                QCoreApplication.translate("GenerationDialog", "Job"),
                QCoreApplication.translate("GenerationDialog", "Financial period"),
                QCoreApplication.translate("GenerationDialog", "Visit"),
                QCoreApplication.translate("GenerationDialog", "What happens"),
            ]
        )
        self.generate_button.setText(QCoreApplication.translate("GenerationDialog", "&Generate"))
        self.tree.blockSignals(True)
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            contract: ContractPreview = item.data(0, VALUE_ROLE)
            self._contract_texts(item, contract)
            for row in range(item.childCount()):
                self._row_texts(item.child(row))
        self.tree.blockSignals(False)
        self._show_counts()

    @staticmethod
    def _contract_texts(item: QTreeWidgetItem, contract: ContractPreview) -> None:
        item.setText(0, contract.reference)
        counts = QCoreApplication.translate(
            "GenerationDialog", "To create: {created} (invoice only: {invoice_only}). Missed: {missed}."
        ).format(created=len(contract.orders), invoice_only=contract.invoice_only, missed=len(contract.missed))
        if contract.closes:
            counts += " " + QCoreApplication.translate("GenerationDialog", "To close as not done: {count}.").format(
                count=len(contract.closes)
            )
        if contract.replans:
            counts += " " + QCoreApplication.translate("GenerationDialog", "Re-planned first: {count}.").format(
                count=len(contract.replans)
            )
        item.setText(1, counts)
        item.setText(
            4, QCoreApplication.translate("GenerationDialog", "Manual generation") if contract.manual_generation else ""
        )

    @staticmethod
    def _row_texts(item: QTreeWidgetItem) -> None:
        value = item.data(0, VALUE_ROLE)
        if isinstance(value, DueClose):
            item.setText(
                3,
                QCoreApplication.translate("GenerationDialog", "Work order {number}, {status}").format(
                    number=value.number, status=status_label(value.status)
                ),
            )
            item.setText(4, _close_text(value))
        elif not isinstance(value, PreviewPeriod):
            item.setText(
                4,
                QCoreApplication.translate(
                    "GenerationDialog", "Re-planned first from its last completed visit or certificate"
                ),
            )
        elif item.data(0, MISSED_ROLE):
            item.setText(
                4, QCoreApplication.translate("GenerationDialog", "Missed: the period has ended, no order is created")
            )
        elif value.invoice_only:
            item.setText(3, QCoreApplication.translate("GenerationDialog", "No visit"))
            item.setText(4, QCoreApplication.translate("GenerationDialog", "Invoice only: an order closed at once"))
        else:
            item.setText(4, QCoreApplication.translate("GenerationDialog", "New work order"))
        item.setToolTip(4, item.text(4))  # the whole text where a narrow window cuts it

    def ticked(self) -> list[int]:
        """The period ids of the ticked rows."""
        ids: list[int] = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            for row in range(item.childCount()):
                child = item.child(row)
                period = child.data(0, PERIOD_ROLE)
                if period is not None and child.checkState(0) == Qt.CheckState.Checked:
                    ids.append(int(period))
        return ids

    def ticked_closes(self) -> dict[int, int]:
        """The orders of the ticked rows to close as Not done: order id -> its version as shown."""
        closes: dict[int, int] = {}
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            for row in range(item.childCount()):
                child = item.child(row)
                close = child.data(0, VALUE_ROLE)
                if isinstance(close, DueClose) and child.checkState(0) == Qt.CheckState.Checked:
                    closes[close.order_id] = close.version
        return closes

    def shown_periods(self) -> dict[int, tuple[int, date]]:
        """Each period listed to create, by id: its job building and financial start as shown."""
        preview = self.preview
        if preview is None:
            return {}
        return {
            order.period_id: (order.job_building_id, order.financial_start)
            for contract in preview.contracts
            for order in contract.orders
        }

    def _show_counts(self) -> None:
        preview = self.preview
        ticked = len(self.ticked())
        total = preview.orders if preview is not None else 0
        self.counts.setText(
            QCoreApplication.translate(
                "GenerationDialog", "Ticked: {ticked} of {total} work orders. Missed periods skipped: {missed}."
            ).format(ticked=ticked, total=total, missed=preview.missed if preview is not None else 0)
        )
        closes = len(self.ticked_closes())
        if preview is not None and preview.closes:
            self.counts.setText(
                self.counts.text()
                + " "
                + QCoreApplication.translate(
                    "GenerationDialog", "To close as not done: {ticked} of {total} open work orders."
                ).format(ticked=closes, total=preview.closes)
            )
        self.generate_button.setEnabled(ticked > 0 or closes > 0)

    # -- generating -----------------------------------------------------------------------------------------------

    def generate(self) -> None:
        """Create the orders of the ticked periods (those still due without one) and close the ticked orders as
        Not done (those unchanged since shown), manual contracts' included."""
        ticked = self.ticked()
        closes = self.ticked_closes()
        if not ticked and not closes:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.generated = generate_due_ppms(
                self.db,
                self.actor,
                self.today,
                only=ticked,
                include_manual=True,
                shown=self.shown_periods(),
                close_only=closes,
            )
        except (BureauError, SQLAlchemyError) as error:
            QMessageBox.warning(
                self, QCoreApplication.translate("GenerationDialog", "Generate due PPMs"), _error_text(error)
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()


def _close_text(close: DueClose) -> str:
    """What happens to an order to close: closed as Not done, and why."""
    if close.days == 0:
        return QCoreApplication.translate("GenerationDialog", "Closed as not done: its period has ended")
    return QCoreApplication.translate(
        "GenerationDialog", "Closed as not done: ended more than {days} ago"
    ).format(days=plural(DAYS, close.days))


def _error_text(error: Exception) -> str:
    """A refusal in the agent's language; a database failure in one line, with what to check."""
    if isinstance(error, BureauError):
        return translate_message(error.message)
    return QCoreApplication.translate(
        "GenerationDialog", "The database could not be read or written: {error}. Check the connection and try again."
    ).format(error=first_line(error))

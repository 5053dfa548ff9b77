"""Edit job PPM building periods ("Modifier les périodes PPM du bâtiment"): a building's visits, invoices and
financial periods, re-planned live as the agent edits; OK saves once and offers to replicate to other buildings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError, ConcurrentChange
from desktop.domain.ppm.changes import ScheduleChangedSinceShown, fingerprint, stored_view, what_changes
from desktop.domain.ppm.editing import check_changes
from desktop.domain.ppm.frequency import Frequency
from desktop.domain.ppm.merge import preview
from desktop.domain.ppm.schedule import ManualVisit, Schedule, SchedulePreview, ScheduleSettings, stored_settings
from desktop.services import contracts as contract_services
from desktop.services.actor import Actor
from desktop.services.certificates import CertificateRow, last_certificate
from desktop.services.ppm.history import history_of
from desktop.services.ppm.loading import load_schedule
from desktop.services.ppm.saving import save_schedule
from desktop.ui.amounts import parse_amount
from desktop.ui.certificates.viewer import Opener, system_opener, view_certificate
from desktop.ui.contracts.contracts_view import frequency_label
from desktop.ui.directory.fields import localise_date_edit
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.ppm.changes_dialog import ChangesDialog
from desktop.ui.ppm.history_dialog import HistoryDialog
from desktop.ui.ppm.periods_model import PeriodColumn, PeriodsModel, VisitDateDelegate, explanation_text
from desktop.ui.ppm.replication_dialog import ReplicationDialog
from desktop.ui.widgets import buddy_label

NO_DATE = QDate(1900, 1, 1)  # the date editor's "no date" value, shown as its special text
BANNER_STYLE = "background: #fff4ce; border: 1px solid #e0c060; padding: 6px;"
CHANGES_STYLE = "#changesBanner { background: #ffe2b8; border: 1px solid #e0a050; }"
HINT_STYLE = "color: #b00020; font-weight: bold;"
# The frequencies offered as numbers of visits and of invoices, in the order of the drop-downs.
FREQUENCIES = tuple(f for f in Frequency if f is not Frequency.SEASONAL)


class PeriodsDialog(QDialog):
    """Works on the schedule as loaded; nothing is written before OK, which saves in one transaction.

    It opens on the periods as stored; when re-planning them today changes them, a banner says how many and the
    cells concerned are tinted. Once the agent edits, the table shows what OK saves, tinted where it differs from
    what is stored. OK asks to confirm the changes, and the save applies exactly them, or nothing.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        schedule: Schedule,
        parent: QWidget | None = None,
        clock: Callable[[], date] = date.today,
        opener: Opener = system_opener,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("periodsDialog")
        self.db = db
        self.actor = actor
        self.clock = clock  # the day the periods are planned for: a re-plan depends on it
        self.opener = opener  # opens a certificate's document with the system's viewer
        self.schedule = schedule
        self.settings = schedule.settings
        self.manual: dict[date, ManualVisit] = {visit[0]: visit for visit in schedule.manual_visits}
        self.current: SchedulePreview = schedule.current  # what OK saves
        self.current_manual: tuple[ManualVisit, ...] = schedule.manual_visits  # the windows it was planned with
        self.stored = stored_view(schedule)
        self.changes = what_changes(schedule, self.current)
        self.problem: str | None = None
        self.amount_value: Decimal | None = schedule.settings.invoice_amount  # the amount typed, read when typed
        self.saved_version: int | None = None

        self.banner = QLabel(self)
        self.banner.setObjectName("lockBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.changes_banner = QFrame(self)
        self.changes_banner.setObjectName("changesBanner")
        self.changes_banner.setStyleSheet(CHANGES_STYLE)
        self.changes_text = QLabel(self.changes_banner)
        self.changes_text.setObjectName("changesText")
        self.changes_text.setWordWrap(True)
        self.what_changes = QPushButton(self.changes_banner)
        self.what_changes.setObjectName("whatChanges")
        self.what_changes.clicked.connect(self.show_changes)
        banner_row = QHBoxLayout(self.changes_banner)
        banner_row.setContentsMargins(6, 4, 6, 4)
        banner_row.addWidget(self.changes_text, 1)
        banner_row.addWidget(self.what_changes)

        self.visits = self._frequency_combo("visits", schedule.settings.visit_frequency)
        self.invoices = self._frequency_combo("invoices", schedule.settings.invoice_frequency)
        self.amount = QLineEdit(formatter().amount(schedule.settings.invoice_amount), self)
        self.amount.setObjectName("amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.site_value = QLabel(self)
        self.site_value.setObjectName("siteValue")
        self.dynamic_supported = QLabel(self)
        self.dynamic_supported.setObjectName("dynamicSupported")
        self.excluded = QLabel(self)
        self.excluded.setObjectName("excluded")
        self.partial = QCheckBox(self)
        self.partial.setObjectName("partial")
        self.partial.setChecked(schedule.settings.partial_periods)
        self.next_visit = QDateEdit(self)
        self.next_visit.setObjectName("nextVisit")
        self.next_visit.setCalendarPopup(True)
        self.next_visit.setMinimumDate(NO_DATE)
        self.next_visit.setDate(schedule.settings.next_visit_required_by or NO_DATE)
        self.next_visit_help = QToolButton(self)
        self.next_visit_help.setObjectName("nextVisitHelp")
        self.next_visit_help.setText("?")
        self.next_visit_help.setAutoRaise(True)
        self.next_visit_help.clicked.connect(self._explain_next_visit)
        self.last_order = QLabel(self)
        self.last_order.setObjectName("lastOrder")
        self.view_order = QPushButton(self)
        self.view_order.setObjectName("viewLastOrder")
        self.view_order.clicked.connect(lambda: self.show_order(schedule.last_work_order_number))
        self.last_certificate = QLabel(self)
        self.last_certificate.setObjectName("lastCertificate")
        self.view_certificate = QPushButton(self)
        self.view_certificate.setObjectName("viewLastCertificate")
        self.view_certificate.clicked.connect(self.show_certificate)
        self.certificate: CertificateRow | None = self._read_certificate()
        self.instructions = QPlainTextEdit(schedule.settings.instructions, self)
        self.instructions.setObjectName("instructions")
        self.instructions.setMaximumHeight(60)
        self.instructions.setTabChangesFocus(True)

        self.model = PeriodsModel(self)
        self.model.visitEdited.connect(self._visit_edited)
        self.table = QTableView(self)
        self.table.setObjectName("periods")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PeriodColumn.VISIT_START, VisitDateDelegate(self.table))
        self.table.setItemDelegateForColumn(PeriodColumn.VISIT_END, VisitDateDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.clicked.connect(self._cell_clicked)
        self.legend = QLabel(self)
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)

        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.history = QPushButton(self)
        self.history.setObjectName("history")
        self.history.clicked.connect(self.show_history)

        left, right = QFormLayout(), QFormLayout()
        left.addRow(buddy_label(self.visits), self.visits)
        left.addRow(buddy_label(self.invoices), self.invoices)
        left.addRow(buddy_label(self.amount), self.amount)
        left.addRow(QLabel(self), self.site_value)
        left.addRow(buddy_label(self.partial), self.partial)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_visit, 1)
        next_row.addWidget(self.next_visit_help)
        order_row = QHBoxLayout()
        order_row.addWidget(self.last_order, 1)
        order_row.addWidget(self.view_order)
        self.next_visit_label = buddy_label(self.next_visit)
        self.last_order_label = QLabel(self)
        self.last_certificate_label = QLabel(self)
        right.addRow(QLabel(self), self.dynamic_supported)
        right.addRow(QLabel(self), self.excluded)
        right.addRow(self.next_visit_label, next_row)
        right.addRow(self.last_order_label, order_row)
        certificate_row = QHBoxLayout()
        certificate_row.addWidget(self.last_certificate, 1)
        certificate_row.addWidget(self.view_certificate)
        right.addRow(self.last_certificate_label, certificate_row)
        right.addRow(buddy_label(self.instructions), self.instructions)
        self.left_form, self.right_form = left, right
        header = QGridLayout()
        header.addLayout(left, 0, 0)
        header.addLayout(right, 0, 1)
        header.setColumnStretch(0, 1)
        header.setColumnStretch(1, 1)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.changes_banner)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.hint)
        bottom = QHBoxLayout()
        bottom.addWidget(self.history)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.visits.currentIndexChanged.connect(self.replan)
        self.invoices.currentIndexChanged.connect(self.replan)
        self.amount.textChanged.connect(self._amount_edited)
        self.partial.toggled.connect(self.replan)
        self.next_visit.dateChanged.connect(self.replan)
        self.instructions.textChanged.connect(self.replan)

        self.resize(1180, 720)
        self.retranslate()
        self.replan()
        # Sized once to the first plan; re-plans keep the widths the agent sees.
        self.table.resizeColumnsToContents()

    def _frequency_combo(self, name: str, current: Frequency) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        choices = list(FREQUENCIES)
        if current not in choices:
            choices.append(current)
        for frequency in choices:
            combo.addItem("", frequency)
        combo.setCurrentIndex(choices.index(current))
        return combo

    # -- language -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.relocalise()
            self.retranslate()
            self.replan()
            self.table.resizeColumnsToContents()
        super().changeEvent(event)

    def relocalise(self) -> None:
        """Write the amount and the date again the way the new locale writes them."""
        if self.amount_value is not None:
            self.amount.blockSignals(True)
            self.amount.setText(formatter().amount(self.amount_value))
            self.amount.blockSignals(False)

    def retranslate(self) -> None:
        s = self.schedule
        self.setWindowTitle(self.tr("Edit job PPM building periods"))
        self.title.setText(
            self.tr("{building}: {job} (contract {contract}, {client})").format(
                building=s.building_name, job=s.job_description, contract=s.contract_reference, client=s.client_name
            )
        )
        for combo in (self.visits, self.invoices):
            for index in range(combo.count()):
                combo.setItemText(index, frequency_label(Frequency(combo.itemData(index))))
        self.left_form.labelForField(self.visits).setText(self.tr("Number of &visits:"))
        self.left_form.labelForField(self.invoices).setText(self.tr("Number of &invoices:"))
        self.left_form.labelForField(self.amount).setText(
            self.tr("Invoice &amount ({currency}):").format(currency=s.currency)
        )
        self.left_form.labelForField(self.site_value).setText(self.tr("Site value:"))
        self.left_form.labelForField(self.partial).setText(self.tr("&Partial periods:"))
        self.partial.setText(self.tr("Generate and show periods shorter than a full one"))
        self.right_form.labelForField(self.dynamic_supported).setText(self.tr("Dynamic date updates supported:"))
        self.right_form.labelForField(self.excluded).setText(self.tr("Exclude from dynamic date updates:"))
        self.next_visit_label.setText(self.tr("&Next visit required by:"))
        self.last_order_label.setText(self.tr("Work order:"))
        self.next_visit.setSpecialValueText(self.tr("None"))
        chosen = self.next_visit.date()
        self.next_visit.blockSignals(True)
        localise_date_edit(self.next_visit)
        self.next_visit.setDate(chosen)
        self.next_visit.blockSignals(False)
        self.what_changes.setText(self.tr("What changes…"))
        self.what_changes.setToolTip(self.tr("The periods that saving changes, before and after"))
        self.history.setText(self.tr("&History…"))
        self.history.setToolTip(self.tr("Every change of this building's stored periods: when, by whom and why"))
        self.view_order.setText(self.tr("View"))
        self.last_certificate_label.setText(self.tr("Last certificate:"))
        self.view_certificate.setText(self.tr("View"))
        self.view_certificate.setToolTip(self.tr("Open the certificate's document with the system's viewer"))
        self.right_form.labelForField(self.instructions).setText(self.tr("Ins&tructions:"))
        self.instructions.setPlaceholderText(self.tr("Notes or instructions for the visits (shown on the portal)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))

    # -- re-planning ----------------------------------------------------------------------------------
    def edited_settings(self) -> ScheduleSettings | None:
        """The header as the agent left it; None while the amount is not a valid amount."""
        amount = parse_amount(self.amount.text())
        if amount is None:
            return None
        chosen = self.next_visit.date()
        return ScheduleSettings(
            visit_frequency=Frequency(self.visits.currentData()),
            invoice_frequency=Frequency(self.invoices.currentData()),
            invoice_amount=amount,
            partial_periods=self.partial.isChecked(),
            next_visit_required_by=None if chosen == NO_DATE else chosen.toPython(),
            instructions=self.instructions.toPlainText(),
        )

    def replan(self) -> None:
        """Plan again with the header and the visit windows as they are now, and show the result."""
        settings = self.edited_settings()
        problem = None
        if settings is None:
            problem = self.tr("“{text}” is not an amount: write it as {example}.").format(
                text=self.amount.text().strip(), example=formatter().amount(Decimal("1250.50"))
            )
        else:
            manual = tuple(self.manual.values())
            try:
                check_changes(self.schedule, settings, manual)
                self.current = preview(self.schedule, settings, manual)
                self.current_manual = manual
                self.settings = settings
                self.changes = what_changes(self.schedule, self.current)
            except BureauError as error:
                problem = translate_message(error.message)
            except ValueError:
                problem = self.tr("These settings cannot be planned: check the number of visits and invoices.")
        self.problem = problem
        self._show(problem)

    @property
    def edited(self) -> bool:
        """The agent changed something: the table shows what OK saves rather than what is stored."""
        s = self.schedule
        return stored_settings(s, self.settings) != s.settings or sorted(self.current_manual) != sorted(s.manual_visits)

    @property
    def shows_stored(self) -> bool:
        """The table shows the periods as stored (they exist, and nothing was edited)."""
        return bool(self.schedule.stored_periods) and not self.edited

    def shown(self) -> SchedulePreview:
        return self.stored if self.shows_stored else self.current

    def _show(self, problem: str | None) -> None:
        s, fmt = self.schedule, formatter()
        p = self.shown()
        editable = self.current.editable
        stored = bool(s.stored_periods)
        self.model.show(p, self.changes if stored else None, stored=self.shows_stored)
        self.site_value.setText(fmt.money(p.site_value, s.currency))
        yes, no = self.tr("Yes"), self.tr("No")
        self.dynamic_supported.setText(yes if p.dynamic_dates_supported else no)
        self.excluded.setText(yes if s.exclude_dynamic_dates else no)
        for widget in (self.visits, self.invoices):
            widget.setEnabled(editable.frequencies)
        self.partial.setEnabled(editable.partial_periods)
        self.amount.setEnabled(editable.invoice_amount)
        self.instructions.setEnabled(editable.instructions)
        self.next_visit.setEnabled(editable.next_visit_required_by)
        if not editable.next_visit_required_by:
            self.next_visit.blockSignals(True)
            self.next_visit.setDate(p.next_visit_required_by or NO_DATE)
            self.next_visit.blockSignals(False)
        reason = translate_message(editable.next_visit_reason)
        self.next_visit_help.setToolTip(reason)
        self.next_visit.setToolTip(reason)
        certificate_based = s.certificate_based
        self.last_order.setVisible(not certificate_based)
        self.last_order_label.setVisible(not certificate_based)
        self.view_order.setVisible(not certificate_based)
        self.last_order.setText(
            self.tr("Work order {number}").format(number=s.last_work_order_number)
            if s.last_work_order_number is not None
            else self.tr("No completed visit yet")
        )
        self.view_order.setEnabled(s.last_work_order_number is not None)
        self.last_certificate.setVisible(certificate_based)
        self.last_certificate_label.setVisible(certificate_based)
        self.view_certificate.setVisible(certificate_based)
        self.last_certificate.setText(self._certificate_text())
        self.view_certificate.setEnabled(self.certificate is not None)
        locked = editable.locked_reason
        self.banner.setText(translate_message(locked) if locked is not None else "")
        self.banner.setVisible(locked is not None)
        self._show_changes_banner()
        legend = self.tr(
            "Green rows are partial periods. Visit dates can be edited (double-click) only when dynamic "
            "dates are off and nothing has been generated."
        )
        if self.model.marks:
            legend += " " + self.tr("Tinted cells change when saved: point at one to see its other value.")
        self.legend.setText(legend)
        self.hint.setText(problem or "")
        self.hint.setVisible(problem is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def _read_certificate(self) -> CertificateRow | None:
        """The building's latest certificate under the job (certificate-based jobs only)."""
        if not self.schedule.certificate_based:
            return None
        try:
            return last_certificate(self.db, self.schedule.job_building_id)
        except BureauError:
            return None

    def _certificate_text(self) -> str:
        certificate, fmt = self.certificate, formatter()
        if certificate is None:
            last = self.schedule.last_certificate_date
            return fmt.date(last, "medium") if last else self.tr("None")
        result = self.tr("passed") if certificate.passed else self.tr("failed")
        text = self.tr("{date}, {result}").format(date=fmt.date(certificate.issued_on, "medium"), result=result)
        if certificate.reference:
            # On a line of its own: the header's right-hand column is narrow.
            text += "\n" + self.tr("Reference: {reference}").format(reference=certificate.reference)
        return text

    def show_certificate(self) -> None:
        """*View*: the last certificate's document, opened with the system's viewer."""
        if self.certificate is not None:
            view_certificate(self, self.db, self.certificate.id, self.opener)

    def _show_changes_banner(self) -> None:
        count = len(self.changes.periods)
        if not self.schedule.stored_periods:
            text = self.tr("Nothing is stored for this building yet: the table shows its plan, which OK stores.")
        elif count == 0:
            text = ""
        elif self.shows_stored:
            text = self.tr(
                "The table shows the periods as stored. Re-planned today, %n period(s) change (tinted cells); OK "
                "saves the re-plan.",
                "",
                count,
            )
        else:
            text = self.tr("With your edits, %n period(s) change (tinted cells); OK saves them.", "", count)
        self.changes_text.setText(text)
        self.what_changes.setVisible(bool(self.schedule.stored_periods) and count > 0)
        self.changes_banner.setVisible(bool(text))

    def _amount_edited(self, text: str) -> None:
        self.amount_value = parse_amount(text)
        self.replan()

    def _visit_edited(self, financial_start: date, start: date, end: date) -> None:
        self.manual[financial_start] = (financial_start, start, end)
        self.replan()

    def _cell_clicked(self, index: QModelIndex) -> None:
        period = self.model.periods[index.row()]
        if index.column() == PeriodColumn.SUMMARY:
            QMessageBox.information(
                self,
                self.tr("Period {start} to {end}").format(
                    start=formatter().date(period.financial_start), end=formatter().date(period.financial_end)
                ),
                explanation_text(period),
            )
        elif index.column() == PeriodColumn.WORK_ORDER and period.order is not None:
            self.show_order(period.order.number)

    def _explain_next_visit(self) -> None:
        QMessageBox.information(
            self, self.tr("Next visit required by"), translate_message(self.current.editable.next_visit_reason)
        )

    def show_order(self, number: int | None) -> None:
        if number is None:
            return
        from desktop.services.workorder_detail import get_detail
        from desktop.ui.workorder.detail_view import WorkOrderDetailView

        try:
            detail = get_detail(self.db, self.actor, number)
        except BureauError as error:
            QMessageBox.warning(self, self.windowTitle(), translate_message(error.message))
            return
        viewer = QDialog(self)
        viewer.setWindowTitle(self.tr("Work order {number}").format(number=number))
        QVBoxLayout(viewer).addWidget(WorkOrderDetailView(self.db, self.actor, detail, viewer))
        viewer.resize(1000, 680)
        viewer.exec()
        viewer.deleteLater()

    def show_changes(self) -> None:
        """*What changes*: the periods that saving changes, before and after."""
        dialog = ChangesDialog(self.schedule, self.changes, confirm=False, parent=self)
        dialog.exec()
        dialog.deleteLater()

    def show_history(self) -> None:
        try:
            entries = history_of(self.db, self.schedule.job_building_id)
        except BureauError as error:
            QMessageBox.warning(self, self.windowTitle(), translate_message(error.message))
            return
        dialog = HistoryDialog(self.schedule.building_name, entries, self)
        dialog.exec()
        dialog.deleteLater()

    def reload(self) -> None:
        """Load the schedule again for today, keep the agent's edits, and show it."""
        try:
            self.schedule = load_schedule(self.db, self.schedule.job_building_id, self.clock())
        except BureauError as error:
            QMessageBox.warning(self, self.windowTitle(), translate_message(error.message))
            return
        self.stored = stored_view(self.schedule)
        self.changes = what_changes(self.schedule, self.schedule.current)
        self.certificate = self._read_certificate()
        self.replan()

    # -- saving ---------------------------------------------------------------------------------------
    def accept(self) -> None:
        if self.problem is not None or self.edited_settings() is None:
            return
        if self.clock() != self.schedule.today:
            # Opened on another day: what a re-plan does depends on the day, so show it for today first.
            self.reload()
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "The day has changed since these periods were opened: they are shown for today. Check them "
                    "and press OK again."
                ),
            )
            return
        shown = self.current
        if self.schedule.stored_periods and not self.changes.empty:
            confirm = ChangesDialog(self.schedule, self.changes, confirm=True, parent=self)
            confirmed = confirm.exec() == QDialog.DialogCode.Accepted
            confirm.deleteLater()
            if not confirmed:
                return
        try:
            result = save_schedule(
                self.db,
                self.actor,
                self.schedule.job_building_id,
                self.schedule.version,
                self.settings,
                self.current_manual,
                today=self.schedule.today,
                expected=fingerprint(shown),
            )
        except ScheduleChangedSinceShown as error:
            QMessageBox.warning(self, self.windowTitle(), translate_message(error.message))
            self.reload()
            return
        except ConcurrentChange as error:
            QMessageBox.warning(self, self.windowTitle(), translate_message(error.message))
            return
        except BureauError as error:
            self.hint.setText(translate_message(error.message))
            self.hint.show()
            return
        self.saved_version = result.version
        super().accept()
        self.offer_replication()

    def offer_replication(self) -> None:
        """The building replication screen, when the job has other buildings."""
        try:
            ppm = contract_services.contract_ppm(self.db, self.schedule.contract_id)
        except BureauError:
            return
        job = next((j for j in ppm.jobs if j.id == self.schedule.job_id), None)
        others = [b for b in (job.buildings if job is not None else ()) if b.id != self.schedule.job_building_id]
        if not others:
            return
        dialog = ReplicationDialog(self.db, self.actor, self.schedule, others, self.parentWidget())
        dialog.exec()
        dialog.deleteLater()


def edit_periods(parent: QWidget, db: Database, actor: Actor, job_building_id: int) -> bool:
    """Open the editor for a job building; True when the schedule was saved."""
    try:
        schedule = load_schedule(db, job_building_id)
    except BureauError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PeriodsDialog", "PPM periods"), translate_message(error.message)
        )
        return False
    dialog = PeriodsDialog(db, actor, schedule, parent)
    saved = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return saved

"""The helpdesk list's filter bar: search, statuses, types, priorities, assignee, client, building, impacts,
kinds, dates.

The bar shows a ``ListFilter`` and emits ``filterChanged`` with a validated one when the agent changes it:
at once for choices, after a short pause for typing (search text, dates) so that typing never waits for the
list. It keeps the sort it was given (the list's headers change the sort, not the bar).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.listing import SEARCH_MAX_LENGTH, AssigneeChoice, ListFilter, Sort
from desktop.domain.workorders import OPEN_STATUSES, Impact, Kind, Priority, Status, WorkOrderType
from desktop.ui.i18n import short_date_format, translate_message
from desktop.ui.labels import impact_label, kind_label, priority_label, status_label, type_label
from desktop.ui.plurals import IMPACTS, KINDS, PRIORITIES, STATUSES, TYPES, plural
from desktop.ui.widgets import buddy_label

DEBOUNCE_MS = 150
# Two names fit on a button ("New, On hold"); longer choices are counted ("3 statuses").
MAX_SUMMARY_LENGTH = 24
ERROR_STYLE = "color: palette(highlighted-text); background: #b00020; padding: 2px 6px;"


# --- Dates that may be empty -----------------------------------------------------------------------------------


UNSET = QDate(1752, 9, 14)  # QDateTimeEdit's own minimum, shown as the special value ("Not set")


class _Calendar(QCalendarWidget):
    """The popup calendar: opens on today rather than on the "not set" date of 1752."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self.selectedDate() == UNSET:
            self.blockSignals(True)  # only where the keyboard starts: the edit keeps "not set"
            self.setSelectedDate(QDate.currentDate())
            self.blockSignals(False)
        super().showEvent(event)


class OptionalDateEdit(QDateEdit):
    """A date or nothing ("not set"). Delete clears it; typing, Up/Down or the calendar start from today.

    F4 or Alt+Down opens the calendar. ``valueChanged`` reports the value when it really changed.
    """

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self._reported: date | None = None
        self.setCalendarPopup(True)
        self.setCalendarWidget(_Calendar(self))
        self.setMinimumDate(UNSET)
        self.setDate(UNSET)
        self.setKeyboardTracking(False)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.dateChanged.connect(self._report)
        self.editingFinished.connect(self._report)

    def value(self) -> date | None:
        shown = self.date()
        return None if shown == UNSET else shown.toPython()

    def set_value(self, value: date | None) -> None:
        """Show ``value`` without reporting a change."""
        self._quiet = True
        try:
            self.setDate(UNSET if value is None else QDate(value.year, value.month, value.day))
        finally:
            self._quiet = False
        self._reported = self.value()

    def clear_value(self) -> None:
        self.setDate(UNSET)

    def _report(self) -> None:
        if self._quiet:
            return
        value = self.value()
        if value != self._reported:
            self._reported = value
            self.valueChanged.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        if key == Qt.Key.Key_Delete or (key == Qt.Key.Key_Backspace and self.value() is None):
            self.clear_value()
            return
        if self.value() is None and event.text().isdigit():
            # Start from today, with the first section selected, instead of appending to "Not set".
            self._quiet = True
            try:
                self.setDate(QDate.currentDate())
            finally:
                self._quiet = False
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's signature
        # "Not set" has no sections to tab through: Tab goes on to the next field.
        if self.value() is None:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def stepBy(self, steps: int) -> None:  # noqa: N802
        if self.value() is None:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802
        if self.value() is None:
            return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return super().stepEnabled()

    def show_calendar(self) -> None:
        """Open the calendar popup, as a click on the arrow does (Qt offers no keyboard way of its own)."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        position = QPointF(arrow.center())
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            position,
            QPointF(self.mapToGlobal(position)),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        self.mousePressEvent(press)


# --- Several choices in a drop-down ----------------------------------------------------------------------------


STICKY = "sticky"  # property of the menu entries that leave their menu open


class _StickyMenu(QMenu):
    """A menu of check boxes that stays open while the agent ticks several (Space or click); Enter closes it."""

    def _sticky_action(self) -> QAction | None:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.property(STICKY):
            return action
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        action = self._sticky_action()
        if action is not None and self.actionGeometry(action).contains(event.position().toPoint()):
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        action = self._sticky_action()
        if event.key() == Qt.Key.Key_Space and action is not None:
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)


class MultiChoiceButton(QToolButton):
    """A drop-down of checkable values; no value checked means "any". ``changed`` when the agent ticks one."""

    changed = Signal()

    def __init__(self, values: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.menu_ = _StickyMenu(self)
        self.any_action = QAction(self.menu_)
        self.any_action.setCheckable(True)
        self.any_action.triggered.connect(lambda: self._choose(frozenset()))
        self.menu_.addAction(self.any_action)
        self.presets: list[tuple[QAction, frozenset[Any]]] = []
        self.menu_.addSeparator()
        self.value_actions: dict[Any, QAction] = {}
        for value in values:
            action = QAction(self.menu_)
            action.setCheckable(True)
            action.setProperty(STICKY, True)
            action.toggled.connect(self._toggled)
            self.menu_.addAction(action)
            self.value_actions[value] = action
        self.setMenu(self.menu_)
        self._quiet = False
        self._sync()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        """Drawn as a combo box, like the single-choice lists beside it."""
        painter = QStylePainter(self)
        option = self._combo_option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(self.text()), metrics.horizontalAdvance("x" * 8))
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, self._combo_option(), QSize(width, metrics.height()), self
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def _combo_option(self) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = False
        option.frame = True
        option.currentText = self.text()
        option.subControls = QStyle.SubControl.SC_All
        if self.isDown() or self.menu_.isVisible():
            option.state |= QStyle.StateFlag.State_Sunken | QStyle.StateFlag.State_On
        return option

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # The keys that open a combo box's list open this one's menu too.
        if event.key() in (Qt.Key.Key_F4, Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.showMenu()
            return
        super().keyPressEvent(event)

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.updateGeometry()

    def add_preset(self, values: frozenset[Any]) -> QAction:
        """A menu entry that ticks exactly ``values`` (its text is set by the owner)."""
        action = QAction(self.menu_)
        action.setCheckable(True)
        action.triggered.connect(lambda: self._choose(values))
        self.menu_.insertAction(self.menu_.actions()[1], action)
        self.presets.append((action, values))
        self._sync()
        return action

    def values(self) -> frozenset[Any]:
        return frozenset(value for value, action in self.value_actions.items() if action.isChecked())

    def set_values(self, values: Iterable[Any]) -> None:
        """Tick exactly ``values`` without reporting a change."""
        wanted = frozenset(values)
        self._quiet = True
        try:
            for value, action in self.value_actions.items():
                action.setChecked(value in wanted)
        finally:
            self._quiet = False
        self._sync()

    def ordered(self) -> list[Any]:
        """The ticked values in menu order."""
        return [value for value, action in self.value_actions.items() if action.isChecked()]

    def _choose(self, values: frozenset[Any]) -> None:
        if values != self.values():
            self.set_values(values)
            self.changed.emit()
        else:
            self._sync()  # triggering a checked entry unticked it

    def _toggled(self, _checked: bool) -> None:
        if not self._quiet:
            self._sync()
            self.changed.emit()

    def _sync(self) -> None:
        """Tick "any" and the presets that match the values ticked."""
        values = self.values()
        self.any_action.setChecked(not values)
        for action, preset in self.presets:
            action.setChecked(values == preset)


# --- The bar ---------------------------------------------------------------------------------------------------


class FilterBar(QWidget):
    """Filters above the helpdesk list; see the module's docstring."""

    filterChanged = Signal(object)  # a validated ListFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sort = Sort()
        self._quiet = 0  # above zero while the widgets are filled by the program
        self._last: ListFilter | None = None  # the filters last emitted or given
        self._agents: list[tuple[int, str]] = []
        self._clients: list[tuple[int, str]] = []
        self._buildings: list[tuple[int, str, int]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._apply)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)  # it takes the room the first row leaves
        self.search.setMaxLength(SEARCH_MAX_LENGTH)
        self.search.textChanged.connect(self._schedule)
        self.search.returnPressed.connect(self._apply)

        self.statuses = MultiChoiceButton(list(Status), self)
        self.statuses.setObjectName("statuses")
        self.open_statuses = self.statuses.add_preset(OPEN_STATUSES)
        self.types = MultiChoiceButton(list(WorkOrderType), self)
        self.types.setObjectName("types")
        self.priorities = MultiChoiceButton(list(Priority), self)
        self.priorities.setObjectName("priorities")
        self.impacts = MultiChoiceButton(list(Impact), self)
        self.impacts.setObjectName("impacts")
        self.kinds = MultiChoiceButton(list(Kind), self)
        self.kinds.setObjectName("kinds")
        for button in (self.statuses, self.types, self.priorities, self.impacts, self.kinds):
            button.changed.connect(self._choice_changed)

        self.assignee = QComboBox(self)
        self.assignee.setObjectName("assignee")
        self.client = QComboBox(self)
        self.client.setObjectName("client")
        self.building = QComboBox(self)
        self.building.setObjectName("building")
        for combo, length in ((self.assignee, 12), (self.client, 12), (self.building, 14)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(length)
        for combo in (self.client, self.building):
            _searchable(combo)
        self.assignee.currentIndexChanged.connect(self._apply)
        self.client.currentIndexChanged.connect(self._client_changed)
        self.building.currentIndexChanged.connect(self._apply)

        self.created_from = OptionalDateEdit(self)
        self.created_from.setObjectName("createdFrom")
        self.created_to = OptionalDateEdit(self)
        self.created_to.setObjectName("createdTo")
        self.due_from = OptionalDateEdit(self)
        self.due_from.setObjectName("dueFrom")
        self.due_to = OptionalDateEdit(self)
        self.due_to.setObjectName("dueTo")
        for edit in self.date_edits():
            edit.valueChanged.connect(self._schedule)

        self.overdue = QCheckBox(self)
        self.overdue.setObjectName("overdueOnly")
        self.overdue.toggled.connect(self._apply)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset)

        self.error = QLabel(self)
        self.error.setObjectName("filterError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self.search_label = buddy_label(self.search)
        self.status_label = buddy_label(self.statuses)
        self.type_label = buddy_label(self.types)
        self.priority_label = buddy_label(self.priorities)
        self.assignee_label = buddy_label(self.assignee)
        self.client_label = buddy_label(self.client)
        self.building_label = buddy_label(self.building)
        self.impact_label = buddy_label(self.impacts)
        self.kind_label = buddy_label(self.kinds)
        self.created_label = buddy_label(self.created_from)
        self.due_label = buddy_label(self.due_from)
        self.created_dash = QLabel(self)
        self.due_dash = QLabel(self)

        first = QHBoxLayout()
        for widget in (self.search_label, self.search, self.status_label, self.statuses, self.type_label,
                       self.types, self.priority_label, self.priorities, self.impact_label, self.impacts,
                       self.kind_label, self.kinds, self.assignee_label, self.assignee, self.overdue):
            first.addWidget(widget, 1 if widget is self.search else 0)
        self.second = QHBoxLayout()
        for widget in (self.client_label, self.client, self.building_label, self.building, self.created_label,
                       self.created_from, self.created_dash, self.created_to, self.due_label, self.due_from,
                       self.due_dash, self.due_to):
            self.second.addWidget(widget)
        self.second.addStretch(1)
        self.second.addWidget(self.reset_button)
        for row in (first, self.second):
            row.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(self.second)
        layout.addWidget(self.error)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Tab follows the rows as they are seen (Overdue only closes the first row).
        self.tab_chain: list[QWidget] = [
            self.search, self.statuses, self.types, self.priorities, self.impacts, self.kinds, self.assignee,
            self.overdue, self.client, self.building, self.created_from, self.created_to, self.due_from, self.due_to,
            self.reset_button,
        ]
        self._chain_tabs()

        self._fill_combos()
        self.retranslate()
        self._last = self.current_filter()

    # --- public API

    def set_options(
        self,
        agents: Sequence[tuple[int, str]],
        clients: Sequence[tuple[int, str]],
        buildings: Sequence[tuple[int, str, int]],
    ) -> None:
        """The choices of the assignee, client and building lists; the current choices are kept."""
        self._agents, self._clients, self._buildings = list(agents), list(clients), list(buildings)
        self._fill_combos()

    def set_filter(self, list_filter: ListFilter) -> None:
        """Show ``list_filter`` (its sort is kept for the filters emitted next); emits nothing."""
        self._timer.stop()
        self._sort = list_filter.sort
        self._quiet += 1
        try:
            self.search.setText(list_filter.text)
            self.statuses.set_values(list_filter.statuses)
            self.types.set_values(list_filter.types)
            self.priorities.set_values(list_filter.priorities)
            self.impacts.set_values(list_filter.impacts)
            self.kinds.set_values(list_filter.kinds)
            self._fill_combos(
                assignee=_assignee_data(list_filter), client=list_filter.client_id, building=list_filter.building_id
            )
            self.created_from.set_value(list_filter.created_from)
            self.created_to.set_value(list_filter.created_to)
            self.due_from.set_value(list_filter.due_from)
            self.due_to.set_value(list_filter.due_to)
            self.overdue.setChecked(list_filter.overdue_only)
        finally:
            self._quiet -= 1
        self._last = list_filter
        self._update_summaries()
        self._check()

    def set_sort(self, sort: Sort) -> None:
        """Keep ``sort`` for the filters emitted next (the list's headers sorted it); emits nothing."""
        self._sort = sort
        if self._last is not None:
            self._last = replace(self._last, sort=sort)

    def current_filter(self) -> ListFilter:
        """The filters as shown (not validated: a date range may be reversed; see ``error_message``)."""
        data = self.assignee.currentData()
        if isinstance(data, int):
            assignee, assignee_id = AssigneeChoice.USER, data
        else:
            assignee, assignee_id = AssigneeChoice(data or AssigneeChoice.ANYONE), None
        client = self.client.currentData()
        building = self.building.currentData()
        return ListFilter(
            statuses=self.statuses.values(),
            types=self.types.values(),
            priorities=self.priorities.values(),
            impacts=self.impacts.values(),
            kinds=self.kinds.values(),
            assignee=assignee,
            assignee_id=assignee_id,
            client_id=client if isinstance(client, int) else None,
            building_id=building if isinstance(building, int) else None,
            created_from=self.created_from.value(),
            created_to=self.created_to.value(),
            due_from=self.due_from.value(),
            due_to=self.due_to.value(),
            overdue_only=self.overdue.isChecked(),
            text=self.search.text().strip(),
            sort=self._sort,
        )

    def error_message(self) -> str:
        """Why the filters shown cannot be applied, translated; empty when they can."""
        return self.error.text() if not self.error.isHidden() else ""

    def reset(self) -> None:
        """Back to the default filters, keeping the sort; emits once."""
        self.set_filter(ListFilter(sort=self._sort))
        self._last = self.current_filter()
        self.filterChanged.emit(self._last)

    def apply_filter(self, list_filter: ListFilter) -> None:
        """Show ``list_filter`` and emit it (a saved view chosen, say); emits nothing when it is not valid."""
        self.set_filter(list_filter)
        checked = self._check()
        if checked is not None:
            self._last = checked
            self.filterChanged.emit(checked)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def add_trailing_widget(self, widget: QWidget) -> None:
        """Put ``widget`` (a saved-views button, say) at the end of the second row, before Reset."""
        self.second.insertWidget(self.second.indexOf(self.reset_button), widget)
        self.tab_chain.insert(self.tab_chain.index(self.reset_button), widget)
        self._chain_tabs()

    def date_edits(self) -> tuple[OptionalDateEdit, ...]:
        return (self.created_from, self.created_to, self.due_from, self.due_to)

    def _chain_tabs(self) -> None:
        for before, after in zip(self.tab_chain, self.tab_chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # --- translation

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LocaleChange:
            self._update_date_formats()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Search number, title, building"))
        self.search.setToolTip(self.tr("Work order number, words of the title, building or client"))
        self.status_label.setText(self.tr("Stat&us:"))
        self.type_label.setText(self.tr("T&ype:"))
        self.priority_label.setText(self.tr("&Priority:"))
        self.assignee_label.setText(self.tr("&Assignee:"))
        self.client_label.setText(self.tr("&Client:"))
        self.building_label.setText(self.tr("&Building:"))
        self.impact_label.setText(self.tr("&Impact:"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.created_label.setText(self.tr("C&reated:"))
        self.due_label.setText(self.tr("&Due:"))
        dash = self.tr("–", "between the two dates of a range")
        self.created_dash.setText(dash)
        self.due_dash.setText(dash)
        self.overdue.setText(self.tr("&Overdue only"))
        self.overdue.setToolTip(self.tr("Open work orders whose due date has passed"))
        self.reset_button.setText(self.tr("Rese&t filters"))
        self.reset_button.setToolTip(self.tr("Show every work order again (the sort is kept)"))

        self.statuses.setAccessibleName(self.tr("Status"))
        self.types.setAccessibleName(self.tr("Type"))
        self.priorities.setAccessibleName(self.tr("Priority"))
        self.statuses.any_action.setText(self.tr("Any status"))
        self.open_statuses.setText(self.tr("Open statuses"))
        self.types.any_action.setText(self.tr("Any type"))
        self.priorities.any_action.setText(self.tr("Any priority"))
        self.impacts.setAccessibleName(self.tr("Impact"))
        self.kinds.setAccessibleName(self.tr("Kind"))
        self.impacts.any_action.setText(self.tr("Any impact"))
        self.kinds.any_action.setText(self.tr("Any kind"))
        for impact, action in self.impacts.value_actions.items():
            action.setText(impact_label(impact))
        for kind, action in self.kinds.value_actions.items():
            action.setText(kind_label(kind))
        for status, action in self.statuses.value_actions.items():
            action.setText(status_label(status))
        for kind, action in self.types.value_actions.items():
            action.setText(type_label(kind))
        for priority, action in self.priorities.value_actions.items():
            action.setText(priority_label(priority))

        hint = self.tr("Type a date, or press Delete to clear it; F4 opens the calendar.")
        for edit, name in (
            (self.created_from, self.tr("Created from")),
            (self.created_to, self.tr("Created until")),
            (self.due_from, self.tr("Due from")),
            (self.due_to, self.tr("Due until")),
        ):
            edit.setSpecialValueText(self.tr("Not set"))
            edit.setAccessibleName(name)
            edit.setToolTip(f"{name}\n{hint}")
        self._update_date_formats()
        self._fill_combos()
        self._update_summaries()
        self._check()

    def _update_date_formats(self) -> None:
        pattern = short_date_format()
        for edit in self.date_edits():
            edit.setLocale(QLocale())
            if edit.displayFormat() != pattern:
                value = edit.value()
                edit.setDisplayFormat(pattern)
                edit.set_value(value)

    def _update_summaries(self) -> None:
        self._summarize(self.statuses, status_label, self.tr("Any status"),
                        lambda n: plural(STATUSES, n))
        if self.statuses.values() == OPEN_STATUSES:
            self.statuses.setText(self.tr("Open statuses"))
        self._summarize(self.types, type_label, self.tr("Any type"),
                        lambda n: plural(TYPES, n))
        self._summarize(self.priorities, priority_label, self.tr("Any priority"),
                        lambda n: plural(PRIORITIES, n))
        self._summarize(self.impacts, impact_label, self.tr("Any impact"), lambda n: plural(IMPACTS, n))
        self._summarize(self.kinds, kind_label, self.tr("Any kind"), lambda n: plural(KINDS, n))

    @staticmethod
    def _summarize(
        button: MultiChoiceButton, label: Callable[[Any], str], any_text: str, counted: Callable[[int], str]
    ) -> None:
        names = [label(value) for value in button.ordered()]
        joined = ", ".join(names)
        if not names:
            text = any_text
        elif len(names) <= 2 and len(joined) <= MAX_SUMMARY_LENGTH:
            text = joined
        else:
            text = counted(len(names))
        button.setText(text)
        button.setToolTip(joined or any_text)

    # --- the lists

    def _fill_combos(self, **selected: Any) -> None:
        """Refill the assignee, client and building lists, keeping (or setting) what is chosen."""
        assignee = selected.get("assignee", self.assignee.currentData())
        client = selected.get("client", self.client.currentData())
        building = selected.get("building", self.building.currentData())
        self._quiet += 1
        try:
            _fill(
                self.assignee,
                [(AssigneeChoice.ANYONE.value, self.tr("Anyone")), (AssigneeChoice.ME.value, self.tr("Me")),
                 (AssigneeChoice.UNASSIGNED.value, self.tr("Unassigned"))],
                self._agents,
                assignee if assignee is not None else AssigneeChoice.ANYONE.value,
                lambda key: self.tr("Unknown agent ({id})").format(id=key),
            )
            _fill(self.client, [(None, self.tr("Any client"))], self._clients, client,
                  lambda key: self.tr("Unknown client ({id})").format(id=key))
            self._fill_buildings(building)
        finally:
            self._quiet -= 1

    def _fill_buildings(self, building: int | None) -> None:
        client = self.client.currentData()
        if isinstance(client, int):
            entries = [(key, name) for key, name, owner in self._buildings if owner == client]
            if building is not None and not any(key == building for key, _ in entries) and any(
                key == building for key, _, _ in self._buildings
            ):
                building = None  # a building of another client
        else:
            clients = dict(self._clients)
            entries = [
                (key, self.tr("{building} ({client})").format(building=name, client=clients[owner])
                 if owner in clients else name)
                for key, name, owner in self._buildings
            ]
        self._quiet += 1
        try:
            _fill(self.building, [(None, self.tr("Any building"))], entries, building,
                  lambda key: self.tr("Unknown building ({id})").format(id=key))
        finally:
            self._quiet -= 1

    # --- applying

    def _client_changed(self) -> None:
        if self._quiet:
            return
        self._fill_buildings(self.building.currentData())
        self._apply()

    def _choice_changed(self) -> None:
        self._update_summaries()
        self._apply()

    def _schedule(self) -> None:
        if not self._quiet:
            self._timer.start()

    def _check(self) -> ListFilter | None:
        """The validated filters, or None with the reason shown."""
        try:
            checked = self.current_filter().validated()
        except ValidationError as error:
            self.error.setText(translate_message(error.message))
            self.error.show()
            return None
        self.error.clear()
        self.error.hide()
        return checked

    def _apply(self) -> None:
        if self._quiet:
            return
        self._timer.stop()
        checked = self._check()
        if checked is None or checked == self._last:
            return
        self._last = checked
        self.filterChanged.emit(checked)


def _assignee_data(list_filter: ListFilter) -> str | int:
    if list_filter.assignee is AssigneeChoice.USER and list_filter.assignee_id is not None:
        return list_filter.assignee_id
    if list_filter.assignee is AssigneeChoice.USER:
        return AssigneeChoice.ANYONE.value
    return list_filter.assignee.value


def _fill(
    combo: QComboBox,
    fixed: Sequence[tuple[Any, str]],
    entries: Sequence[tuple[int, str]],
    selected: Any,
    unknown: Callable[[int], str],
) -> None:
    """Refill ``combo``: the fixed items, a separator, the entries; select ``selected``, kept even if gone."""
    combo.clear()
    for data, text in fixed:
        combo.addItem(text, data)
    if entries:
        combo.insertSeparator(combo.count())
    for data, text in entries:
        combo.addItem(text, data)
    index = combo.findData(selected) if selected is not None else 0
    if index < 0 and isinstance(selected, int):
        # A saved filter naming a client, building or agent that is no longer listed: keep it, say so.
        combo.addItem(unknown(selected), selected)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def _searchable(combo: QComboBox) -> None:
    """Let the agent type part of a name: the matches drop down; leaving restores the chosen item's name."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    line = combo.lineEdit()

    def settle() -> None:
        # (currentText() of an editable combo box is what was typed: compare with the item's own text.)
        chosen = combo.itemText(combo.currentIndex())
        text = line.text().strip()
        if text != chosen:
            index = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
            if index >= 0:
                combo.setCurrentIndex(index)
            else:
                line.setText(chosen)

    line.editingFinished.connect(settle)

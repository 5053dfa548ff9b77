"""Edit work order (F2): correct an order's title, description, priority, impact, kind, category, due date,
contact, contract, and, before work starts, its building and type.

The fields the order's status or type does not let change are disabled, with the reason as their tooltip
(``desktop.domain.editing.editable_fields``). Save sends only the fields changed, in one call of
``update_work_order``; a refusal keeps the dialog open with the message, a change by someone else since the order
was opened offers to reload it (``SubmitDialog``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.db.engine import Database
from desktop.domain.editing import editable_fields
from desktop.domain.errors import BureauError
from desktop.domain.workorders import Impact, Kind, Priority, WorkOrderType
from desktop.services.actor import Actor
from desktop.services.order_choices import OrderChoices, order_choices
from desktop.services.workorder_detail import WorkOrderDetail
from desktop.services.workorders import CATEGORY_MAX_LENGTH, categories_in_use, update_work_order
from desktop.ui.helpdesk.filter_bar import OptionalDateEdit
from desktop.ui.i18n import formatter, short_date_format, translate_message
from desktop.ui.labels import impact_label, kind_label, priority_label, status_label, type_label
from desktop.ui.widgets import buddy_label
from desktop.ui.workorder.action_dialogs import SubmitDialog

TITLE_MAX = 200
CATEGORY_CHOICES = 200
# The types an order can be changed to: PPM orders come only from their contracts.
CHANGEABLE_TYPES = tuple(t for t in WorkOrderType if t is not WorkOrderType.PPM)


class EditWorkOrderDialog(SubmitDialog):
    """The order's fields as they are; OK (Save) is enabled once one of them is changed."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        detail: WorkOrderDetail,
        parent: QWidget | None = None,
        *,
        choices: OrderChoices | None = None,
        categories: list[str] | None = None,
    ) -> None:
        super().__init__(db, actor, detail, parent)
        self.setObjectName("editWorkOrderDialog")
        self.choices = choices or order_choices(
            db,
            detail.client_id,
            building_id=detail.building_id,
            contract_id=detail.contract_id,
            contact_id=detail.contact_id,
        )
        self.refusals = editable_fields(detail.status, detail.type)

        self.title = QLineEdit(detail.title, self)
        self.title.setMaxLength(TITLE_MAX)
        self.description = QPlainTextEdit(detail.description, self)
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self.priority = self._combo([(int(priority), "") for priority in Priority], detail.priority)
        impacts: list[tuple[Any, str]] = [(None, ""), *((impact.value, "") for impact in Impact)]
        if detail.impact is not None and detail.impact not in tuple(Impact):
            impacts.append((detail.impact, ""))  # older free text: kept as it is, never chosen anew
        self.impact = self._combo(impacts, detail.impact)
        self.kind = self._combo([(None, ""), *((kind.value, "") for kind in Kind)], detail.kind)
        self.category = QLineEdit(detail.category or "", self)
        self.category.setMaxLength(CATEGORY_MAX_LENGTH)
        self._complete_categories(categories)
        self.due = OptionalDateEdit(self)
        self.contact = self._combo([(None, ""), *((c.id, "") for c in self.choices.contacts)], detail.contact_id)
        self.contract = self._combo([(None, "")] + [(c.id, "") for c in self.choices.contracts], detail.contract_id)
        self.building = self._combo([(c.id, "") for c in self.choices.buildings], detail.building_id)
        types = CHANGEABLE_TYPES if detail.type in CHANGEABLE_TYPES else (detail.type,)
        self.type = self._combo([(t.value, "") for t in types], detail.type.value)

        self.fields: dict[str, QWidget] = {
            "title": self.title,
            "description": self.description,
            "priority": self.priority,
            "impact": self.impact,
            "kind": self.kind,
            "category": self.category,
            "due_date": self.due,
            "contact_id": self.contact,
            "contract_id": self.contract,
            "building_id": self.building,
            "type": self.type,
        }
        self.labels: dict[str, QLabel] = {}
        for name, field in self.fields.items():
            field.setObjectName(name)
            self.labels[name] = buddy_label(field)
            self.form.addRow(self.labels[name], field)
            refusal = self.refusals[name]
            if refusal is not None:
                field.setEnabled(False)
                self.labels[name].setEnabled(False)
        self.title.textChanged.connect(self.validate)
        self.description.textChanged.connect(self.validate)
        self.category.textChanged.connect(self.validate)
        self.due.valueChanged.connect(self.validate)
        for combo in (self.priority, self.impact, self.kind, self.contact, self.contract, self.building, self.type):
            combo.currentIndexChanged.connect(self.validate)
        self.setMinimumWidth(560)
        self.retranslate()
        self.due.set_value(detail.due_date)
        self.validate()
        self.title.setFocus()
        self.title.selectAll()

    def _combo(self, items: list[tuple[Any, str]], current: Any) -> QComboBox:
        combo = QComboBox(self)
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def _complete_categories(self, categories: list[str] | None) -> None:
        if categories is None:
            try:
                categories = categories_in_use(self.db, "", CATEGORY_CHOICES)
            except BureauError:
                categories = []  # completion is a help: the field works without it
        completer = QCompleter(categories, self.category)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.category.setCompleter(completer)

    # -- texts ------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        d = self.detail
        self.setWindowTitle(self.tr("Edit work order {number}").format(number=d.number))
        self.intro.setText(
            self.tr(
                "Correct work order {number}, “{title}” ({status}). Each change is written to its activity log; "
                "the fields that cannot change now say why when you point at them."
            ).format(number=d.number, title=d.title, status=status_label(d.status))
        )
        captions = {
            "title": self.tr("&Title:"),
            "description": self.tr("&Description:"),
            "priority": self.tr("&Priority:"),
            "impact": self.tr("&Impact:"),
            "kind": self.tr("&Kind:"),
            "category": self.tr("Cate&gory:"),
            "due_date": self.tr("D&ue date:"),
            "contact_id": self.tr("C&ontact:"),
            "contract_id": self.tr("Co&ntract:"),
            "building_id": self.tr("&Building:"),
            "type": self.tr("T&ype:"),
        }
        for name, caption in captions.items():
            self.labels[name].setText(caption)
        not_set = self.tr("Not set")
        for index in range(self.priority.count()):
            self.priority.setItemText(index, priority_label(self.priority.itemData(index)))
        self.impact.setItemText(0, not_set)
        for index in range(1, self.impact.count()):
            value = self.impact.itemData(index)
            if value in tuple(Impact):
                self.impact.setItemText(index, impact_label(value))
            else:
                self.impact.setItemText(index, self.tr("{text} (older value)").format(text=value))
        self.kind.setItemText(0, not_set)
        for index in range(1, self.kind.count()):
            self.kind.setItemText(index, kind_label(self.kind.itemData(index)))
        self.category.setPlaceholderText(self.tr("Optional"))
        self.contact.setItemText(0, self.tr("No contact"))
        for index, choice in enumerate(self.choices.contacts, start=1):
            name = choice.name if choice.usable else self.tr("{name} (archived)").format(name=choice.name)
            self.contact.setItemText(index, name)
        fmt = formatter()
        self.contract.setItemText(0, self.tr("No contract"))
        for index, choice in enumerate(self.choices.contracts, start=1):
            text = self.tr("{reference} ({start} to {end})").format(
                reference=choice.name, start=fmt.date(choice.start, "medium"), end=fmt.date(choice.end, "medium")
            )
            if not choice.usable:
                text = self.tr("{contract}: not in force today").format(contract=text)
            self.contract.setItemText(index, text)
        for index, choice in enumerate(self.choices.buildings):
            name = choice.name if choice.usable else self.tr("{name} (archived)").format(name=choice.name)
            self.building.setItemText(index, name)
        for index in range(self.type.count()):
            self.type.setItemText(index, type_label(self.type.itemData(index)))
        due = self.due.value()
        self.due.setSpecialValueText(self.tr("Not set"))
        self.due.setLocale(QLocale())
        self.due.setDisplayFormat(short_date_format())
        self.due.set_value(due)
        self.due.setToolTip(self.tr("Type a date, or press Delete to clear it; F4 opens the calendar."))
        for name, refusal in self.refusals.items():
            if refusal is not None:
                reason = translate_message(refusal)
                self.fields[name].setToolTip(reason)
                self.labels[name].setToolTip(reason)
        self.ok_button.setText(self.tr("&Save"))
        self.ok_button.setToolTip(self.tr("Save the changes (Ctrl+Enter)"))
        super().retranslate()

    # -- what changes -----------------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        """Every field as the form shows it, in the values ``update_work_order`` takes."""
        return {
            "title": self.title.text().strip(),
            "description": self.description.toPlainText(),
            "priority": self.priority.currentData(),
            "impact": self.impact.currentData(),
            "kind": self.kind.currentData(),
            "category": self.category.text().strip() or None,
            "due_date": self.due.value(),
            "contact_id": self.contact.currentData(),
            "contract_id": self.contract.currentData(),
            "building_id": self.building.currentData(),
            "type": self.type.currentData(),
        }

    def original(self) -> dict[str, object]:
        d = self.detail
        return {
            "title": d.title,
            "description": d.description.replace("\r\n", "\n").replace("\r", "\n"),  # as a text box shows it
            "priority": d.priority,
            "impact": d.impact,
            "kind": d.kind.value if d.kind is not None else None,
            "category": d.category,
            "due_date": d.due_date,
            "contact_id": d.contact_id,
            "contract_id": d.contract_id,
            "building_id": d.building_id,
            "type": d.type.value,
        }

    def changes(self) -> dict[str, object]:
        """The fields the agent changed (only those the order lets change), with their new values."""
        before = self.original()
        return {
            name: value
            for name, value in self.values().items()
            if value != before[name] and self.refusals[name] is None
        }

    def problem(self) -> str | None:
        if not self.title.text().strip():
            return self.tr("Enter a title: a work order needs one.")
        if not self.changes():
            return self.tr("Nothing has been changed yet.")
        return None

    def submit(self) -> int:
        return update_work_order(self.db, self.actor, self.detail.number, self.detail.version, self.changes())

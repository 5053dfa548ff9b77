"""Correcting a work order's fields, and deleting one logged by mistake: what is allowed, and why not.

Pure rules, no session: the services apply them in their transaction (``desktop.services.workorders``), the UI
greys the fields and actions they refuse with the reason as a tooltip.

Fields an agent may correct (the names ``update_work_order`` takes): title, description, priority, impact, kind,
category, due date, contact, contract, building and type.

- Closed, Cancelled, Rejected and Not done orders are read-only: no field can be changed (a Not done order is
  reinstated first, as a cancelled one is).
- The building and the type can be changed only while the order is New or Needs clarification (before any work).
- A PPM order's type, building and contract come from its PPM job: they are never changed here; no order
  becomes a PPM (PPM orders are generated from their contract's periods).
- The other fields can be changed in every other status, Completed included (a correction before closing).

A work order can be deleted only when it was logged by mistake: it is New, was never started, and its activity
log holds nothing but its creation. Anything else is cancelled (or completed with zero balance), never deleted.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.transitions import OrderState
from desktop.domain.values import check_whole_number
from desktop.domain.workorders import STATUS_LABELS, Impact, Kind, Priority, Status, WorkOrderType

# In the order a form shows them.
EDITABLE_FIELDS: tuple[str, ...] = (
    "title",
    "description",
    "priority",
    "impact",
    "kind",
    "category",
    "due_date",
    "contact_id",
    "contract_id",
    "building_id",
    "type",
)

FIELD_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "priority": QT_TRANSLATE_NOOP("Fields", "Priority"),
    "impact": QT_TRANSLATE_NOOP("Fields", "Impact"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "due_date": QT_TRANSLATE_NOOP("Fields", "Due date"),
    "contact_id": QT_TRANSLATE_NOOP("Fields", "Contact"),
    "contract_id": QT_TRANSLATE_NOOP("Fields", "Contract"),
    "building_id": QT_TRANSLATE_NOOP("Fields", "Building"),
    "type": QT_TRANSLATE_NOOP("Fields", "Type"),
}

# The ``field`` of the activity entry a change writes: the references are logged by name, like the assignee.
ACTIVITY_FIELDS: dict[str, str] = {
    **{name: name for name in EDITABLE_FIELDS},
    "contact_id": "contact",
    "contract_id": "contract",
    "building_id": "building",
}

READ_ONLY_STATUSES = frozenset({Status.CLOSED, Status.CANCELLED, Status.REJECTED, Status.NOT_DONE})
BEFORE_WORK_STATUSES = frozenset({Status.NEW, Status.NEEDS_CLARIFICATION})
FIXED_ONCE_WORK_STARTS = frozenset({"building_id", "type"})
FIXED_FOR_PPM = frozenset({"type", "building_id", "contract_id"})


def field_label(field: str) -> Message:
    """The field's name as a form shows it."""
    return Message("Fields", FIELD_LABELS[field])


def _status(status: Status) -> Message:
    return Message("Status", STATUS_LABELS[status])


def field_refusal(field: str, status: Status, order_type: WorkOrderType) -> Message | None:
    """Why ``field`` of an order of ``order_type`` in ``status`` cannot be changed; None when it can.

    ``field`` is one of :data:`EDITABLE_FIELDS` (anything else raises ``KeyError``).
    """
    if field not in FIELD_LABELS:
        raise KeyError(field)
    if status in READ_ONLY_STATUSES:
        return Message(
            "Refusal",
            QT_TRANSLATE_NOOP("Refusal", "The work order is “{status}”: it can no longer be changed."),
            {"status": _status(status)},
        )
    if order_type is WorkOrderType.PPM and field in FIXED_FOR_PPM:
        return Message(
            "Refusal",
            QT_TRANSLATE_NOOP("Refusal", "A PPM work order's type, building and contract come from its PPM job."),
        )
    if field in FIXED_ONCE_WORK_STARTS and status not in BEFORE_WORK_STATUSES:
        return Message(
            "Refusal",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "The building and the type can be changed only while the work order is “{new}” or “{clarification}”.",
            ),
            {"new": _status(Status.NEW), "clarification": _status(Status.NEEDS_CLARIFICATION)},
        )
    return None


def editable_fields(status: Status, order_type: WorkOrderType) -> dict[str, Message | None]:
    """Every field, in form order, with None when it can be changed and the reason when it cannot."""
    return {field: field_refusal(field, status, order_type) for field in EDITABLE_FIELDS}


def deletion_refusal(order: OrderState, history_entries: int) -> Message | None:
    """Why ``order`` cannot be deleted; None when it was logged by mistake and can be.

    ``history_entries`` counts its activity entries other than its creation.
    """
    if order.status is not Status.NEW:
        return Message(
            "Refusal",
            QT_TRANSLATE_NOOP(
                "Refusal", "Only a new work order logged by mistake can be deleted: this one is “{status}”."
            ),
            {"status": _status(order.status)},
        )
    if order.ever_started:
        return Message(
            "Refusal",
            QT_TRANSLATE_NOOP("Refusal", "It was already started."),
        )
    if history_entries > 0:
        return Message(
            "Refusal",
            QT_TRANSLATE_NOOP(
                "Refusal", "It already has changes, comments or emails in its activity log: cancel it instead."
            ),
        )
    return None


# --- the values a change may take ---------------------------------------------------------------------------


def checked_changes(changes: Mapping[str, object]) -> dict[str, object]:
    """``changes`` with every value checked and normalised, in :data:`EDITABLE_FIELDS` order.

    Refuses, with a :class:`ValidationError` (``ValueRefused`` for a number out of range), an unknown field name,
    a value of the wrong type or outside its field's choices, an empty title, and the PPM type. Normalised: the
    title and the category stripped (an empty category is None), enums as their members, the priority as a
    :class:`Priority`. An impact that is not one of :class:`Impact` is kept as the text it is: the service accepts
    it only when it is the order's own (older free text, unchanged).
    """
    if not isinstance(changes, Mapping):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The changes to the work order cannot be read."))
    for name in changes:
        if not isinstance(name, str) or name not in FIELD_LABELS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{field}” is not a field of a work order that can be changed."),
                field=_short(name),
            )
    return {field: checked_value(field, changes[field]) for field in EDITABLE_FIELDS if field in changes}


def _bad_value(field: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "This value cannot be used for “{field}”."), field=field_label(field)
    )


def checked_value(field: str, value: object) -> object:
    """One value of :func:`checked_changes`, checked and normalised the same way (``field`` must be known)."""
    if field == "title":
        if not isinstance(value, str):
            raise _bad_value(field)
        title = value.strip()
        if not title:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A work order needs a title."))
        return title
    if field == "description":
        if not isinstance(value, str):
            raise _bad_value(field)
        return value
    if field == "category":
        if value is None:
            return None
        if not isinstance(value, str):
            raise _bad_value(field)
        return value.strip() or None
    if field == "priority":
        if isinstance(value, bool) or not isinstance(value, int) or value not in tuple(Priority):
            raise _bad_value(field)
        return Priority(value)
    if field == "impact":
        if value is None:
            return None
        if not isinstance(value, str):
            raise _bad_value(field)
        return Impact(value) if value in tuple(Impact) else value
    if field == "kind":
        if value is None:
            return None
        if not isinstance(value, str) or value not in tuple(Kind):
            raise _bad_value(field)
        return Kind(value)
    if field == "type":
        if not isinstance(value, str) or value not in tuple(WorkOrderType):
            raise _bad_value(field)
        if value == WorkOrderType.PPM:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "PPM work orders are generated from their contract's periods.")
            )
        return WorkOrderType(value)
    if field == "due_date":
        if value is None:
            return None
        if isinstance(value, datetime) or not isinstance(value, date):
            raise _bad_value(field)
        return value
    # contact_id, contract_id, building_id: an id; only the building is required.
    if value is None and field != "building_id":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad_value(field)
    return check_whole_number(value)


def _short(value: object, limit: int = 40) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = [
    "ACTIVITY_FIELDS",
    "EDITABLE_FIELDS",
    "FIELD_LABELS",
    "checked_changes",
    "checked_value",
    "deletion_refusal",
    "editable_fields",
    "field_label",
    "field_refusal",
]

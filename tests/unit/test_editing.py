"""Which fields of a work order can be corrected in which status, and which orders can be deleted."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.editing import (
    EDITABLE_FIELDS,
    FIELD_LABELS,
    checked_changes,
    deletion_refusal,
    editable_fields,
    field_refusal,
)
from desktop.domain.errors import ValidationError, ValueRefused
from desktop.domain.transitions import OrderState
from desktop.domain.workorders import IMPACT_LABELS, KIND_LABELS, Impact, Kind, Priority, Status, WorkOrderType

S = Status
T = WorkOrderType
READ_ONLY = {S.CLOSED, S.CANCELLED, S.REJECTED, S.NOT_DONE}
BEFORE_WORK = {S.NEW, S.NEEDS_CLARIFICATION}


def test_labels() -> None:
    assert [IMPACT_LABELS[impact] for impact in Impact] == [
        "No impact",
        "Minor",
        "Major",
        "Site down",
        "Server issue",
        "Crisis",
    ]
    assert [KIND_LABELS[kind] for kind in Kind] == ["Incident", "Problem", "Request", "Change"]
    assert set(FIELD_LABELS) == set(EDITABLE_FIELDS)


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("order_type", [T.REACTIVE, T.QUOTE, T.AUDIT, T.PURCHASE])
def test_what_can_be_corrected_in_each_status(status: Status, order_type: WorkOrderType) -> None:
    fields = editable_fields(status, order_type)
    assert list(fields) == list(EDITABLE_FIELDS)
    for field, refusal in fields.items():
        if status in READ_ONLY:
            assert refusal is not None and "it can no longer be changed" in refusal.english()
        elif field in ("building_id", "type") and status not in BEFORE_WORK:
            assert refusal is not None
            assert refusal.english() == (
                "The building and the type can be changed only while the work order is “New” or “Needs clarification”."
            )
        else:
            assert refusal is None, (field, status)


@pytest.mark.parametrize("status", sorted(set(Status) - READ_ONLY))
def test_a_ppm_keeps_its_type_building_and_contract(status: Status) -> None:
    fields = editable_fields(status, T.PPM)
    refused = {field for field, refusal in fields.items() if refusal is not None}
    assert refused == {"type", "building_id", "contract_id"}
    refusal = field_refusal("contract_id", status, T.PPM)
    assert refusal is not None and "come from its PPM job" in refusal.english()


def test_the_refusal_names_the_status() -> None:
    refusal = field_refusal("title", S.CANCELLED, T.REACTIVE)
    assert refusal is not None
    assert refusal.english() == "The work order is “Cancelled”: it can no longer be changed."


def test_an_unknown_field_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        field_refusal("status", S.NEW, T.REACTIVE)


@pytest.mark.parametrize(
    ("state", "history", "words"),
    [
        (OrderState(T.REACTIVE, S.NEW), 0, None),
        (OrderState(T.PPM, S.NEW), 0, None),
        (OrderState(T.REACTIVE, S.NEW), 1, "cancel it instead"),
        (OrderState(T.REACTIVE, S.NEW, started=True), 0, "already started"),
        (OrderState(T.REACTIVE, S.NEW, previous_status=S.IN_PROGRESS), 0, "already started"),
        (OrderState(T.REACTIVE, S.NEEDS_CLARIFICATION), 0, "this one is “Needs clarification”"),
        (OrderState(T.REACTIVE, S.IN_PROGRESS, started=True), 0, "this one is “In progress”"),
        (OrderState(T.REACTIVE, S.CANCELLED), 0, "this one is “Cancelled”"),
    ],
)
def test_only_an_order_logged_by_mistake_can_be_deleted(state: OrderState, history: int, words: str | None) -> None:
    refusal = deletion_refusal(state, history)
    if words is None:
        assert refusal is None
    else:
        assert refusal is not None and words in refusal.english()


def test_changes_are_normalised() -> None:
    assert checked_changes(
        {
            "type": "quote",
            "category": "  ",
            "title": "  Leak  ",
            "priority": 2,
            "impact": "site_down",
            "kind": "request",
            "due_date": date(2026, 7, 1),
            "contact_id": None,
            "building_id": 7,
        }
    ) == {
        "title": "Leak",
        "priority": Priority.HIGH,
        "impact": Impact.SITE_DOWN,
        "kind": Kind.REQUEST,
        "category": None,
        "due_date": date(2026, 7, 1),
        "contact_id": None,
        "building_id": 7,
        "type": T.QUOTE,
    }
    # An impact off the scale is kept as text: the service takes it only when it is the order's own.
    assert checked_changes({"impact": "Bâtiment fermé"}) == {"impact": "Bâtiment fermé"}
    assert list(checked_changes({"type": "audit", "title": "x"})) == ["title", "type"]


@pytest.mark.parametrize(
    "changes",
    [
        {"status": "closed"},
        {1: "x"},
        {"title": ""},
        {"title": None},
        {"priority": 0},
        {"priority": True},
        {"priority": "1"},
        {"kind": "question"},
        {"type": "ppm"},
        {"due_date": datetime(2026, 7, 1, 9, 0)},
        {"building_id": None},
        {"contact_id": "3"},
        {"contract_id": 2.0},
    ],
)
def test_bad_changes_are_refused(changes: dict[object, object]) -> None:
    with pytest.raises(ValidationError):
        checked_changes(changes)  # type: ignore[arg-type]


def test_an_id_out_of_range_is_refused() -> None:
    with pytest.raises(ValueRefused):
        checked_changes({"contact_id": 2**31})

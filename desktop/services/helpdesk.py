"""Reading the helpdesk list: pages of work orders, newest first, a keyset query on the number, never OFFSET."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from desktop.db.engine import Database
from desktop.db.models import Building, Client, User, WorkOrder
from desktop.services.workorders import count_orders

__all__ = ["ListRow", "count_orders", "fetch_page", "page_statement"]


class ListRow(NamedTuple):
    number: int
    type: str
    status: str
    priority: int
    title: str
    client: str
    building: str
    assignee: str | None
    created_at: datetime
    due_date: date | None


_assignee = aliased(User)


def page_statement(after_number: int | None, limit: int) -> Select[tuple]:
    statement = (
        select(
            WorkOrder.number,
            WorkOrder.type,
            WorkOrder.status,
            WorkOrder.priority,
            WorkOrder.title,
            Client.name,
            Building.name,
            _assignee.display_name,
            WorkOrder.created_at,
            WorkOrder.due_date,
        )
        .join(Client, Client.id == WorkOrder.client_id)
        .join(Building, Building.id == WorkOrder.building_id)
        .outerjoin(_assignee, _assignee.id == WorkOrder.assignee_id)
        .order_by(WorkOrder.number.desc())
        .limit(limit)
    )
    if after_number is not None:
        statement = statement.where(WorkOrder.number < after_number)
    return statement


def fetch_page(db: Database, after_number: int | None, limit: int) -> list[ListRow]:
    with db.reading() as session:
        return [ListRow(*row) for row in session.execute(page_statement(after_number, limit))]


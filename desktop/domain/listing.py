"""The helpdesk list's filters and sort, as plain data that round-trips through JSON."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.values import check_text, check_whole_number
from desktop.domain.workorders import Impact, Kind, Priority, Status, WorkOrderType

# The longest text the search looks for: the fields it searches (number, title, building) are no longer.
SEARCH_MAX_LENGTH = 200
SEARCH_FIELD = Message("Fields", QT_TRANSLATE_NOOP("Fields", "Search text"))


class SortField(enum.StrEnum):
    NUMBER = "number"
    TYPE = "type"
    STATUS = "status"
    PRIORITY = "priority"
    TITLE = "title"
    CLIENT = "client"
    BUILDING = "building"
    ASSIGNEE = "assignee"
    CREATED = "created"
    DUE = "due"


class AssigneeChoice(enum.StrEnum):
    ANYONE = "anyone"
    ME = "me"
    UNASSIGNED = "unassigned"
    USER = "user"


@dataclass(frozen=True)
class Sort:
    field: SortField = SortField.NUMBER
    descending: bool = True


@dataclass(frozen=True)
class ListFilter:
    """What the agent asked to see. Empty sets mean "any"."""

    statuses: frozenset[Status] = frozenset()
    types: frozenset[WorkOrderType] = frozenset()
    priorities: frozenset[Priority] = frozenset()
    impacts: frozenset[Impact] = frozenset()  # older free-text impacts match none of them
    kinds: frozenset[Kind] = frozenset()
    assignee: AssigneeChoice = AssigneeChoice.ANYONE
    assignee_id: int | None = None
    client_id: int | None = None
    building_id: int | None = None
    created_from: date | None = None
    created_to: date | None = None
    due_from: date | None = None
    due_to: date | None = None
    overdue_only: bool = False
    text: str = ""
    sort: Sort = field(default_factory=Sort)

    def validated(self) -> ListFilter:
        for start, end in ((self.created_from, self.created_to), (self.due_from, self.due_to)):
            if start is not None and end is not None and start > end:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The start of a date range must not be after its end.")
                )
        if self.assignee is AssigneeChoice.USER and self.assignee_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the agent whose work orders to show."))
        for key in (self.assignee_id, self.client_id, self.building_id):
            if key is not None:
                check_whole_number(key)
        text = check_text(self.text.strip(), SEARCH_MAX_LENGTH, multiline=False, field=SEARCH_FIELD)
        return replace(self, text=text)

    @property
    def is_default(self) -> bool:
        return replace(self, sort=Sort()) == ListFilter()

    def to_json(self) -> dict[str, Any]:
        return {
            "statuses": sorted(s.value for s in self.statuses),
            "types": sorted(t.value for t in self.types),
            "priorities": sorted(int(p) for p in self.priorities),
            "impacts": sorted(i.value for i in self.impacts),
            "kinds": sorted(k.value for k in self.kinds),
            "assignee": self.assignee.value,
            "assignee_id": self.assignee_id,
            "client_id": self.client_id,
            "building_id": self.building_id,
            "created_from": _iso(self.created_from),
            "created_to": _iso(self.created_to),
            "due_from": _iso(self.due_from),
            "due_to": _iso(self.due_to),
            "overdue_only": self.overdue_only,
            "text": self.text,
            "sort": {"field": self.sort.field.value, "descending": self.sort.descending},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ListFilter:
        """Read saved filters; anything unknown or damaged falls back to the default for that part (filters saved
        before a part existed, the impacts and kinds say, read as its default)."""
        default = cls()

        def members(key: str, kind: Any) -> frozenset[Any]:
            values = set()
            for raw in data.get(key) or ():
                try:
                    values.add(kind(raw))
                except (ValueError, TypeError):
                    continue
            return frozenset(values)

        def pick(key: str, kind: Any, fallback: Any) -> Any:
            raw = data.get(key)
            if raw is None:
                return fallback
            try:
                return kind(raw)
            except (ValueError, TypeError):
                return fallback

        raw_sort = data.get("sort")
        sort_data: dict[str, Any] = raw_sort if isinstance(raw_sort, dict) else {}
        return cls(
            statuses=members("statuses", Status),
            types=members("types", WorkOrderType),
            priorities=members("priorities", Priority),
            impacts=members("impacts", Impact),
            kinds=members("kinds", Kind),
            assignee=pick("assignee", AssigneeChoice, default.assignee),
            assignee_id=pick("assignee_id", int, None),
            client_id=pick("client_id", int, None),
            building_id=pick("building_id", int, None),
            created_from=pick("created_from", date.fromisoformat, None),
            created_to=pick("created_to", date.fromisoformat, None),
            due_from=pick("due_from", date.fromisoformat, None),
            due_to=pick("due_to", date.fromisoformat, None),
            overdue_only=bool(data.get("overdue_only", False)),
            text=str(data.get("text") or ""),
            sort=Sort(_sort_field(sort_data), bool(sort_data.get("descending", Sort().descending))),
        )


def _sort_field(data: dict[str, Any]) -> SortField:
    try:
        return SortField(data.get("field"))
    except ValueError:
        return Sort().field


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None

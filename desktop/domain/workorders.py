"""Work-order vocabulary: types, statuses, priorities, impacts and kinds."""

from __future__ import annotations

import enum

from desktop.domain.i18n import QT_TRANSLATE_NOOP


class WorkOrderType(enum.StrEnum):
    REACTIVE = "reactive"
    QUOTE = "quote"
    PPM = "ppm"
    AUDIT = "audit"
    PURCHASE = "purchase"


class Status(enum.StrEnum):
    NEW = "new"
    NEEDS_CLARIFICATION = "needs_clarification"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    AWAITING_VERIFICATION = "awaiting_verification"
    COMPLETED = "completed"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    REJECTED = "rejected"
    # PPM orders only: closed by auto-close, still open when its period's financial end had passed long enough.
    NOT_DONE = "not_done"


OPEN_STATUSES = frozenset(
    {Status.NEW, Status.NEEDS_CLARIFICATION, Status.IN_PROGRESS, Status.ON_HOLD, Status.AWAITING_VERIFICATION}
)


class Priority(enum.IntEnum):
    """Lower number, more urgent: sorting ascending puts the urgent first."""

    URGENT = 1
    HIGH = 2
    NORMAL = 3
    LOW = 4


class ActivityKind(enum.StrEnum):
    CREATED = "created"
    STATUS = "status"
    FIELD = "field"
    COMMENT = "comment"
    EMAIL = "email"
    ATTACHMENT = "attachment"
    TIME_ENTRY = "time_entry"


TYPE_LABELS: dict[WorkOrderType, str] = {
    WorkOrderType.REACTIVE: QT_TRANSLATE_NOOP("WorkOrderType", "Reactive"),
    WorkOrderType.QUOTE: QT_TRANSLATE_NOOP("WorkOrderType", "Quote"),
    WorkOrderType.PPM: QT_TRANSLATE_NOOP("WorkOrderType", "PPM"),
    WorkOrderType.AUDIT: QT_TRANSLATE_NOOP("WorkOrderType", "Audit"),
    WorkOrderType.PURCHASE: QT_TRANSLATE_NOOP("WorkOrderType", "Purchase"),
}

STATUS_LABELS: dict[Status, str] = {
    Status.NEW: QT_TRANSLATE_NOOP("Status", "New"),
    Status.NEEDS_CLARIFICATION: QT_TRANSLATE_NOOP("Status", "Needs clarification"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Status", "In progress"),
    Status.ON_HOLD: QT_TRANSLATE_NOOP("Status", "On hold"),
    Status.AWAITING_VERIFICATION: QT_TRANSLATE_NOOP("Status", "Awaiting verification"),
    Status.COMPLETED: QT_TRANSLATE_NOOP("Status", "Completed"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Status", "Closed"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Status", "Cancelled"),
    Status.REJECTED: QT_TRANSLATE_NOOP("Status", "Rejected"),
    Status.NOT_DONE: QT_TRANSLATE_NOOP("Status", "Not done"),
}

PRIORITY_LABELS: dict[Priority, str] = {
    Priority.URGENT: QT_TRANSLATE_NOOP("Priority", "Urgent"),
    Priority.HIGH: QT_TRANSLATE_NOOP("Priority", "High"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("Priority", "Normal"),
    Priority.LOW: QT_TRANSLATE_NOOP("Priority", "Low"),
}


class Impact(enum.StrEnum):
    """How badly the problem hurts the client (Atera's scale).

    ``work_order.impact`` also holds the free text older versions of Bureau wrote: it is kept and shown as it is;
    the services write only these values.
    """

    NO_IMPACT = "no_impact"
    MINOR = "minor"
    MAJOR = "major"
    SITE_DOWN = "site_down"
    SERVER_ISSUE = "server_issue"
    CRISIS = "crisis"


class Kind(enum.StrEnum):
    """What the call is about, in ITIL's words."""

    INCIDENT = "incident"
    PROBLEM = "problem"
    REQUEST = "request"
    CHANGE = "change"


IMPACT_LABELS: dict[Impact, str] = {
    Impact.NO_IMPACT: QT_TRANSLATE_NOOP("Impact", "No impact"),
    Impact.MINOR: QT_TRANSLATE_NOOP("Impact", "Minor"),
    Impact.MAJOR: QT_TRANSLATE_NOOP("Impact", "Major"),
    Impact.SITE_DOWN: QT_TRANSLATE_NOOP("Impact", "Site down"),
    Impact.SERVER_ISSUE: QT_TRANSLATE_NOOP("Impact", "Server issue"),
    Impact.CRISIS: QT_TRANSLATE_NOOP("Impact", "Crisis"),
}

KIND_LABELS: dict[Kind, str] = {
    Kind.INCIDENT: QT_TRANSLATE_NOOP("Kind", "Incident"),
    Kind.PROBLEM: QT_TRANSLATE_NOOP("Kind", "Problem"),
    Kind.REQUEST: QT_TRANSLATE_NOOP("Kind", "Request"),
    Kind.CHANGE: QT_TRANSLATE_NOOP("Kind", "Change"),
}

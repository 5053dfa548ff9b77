"""The schedule history of a job building: each change of a stored period, what moved, from what to what, why.

Pure: :func:`differences` compares a stored period's values with the values a save gives it. Values are kept as
text (ISO dates, ``true``/``false``) so that the history reads the same in every language and on both databases;
the UI formats them for the user.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.ppm.schedule import PeriodValues

CONTEXT = "PpmHistory"


class Reason(enum.StrEnum):
    """Why a stored period changed."""

    EDITED = "edited"  # saved in the period editor
    REPLICATED = "replicated"  # copied from another building of the job
    VISIT_COMPLETED = "visit_completed"  # generation re-planned from the last completed visit
    CERTIFICATE = "certificate"  # re-planned from the last certificate
    CLOSURE = "closure"  # the building's closures changed
    BUILDING_DATES = "building_dates"  # the building's start or end changed
    CONTRACT_DATES = "contract_dates"  # the contract's dates changed
    LOADED = "loaded"  # a data load stored the plan
    JOB_SETTINGS = "job_settings"  # the PPM job's frequency or lead days changed
    LEFT_JOB = "left_job"  # the building left the PPM job on a given day
    JOB_BUILDING = "job_building"  # the building's details in the job changed (dynamic dates, partial periods)


REASON_LABELS: dict[Reason, str] = {
    Reason.EDITED: QT_TRANSLATE_NOOP("PpmHistory", "Saved in the period editor"),
    Reason.REPLICATED: QT_TRANSLATE_NOOP("PpmHistory", "Copied from another building of the job"),
    Reason.VISIT_COMPLETED: QT_TRANSLATE_NOOP("PpmHistory", "Re-planned from the last completed visit"),
    Reason.CERTIFICATE: QT_TRANSLATE_NOOP("PpmHistory", "Re-planned from the last certificate"),
    Reason.CLOSURE: QT_TRANSLATE_NOOP("PpmHistory", "The building's closures changed"),
    Reason.BUILDING_DATES: QT_TRANSLATE_NOOP("PpmHistory", "The building's dates changed"),
    Reason.CONTRACT_DATES: QT_TRANSLATE_NOOP("PpmHistory", "The contract's dates changed"),
    Reason.LOADED: QT_TRANSLATE_NOOP("PpmHistory", "Stored by a data load"),
    Reason.JOB_SETTINGS: QT_TRANSLATE_NOOP("PpmHistory", "The PPM job's settings changed"),
    Reason.LEFT_JOB: QT_TRANSLATE_NOOP("PpmHistory", "The building left the PPM job"),
    Reason.JOB_BUILDING: QT_TRANSLATE_NOOP("PpmHistory", "The building's PPM details changed"),
}


class What(enum.StrEnum):
    """What changed in a period."""

    ADDED = "added"
    REMOVED = "removed"
    FINANCIAL_END = "financial_end"
    VISIT = "visit"
    INVOICED = "invoiced"
    CLOSED = "closed"
    CERTIFICATE = "certificate_required"
    PARTIAL = "partial"
    VALID = "valid"
    GENERATION_DATE = "auto_generation_date"
    ORDER_CANCELLED = "order_cancelled"


WHAT_LABELS: dict[What, str] = {
    What.ADDED: QT_TRANSLATE_NOOP("PpmHistory", "Period added"),
    What.REMOVED: QT_TRANSLATE_NOOP("PpmHistory", "Period removed"),
    What.FINANCIAL_END: QT_TRANSLATE_NOOP("PpmHistory", "Financial end"),
    What.VISIT: QT_TRANSLATE_NOOP("PpmHistory", "Visit"),
    What.INVOICED: QT_TRANSLATE_NOOP("PpmHistory", "Invoiced"),
    What.CLOSED: QT_TRANSLATE_NOOP("PpmHistory", "Closed"),
    What.CERTIFICATE: QT_TRANSLATE_NOOP("PpmHistory", "Certificate required"),
    What.PARTIAL: QT_TRANSLATE_NOOP("PpmHistory", "Partial"),
    What.VALID: QT_TRANSLATE_NOOP("PpmHistory", "Status"),
    What.GENERATION_DATE: QT_TRANSLATE_NOOP("PpmHistory", "Generation date"),
    What.ORDER_CANCELLED: QT_TRANSLATE_NOOP("PpmHistory", "Work order cancelled"),
}

# The period values compared one by one (the visit window is compared as one value).
_COMPARED = (
    ("financial_end", What.FINANCIAL_END),
    ("invoiced", What.INVOICED),
    ("closed", What.CLOSED),
    ("certificate_required", What.CERTIFICATE),
    ("partial", What.PARTIAL),
    ("valid", What.VALID),
    ("auto_generation_date", What.GENERATION_DATE),
)


@dataclass(frozen=True)
class Difference:
    financial_start: date
    what: What
    old: str | None
    new: str | None


def as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def visit_text(start: date | None, end: date | None) -> str | None:
    if start is None or end is None:
        return None
    return f"{start.isoformat()} – {end.isoformat()}"


def differences(financial_start: date, old: PeriodValues | None, new: PeriodValues | None) -> list[Difference]:
    """What changes when a period's stored values become ``new``; None: the period is not stored (``old``) or
    goes away (``new``)."""
    if old is None and new is None:
        return []
    if old is None:
        return [Difference(financial_start, What.ADDED, None, _summary(new))]
    if new is None:
        return [Difference(financial_start, What.REMOVED, _summary(old), None)]
    found = []
    old_visit = visit_text(old.visit_start, old.visit_end)
    new_visit = visit_text(new.visit_start, new.visit_end)
    if old_visit != new_visit:
        found.append(Difference(financial_start, What.VISIT, old_visit, new_visit))
    for name, what in _COMPARED:
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            found.append(Difference(financial_start, what, as_text(before), as_text(after)))
    return found


def _summary(values: PeriodValues | None) -> str | None:
    """A period in one line: its end and its visit, if any."""
    if values is None:
        return None
    visit = visit_text(values.visit_start, values.visit_end)
    end = as_text(values.financial_end)
    return f"→ {end}" if visit is None else f"→ {end}: {visit}"


_PERIOD = re.compile(r"^→ (\d{4}-\d{2}-\d{2})(?:: (\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2}))?$")
_VISIT = re.compile(r"^(\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})$")


def read_period(text: str) -> tuple[date, tuple[date, date] | None] | None:
    """A period added or removed, as :func:`differences` writes it: its end and its visit (None: no visit);
    None when ``text`` is not one."""
    found = _PERIOD.match(text)
    if found is None:
        return None
    end, start, visit_end = found.groups()
    visit = (date.fromisoformat(start), date.fromisoformat(visit_end)) if start is not None else None
    return date.fromisoformat(end), visit


def read_visit(text: str) -> tuple[date, date] | None:
    """A visit window as :func:`visit_text` writes it; None when ``text`` is not one."""
    found = _VISIT.match(text)
    if found is None:
        return None
    return date.fromisoformat(found.group(1)), date.fromisoformat(found.group(2))

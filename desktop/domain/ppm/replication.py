"""Copying one building's PPM settings to other buildings of the same job: what changes and what is refused."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from desktop.domain.i18n import Message
from desktop.domain.ppm.schedule import (
    ALWAYS_EDITABLE,
    CONTEXT,
    GENERATED_LOCK,
    ManualVisit,
    ReplicatedField,
    Schedule,
    ScheduleSettings,
)


@dataclass(frozen=True)
class FieldChange:
    field: ReplicatedField
    old: object
    new: object


@dataclass(frozen=True)
class FieldRefusal:
    field: ReplicatedField
    reason: Message


@dataclass(frozen=True)
class ReplicationPreview:
    """What copying the source's settings does to one target building."""

    job_building_id: int
    version: int
    building_name: str
    changes: tuple[FieldChange, ...]  # fields that change (refused ones left out)
    refused: tuple[FieldRefusal, ...]  # fields that differ but may no longer change
    manual_visits_reset: bool  # the target's hand-set visit windows are dropped
    site_value_before: Decimal
    site_value_after: Decimal
    cancelled_orders: tuple[int, ...]  # orders saving would cancel automatically
    periods_before: int
    periods_after: int
    fingerprint: str = ""  # of the periods saving writes (desktop.domain.ppm.changes.fingerprint)

    @property
    def changes_anything(self) -> bool:
        return bool(self.changes)


def _source_values(source: Schedule) -> dict[ReplicatedField, object]:
    return {
        ReplicatedField.VISIT_FREQUENCY: source.settings.visit_frequency,
        ReplicatedField.INVOICE_FREQUENCY: source.settings.invoice_frequency,
        ReplicatedField.INVOICE_AMOUNT: source.settings.invoice_amount,
        ReplicatedField.PARTIAL_PERIODS: source.settings.partial_periods,
    }


def replicated_settings(
    source: Schedule, target: Schedule, what: Iterable[ReplicatedField]
) -> tuple[ScheduleSettings, tuple[ManualVisit, ...], list[FieldChange], list[FieldRefusal], bool]:
    values = _source_values(source)
    settings = target.settings
    changes: list[FieldChange] = []
    refused: list[FieldRefusal] = []
    for name in sorted(set(what), key=list(ReplicatedField).index):
        old = getattr(settings, name.value)
        new = values[name]
        if old == new:
            continue
        if target.generated and name not in ALWAYS_EDITABLE:
            refused.append(FieldRefusal(name, Message(CONTEXT, GENERATED_LOCK)))
            continue
        changes.append(FieldChange(name, old, new))
        settings = replace(settings, **{name.value: new})
    reset = bool(target.manual_visits) and any(change.field is not ReplicatedField.INVOICE_AMOUNT for change in changes)
    manual = () if reset else target.manual_visits
    return settings, manual, changes, refused, reset

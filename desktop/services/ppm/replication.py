"""Replicating one building's PPM settings to other buildings of the same job (the building replication
screen)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.engine import Database
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.permissions import Permission
from desktop.domain.ppm.changes import fingerprint
from desktop.domain.ppm.history import Reason
from desktop.domain.ppm.merge import preview
from desktop.domain.ppm.replication import FieldRefusal, ReplicationPreview, replicated_settings
from desktop.domain.ppm.schedule import OrderChange, ReplicatedField, Schedule, ScheduleChange
from desktop.services.actor import Actor
from desktop.services.ppm.loading import not_in_job, read_schedules
from desktop.services.ppm.saving import SaveResult, save_changes
from desktop.services.ppm.storage import concurrent_change, lock_job_buildings, refuse_archived_contracts


def _replication_targets(
    session: Session, source_id: int, target_ids: Sequence[int], today: date, lock: bool = False
) -> tuple[Schedule, list[Schedule]]:
    targets = [target for target in dict.fromkeys(target_ids) if target != source_id]
    schedules = read_schedules(session, [source_id, *targets], today, lock=lock)
    source = schedules.get(source_id)
    if source is None:
        raise not_in_job()
    result = []
    for target_id in targets:
        target = schedules.get(target_id)
        if target is None:
            raise not_in_job()
        if target.job_id != source.job_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{building} is not a building of the same PPM job."),
                building=target.building_name,
            )
        result.append(target)
    return source, result


def preview_replication(
    db: Database,
    source_job_building_id: int,
    target_ids: Sequence[int],
    what: Iterable[ReplicatedField] = tuple(ReplicatedField),
    today: date | None = None,
) -> list[ReplicationPreview]:
    """For each target building of the same job: what copying the source's settings would change."""
    today = today or date.today()
    with db.reading() as session:
        source, targets = _replication_targets(session, source_job_building_id, target_ids, today)
    result = []
    fields = tuple(what)
    for target in targets:
        settings, manual, changes, refused, reset = replicated_settings(source, target, fields)
        after = preview(target, settings, manual)
        before = target.current
        result.append(
            ReplicationPreview(
                job_building_id=target.job_building_id,
                version=target.version,
                building_name=target.building_name,
                changes=tuple(changes),
                refused=tuple(refused),
                manual_visits_reset=reset,
                site_value_before=before.site_value,
                site_value_after=after.site_value,
                cancelled_orders=tuple(
                    period.order.number
                    for period in after.periods
                    if period.order is not None and period.order_change is OrderChange.CANCEL
                ),
                periods_before=len(before.periods),
                periods_after=len(after.periods),
                fingerprint=fingerprint(after),
            )
        )
    return result


@dataclass(frozen=True)
class ReplicationResult:
    job_building_id: int
    building_name: str
    changed: tuple[ReplicatedField, ...]
    refused: tuple[FieldRefusal, ...]
    saved: SaveResult | None  # None: nothing to change


def replicate(
    db: Database,
    actor: Actor,
    source_id: int,
    target_ids: Sequence[int],
    what: Iterable[ReplicatedField],
    expected_versions: dict[int, int] | None = None,
    expected_fingerprints: dict[int, str] | None = None,
    today: date | None = None,
) -> list[ReplicationResult]:
    """Copy the source's visits, invoices, amount and partial flag (those in ``what``) to other buildings of the
    same job, re-planning each, in one transaction. Fields a generated target may no longer change are left as
    they are and reported. ``expected_versions`` and ``expected_fingerprints`` (from the previews)
    refuse targets changed since, or whose re-plan is no longer the one previewed. Needs
    ``edit_contract``."""
    actor.require(Permission.EDIT_CONTRACT)
    today = today or date.today()
    fields = tuple(what)
    try:
        with db.transaction() as session:
            targets_in_order = [target for target in dict.fromkeys(target_ids) if target != source_id]
            versions = expected_versions or {}
            refuse_archived_contracts(session, [source_id, *targets_in_order])
            lock_job_buildings(session, {target: versions.get(target) for target in targets_in_order})
            source, targets = _replication_targets(session, source_id, targets_in_order, today)
            plans = []
            results: dict[int, ReplicationResult] = {}
            for target in targets:
                settings, manual, changes, refused, _reset = replicated_settings(source, target, fields)
                results[target.job_building_id] = ReplicationResult(
                    target.job_building_id, target.building_name, tuple(c.field for c in changes), tuple(refused), None
                )
                if changes:
                    expected = (expected_fingerprints or {}).get(target.job_building_id)
                    plans.append(ScheduleChange(target.job_building_id, target.version, settings, manual, expected))
            written = save_changes(session, actor, plans, today, Reason.REPLICATED) if plans else []
            saved = {result.job_building_id: result for result in written}
            return [
                replace(results[target.job_building_id], saved=saved.get(target.job_building_id)) for target in targets
            ]
    except StaleDataError:
        with db.reading() as session:
            raise concurrent_change(session, source_id) from None

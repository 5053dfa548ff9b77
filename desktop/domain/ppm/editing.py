"""What the period editor lets an agent change, and the refusal of edits the rules do not allow."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from desktop.domain.errors import ValidationError, ValueRefused
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.money import MONEY_MAX, to_money
from desktop.domain.ppm.frequency import Frequency
from desktop.domain.ppm.schedule import (
    CONTEXT,
    GENERATED_LOCK,
    Editability,
    ManualVisit,
    Schedule,
    ScheduleSettings,
    dynamic_dates,
    dynamic_dates_supported,
    last_visit_completed,
    next_visit_follows_last,
    plan_input,
    plan_or_refuse,
    shown_next_visit,
)


def editability(schedule: Schedule, settings: ScheduleSettings) -> Editability:
    generated = schedule.generated
    dynamic = dynamic_dates(schedule, settings)
    anchor = last_visit_completed(schedule)
    reason = next_visit_reason(schedule, settings)
    locked = Message(CONTEXT, GENERATED_LOCK) if generated else None
    windows_reason = locked
    if windows_reason is None and dynamic:
        windows_reason = Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "PpmSchedule", "Dynamic date updates set the visit dates: they cannot be entered by hand."
            ),
        )
    return Editability(
        frequencies=not generated,
        partial_periods=not generated,
        visit_windows=not generated and not dynamic,
        next_visit_required_by=not generated and not (dynamic and anchor is not None),
        invoice_amount=True,
        instructions=True,
        locked_reason=locked,
        visit_windows_reason=windows_reason,
        next_visit_reason=reason,
    )


def next_visit_reason(schedule: Schedule, settings: ScheduleSettings) -> Message:
    """The "?" of Next visit required by: why it is worked out, entered or locked."""
    anchor = last_visit_completed(schedule)
    if dynamic_dates(schedule, settings) and anchor is not None:
        if schedule.certificate_based:
            worked_out = QT_TRANSLATE_NOOP(
                "PpmSchedule",
                "Worked out from the last certificate ({date}) plus one visit interval: dynamic date updates set it.",
            )
        else:
            worked_out = QT_TRANSLATE_NOOP(
                "PpmSchedule",
                "Worked out from the last completed visit ({date}) plus one visit interval: dynamic date updates "
                "set it.",
            )
        dynamic_reason = Message(CONTEXT, worked_out, {"date": anchor})
        if not schedule.generated:
            return dynamic_reason
        return Message(CONTEXT, _LOCKED_NEXT_VISIT, {"reason": dynamic_reason})
    if schedule.generated:
        # Why dynamic dates do not set it, without asking for a date that can no longer be entered.
        if not dynamic_dates_supported(schedule, settings):
            why = QT_TRANSLATE_NOOP("PpmSchedule", "Dynamic date updates are not supported for this frequency.")
        elif schedule.exclude_dynamic_dates:
            why = QT_TRANSLATE_NOOP("PpmSchedule", "This building is excluded from dynamic date updates.")
        else:
            why = QT_TRANSLATE_NOOP(
                "PpmSchedule",
                "No visit or certificate is completed yet; once one is, dynamic date updates work the date out.",
            )
        return Message(CONTEXT, _LOCKED_NEXT_VISIT, {"reason": Message(CONTEXT, why)})
    if not dynamic_dates_supported(schedule, settings):
        text = QT_TRANSLATE_NOOP(
            "PpmSchedule",
            "Dynamic date updates are not supported for this frequency: enter the date the next visit is "
            "required by, if there is one.",
        )
    elif schedule.exclude_dynamic_dates:
        text = QT_TRANSLATE_NOOP(
            "PpmSchedule",
            "This building is excluded from dynamic date updates: enter the date the next visit is required "
            "by, if there is one.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "PpmSchedule",
            "No visit or certificate yet: enter the date the next visit is required by, if there is one. Once "
            "a visit is completed, dynamic date updates work it out.",
        )
    return Message(CONTEXT, text)


_LOCKED_NEXT_VISIT = QT_TRANSLATE_NOOP(
    "PpmSchedule",
    "PPM work orders have been generated for this building, so this date can no longer be changed here. {reason}",
)


def check_changes(schedule: Schedule, settings: ScheduleSettings, manual_visits: Sequence[ManualVisit] = ()) -> None:
    """Refuse edits the rules do not allow, with a translated message; nothing is written."""
    amount = settings.invoice_amount
    if isinstance(amount, Decimal) and amount.is_finite():
        if amount < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The invoice amount cannot be negative."))
        if amount > MONEY_MAX:
            raise ValueRefused(QT_TRANSLATE_NOOP("Errors", "This invoice amount is too large."))
    to_money(amount)  # not a number, or not storable: refused
    for frequency in (settings.visit_frequency, settings.invoice_frequency):
        if not isinstance(frequency, Frequency):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown frequency: {value}"), value=str(frequency))
    stored = schedule.settings
    entered = settings.next_visit_required_by
    kept = {stored.next_visit_required_by}  # stored already, or worked out from the last visit
    if next_visit_follows_last(schedule, settings):
        kept.add(shown_next_visit(schedule, settings))
    if entered is not None and entered not in kept and not schedule.contract_start <= entered <= schedule.contract_end:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The next visit required by ({date}) must fall within the contract, {start} to {end}."
            ),
            date=entered,
            start=schedule.contract_start,
            end=schedule.contract_end,
        )
    if next_visit_follows_last(schedule, settings):
        if settings.next_visit_required_by not in (stored.next_visit_required_by, shown_next_visit(schedule, settings)):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The next visit date follows the last visit (dynamic date updates): it cannot be entered.",
                )
            )
    manual = tuple(sorted(manual_visits))
    if schedule.generated:
        changed = (
            settings.visit_frequency != stored.visit_frequency
            or settings.invoice_frequency != stored.invoice_frequency
            or settings.partial_periods != stored.partial_periods
            or (
                settings.next_visit_required_by != stored.next_visit_required_by
                and settings.next_visit_required_by != shown_next_visit(schedule, stored)
            )
            or manual != schedule.manual_visits
        )
        if changed:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "PPM work orders have been generated for this building: only the invoice amount and the "
                    "instructions can still change.",
                )
            )
        return
    new = sorted(set(manual) - set(schedule.manual_visits))
    if not new:
        return
    if dynamic_dates(schedule, settings):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Dynamic date updates set the visit dates of this building: they cannot be entered by hand."
            )
        )
    starts = [visit[0] for visit in manual]
    for financial_start in starts:
        if starts.count(financial_start) > 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Two visit windows are given for the period starting {date}."),
                date=financial_start,
            )
    periods = {plan.financial_start: plan for plan in plan_or_refuse(plan_input(schedule, settings, ()))}
    for financial_start, visit_start, visit_end in new:
        plan = periods.get(financial_start)
        if plan is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "There is no period starting on {date}."), date=financial_start
            )
        if plan.visit_start is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The period starting on {date} has no visit: there are no visit dates to set."
                ),
                date=financial_start,
            )
        if visit_end < visit_start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A visit cannot end ({end}) before it starts ({start})."),
                start=visit_start,
                end=visit_end,
            )
        if visit_start < plan.financial_start or visit_end > plan.financial_end:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The visit from {start} to {end} must lie inside its period, {first} to {last}."
                ),
                start=visit_start,
                end=visit_end,
                first=plan.financial_start,
                last=plan.financial_end,
            )

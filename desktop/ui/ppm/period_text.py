"""A period's values as the period editor writes them in the UI language: for the marked cells' tooltips and the
*What changes* view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.ppm.changes import FIELD_LABELS, Field
from desktop.domain.ppm.schedule import OrderChange, SchedulePeriod
from desktop.ui.i18n import formatter, translate_message


def field_label(field: Field) -> str:
    return QCoreApplication.translate("PpmChanges", FIELD_LABELS[field])


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("PeriodText", "Yes") if value else QCoreApplication.translate("PeriodText", "No")


def visit_text(period: SchedulePeriod) -> str:
    if period.visit_start is None or period.visit_end is None:
        return QCoreApplication.translate("PeriodText", "No visit")
    fmt = formatter()
    return QCoreApplication.translate("PeriodText", "{start} to {end}").format(
        start=fmt.date(period.visit_start), end=fmt.date(period.visit_end)
    )


def bounds_text(period: SchedulePeriod) -> str:
    fmt = formatter()
    return QCoreApplication.translate("PeriodText", "{start} to {end}").format(
        start=fmt.date(period.financial_start), end=fmt.date(period.financial_end)
    )


def status_text(valid: bool) -> str:
    return (
        QCoreApplication.translate("PeriodText", "Valid")
        if valid
        else QCoreApplication.translate("PeriodText", "Invalid")
    )


def order_text(period: SchedulePeriod) -> str:
    """What happens to the period's work order: nothing, or cancelled when saved."""
    if period.order is None:
        return QCoreApplication.translate("PeriodText", "None")
    if period.order_change is OrderChange.CANCEL:
        return QCoreApplication.translate("PeriodText", "Work order {number}, cancelled when saved").format(
            number=period.order.number
        )
    return QCoreApplication.translate("PeriodText", "Work order {number}").format(number=period.order.number)


def field_value(period: SchedulePeriod, field: Field) -> str:
    """One value of a period, as the table shows it."""
    if field is Field.FINANCIAL_END:
        return formatter().date(period.financial_end)
    if field is Field.VISIT:
        return visit_text(period)
    if field is Field.INVOICED:
        return yes_no(period.invoiced)
    if field is Field.CLOSED:
        return yes_no(period.closed)
    if field is Field.CERTIFICATE:
        return yes_no(period.certificate_required)
    if field is Field.PARTIAL:
        return yes_no(period.partial)
    if field is Field.VALID:
        return status_text(period.valid)
    if field is Field.OVERALL:
        return translate_message(period.overall_label)
    if field is Field.GENERATION_DATE:
        return formatter().date(period.auto_generation_date) or QCoreApplication.translate("PeriodText", "None")
    return order_text(period)


def period_line(period: SchedulePeriod) -> str:
    """A period in one line, for one that is added or removed."""
    visit = visit_text(period)
    if period.visit_start is not None:
        visit = QCoreApplication.translate("PeriodText", "visit {dates}").format(dates=visit)
    parts = [
        visit,
        QCoreApplication.translate("PeriodText", "invoiced")
        if period.invoiced
        else QCoreApplication.translate("PeriodText", "not invoiced"),
        status_text(period.valid),
        translate_message(period.overall_label),
    ]
    return QCoreApplication.translate("PeriodText", "; ").join(parts)

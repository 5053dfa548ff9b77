"""The activity log as a readable timeline: one paragraph per entry, newest first, comments quoted."""

from __future__ import annotations

import html
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from desktop.domain import editing
from desktop.domain.workorders import ActivityKind, Kind, Priority, Status, WorkOrderType
from desktop.formatting import Formatter
from desktop.services.workorder_detail import ActivityView
from desktop.ui.i18n import translate_message
from desktop.ui.labels import impact_label, kind_label, priority_label, status_label, type_label


def field_label(field: str) -> str:
    labels = {
        "status": QCoreApplication.translate("Timeline", "Status"),
        "started_at": QCoreApplication.translate("Timeline", "Started"),
        "completed_at": QCoreApplication.translate("Timeline", "Completed"),
        "balance": QCoreApplication.translate("Timeline", "Balance"),
        "assignee": QCoreApplication.translate("Timeline", "Assignee"),
        "fixed_cost": QCoreApplication.translate("Timeline", "Fixed cost"),
        "client_reference": QCoreApplication.translate("Timeline", "Client reference"),
        "notifications": QCoreApplication.translate("Timeline", "Notified contacts"),
    }
    if field in labels:
        return labels[field]
    corrected = CORRECTED_FIELDS.get(field)
    return translate_message(editing.field_label(corrected)) if corrected is not None else field


# The ``field`` of a correction's activity entry (``editing.ACTIVITY_FIELDS``) -> the field's name in the form.
CORRECTED_FIELDS = {logged: name for name, logged in editing.ACTIVITY_FIELDS.items()}


def _choice(field: str, value: str, fmt: Formatter) -> str | None:
    """A corrected field's value as the form shows it: names of priorities, impacts, kinds and types, dates in the
    agent's format; None for the fields shown as they were logged (text, names of contacts, contracts...)."""
    try:
        if field == "priority":
            return priority_label(Priority[value.upper()])
        if field == "impact":
            return impact_label(value)  # older free text as it is
        if field == "kind":
            return kind_label(Kind(value))
        if field == "type":
            return type_label(WorkOrderType(value))
        if field == "due_date":
            return fmt.date(date.fromisoformat(value), "medium")
    except (KeyError, ValueError):
        return value
    return None


def _value(field: str | None, value: str | None, fmt: Formatter, currency: str) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("Timeline", "none")
    if field == "status":
        try:
            return status_label(Status(value))
        except ValueError:
            return value
    if field in ("started_at", "completed_at"):
        try:
            return fmt.datetime(datetime.fromisoformat(value), "medium")
        except ValueError:
            return value
    if field in ("balance", "fixed_cost"):
        try:
            return fmt.money(Decimal(value), currency)
        except InvalidOperation:
            return value
    if field is not None:
        shown = _choice(field, value, fmt)
        if shown is not None:
            return shown
    return value


def headline(entry: ActivityView, fmt: Formatter, currency: str) -> str:
    """What happened, in one plain sentence."""
    if entry.kind is ActivityKind.CREATED:
        return QCoreApplication.translate("Timeline", "Created the work order.")
    if entry.kind is ActivityKind.STATUS:
        return QCoreApplication.translate("Timeline", "Status: {old} → {new}").format(
            old=_value("status", entry.old_value, fmt, currency), new=_value("status", entry.new_value, fmt, currency)
        )
    if entry.kind is ActivityKind.COMMENT:
        return QCoreApplication.translate("Timeline", "Comment")
    if entry.kind is ActivityKind.EMAIL:
        return QCoreApplication.translate("Timeline", "Email queued for {addresses}").format(
            addresses=entry.new_value or ""
        )
    if entry.kind is ActivityKind.ATTACHMENT:
        return attachment_headline(entry)
    if entry.kind is ActivityKind.TIME_ENTRY:
        return time_entry_headline(entry)
    if entry.kind is ActivityKind.FIELD and entry.field == "description":
        return QCoreApplication.translate("Timeline", "Description changed.")
    if entry.kind is ActivityKind.FIELD and entry.field is not None:
        if entry.old_value is None:
            return QCoreApplication.translate("Timeline", "{field} set to {new}").format(
                field=field_label(entry.field), new=_value(entry.field, entry.new_value, fmt, currency)
            )
        return QCoreApplication.translate("Timeline", "{field}: {old} → {new}").format(
            field=field_label(entry.field),
            old=_value(entry.field, entry.old_value, fmt, currency),
            new=_value(entry.field, entry.new_value, fmt, currency),
        )
    return entry.kind.value


def attachment_headline(entry: ActivityView) -> str:
    """An attachment's entry (``desktop.services.attachments``): attached, copied by Log similar, removed, or the
    customer's signature."""
    if entry.field == "removed":
        return QCoreApplication.translate("Timeline", "Removed the attachment {name}").format(
            name=entry.old_value or ""
        )
    if entry.field == "signed":
        return QCoreApplication.translate("Timeline", "Customer signature by {signer} ({name})").format(
            signer=entry.new_value or "", name=entry.old_value or ""
        )
    if entry.field == "copied":
        return QCoreApplication.translate("Timeline", "Attached {name} (from work order {number})").format(
            name=entry.new_value or "", number=entry.old_value or ""
        )
    return QCoreApplication.translate("Timeline", "Attached {name}").format(name=entry.new_value or "")


def time_entry_headline(entry: ActivityView) -> str:
    """A time entry's entry: its ``field`` says what happened (``time_added``, ``time_changed``, ``time_deleted``),
    its text what the entry is."""
    if entry.field == "time_changed":
        return QCoreApplication.translate("Timeline", "Time entry changed")
    if entry.field == "time_deleted":
        return QCoreApplication.translate("Timeline", "Time entry deleted")
    return QCoreApplication.translate("Timeline", "Time entry added")


def timeline_html(entries: tuple[ActivityView, ...], fmt: Formatter, currency: str) -> str:
    """The entries newest first; the text of each entry (comment, notes, explanation) quoted below it."""
    if not entries:
        empty = QCoreApplication.translate("Timeline", "Nothing has happened yet.")
        return f"<p><i>{html.escape(empty)}</i></p>"
    parts = []
    for entry in reversed(entries):
        who = entry.user if entry.user is not None else QCoreApplication.translate("Timeline", "Automatic")
        when = fmt.datetime(entry.created_at, "medium")
        line = html.escape(headline(entry, fmt, currency))
        block = (
            f'<p style="margin-bottom:2px"><span style="color:#5f6b7a">{html.escape(when)} · '
            f"{html.escape(who)}</span><br/><b>{line}</b></p>"
        )
        if entry.text:
            quoted = html.escape(entry.text).replace("\n", "<br/>")
            block += (
                '<table width="100%" cellpadding="6" style="margin-left:12px;margin-bottom:8px;'
                f'background-color:#f2f4f7"><tr><td>{quoted}</td></tr></table>'
            )
        else:
            block += '<p style="margin-bottom:8px"></p>'
        parts.append(block)
    return "".join(parts)

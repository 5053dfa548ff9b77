"""The names refusals give the columns an agent types into ("Title is too long...")."""

from __future__ import annotations

from sqlalchemy import MetaData

from desktop.db.types import Labelled
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message


def _field(text: str) -> Message:
    return Message("Fields", text)


LABELS: dict[str, Message] = {
    "app_user.login": _field(QT_TRANSLATE_NOOP("Fields", "Login")),
    "app_user.display_name": _field(QT_TRANSLATE_NOOP("Fields", "Name")),
    "app_user.email": _field(QT_TRANSLATE_NOOP("Fields", "Email")),
    "app_user.language": _field(QT_TRANSLATE_NOOP("Fields", "Language")),
    "client.name": _field(QT_TRANSLATE_NOOP("Fields", "Client name")),
    "client.reference": _field(QT_TRANSLATE_NOOP("Fields", "Client reference")),
    "role.name": _field(QT_TRANSLATE_NOOP("Fields", "Role name")),
    "building.name": _field(QT_TRANSLATE_NOOP("Fields", "Building name")),
    "building.address_line": _field(QT_TRANSLATE_NOOP("Fields", "Address")),
    "building.postcode": _field(QT_TRANSLATE_NOOP("Fields", "Postcode")),
    "building.city": _field(QT_TRANSLATE_NOOP("Fields", "City")),
    "building.country": _field(QT_TRANSLATE_NOOP("Fields", "Country")),
    "building.access_notes": _field(QT_TRANSLATE_NOOP("Fields", "Access notes")),
    "contact.name": _field(QT_TRANSLATE_NOOP("Fields", "Contact name")),
    "contact.email": _field(QT_TRANSLATE_NOOP("Fields", "Email")),
    "contact.phone": _field(QT_TRANSLATE_NOOP("Fields", "Phone")),
    "contract.reference": _field(QT_TRANSLATE_NOOP("Fields", "Contract reference")),
    "contract.currency": _field(QT_TRANSLATE_NOOP("Fields", "Currency")),
    "saved_filter.name": _field(QT_TRANSLATE_NOOP("Fields", "View name")),
    "building_closure.reason": _field(QT_TRANSLATE_NOOP("Fields", "Reason")),
    "ppm_job.description": _field(QT_TRANSLATE_NOOP("Fields", "Job description")),
    "job_building.instructions": _field(QT_TRANSLATE_NOOP("Fields", "Instructions")),
    "work_order.impact": _field(QT_TRANSLATE_NOOP("Fields", "Impact")),
    "work_order.category": _field(QT_TRANSLATE_NOOP("Fields", "Category")),
    "work_order.title": _field(QT_TRANSLATE_NOOP("Fields", "Title")),
    "work_order.description": _field(QT_TRANSLATE_NOOP("Fields", "Description")),
    "work_order.client_reference": _field(QT_TRANSLATE_NOOP("Fields", "Client's reference")),
    "activity_entry.text": _field(QT_TRANSLATE_NOOP("Fields", "Comment")),
    "email_outbox.to_address": _field(QT_TRANSLATE_NOOP("Fields", "Email")),
}


def label_columns(metadata: MetaData) -> None:
    """Give each checked text column its name for refusals; the others say "A value"."""
    for table in metadata.tables.values():
        for column in table.columns:
            label = LABELS.get(f"{table.name}.{column.name}")
            if label is not None and isinstance(column.type, Labelled):
                column.type.field = label

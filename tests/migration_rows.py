"""Rows for a database at each schema revision, written as plain SQL values for that revision's schema.

tests/service/test_upgrade_keeps_rows.py builds a database at every revision, fills every table with these rows
and checks that upgrading it to the head keeps them all. A revision's rows are the previous revision's rows plus
its ``Changes``: the rows of the tables it adds (or more rows of older ones) and the values of the columns it adds
to older tables. A new revision needs an entry in ``CHANGES``, even an empty ``Changes()``.

Values are what a Bureau at that revision would have written, in a form both SQLite and PostgreSQL accept as
plain SQL parameters: text for dates, timestamps (UTC), amounts and JSON; True/False for booleans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

Row = dict[str, object]
Rows = dict[str, list[Row]]


@dataclass(frozen=True)
class Changes:
    """What a revision adds to the rows of the revision before it."""

    # Rows to insert, by table: the tables the revision creates, or more rows for older tables.
    rows: Rows = field(default_factory=dict)
    # Values of the columns the revision adds to an older table: one dict per row already there, in order.
    columns: dict[str, list[Row]] = field(default_factory=dict)


def _rows(columns: str, *values: tuple[object, ...]) -> list[Row]:
    names = columns.split()
    assert all(len(row) == len(names) for row in values), columns
    return [dict(zip(names, row, strict=True)) for row in values]


T = True
F = False

# fmt: off
# One line a row, as in a table.
INITIAL: Rows = {
    "app_user": _rows(
        "id login display_name email language password_hash active version",
        (1, "admin", "Administrateur", None, "fr", None, T, 1),
        (2, "jdupont", "Jérôme Dupont", "jerome.dupont@example.fr", "fr", "$argon2id$v=19$m=65536,t=3,p=4$c2Fs$aGFz",
         T, 3),
        (3, "kmueller", "Käthe Müller", "k.mueller@example.de", "de", None, F, 2),
    ),
    "client": _rows(
        "id name reference version",
        (1, "Société Générale d’Entretien", "SGE", 1),
        (2, "Borough Council", "BORO", 4),
        (3, "Gemeente Utrecht", "GUTR", 1),
    ),
    "role": _rows(
        "id name version",
        (1, "Administrator", 1),
        (2, "Helpdesk agent", 2),
        (3, "Planificateur PPM", 1),
    ),
    "building": _rows(
        "id client_id name address_line postcode city country start_date end_date version",
        (1, 1, "Tour Montparnasse – niveau 3", "33 avenue du Maine", "75015", "Paris", "FR", "2024-01-01", None, 1),
        (2, 1, "Entrepôt Lyon", "12 rue de l’Industrie", "69007", "Lyon", "FR", "2024-03-15", "2027-03-14", 2),
        (3, 2, "Town Hall", "1 High Street", "SW1A 1AA", "London", "GB", "2023-04-01", None, 1),
        (4, 3, "Stadskantoor", "Stadsplateau 1", "3521 AZ", "Utrecht", "NL", "2025-01-01", None, 1),
    ),
    "contact": _rows(
        "id client_id name email phone receives_ppm_emails version",
        (1, 1, "Élodie Lefèvre", "elodie@sge.example", "+33 1 23 45 67 89", T, 1),
        (2, 2, "Sam O’Brien", None, "020 7946 0000", F, 1),
        (3, 3, "Joost van der Meer", "joost@utrecht.example", None, T, 2),
    ),
    "contract": _rows(
        "id client_id reference start_date end_date fy_start_month fy_start_day currency version",
        (1, 1, "SGE-2024-01", "2024-01-01", "2027-12-31", 1, 1, "EUR", 1),
        (2, 2, "BORO/FM/2023", "2023-04-01", "2028-03-31", 4, 6, "GBP", 3),
    ),
    "role_permission": _rows(
        "id role_id permission",
        (1, 1, "admin"),
        (2, 1, "delete_work_order"),
        (3, 1, "edit_contract"),
        (4, 3, "cancel_ppm"),
        (5, 3, "bulk_close_ppm"),
    ),
    "saved_filter": _rows(
        "id user_id name filters updated_at version",
        (1, 2, "Mes urgences", '{"priority": [1], "status": ["new", "in_progress"], "text": "fuite d’eau"}',
         "2026-02-01 08:30:00.000000", 1),
        (2, 3, "Offene Wartung", '{"type": ["ppm"], "assignee": null}', "2026-02-03 16:05:12.250000", 2),
    ),
    "user_role": _rows(
        "user_id role_id",
        (1, 1),
        (2, 2),
        (3, 2),
        (3, 3),
    ),
    "ppm_job": _rows(
        "id contract_id description frequency seasonal_months certificate_based lead_days default_visit_frequency "
        "default_invoice_frequency default_invoice_amount exclude_dynamic_dates_default auto_close_days version",
        (1, 1, "Entretien chaudière – contrôle annuel", "yearly", None, T, 30, "yearly", "quarterly", "1250.00", F,
         None, 1),
        (2, 2, "Gutter clearance", "seasonal", "3,10", F, 14, "seasonal", "yearly", "480.50", T, 7, 2),
    ),
    "job_building": _rows(
        "id ppm_job_id building_id visit_frequency invoice_frequency invoice_amount partial_periods "
        "exclude_dynamic_dates next_visit_required_by instructions version",
        (1, 1, 1, "yearly", "quarterly", "312.50", F, F, "2026-06-30", "Accès par le parking B1.\nClé à l’accueil.",
         1),
        (2, 1, 2, "yearly", "yearly", "1250.00", T, F, None, None, 2),
        (3, 2, 3, "seasonal", "yearly", "0.00", F, T, "2026-03-31", "Ladder kept on site", 1),
    ),
    "financial_period": _rows(
        "id job_building_id financial_start financial_end visit_start visit_end visit_set_manually invoiced closed "
        "certificate_required partial valid auto_generation_date version",
        (1, 1, "2026-01-01", "2026-12-31", "2026-05-01", "2026-06-30", F, F, F, T, F, T, "2026-04-01", 1),
        (2, 1, "2025-01-01", "2025-12-31", "2025-05-01", "2025-06-30", T, T, T, T, F, T, "2025-04-01", 3),
        (3, 3, "2026-04-06", "2027-04-05", None, None, F, F, F, F, T, T, None, 1),
    ),
    "work_order": _rows(
        "id number type status previous_status priority impact category title description client_id building_id "
        "contact_id contract_id job_building_id financial_period_id assignee_id created_at started_at completed_at "
        "due_date financial_end_date balance fixed_cost invoice_only client_reference ppm_cancel_final version",
        (1, 1001, "reactive", "in_progress", "new", 1, "Bâtiment fermé", "Plomberie", "Fuite d’eau au 3ᵉ étage",
         "L’eau coule du plafond.\nUrgent.", 1, 1, 1, 1, None, None, 2, "2026-03-02 09:15:00.000000",
         "2026-03-02 10:00:00.000000", None, "2026-03-03", None, "150.75", None, F, "PO-4471", F, 2),
        (2, 1002, "quote", "new", None, 3, None, None, "Devis remplacement éclairage", "", 1, 2, None, 1, None, None,
         None, "2026-03-03 14:20:00.000000", None, None, None, None, "0", "2400.00", F, None, F, 1),
        (3, 1003, "ppm", "completed", "in_progress", 2, None, "PPM", "Entretien chaudière – contrôle annuel",
         "Visite annuelle", 1, 1, 1, 1, 1, 2, 3, "2025-04-01 06:00:00.000000", "2025-05-12 08:00:00.000000",
         "2025-05-12 11:45:30.000000", "2025-06-30", "2025-12-31", "312.50", None, F, None, F, 4),
        (4, 1004, "audit", "closed", "completed", 4, "Keine", "Sicherheit", "Brandschutzprüfung",
         "Prüfung der Brandschutztüren", 3, 4, 3, None, None, None, 3, "2026-01-10 09:00:00.000000", None,
         "2026-01-20 15:00:00.000000", "2026-01-31", None, "-42.10", "99999999.99", F, "Bestelling 7/2026", F, 3),
        (5, 1005, "purchase", "cancelled", "on_hold", 3, None, "Achats", "Order ladders", "Two 3 m ladders", 2, 3, 2,
         2, None, None, 1, "2026-02-14 23:59:59.999999", None, None, None, None, "0.01", None, F, None, F, 1),
        (6, 1006, "ppm", "new", None, 2, None, "PPM", "Entretien chaudière – contrôle annuel", "", 1, 1, None, 1, 1, 1,
         None, "2026-04-01 06:00:00.000000", None, None, "2026-06-30", "2026-12-31", "1250.00", None, T, None, T, 1),
    ),
    "activity_entry": _rows(
        "id work_order_id user_id created_at kind field old_value new_value text",
        (1, 1, 2, "2026-03-02 09:15:00.000000", "created", None, None, None, None),
        (2, 1, 2, "2026-03-02 10:00:00.000000", "status", "status", "new", "in_progress", None),
        (3, 1, None, "2026-03-02 10:05:00.000000", "comment", None, None, None, "Le plombier arrive à 10 h ☺"),
        (4, 3, 3, "2025-05-01 07:00:00.000000", "field", "due_date", "2025-06-15", "2025-06-30", None),
        (5, 4, 3, "2026-01-20 15:00:00.000000", "email", None, None, None, "Rapport an joost@utrecht.example"),
        (6, 5, 1, "2026-02-15 08:00:00.000000", "status", "status", "on_hold", "cancelled", "Plus nécessaire"),
        (7, 6, None, "2026-04-01 06:00:00.000000", "created", None, None, None, None),
    ),
    "email_outbox": _rows(
        "id to_address subject body work_order_id created_at attempts last_error next_attempt_at sent_at",
        (1, "elodie@sge.example", "Ordre 1001 : en cours", "Bonjour Élodie,\nle technicien est en route.", 1,
         "2026-03-02 10:00:01.000000", 0, None, None, None),
        (2, "joost@utrecht.example", "Werkorder 1004 gesloten", "Beste Joost,\n…", 4, "2026-01-20 15:00:01.000000", 3,
         "451 4.3.0 try again later", "2026-01-20 16:00:00.000000", None),
        (3, "sam@example.co.uk", "Weekly summary", "Nothing due this week.", None, "2026-03-04 07:00:00.000000", 1,
         None, None, "2026-03-04 07:00:05.000000"),
        (4, "elodie@sge.example", "Visite d’entretien terminée", "Certificat joint.", 3, "2025-05-12 11:46:00.000000",
         1, None, None, "2025-05-12 11:46:10.000000"),
    ),
}

CHANGES: dict[str, Changes] = {
    "0001": Changes(rows=INITIAL),
    # Copies of the client, building and assignee names on every work order.
    "0002": Changes(
        columns={
            "work_order": _rows(
                "client_name building_name assignee_name",
                ("Société Générale d’Entretien", "Tour Montparnasse – niveau 3", "Jérôme Dupont"),
                ("Société Générale d’Entretien", "Entrepôt Lyon", None),
                ("Société Générale d’Entretien", "Tour Montparnasse – niveau 3", "Käthe Müller"),
                ("Gemeente Utrecht", "Stadskantoor", "Käthe Müller"),
                ("Borough Council", "Town Hall", "Administrateur"),
                ("Société Générale d’Entretien", "Tour Montparnasse – niveau 3", None),
            )
        }
    ),
    "0003": Changes(
        rows={
            "work_order_notification": _rows(
                "id work_order_id contact_id",
                (1, 1, 1),
                (2, 4, 3),
                (3, 5, 2),
                (4, 6, 1),
            )
        }
    ),
    "0004": Changes(
        rows={
            "building_closure": _rows(
                "id building_id start_date end_date reason",
                (1, 1, "2026-08-01", "2026-08-31", "Fermeture estivale – congés"),
                (2, 3, "2026-12-24", "2027-01-02", None),
            )
        },
        columns={"job_building": _rows("last_certificate_date", ("2025-06-20",), (None,), ("2025-10-12",))},
    ),
    # The kind of a call, archived buildings, database-wide settings (priority targets in hours).
    "0005": Changes(
        rows={
            "app_setting": _rows(
                "key value version",
                ("priority_targets", '{"urgent": 2, "high": 12, "normal": 72, "low": 336}', 3),
                ("attachment_size_limit_mb", "25", 1),
            )
        },
        columns={
            "work_order": _rows(
                "kind",
                ("incident",),
                ("request",),
                (None,),
                ("problem",),
                ("change",),
                (None,),
            ),
            "building": _rows("active", (T,), (F,), (T,), (T,)),
        },
    ),
    # The directory: archived clients and contacts, contact languages and buildings, access notes, forced
    # password changes, the change log.
    "0006": Changes(
        rows={
            "contact_building": _rows(
                "id contact_id building_id",
                (1, 1, 1),
                (2, 1, 2),
                (3, 3, 4),
            ),
            "change_entry": _rows(
                "id record record_id user_id created_at action field old_value new_value",
                (1, "client", 2, 1, "2026-12-01 09:00:00.000000", "changed", "name", "Borough Council",
                 "Borough Council – Estates"),
                (2, "agent", 3, 1, "2026-12-01 09:05:00.000000", "archived", None, None, None),
                (3, "role", 3, None, "2026-12-01 09:10:00.000000", "changed", "permissions", "cancel_ppm",
                 "cancel_ppm\nbulk_close_ppm"),
            ),
        },
        columns={
            "client": _rows("active", (T,), (T,), (F,)),
            "building": _rows(
                "access_notes",
                ("Badge à l’accueil ; parking B1.\nAscenseur de service.",),
                (None,),
                ("Ring the bell at the side door",),
                (None,),
            ),
            "contact": _rows("language active", ("fr", T), (None, T), ("nl", F)),
            "app_user": _rows("must_change_password", (F,), (T,), (F,)),
        },
    ),
    # The PPM schedule history and the anchor each building's periods were planned from.
    "0007": Changes(
        rows={
            "schedule_history": _rows(
                "id job_building_id financial_start created_at user_id reason what old_value new_value",
                (1, 1, "2026-01-01", "2026-12-01 06:00:00.000000", None, "visit_completed", "visit",
                 "2026-05-01 – 2026-06-30", "2026-04-02 – 2026-05-02"),
                (2, 3, "2026-04-06", "2026-12-01 09:30:00.000000", 2, "closure", "valid", "true", "false"),
            ),
        },
        columns={"job_building": _rows("planned_anchor", ("2025-06-20",), (None,), (None,))},
    ),
    # Contracts whose PPM orders are generated only from the generation preview.
    "0008": Changes(columns={"contract": _rows("manual_generation", (F,), (T,))}),
    # Archived contracts, buildings that left a job, certificates with their documents, PPM orders not done.
    "0009": Changes(
        rows={
            "stored_file": _rows(
                "sha256 size content created_at",
                ("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 4, b"test",
                 "2026-12-02 08:00:00.000000"),
                ("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0, b"",
                 "2026-12-02 08:05:00.000000"),
            ),
            "certificate": _rows(
                "id building_id ppm_job_id issued_on passed valid_until reference file_name media_type file_sha256 "
                "work_order_id user_id created_at",
                (1, 1, 1, "2025-05-12", T, "2026-05-11", "CERT-2025/118", "Certificat chaudière – 2025.pdf",
                 "application/pdf", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 3, 2,
                 "2025-05-12 12:00:00.000000"),
                (2, 2, 1, "2026-02-03", F, None, None, "photo.jpg", "image/jpeg",
                 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", None, None,
                 "2026-02-03 17:30:00.000000"),
            ),
            "financial_period": _rows(
                "id job_building_id financial_start financial_end visit_start visit_end visit_set_manually invoiced "
                "closed certificate_required partial valid auto_generation_date version",
                (4, 2, "2025-01-01", "2025-12-31", "2025-06-01", "2025-07-31", F, T, F, T, F, T, "2025-05-01", 2),
            ),
            "work_order": _rows(
                "id number type status previous_status priority title description client_id building_id contract_id "
                "job_building_id financial_period_id created_at due_date financial_end_date balance invoice_only "
                "ppm_cancel_final version",
                (7, 1007, "ppm", "not_done", "new", 3, "Entretien chaudière – contrôle annuel", "", 1, 2, 1, 2, 4,
                 "2025-05-01 06:00:00.000000", "2025-07-31", "2025-12-31", "1250.00", F, F, 2),
            ),
        },
        columns={
            "contract": _rows("active", (T,), (F,)),
            "job_building": _rows("end_date", (None,), ("2026-09-30",), (None,)),
        },
    ),
    # Attachments, rates and time entries, running timers, quick-reply templates.
    "0010": Changes(
        rows={
            "attachment": _rows(
                "id work_order_id file_sha256 file_name media_type size user_id created_at",
                (1, 1, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "Fuite – photo 1.txt",
                 "text/plain", 4, 2, "2026-03-02 09:20:00.000000"),
                (2, 3, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "Signature.png", "image/png",
                 4, None, "2025-05-12 11:40:00.000000"),
            ),
            "rate": _rows(
                "id name hourly_amount currency active version",
                (1, "Technicien – heures normales", "65.00", "EUR", T, 1),
                (2, "Overtime", "97.50", "GBP", F, 3),
            ),
            "time_entry": _rows(
                "id work_order_id technician_id rate_id hourly_amount currency started_at ended_at billable "
                "description user_id created_at version",
                (1, 1, 2, 1, "65.00", "EUR", "2026-03-02 10:00:00.000000", "2026-03-02 11:30:00.000000", T,
                 "Réparation de la fuite ; joint remplacé", 2, "2026-03-02 11:35:00.000000", 1),
                (2, 4, None, None, "0.00", None, "2026-01-20 13:00:00.000000", "2026-01-20 13:00:00.500000", F, "", 3,
                 "2026-01-20 15:00:00.000000", 2),
            ),
            "running_timer": _rows(
                "user_id work_order_id started_at",
                (2, 1, "2026-03-02 12:00:00.000000"),
            ),
            "reply_template": _rows(
                "id title body active version",
                (1, "Technician on the way", "Hello {contact},\nwork order {number} ({title}) is in hand.", T, 2),
                (2, "Clôture", "Ordre {number} clos.", F, 1),
            ),
            "reply_template_body": _rows(
                "id template_id language body",
                (1, 1, "fr", "Bonjour {contact},\nl’ordre {number} ({title}) est pris en charge."),
                (2, 1, "nl", "Beste {contact},\nwerkorder {number} wordt behandeld."),
            ),
        },
    ),
}
# fmt: on


class MissingRows(LookupError):
    """A revision has no entry in CHANGES."""


def rows_at(revisions: Sequence[str]) -> Rows:
    """The rows of a database at the last of ``revisions`` (the revisions from the base up to it, in order)."""
    rows: Rows = {}
    for revision in revisions:
        if revision not in CHANGES:
            raise MissingRows(
                f"revision {revision} has no rows: add CHANGES[{revision!r}] to tests/migration_rows.py, with rows "
                "for the tables it creates and values for the columns it adds (Changes() if it adds neither)"
            )
        changes = CHANGES[revision]
        for table, values in changes.columns.items():
            existing = rows[table]
            assert len(values) == len(existing), (
                f"CHANGES[{revision!r}].columns[{table!r}] needs one dict per {table} row already there "
                f"({len(existing)}), not {len(values)}"
            )
            rows[table] = [{**row, **added} for row, added in zip(existing, values, strict=True)]
        for table, more in changes.rows.items():
            rows[table] = [*rows.get(table, []), *more]
    return rows

"""Messages with plural forms ("%Ln work order(s)").

Qt chooses the plural form at run time from the count. lupdate records a message as plural only when the
call it reads passes a number literal as the count, so each plural message is declared once here with such a
call (which returns the English text as it is) and shown with ``plural(message, count)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Plural"


class _Declare:
    @staticmethod
    def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
        return text


WORK_ORDERS = _Declare.translate("Plural", "%Ln work order(s)", "", 2)
MORE_THAN_WORK_ORDERS = _Declare.translate("Plural", "More than %Ln work order(s)", "", 2)
WORK_ORDERS_EXPORTED = _Declare.translate("Plural", "%Ln work order(s) exported to {path}", "", 2)
STATUSES = _Declare.translate("Plural", "%n status(es)", "", 2)
TYPES = _Declare.translate("Plural", "%n type(s)", "", 2)
PRIORITIES = _Declare.translate("Plural", "%n priority(ies)", "", 2)
IMPACTS = _Declare.translate("Plural", "%n impact(s)", "", 2)
KINDS = _Declare.translate("Plural", "%n kind(s)", "", 2)
# Bulk actions in the helpdesk list.
BULK_STATUS_INTRO = _Declare.translate(
    "Plural",
    "Change the status of %Ln selected work order(s). Each one changes only if its own rules allow the action; "
    "the others are left unchanged and listed afterwards.",
    "",
    2,
)
BULK_ASSIGN_INTRO = _Declare.translate(
    "Plural",
    "Assign %Ln selected work order(s). Only open work orders can be assigned; the others are left unchanged and "
    "listed afterwards.",
    "",
    2,
)
BULK_CLOSE_PPM_INTRO = _Declare.translate(
    "Plural",
    "Close the open PPM work orders among the %Ln selected whose financial end date is before {today}. The "
    "others are left unchanged and listed afterwards.",
    "",
    2,
)
BULK_PROGRESS = _Declare.translate("Plural", "{done} of %Ln work order(s) handled", "", 2)
BULK_CHANGED = _Declare.translate("Plural", "%Ln work order(s) changed.", "", 2)
BULK_ASSIGNED = _Declare.translate("Plural", "%Ln work order(s) assigned to {name}.", "", 2)
BULK_UNASSIGNED = _Declare.translate("Plural", "%Ln work order(s) unassigned.", "", 2)
BULK_CLOSED = _Declare.translate("Plural", "%Ln PPM work order(s) closed.", "", 2)
BULK_UNCHANGED = _Declare.translate("Plural", "%Ln work order(s) already as asked, left as they were.", "", 2)
BULK_REFUSED = _Declare.translate("Plural", "%Ln work order(s) refused, left unchanged:", "", 2)
BULK_INELIGIBLE = _Declare.translate("Plural", "%Ln work order(s) not eligible, left unchanged:", "", 2)
BULK_NOT_HANDLED = _Declare.translate("Plural", "Cancelled: %Ln work order(s) not handled, left unchanged.", "", 2)
# Durations (the age of an open order, a priority's target time to fix).
MINUTES = _Declare.translate("Plural", "%Ln minute(s)", "", 2)
HOURS = _Declare.translate("Plural", "%Ln hour(s)", "", 2)
DAYS = _Declare.translate("Plural", "%Ln day(s)", "", 2)


def plural(message: str, count: int) -> str:
    """``message`` in the UI language, in the plural form ``count`` takes there, with the count filled in."""
    return QCoreApplication.translate(CONTEXT, message, "", count)

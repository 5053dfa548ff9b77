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


def plural(message: str, count: int) -> str:
    """``message`` in the UI language, in the plural form ``count`` takes there, with the count filled in."""
    return QCoreApplication.translate(CONTEXT, message, "", count)

"""Money: always Decimal, two places, never float, and never more than the database's NUMERIC(14, 2) holds."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.domain.errors import ValueRefused
from desktop.domain.i18n import QT_TRANSLATE_NOOP

CENT = Decimal("0.01")
# NUMERIC(14, 2): twelve digits before the point.
MONEY_MAX = Decimal("999999999999.99")


def to_money(value: Decimal | int | str) -> Decimal:
    """Return ``value`` as a Decimal rounded to the cent; floats are refused.

    Not a number, infinite, or beyond what an amount column holds: :class:`ValueRefused`.
    """
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    try:
        amount = Decimal(value)
        if amount.is_finite() and abs(amount) <= MONEY_MAX:
            amount = amount.quantize(CENT, rounding=ROUND_HALF_UP)
            if abs(amount) <= MONEY_MAX:
                return amount
    except (InvalidOperation, ValueError, TypeError):
        pass
    text = str(value)
    raise ValueRefused(
        QT_TRANSLATE_NOOP("Errors", "{value} is not an amount that can be stored."),
        value=text if len(text) <= 40 else text[:39] + "…",
    )

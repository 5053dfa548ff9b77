"""Money: always Decimal, two places, never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def to_money(value: Decimal | int | str) -> Decimal:
    """Return ``value`` as a Decimal rounded to the cent; floats are refused."""
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)

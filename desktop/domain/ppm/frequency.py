"""How often a PPM visit (or invoice) happens."""

from __future__ import annotations

import enum
from fractions import Fraction

from desktop.domain.i18n import QT_TRANSLATE_NOOP


class Frequency(enum.StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    BIMONTHLY = "bimonthly"
    QUARTERLY = "quarterly"
    FOUR_MONTHLY = "four_monthly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"
    TWO_YEARLY = "two_yearly"
    THREE_YEARLY = "three_yearly"
    FIVE_YEARLY = "five_yearly"
    SEASONAL = "seasonal"

    @property
    def per_year(self) -> Fraction:
        return _PER_YEAR[self]

    @property
    def dynamic_dates_supported(self) -> bool:
        return self not in _NO_DYNAMIC_DATES


_PER_YEAR: dict[Frequency, Fraction] = {
    Frequency.WEEKLY: Fraction(52),
    Frequency.FORTNIGHTLY: Fraction(26),
    Frequency.MONTHLY: Fraction(12),
    Frequency.BIMONTHLY: Fraction(6),
    Frequency.QUARTERLY: Fraction(4),
    Frequency.FOUR_MONTHLY: Fraction(3),
    Frequency.HALF_YEARLY: Fraction(2),
    Frequency.YEARLY: Fraction(1),
    Frequency.TWO_YEARLY: Fraction(1, 2),
    Frequency.THREE_YEARLY: Fraction(1, 3),
    Frequency.FIVE_YEARLY: Fraction(1, 5),
    # Seasonal: one visit a year in the chosen months.
    Frequency.SEASONAL: Fraction(1),
}

_NO_DYNAMIC_DATES = frozenset({Frequency.WEEKLY, Frequency.FORTNIGHTLY, Frequency.MONTHLY, Frequency.SEASONAL})

FREQUENCY_LABELS: dict[Frequency, str] = {
    Frequency.WEEKLY: QT_TRANSLATE_NOOP("Frequency", "Weekly"),
    Frequency.FORTNIGHTLY: QT_TRANSLATE_NOOP("Frequency", "Fortnightly"),
    Frequency.MONTHLY: QT_TRANSLATE_NOOP("Frequency", "Monthly"),
    Frequency.BIMONTHLY: QT_TRANSLATE_NOOP("Frequency", "Every two months"),
    Frequency.QUARTERLY: QT_TRANSLATE_NOOP("Frequency", "Quarterly"),
    Frequency.FOUR_MONTHLY: QT_TRANSLATE_NOOP("Frequency", "Four-monthly"),
    Frequency.HALF_YEARLY: QT_TRANSLATE_NOOP("Frequency", "Half-yearly"),
    Frequency.YEARLY: QT_TRANSLATE_NOOP("Frequency", "Yearly"),
    Frequency.TWO_YEARLY: QT_TRANSLATE_NOOP("Frequency", "Two-yearly"),
    Frequency.THREE_YEARLY: QT_TRANSLATE_NOOP("Frequency", "Three-yearly"),
    Frequency.FIVE_YEARLY: QT_TRANSLATE_NOOP("Frequency", "Five-yearly"),
    Frequency.SEASONAL: QT_TRANSLATE_NOOP("Frequency", "Seasonal"),
}

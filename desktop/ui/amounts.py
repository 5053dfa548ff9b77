"""Amounts typed by the agent, read the way their locale writes them."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import NumberFormatError, get_group_symbol, parse_decimal

from desktop.ui.i18n import formatter


def parse_amount(text: str) -> Decimal | None:
    """An amount typed the locale's way ("1 250,50", "1,250.50"); None when it is not one."""
    locale = formatter().locale
    text = text.strip()
    group = get_group_symbol(locale)
    if group.isspace():
        # Agents type an ordinary space where the locale groups with a (narrow) no-break space.
        for space in (" ", "\u00a0", "\u202f"):
            text = text.replace(space, group)
    if not text:
        return None
    try:
        amount = parse_decimal(text, locale=locale, strict=True)
    except NumberFormatError:
        return None
    return amount if amount.is_finite() else None

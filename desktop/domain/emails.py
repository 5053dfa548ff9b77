"""Email addresses as people type them: checked with a real address parser (email-validator), never a regex."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP


def checked_email(email: str | None) -> str | None:
    """``email`` stripped and normalised, None when blank; ValidationError when it is not an email address.

    Only the syntax is checked (no look-up of the domain: Bureau often works offline).
    """
    if email is None:
        return None
    if not isinstance(email, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This is not an email address."))
    address = email.strip()
    if not address:
        return None
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{email}” is not an email address: write it as name@example.com."),
            email=address if len(address) <= 60 else address[:59] + "…",
        ) from None


__all__ = ["checked_email"]

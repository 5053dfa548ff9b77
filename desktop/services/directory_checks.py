"""The checks the directory's services share: who may change it, the texts, dates and ids of its forms.

Every check raises a translated BureauError and runs before anything is written.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.db.models import User
from desktop.domain.errors import BureauError, PermissionDenied, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.values import check_text, check_whole_number
from desktop.services.actor import Actor


def require_agent(session: Session, actor: Actor) -> User:
    """The acting agent's account, refused unless it exists and is active: any agent may change the directory."""
    user = session.get(User, check_whole_number(actor.user_id))
    if user is None or not user.active:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Your account is no longer active: you cannot change the directory.")
        )
    return user


def _column_type(column: InstrumentedAttribute[Any]) -> Any:
    return column.property.columns[0].type


def line(value: object, column: InstrumentedAttribute[Any]) -> str | None:
    """``value`` stripped, as ``column`` stores it; None when blank."""
    kind = _column_type(column)
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} must be text."), field=kind.field)
    if not text:
        return None
    return check_text(text, kind.max_length, multiline=False, field=kind.field)


def required_line(value: object, column: InstrumentedAttribute[Any], missing: BureauError) -> str:
    """``value`` as :func:`line` gives it; ``missing`` (the caller's refusal) raised when it is blank."""
    text = line(value, column)
    if text is None:
        raise missing
    return text


def long_text(value: object, column: InstrumentedAttribute[Any]) -> str | None:
    """Text of several lines, stripped; None when blank."""
    kind = _column_type(column)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} must be text."), field=kind.field)
    text = value.strip()
    return check_text(text, kind.max_length, multiline=True, field=kind.field) if text else None


def a_date(value: object, *, optional: bool = False) -> date | None:
    """A calendar date (not a timestamp); None only when ``optional``."""
    if value is None and optional:
        return None
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This is not a date."))
    return value


def a_flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This value must be yes or no."))
    return value


def an_id(value: object) -> int:
    """A row id as the database stores it (ValueRefused otherwise)."""
    return check_whole_number(value)  # type: ignore[arg-type]


__all__ = ["a_date", "a_flag", "an_id", "line", "long_text", "require_agent", "required_line"]

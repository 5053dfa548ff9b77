"""Errors that carry a translatable message for the user."""

from __future__ import annotations

from typing import Any

from desktop.domain.i18n import Message


class BureauError(Exception):
    """A refusal the user should read: the message is translated by the UI."""

    context = "Errors"

    def __init__(self, text: str, **args: Any) -> None:
        self.message = Message(self.context, text, dict(args))
        super().__init__(self.message.english())


class PermissionDenied(BureauError):
    pass


class ValidationError(BureauError):
    pass


class NotFound(BureauError):
    pass


class AuthenticationFailed(BureauError):
    pass


class TransitionRefused(BureauError):
    """An action the work order's status, type or the user's permissions do not allow now."""

    refusal: Any = None  # the desktop.domain.transitions.Refusal, set by the check that raises it


class ActionNotPermitted(TransitionRefused, PermissionDenied):
    """An action refused because the user lacks a permission (a PPM cancel without ``cancel_ppm``)."""


class ConcurrentChange(BureauError):
    """Someone else saved the record since the user loaded it: reload and try again."""

    current_version: int | None = None  # the version now stored, set by the service that raises it


class ValueRefused(ValidationError):
    """A value the database cannot store: too long, out of range, or holding a character no field takes."""


class DatabaseBusy(BureauError):
    """Another program holds the database for writing longer than Bureau waits."""


class QueryTooSlow(BureauError):
    """A read ran past its time budget and was stopped."""

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

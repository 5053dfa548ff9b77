"""*File > My account*: an agent's own display name, email, language and password.

No permission is needed: an agent edits only their own account. Each change runs in one transaction, is logged
(``Record.AGENT``) and writes nothing when refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import User
from desktop.domain.errors import AuthenticationFailed, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.records import ChangeAction, Record
from desktop.services.actor import Actor, acting_user
from desktop.services.agents import check_agent_email, check_display_name, check_language, check_password
from desktop.services.change_log import check_version, log_change, log_field_changes
from desktop.services.passwords import hash_password, verify_password


@dataclass(frozen=True)
class MyAccount:
    login: str
    display_name: str
    email: str | None
    language: str | None
    has_password: bool  # False for the embedded database's local administrator
    must_change_password: bool
    version: int


def _me(session: Session, actor: Actor) -> User:
    return acting_user(session, actor)


def my_account(db: Database, actor: Actor) -> MyAccount:
    with db.reading() as session:
        user = _me(session, actor)
        return MyAccount(
            user.login,
            user.display_name,
            user.email,
            user.language,
            user.password_hash is not None,
            user.must_change_password,
            user.version,
        )


def password_change_required(db: Database, actor: Actor) -> bool:
    """True when an administrator asked the agent to choose a new password at this sign-in."""
    with db.reading() as session:
        user = session.get(User, actor.user_id)
        return user is not None and user.must_change_password


def update_my_account(
    db: Database, actor: Actor, version: int, display_name: str, email: str | None, language: str | None
) -> int:
    """Save the actor's own name, email and language, read at ``version``; returns the new version."""
    display_name = check_display_name(display_name)
    email = check_agent_email(email)
    language = check_language(language)
    with db.transaction() as session:
        user = _me(session, actor)
        check_version(session, Record.AGENT, user, version, user.display_name)
        changes = {
            "display_name": (user.display_name, display_name),
            "email": (user.email, email),
            "language": (user.language, language),
        }
        if all(old == new for old, new in changes.values()):
            return user.version
        user.display_name, user.email, user.language = display_name, email, language
        log_field_changes(session, actor, Record.AGENT, user.id, changes)
        session.flush()
        return user.version


def change_my_password(db: Database, actor: Actor, current_password: str | None, new_password: str) -> None:
    """Set the actor's own password; the current one is needed when the account has one. Clears a forced change."""
    check_password(new_password)
    with db.transaction() as session:
        user = _me(session, actor)
        if user.password_hash is not None and not verify_password(user.password_hash, current_password or ""):
            raise AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "The current password is not correct."))
        if user.password_hash is not None and verify_password(user.password_hash, new_password):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The new password must differ from the current one."))
        user.password_hash = hash_password(new_password)
        user.must_change_password = False
        log_change(session, actor, Record.AGENT, user.id, ChangeAction.PASSWORD_SET)


__all__ = ["MyAccount", "change_my_password", "my_account", "password_change_required", "update_my_account"]

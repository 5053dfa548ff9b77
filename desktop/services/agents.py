"""Administering the agents: their accounts, roles, passwords and whether they may still sign in.

Every function needs :attr:`Permission.ADMIN`, runs in one transaction, writes its change-log entries
(:mod:`desktop.services.change_log`, ``Record.AGENT``) with the change and writes nothing when it refuses. Bureau
always keeps one active agent holding a role that grants ``admin``: a change that would leave none is refused.

A change of agents or roles runs in :func:`administering`: the transactions that change them are serialised (one
at a time, so the count of administrators each reads stays true until it commits) and the acting administrator
is checked as stored now, not as signed in. On the embedded database everyone works as the local administrator
(login ``admin``, no sign-in), who therefore stays an active administrator.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import distinct, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.engine import Database
from desktop.db.fields import LABELS
from desktop.db.models import Role, RolePermission, User, user_role
from desktop.domain.emails import checked_email
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.languages import LANGUAGES
from desktop.domain.permissions import Permission
from desktop.domain.records import ChangeAction, Record
from desktop.domain.values import check_text, check_whole_number
from desktop.services.actor import Actor, acting_user
from desktop.services.change_log import check_version, concurrent_change, log_change, log_field_changes
from desktop.services.passwords import hash_password
from desktop.services.users import LOCAL_ADMIN_LOGIN, LOGIN_MAX_LENGTH, MIN_PASSWORD_LENGTH

DISPLAY_NAME_MAX_LENGTH = 120  # app_user.display_name
EMAIL_MAX_LENGTH = 254  # app_user.email
# PostgreSQL advisory lock ("BURE" + 2) held by every transaction that changes agents or roles, until it ends.
ADMINISTRATION_LOCK = 0x4255524500000002


@dataclass(frozen=True)
class AgentFields:
    """What an administrator types for an agent; ``role_ids`` are the roles granted."""

    login: str
    display_name: str
    email: str | None = None
    language: str | None = None
    role_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class AgentRow:
    id: int
    login: str
    display_name: str
    email: str | None
    language: str | None
    role_ids: frozenset[int]
    role_names: tuple[str, ...]  # sorted without regard to case
    active: bool
    has_password: bool
    must_change_password: bool
    is_admin: bool  # one of the agent's roles grants Permission.ADMIN
    version: int


def _row(user: User) -> AgentRow:
    return AgentRow(
        id=user.id,
        login=user.login,
        display_name=user.display_name,
        email=user.email,
        language=user.language,
        role_ids=frozenset(role.id for role in user.roles),
        role_names=tuple(sorted((role.name for role in user.roles), key=str.casefold)),
        active=user.active,
        has_password=user.password_hash is not None,
        must_change_password=user.must_change_password,
        is_admin=Permission.ADMIN in user.permissions,
        version=user.version,
    )


def list_agents(db: Database, actor: Actor) -> list[AgentRow]:
    """Every agent, active or not, by display name."""
    actor.require(Permission.ADMIN)
    with db.reading() as session:
        users = session.scalars(select(User)).all()
        rows = [_row(user) for user in users]
    return sorted(rows, key=lambda row: (row.display_name.casefold(), row.display_name, row.id))


def get_agent(db: Database, actor: Actor, agent_id: int) -> AgentRow:
    actor.require(Permission.ADMIN)
    with db.reading() as session:
        return _row(_agent(session, agent_id))


def lock_administration(session: Session) -> None:
    """Queue behind any other transaction changing agents or roles until it has committed.

    SQLite needs nothing: its writers are serialised by BEGIN IMMEDIATE. On PostgreSQL the lock lasts until the
    end of the transaction; taking it twice is harmless.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADMINISTRATION_LOCK})


@contextmanager
def administering(db: Database, actor: Actor, record: Record, record_id: int | None = None) -> Iterator[Session]:
    """The transaction of one change of agents or roles (``record_id``: the agent or role changed, if any).

    It waits for any other such change (:func:`lock_administration`) and refuses (PermissionDenied) an actor
    whose account is now inactive or whose roles no longer grant ``admin``. An update that another transaction
    overtook all the same is refused as ConcurrentChange, like an edit made from an old copy.
    """
    try:
        with db.transaction() as session:
            lock_administration(session)
            acting_user(session, actor, Permission.ADMIN)
            yield session
    except StaleDataError:
        if record_id is None:
            raise
        raise _changed_meanwhile(db, record, record_id) from None


def _changed_meanwhile(db: Database, record: Record, record_id: int) -> Exception:
    with db.reading() as session:
        row = session.get(User if record is Record.AGENT else Role, record_id)
        if row is None:
            if record is Record.AGENT:
                return NotFound(QT_TRANSLATE_NOOP("Errors", "This agent no longer exists."))
            return NotFound(QT_TRANSLATE_NOOP("Errors", "This role no longer exists."))
        error = concurrent_change(session, record, record_id, row.display_name if isinstance(row, User) else row.name)
        error.current_version = row.version
        return error


def keep_local_administrator(session: Session) -> None:
    """On the embedded database, refuse (ValidationError) a change leaving its local administrator inactive or
    without a role granting ``admin``: everyone works as them there, and no one could administer Bureau again."""
    if session.get_bind().dialect.name != "sqlite":
        return
    session.flush()
    local = session.scalar(select(User).where(User.login == LOCAL_ADMIN_LOGIN))
    if local is None:
        return
    administrator = session.scalar(
        select(User.id)
        .join(user_role, user_role.c.user_id == User.id)
        .join(RolePermission, RolePermission.role_id == user_role.c.role_id)
        .where(User.id == local.id, User.active.is_(True), RolePermission.permission == Permission.ADMIN)
        .limit(1)
    )
    if administrator is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} must stay an active administrator: with the embedded database everyone works as them, "
                "without signing in.",
            ),
            name=local.display_name,
        )


def _agent(session: Session, agent_id: int, *, lock: bool = False) -> User:
    check_whole_number(agent_id)
    user = session.get(User, agent_id, with_for_update=lock or None)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This agent no longer exists."))
    return user


def active_administrators(session: Session) -> int:
    """How many active agents hold a role granting Permission.ADMIN (changes pending in ``session`` included)."""
    session.flush()
    return (
        session.scalar(
            select(func.count(distinct(User.id)))
            .join(user_role, user_role.c.user_id == User.id)
            .join(RolePermission, RolePermission.role_id == user_role.c.role_id)
            .where(User.active.is_(True), RolePermission.permission == Permission.ADMIN)
        )
        or 0
    )


def check_language(language: str | None) -> str | None:
    if language is not None and language not in LANGUAGES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown language: {language}"), language=language)
    return language


def check_display_name(display_name: str) -> str:
    """``display_name`` stripped; refused when blank or when it cannot be stored."""
    check_text(display_name, DISPLAY_NAME_MAX_LENGTH, multiline=False, field=LABELS["app_user.display_name"])
    if not display_name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The display name is required."))
    return display_name.strip()


def check_agent_email(email: str | None) -> str | None:
    """``email`` normalised (None when blank); refused when it cannot be stored or is not an address."""
    if email is not None:
        check_text(email, EMAIL_MAX_LENGTH, multiline=False, field=LABELS["app_user.email"])
    return checked_email(email)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {count} characters."),
            count=MIN_PASSWORD_LENGTH,
        )
    check_text(password, None, multiline=False)


def _checked_login(session: Session, login: str, agent_id: int | None) -> str:
    check_text(login, LOGIN_MAX_LENGTH, multiline=False, field=LABELS["app_user.login"])
    login = login.strip()
    if not login:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The login is required."))
    if _login_taken(session, login, agent_id):
        raise _login_taken_error(login)
    return login


def _login_taken(session: Session, login: str, agent_id: int | None) -> bool:
    """True when another agent has ``login``, whatever its case."""
    taken = session.scalar(
        select(User.id).where(
            func.lower(User.login, type_=User.login.type) == login.lower(), User.id != (agent_id or 0)
        )
    )
    return taken is not None


def _login_taken_error(login: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "The login {login} is already taken."), login=login)


def _flush_agent(session: Session, login: str) -> None:
    """Write the agent now; a login another transaction took meanwhile is refused as already taken."""
    try:
        session.flush()
    except IntegrityError:
        raise _login_taken_error(login) from None


def _roles(session: Session, role_ids: Iterable[int]) -> list[Role]:
    roles = []
    for role_id in sorted(set(role_ids)):
        check_whole_number(role_id)
        role = session.get(Role, role_id)
        if role is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "One of the chosen roles no longer exists."))
        roles.append(role)
    return roles


def _role_names(roles: Iterable[Role]) -> list[str]:
    return sorted(role.name for role in roles)


def _refuse_without_administrator(session: Session, name: str) -> None:
    if not active_administrators(session):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is the last active administrator: give another agent an administrator role first.",
            ),
            name=name,
        )


def create_agent(
    db: Database,
    actor: Actor,
    fields: AgentFields,
    password: str | None = None,
    must_change_password: bool = False,
) -> int:
    """A new active agent; without ``password`` they cannot sign in until one is set. Returns the agent's id."""
    actor.require(Permission.ADMIN)
    display_name = check_display_name(fields.display_name)
    email = check_agent_email(fields.email)
    language = check_language(fields.language)
    if password is not None:
        check_password(password)
    password_hash = None if password is None else hash_password(password)
    with administering(db, actor, Record.AGENT) as session:
        login = _checked_login(session, fields.login, None)
        roles = _roles(session, fields.role_ids)
        user = User(
            login=login,
            display_name=display_name,
            email=email,
            language=language,
            password_hash=password_hash,
            must_change_password=bool(must_change_password and password is not None),
            roles=roles,
        )
        session.add(user)
        _flush_agent(session, login)
        log_change(session, actor, Record.AGENT, user.id, ChangeAction.CREATED)
        if password is not None:
            log_change(session, actor, Record.AGENT, user.id, ChangeAction.PASSWORD_SET)
            if user.must_change_password:
                log_change(session, actor, Record.AGENT, user.id, ChangeAction.PASSWORD_RESET)
        return user.id


def update_agent(db: Database, actor: Actor, agent_id: int, version: int, fields: AgentFields) -> int:
    """Save an agent read at ``version``; returns the new version (the same when nothing changed)."""
    actor.require(Permission.ADMIN)
    display_name = check_display_name(fields.display_name)
    email = check_agent_email(fields.email)
    language = check_language(fields.language)
    with administering(db, actor, Record.AGENT, agent_id) as session:
        user = _agent(session, agent_id, lock=True)
        check_version(session, Record.AGENT, user, version, user.display_name)
        login = _checked_login(session, fields.login, user.id)
        if login != user.login and user.login == LOCAL_ADMIN_LOGIN and user.password_hash is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The login of the local administrator cannot be changed.")
            )
        roles = _roles(session, fields.role_ids)
        old_roles, new_roles = _role_names(user.roles), _role_names(roles)
        changes = {
            "login": (user.login, login),
            "display_name": (user.display_name, display_name),
            "email": (user.email, email),
            "language": (user.language, language),
            "roles": (old_roles, new_roles),
        }
        if all(old == new for old, new in changes.values()):
            return user.version
        user.login, user.display_name, user.email, user.language = login, display_name, email, language
        if {role.id for role in user.roles} != {role.id for role in roles}:
            user.roles = roles
            flag_modified(user, "display_name")  # the roles live in another table: still a new version
        _flush_agent(session, login)
        keep_local_administrator(session)
        _refuse_without_administrator(session, user.display_name)
        log_field_changes(session, actor, Record.AGENT, user.id, changes)
        session.flush()
        return user.version


def set_agent_active(db: Database, actor: Actor, agent_id: int, version: int, active: bool) -> int:
    """Deactivate (no sign-in, not offered as an assignee; their orders keep their name) or reactivate an agent.

    Returns the new version (the same when the agent already was so).
    """
    actor.require(Permission.ADMIN)
    active = bool(active)
    with administering(db, actor, Record.AGENT, agent_id) as session:
        user = _agent(session, agent_id, lock=True)
        check_version(session, Record.AGENT, user, version, user.display_name)
        if user.active == active:
            return user.version
        if not active and user.id == actor.user_id:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "You cannot deactivate your own account."))
        user.active = active
        keep_local_administrator(session)
        _refuse_without_administrator(session, user.display_name)
        log_change(session, actor, Record.AGENT, user.id, ChangeAction.RESTORED if active else ChangeAction.ARCHIVED)
        session.flush()
        return user.version


def set_password(db: Database, actor: Actor, agent_id: int, password: str, must_change: bool) -> int:
    """Give an agent a new password; with ``must_change`` they choose their own at their next sign-in.

    Returns the agent's new version.
    """
    actor.require(Permission.ADMIN)
    check_password(password)
    must_change = bool(must_change)
    password_hash = hash_password(password)
    with administering(db, actor, Record.AGENT, agent_id) as session:
        user = _agent(session, agent_id, lock=True)
        user.password_hash = password_hash
        user.must_change_password = must_change
        log_change(session, actor, Record.AGENT, user.id, ChangeAction.PASSWORD_SET)
        if must_change:
            log_change(session, actor, Record.AGENT, user.id, ChangeAction.PASSWORD_RESET)
        session.flush()
        return user.version


__all__ = [
    "AgentFields",
    "AgentRow",
    "ADMINISTRATION_LOCK",
    "active_administrators",
    "administering",
    "check_agent_email",
    "check_display_name",
    "check_language",
    "check_password",
    "create_agent",
    "get_agent",
    "keep_local_administrator",
    "list_agents",
    "lock_administration",
    "set_agent_active",
    "set_password",
    "update_agent",
]

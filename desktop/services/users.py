"""Agents: the local administrator, sign-in, creating users and granting roles."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import Role, RolePermission, User
from desktop.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError, ValueRefused
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.languages import LANGUAGES
from desktop.domain.permissions import DEFAULT_ROLES, Permission
from desktop.domain.values import check_text
from desktop.services.actor import Actor
from desktop.services.passwords import hash_password, needs_rehash, verify_password

LOCAL_ADMIN_LOGIN = "admin"
MIN_PASSWORD_LENGTH = 8
LOGIN_MAX_LENGTH = 80  # app_user.login


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {count} characters."),
            count=MIN_PASSWORD_LENGTH,
        )
    # Hashed, not stored, yet held to what a text field takes: a lone surrogate cannot even be hashed (UTF-8).
    check_text(password, None, multiline=False)


def _check_language(language: str | None) -> None:
    if language is not None and language not in LANGUAGES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown language: {language}"), language=language)


def _checked_account(login: str, display_name: str, password: str) -> str:
    """The login, stripped, once the new account's login, name and password are acceptable."""
    login = login.strip()
    if not login or not display_name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A login and a display name are required."))
    _check_password(password)
    return login


def _login_is(login: str) -> ColumnElement[bool]:
    """The account whose login is ``login`` whatever its case; ``login`` is checked as the column checks it."""
    return func.lower(User.login, type_=User.login.type) == login.lower()


def _could_be_a_login(login: str) -> bool:
    """False for a login no account can have (too long, or holding a character no field takes)."""
    try:
        check_text(login, LOGIN_MAX_LENGTH, multiline=False)
    except ValueRefused:
        return False
    return True


def ensure_default_roles(session: Session) -> dict[str, Role]:
    """The roles by name, the default ones created first in a database without roles; once there, they stay
    as an administrator changes them (a renamed default role is not made again)."""
    roles = {role.name: role for role in session.scalars(select(Role))}
    if roles:
        return roles
    for name, permissions in DEFAULT_ROLES.items():
        role = Role(name=name, permissions=[RolePermission(permission=p) for p in sorted(permissions)])
        session.add(role)
        roles[name] = role
    session.flush()
    return roles


def local_administrator(db: Database, display_name: str = "Administrator", language: str | None = None) -> Actor:
    """The embedded database's user: created on first start, used without a sign-in."""
    _check_language(language)
    with db.transaction() as session:
        roles = ensure_default_roles(session)
        user = session.scalar(select(User).where(User.login == LOCAL_ADMIN_LOGIN))
        if user is None:
            administrator = roles.get("administrator") or next(
                (role for role in roles.values() if Permission.ADMIN in role.permission_set), None
            )
            if administrator is None:
                administrator = Role(name="administrator", permissions=[RolePermission(permission=Permission.ADMIN)])
            user = User(login=LOCAL_ADMIN_LOGIN, display_name=display_name, language=language, roles=[administrator])
            session.add(user)
            session.flush()
        return Actor.of(user)


def has_users(db: Database) -> bool:
    with db.reading() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def sign_in(db: Database, login: str, password: str) -> Actor:
    """Check a login and password; the same refusal whatever was wrong."""
    login = login.strip()
    with db.transaction() as session:
        user = session.scalar(select(User).where(_login_is(login))) if _could_be_a_login(login) else None
        ok = verify_password(user.password_hash if user is not None else None, password)
        if user is None or not ok:
            raise AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "The login or the password is not correct."))
        if not user.active:
            raise AuthenticationFailed(
                QT_TRANSLATE_NOOP("Errors", "This account has been deactivated: ask an administrator to reactivate it.")
            )
        if user.password_hash is not None and needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        return Actor.of(user)


def create_user(
    db: Database,
    actor: Actor,
    *,
    login: str,
    display_name: str,
    password: str,
    roles: list[str],
    email: str | None = None,
    language: str | None = None,
) -> int:
    actor.require(Permission.ADMIN)
    login = _checked_account(login, display_name, password)
    _check_language(language)
    roles = list(dict.fromkeys(roles))
    with db.transaction() as session:
        if session.scalar(select(User.id).where(_login_is(login))) is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The login {login} is already taken."), login=login)
        known = ensure_default_roles(session)
        unknown = [name for name in roles if name not in known]
        if unknown:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown role: {role}"), role=", ".join(unknown))
        user = User(
            login=login,
            display_name=display_name.strip(),
            email=email,
            language=language,
            password_hash=hash_password(password),
            roles=[known[name] for name in roles],
        )
        session.add(user)
        session.flush()
        return user.id


def set_password(db: Database, actor: Actor, user_id: int, password: str) -> None:
    if actor.user_id != user_id:
        actor.require(Permission.ADMIN)
    _check_password(password)
    with db.transaction() as session:
        user = session.get(User, user_id)
        if user is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No such user."))
        user.password_hash = hash_password(password)


def create_first_administrator(db: Database, login: str, display_name: str, password: str) -> Actor:
    """The first account of a new server database; refused once any user exists."""
    login = _checked_account(login, display_name, password)
    with db.transaction() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "This database already has users: sign in instead."))
        roles = ensure_default_roles(session)
        user = User(
            login=login,
            display_name=display_name.strip(),
            password_hash=hash_password(password),
            roles=[roles["administrator"]],
        )
        session.add(user)
        session.flush()
        return Actor.of(user)

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import User
from desktop.domain.errors import AuthenticationFailed, PermissionDenied
from desktop.services.actor import Actor
from desktop.services.users import create_first_administrator, create_user, sign_in


def test_sign_in_with_the_right_password(db: Database, admin: Actor) -> None:
    create_user(db, admin, login="claire", display_name="Claire Martin", password="s3cret-pass", roles=["agent"])
    actor = sign_in(db, "Claire", "s3cret-pass")
    assert actor.login == "claire"
    assert actor.permissions == frozenset()


def test_wrong_password_and_unknown_login_get_the_same_refusal(db: Database, admin: Actor) -> None:
    create_user(db, admin, login="claire", display_name="Claire Martin", password="s3cret-pass", roles=["agent"])
    with pytest.raises(AuthenticationFailed) as wrong_password:
        sign_in(db, "claire", "not-the-password")
    with pytest.raises(AuthenticationFailed) as unknown_login:
        sign_in(db, "nobody", "not-the-password")
    assert wrong_password.value.message == unknown_login.value.message


def test_password_is_stored_as_argon2id_hash(db: Database, admin: Actor) -> None:
    create_user(db, admin, login="claire", display_name="Claire", password="s3cret-pass", roles=["agent"])
    with db.reading() as session:
        stored = session.scalar(select(User.password_hash).where(User.login == "claire"))
    assert stored is not None and stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert "s3cret-pass" not in stored


def test_an_agent_cannot_create_users_and_nothing_is_written(db: Database, admin: Actor) -> None:
    create_user(db, admin, login="claire", display_name="Claire", password="s3cret-pass", roles=["agent"])
    agent = sign_in(db, "claire", "s3cret-pass")
    with db.reading() as session:
        before = session.scalar(select(func.count()).select_from(User))
    with pytest.raises(PermissionDenied):
        create_user(db, agent, login="eve", display_name="Eve", password="another-pass", roles=["administrator"])
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(User)) == before


def test_first_administrator_only_on_a_database_without_users(db: Database) -> None:
    actor = create_first_administrator(db, "chef", "Chef", "long-enough-pass")
    assert sign_in(db, "chef", "long-enough-pass").user_id == actor.user_id
    with pytest.raises(PermissionDenied):
        create_first_administrator(db, "intruder", "Intruder", "long-enough-pass")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(User)) == 1

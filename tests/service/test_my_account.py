"""File > My account: an agent's own name, email, language and password."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Role
from desktop.domain.errors import AuthenticationFailed, ConcurrentChange, PermissionDenied, ValidationError
from desktop.domain.records import ChangeAction, Record
from desktop.services.actor import Actor
from desktop.services.agents import AgentFields, create_agent, get_agent, set_agent_active, set_password
from desktop.services.change_log import changes_of
from desktop.services.my_account import (
    change_my_password,
    my_account,
    password_change_required,
    update_my_account,
)
from desktop.services.users import sign_in
from tests.bad_input_world import BAD_INPUT, refused
from tests.bad_values import UNKNOWN_LANGUAGES, bad_line
from tests.factories import actor_for

PASSWORD = "correct horse battery"


@pytest.fixture
def claire(db: Database, admin: Actor) -> Actor:
    with db.reading() as session:
        agent_role = session.scalar(select(Role.id).where(Role.name == "agent"))
    assert agent_role is not None
    fields = AgentFields("claire", "Claire Martin", None, None, frozenset({agent_role}))
    return actor_for(db, create_agent(db, admin, fields, PASSWORD))


def test_an_agent_changes_their_name_email_and_language(db: Database, claire: Actor) -> None:
    account = my_account(db, claire)
    version = update_my_account(db, claire, account.version, "Claire Dupont", "claire@example.com", "de")
    again = my_account(db, claire)
    assert (again.display_name, again.email, again.language, again.version) == (
        "Claire Dupont",
        "claire@example.com",
        "de",
        version,
    )
    fields = {
        line.field for line in changes_of(db, Record.AGENT, claire.user_id) if line.action is ChangeAction.CHANGED
    }
    assert fields == {"display_name", "email", "language"}
    refused(db, lambda: update_my_account(db, claire, account.version, "Claire", None, None), ConcurrentChange)


def test_the_password_needs_the_current_one(db: Database, claire: Actor) -> None:
    error = refused(
        db, lambda: change_my_password(db, claire, "wrong one!", "brand new password"), AuthenticationFailed
    )
    assert error.message.english() == "The current password is not correct."
    refused(db, lambda: change_my_password(db, claire, None, "brand new password"), AuthenticationFailed)
    refused(db, lambda: change_my_password(db, claire, PASSWORD, PASSWORD), ValidationError)
    change_my_password(db, claire, PASSWORD, "brand new password")
    assert sign_in(db, "claire", "brand new password").user_id == claire.user_id
    assert ChangeAction.PASSWORD_SET in [line.action for line in changes_of(db, Record.AGENT, claire.user_id)]


def test_the_local_administrator_sets_a_first_password_without_one(db: Database, admin: Actor) -> None:
    assert not my_account(db, admin).has_password
    change_my_password(db, admin, None, "brand new password")
    assert my_account(db, admin).has_password


def test_a_forced_change_is_cleared_by_the_new_password(db: Database, admin: Actor, claire: Actor) -> None:
    set_password(db, admin, claire.user_id, "temporary password", must_change=True)
    assert password_change_required(db, claire)
    change_my_password(db, claire, "temporary password", "my own password")
    assert not password_change_required(db, claire)


def test_a_deactivated_agent_cannot_change_their_account(db: Database, admin: Actor, claire: Actor) -> None:
    set_agent_active(db, admin, claire.user_id, get_agent(db, admin, claire.user_id).version, False)
    refused(db, lambda: update_my_account(db, claire, 1, "Claire", None, None), PermissionDenied)
    refused(db, lambda: change_my_password(db, claire, PASSWORD, "brand new password"), PermissionDenied)


@BAD_INPUT
@given(
    bad=st.one_of(
        st.tuples(st.just("display_name"), st.one_of(bad_line(120), st.sampled_from(["", "  "]))),
        st.tuples(st.just("email"), st.one_of(bad_line(254), st.sampled_from(["claire", "claire@", "a@b@c"]))),
        st.tuples(st.just("language"), UNKNOWN_LANGUAGES),
    ),
    password=st.one_of(
        st.text(max_size=7), st.builds(lambda c: "long" + c + "password", st.sampled_from("\x00\n\x1b"))
    ),
)
def test_bad_values_are_refused_and_nothing_written(
    db: Database, claire: Actor, bad: tuple[str, str], password: str
) -> None:
    values = {"display_name": "Claire", "email": None, "language": None, bad[0]: bad[1]}
    version = my_account(db, claire).version
    refused(db, lambda: update_my_account(db, claire, version, **values), ValidationError)  # type: ignore[arg-type]
    refused(db, lambda: change_my_password(db, claire, PASSWORD, password), ValidationError)

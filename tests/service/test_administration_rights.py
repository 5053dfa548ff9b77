"""Who may change agents and roles: the administrator as stored now (not as signed in), the embedded database's
local administrator kept, duplicates and lost races refused as such (nothing written)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select, update

from desktop.db.engine import Database
from desktop.db.models import Role, User
from desktop.domain.errors import ConcurrentChange, PermissionDenied, ValidationError
from desktop.domain.permissions import Permission
from desktop.services import agents, roles
from desktop.services.actor import Actor
from desktop.services.agents import AgentFields, create_agent, get_agent, set_agent_active, set_password, update_agent
from desktop.services.roles import create_role, list_roles, update_role
from tests.bad_input_world import refused
from tests.factories import actor_for
from tests.service.test_agents import PASSWORD, claire, role_ids

EVERYTHING_BUT_ADMIN = set(Permission) - {Permission.ADMIN}


def embedded(db: Database) -> bool:
    return db.engine.dialect.name == "sqlite"


def role_named(db: Database, admin: Actor, name: str):  # noqa: ANN201 - a RoleRow
    return next(row for row in list_roles(db, admin) if row.name == name)


def every_admin_write(db: Database, actor: Actor, agent_id: int, role_id: int) -> list[Callable[[], Any]]:
    """One call of each write of agents and roles, acting as ``actor`` on agent ``agent_id`` and role ``role_id``."""
    with db.reading() as session:
        user = session.get(User, agent_id)
        role = session.get(Role, role_id)
        assert user is not None and role is not None
        version, role_version, role_name = user.version, role.version, role.name
    fields = AgentFields("renamed", "Renamed", None, None, frozenset({role_id}))
    return [
        lambda: create_agent(db, actor, AgentFields("eve", "Eve", None, None, frozenset({role_id})), PASSWORD),
        lambda: update_agent(db, actor, agent_id, version, fields),
        lambda: set_agent_active(db, actor, agent_id, version, True),
        lambda: set_agent_active(db, actor, agent_id, version, False),
        lambda: set_password(db, actor, agent_id, PASSWORD + "!", False),
        lambda: create_role(db, actor, "Chiefs", set(Permission)),
        lambda: update_role(db, actor, role_id, role_version, role_name + " 2", set(Permission)),
    ]


def test_a_deactivated_administrator_keeps_no_right_and_cannot_reactivate_themselves(
    db: Database, admin: Actor
) -> None:
    chief_id = create_agent(db, admin, claire(db, "administrator"), PASSWORD)
    chief = actor_for(db, chief_id)  # signed in while active
    set_agent_active(db, admin, chief_id, get_agent(db, admin, chief_id).version, False)
    administrator = role_named(db, admin, "administrator").id
    for call in every_admin_write(db, chief, chief_id, administrator):
        error = refused(db, call, PermissionDenied)
        assert error.message.english() == "Your account has been deactivated."
    assert not get_agent(db, admin, chief_id).active


def test_an_administrator_whose_roles_no_longer_grant_admin_keeps_no_right(db: Database, admin: Actor) -> None:
    chiefs = create_role(db, admin, "Chiefs", set(Permission))
    chief_id = create_agent(db, admin, AgentFields("claire", "Claire", None, None, frozenset({chiefs})))
    chief = actor_for(db, chief_id)
    assert chief.can(Permission.ADMIN)
    # Not their account but their role changes: it no longer grants admin.
    row = role_named(db, admin, "Chiefs")
    update_role(db, admin, chiefs, row.version, "Chiefs", EVERYTHING_BUT_ADMIN)
    for call in every_admin_write(db, chief, chief_id, chiefs):
        error = refused(db, call, PermissionDenied)
        assert "You do not have the permission to do this" in error.message.english()
    # Given back the role granting it, they administer again without signing in anew.
    row = role_named(db, admin, "Chiefs")
    update_role(db, admin, chiefs, row.version, "Chiefs", set(Permission))
    create_role(db, chief, "Helpers", [])


def test_the_local_administrator_stays_an_administrator_on_the_embedded_database(db: Database, admin: Actor) -> None:
    bob = create_agent(db, admin, AgentFields("bob", "Bob", None, None, role_ids(db, "administrator")), PASSWORD)
    me = get_agent(db, admin, admin.user_id)
    unticked = AgentFields("admin", me.display_name, None, None, role_ids(db, "agent"))
    administrator = role_named(db, admin, "administrator")

    # The role of both loses admin (another role still gives it to Bob alone).
    chiefs = create_role(db, admin, "Chiefs", set(Permission))
    bob_row = get_agent(db, admin, bob)
    update_agent(db, admin, bob, bob_row.version, AgentFields("bob", "Bob", None, None, frozenset({chiefs})))
    take_from_role = lambda: update_role(  # noqa: E731
        db, admin, administrator.id, administrator.version, "administrator", EVERYTHING_BUT_ADMIN
    )
    untick_own_role = lambda: update_agent(db, admin, admin.user_id, me.version, unticked)  # noqa: E731
    if embedded(db):
        expected = "Administrator must stay an active administrator: with the embedded database everyone works as "
        for call in (untick_own_role, take_from_role):
            error = refused(db, call, ValidationError)
            assert error.message.english().startswith(expected)
        deactivate = lambda: set_agent_active(  # noqa: E731
            db, actor_for(db, bob), admin.user_id, get_agent(db, admin, admin.user_id).version, False
        )
        refused(db, deactivate, ValidationError)
        assert get_agent(db, admin, admin.user_id).is_admin
    else:
        # With a server, everyone signs in: Bob, an administrator, may administer.
        untick_own_role()
        assert not get_agent(db, actor_for(db, bob), admin.user_id).is_admin


def test_the_local_administrator_may_lose_admin_once_another_agent_signs_in_as_them(db: Database, admin: Actor) -> None:
    # Renamed (with a password), the account no longer is the one the embedded database works as.
    set_password(db, admin, admin.user_id, PASSWORD, False)
    me = get_agent(db, admin, admin.user_id)
    update_agent(db, admin, admin.user_id, me.version, AgentFields("root", me.display_name, None, None, me.role_ids))
    bob = create_agent(db, admin, AgentFields("bob", "Bob", None, None, role_ids(db, "administrator")), PASSWORD)
    me = get_agent(db, admin, admin.user_id)
    update_agent(db, admin, admin.user_id, me.version, AgentFields("root", me.display_name, None, None, frozenset()))
    assert not get_agent(db, actor_for(db, bob), admin.user_id).is_admin


def test_an_agent_taken_in_a_race_is_refused_as_changed_meanwhile(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another transaction saves the agent between this one's version check and its write.
    agent_id = create_agent(db, admin, claire(db), PASSWORD)
    real_check = agents.check_version

    def overtaken(session: Any, record: Any, row: Any, version: int, name: str) -> None:
        real_check(session, record, row, version, name)
        session.execute(update(type(row).__table__).where(type(row).id == row.id).values(version=row.version + 1))

    monkeypatch.setattr(agents, "check_version", overtaken)
    row = get_agent(db, admin, agent_id)
    fields = AgentFields("claire", "Claire M.", row.email, row.language, row.role_ids)
    error = refused(db, lambda: update_agent(db, admin, agent_id, row.version, fields), ConcurrentChange)
    assert "Claire Martin" in error.message.english() and "since you opened it" in error.message.english()
    refused(db, lambda: set_agent_active(db, admin, agent_id, row.version, False), ConcurrentChange)


def test_a_role_taken_in_a_race_is_refused_as_changed_meanwhile(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_check = roles.check_version

    def overtaken(session: Any, record: Any, row: Any, version: int, name: str) -> None:
        real_check(session, record, row, version, name)
        session.execute(update(type(row).__table__).where(type(row).id == row.id).values(version=row.version + 1))

    monkeypatch.setattr(roles, "check_version", overtaken)
    row = role_named(db, admin, "supervisor")
    error = refused(db, lambda: update_role(db, admin, row.id, row.version, "Leads", row.permissions), ConcurrentChange)
    assert "“supervisor”" in error.message.english()


def test_a_login_taken_at_the_same_moment_is_refused_as_taken(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_agent(db, admin, claire(db))
    otto = create_agent(db, admin, AgentFields("otto", "Otto", None, None, frozenset()))
    # The other transaction had not committed yet when this one looked.
    monkeypatch.setattr(agents, "_login_taken", lambda *_args: False)
    fields = AgentFields("claire", "Another Claire", None, None, frozenset())
    error = refused(db, lambda: create_agent(db, admin, fields, PASSWORD), ValidationError)
    assert error.message.english() == "The login claire is already taken."
    version = get_agent(db, admin, otto).version
    error = refused(db, lambda: update_agent(db, admin, otto, version, fields), ValidationError)
    assert error.message.english() == "The login claire is already taken."


def test_a_role_name_taken_at_the_same_moment_is_refused_as_existing(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(roles, "_name_taken", lambda *_args: False)
    error = refused(db, lambda: create_role(db, admin, "supervisor", []), ValidationError)
    assert error.message.english() == "A role named “supervisor” already exists."
    row = role_named(db, admin, "agent")
    refused(db, lambda: update_role(db, admin, row.id, row.version, "supervisor", []), ValidationError)
    with db.reading() as session:
        assert session.scalars(select(Role.name).order_by(Role.name)).all() == ["administrator", "agent", "supervisor"]

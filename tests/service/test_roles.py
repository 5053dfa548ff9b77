"""Administering roles: create, rename, tick permissions, and every refusal (nothing written)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Role
from desktop.domain.errors import ConcurrentChange, NotFound, PermissionDenied, ValidationError, ValueRefused
from desktop.domain.permissions import DEFAULT_ROLES, Permission
from desktop.domain.records import ChangeAction, Record
from desktop.services.actor import Actor
from desktop.services.agents import AgentFields, create_agent
from desktop.services.change_log import changes_of
from desktop.services.roles import create_role, list_roles, update_role
from desktop.services.users import local_administrator, sign_in
from tests.bad_input_world import BAD_INPUT, refused
from tests.bad_values import BAD_IDS, bad_line
from tests.factories import actor_for
from tests.service.test_agents import retire_local_administrator


def role(db: Database, admin: Actor, name: str):  # noqa: ANN201 - a RoleRow
    return next(row for row in list_roles(db, admin) if row.name == name)


def test_the_default_roles_are_listed_as_shipped(db: Database, admin: Actor) -> None:
    rows = list_roles(db, admin)
    assert {row.name: row.permissions for row in rows} == DEFAULT_ROLES
    assert [row.name for row in rows] == ["administrator", "agent", "supervisor"]
    assert role(db, admin, "administrator").agents == 1


def test_a_role_is_created_renamed_and_its_permissions_ticked(db: Database, admin: Actor) -> None:
    role_id = create_role(db, admin, "  Dispatcher ", [Permission.CANCEL_PPM, "bulk_close_ppm"])
    row = role(db, admin, "Dispatcher")
    assert row.id == role_id and row.permissions == {Permission.CANCEL_PPM, Permission.BULK_CLOSE_PPM}
    version = update_role(db, admin, role_id, row.version, "Planner", [Permission.CANCEL_PPM, Permission.EDIT_CONTRACT])
    assert version > row.version
    again = role(db, admin, "Planner")
    assert again.permissions == {Permission.CANCEL_PPM, Permission.EDIT_CONTRACT} and again.version == version
    changed = {
        line.field: line.new_value
        for line in reversed(changes_of(db, Record.ROLE, role_id))
        if line.action is ChangeAction.CHANGED
    }  # the newest value of each field
    assert changed["name"] == "Planner"
    assert changed["permissions"] == "cancel_ppm\nedit_contract"
    assert ChangeAction.CREATED in [line.action for line in changes_of(db, Record.ROLE, role_id)]


def test_ticking_only_permissions_is_a_new_version_and_reaches_the_agents(db: Database, admin: Actor) -> None:
    agent_role = role(db, admin, "agent")
    agent_id = create_agent(
        db, admin, AgentFields("claire", "Claire", None, None, frozenset({agent_role.id})), "long enough pass"
    )
    version = update_role(db, admin, agent_role.id, agent_role.version, "agent", [Permission.DELETE_WORK_ORDER])
    assert version > agent_role.version
    assert sign_in(db, "claire", "long enough pass").permissions == {Permission.DELETE_WORK_ORDER}
    assert actor_for(db, agent_id).can(Permission.DELETE_WORK_ORDER)
    refused(db, lambda: update_role(db, admin, agent_role.id, agent_role.version, "agent", []), ConcurrentChange)


def test_a_renamed_default_role_is_not_made_again(db: Database, admin: Actor) -> None:
    agent_role = role(db, admin, "agent")
    update_role(db, admin, agent_role.id, agent_role.version, "Technician", [])
    local_administrator(db)
    assert [row.name for row in list_roles(db, admin)] == ["administrator", "supervisor", "Technician"]


def test_a_duplicate_name_is_refused_whatever_its_case(db: Database, admin: Actor) -> None:
    error = refused(db, lambda: create_role(db, admin, "SUPERVISOR", []), ValidationError)
    assert error.message.english() == "A role named “SUPERVISOR” already exists."
    agent_role = role(db, admin, "agent")
    refused(db, lambda: update_role(db, admin, agent_role.id, agent_role.version, " Supervisor", []), ValidationError)


def test_admin_cannot_be_taken_from_the_last_role_giving_it(db: Database, admin: Actor) -> None:
    retire_local_administrator(db, admin)
    boss = role(db, admin, "administrator")
    everything_but_admin = set(Permission) - {Permission.ADMIN}
    error = refused(
        db,
        lambda: update_role(db, admin, boss.id, boss.version, "administrator", everything_but_admin),
        PermissionDenied,
    )
    assert "last one that makes an active agent an administrator" in error.message.english()
    # Once another role makes someone an administrator, it may go.
    supervisor = role(db, admin, "supervisor")
    update_role(db, admin, supervisor.id, supervisor.version, "supervisor", set(Permission))
    create_agent(db, admin, AgentFields("sue", "Sue", None, None, frozenset({supervisor.id})))
    update_role(db, admin, boss.id, boss.version, "administrator", everything_but_admin)
    assert Permission.ADMIN not in role(db, admin, "administrator").permissions


def test_an_agent_without_admin_cannot_touch_roles(db: Database, admin: Actor) -> None:
    agent_role = role(db, admin, "agent")
    agent = actor_for(
        db, create_agent(db, admin, AgentFields("claire", "Claire", None, None, frozenset({agent_role.id})))
    )
    refused(db, lambda: list_roles(db, agent), PermissionDenied)
    refused(db, lambda: create_role(db, agent, "Mine", set(Permission)), PermissionDenied)
    refused(
        db,
        lambda: update_role(db, agent, agent_role.id, agent_role.version, "agent", set(Permission)),
        PermissionDenied,
    )


@BAD_INPUT
@given(
    name=st.one_of(bad_line(60), st.sampled_from(["", "   ", "Agent", "administrator "])),
    permission=st.one_of(st.none(), st.sampled_from(["", "ADMIN", "superuser", "admin "])),
    role_id=BAD_IDS,
)
def test_bad_values_are_refused_and_nothing_written(
    db: Database, admin: Actor, name: str, permission: str | None, role_id: int
) -> None:
    permissions = [Permission.CANCEL_PPM] if permission is None else [Permission.CANCEL_PPM, permission]
    error = refused(db, lambda: create_role(db, admin, name, permissions))
    assert isinstance(error, ValidationError)
    agent_role = role(db, admin, "supervisor")
    refused(db, lambda: update_role(db, admin, agent_role.id, agent_role.version, name, permissions), ValidationError)
    refused(db, lambda: update_role(db, admin, role_id, 1, "Fine name", []), NotFound, ValueRefused)


def test_no_role_is_written_on_refusal(db: Database, admin: Actor) -> None:
    with db.reading() as session:
        before = session.scalars(select(Role.name)).all()
    refused(db, lambda: create_role(db, admin, "x" * 61, []), ValueRefused)
    with db.reading() as session:
        assert session.scalars(select(Role.name)).all() == before

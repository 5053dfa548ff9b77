"""Administering agents: create, edit, deactivate and reactivate, passwords, and every refusal (nothing written)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import ChangeEntry, Role, User
from desktop.domain.errors import (
    AuthenticationFailed,
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    ValidationError,
    ValueRefused,
)
from desktop.domain.records import ChangeAction, Record
from desktop.domain.workorders import Priority, WorkOrderType
from desktop.services import lookup_search, lookups
from desktop.services.actor import Actor
from desktop.services.agents import (
    AgentFields,
    create_agent,
    get_agent,
    list_agents,
    set_agent_active,
    set_password,
    update_agent,
)
from desktop.services.change_log import changes_of
from desktop.services.users import sign_in
from desktop.services.workorder_detail import get_detail
from desktop.services.workorders import NewWorkOrder, create_work_order
from tests.bad_input_world import BAD_INPUT, refused
from tests.bad_values import BAD_IDS, UNKNOWN_LANGUAGES, bad_line, good_line
from tests.factories import actor_for, client_with_building

PASSWORD = "correct horse battery"


def role_ids(db: Database, *names: str) -> frozenset[int]:
    with db.reading() as session:
        ids = frozenset(session.scalars(select(Role.id).where(Role.name.in_(names))))
    assert len(ids) == len(names)
    return ids


def claire(db: Database, *roles: str) -> AgentFields:
    return AgentFields("claire", "Claire Martin", "claire@example.com", "fr", role_ids(db, *(roles or ("agent",))))


def test_an_agent_is_created_listed_and_logged(db: Database, admin: Actor) -> None:
    agent_id = create_agent(db, admin, claire(db, "agent", "supervisor"), PASSWORD, must_change_password=True)
    row = get_agent(db, admin, agent_id)
    assert (row.login, row.display_name, row.email, row.language) == (
        "claire",
        "Claire Martin",
        "claire@example.com",
        "fr",
    )
    assert row.role_names == ("agent", "supervisor") and row.active and row.has_password and row.must_change_password
    assert not row.is_admin
    assert [agent.login for agent in list_agents(db, admin)] == ["admin", "claire"]
    actions = [line.action for line in changes_of(db, Record.AGENT, agent_id)]
    assert actions == [ChangeAction.PASSWORD_RESET, ChangeAction.PASSWORD_SET, ChangeAction.CREATED]
    assert sign_in(db, "claire", PASSWORD).user_id == agent_id


def test_an_agent_without_a_password_cannot_sign_in(db: Database, admin: Actor) -> None:
    agent_id = create_agent(db, admin, claire(db))
    assert not get_agent(db, admin, agent_id).has_password
    with pytest.raises(AuthenticationFailed):
        sign_in(db, "claire", "")


def test_an_edit_saves_every_field_logs_each_change_and_bumps_the_version(db: Database, admin: Actor) -> None:
    agent_id = create_agent(db, admin, claire(db))
    version = get_agent(db, admin, agent_id).version
    fields = AgentFields("cmartin", "Claire Dupont", " Claire@Example.org ", None, role_ids(db, "supervisor"))
    new_version = update_agent(db, admin, agent_id, version, fields)
    assert new_version > version
    row = get_agent(db, admin, agent_id)
    assert (row.login, row.display_name, row.email, row.language, row.role_names) == (
        "cmartin",
        "Claire Dupont",
        "Claire@example.org",
        None,
        ("supervisor",),
    )
    changed = {
        line.field: (line.old_value, line.new_value)
        for line in changes_of(db, Record.AGENT, agent_id)
        if line.action is ChangeAction.CHANGED
    }
    assert changed == {
        "login": ("claire", "cmartin"),
        "display_name": ("Claire Martin", "Claire Dupont"),
        "email": ("claire@example.com", "Claire@example.org"),
        "language": ("fr", None),
        "roles": ("agent", "supervisor"),
    }
    assert update_agent(db, admin, agent_id, new_version, fields) == new_version  # nothing changed


def test_changing_only_the_roles_is_a_new_version(db: Database, admin: Actor) -> None:
    agent_id = create_agent(db, admin, claire(db))
    version = get_agent(db, admin, agent_id).version
    new_version = update_agent(db, admin, agent_id, version, claire(db, "agent", "administrator"))
    assert new_version > version and get_agent(db, admin, agent_id).is_admin
    with pytest.raises(ConcurrentChange):
        update_agent(db, admin, agent_id, version, claire(db, "agent"))


def test_an_edit_from_an_old_copy_names_who_changed_it(db: Database, admin: Actor) -> None:
    agent_id = create_agent(db, admin, claire(db))
    version = get_agent(db, admin, agent_id).version
    update_agent(db, admin, agent_id, version, AgentFields("claire", "Claire M.", None, None, role_ids(db, "agent")))
    error = refused(db, lambda: update_agent(db, admin, agent_id, version, claire(db)), ConcurrentChange)
    assert "Administrator" in error.message.english()


def test_a_deactivated_agent_cannot_sign_in_and_is_no_assignee_but_reactivates(db: Database, admin: Actor) -> None:
    agent_id = create_agent(db, admin, claire(db), PASSWORD)
    version = get_agent(db, admin, agent_id).version
    version = set_agent_active(db, admin, agent_id, version, False)
    assert (agent_id, "Claire Martin") not in lookups.agents(db)
    assert (agent_id, "Claire Martin") not in lookup_search.active_agents(db)
    with pytest.raises(AuthenticationFailed) as refusal:
        sign_in(db, "claire", PASSWORD)
    assert "deactivated" in refusal.value.message.english()
    with pytest.raises(AuthenticationFailed) as wrong:
        sign_in(db, "claire", "not the password")
    assert "deactivated" not in wrong.value.message.english()  # nothing told to who does not know the password
    set_agent_active(db, admin, agent_id, version, True)
    assert (agent_id, "Claire Martin") in lookups.agents(db)
    assert sign_in(db, "claire", PASSWORD).user_id == agent_id
    actions = [line.action for line in changes_of(db, Record.AGENT, agent_id)]
    assert actions[:2] == [ChangeAction.RESTORED, ChangeAction.ARCHIVED]


def test_a_password_set_by_an_administrator_signs_in_and_may_be_forced(db: Database, admin: Actor) -> None:
    agent_id = create_agent(db, admin, claire(db), PASSWORD)
    set_password(db, admin, agent_id, "another long one", must_change=True)
    assert get_agent(db, admin, agent_id).must_change_password
    assert sign_in(db, "claire", "another long one").user_id == agent_id
    set_password(db, admin, agent_id, "a third long one", must_change=False)
    assert not get_agent(db, admin, agent_id).must_change_password


# -- refusals -----------------------------------------------------------------------------------------------


def test_an_administrator_cannot_deactivate_themselves(db: Database, admin: Actor) -> None:
    version = get_agent(db, admin, admin.user_id).version
    error = refused(db, lambda: set_agent_active(db, admin, admin.user_id, version, False), PermissionDenied)
    assert error.message.english() == "You cannot deactivate your own account."


def retire_local_administrator(db: Database, admin: Actor) -> None:
    """The local administrator becomes an agent who signs in (a password, another login): on the embedded
    database the account named ``admin`` must stay an administrator, which the last-administrator rule is not."""
    set_password(db, admin, admin.user_id, PASSWORD, False)
    me = get_agent(db, admin, admin.user_id)
    update_agent(db, admin, admin.user_id, me.version, AgentFields("root", me.display_name, None, None, me.role_ids))


def test_the_last_administrator_keeps_an_administrator_role(db: Database, admin: Actor) -> None:
    retire_local_administrator(db, admin)
    chief = create_agent(db, admin, claire(db, "administrator"), PASSWORD)
    boss = actor_for(db, chief)
    # Two administrators: the local one may lose the role; then the last one may not.
    me = get_agent(db, admin, admin.user_id)
    update_agent(db, boss, admin.user_id, me.version, AgentFields("root", me.display_name, None, None, frozenset()))
    row = get_agent(db, boss, chief)
    demoted = AgentFields("claire", row.display_name, row.email, row.language, role_ids(db, "agent"))
    error = refused(db, lambda: update_agent(db, boss, chief, row.version, demoted), PermissionDenied)
    assert "last active administrator" in error.message.english()


def test_two_administrators_cannot_deactivate_each_other(db: Database, admin: Actor) -> None:
    # Each signed in while both were active: the second to act finds their own account deactivated.
    retire_local_administrator(db, admin)
    chief = create_agent(db, admin, claire(db, "administrator"), PASSWORD)
    boss = actor_for(db, chief)
    set_agent_active(db, boss, admin.user_id, get_agent(db, boss, admin.user_id).version, False)
    version = get_agent(db, boss, chief).version
    error = refused(db, lambda: set_agent_active(db, admin, chief, version, False), PermissionDenied)
    assert error.message.english() == "Your account has been deactivated."
    assert get_agent(db, boss, chief).active and get_agent(db, boss, chief).is_admin


def test_a_duplicate_login_is_refused_whatever_its_case(db: Database, admin: Actor) -> None:
    create_agent(db, admin, claire(db))
    fields = AgentFields(" CLAIRE ", "Another Claire", None, None, frozenset())
    error = refused(db, lambda: create_agent(db, admin, fields), ValidationError)
    assert error.message.english() == "The login CLAIRE is already taken."
    otto = create_agent(db, admin, AgentFields("otto", "Otto", None, None, frozenset()))
    version = get_agent(db, admin, otto).version
    refused(db, lambda: update_agent(db, admin, otto, version, fields), ValidationError)


def test_the_local_administrator_keeps_their_login(db: Database, admin: Actor) -> None:
    me = get_agent(db, admin, admin.user_id)
    fields = AgentFields("root", me.display_name, None, None, me.role_ids)
    refused(db, lambda: update_agent(db, admin, admin.user_id, me.version, fields), ValidationError)


def test_an_agent_without_admin_is_refused_everything(db: Database, admin: Actor) -> None:
    agent_id = create_agent(db, admin, claire(db), PASSWORD)
    agent = actor_for(db, agent_id)
    version = get_agent(db, admin, agent_id).version
    for call in (
        lambda: list_agents(db, agent),
        lambda: get_agent(db, agent, agent_id),
        lambda: create_agent(db, agent, AgentFields("eve", "Eve", None, None, role_ids(db, "administrator"))),
        lambda: update_agent(db, agent, agent_id, version, claire(db, "administrator")),
        lambda: set_agent_active(db, agent, admin.user_id, 1, False),
        lambda: set_password(db, agent, admin.user_id, PASSWORD, False),
    ):
        refused(db, call, PermissionDenied)


def test_an_unknown_agent_or_role_is_refused(db: Database, admin: Actor) -> None:
    refused(db, lambda: set_agent_active(db, admin, 999_999, 1, False), NotFound)
    refused(db, lambda: set_password(db, admin, 999_999, PASSWORD, False), NotFound)
    refused(db, lambda: create_agent(db, admin, AgentFields("x", "X", None, None, frozenset({999_999}))), NotFound)


BAD_FIELDS = st.one_of(
    st.tuples(st.just("login"), st.one_of(bad_line(80), st.sampled_from(["", "   ", "ADMIN"]))),
    st.tuples(st.just("display_name"), st.one_of(bad_line(120), st.sampled_from(["", "  "]))),
    st.tuples(
        st.just("email"), st.one_of(bad_line(254), st.sampled_from(["claire", "claire@", "@example.com", "a b@c.d"]))
    ),
    st.tuples(st.just("language"), UNKNOWN_LANGUAGES),
    st.tuples(st.just("role_ids"), st.builds(lambda bad: frozenset({bad}), BAD_IDS)),
)


@BAD_INPUT
@given(bad=BAD_FIELDS, name=good_line(40), editing=st.booleans())
def test_a_bad_value_is_refused_and_nothing_written(
    db: Database, admin: Actor, bad: tuple[str, object], name: str, editing: bool
) -> None:
    field, value = bad
    values = {"login": "newcomer", "display_name": name, "email": None, "language": None, "role_ids": frozenset()}
    fields = AgentFields(**{**values, field: value})  # type: ignore[arg-type]
    if editing:
        me = get_agent(db, admin, admin.user_id)
        if field == "login" and value == "ADMIN":
            return
        error = refused(db, lambda: update_agent(db, admin, admin.user_id, me.version, fields))
    else:
        error = refused(db, lambda: create_agent(db, admin, fields))
    assert isinstance(error, ValidationError | NotFound | ValueRefused)


@BAD_INPUT
@given(
    password=st.one_of(
        st.text(max_size=7),
        st.builds(lambda char: "long enough" + char + "password", st.sampled_from(["\x00", "\n", "\ud800", "\x1b"])),
    ),
    agent=BAD_IDS,
)
def test_a_bad_password_or_agent_is_refused(db: Database, admin: Actor, password: str, agent: int) -> None:
    refused(db, lambda: set_password(db, admin, admin.user_id, password, True), ValidationError)
    refused(db, lambda: set_password(db, admin, agent, PASSWORD, True))
    refused(db, lambda: create_agent(db, admin, AgentFields("x", "X"), password), ValidationError)


def test_refusals_write_no_change_entry(db: Database, admin: Actor) -> None:
    with db.reading() as session:
        before = session.scalars(select(ChangeEntry.id)).all()
        users = session.scalars(select(User.id)).all()
    with pytest.raises(PermissionDenied):
        set_agent_active(db, admin, admin.user_id, 1, False)
    with db.reading() as session:
        assert session.scalars(select(ChangeEntry.id)).all() == before
        assert session.scalars(select(User.id)).all() == users


def test_the_orders_of_a_deactivated_agent_keep_their_name(db: Database, admin: Actor) -> None:
    agent_id = create_agent(db, admin, claire(db))
    building = client_with_building(db)
    number = create_work_order(
        db,
        admin,
        NewWorkOrder(
            type=WorkOrderType.REACTIVE,
            title="Leak",
            building_id=building,
            priority=Priority.HIGH,
            assignee_id=agent_id,
        ),
    )
    set_agent_active(db, admin, agent_id, get_agent(db, admin, agent_id).version, False)
    assert get_detail(db, admin, number).assignee == "Claire Martin"
    new = NewWorkOrder(
        type=WorkOrderType.REACTIVE, title="Another", building_id=building, priority=Priority.LOW, assignee_id=agent_id
    )
    refused(db, lambda: create_work_order(db, admin, new), ValidationError)

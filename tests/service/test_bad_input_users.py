"""Bad input to the accounts: creating users, passwords, sign-in and the first administrator, refused with a
BureauError and nothing written, on both databases (see tests/service/test_bad_input.py)."""

from __future__ import annotations

from functools import partial

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.db.engine import Database
from desktop.db.models import User
from desktop.domain.errors import (
    AuthenticationFailed,
    BureauError,
    PermissionDenied,
    ValidationError,
    ValueRefused,
)
from desktop.domain.languages import LANGUAGES
from desktop.services.actor import Actor
from desktop.services.users import (
    create_first_administrator,
    create_user,
    local_administrator,
    set_password,
    sign_in,
)
from tests.bad_input_world import AGENT_PASSWORD, BAD_INPUT, FEW, World, build_world, refused
from tests.bad_values import (
    BAD_IDS,
    GOOD_WORD,
    KNOWN_ROLES,
    SURROGATES,
    UNKNOWN_LANGUAGES,
    bad_line,
    good_line,
    roles_with_an_unknown_one,
)

PASSWORD = "correct horse battery"
# A password no one can type or hash: a lone surrogate, or too short.
BAD_PASSWORDS = st.one_of(
    st.builds(lambda before, char: before + char + "battery staple", GOOD_WORD, SURROGATES),
    st.text(st.sampled_from("ab1 é"), max_size=7),
    st.sampled_from(["", "1234567", "\ud800" * 12]),
)


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build_world(db, admin)


@pytest.fixture
def empty(db: Database) -> Database:
    """A migrated database without a single user yet."""
    return db


def good_accounts() -> st.SearchStrategy[dict[str, object]]:
    return st.fixed_dictionaries(
        {
            "login": good_line(80).filter(lambda login: login.lower() not in ("admin", "agent", "gone")),
            "display_name": good_line(120),
            "password": st.just(PASSWORD),
            "roles": st.lists(st.sampled_from(KNOWN_ROLES), max_size=3),
            "email": st.one_of(st.none(), st.just("someone@example.com")),
            "language": st.one_of(st.none(), st.sampled_from(LANGUAGES)),
        }
    )


ONE_BAD_FIELD = st.one_of(
    st.tuples(st.just("login"), st.one_of(bad_line(80), st.sampled_from(["", "  ", "admin", "AGENT"]))),
    st.tuples(st.just("display_name"), st.one_of(bad_line(120), st.just("   "))),
    st.tuples(st.just("email"), bad_line(254)),
    st.tuples(st.just("language"), UNKNOWN_LANGUAGES),
    st.tuples(st.just("password"), BAD_PASSWORDS),
    st.tuples(st.just("roles"), roles_with_an_unknown_one()),
)


@BAD_INPUT
@given(good=good_accounts(), bad=ONE_BAD_FIELD)
def test_a_user_with_one_bad_value_is_refused(world: World, good: dict[str, object], bad: tuple[str, object]) -> None:
    name, value = bad
    account = {**good, name: value}
    error = refused(world.db, lambda: create_user(world.db, world.admin, **account))  # type: ignore[arg-type]
    assert type(error) is user_refusal(name, value)


def user_refusal(name: str, value: object) -> type[BureauError]:
    """A value that cannot be stored (or hashed) is refused as such; the rules refuse the others."""
    if isinstance(value, str) and name in ("login", "display_name", "email"):
        return ValueRefused if value.strip() and value not in ("admin", "AGENT") else ValidationError
    if isinstance(value, str) and name == "password":
        return ValueRefused if len(value) >= 8 else ValidationError
    return ValidationError


@BAD_INPUT
@given(data=st.data())
def test_a_sign_in_that_cannot_match_is_refused(world: World, data: st.DataObject) -> None:
    if data.draw(st.booleans(), "bad login"):
        login, password = data.draw(bad_line(80), "login"), AGENT_PASSWORD
    else:
        login, password = data.draw(st.sampled_from(["agent", "AGENT ", "admin", "gone"]), "login"), AGENT_PASSWORD
        password = data.draw(st.one_of(BAD_PASSWORDS, bad_line(300)), "password")
    error = refused(world.db, lambda: sign_in(world.db, login, password))
    assert type(error) is AuthenticationFailed


@BAD_INPUT
@given(data=st.data())
def test_a_password_that_cannot_be_set_is_refused(world: World, data: st.DataObject) -> None:
    if data.draw(st.booleans(), "bad user"):
        user, password = data.draw(BAD_IDS, "user"), PASSWORD
    else:
        user, password = world.agent.user_id, data.draw(BAD_PASSWORDS, "password")
    actor = data.draw(st.sampled_from([world.admin, world.agent]), "actor")
    refused(world.db, lambda: set_password(world.db, actor, user, password))


@BAD_INPUT
@given(good=good_accounts(), bad=ONE_BAD_FIELD)
def test_a_first_administrator_is_refused_once_there_are_users(
    world: World, good: dict[str, object], bad: tuple[str, object]
) -> None:
    account = {**good, bad[0]: bad[1]}
    login, name, password = account["login"], account["display_name"], account["password"]
    refused(
        world.db,
        lambda: create_first_administrator(world.db, login, name, password),  # type: ignore[arg-type]
        PermissionDenied,
        ValidationError,
    )


@FEW
@given(bad=ONE_BAD_FIELD.filter(lambda bad: bad[0] in ("login", "display_name", "password")))
def test_a_first_administrator_with_a_bad_value_is_refused(empty: Database, bad: tuple[str, object]) -> None:
    account: dict[str, object] = {"login": "boss", "display_name": "The Boss", "password": PASSWORD}
    account[bad[0]] = bad[1]
    assume(account["login"] not in ("admin", "AGENT"))
    refused(empty, lambda: create_first_administrator(empty, **account), ValidationError)  # type: ignore[arg-type]


@FEW
@given(name=st.one_of(bad_line(120), st.just("Administrator")), language=st.one_of(st.none(), UNKNOWN_LANGUAGES))
def test_the_local_administrator_with_a_bad_value_is_refused(empty: Database, name: str, language: str | None) -> None:
    assume(name != "Administrator" or language is not None)
    refused(empty, lambda: local_administrator(empty, name, language), ValidationError)


# -- the reproductions ----------------------------------------------------------------------------------------


def test_a_role_named_twice_is_granted_once(world: World) -> None:
    db, admin = world.db, world.admin
    user_id = create_user(db, admin, login="twice", display_name="Twice", password=PASSWORD, roles=["agent", "agent"])
    with db.reading() as session:
        user = session.get(User, user_id)
        assert user is not None and [role.name for role in user.roles] == ["agent"]


def test_a_user_field_beyond_its_column_is_refused(world: World) -> None:
    cases: list[tuple[str, object, type[BureauError]]] = [
        ("login", "l" * 81, ValueRefused),
        ("display_name", "n" * 121, ValueRefused),
        ("email", "e" * 250 + "@x.org", ValueRefused),
        ("language", "l" * 11, ValidationError),
        ("language", "xx", ValidationError),
        ("language", "fr_FR", ValidationError),
        ("login", "bad\x00login", ValueRefused),
        ("display_name", "\ud800", ValueRefused),
        ("password", "\ud800" * 8, ValueRefused),
        ("roles", ["agent", "wizard"], ValidationError),
    ]
    for field, value, expected in cases:
        account: dict[str, object] = {
            "login": "newcomer",
            "display_name": "New Comer",
            "password": PASSWORD,
            "roles": ["agent"],
            field: value,
        }
        error = refused(world.db, partial(create_user, world.db, world.admin, **account), expected)
        assert type(error) is expected, (field, value)

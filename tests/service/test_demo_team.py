"""The demo on a server (team mode): its agents cannot sign in; the first administrator is asked for as on any
new server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL

from desktop.db.engine import Database, make_engine
from desktop.db.migrate import upgrade
from desktop.db.models import User
from desktop.demo import DEMO_LOGIN, DEMO_PASSWORD, load_demo
from desktop.domain.errors import AuthenticationFailed
from desktop.domain.permissions import Permission
from desktop.services.users import create_first_administrator, has_users, sign_in

PASSWORD = "first-admin-pass"


@pytest.fixture
def server_db(postgres_schema_url: URL) -> Iterator[Database]:
    """A new server database at this version's schema: no user yet."""
    engine = make_engine(postgres_schema_url)
    upgrade(engine)
    database = Database(engine)
    yield database
    database.dispose()


def passwords(db: Database) -> dict[str, bool]:
    with db.reading() as session:
        return {user.login: user.password_hash is not None for user in session.scalars(select(User))}


def test_on_a_server_no_demo_agent_has_a_password(server_db: Database) -> None:
    assert not has_users(server_db)
    administrator = create_first_administrator(server_db, "alice", "Alice Admin", PASSWORD)
    summary = load_demo(server_db, "fr", size=50)
    assert summary.users == 5
    with_password = passwords(server_db)
    assert len(with_password) == 6 and {login for login, has in with_password.items() if has} == {"alice"}
    with pytest.raises(AuthenticationFailed):
        sign_in(server_db, DEMO_LOGIN, DEMO_PASSWORD)
    again = sign_in(server_db, "alice", PASSWORD)
    assert again.user_id == administrator.user_id and again.can(Permission.ADMIN)


def test_the_demo_supervisor_signs_in_to_the_embedded_database_only(db: Database) -> None:
    load_demo(db, "en", size=20)
    if db.url.get_backend_name() == "sqlite":
        actor = sign_in(db, DEMO_LOGIN, DEMO_PASSWORD)
        assert actor.can(Permission.CANCEL_PPM) and not actor.can(Permission.ADMIN)
    else:
        with pytest.raises(AuthenticationFailed):
            sign_in(db, DEMO_LOGIN, DEMO_PASSWORD)
        assert not any(passwords(db).values())

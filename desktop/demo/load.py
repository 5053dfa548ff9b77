"""Loading the demo data: a coherent portfolio in the user's language, or N work orders for scale work.

``load_demo(db)`` fills an empty database with six clients, their buildings and contacts, three contracts
with PPM jobs and periods, a few agents and about 500 work orders of every type, status and priority, each
with its activity log. ``load_demo(db, size=N)`` makes N orders instead, with only their "created" entry,
fast enough for a million on SQLite, and buildings and contacts in proportion (2 and 6 per 100 orders).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from random import Random

from sqlalchemy import Connection, String, case, cast, func, insert, literal, null, select
from sqlalchemy.orm import Session

from desktop.db.bulk import bulk_loading, insert_rows
from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Client, User, WorkOrder
from desktop.db.search import search_index_suspended
from desktop.demo.history import ACTIVITY_COLUMNS, OrderHistory
from desktop.demo.orders import FIRST_NUMBER, WORK_ORDER_COLUMNS, DraftOrder, OrderPlanner
from desktop.demo.scale import add_scale_sites
from desktop.demo.texts import DemoTexts, language_code, texts_for
from desktop.demo.world import DemoWorld, build_world, follow_completed_visits
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.workorders import ActivityKind, WorkOrderType
from desktop.services.passwords import hash_password
from desktop.services.ppm.auto_close import auto_close_due
from desktop.services.users import LOCAL_ADMIN_LOGIN, ensure_default_roles

DEFAULT_SIZE = 500
# Scale work goes to ten million orders; more would fill the disk before it helped anyone.
MAX_SIZE = 10_000_000
DEFAULT_SEED = 20261124
# The demo's supervisor; the password is set only in an embedded database.
DEMO_LOGIN = "demo"
DEMO_PASSWORD = "demo-password"
STAFF_MAIL_DOMAIN = "bureau-demo.example"


@dataclass(frozen=True)
class DemoSummary:
    """What ``load_demo`` wrote; ``users`` counts the users it added (an existing one is reused)."""

    clients: int
    buildings: int
    contacts: int
    contracts: int
    ppm_jobs: int
    job_buildings: int
    periods: int
    work_orders: int
    activity_entries: int
    users: int


@dataclass(frozen=True)
class DemoStaff:
    assignees: tuple[int, ...]  # the agents and the supervisor
    names: dict[int, str]  # their display names
    loggers: tuple[int, ...]  # who logs orders: the assignees and the local administrator, if there is one
    added: int


def load_demo(
    db: Database,
    language: str = "en",
    size: int | None = None,
    seed: int = DEFAULT_SEED,
    *,
    now: datetime | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data in ``language``; refuse one that already holds data.

    Without ``size``, about 500 orders with their whole activity log; with it, exactly ``size`` orders and
    one "created" entry each. The same ``seed`` and ``now`` give the same data.
    """
    if size is not None and size < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The demo needs at least one work order (asked for {size})."), size=size
        )
    if size is not None and size > MAX_SIZE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The demo makes at most {limit} work orders (asked for {size})."),
            limit=MAX_SIZE,
            size=size,
        )
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be a timezone-aware datetime")
    code = language_code(language)
    texts = texts_for(code)
    rng = Random(seed)
    count = DEFAULT_SIZE if size is None else size

    with db.transaction() as session:
        _refuse_unless_empty(session)
        staff = _ensure_staff(session, texts, code)
        world = build_world(session, texts, rng, now.date())
        scale = None
        if size is not None:
            scale = add_scale_sites(session.connection(), texts, world.sites, size, seed, now.date())
            world = replace(world, buildings=scale.buildings, contacts=scale.contacts)
        agents = [(id_, staff.names[id_]) for id_ in staff.assignees]
        planner = OrderPlanner(world, texts, agents, rng, now, scale)
        connection = session.connection()
        work_order = WorkOrder.__table__
        if size is None:
            drafts = list(planner.orders(count))
            orders = insert_rows(connection, work_order, WORK_ORDER_COLUMNS, drafts)
            entries = _record_creation(connection, staff.loggers, orders)
            history = OrderHistory(texts, staff.assignees, rng, now)
            entries += _record_histories(connection, drafts, history)
        else:
            with bulk_loading(connection, work_order, ActivityEntry.__table__), search_index_suspended(connection):
                orders = insert_rows(connection, work_order, WORK_ORDER_COLUMNS, planner.orders(count))
                entries = _record_creation(connection, staff.loggers, orders)
        world = follow_completed_visits(session, world, now.date())
    if size is None:
        # PPM orders left open past their job's auto-close days are closed as not done, as generation does.
        entries += len(auto_close_due(db, None, now.date(), include_manual=True, now=now).closed)
    return _summary(world, orders, entries, staff.added)


def _refuse_unless_empty(session: Session) -> None:
    orders = session.scalar(select(func.count()).select_from(WorkOrder)) or 0
    clients = session.scalar(select(func.count()).select_from(Client)) or 0
    if orders or clients:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Demo data only goes into an empty database; this one already holds work orders ({orders}) "
                "and clients ({clients}).",
            ),
            orders=orders,
            clients=clients,
        )


def login_for(display_name: str) -> str:
    """``"Sophie Lefèvre"`` -> ``"sophie.lefevre"``."""
    ascii_name = unicodedata.normalize("NFKD", display_name).encode("ascii", "ignore").decode()
    return ".".join(ascii_name.lower().split())


def _ensure_staff(session: Session, texts: DemoTexts, language: str) -> DemoStaff:
    """The demo's agents and its supervisor, created unless their logins exist. None of them can sign in to a
    server: there the administrator gives them passwords. In an embedded database, where no one signs in, the
    supervisor has the demo's known password."""
    roles = ensure_default_roles(session)
    embedded = session.get_bind().dialect.name == "sqlite"
    agent_logins = {login_for(name): name for name in texts.agent_names}
    wanted = [*agent_logins, DEMO_LOGIN, LOCAL_ADMIN_LOGIN]
    existing = {user.login: user for user in session.scalars(select(User).where(User.login.in_(wanted)))}
    added: list[User] = []

    def user(login: str, display_name: str, role: str, *, demo_password: bool = False) -> User:
        found = existing.get(login)
        if found is not None:
            return found
        created = User(
            login=login,
            display_name=display_name,
            email=f"{login}@{STAFF_MAIL_DOMAIN}",
            language=language,
            password_hash=hash_password(DEMO_PASSWORD) if demo_password else None,
            roles=[roles[role]],
        )
        session.add(created)
        added.append(created)
        return created

    agents = [user(login, name, "agent") for login, name in agent_logins.items()]
    supervisor = user(DEMO_LOGIN, texts.supervisor_name, "supervisor", demo_password=embedded)
    session.flush()
    assignees = tuple(member.id for member in [*agents, supervisor])
    administrator = existing.get(LOCAL_ADMIN_LOGIN)
    loggers = assignees if administrator is None else (*assignees, administrator.id)
    names = {member.id: member.display_name for member in [*agents, supervisor]}
    return DemoStaff(assignees=assignees, names=names, loggers=loggers, added=len(added))


def _record_creation(connection: Connection, loggers: Sequence[int], count: int) -> int:
    """The "created" entry of orders FIRST_NUMBER onwards, in one statement: by the PPM generator (no
    user) for PPM orders, by one of ``loggers`` for the others."""
    work_order = WorkOrder.__table__
    activity = ActivityEntry.__table__
    logger = case(dict(enumerate(loggers)), value=work_order.c.number % len(loggers))
    rows = (
        select(
            work_order.c.id,
            case((work_order.c.type == WorkOrderType.PPM, null()), else_=logger),
            work_order.c.created_at,
            literal(ActivityKind.CREATED, activity.c.kind.type),
            cast(work_order.c.number, String),
        )
        .where(work_order.c.number.between(FIRST_NUMBER, FIRST_NUMBER + count - 1))
        .order_by(work_order.c.number)
    )
    columns = ["work_order_id", "user_id", "created_at", "kind", "new_value"]
    statement = insert(activity).from_select(columns, rows)
    return connection.execute(statement, execution_options={"preserve_rowcount": True}).rowcount


def _record_histories(connection: Connection, drafts: Sequence[DraftOrder], history: OrderHistory) -> int:
    work_order = WorkOrder.__table__
    numbers = [draft.number for draft in drafts]
    rows = connection.execute(
        select(work_order.c.number, work_order.c.id).where(work_order.c.number.between(min(numbers), max(numbers)))
    )
    ids = {number: order_id for number, order_id in rows}
    entries = (entry for draft in drafts for entry in history.entries(draft, ids[draft.number]))
    return insert_rows(connection, ActivityEntry.__table__, ACTIVITY_COLUMNS, entries)


def _summary(world: DemoWorld, orders: int, entries: int, users: int) -> DemoSummary:
    return DemoSummary(
        clients=world.clients,
        buildings=world.buildings,
        contacts=world.contacts,
        contracts=world.contracts,
        ppm_jobs=world.ppm_jobs,
        job_buildings=world.job_buildings,
        periods=world.periods,
        work_orders=orders,
        activity_entries=entries,
        users=users,
    )

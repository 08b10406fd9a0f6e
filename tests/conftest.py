"""Shared test setup: Qt runs offscreen; every test gets its own database."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Shared fixtures: real services over a real (migrated, seeded) SQLite database with a fixed clock.
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bwi_vouchers.domain.enums import Role
from bwi_vouchers.logs import LOG_ENV
from bwi_vouchers.paths import BACKUP_DIR_ENV
from bwi_vouchers.services import Services
from bwi_vouchers.services.applications import ApplicationInput
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.services.companies import CompanyDetails, CompanyInput, FiguresInput
from bwi_vouchers.services.dto import ApplicationInfo, CostItemInfo
from bwi_vouchers.services.measures import MeasureInput
from bwi_vouchers.storage import migrate
from bwi_vouchers.storage.database import Database
from bwi_vouchers.storage.seed import ensure_seed
from tests import pg
from tests.raw import Raw, connect


def pytest_configure(config: pytest.Config) -> None:
    """No test writes into the user's own log folder (the command line logs to it; subprocesses inherit this)."""
    os.environ[LOG_ENV] = tempfile.mkdtemp(prefix="bwi-test-log-")
    os.environ[BACKUP_DIR_ENV] = tempfile.mkdtemp(prefix="bwi-test-backup-")  # dumps before a PostgreSQL migration
    # The operating-system login the program sees (getpass reads LOGNAME first; subprocesses inherit it): the
    # admin of the test databases, who may act for the other users with --user on SQLite.
    os.environ["LOGNAME"] = "admin"


TODAY = date(2026, 3, 2)
#: Users of every test database; the first one gets every role through the first-user rule.
USERS: dict[str, frozenset[Role]] = {
    "clerk": frozenset({Role.CLERK}),
    "clerk2": frozenset({Role.CLERK}),
    "approver": frozenset({Role.APPROVER}),
    "approver2": frozenset({Role.APPROVER}),
    "budget": frozenset({Role.BUDGET}),
}


@dataclass
class World:
    """Services plus a few helpers that build the usual records (each through the real services)."""

    services: Services
    clock: FixedClock
    database: Database
    _counter: dict[str, int] = field(default_factory=dict)
    _clusters: dict[str, int] = field(default_factory=dict)

    def _next(self, kind: str) -> int:
        self._counter[kind] = self._counter.get(kind, 0) + 1
        return self._counter[kind]

    def cluster_id(self, name: str = "Photonics BW") -> int:
        if name not in self._clusters:
            self._clusters[name] = self.services.catalogue.cluster(name).id
        return self._clusters[name]

    def company(self, name: str | None = None, *, cluster: str = "Photonics BW", member_from: date = date(2024, 1, 1),
                awu: str = "12", turnover: str = "1000000.00", balance: str = "500000.00") -> int:
        number = self._next("company")
        details = CompanyDetails(
            company=CompanyInput(name=name or f"Firma {number} GmbH", postcode="70173", city="Stuttgart",
                                 register_number=f"Amtsgericht Stuttgart HRB {70000 + number}"),
            figures=(FiguresInput(2025, awu, turnover, balance),),
            memberships=((self.cluster_id(cluster), member_from, None),),
        )
        return self.services.companies.create("clerk", details).id

    def measure(self, code: str | None = None, *, start: date = date(2026, 5, 4), end: date = date(2026, 5, 8),
                country: str = "US", kind: str = "market_research_trip") -> str:
        code = code or f"M-{start.year}-{self._next('measure'):03d}"
        self.services.measures.create("admin", MeasureInput(
            code=code, title=f"Markterkundung {code}", type=kind, country=country, start_date=start,
            end_date=end, city="Boston", themes=(6,)))
        return code

    def budget(self, amount: str = "250000.00", *, year: int = 2026, source: str = "Landesmittel") -> None:
        self.services.budget.set_line("budget", year, source, amount)

    def application(self, company_id: int, measure_code: str, *, costs: str | Decimal = "4000.00",
                    receipt: date | None = None, requested: object = None, theme: int | None = 6,
                    actor: str = "clerk") -> ApplicationInfo:
        return self.services.applications.create(actor, ApplicationInput(
            company_id=company_id, measure_code=measure_code, theme_code=theme,
            receipt_date=receipt or self.clock.today(),
            cost_items=(CostItemInfo("Teilnahmegebühr", Decimal(costs)),),
            cluster_id=self.cluster_id(), requested_amount=requested))

    def raw(self) -> Raw:
        """A plain DB-API connection to the same database (sqlite3 or psycopg), to read or try to change rows
        directly; SQL is written with ``?`` placeholders on both engines (``tests.raw``)."""
        return connect(self.database)


def build_world(url: str, day: date = TODAY) -> World:
    """Open (migrate and seed) a database, build the services and add the standard users."""
    database = Database.open(url)
    clock = FixedClock(day)
    services = Services.build(database, clock)
    services.users.acting("admin")
    for login, roles in USERS.items():
        services.users.add("admin", login, roles=roles)
    return World(services, clock, database)


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, seeded database file with the standard users, made once; tests work on copies of it."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    world = build_world("sqlite:///" + str(path))
    world.database.dispose()
    return path


BOTH_ENGINES = "both_engines"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``both_engines`` that use a database run twice: ids ``sqlite`` and ``postgres``."""
    if "db_engine" not in metafunc.fixturenames or not metafunc.definition.get_closest_marker(BOTH_ENGINES):
        return
    for mark in metafunc.definition.iter_markers("parametrize"):
        names = mark.args[0]
        if "db_engine" in (names.replace(" ", "").split(",") if isinstance(names, str) else names):
            return  # the test names its engines itself (e.g. to mark one as xfail)
    metafunc.parametrize("db_engine", ["sqlite", "postgres"], indirect=True, scope="function")


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine of the test's databases: ``sqlite`` unless the test is marked ``both_engines``."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[pg.PostgresServer]:
    """A throw-away PostgreSQL server for the whole session (started on first use); skips where there is none."""
    reason = pg.unavailable()
    if reason is not None:
        pytest.skip(reason)
    server = pg.PostgresServer.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: pg.PostgresServer) -> str:
    """A migrated, seeded PostgreSQL database with the standard users, made once; tests get copies of it."""
    name = postgres_server.create_database()
    build_world(postgres_server.url(name)).database.dispose()
    # Each user connects with a login of their own (tests.pg.login_url); the superuser owns the database.
    pg.add_logins(postgres_server.url(name), {"admin": [r.value for r in Role]} | {
        login: [r.value for r in roles] for login, roles in USERS.items()})
    postgres_server.make_template(name)
    return name


@pytest.fixture
def postgres_databases(request: pytest.FixtureRequest) -> Iterator[Callable[[bool], str]]:
    """Make PostgreSQL databases for one test: empty ones (dropped afterwards) or ones in the template's state
    (put back into that state afterwards, for the next test)."""
    made: list[tuple[str, str | None]] = []
    server: pg.PostgresServer = request.getfixturevalue("postgres_server")

    def make(from_template: bool) -> str:
        template = request.getfixturevalue("postgres_template") if from_template else None
        name = server.copy_of(template) if template else server.create_database()
        made.append((name, template))
        return server.url(name)

    yield make
    for name, template in made:
        if template is None:
            server.drop_database(name)
        else:
            server.give_back(name, template)


@pytest.fixture
def empty_url(db_engine: str, request: pytest.FixtureRequest) -> str:
    """The URL of an empty database of the test's engine (SQLite: in memory)."""
    if db_engine == "sqlite":
        return "sqlite://"
    return str(request.getfixturevalue("postgres_databases")(False))


@pytest.fixture
def make_world(tmp_path: Path, template_database: Path, db_engine: str,
               request: pytest.FixtureRequest) -> Iterator[Callable[..., World]]:
    """Build worlds over SQLite files in ``tmp_path`` (or any URL); engines are disposed afterwards.

    Without a URL the world starts from a copy of the template (same schema, seed data and users,
    just without running the migrations again); ``Database.open`` still checks and seeds the copy. On the
    ``postgres`` engine (``db_engine``) that copy is a new database on the test server.
    """
    made: list[World] = []
    # Asked for first, so that its databases are dropped only after the worlds' engines are disposed.
    postgres = request.getfixturevalue("postgres_databases") if db_engine == "postgres" else None

    def make(url: str | None = None, day: date = TODAY, *, memory: bool = False,
             source: Path | None = None) -> World:
        if postgres is not None and url is None:
            if source is not None:
                raise NotImplementedError("copying another world's database is SQLite-only")
            database = Database.open(postgres(True))
            clock = FixedClock(day)
            world = World(Services.build(database, clock), clock, database)
        elif memory:
            # An in-memory database ("sqlite://", one connection) filled from the template (or another
            # world's file); the migration check and the seeding of ``Database.open`` still run on it.
            database = Database("sqlite://")
            fairy = database.engine.raw_connection()
            try:
                with closing(sqlite3.connect(str(source or template_database))) as origin:
                    origin.backup(fairy.driver_connection)  # type: ignore[arg-type]
            finally:
                fairy.close()
            assert migrate.upgrade(database.engine) is None
            with database.unit_of_work(write=True) as uow:
                ensure_seed(uow.session)
            clock = FixedClock(day)
            world = World(Services.build(database, clock), clock, database)
        elif url is None:
            path = tmp_path / f"bwi-{len(made)}.db"
            with closing(sqlite3.connect(str(template_database))) as original, \
                    closing(sqlite3.connect(str(path))) as target:
                original.backup(target)
            database = Database.open("sqlite:///" + str(path))
            clock = FixedClock(day)
            world = World(Services.build(database, clock), clock, database)
        else:
            world = build_world(url, day)
        made.append(world)
        return world

    yield make
    for world in made:
        world.database.dispose()


@pytest.fixture
def world(make_world: Callable[..., World]) -> World:
    return make_world()


@pytest.fixture
def services(world: World) -> Services:
    return world.services


@pytest.fixture
def clock(world: World) -> FixedClock:
    return world.clock

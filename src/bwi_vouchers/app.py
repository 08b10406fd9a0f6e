"""Composition root: the one place that opens the database, builds the services and starts the desktop.

The command line (``cli.py``) and the desktop (``ui/main.py``) both start here; neither imports the other.
Qt is imported only when the desktop starts, so the command line never loads it.
"""

from __future__ import annotations

import getpass
import sys

from bwi_vouchers.errors import BwiError
from bwi_vouchers.paths import database_url, default_database_url
from bwi_vouchers.services import Services
from bwi_vouchers.services.clock import Clock
from bwi_vouchers.services.identity import Identity, identify
from bwi_vouchers.storage.database import Database


def open_services(db: str | None = None, *, clock: Clock | None = None, password: str | None = None) -> Services:
    """Open (create, migrate, seed) the database named by ``--db``, ``BWI_VOUCHERS_DB`` or the default.
    ``password``: for a server that asks for one the URL does not hold (libpq's ``.pgpass`` works as well)."""
    url = database_url(db) if db else default_database_url()
    return Services.build(Database.open(url, password=password), clock)


def open_database(db: str | None, *, password: str | None = None) -> Services:
    """:func:`open_services`, with the database's and the URL's failures as one German :class:`BwiError`
    (``password_required`` / ``password_wrong`` when the server wants a password: the desktop asks for one)."""
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError

    from bwi_vouchers.storage.failures import opening_problem
    from bwi_vouchers.storage.pg_roles import password_problem

    try:
        _refuse_other_servers(db)
        return open_services(db, password=password)
    except DatabaseError as exc:
        problem = password_problem(exc.orig) or opening_problem(exc)
        if problem is not None:
            url = make_url(database_url(db) if db else default_database_url())
            raise BwiError(problem, database=url.render_as_string(hide_password=True), user=url.username or "",
                           name=url.database or "", server=f"{url.host or 'localhost'}:{url.port or 5432}") from None
        raise BwiError("cannot_open_database", detail=str(exc.orig).splitlines()[0]) from None
    except (NoSuchModuleError, ArgumentError):
        raise BwiError("bad_database_url", url=db or "") from None
    except ModuleNotFoundError as exc:
        scheme = (db or "").split("://", 1)[0] if db and "://" in db else "sqlite"
        if exc.name is None or exc.name.split(".")[0] in sys.modules or scheme.startswith("sqlite"):
            raise  # one of our own imports or a package of ours is missing: a bug, shown with its traceback
        # the URL names a dialect whose driver is not installed (e.g. psycopg)
        raise BwiError("driver_missing", dialect=(db or "").split("://", 1)[0], module=exc.name) from None


def _refuse_other_servers(db: str | None) -> None:
    """Only SQLite files and PostgreSQL servers hold our data: any other server's URL is refused by name
    (it would fail later with a misleading driver message, or half-work)."""
    from sqlalchemy import make_url

    if not db or "://" not in db:
        return
    url = make_url(db)
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        url.get_dialect()  # a name SQLAlchemy does not know is no database address at all (bad_database_url)
        raise BwiError("unsupported_database", dialect=url.get_backend_name())


def default_login() -> str:
    """The operating-system login (the acting user on SQLite)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in the environment: fall back to a fixed one
        return "admin"


def acting_identity(services: Services, requested: str | None) -> Identity:
    """Who acts in this process (``services.identity``): the database login on PostgreSQL, the OS login on SQLite,
    or — for an admin on SQLite — the user named by ``--user``."""
    return identify(services.database, services.users, system_login=default_login(), requested=requested)


def run_desktop(db: str | None, user: str | None) -> int:
    """Start the desktop program on the database; a broken import fails loudly (traceback in the log)."""
    from bwi_vouchers.ui.main import run

    return run(lambda password=None: open_database(db, password=password),
               lambda services: acting_identity(services, user), acting_identity)

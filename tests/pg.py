"""A throw-away PostgreSQL server for the tests on the second engine.

The server runs from the version 15 binaries (``/usr/lib/postgresql/15/bin``, or ``BWI_PG_BIN``), with its data
in a fresh temporary folder, listening on 127.0.0.1 only on a free port, without durability (``fsync=off``):
the tests need a real server, not a safe one. ``initdb`` refuses to run as root, so under root the server runs as
an unprivileged system user (created once with ``useradd --system``). Every test gets a database of its own,
copied from a template (``CREATE DATABASE ... TEMPLATE``). Since a copy costs most of a second, a used copy is
put back into the template's state instead (its rows deleted and the template's rows inserted again from a
snapshot schema inside it, the sequences set back; some 30 ms) and handed to the next test. A copy that cannot be
put back (its tables changed, or locks remain) is dropped.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Any


def _binaries() -> Path:
    """``BWI_PG_BIN``, else version 15's binaries, else the newest installed version's (Debian's layout)."""
    if "BWI_PG_BIN" in os.environ:
        return Path(os.environ["BWI_PG_BIN"])
    wanted = Path("/usr/lib/postgresql/15/bin")
    if wanted.exists():
        return wanted
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int("0" + p.parts[-3]))
    return found[-1].parent if found else wanted


BIN = _binaries()
#: The system user the server runs as when the tests run as root (and the database superuser's name).
SYSTEM_USER = "bwi-pg-test"
#: The schema inside a template that holds the copy of its rows.
SNAPSHOT = "bwi_test_snapshot"
SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=200",
            "shared_buffers=32MB", "listen_addresses=127.0.0.1", "unix_socket_directories=")


def unavailable() -> str | None:
    """Why the PostgreSQL tests cannot run here (None: they can)."""
    if not (BIN / "initdb").exists() or not (BIN / "pg_ctl").exists():
        return f"PostgreSQL is not installed (no initdb/pg_ctl in {BIN}; Debian: apt-get install postgresql)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg 3 is not installed (pip install -e '.[postgres]')"
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _system_user() -> str:
    """The user that runs ``initdb`` and the server: the current one, or under root an unprivileged one."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid()).pw_name
    try:
        pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER],
                       check=True, capture_output=True)
    return SYSTEM_USER


def password_of(login: str) -> str:
    """The password of a test login (``add_logins``)."""
    return f"pw-{login}"


def login_url(url: str, login: str) -> str:
    """``url`` (the superuser's) for another login, with its test password: how that person connects."""
    from sqlalchemy import make_url

    return make_url(url).set(username=login, password=password_of(login)).render_as_string(hide_password=False)


def add_logins(url: str, users: dict[str, list[str]]) -> None:
    """``team setup`` on the database at ``url`` and a login (password: ``password_of``) for each app user, member of
    the group roles of their app roles. Logins are the server's, shared by every database on it."""
    from sqlalchemy import create_engine

    from bwi_vouchers.storage import pg_roles

    engine = create_engine(url)
    try:
        pg_roles.setup_team(engine)
        with engine.begin() as connection:
            for login, roles in users.items():
                pg_roles.create_login(connection, login, password_of(login), roles)
    finally:
        engine.dispose()


class PostgresServer:
    """One running server; ``stop()`` ends it and removes its folder."""

    def __init__(self, folder: Path, user: str, port: int) -> None:
        self.folder = folder
        self.user = user
        self.port = port
        self._count = 0
        self._reset: dict[str, str] = {}  # template -> the SQL that puts a copy back into its state
        self._tables: dict[str, set[str]] = {}  # template -> its tables
        self._spare: dict[str, list[str]] = {}  # template -> copies in its state, free for the next test

    @classmethod
    def start(cls) -> PostgresServer:
        user = _system_user()
        folder = Path(tempfile.mkdtemp(prefix="bwi-pg-"))
        server = cls(folder, user, free_port())
        try:
            if os.geteuid() == 0:
                shutil.chown(folder, user)
            server._run("initdb", "-D", str(server.data), "-U", user, "-A", "trust", "-E", "UTF8", "--locale=C",
                        "--no-sync")
            options = " ".join(f"-c {setting}" for setting in SETTINGS) + f" -p {server.port}"
            server._run("pg_ctl", "-D", str(server.data), "-l", str(server.log), "-o", options, "-w", "start")
        except BaseException:
            server.stop()
            raise
        return server

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def _run(self, program: str, *args: str) -> None:
        command = [str(BIN / program), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.folder)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{program} failed ({done.returncode}): {done.stdout}{done.stderr}{log}")

    def url(self, database: str, *, driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://{self.user}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE) on the maintenance database."""
        import psycopg

        with psycopg.connect(self.url("postgres", driver="postgresql"), autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def create_database(self, template: str | None = None) -> str:
        """A new database (a copy of ``template`` if given); returns its name."""
        self._count += 1
        name = f"test_{self._count}"
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def _connect(self, database: str) -> Any:
        import psycopg

        return psycopg.connect(self.url(database, driver="postgresql"), autocommit=True)

    def _public_tables(self, connection: Any) -> set[str]:
        return {name for (name,) in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")}

    def make_template(self, name: str) -> None:
        """Keep a snapshot of database ``name``'s rows inside it, so that its copies can be put back (``copy_of``)."""
        with self._connect(name) as connection:
            tables = sorted(self._public_tables(connection))
            sequences = connection.execute(
                "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'").fetchall()
            connection.execute(f"CREATE SCHEMA {SNAPSHOT}")
            for table in tables:
                connection.execute(f'CREATE TABLE {SNAPSHOT}."{table}" AS TABLE public."{table}"')  # type: ignore[arg-type]
        statements = ["SET LOCAL session_replication_role = replica", "SET LOCAL lock_timeout = '5s'"]
        statements += [f'DELETE FROM public."{table}"' for table in tables]
        statements += [f'INSERT INTO public."{table}" SELECT * FROM {SNAPSHOT}."{table}"' for table in tables]
        statements += [f"""SELECT setval('public."{sequence}"', {last or 1}, {'true' if last else 'false'})"""
                       for sequence, last in sequences]
        self._reset[name] = ";\n".join(statements)
        self._tables[name] = set(tables)

    def copy_of(self, template: str) -> str:
        """A database in the state of ``template`` (made by ``make_template``): a spare one, or a new copy."""
        spare = self._spare.setdefault(template, [])
        return spare.pop() if spare else self.create_database(template)

    def give_back(self, name: str, template: str) -> None:
        """Put a copy back into the template's state for the next test; drop it if that fails."""
        try:
            with self._connect(name) as connection:
                if self._public_tables(connection) != self._tables[template]:
                    raise ValueError("the tables changed")
                with connection.transaction():
                    connection.execute(self._reset[template])
        except Exception:
            self.drop_database(name)
        else:
            self._spare[template].append(name)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            except RuntimeError:
                pass
        shutil.rmtree(self.folder, ignore_errors=True)

"""A team database on PostgreSQL: group roles per app role, their table privileges, each person's login.

``team setup`` (run by the database owner) creates the group roles (NOLOGIN) and grants each exactly what its app
role writes; everyone in a group may read every table and add audit events. A person's LOGIN role is a member of
the groups that match their app roles. Nobody but the owner may UPDATE or DELETE audit events or ledger entries.
The trigger functions of migration 0004 check what grants cannot express (who may take which lifecycle step, the
four-eyes principle, whose name a record carries).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, Engine, String, text

from bwi_vouchers.errors import BwiError, PermissionDenied

#: App role -> group role.
GROUPS: dict[str, str] = {"clerk": "bwi_clerk", "approver": "bwi_approver", "budget": "bwi_budget",
                          "admin": "bwi_admin"}

_FACTS = "INSERT, UPDATE, DELETE"
#: What each app role writes, table by table (every group also reads every table and inserts audit events).
#: ``UPDATE (version)``: enough for ``SELECT … FOR UPDATE`` (locking what a decision checks), not to change a row.
PRIVILEGES: dict[str, dict[str, str]] = {
    "clerk": {
        "company": "INSERT, UPDATE", "sme_figures": _FACTS, "membership": _FACTS, "contact": _FACTS,
        "deminimis_record": _FACTS, "application": "INSERT, UPDATE", "cost_item": _FACTS,
        "reference_counter": "INSERT, UPDATE", "ledger_entry": "INSERT", "generated_document": "INSERT",
        # the import brings new measures and clusters along with the applications
        "measure": "INSERT", "measure_theme": "INSERT", "cluster": "INSERT", "cluster_theme": "INSERT",
        # attachments: content stored once, a record superseded (never deleted: the database refuses it)
        "attachment_content": "INSERT", "attachment": "INSERT, UPDATE", "application_comment": "INSERT",
        # the proof of use's actual cost items, written once with the step (never changed: the database refuses it)
        "proof_cost_item": "INSERT",
        # a step on an approved application (proof of use, withdrawal) locks its budget line, never changes it
        "budget_line": "UPDATE (version)",
    },
    "approver": {
        "application": "UPDATE", "ledger_entry": "INSERT", "eligibility_check": "INSERT, DELETE",
        "generated_document": "INSERT", "budget_line": "UPDATE (version)", "company": "UPDATE (version)",
        "application_comment": "INSERT",  # anyone may comment
    },
    "budget": {"budget_line": "INSERT, UPDATE", "application_comment": "INSERT"},
    "admin": {
        "app_user": "INSERT, UPDATE", "programme_version": "INSERT, UPDATE", "theme": "INSERT, UPDATE",
        "region": "INSERT, UPDATE", "cluster": "INSERT, UPDATE", "cluster_theme": "INSERT, DELETE",
        "measure": "INSERT, UPDATE", "measure_theme": "INSERT, DELETE", "application_comment": "INSERT",
    },
}
#: The tables no group writes beyond what PRIVILEGES says (audit events: INSERT for everyone). Every table of the
#: program is named here or in PRIVILEGES: a test checks it, so that a new table gets its grants decided.
READ_ONLY = frozenset({"alembic_version", "audit_event"})


def is_postgres(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


def quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def setup_team(engine: Engine) -> list[str]:
    """Create the group roles (when missing) and grant their privileges anew; safe to run again.
    Returns what was done, one German line each."""
    done: list[str] = []
    with engine.begin() as connection:
        _require_postgres(connection)
        database = quoted(connection, str(connection.execute(text("SELECT current_database()")).scalar_one()))
        tables = [name for (name,) in connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))]
        for role, group in GROUPS.items():
            if not _role_exists(connection, group):
                _run(connection, f"CREATE ROLE {group} NOLOGIN")
                done.append(f"Gruppenrolle {group} angelegt")
            _run(connection, f"GRANT CONNECT ON DATABASE {database} TO {group}")
            _run(connection, f"GRANT USAGE ON SCHEMA public TO {group}")
            for table in tables:
                name = quoted(connection, table)
                _run(connection, f"REVOKE ALL ON TABLE {name} FROM {group}")
                wanted = ["SELECT"] + (["INSERT"] if table == "audit_event" else [])
                extra = PRIVILEGES[role].get(table)
                _run(connection, f"GRANT {', '.join(wanted)} ON TABLE {name} TO {group}")
                if extra:
                    _run(connection, f"GRANT {extra} ON TABLE {name} TO {group}")
            # UPDATE: bulk writes (import) move a sequence past the ids they wrote (setval)
            _run(connection, f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {group}")
            done.append(f"Rechte für {group} ({role}) vergeben")
        for login, roles in _app_users(connection):
            if _role_exists(connection, login):
                grant_groups(connection, login, roles)
                done.append(f"Anmeldung {login}: Gruppenrollen {', '.join(groups_for(roles)) or '-'}")
    return done


def groups_for(roles: Iterable[str]) -> list[str]:
    return sorted(GROUPS[r] for r in roles if r in GROUPS)


def create_login(connection: Connection, login: str, password: str, roles: Iterable[str]) -> bool:
    """The person's LOGIN role with this password (its password renewed if it exists), member of exactly the groups
    of ``roles`` — inside the caller's transaction. Returns whether the role was new. Needs CREATEROLE (the owner
    who ran ``team setup``)."""
    _require_postgres(connection)
    if not _role_exists(connection, GROUPS["clerk"]):
        raise BwiError("team_setup_missing")
    secret = _password_literal(connection, login, password)
    name = quoted(connection, login)
    new = not _role_exists(connection, login)
    _run(connection, f"{'CREATE' if new else 'ALTER'} ROLE {name} LOGIN PASSWORD {secret}")
    grant_groups(connection, login, roles)
    return new


def grant_groups(connection: Connection, login: str, roles: Iterable[str]) -> None:
    """Make the login a member of exactly the group roles of ``roles`` (when such a login exists)."""
    if not is_postgres(connection) or not _role_exists(connection, login):
        return
    name = quoted(connection, login)
    wanted = set(groups_for(roles))
    held = member_of(connection, login)
    for group in sorted(wanted - held):
        _run(connection, f"GRANT {group} TO {name}")
    for group in sorted(held - wanted):
        _run(connection, f"REVOKE {group} FROM {name}")


def member_of(connection: Connection, login: str) -> set[str]:
    """The ``bwi_*`` group roles ``login`` is directly a member of."""
    return {group for (group,) in connection.execute(text(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :login AND g.rolname = ANY(:groups)"),
        {"login": login, "groups": list(GROUPS.values())})}


def _password_literal(connection: Connection, login: str, password: str) -> str:
    """The password as an SQL literal, hashed on this side where the driver can (the server's statement log
    then never holds the password itself)."""
    if not password or "\0" in password:
        raise BwiError("password_empty")
    driver = getattr(connection.connection, "driver_connection", None)
    pgconn = getattr(driver, "pgconn", None)
    if pgconn is not None:
        try:
            hashed = pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
            password = hashed.decode()
        except Exception:  # noqa: BLE001 - an older libpq: the server hashes it
            pass
    render = String().literal_processor(connection.dialect)
    if render is None:  # pragma: no cover - every SQLAlchemy dialect renders strings
        raise RuntimeError("no literal rendering for strings")
    return str(render(password))


def _app_users(connection: Connection) -> list[tuple[str, list[str]]]:
    rows = connection.execute(text("SELECT login, roles FROM app_user WHERE active"))
    return [(login, [r for r in roles.split(",") if r]) for login, roles in rows]


def _role_exists(connection: Connection, name: str) -> bool:
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}).first() is not None


def _require_postgres(connection: Connection) -> None:
    if not is_postgres(connection):
        raise BwiError("postgres_only")


def _run(connection: Connection, statement: str) -> None:
    try:
        connection.exec_driver_sql(statement)
    except Exception as exc:
        refused = refusal(getattr(exc, "orig", None))
        if refused is not None:
            raise refused from None
        raise


_DENIED = re.compile(r"permission denied (?:for|to) (?:table |relation |sequence |schema |database )?\"?([\w.\-]+)")


def refusal(error: object) -> BwiError | None:
    """The German refusal for a privilege the server refused (SQLSTATE 42501), or None for any other error.
    The trigger functions of migration 0004 refuse in German already; the server's own words are not shown."""
    if getattr(error, "sqlstate", None) != "42501":
        return None
    diag = getattr(error, "diag", None)
    message = str(getattr(diag, "message_primary", None) or error).splitlines()[0]
    found = _DENIED.search(message)
    if found is not None or message.startswith(("permission denied", "must be", "must have")):
        return PermissionDenied("database_permission", object=found.group(1) if found else "Anmeldungen und Rollen")
    return PermissionDenied("database_refused", detail=message)


def table_grants(connection: Connection, login: str) -> Mapping[str, frozenset[str]]:
    """Table -> the privileges ``login`` has on it (through its groups); for tests and the curious."""
    rows = connection.execute(text(
        "SELECT t.tablename, p.privilege FROM pg_tables t CROSS JOIN "
        "(VALUES ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE')) AS p(privilege) "
        "WHERE t.schemaname = 'public' AND has_table_privilege(:login, 'public.' || quote_ident(t.tablename), "
        "p.privilege)"), {"login": login})
    found: dict[str, set[str]] = {}
    for table, privilege in rows:
        found.setdefault(table, set()).add(privilege)
    return {table: frozenset(privileges) for table, privileges in found.items()}


def password_problem(error: object) -> str | None:
    """``password_required`` when the server wants a password that was not given (neither in the URL nor in
    libpq's ``.pgpass`` or service file), ``password_wrong`` when it refused the one given; else None."""
    if getattr(error, "sqlstate", None) == "28P01":
        return "password_wrong"
    message = str(error)
    if "no password supplied" in message:
        return "password_required"
    if "password authentication failed" in message:
        return "password_wrong"
    return None

"""A team database on PostgreSQL, tried as a team would: ``team setup``, logins with passwords, the whole life of a
voucher under each person's own login — and a clerk connected with plain psycopg (like ``psql``) who can neither
approve, nor pay, nor change budgets, users or history.

The test server trusts its superuser; these tests make it ask everyone else for a password (scram-sha-256).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import make_url

from bwi_vouchers.app import open_database
from bwi_vouchers.cli import main
from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import BwiError
from bwi_vouchers.services import Services
from bwi_vouchers.services.applications import ApplicationInput
from bwi_vouchers.services.clock import Clock
from bwi_vouchers.services.companies import CompanyDetails, CompanyInput, FiguresInput
from bwi_vouchers.services.dto import CostItemInfo
from bwi_vouchers.services.measures import MeasureInput
from bwi_vouchers.storage import pg_roles
from bwi_vouchers.storage.database import Database
from tests import pg

HBA_MARK = "# bwi-vouchers tests: passwords for everyone but the superuser"
PEOPLE = {"clerk": "clerk", "approver": "approver", "klein": "clerk,approver", "budget": "budget"}


def cli(db: str, *args: str, stdin: str | None = None,
        monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", db, *args], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def password_server(postgres_server: pg.PostgresServer) -> pg.PostgresServer:
    """The shared test server, asking every login but its superuser for a password."""
    hba = postgres_server.data / "pg_hba.conf"
    text = hba.read_text()
    if HBA_MARK not in text:
        hba.write_text(f"{HBA_MARK}\nhost all {postgres_server.user} 127.0.0.1/32 trust\n"
                       f"host all all 127.0.0.1/32 scram-sha-256\n{text}")
        postgres_server.execute("SELECT pg_reload_conf()")
    return postgres_server


@dataclass
class Team:
    owner_url: str
    prefix: str  # logins are server-wide: each test's people get names of their own

    def login(self, person: str) -> str:
        return f"{self.prefix}_{person}"

    def url(self, person: str, password: str | None = "") -> str:
        secret = f"pw-{person}" if password == "" else password
        url = make_url(self.owner_url).set(username=self.login(person), password=secret)
        return url.render_as_string(hide_password=False)

    def services(self, person: str) -> Services:
        return open_database(self.url(person))

    def raw(self, person: str):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(make_url(self.url(person)).set(drivername="postgresql")
                               .render_as_string(hide_password=False), autocommit=True)


@pytest.fixture
def team(password_server: pg.PostgresServer, postgres_databases, monkeypatch: pytest.MonkeyPatch) -> Team:  # type: ignore[no-untyped-def]
    owner_url = postgres_databases(False)
    prefix = str(make_url(owner_url).database)
    first = cli(owner_url, "team", "setup")
    assert first[0] == 0, first
    again = cli(owner_url, "team", "setup")  # idempotent
    assert again[0] == 0, again
    team = Team(owner_url, prefix)
    for person, roles in PEOPLE.items():
        code, out, err = cli(owner_url, "user", "add", team.login(person), "--roles", roles, "--name", person.title(),
                             "--password-stdin", stdin=f"pw-{person}\n", monkeypatch=monkeypatch)
        assert code == 0, err
        assert f"Datenbank-Anmeldung {team.login(person)} angelegt" in out
    return team


@dataclass
class Case:
    reference: str
    year: int


def received_application(team: Team, tag: str, *, over: bool = False) -> Case:
    """A company (by the clerk), a measure (by the owner, the first user: an admin) and a received application
    (by the clerk), each through the services under that person's own login. ``over``: the measure took place
    last month (received two months ago), so that its proof of use can come in today."""
    today = Clock().today()
    receipt = today - timedelta(days=60) if over else today
    start = today - timedelta(days=30) if over else today + timedelta(days=60)
    owner = open_database(team.owner_url)
    clerk = team.services("clerk")
    try:
        code = f"M-{start.year}-{tag}"
        owner.measures.create(owner.database.session_login() or "", MeasureInput(
            code=code, title="Markterkundung", type="market_research_trip", country="US", start_date=start,
            end_date=start + timedelta(days=4), city="Boston", themes=(6,)))
        cluster = clerk.catalogue.cluster("Photonics BW").id
        company = clerk.companies.create(team.login("clerk"), CompanyDetails(
            company=CompanyInput(name=f"Firma {tag} GmbH", postcode="70173", city="Stuttgart",
                                 register_number=f"Ulm HRB {int(tag)}"),
            figures=(FiguresInput(receipt.year - 1, "12", "1000000.00", "500000.00"),),
            memberships=((cluster, today - timedelta(days=400), None),))).id
        info = clerk.applications.create(team.login("clerk"), ApplicationInput(
            company_id=company, measure_code=code, theme_code=6, receipt_date=receipt,
            cost_items=(CostItemInfo("Teilnahmegebühr", Decimal("7000.00")),), cluster_id=cluster))
        return Case(info.reference, start.year)
    finally:
        owner.database.dispose()
        clerk.database.dispose()


def refused(connection, sql: str, *params: object) -> str:  # type: ignore[no-untyped-def]
    """Run one statement that must be refused for want of a privilege (SQLSTATE 42501); returns the message."""
    import psycopg

    with pytest.raises(psycopg.Error) as caught:
        connection.execute(sql, params or None)
    assert caught.value.sqlstate == "42501", caught.value
    return str(caught.value)


def test_every_table_has_its_grants_decided() -> None:
    """A new table needs a line in ``pg_roles``: else no group may write it (or someone forgot a rule)."""
    from bwi_vouchers.storage.models import Base

    named = set(pg_roles.READ_ONLY).union(*(set(tables) for tables in pg_roles.PRIVILEGES.values()))
    assert set(Base.metadata.tables) - named == set()
    assert not any(t in tables and "UPDATE" in tables[t] or "DELETE" in tables.get(t, "")
                   for tables in pg_roles.PRIVILEGES.values() for t in ("audit_event", "ledger_entry"))


def test_team_setup_grants_each_group_what_its_role_writes(team: Team) -> None:
    engine = Database(team.owner_url).engine
    try:
        with engine.connect() as connection:
            clerk = pg_roles.table_grants(connection, team.login("clerk"))
            approver = pg_roles.table_grants(connection, team.login("approver"))
            budget = pg_roles.table_grants(connection, team.login("budget"))
            assert pg_roles.member_of(connection, team.login("klein")) == {"bwi_clerk", "bwi_approver"}
    finally:
        engine.dispose()
    assert {"INSERT", "UPDATE"} <= clerk["application"] and "UPDATE" not in clerk["budget_line"]
    assert "INSERT" not in clerk["app_user"] and "UPDATE" not in clerk["app_user"]
    for grants in (clerk, approver, budget):
        assert grants["audit_event"] == {"SELECT", "INSERT"}
        assert not grants["ledger_entry"] & {"UPDATE", "DELETE"}
    assert {"INSERT", "UPDATE"} <= budget["budget_line"] and "UPDATE" not in budget["application"]
    assert "INSERT" in approver["ledger_entry"] and "INSERT" not in approver["budget_line"]


def test_the_whole_life_of_a_voucher_under_each_persons_login(team: Team) -> None:
    code, out, err = cli(team.url("budget"), "budget", "set", str(received_application(team, "001", over=True).year),
                         "Landesmittel", "100000")
    assert code == 0, err
    case = received_application(team, "002", over=True)
    ref = case.reference
    assert cli(team.url("clerk"), "move", ref, "--to", "in_review")[0] == 0
    code, out, err = cli(team.url("clerk"), "move", ref, "--to", "approved")
    assert code == 1 and "Rolle" in err  # the program refuses first; the database would as well
    code, out, err = cli(team.url("approver"), "move", ref, "--to", "approved")
    assert code == 0 and "3.000,00 € gebunden" in out, err
    code, out, err = cli(team.url("clerk"), "move", ref, "--to", "proof_received", "--costs", "4200")
    assert code == 0, err
    code, out, err = cli(team.url("approver"), "move", ref, "--to", "paid")
    assert code == 0 and "2.100,00 € ausgezahlt" in out, err
    with team.raw("clerk") as raw:
        rows = raw.execute("SELECT user_login, on_behalf_of FROM audit_event WHERE entity_id = %s "
                           "AND action LIKE 'status:%%' ORDER BY id", (ref,)).fetchall()
    # every event names the login the server authenticated
    assert rows == [(team.login(p), None) for p in ("clerk", "approver", "clerk", "approver")]


def test_a_clerk_with_psql_can_neither_approve_nor_pay_nor_change_budgets_users_or_history(team: Team) -> None:
    assert cli(team.url("budget"), "budget", "set", str(received_application(team, "003", over=True).year),
               "Landesmittel", "100000")[0] == 0
    approved = received_application(team, "004", over=True).reference
    assert cli(team.url("klein"), "move", approved, "--to", "in_review")[0] == 0
    assert cli(team.url("approver"), "move", approved, "--to", "approved")[0] == 0
    assert cli(team.url("clerk"), "move", approved, "--to", "proof_received", "--costs", "5000")[0] == 0
    pending = received_application(team, "005").reference
    assert cli(team.url("clerk"), "move", pending, "--to", "in_review")[0] == 0
    clerk = team.login("clerk")
    with team.raw("clerk") as raw:
        message = refused(raw, "UPDATE application SET status = 'approved', decided_by = %s, approved_amount = 3000 "
                               "WHERE reference = %s", clerk, pending)
        assert "bwi_approver" in message
        refused(raw, "UPDATE application SET status = 'paid', paid_by = %s WHERE reference = %s", clerk, approved)
        refused(raw, "UPDATE application SET approved_amount = 99999999 WHERE reference = %s", approved)
        refused(raw, "UPDATE application SET in_review_by = 'jemand' WHERE reference = %s", pending)
        refused(raw, "UPDATE budget_line SET amount = amount + 100000000")
        refused(raw, "INSERT INTO app_user (login, display_name, roles, active, created_at) "
                     "VALUES ('mallory', 'M', 'admin', true, now())")
        refused(raw, "UPDATE app_user SET roles = 'admin,approver,budget,clerk' WHERE login = %s", clerk)
        refused(raw, "UPDATE audit_event SET user_login = 'jemand'")
        refused(raw, "DELETE FROM audit_event")
        refused(raw, "DELETE FROM ledger_entry")
        refused(raw, "INSERT INTO ledger_entry (budget_line_id, kind, amount, booked_on, booked_at, booked_by) "
                     "SELECT id, 'payout', 100, current_date, now(), %s FROM budget_line LIMIT 1", clerk)
        refused(raw, "INSERT INTO audit_event (at, user_login, entity, entity_id, action, changes) "
                     "VALUES (now(), %s, 'application', %s, 'changed', '{}')", team.login("approver"), pending)
        status = raw.execute("SELECT status FROM application WHERE reference = %s", (pending,)).fetchone()
    assert status == (Status.IN_REVIEW.value,)


def test_four_eyes_in_the_database_for_the_one_who_put_it_in_review(team: Team) -> None:
    case = received_application(team, "006")
    assert cli(team.url("klein"), "move", case.reference, "--to", "in_review")[0] == 0
    code, out, err = cli(team.url("klein"), "move", case.reference, "--to", "rejected", "--reason", "x")
    assert code == 1 and "Vier-Augen-Prinzip" in err
    with team.raw("klein") as raw:
        message = refused(raw, "UPDATE application SET status = 'rejected', decided_by = %s, decision_reason = 'x' "
                               "WHERE reference = %s", team.login("klein"), case.reference)
    assert "Vier-Augen-Prinzip" in message
    assert cli(team.url("approver"), "move", case.reference, "--to", "rejected", "--reason", "unvollständig")[0] == 0


def test_on_postgresql_user_is_refused_and_a_password_is_asked_for(team: Team, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = cli(team.url("clerk"), "--user", team.login("approver"), "budget", "show")
    assert code == 1 and "Auf PostgreSQL handelt jede Person" in err
    with pytest.raises(BwiError) as missing:
        open_database(team.url("clerk", password=None))
    assert missing.value.code == "password_required"
    with pytest.raises(BwiError) as wrong:
        open_database(team.url("clerk", password="falsch"))
    assert wrong.value.code == "password_wrong" and "falsch" not in str(wrong.value)
    services = open_database(team.url("clerk", password=None), password="pw-clerk")
    try:
        assert services.database.session_login() == team.login("clerk")
        assert "pw-clerk" not in services.database.shown_name()
    finally:
        services.database.dispose()
    # libpq's password file works as it always does: no question asked
    url = make_url(team.owner_url)
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{url.host}:{url.port}:{url.database}:{team.login('clerk')}:pw-clerk\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    services = open_database(team.url("clerk", password=None))
    services.database.dispose()


def test_user_roles_moves_the_login_between_group_roles(team: Team) -> None:
    code, out, err = cli(team.owner_url, "user", "roles", team.login("clerk"), "--roles", "clerk,budget")
    assert code == 0, err
    engine = Database(team.owner_url).engine
    try:
        with engine.connect() as connection:
            assert pg_roles.member_of(connection, team.login("clerk")) == {"bwi_clerk", "bwi_budget"}
    finally:
        engine.dispose()


@pytest.fixture(autouse=True)
def _no_pgpass_of_the_machine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """The tests' own: never a password file of whoever runs them."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    yield


def test_an_admin_login_without_createrole_cannot_make_logins_and_nothing_is_half_done(
        team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = cli(team.owner_url, "user", "add", team.login("chef"), "--roles", "admin",
                         "--password-stdin", stdin="pw-chef\n", monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, err = cli(team.url("chef"), "user", "add", team.login("neu"), "--roles", "clerk",
                         "--password-stdin", stdin="pw-neu\n", monkeypatch=monkeypatch)
    assert code == 1 and err.startswith("Fehler: Die Datenbank verweigert das") and "pw-neu" not in err + out
    listing = cli(team.owner_url, "user", "list")[1]
    assert team.login("neu") not in listing  # the app user went with the refused login
    code, out, err = cli(team.url("chef"), "user", "add", team.login("ohne"), "--roles", "clerk")
    assert code == 0, err  # an app user without a login: the admin's own right


def test_the_desktop_shows_every_page_to_a_clerk_login_and_never_the_password(team: Team, qtbot,  # type: ignore[no-untyped-def]
                                                                             tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from bwi_vouchers.app import acting_identity
    from bwi_vouchers.ui.main import build_window
    from bwi_vouchers.ui.settings import Settings
    from bwi_vouchers.ui.tasks import SynchronousTaskRunner

    received_application(team, "007")
    services = open_database(team.url("clerk", password=None), password="pw-clerk")
    try:
        identity = acting_identity(services, None)
        assert identity.login == team.login("clerk") and identity.operator is None
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window = build_window(services, identity.login, settings=settings, runner=SynchronousTaskRunner())
        qtbot.addWidget(window)
        for key in window.pages:  # every page reads what it shows under the clerk's grants
            window.show_page(key)
        assert window.pages["applications"].model.rowCount() == 1
        assert "pw-clerk" not in window.db_label.text() + window.user_label.text()
    finally:
        services.database.dispose()

"""The command line through a real subprocess: exit codes, messages, and the database left as it was on refusal."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bwi_vouchers.domain.enums import Role
from tests.conftest import World
from tests.exchange.helpers import GOOD, MEASURE, workbook
from tests.pg import login_url
from tests.raw import connect_to, table_names

pytestmark = pytest.mark.slow


def run(db: Path | str, *args: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
    """The command line as ``user``: on SQLite the admin (the OS login, see conftest) acting for them with --user;
    on PostgreSQL connected with their own login (``tests.pg.login_url``)."""
    if user and isinstance(db, str):
        db = login_url(db, user)
    command = [sys.executable, "-m", "bwi_vouchers", "--db", str(db)]
    if user and isinstance(db, Path):
        command += ["--user", user]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("BWI_VOUCHERS_DB", None)
    return subprocess.run(command + list(args), capture_output=True, text=True, env=env, timeout=120)


def snapshot(db: Path | str) -> str:
    """A digest of every row of every table: equal digests mean nothing changed."""
    with connect_to(db) as connection:
        digest = hashlib.sha256()
        for table in table_names(connection):
            for row in sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"').fetchall())):
                digest.update(row.encode())
        return digest.hexdigest()


def address(world: World) -> Path | str:
    """What ``--db`` takes for the world's database: the SQLite file's path, or the PostgreSQL URL."""
    path = world.database.sqlite_path()
    return path if path is not None else world.database.engine.url.render_as_string(hide_password=False)


@pytest.fixture
def prepared(world: World) -> tuple[Path | str, str]:
    """A database with a budget line and one received application (built through the services)."""
    world.budget("100000.00")
    company = world.company("Müller & Söhne <GmbH>")
    measure = world.measure()
    info = world.application(company, measure, costs="7000.00")
    world.database.dispose()
    return address(world), info.reference


def budget_row(db: Path | str, year: str = "2026") -> list[str]:
    out = run(db, "budget", "show", "--year", year).stdout.splitlines()
    return [line for line in out if line.startswith(year)][0].split()


@pytest.mark.both_engines
def test_whole_lifecycle_by_two_users_moves_the_budget_as_the_ledger_says(prepared: tuple[Path, str]) -> None:
    db, ref = prepared
    assert run(db, "move", ref, "--to", "in_review", user="clerk").returncode == 0
    refused = run(db, "move", ref, "--to", "approved", user="approver")
    assert refused.returncode == 0, refused.stderr
    assert "3.000,00 €" in refused.stdout
    assert budget_row(db)[2:6] == ["100.000,00", "€", "3.000,00", "€"]
    proof = run(db, "move", ref, "--to", "proof_received", "--costs", "4200", user="clerk")
    assert proof.returncode == 0, proof.stderr
    assert "2.100,00 €" in proof.stdout
    paid = run(db, "move", ref, "--to", "paid", user="approver")
    assert paid.returncode == 0, paid.stderr
    row = budget_row(db)
    # Budget 100.000; committed 0 (the rest 900 released); paid 2.100; available 97.900.
    assert row[2:] == ["100.000,00", "€", "0,00", "€", "2.100,00", "€", "97.900,00", "€"]
    with connect_to(db) as connection:
        raw = connection.execute("SELECT kind, amount FROM ledger_entry ORDER BY id").fetchall()
    assert raw == [("commitment", 300000), ("payout", 210000), ("release", 90000)]


@pytest.mark.both_engines
def test_four_eyes_refusal_is_one_clear_line_and_changes_nothing(prepared: tuple[Path, str]) -> None:
    db, ref = prepared
    assert run(db, "move", ref, "--to", "in_review", user="admin").returncode == 0
    before = snapshot(db)
    result = run(db, "move", ref, "--to", "approved", user="admin")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Vier-Augen-Prinzip" in result.stderr
    assert snapshot(db) == before


@pytest.mark.parametrize(("args", "words"), [
    (("move", "IG-2026-9999", "--to", "in_review"), "IG-2026-9999"),
    (("move", "{ref}", "--to", "proof_received", "--costs", "-5"), "negativ"),
    (("move", "{ref}", "--to", "approvd"), "approvd"),
    (("move", "{ref}", "--to", "paid"), "nicht möglich"),
    (("check", "IG-1999-0001"), "IG-1999-0001"),
    (("budget", "set", "2026", "Lottomittel", "5"), "Lottomittel"),
    (("budget", "set", "2026", "Landesmittel", "-5"), "negativ"),
    (("budget", "set", "20x6", "Landesmittel", "5"), "20x6"),
    (("user", "add", "neu", "--roles", "clerk,king"), "king"),
])
def test_bad_input_exits_1_with_one_line_and_changes_nothing(prepared: tuple[Path, str], args: tuple[str, ...],
                                                              words: str) -> None:
    db, ref = prepared
    before = snapshot(db)
    result = run(db, *(a.replace("{ref}", ref) for a in args), user="admin")
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith("Fehler: ") and result.stderr.count("\n") == 1
    assert words in result.stderr
    assert snapshot(db) == before


def test_unknown_user_is_refused(prepared: tuple[Path, str]) -> None:
    db, ref = prepared
    result = run(db, "move", ref, "--to", "in_review", user="mallory")
    assert result.returncode == 1 and "mallory" in result.stderr


def test_wrong_usage_exits_2(prepared: tuple[Path, str]) -> None:
    db, _ = prepared
    assert run(db, "move").returncode == 2
    assert run(db, "budget").returncode == 2


def test_check_text_and_json(prepared: tuple[Path, str]) -> None:
    db, ref = prepared
    text = run(db, "check", ref)
    assert text.returncode == 0
    assert "Müller & Söhne <GmbH>" in text.stdout and "R12" in text.stdout and "3.000,00 €" in text.stdout
    data = json.loads(run(db, "check", ref, "--json").stdout)
    assert data["reference"] == ref and data["eligible"] is True and data["amount"] == "3000.00"
    assert [c["rule"] for c in data["checks"]] == [f"R{n:02d}" for n in range(1, 13)]
    assert {c["result"] for c in data["checks"]} <= {"pass", "fail", "warning"}
    assert all(c["reason"] for c in data["checks"])


def test_several_references_each_judged_alone(prepared: tuple[Path, str], tmp_path: Path) -> None:
    db, ref = prepared
    result = run(db, "move", ref, "IG-2026-0404", "--to", "in_review", user="clerk")
    assert result.returncode == 1
    assert f"{ref}: in Prüfung" in result.stdout
    assert "IG-2026-0404" in result.stderr
    status = sqlite3.connect(str(db)).execute("SELECT status FROM application").fetchone()[0]
    assert status == "in_review"


@pytest.mark.parametrize("db_engine", ["postgres"], indirect=True)  # SQLite: tests/integration/test_bulk_ids.py
def test_demo_then_new_records_from_the_command_line(world: World, tmp_path: Path) -> None:
    """After demo data (ids written in bulk), the next budget line and users are new rows with free ids."""
    owner = world.database.session_login()  # demo data are written by the database's owner, who is made an admin
    assert owner is not None
    world.services.users.add("admin", owner, roles=frozenset(Role))
    world.database.dispose()
    db = address(world)
    demo = run(db, "demo", "--applications", "40")
    assert demo.returncode == 0, demo.stderr
    made = run(db, "budget", "set", "2031", "EFRE", "5000", user="budget")
    assert made.returncode == 0, made.stderr
    assert budget_row(db, "2031")[:2] == ["2031", "EFRE"]
    added = run(db, "user", "add", "neu", "--roles", "clerk", user="admin")
    assert added.returncode == 0, added.stderr
    imported = run(db, "import", str(workbook(tmp_path / "a.xlsx", measures=[MEASURE], applications=[GOOD])),
                   user="admin")
    assert imported.returncode == 0, imported.stdout + imported.stderr


def test_first_user_gets_every_role_then_only_admins_add_users(tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    first = run(db, "user", "add", "mueller", "--roles", "clerk", "--name", "Anna Müller", user="chefin")
    assert first.returncode == 0, first.stderr
    listing = run(db, "user", "list").stdout
    assert "chefin" in listing and "admin,approver,budget,clerk" in listing and "Anna Müller" in listing
    refused = run(db, "user", "add", "weber", "--roles", "clerk", user="mueller")
    # the OS login (admin, see conftest) is no user of this database: it may not act for mueller
    assert refused.returncode == 1 and "Nur ein Administrator darf mit --user" in refused.stderr


def test_backup_writes_a_readable_copy_and_refuses_to_overwrite(prepared: tuple[Path, str], tmp_path: Path) -> None:
    db, ref = prepared
    target = tmp_path / "sicherung.db"
    assert run(db, "backup", str(target)).returncode == 0
    copy = sqlite3.connect(str(target))
    assert copy.execute("SELECT reference FROM application").fetchone()[0] == ref
    again = run(db, "backup", str(target))
    assert again.returncode == 1 and "existiert bereits" in again.stderr


def test_env_variable_names_the_database(prepared: tuple[Path, str]) -> None:
    db, ref = prepared
    env = {**os.environ, "BWI_VOUCHERS_DB": str(db)}
    result = subprocess.run([sys.executable, "-m", "bwi_vouchers", "check", ref], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0 and ref in result.stdout


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "kaputt.db"
    bogus.write_text("das ist keine Datenbank")
    result = run(bogus, "budget", "show")
    assert result.returncode == 1 and result.stderr.startswith("Fehler: ")
    assert bogus.read_text() == "das ist keine Datenbank"


def test_an_unexpected_failure_is_one_line_on_the_terminal_and_its_traceback_in_the_log(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-file.db"
    folder.mkdir()  # a folder where the database file should be: no service turns that into a BwiError
    logs = tmp_path / "log"
    command = [sys.executable, "-m", "bwi_vouchers", "--db", str(folder), "check", "IG-2026-0001"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "BWI_VOUCHERS_LOG_DIR": str(logs)}
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1
    assert result.stderr.startswith("Fehler: ") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    logged = (logs / "bwi-vouchers.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "IsADirectoryError" in logged

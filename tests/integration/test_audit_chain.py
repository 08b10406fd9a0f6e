"""The audit trail's hash chain (issue 9, item 4): written by every path, verified, and a tamperer is found."""

from __future__ import annotations

import io
import multiprocessing
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import JSON, Column, DateTime, Integer, MetaData, String, Table, select
from sqlalchemy.exc import DBAPIError

from bwi_vouchers.cli import main
from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services import Services
from bwi_vouchers.services.audit import BROKEN, CHANGED, MISSING, ChainCheck
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.storage import audit_chain, bulk, migrate
from bwi_vouchers.storage.chain_hash import GENESIS, NOT_CONTENT, event_hash
from bwi_vouchers.storage.database import Database
from bwi_vouchers.storage.engine import make_engine
from tests.conftest import TODAY, World
from tests.exchange.helpers import GOOD, MEASURE, workbook

pytestmark = pytest.mark.both_engines


def links(world: World) -> list[tuple[int, str, str]]:
    with world.raw() as raw:
        return [tuple(r) for r in raw.execute("SELECT id, prev_hash, hash FROM audit_event ORDER BY id").fetchall()]


def assert_intact(world: World) -> ChainCheck:
    """The chain verifies, covers every event, and each event names its predecessor's hash."""
    check = world.services.audit.verify()
    chain = links(world)
    assert check.problem is None and check.complete
    assert check.count == len(chain) > 0
    assert [prev for _, prev, _ in chain] == [GENESIS] + [h for _, _, h in chain[:-1]]
    assert check.last_hash == chain[-1][2]
    return check


def some_steps(world: World) -> str:
    world.budget("50000.00")
    app = world.application(world.company("Kette & Glied GmbH"), world.measure("M-2026-901"))
    world.services.lifecycle.move("clerk", app.reference, Status.IN_REVIEW)
    world.services.lifecycle.move("approver", app.reference, Status.APPROVED)
    return app.reference


def tamper(world: World, sql: str, parameters: tuple[object, ...] = ()) -> None:
    """Change the trail as someone with the database file or the owner's login would: past the triggers."""
    with world.raw() as raw:
        if raw.postgres:
            raw.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
            raw.execute(sql, parameters)
            raw.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only")  # covering the tracks
        else:
            raw.execute("DROP TRIGGER audit_event_no_update")
            raw.execute("DROP TRIGGER audit_event_no_delete")
            raw.execute(sql, parameters)


def stored_content(world: World, event_id: int) -> dict[str, Any]:
    table = audit_chain.audit_table()
    with world.database.engine.connect() as connection:
        row = connection.execute(select(table).where(table.c.id == event_id)).one()._mapping
    return {name: value for name, value in row.items() if name not in NOT_CONTENT}


# written by every path ---------------------------------------------------------------------------------------------

def test_steps_chain_their_events(world: World) -> None:
    before = len(links(world))
    some_steps(world)
    check = assert_intact(world)
    assert check.count >= before + 5  # budget, company, measure, application and two steps


def test_the_demo_chains_its_events(world: World) -> None:
    summary = world.services.demo.load("admin", applications=40, seed=3)
    check = assert_intact(world)
    assert check.count >= summary.audit_events
    some_steps(world)  # events written one by one after the bulk ones chain onto them
    assert_intact(world)


def test_the_import_chains_its_events(world: World, tmp_path: Path) -> None:
    some_steps(world)
    path = workbook(tmp_path / "antraege.xlsx", measures=[MEASURE], applications=[GOOD])
    before = len(links(world))
    world.services.importing.run("admin", path)
    assert len(links(world)) > before
    assert_intact(world)


def test_events_of_one_transaction_chain_in_order_however_they_are_written(world: World) -> None:
    """ORM events flushed together, bulk rows after them and an ORM event still pending: one chain, in id order."""
    at = datetime(2026, 3, 2, 10, 0)
    with world.database.unit_of_work(write=True) as uow:
        for n in range(3):
            uow.audit(user="clerk", entity="application", entity_id=f"IG-2026-{n:04d}", action="changed",
                      changes={"notes": [None, f"Nr. {n}"], 10 - n: (n, {n: "x"})}, at=at)  # keys read back as text
        uow.flush()
        uow.audit(user="clerk", entity="company", entity_id=1, action="changed", changes={}, at=at)  # pending
        bulk.insert(uow.session, {"audit_event": [
            {"at": at, "user_login": "admin", "entity": "import", "entity_id": "x.xlsx", "action": "imported",
             "changes": {"rows": [None, n]}} for n in range(4)]}, chunk=3)
    assert_intact(world)
    assert len(links(world)) >= 8


def _write_budget(url: str, year: int, times: int) -> None:
    """One writer process: ``times`` budget changes, each its own transaction with an audit event."""
    database = Database(url)
    try:
        services = Services.build(database, FixedClock(TODAY))
        for n in range(times):
            services.budget.set_line("budget", year, "Landesmittel", f"{1000 + n}.00")
    finally:
        database.dispose()


def test_writers_at_once_never_chain_onto_the_same_event(world: World) -> None:
    url = world.database.engine.url.render_as_string(hide_password=False)
    before = len(links(world))
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_budget, args=(url, 2030 + n, 12)) for n in range(3)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
    assert [w.exitcode for w in writers] == [0, 0, 0]
    assert len(links(world)) == before + 36
    assert_intact(world)
    with world.raw() as raw:
        assert raw.execute("SELECT COUNT(DISTINCT prev_hash) FROM audit_event").fetchone()[0] == before + 36


# a tamperer is found -------------------------------------------------------------------------------------------------

def test_a_changed_event_is_reported_where_it_is(world: World) -> None:
    some_steps(world)
    chain = links(world)
    victim = chain[-2][0]
    tamper(world, "UPDATE audit_event SET changes = ? WHERE id = ?", ('{"approved_amount": [null, "9000.00"]}',
                                                                     victim))
    check = world.services.audit.verify()
    assert check.problem is not None
    assert (check.problem.kind, check.problem.event.id) == (CHANGED, victim)
    assert check.count == len(chain) - 2  # the events before it are in order


def test_a_rehashed_event_breaks_the_link_to_the_next(world: World) -> None:
    """A tamperer who knows the hash and recomputes it for the event changed: the next one no longer links."""
    some_steps(world)
    chain = links(world)
    (victim, prev_hash, _), (after, _, _) = chain[-2], chain[-1]
    assert after == victim + 1
    forged = {**stored_content(world, victim), "user_login": "mallory"}
    tamper(world, "UPDATE audit_event SET user_login = 'mallory', hash = ? WHERE id = ?",
           (event_hash(prev_hash, forged), victim))
    problem = world.services.audit.verify().problem
    assert problem is not None and (problem.kind, problem.event.id) == (BROKEN, after)


def test_a_removed_event_is_a_gap(world: World) -> None:
    some_steps(world)
    chain = links(world)
    tamper(world, "DELETE FROM audit_event WHERE id = ?", (chain[3][0],))
    problem = world.services.audit.verify().problem
    assert problem is not None
    assert (problem.kind, problem.previous_id, problem.event.id) == (MISSING, chain[2][0], chain[4][0])


def test_a_removed_first_event_is_a_gap_at_the_start(world: World) -> None:
    some_steps(world)
    first, second = links(world)[:2]
    tamper(world, "DELETE FROM audit_event WHERE id = ?", (first[0],))
    problem = world.services.audit.verify().problem
    assert problem is not None and (problem.kind, problem.previous_id, problem.event.id) == (MISSING, None, second[0])


def test_verify_goes_batch_by_batch_and_can_be_cancelled(world: World) -> None:
    some_steps(world)
    total = len(links(world))
    seen: list[tuple[int, int]] = []
    with world.database.engine.connect() as connection:
        whole = audit_chain.verify(connection, batch=2, progress=lambda done, of: seen.append((done, of)))
        stopped = audit_chain.verify(connection, batch=2, is_cancelled=lambda: True)
    assert whole.problem is None and whole.count == total
    assert seen[0] == (2, total) and seen[-1] == (total, total)
    assert (stopped.complete, stopped.count, stopped.problem) == (False, 2, None)


# the command line ----------------------------------------------------------------------------------------------------

def cli(world: World, *args: str) -> tuple[int, str]:
    path = world.database.sqlite_path()
    db = str(path) if path is not None else world.database.engine.url.render_as_string(hide_password=False)
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", db, *args], stdout=out, stderr=err)
    return code, out.getvalue() + err.getvalue()


def test_audit_verify_on_the_command_line(world: World) -> None:
    some_steps(world)
    chain = links(world)
    code, text = cli(world, "audit", "verify")
    assert code == 0
    assert text.splitlines() == [f"Prüfkette in Ordnung: {len(chain)} Ereignisse.",
                                 f"Prüfwert des letzten Ereignisses: {chain[-1][2]}"]
    victim = chain[-1][0]
    tamper(world, "UPDATE audit_event SET user_login = 'mallory' WHERE id = ?", (victim,))
    code, text = cli(world, "audit", "verify")
    assert code == 1
    day = TODAY.strftime("%d.%m.%Y")
    assert text.splitlines()[0].startswith(f"Ereignis Nr. {victim} vom {day} ")
    assert text.splitlines()[0].endswith(": Inhalt geändert")
    assert "(mallory, Antrag IG-2026-0001)" in text
    assert text.splitlines()[1] == f"Davor in Ordnung: {len(chain) - 1} Ereignisse."


def test_audit_verify_names_a_gap(world: World) -> None:
    some_steps(world)
    chain = links(world)
    tamper(world, "DELETE FROM audit_event WHERE id = ?", (chain[-2][0],))
    code, text = cli(world, "audit", "verify")
    assert code == 1
    assert text.splitlines()[0].endswith(f": Ereignis fehlt (Lücke zwischen Nr. {chain[-3][0]} und {chain[-1][0]})")


# the migration -------------------------------------------------------------------------------------------------------

OLD_EVENTS = [
    {"at": datetime(2025, 12, 1, 9, 30), "user_login": "müller", "entity": "application",
     "entity_id": "IG-2025-0001", "action": "created", "changes": {"status": [None, "received"], "ö": ["a", 1]}},
    {"at": datetime(2025, 12, 2, 10, 0, 0, 123456), "user_login": "fischer", "entity": "application",
     "entity_id": "IG-2025-0001", "action": "status:approved",
     "changes": {"approved_amount": [None, "2000.00"], "ledger": [None, ["commitment 2000.00"]],
                 "x": {"b": 1, "a": 2}}},
    {"at": datetime(2025, 12, 3, 8, 0), "user_login": "schulz", "entity": "budget_line", "entity_id": "2026/EFRE",
     "action": "changed", "changes": {}},
]


def test_the_migration_chains_the_events_of_a_filled_0002_database(empty_url: str) -> None:
    engine = make_engine(empty_url)
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
            old = Table("audit_event", MetaData(), Column("id", Integer, primary_key=True), Column("at", DateTime),
                        Column("user_login", String), Column("entity", String), Column("entity_id", String),
                        Column("action", String), Column("changes", JSON))
            connection.execute(old.insert(), OLD_EVENTS)
        migrate.upgrade(engine)
        table = audit_chain.audit_table()
        with engine.connect() as connection:
            check = audit_chain.verify(connection)
            stored = connection.execute(select(table.c.prev_hash, table.c.hash).order_by(table.c.id)).all()
        assert check.problem is None and check.count == 3
        expected, previous = [], GENESIS
        for event in OLD_EVENTS:
            expected.append((previous, event_hash(previous, event)))
            previous = expected[-1][1]
        assert [tuple(row) for row in stored] == expected
        with engine.connect() as connection:  # and the trail is append-only now, on both engines
            for statement in ("UPDATE audit_event SET user_login = 'x'", "DELETE FROM audit_event"):
                with pytest.raises(DBAPIError, match="append-only"):
                    connection.exec_driver_sql(statement)
                connection.rollback()
    finally:
        engine.dispose()


@pytest.mark.parametrize("db_engine", ["postgres"], indirect=True)
@pytest.mark.parametrize("table", ["audit_event", "ledger_entry"])
def test_truncate_is_refused_on_postgresql(world: World, table: str) -> None:
    some_steps(world)
    with world.raw() as raw:
        with pytest.raises(raw.Error, match="append-only"):
            raw.execute(f"TRUNCATE {table} CASCADE")
        raw.rollback()
        assert raw.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] > 0


def test_a_fresh_demo_verifies_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "--user", "admin", "demo", "--applications", "30"], stdout=io.StringIO()) == 0
    out = io.StringIO()
    assert main(["--db", str(path), "audit", "verify"], stdout=out) == 0
    assert out.getvalue().startswith("Prüfkette in Ordnung: ")


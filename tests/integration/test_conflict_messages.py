"""Every conflict or lost connection is one German message, never the driver's text; nothing is half-done, and
the next action connects anew (DESIGN §11). Ids of the bulk paths come from the database."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import BwiError, ConflictError, RetryableConflict
from bwi_vouchers.services import Services
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.storage import bulk, engine
from bwi_vouchers.storage.database import Database
from bwi_vouchers.storage.models import User
from tests import pg
from tests.conftest import TODAY, World
from tests.races import driver_text

pytestmark = pytest.mark.both_engines


def german(error: BwiError) -> str:
    text = str(error)
    assert not driver_text(text), text
    assert "nichts" in text or "neu laden" in text.lower(), text
    return text


def test_a_unique_key_taken_meanwhile_is_a_german_conflict_that_may_be_retried(world: World) -> None:
    with pytest.raises(RetryableConflict) as caught:
        with world.database.unit_of_work(write=True) as uow:
            uow.add(User(login="clerk", display_name="Zweiter", roles="clerk", active=True,
                         created_at=world.clock.now()))
            uow.flush()
    assert caught.value.code == "duplicate"
    german(caught.value)
    assert [u.login for u in world.services.users.list()].count("clerk") == 1


def test_retrying_runs_a_broken_off_unit_of_work_again_and_gives_up_after_a_few(world: World) -> None:
    attempts: list[int] = []

    def work(uow: object) -> int:
        attempts.append(1)
        if len(attempts) < 2:
            raise RetryableConflict("deadlock")
        return len(attempts)

    assert world.database.retrying(work) == 2

    def always(uow: object) -> None:
        attempts.append(1)
        raise RetryableConflict("deadlock")

    attempts.clear()
    with pytest.raises(RetryableConflict) as caught:
        world.database.retrying(always)
    assert len(attempts) == 4
    assert german(caught.value).startswith("Ein gleichzeitiger Vorgang")


def test_a_budget_line_locked_by_someone_else_is_a_german_busy_message(world: World, db_engine: str,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Another transaction holds the line (a decision in progress elsewhere): changing it waits, then gives up
    with a German message; the line is unchanged."""
    world.budget("50000.00")
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(engine, "LOCK_TIMEOUT_MS", 200)
    impatient = Database(world.database.url)
    raw = world.raw()
    try:
        if db_engine == "sqlite":
            raw.execute("BEGIN IMMEDIATE")
        else:
            raw.execute("SELECT id FROM budget_line WHERE year = 2026 FOR UPDATE")
        with pytest.raises(ConflictError) as caught:
            Services.build(impatient, world.clock).budget.set_line("budget", 2026, "Landesmittel", "60000.00")
        assert caught.value.code == "database_busy"
        german(caught.value)
    finally:
        raw.rollback()
        raw.close()
        impatient.dispose()
    assert world.services.budget.line(2026, "Landesmittel").budget == Decimal("50000.00")


def test_reserved_ids_follow_each_other_and_are_not_used_twice(world: World, db_engine: str) -> None:
    with world.database.unit_of_work(write=True) as uow:
        first = bulk.reserve_ids(uow.session, "company", 5)
        second = bulk.reserve_ids(uow.session, "company", 3)
    assert len(first) == 5 and len(second) == 3 and max(first) < min(second)
    company = world.company()
    if db_engine == "postgres":  # taken from the sequence: never handed out again, even unused
        assert company > max(second)


def test_a_connection_lost_in_the_middle_of_a_decision_changes_nothing_and_the_next_action_reconnects(
        world: World, db_engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if db_engine != "postgres":
        pytest.skip("a server connection exists on PostgreSQL only")
    from sqlalchemy import text

    from bwi_vouchers.services import lifecycle

    world.budget()
    app = world.application(world.company(), world.measure())
    world.services.lifecycle.move("clerk", app.reference, Status.IN_REVIEW)
    real = lifecycle.write_step

    def cut_off(uow, *args, **kwargs):  # type: ignore[no-untyped-def]
        changes = real(uow, *args, **kwargs)
        uow.flush()  # the step's rows are sent, the transaction is open: now the server goes away
        uow.session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
        return changes

    monkeypatch.setattr(lifecycle, "write_step", cut_off)
    with pytest.raises(BwiError) as caught:
        world.services.lifecycle.move("approver", app.reference, Status.APPROVED)
    assert caught.value.code == "connection_lost"
    german(caught.value)
    monkeypatch.setattr(lifecycle, "write_step", real)

    info = world.services.applications.get(app.reference)  # the next action connects anew
    assert info.status is Status.IN_REVIEW and info.approved_amount is None
    assert world.services.budget.line(2026, "Landesmittel").committed == 0
    assert world.services.lifecycle.move("approver", app.reference, Status.APPROVED).status is Status.APPROVED


def test_a_server_that_cannot_be_reached_is_a_german_message(db_engine: str) -> None:
    if db_engine != "postgres" or pg.unavailable():
        pytest.skip("needs psycopg")
    database = Database(f"postgresql+psycopg://nobody@127.0.0.1:{pg.free_port()}/bwi")
    try:
        with pytest.raises(BwiError) as caught:
            Services.build(database, FixedClock(TODAY)).applications.get("IG-2026-0001")
    finally:
        database.dispose()
    assert caught.value.code == "connection_lost"
    german(caught.value)

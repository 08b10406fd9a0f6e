"""Breaking off a read from another thread (``storage.interrupt``), on SQLite and PostgreSQL: the statement that
runs stops, the next one is refused, and the connection serves the next unit of work as if nothing happened."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import event, text

from bwi_vouchers.services.listing import ApplicationFilter
from bwi_vouchers.storage.interrupt import Interrupt, Interrupted
from tests.conftest import World

pytestmark = pytest.mark.both_engines

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def test_a_set_interrupt_refuses_the_read_before_it_starts(world: World) -> None:
    listing = world.services.listing
    interrupt = Interrupt()
    interrupt.set()
    with pytest.raises(Interrupted), listing.interruptible(interrupt):
        listing.count()
    assert listing.count() == 0  # the same service, outside the block: reads as ever


def test_an_interrupt_from_another_thread_stops_the_running_statement(world: World) -> None:
    db = world.services.listing.db
    interrupt = Interrupt()
    started = threading.Event()
    outcome: list[BaseException | None] = []

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.startswith("WITH RECURSIVE"):
            started.set()

    def endless() -> None:
        try:
            with world.services.listing.interruptible(interrupt), db.unit_of_work() as uow:
                uow.session.execute(text(ENDLESS)).scalar()
        except BaseException as error:  # noqa: BLE001 - what broke it off is the test's subject
            outcome.append(error)
        else:
            outcome.append(None)

    event.listen(db.engine, "before_cursor_execute", on_execute)
    try:
        reader = threading.Thread(target=endless, daemon=True)
        reader.start()
        assert started.wait(60)
        for _ in range(120):  # again until it stops: the first may come before the statement runs (then a no-op)
            interrupt.set()
            reader.join(0.5)
            if not reader.is_alive():
                break
        assert not reader.is_alive(), "the endless statement was not broken off"
    finally:
        event.remove(db.engine, "before_cursor_execute", on_execute)
    assert outcome and outcome[0] is not None  # an error, not a result
    # the connection went back to the pool unharmed: the next reads (on every pooled connection) answer
    for _ in range(3):
        assert world.services.listing.count(ApplicationFilter(text="x")) == 0
    with db.unit_of_work() as uow:
        assert uow.session.execute(text("SELECT 1")).scalar() == 1


def test_an_interrupt_set_after_the_read_touches_nothing_later(world: World) -> None:
    listing = world.services.listing
    interrupt = Interrupt()
    with listing.interruptible(interrupt):
        assert listing.count() == 0
    interrupt.set()  # the read is over: its connection is back in the pool, no longer attached
    assert listing.count() == 0

"""The demo is written batch by batch (issue 10: a million applications in bounded memory): the batches make
the same rows whatever their size, parents come before children, and the ledger and the audit trail are written
in the order of time."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from bwi_vouchers.services import Services
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.services.demo import generate, read_reference
from bwi_vouchers.services.demo.generator import Generator
from bwi_vouchers.storage.bulk import insert_order
from bwi_vouchers.storage.database import Database

DAY = date(2026, 3, 2)


def test_small_batches_make_the_same_rows_in_order(tmp_path: Path) -> None:
    services = Services.build(Database.open("sqlite:///" + str(tmp_path / "s.db")), FixedClock(DAY))
    try:
        services.users.acting("admin")
        with services.database.unit_of_work() as uow:  # each generator counts its ids from the same start
            whole = generate(read_reference(uow, DAY, "admin", reserve=False), applications=600, seed=5)
        with services.database.unit_of_work() as uow:
            reference = read_reference(uow, DAY, "admin", reserve=False)
    finally:
        services.database.dispose()
    generator = Generator(reference, 5, None, None)
    batches = list(generator.stream(600, batch=37))
    assert len(batches) > 10
    tables: dict[str, list[dict[str, Any]]] = {}
    written: set[str] = set()
    for batch in batches:
        for name in insert_order(list(batch)):  # as storage.bulk.insert writes a batch
            tables.setdefault(name, []).extend(batch[name])
            written.add(name)
        assert {"company", "measure", "budget_line", "app_user"} <= written  # parents in the first batch
    assert tables == {name: rows for name, rows in whole.tables.items() if name in tables}
    assert generator.summary == whole.summary
    events = [row["at"] for row in tables["audit_event"]]
    assert events == sorted(events)
    bookings = [row["booked_at"] for row in tables["ledger_entry"]]
    assert bookings == sorted(bookings)
    booked = {row["application_id"] for row in tables["ledger_entry"]}
    assert booked <= {row["id"] for row in tables["application"]}
    assert whole.summary.audit_events == len(events) and whole.summary.applications == 600

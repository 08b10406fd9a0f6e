"""The demo is written batch by batch (issue 10: a million applications in bounded memory): the batches make
the same rows whatever their size, parents come before children, and the ledger and the audit trail are written
in the order of time."""

from __future__ import annotations

import random
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services import Services
from bwi_vouchers.services.clock import FixedClock
from bwi_vouchers.services.demo import generate, read_reference
from bwi_vouchers.services.demo.drafts import Drafts, Order
from bwi_vouchers.services.demo.generator import Generator
from bwi_vouchers.services.demo.model import AppDraft
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


def test_a_draft_comes_back_from_the_spill_as_it_was_drawn(world) -> None:  # type: ignore[no-untyped-def]
    """Drafts wait in the spill until their turn (money as text: the same exponent; dates as ordinals)."""
    with world.database.unit_of_work() as uow:
        reference = read_reference(uow, DAY, "admin", reserve=False)
    generator = Generator(reference, 8, None, None)
    try:
        generator._users()
        companies = generator._companies(100)
        measures = generator._measures(12)
        drafts = Drafts(generator.spill, generator.programmes)
        drawn = []
        for app in generator._applications(400, companies, measures):
            drafts.keep(app)
            drawn.append(app)
        assert {app.status for app in drawn} >= {Status.RECEIVED, Status.CLOSED, Status.REJECTED, Status.REVOKED}
        assert any(app.requested is None for app in drawn) and any(app.notes for app in drawn)
        for index in random.Random(2).sample(range(len(drawn)), len(drawn)):
            app, back = drawn[index], drafts.get(index, companies, measures)
            for name in (f.name for f in fields(AppDraft)):
                if name in ("company", "measure", "programme"):
                    assert getattr(back, name) is getattr(app, name)
                elif name == "steps":
                    assert [(s.target, s.day, s.user, s.reason) for s in back.steps] == [
                        (s.target, s.day, s.user, s.reason) for s in app.steps]
                else:
                    assert repr(getattr(back, name)) == repr(getattr(app, name)), name  # Decimal('1.50') too
    finally:
        generator.spill.close()


def test_the_order_of_receipt_is_the_order_of_the_drafts_sorted(world) -> None:  # type: ignore[no-untyped-def]
    """``Order`` sorts the packed keys as the drafts themselves would be: receipt, minute, company, measure."""
    with world.database.unit_of_work() as uow:
        reference = read_reference(uow, DAY, "admin", reserve=False)
    generator = Generator(reference, 3, None, None)
    try:
        generator._users()
        companies = generator._companies(60)
        measures = generator._measures(12)
        drafts = Drafts(generator.spill, generator.programmes)
        drawn = list(generator._applications(300, companies, measures))
        for app in drawn:
            drafts.keep(app)
        minutes = [random.Random(index).randrange(541) for index in range(len(drawn))]
        order = Order(drafts, minutes)
        expected = sorted(range(len(drawn)), key=lambda i: (drawn[i].receipt, minutes[i], drawn[i].company.id,
                                                             drawn[i].measure.id, i))
        assert list(order.drawn) == expected
        assert list(order.minutes) == [minutes[i] for i in expected]
        assert [date.fromordinal(r) for r in order.receipts] == [drawn[i].receipt for i in expected]
    finally:
        generator.spill.close()

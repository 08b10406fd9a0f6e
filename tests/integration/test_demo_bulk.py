"""The demo written in many batches (issue 10: a million applications): on both engines the counts are right,
references and register numbers stay unique, and the search index — built once at the end on SQLite, where the
big tables' secondary indexes and the search triggers are dropped for the load — finds the demo rows and follows
later changes again."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from bwi_vouchers.services.demo import generator
from bwi_vouchers.services.listing import ApplicationFilter
from tests.conftest import World

pytestmark = pytest.mark.both_engines

APPLICATIONS = 300


def query(world: World, sql: str) -> list[tuple[Any, ...]]:
    with world.database.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql)]


def schema(world: World) -> set[tuple[Any, ...]]:
    if world.database.engine.dialect.name == "sqlite":
        return set(query(world, "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"))
    return set(query(world, "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"))


def test_a_demo_in_many_batches(make_world, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    world: World = make_world()
    before = schema(world)
    events = query(world, "SELECT count(*) FROM audit_event")[0][0]  # the template's users were audited
    monkeypatch.setattr(generator, "BATCH", 40)  # several batches, each written on its own
    summary = world.services.demo.load("admin", applications=APPLICATIONS, seed=3)

    assert summary.applications == APPLICATIONS and summary.companies == APPLICATIONS // 4
    assert query(world, "SELECT count(*), count(DISTINCT reference), count(DISTINCT id) FROM application") == [
        (APPLICATIONS, APPLICATIONS, APPLICATIONS)]
    assert query(world, "SELECT count(*) FROM company") == [(APPLICATIONS // 4,)]
    registers = [r for (r,) in query(world, "SELECT register_number FROM company") if r is not None]
    assert registers and len(registers) == len(set(registers))
    counted = dict(Counter(status for (status,) in query(world, "SELECT status FROM application")))
    assert counted == {status: n for status, n in summary.by_status.items() if n}
    assert query(world, "SELECT count(*) FROM audit_event") == [(events + summary.audit_events,)]
    assert query(world, "SELECT count(*) FROM ledger_entry") == [(summary.ledger_entries,)]
    assert schema(world) == before  # every index and trigger dropped for the load is back, as it was

    listing = world.services.listing
    rows = listing.rows()
    for some in (rows[0], rows[150], rows[-1]):  # rows of the first, a middle and the last batch
        needle = some.company[1:7]
        expected = {row.reference for row in rows if needle.casefold() in row.company.casefold()}
        assert {row.reference for row in listing.rows(ApplicationFilter(text=needle))} == expected
        assert some.reference in expected
        assert [row.reference for row in listing.rows(ApplicationFilter(text=some.reference))] == [some.reference]
    assert listing.count(ApplicationFilter(text="gmbh")) == sum("gmbh" in row.company.casefold() for row in rows)


def test_the_search_follows_changes_after_a_demo(make_world) -> None:  # type: ignore[no-untyped-def]
    world: World = make_world()
    world.services.demo.load("admin", applications=60, seed=2)
    listing = world.services.listing
    some = listing.rows()[10]
    with world.database.engine.begin() as connection:  # the search triggers are back: a renamed company is found
        company_id = connection.exec_driver_sql(
            f"SELECT company_id FROM application WHERE reference = '{some.reference}'").scalar()
        connection.exec_driver_sql(f"UPDATE company SET name = 'Quarzwerk Zyx GmbH' WHERE id = {company_id}")
    found = {row.reference for row in listing.rows(ApplicationFilter(text="quarzwerk zyx"))}
    assert some.reference in found


def test_a_cancelled_demo_leaves_every_index(make_world) -> None:  # type: ignore[no-untyped-def]
    world: World = make_world()
    before = schema(world)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3  # while the rows are written

    from bwi_vouchers.services.demo import DemoCancelled
    with pytest.raises(DemoCancelled):
        world.services.demo.load("admin", applications=200, seed=1, is_cancelled=cancel)
    assert schema(world) == before
    assert query(world, "SELECT count(*) FROM application") == [(0,)]

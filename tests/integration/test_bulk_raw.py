"""``storage.bulk.insert`` on SQLite writes past SQLAlchemy (the DB-API's executemany, values converted by the
columns' own bind processors): the stored values and their SQLite types are exactly what SQLAlchemy's insert
stores, the columns' defaults included, and a bulk write is still noted as a change of its table."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime

from bwi_vouchers.services.demo import names
from bwi_vouchers.storage import audit_chain, bulk, tracking
from tests.conftest import World


def stored(world: World, table: str, columns: list[str], where: str) -> list[tuple[Any, ...]]:
    picked = ", ".join(f"typeof({c}), {c}" for c in columns)
    with world.database.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(
            f"SELECT {picked} FROM {table} WHERE {where} ORDER BY id")]


def both_ways(world: World, table: str, rows: list[dict[str, Any]], bulk_rows: list[dict[str, Any]]) -> None:
    """``rows`` by SQLAlchemy's insert, ``bulk_rows`` (the same but for their ids and unique columns) by bulk."""
    with world.database.unit_of_work(write=True) as uow:
        connection = uow.session.connection()
        if table == "audit_event":
            audit_chain.seal(connection, rows)
        connection.execute(bulk.table(table).insert(), rows)
        bulk.insert(uow.session, {table: bulk_rows})


def test_rows_read_back_as_sqlalchemy_writes_them(world: World) -> None:
    first = 900_000
    town, nace = names.TOWNS[0], next(iter(names.NACE_CODES.values()))[0]  # rows of the lookup tables
    companies = [{"id": first + n, "name": f"Roh {n} GmbH", "legal_form": "GmbH", "register_number": None,
                  "vat_id": f"DE{n:09d}", "street": "Weg 1", "postcode": town.postcode, "city": town.name,
                  "region_code": town.region, "seat_or_branch_in_bw": n % 2 == 0, "nace_code": nace,
                  "match_key": f"roh {n}", "created_at": datetime(2026, 3, 2, 8, n, 0, n * 7)}
                 for n in range(2)]  # "version" left out: its default
    companies += [{**c, "id": c["id"] + 2, "name": c["name"] + " 2", "vat_id": c["vat_id"] + "2",
                   "match_key": c["match_key"] + " 2"} for c in companies]
    both_ways(world, "company", companies[:2], companies[2:])
    columns = ["register_number", "seat_or_branch_in_bw", "created_at", "version", "street", "city"]
    core, raw = (stored(world, "company", columns, f"id IN ({first + a}, {first + b})") for a, b in ((0, 1), (2, 3)))
    assert core == raw
    assert core[0][:4] == ("null", None, "integer", 1) and core[1][4:6] == ("text", "2026-03-02 08:01:00.000007")

    lines = [{"id": first + n, "year": 2090 + n, "source": "Landesmittel", "amount": Decimal(amount), "version": 1}
             for n, amount in enumerate(("1000.50", "7", "1000.50", "7"))]
    both_ways(world, "budget_line", lines[:2], lines[2:])
    core, raw = (stored(world, "budget_line", ["source", "amount", "version"], f"id IN ({first + a}, {first + b})")
                 for a, b in ((0, 1), (2, 3)))
    assert core == raw == [("text", "Landesmittel", "integer", 100050, "integer", 1),
                           ("text", "Landesmittel", "integer", 700, "integer", 1)]

    measures = [{"id": first + n, "code": f"M-2090-{n:03d}", "title": "Reise", "type": "market_research_trip",
                 "country": "USA", "city": "Boston", "start_date": date(2090, 1, n + 1), "end_date": date(99, 1, 5),
                 "organiser": "BW_i", "version": 1} for n in range(2)]
    measures += [{**m, "id": m["id"] + 2, "code": m["code"] + "b"} for m in measures]
    both_ways(world, "measure", measures[:2], measures[2:])
    core, raw = (stored(world, "measure", ["start_date", "end_date", "title"], f"id IN ({first + a}, {first + b})")
                 for a, b in ((0, 1), (2, 3)))
    assert core == raw and core[0][:4] == ("text", "2090-01-01", "text", "0099-01-05")

    events = [{"at": datetime(2026, 3, 2, 9, n), "user_login": "admin", "entity": "application",
               "entity_id": f"IG-2026-{n:04d}", "action": "changed",
               "changes": {"notes": [None, f"Nr. {n} – ä"], "checks": [None, {"R01": "pass"}]}} for n in range(2)]
    both_ways(world, "audit_event", [dict(e) for e in events], [dict(e) for e in events])
    columns = ["at", "user_login", "on_behalf_of", "entity", "entity_id", "action", "changes"]
    with world.database.engine.connect() as connection:
        last = connection.exec_driver_sql("SELECT max(id) FROM audit_event").scalar()
    core, raw = (stored(world, "audit_event", columns, f"id IN ({last - a}, {last - b})") for a, b in ((3, 2),
                                                                                                      (1, 0)))
    assert core == raw
    assert core[0][4:6] == ("null", None)  # on_behalf_of
    assert core[0][13] == '{"notes": [null, "Nr. 0 \\u2013 \\u00e4"], "checks": [null, {"R01": "pass"}]}'
    with world.database.engine.connect() as connection:
        assert audit_chain.verify(connection).problem is None


def test_datetimes_sqlalchemy_would_convert_differently_still_go_through_it() -> None:
    from sqlalchemy.dialects.sqlite import pysqlite

    dialect = pysqlite.dialect()
    fast = bulk._processor(DateTime(), dialect)
    slow = DateTime().dialect_impl(dialect).bind_processor(dialect)
    assert fast is not None and slow is not None
    for value in (datetime(2026, 3, 2, 8, 15), datetime(999, 1, 2, 3, 4, 5, 6), date(2026, 1, 2), None):
        assert fast(value) == slow(value)


def test_a_bulk_write_is_noted_as_a_change_of_its_table(world: World) -> None:
    with tracking.recording() as recorder:
        with world.database.unit_of_work(write=True) as uow:
            bulk.insert(uow.session, {"audit_event": [
                {"at": datetime(2026, 3, 2, 9), "user_login": "admin", "entity": "import", "entity_id": "x.xlsx",
                 "action": "imported", "changes": {}}]})
    assert tracking.RowChange("audit_event", None, new=True) in recorder.rows

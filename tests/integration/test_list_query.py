"""The application list in SQL (``storage.list_query`` through ``ListingService``), on SQLite and PostgreSQL:
every column sorts both ways page by page, filters and substring search, paging boundaries, counts, and the
search index kept in sync by every path that writes applications or company names."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.listing import PAGE, ApplicationFilter, ApplicationRow, Column
from bwi_vouchers.storage import migrate
from tests.conftest import World
from tests.exchange.helpers import GOOD, MEASURE, workbook

pytestmark = pytest.mark.both_engines

NAMES = ("Alpha Optik GmbH", "Delta & Söhne GmbH", 'Zeta "Quote" AG', "Bits <Süd> & Bytes", "O'Brien Laser KG",
         "ÖKO Energie eG", "100% Rabatt_GmbH")
STATUS_ORDER = {status: number for number, status in enumerate(Status)}


def key(column: Column, row: ApplicationRow) -> Any:
    """The order the list promises: no value first, then by value; ties in reference order."""
    value = (row.reference, row.company, row.measure_code, row.theme_code, row.cluster, row.receipt_date,
             STATUS_ORDER[row.status], row.eligible_costs, row.voucher_amount, row.approved_amount,
             row.payout_amount)[column]
    return (0, 0) if value is None else (1, value)


@pytest.fixture
def filled(make_world) -> World:  # type: ignore[no-untyped-def]
    """Eleven applications: seven companies, three measures in two years, four statuses, one without a target
    field, costs that tie."""
    world: World = make_world()
    world.budget()
    early = world.measure("M-2025-001", start=date(2025, 9, 1), end=date(2025, 9, 5))
    spring = world.measure("M-2026-001")
    summer = world.measure("M-2026-002", start=date(2026, 7, 6), end=date(2026, 7, 10), country="JP")
    companies = [world.company(name) for name in NAMES]
    made = []
    for number, (company, measure, costs, theme) in enumerate([
            (0, spring, "4000.00", 6), (1, spring, "12500.50", 6), (2, summer, "900.00", None),
            (3, spring, "4000.00", 6), (4, early, "2600.00", 6), (5, summer, "350.00", 6), (6, spring, "4000.00", 6),
            (0, summer, "5100.00", 6), (1, early, "2000.00", 6), (3, summer, "7000.00", 6), (5, spring, "800.00", 6)]):
        receipt = date(2025, 3, 1) if measure == early else date(2026, 2, 1 + number)
        made.append(world.application(companies[company], measure, costs=costs, receipt=receipt, theme=theme))
    lifecycle = world.services.lifecycle
    for info in made[:6]:
        lifecycle.move("clerk", info.reference, Status.IN_REVIEW)
    for info in (made[0], made[1], made[3]):
        lifecycle.move("approver", info.reference, Status.APPROVED)
    lifecycle.move("clerk", made[5].reference, Status.WITHDRAWN)
    return world


def every_page(world: World, where: ApplicationFilter, column: Column, descending: bool, size: int) -> list[str]:
    listing = world.services.listing
    view, first = listing.open(where, column, descending, first=size)
    found = [row.reference for row in first]
    for offset in range(size, view.total + size, size):
        found += [row.reference for row in listing.page(view, offset, size)]
    assert len(found) == view.total
    return found


def test_every_column_sorts_both_ways_page_by_page(filled: World) -> None:
    everything = filled.services.listing.rows()
    assert len(everything) == 11
    for column in Column:
        ascending = [row.reference for row in sorted(everything, key=lambda row: key(column, row))]
        assert every_page(filled, ApplicationFilter(), column, False, 3) == ascending, column
        assert every_page(filled, ApplicationFilter(), column, True, 4) == ascending[::-1], column
        assert [r.reference for r in filled.services.listing.rows(None, column, True)] == ascending[::-1]
        for descending, expected in ((False, ascending), (True, ascending[::-1])):  # no count: segment by segment
            assert [r.reference for r in filled.services.listing.first(
                ApplicationFilter(), column, descending, limit=6)] == expected[:6], column


def test_filters_and_a_sort_together(filled: World) -> None:
    listing = filled.services.listing
    where = ApplicationFilter(statuses=frozenset({Status.IN_REVIEW, Status.APPROVED}), year=2026)
    expected = sorted((row for row in listing.rows() if where.matches(row)), key=lambda r: key(Column.COSTS, r))
    assert every_page(filled, where, Column.COSTS, False, 2) == [r.reference for r in expected]
    assert listing.count(where) == len(expected) == 4
    assert listing.count(ApplicationFilter(year=2025)) == 2
    assert listing.count(ApplicationFilter(measure_code="M-2026-002")) == 4
    assert listing.count(ApplicationFilter(theme_code=6)) == 10
    assert listing.count(ApplicationFilter(cluster="Photonics BW")) == 11
    assert listing.count(ApplicationFilter(cluster="CyberForum")) == 0
    assert listing.years() == [2026, 2025]


@pytest.mark.parametrize(("needle", "companies"), [
    ("söhne", {"Delta & Söhne GmbH"}),
    ("& S", {"Delta & Söhne GmbH"}),
    ("<süd>", {"Bits <Süd> & Bytes"}),
    ('"quote"', {'Zeta "Quote" AG'}),
    ("o'b", {"O'Brien Laser KG"}),
    ("ü", {"Bits <Süd> & Bytes"}),  # short: no trigram, still a substring search
    ("ÖKO", {"ÖKO Energie eG"}),
    ("100%", {"100% Rabatt_GmbH"}),  # % and _ are themselves, not wildcards
    ("t_g", {"100% Rabatt_GmbH"}),
    ("gmbh", {"Alpha Optik GmbH", "Delta & Söhne GmbH", "100% Rabatt_GmbH"}),
    ("  optik ", {"Alpha Optik GmbH"}),
    ("nobody", set()),
])
def test_search_is_a_substring_of_company_ignoring_case(filled: World, needle: str, companies: set[str]) -> None:
    listing = filled.services.listing
    where = ApplicationFilter(text=needle)
    rows = [row for row in listing.rows() if row.company in companies]
    view, first = listing.open(where, Column.COMPANY)
    assert {row.company for row in first} == companies
    assert view.total == listing.count(where) == len(rows)
    assert listing.ids(where) == [row.id for row in rows]


def test_search_finds_references(filled: World) -> None:
    listing = filled.services.listing
    assert [r.reference for r in listing.open(ApplicationFilter(text="2026-0003"))[1]] == ["IG-2026-0003"]
    assert listing.count(ApplicationFilter(text="IG-2025")) == 2
    assert listing.count(ApplicationFilter(text="ig-2026")) == 9
    assert listing.count(ApplicationFilter(text="2026-0003\nAlpha")) == 0  # never across the two


def test_paging_boundaries(filled: World) -> None:
    listing = filled.services.listing
    view, first = listing.open(ApplicationFilter(), Column.STATUS, False, first=5)
    everything = [r.reference for r in listing.rows(None, Column.STATUS)]
    assert view.total == 11 and [r.reference for r in first] == everything[:5]
    for offset in range(12):  # across the status segments, up to and past the end
        assert [r.reference for r in listing.page(view, offset, 2)] == everything[offset:offset + 2]
    assert listing.page(view, 11, 5) == [] and listing.page(view, 50) == []
    assert [r.reference for r in listing.page(view, 0, PAGE)] == everything
    assert listing.picked(view, [(0, 1), (9, 10)]) == [
        (r.reference, r.status) for r in listing.rows(None, Column.STATUS) if r.reference in
        (everything[0], everything[1], everything[9], everything[10])]
    empty, rows = listing.open(ApplicationFilter(text="nobody"), Column.PAID, True)
    assert (empty.total, rows, listing.page(empty, 0)) == (0, [], [])


def search(world: World, needle: str) -> set[str]:
    return {row.company for row in world.services.listing.open(ApplicationFilter(text=needle))[1]}


def test_the_search_follows_new_changed_and_deleted_rows(filled: World) -> None:
    listing = filled.services.listing
    fresh = filled.application(filled.company("Neu & Frisch GmbH"), "M-2026-001")
    assert search(filled, "& frisch") == {"Neu & Frisch GmbH"}
    with filled.raw() as raw:  # a company renamed (as the company page does, and the import may)
        raw.execute("UPDATE company SET name = ? WHERE name = ?", ("Alpha Photonik GmbH", "Alpha Optik GmbH"))
    assert search(filled, "alpha optik") == set()
    assert search(filled, "alpha photonik") == {"Alpha Photonik GmbH"}
    assert listing.count(ApplicationFilter(text="alpha photonik")) == 2
    with filled.raw() as raw:  # an application renumbered and one removed (the program does neither)
        raw.execute("UPDATE application SET reference = ? WHERE reference = ?", ("IG-2026-9999", "IG-2026-0001"))
        raw.execute("DELETE FROM cost_item WHERE application_id = ?", (fresh.id,))
        raw.execute("DELETE FROM application WHERE id = ?", (fresh.id,))
    assert search(filled, "& frisch") == set()
    assert [r.reference for r in listing.open(ApplicationFilter(text="9999"))[1]] == ["IG-2026-9999"]
    assert listing.count(ApplicationFilter(text="2026-0001")) == 0


def test_the_search_knows_demo_data(make_world) -> None:  # type: ignore[no-untyped-def]
    world: World = make_world()
    world.services.demo.load("admin", applications=60)
    rows = world.services.listing.rows()
    some = rows[17]
    needle = some.company[2:9]
    assert len(needle) >= 3
    expected = {row.reference for row in rows if needle.casefold() in row.company.casefold()}
    assert {r.reference for r in world.services.listing.rows(ApplicationFilter(text=needle))} == expected
    assert some.reference in expected


def test_the_search_knows_imported_rows(world: World, tmp_path: Path, db_engine: str) -> None:
    path = workbook(tmp_path / "a.xlsx", measures=[MEASURE], applications=[GOOD])
    world.services.importing.run("admin", path)
    assert search(world, "müller & söhne <") == {"Müller & Söhne <GmbH>"}
    if db_engine == "sqlite":  # PostgreSQL folds umlauts where its locale does (the test server's C does not)
        assert search(world, "MÜLLER & SÖHNE") == {"Müller & Söhne <GmbH>"}
        assert search(world, "Ü") == {"Müller & Söhne <GmbH>"}
    assert world.services.listing.count(ApplicationFilter(text="<gmbh>")) == 1


def test_a_filled_database_of_revision_0002_gets_the_search_index(filled: World, db_engine: str) -> None:
    engine = filled.database.engine
    from alembic import command

    before = filled.services.listing.count(ApplicationFilter(text="gmbh"))
    assert before == 5  # Alpha Optik GmbH (2), Delta & Söhne GmbH (2), 100% Rabatt_GmbH (1)

    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    assert migrate.current_revision(engine) == "0002"
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.HEAD_REVISION
    with filled.raw() as raw:
        if db_engine == "sqlite":
            assert raw.execute("SELECT count(*) FROM application_search").fetchone()[0] == 11
        else:
            indexes = {name for (name,) in raw.execute("SELECT indexname FROM pg_indexes")}
            assert {"application_search_reference", "application_search_company"} <= indexes
    assert search(filled, "söhne") == {"Delta & Söhne GmbH"}
    assert filled.services.listing.count(ApplicationFilter(text="gmbh")) == before  # the rebuilt index finds the same
    assert every_page(filled, ApplicationFilter(), Column.APPROVED, True, 5)[:3] == [
        r.reference for r in sorted(filled.services.listing.rows(), key=lambda r: key(Column.APPROVED, r))][::-1][:3]


def test_select_all_of_a_filtered_view_is_counts_per_status_and_one_query_for_the_references(
        filled: World) -> None:
    listing = filled.services.listing
    where = ApplicationFilter(text="gmbh")
    for column in (Column.COMPANY, Column.STATUS):
        view, _rows = listing.open(where, column, True, first=0)
        rows = listing.rows(where)
        chosen = listing.selection(view, [(0, view.total - 1)])
        assert chosen.pairs is None and chosen.whole == view  # no row read for it
        assert len(chosen) == view.total == len(rows) == 5
        assert dict(chosen.statuses) == {s: n for s, n in Counter(row.status for row in rows).items()}
        assert listing.references(chosen) == [row.reference for row in rows]  # every one, reference order
    some = listing.selection(view, [(1, 2)])  # some rows: their pairs, in list order
    assert some.pairs == tuple(listing.picked(view, [(1, 2)])) and len(some) == 2


@pytest.mark.parametrize("probe, rare", [(10_000, 0), (3, 0), (10_000, 2000)])
def test_the_first_screen_of_a_search_is_the_same_probed_or_from_the_index(
        filled: World, monkeypatch: pytest.MonkeyPatch, probe: int, rare: int) -> None:
    from bwi_vouchers.storage import list_query

    monkeypatch.setattr(list_query, "PROBE_ROWS", probe)  # 3: the probe gives up, the index answers
    monkeypatch.setattr(list_query, "SCAN_ROWS", probe)  # the same on SQLite (the scan reads the list in SQL)
    monkeypatch.setattr(list_query, "SCAN_CHUNK", 2)  # fetched two rows at a time: the scan stops in between
    monkeypatch.setattr(list_query, "RARE", rare)  # 2000: every text of these few rows is rare (index at once)
    listing = filled.services.listing
    for needle in ("gmbh", "ö", "a", "2026-000", "nothing like it", "qx", "Ü"):
        for column in (Column.REFERENCE, Column.COMPANY, Column.STATUS, Column.APPROVED):
            for descending in (False, True):
                where = ApplicationFilter(text=needle)
                expected = [row.reference for row in listing.rows(where, column, descending)]
                assert [row.reference for row in listing.first(where, column, descending, limit=2)] == expected[:2]
                assert [row.reference for row in listing.first(where, column, descending)] == expected

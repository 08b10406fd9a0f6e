"""The long lists of the pages as the database answers them: ids of a search in a column's order (case ignored,
also for umlauts), the rows of a block of ids in their order — companies, measures and a budget line's ledger."""

from __future__ import annotations

from datetime import date

import pytest

from bwi_vouchers.domain.enums import SizeClass, Status
from bwi_vouchers.services.companies import COMPANY_ORDER
from bwi_vouchers.storage.page_query import like_patterns
from tests.conftest import World

pytestmark = pytest.mark.both_engines


def names(world: World, ids: list[int]) -> list[str]:
    return [row.name for row in world.services.companies.rows_of(ids)]


def test_companies_in_each_order_and_found_ignoring_case(world: World) -> None:
    companies = world.services.companies
    large = world.company("beta Werke AG", awu="300", turnover="80000000.00", balance="60000000.00")
    small = world.company("Müller & Söhne GmbH")
    world.company("Alpha GmbH")
    world.budget()
    world.application(small, world.measure())
    world.application(small, world.measure())
    assert names(world, companies.ids()) == ["Alpha GmbH", "beta Werke AG", "Müller & Söhne GmbH"]  # case ignored
    assert names(world, companies.ids(order="name", descending=True)) == [
        "Müller & Söhne GmbH", "beta Werke AG", "Alpha GmbH"]
    assert names(world, companies.ids(order="applications", descending=True))[0] == "Müller & Söhne GmbH"
    assert companies.ids(order="size", descending=True)[0] == large
    for order in COMPANY_ORDER:  # every column answers every company once
        assert sorted(companies.ids(order=order)) == sorted(companies.ids())
    assert names(world, companies.ids("MÜLLER")) == ["Müller & Söhne GmbH"]
    assert names(world, companies.ids("söhne")) == ["Müller & Söhne GmbH"]
    assert companies.ids("100%") == []  # a wildcard is a character like any other
    rows = companies.rows_of([small, large])
    assert [(r.id, r.applications, r.size_class) for r in rows] == [
        (small, 2, SizeClass.SMALL), (large, 0, SizeClass.LARGE)]
    assert companies.count() == 3


def test_measures_in_each_order_and_by_country(world: World) -> None:
    measures = world.services.measures
    world.measure("M-2026-001", start=date(2026, 5, 4), country="US")
    world.measure("M-2026-002", start=date(2026, 6, 8), end=date(2026, 6, 9), country="JP", kind="cooperation_fair")
    codes = lambda ids: [info.code for info, _count in measures.rows_of(ids)]  # noqa: E731
    assert codes(measures.ids(order="start", descending=True)) == ["M-2026-002", "M-2026-001"]
    assert codes(measures.ids(order="country")) == ["M-2026-002", "M-2026-001"]
    assert codes(measures.ids("nichts", countries=["JP"])) == ["M-2026-002"]
    ranked = {"market_research_trip": 0, "cooperation_fair": 1}
    assert codes(measures.ids(order="type", type_rank=ranked)) == ["M-2026-001", "M-2026-002"]
    assert measures.codes_of_year(2026) == ["M-2026-001", "M-2026-002"]


def test_a_ledger_in_each_order(world: World) -> None:
    world.budget()
    code = world.measure()
    for costs in ("4000.00", "2000.00", "6000.00"):
        reference = world.application(world.company(), code, costs=costs).reference
        world.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
        world.services.lifecycle.move("approver", reference, Status.APPROVED)
    budget = world.services.budget
    booked = budget.ledger_ids(2026, "Landesmittel")
    by_amount = budget.ledger_ids(2026, "Landesmittel", "amount", True)
    amounts = [e.amount for e in budget.ledger_entries(2026, "Landesmittel", by_amount)]
    assert len(booked) == 3 and amounts == sorted(amounts, reverse=True) and amounts[0] > amounts[-1]
    assert [e.id for e in budget.ledger_entries(2026, "Landesmittel", booked)] == booked


def test_like_patterns_spell_only_the_letters_sqlite_does_not_fold() -> None:
    assert like_patterns("Ulm") == ["%Ulm%"]  # ASCII: LIKE folds it itself
    assert like_patterns("mü") == ["%mÜ%", "%mü%"]
    assert like_patterns("50%_") == ["%50\\%\\_%"]

"""Operations report what they changed: ``Services.perform`` collects it from the unit of work itself."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.errors import TransitionRefused
from bwi_vouchers.services.changes import TABLES, Changes, Kind, changes_of
from bwi_vouchers.services.dto import ContactInfo
from bwi_vouchers.storage.models import Base
from tests.conftest import World

pytestmark = pytest.mark.both_engines


@pytest.fixture
def office(world: World) -> tuple[World, int, str]:
    world.budget("250000.00")
    company = world.company("Photonik Müller GmbH")
    return world, company, world.measure("M-2026-001")


def test_every_table_belongs_to_a_kind() -> None:
    """A new table must be given its kind here, or every operation writing it reloads everything."""
    assert set(Base.metadata.tables) == set(TABLES)


def test_an_approval_changes_its_application_the_budget_line_and_the_audit_trail(office) -> None:  # type: ignore[no-untyped-def]
    world, company, measure = office
    services = world.services
    app = world.application(company, measure)
    other = world.application(world.company("Laser Schmidt KG"), measure)
    services.lifecycle.move("clerk", app.reference, Status.IN_REVIEW)

    result = services.perform(lambda: services.lifecycle.move("approver", app.reference, Status.APPROVED))

    assert result.value.status is Status.APPROVED
    changes = result.changes
    assert changes.application_ids == {app.id}  # not the other application of the same measure
    assert other.id not in changes.application_ids
    assert len(changes.ids(Kind.BUDGET) or ()) == 1  # the ledger entry's line
    assert changes.touches(Kind.AUDIT)
    assert not changes.touches(Kind.COMPANIES, Kind.MEASURES, Kind.CLUSTERS, Kind.USERS, Kind.PROGRAMME,
                               Kind.DOCUMENTS)
    assert changes.added_ids(Kind.APPLICATIONS) == frozenset()  # changed, not new


def test_a_new_application_is_added(office) -> None:  # type: ignore[no-untyped-def]
    world, company, measure = office
    result = world.services.perform(lambda: world.application(company, measure))
    assert result.changes.application_ids == {result.value.id}
    assert result.changes.added_ids(Kind.APPLICATIONS) == {result.value.id}


def test_a_refused_step_changes_nothing_and_reads_change_nothing(office) -> None:  # type: ignore[no-untyped-def]
    world, company, measure = office
    services = world.services
    app = world.application(company, measure)
    with pytest.raises(TransitionRefused) as info:
        services.perform(lambda: services.lifecycle.move("approver", app.reference, Status.PAID))
    assert not changes_of(info.value)
    assert not services.perform(lambda: services.listing.rows()).changes


def test_a_batch_that_stops_midway_reports_what_it_did(office) -> None:  # type: ignore[no-untyped-def]
    world, company, measure = office
    services = world.services
    first = world.application(company, measure)

    def batch() -> None:
        services.lifecycle.move("clerk", first.reference, Status.IN_REVIEW)
        services.lifecycle.move("clerk", "IG-2026-9999", Status.IN_REVIEW)

    with pytest.raises(Exception) as info:
        services.perform(batch)
    assert changes_of(info.value).application_ids == {first.id}


def test_master_data_and_bulk_writes_name_their_kind(office) -> None:  # type: ignore[no-untyped-def]
    world, company, _measure = office
    services = world.services
    info = services.companies.get(company)
    contact = services.perform(lambda: services.companies.add_contact(
        "clerk", company, ContactInfo("Kim Jäger", "kim@example.org", None, None)))
    assert contact.changes.ids(Kind.COMPANIES) == {info.id}
    assert not contact.changes.touches(Kind.APPLICATIONS, Kind.BUDGET)

    line = services.perform(lambda: services.budget.set_line("budget", 2027, "EFRE", Decimal("1000.00")))
    assert line.changes.touches(Kind.BUDGET) and not line.changes.touches(Kind.COMPANIES)

    demo = services.perform(lambda: services.demo.load("admin", applications=20, seed=1))
    assert demo.changes.application_ids is None  # bulk inserts: any application may be new
    assert demo.changes.added_ids(Kind.APPLICATIONS) is None


def test_changes_merge() -> None:
    one = Changes({Kind.APPLICATIONS: frozenset({1})})
    two = Changes({Kind.APPLICATIONS: frozenset({2}), Kind.BUDGET: None})
    merged = one | two
    assert merged.application_ids == {1, 2}
    assert merged.ids(Kind.BUDGET) is None
    assert merged.ids(Kind.USERS) == frozenset()
    assert not Changes() and Changes.everything().touches(*Kind)


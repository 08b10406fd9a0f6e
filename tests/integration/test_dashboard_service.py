"""The overview's aggregates: counts by status, proofs of use coming due, recent activity."""

from __future__ import annotations

from datetime import date

import pytest

from bwi_vouchers.domain.enums import Status
from tests.conftest import World

pytestmark = pytest.mark.both_engines


def approved(world: World, company: int, measure: str) -> str:
    reference = world.application(company, measure).reference
    world.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    world.services.lifecycle.move("approver", reference, Status.APPROVED)
    return reference


def test_counts_by_status_come_from_the_database(world: World) -> None:
    world.budget()
    company, measure = world.company(), world.measure()
    first = approved(world, company, measure)
    world.application(world.company(), measure)
    counts = world.services.dashboard.status_counts()
    assert counts[Status.APPROVED] == 1 and counts[Status.RECEIVED] == 1
    assert counts[Status.PAID] == 0 and set(counts) == set(Status)
    assert first.startswith("IG-2026-")


def test_due_proofs_list_overdue_and_soon_due_approved_applications(world: World) -> None:
    world.budget()
    soon = approved(world, world.company("Alpha GmbH"), world.measure(start=date(2026, 5, 4), end=date(2026, 5, 8)))
    later = approved(world, world.company("Beta GmbH"), world.measure(start=date(2026, 9, 1), end=date(2026, 9, 4)))
    world.clock.advance((date(2026, 11, 20) - world.clock.today()).days)  # Alpha due 08.11.2026, Beta 04.03.2027
    due = world.services.dashboard.due_proofs(30)
    assert [(p.reference, p.company, p.days_left) for p in due.rows] == [(soon, "Alpha GmbH", -12)]
    assert due.total == 1
    world.clock.advance(90)  # now 18.02.2027: Beta due within 30 days
    assert [p.reference for p in world.services.dashboard.due_proofs(30).rows] == [soon, later]
    assert world.services.dashboard.due_proofs(30, limit=1).total == 2


def test_recent_events_are_newest_first_with_names(world: World) -> None:
    company = world.company("Gamma & Söhne GmbH")
    events = world.services.dashboard.recent_events(3)
    assert events[0].entity == "company" and events[0].record == "Gamma & Söhne GmbH"
    assert events[0].entity_id == str(company) and events[0].action == "created"
    assert [e.id for e in events] == sorted((e.id for e in events), reverse=True)

"""Meine Aufgaben through the real services: who sees what waits, with four eyes, counted in the database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bwi_vouchers.domain.attachments import AttachmentKind
from bwi_vouchers.domain.enums import Role, Status
from bwi_vouchers.services import tasks
from bwi_vouchers.services.attachments import NewFile
from bwi_vouchers.services.tasks import TaskGroup, groups_for
from tests.conftest import World

from .test_four_eyes import change

pytestmark = pytest.mark.both_engines

KLEIN = frozenset({Role.CLERK, Role.APPROVER})
CLERK = frozenset({Role.CLERK})
APPROVER = frozenset({Role.APPROVER})


def shown(world: World, login: str, roles: frozenset[Role]) -> dict[TaskGroup, list[str]]:
    return {entry.group: [row.reference for row in entry.rows] for entry in world.services.tasks.lists(login, roles)}


def new(world: World, *, end: date = date(2026, 5, 8)) -> str:
    start = date(end.year, end.month, 1)
    measure = world.measure(start=start, end=end)
    return world.application(world.company(), measure, receipt=min(world.clock.today(), start - timedelta(days=30))
                             ).reference


def test_groups_follow_the_roles() -> None:
    assert groups_for(CLERK) == (TaskGroup.CHECK_PROOFS, TaskGroup.DUE)
    assert groups_for(APPROVER) == (TaskGroup.DECIDE, TaskGroup.RELEASE)
    assert groups_for(KLEIN) == tuple(TaskGroup)
    assert groups_for({Role.BUDGET, Role.ADMIN}) == ()


def test_an_approver_may_decide_what_others_put_in_review_or_changed(world: World) -> None:
    world.budget()
    world.services.users.add("admin", "klein", roles=KLEIN)
    by_clerk, by_klein, changed_by_klein, untouched = new(world), new(world), new(world), new(world)
    world.services.lifecycle.move("clerk", by_clerk, Status.IN_REVIEW)
    world.services.lifecycle.move("klein", by_klein, Status.IN_REVIEW)
    world.services.lifecycle.move("clerk", changed_by_klein, Status.IN_REVIEW)
    change(world, "klein", changed_by_klein, requested="1000.00")  # klein changed its facts in review
    assert untouched  # still received: nobody decides it yet

    assert shown(world, "approver", APPROVER)[TaskGroup.DECIDE] == [by_clerk, by_klein, changed_by_klein]
    assert shown(world, "klein", KLEIN)[TaskGroup.DECIDE] == [by_clerk]
    assert TaskGroup.DECIDE not in shown(world, "clerk", CLERK)
    assert world.services.tasks.counts("klein", KLEIN)[TaskGroup.DECIDE] == 1
    assert world.services.tasks.counts("approver", APPROVER)[TaskGroup.DECIDE] == 3

    world.services.lifecycle.move("approver", by_clerk, Status.APPROVED)  # decided: no longer waits
    assert world.services.tasks.counts("klein", KLEIN)[TaskGroup.DECIDE] == 0


def test_a_change_before_the_review_bars_nobody_from_it(world: World) -> None:
    world.budget()
    world.services.users.add("admin", "klein", roles=KLEIN)
    reference = new(world)
    change(world, "klein", reference, requested="1000.00")  # before the review
    world.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    assert shown(world, "klein", KLEIN)[TaskGroup.DECIDE] == [reference]


def test_payouts_wait_for_anyone_but_who_recorded_the_proof(world: World) -> None:
    world.budget()
    world.services.users.add("admin", "klein", roles=KLEIN)
    reference = new(world, end=date(2026, 2, 20))
    world.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    world.services.lifecycle.move("approver", reference, Status.APPROVED)
    assert shown(world, "approver", APPROVER)[TaskGroup.RELEASE] == []
    world.services.lifecycle.move("klein", reference, Status.PROOF_RECEIVED, costs="3000.00")
    assert shown(world, "approver", APPROVER)[TaskGroup.RELEASE] == [reference]
    assert shown(world, "klein", KLEIN)[TaskGroup.RELEASE] == []
    world.services.lifecycle.move("approver", reference, Status.PAID)
    assert world.services.tasks.counts("approver", APPROVER)[TaskGroup.RELEASE] == 0


def test_a_clerk_sees_arrived_proofs_and_the_due_proofs_of_their_own_cases(world: World) -> None:
    world.budget()
    world.budget(year=2025)
    due_soon, due_later, colleagues = (new(world, end=date(2025, 9, 20)), new(world, end=date(2026, 5, 8)),
                                       new(world, end=date(2025, 8, 10)))
    for reference, clerk in ((due_soon, "clerk"), (due_later, "clerk"), (colleagues, "clerk2")):
        world.services.lifecycle.move(clerk, reference, Status.IN_REVIEW)
        world.services.lifecycle.move("approver", reference, Status.APPROVED)
    # The proof of use is due 6 months after the measure's end: 20.03.2026 and 08.11.2026; today is 02.03.2026.
    assert shown(world, "clerk", CLERK) == {TaskGroup.CHECK_PROOFS: [], TaskGroup.DUE: [due_soon]}
    assert shown(world, "clerk2", CLERK)[TaskGroup.DUE] == [colleagues]  # overdue since 10.02.2026

    world.services.attachments.attach_files("clerk2", due_later, [NewFile("VN.pdf", b"%PDF proof")],
                                            AttachmentKind.PROOF)
    world.services.attachments.attach_files("clerk2", colleagues, [NewFile("Rechnung.pdf", b"%PDF")],
                                            AttachmentKind.RECEIPT)
    assert shown(world, "clerk", CLERK)[TaskGroup.CHECK_PROOFS] == [due_later]
    assert world.services.tasks.counts("clerk", CLERK) == {TaskGroup.CHECK_PROOFS: 1, TaskGroup.DUE: 1}

    world.clock.advance(70)  # 11.05.2026: the measure has ended, so its proof of use may be recorded
    world.services.lifecycle.move("clerk", due_later, Status.PROOF_RECEIVED, costs="3000.00")
    assert world.services.tasks.counts("clerk", CLERK)[TaskGroup.CHECK_PROOFS] == 0


def test_counts_stop_at_the_cap_and_rows_at_the_limit(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world.budget()
    references = [new(world) for _ in range(4)]
    for reference in references:
        world.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    monkeypatch.setattr(tasks, "CAP", 2)
    (decide, _release) = world.services.tasks.lists("approver", APPROVER, limit=3)
    assert decide.count == 3 and decide.more  # counted to CAP + 1 only
    assert [row.reference for row in decide.rows] == references[:3]

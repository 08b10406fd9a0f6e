"""What a decision would do, before it is taken: count, total, budget line(s), releases — and nothing written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bwi_vouchers.domain.enums import LedgerKind, Status
from bwi_vouchers.services.applications import edit_refusal
from tests.conftest import World


@pytest.mark.both_engines
def test_approval_preview_names_the_line_and_total_and_writes_nothing(world: World) -> None:
    world.budget("10000.00")
    code = world.measure()
    refs = [world.application(world.company(), code, costs=costs).reference
            for costs in ("4000.00", "2500.00", "300.00")]
    for reference in refs:
        world.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    before = world.services.budget.line(2026, "Landesmittel")

    summary = world.services.decisions.preview("approver", refs, Status.APPROVED)

    assert summary.asked == 3 and summary.able == tuple(refs[:2])
    assert [(reference, error.code) for reference, error in summary.refused] == [(refs[2], "rules_failed")]
    assert summary.amount == Decimal("3250.00")  # 2,000 + 1,250
    [line] = summary.lines
    assert (line.label, line.committed, line.released) == ("2026 Landesmittel", Decimal("3250.00"), Decimal("0.00"))
    assert line.available == Decimal("10000.00") and line.available_after == Decimal("6750.00")
    after = world.services.budget.line(2026, "Landesmittel")
    assert after == before  # a preview books nothing
    assert {world.services.applications.get(r).status for r in refs} == {Status.IN_REVIEW}


@pytest.mark.both_engines
def test_payout_preview_shows_what_is_paid_and_released(world: World) -> None:
    world.budget()
    reference = world.application(world.company(), world.measure(start=date(2026, 2, 2), end=date(2026, 2, 5)),
                                  receipt=date(2026, 1, 20)).reference
    world.services.lifecycle.move("clerk", reference, Status.IN_REVIEW)
    world.services.lifecycle.move("approver", reference, Status.APPROVED)  # 2,000 committed
    world.services.lifecycle.move("clerk", reference, Status.PROOF_RECEIVED, costs="3000.00")  # pays 1,500

    assert world.services.decisions.preview("clerk", [reference], Status.PAID).refused[0][1].code == "role_missing"
    summary = world.services.decisions.preview("approver", [reference], Status.PAID)
    assert summary.able == (reference,) and summary.amount == Decimal("1500.00")
    assert summary.total(LedgerKind.PAYOUT) == Decimal("1500.00")
    assert summary.total(LedgerKind.RELEASE) == Decimal("500.00")
    assert world.services.applications.get(reference).status is Status.PROOF_RECEIVED


def test_edit_refusal_names_status_before_role() -> None:
    assert edit_refusal(Status.RECEIVED, {"clerk"}, user="clerk") is None
    assert edit_refusal(Status.RECEIVED, {"approver"}, user="approver").code == "role_missing_action"
    assert edit_refusal(Status.APPROVED, {"clerk"}, user="clerk").code == "not_editable"
    assert edit_refusal(Status.PAID, {"approver"}, user="approver").code == "not_editable"
    assert edit_refusal(None, {"budget"}, user="budget").code == "role_missing_action"
